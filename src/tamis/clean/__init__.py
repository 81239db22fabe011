"""Cleaning and repair steps (unicode, boilerplate, repetition), by name (module:Class)."""

STEPS: dict[str, str] = {
    "fix_unicode": "tamis.clean.unicode:FixUnicode",
    "remove_boilerplate": "tamis.clean.boilerplate:RemoveBoilerplate",
    "repair_repetition": "tamis.clean.repetition:RepairRepetition",
}


def _install_callable() -> None:
    # `tamis.clean(text)` is the public API and `tamis.clean` is also this package: importing the
    # package rebinds the attribute, so the package itself answers the call.
    import sys
    import types

    class _CleanModule(types.ModuleType):
        def __call__(self, text_or_html: str, config: str | None = None, url: str | None = None):
            from tamis.api import clean_one

            return clean_one(text_or_html, config=config, url=url)

    sys.modules[__name__].__class__ = _CleanModule


_install_callable()

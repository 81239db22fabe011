"""Cleaning and repair steps (unicode, boilerplate, repetition), by name (module:Class)."""

STEPS: dict[str, str] = {
    "fix_unicode": "tamis.clean.unicode:FixUnicode",
    "remove_boilerplate": "tamis.clean.boilerplate:RemoveBoilerplate",
    "repair_repetition": "tamis.clean.repetition:RepairRepetition",
}

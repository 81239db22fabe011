"""Cleaning and repair steps (unicode, boilerplate, repetition), by name (module:Class)."""

STEPS: dict[str, str] = {}

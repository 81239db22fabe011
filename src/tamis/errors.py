"""Errors that end a command with a clear one-line message and exit code 2."""


class UsageError(Exception):
    """A bad argument, input path or config: reported in one line, exit code 2."""

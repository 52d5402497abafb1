"""Errors the CLI turns into one-line messages and documented exit codes (never tracebacks).

Exit codes: 0 ok; 1 ``check`` found new conflicts at/above ``--fail-on`` (or an ``eval`` bound
failed); 2 usage, input or output error; 3 internal error (a bug: rerun with ``--debug``).
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_CONFLICTS = 1
EXIT_INPUT = 2
EXIT_INTERNAL = 3


class ReconcileError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the user."""

    exit_code = EXIT_INPUT


class InputError(ReconcileError):
    """A bad input file or path (missing, empty, binary, wrong encoding, bad front matter...)."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ModelError(ReconcileError):
    """The embedding model cannot be built or loaded."""


class CacheError(ReconcileError):
    """A cache or index on disk is corrupt or of another version."""


class OutputError(ReconcileError):
    """A file cannot be written (folder, read-only, full disk...); the previous file is kept."""

    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")

"""reconcile: cross-lingual claim reconciliation for fact-checkers."""
from __future__ import annotations

__version__ = "0.2.0"


def run(paths, **kwargs):
    """Run the whole pipeline on files/folders and return a :class:`reconcile.types.Report`."""
    from .pipeline import run as _run

    return _run(paths, **kwargs)


__all__ = ["run", "__version__"]

"""Render-time benchmark: every format on one report, best of ``repeat`` runs (target < 1 s).

Used by the lead on real reports (``python -m reconcile.render.bench`` is not provided on
purpose: call ``run(report)`` from a script or a test so the report source stays explicit).
"""
from __future__ import annotations

import io
import tempfile
import time
from pathlib import Path
from typing import Callable

from rich.console import Console

from ..types import Report
from .html import to_html
from .markdown import to_markdown
from .table import to_csv
from .terminal import render_terminal


def _terminal(report: Report) -> None:
    render_terminal(report, Console(file=io.StringIO(), width=80, no_color=True))


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run(report: Report, repeat: int = 3) -> dict[str, float]:
    """Seconds per format (best of ``repeat``), plus the report's size for context."""
    with tempfile.TemporaryDirectory() as tmp:
        stem = Path(tmp) / "bench"
        out: dict[str, float] = {
            "terminal": _best(lambda: _terminal(report), repeat),
            "html": _best(lambda: to_html(report), repeat),
            "markdown": _best(lambda: to_markdown(report), repeat),
            "csv": _best(lambda: to_csv(report, stem), repeat),
        }
    out["documents"] = len(report.documents)
    out["claims"] = len(report.claims)
    out["findings"] = len(report.findings)
    return out

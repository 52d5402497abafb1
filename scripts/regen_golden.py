"""Regenerate the golden renderings in tests/golden/ (review the diff before committing).

    PYTHONPATH=. python scripts/regen_golden.py            # the hand-made fixture and the seeds
    # from Python, for another report (e.g. the seeds):
    from scripts.regen_golden import write_golden; write_golden(report, "seeds")

Every format is rendered by :func:`render_all`, which the tests call too, so a golden file and
its test can never disagree about how the rendering was made.
"""
from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from rich.console import Console  # noqa: E402

from reconcile.render.html import to_html  # noqa: E402
from reconcile.render.markdown import to_markdown  # noqa: E402
from reconcile.render.table import to_csv  # noqa: E402
from reconcile.render.terminal import render_terminal  # noqa: E402
from reconcile.types import Report  # noqa: E402

WIDTH = 80


def render_all(report: Report) -> dict[str, str]:
    """Every format as text, keyed by golden file suffix."""
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=WIDTH, no_color=True, color_system=None,
                                    force_terminal=False, legacy_windows=False))
    out = {"terminal.txt": buf.getvalue(), "md": to_markdown(report), "html": to_html(report)}
    with tempfile.TemporaryDirectory() as tmp:
        for p in to_csv(report, Path(tmp) / "x"):
            out[p.name.removeprefix("x.")] = p.read_text(encoding="utf-8")
    return out


def write_golden(report: Report, name: str, folder: Path = GOLDEN) -> list[Path]:
    """Write ``<folder>/<name>.<suffix>`` for every format; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for suffix, text in render_all(report).items():
        p = folder / f"{name}.{suffix}"
        p.write_text(text, encoding="utf-8", newline="\n")
        paths.append(p)
    return paths


def main(sources: dict[str, Callable[[], Report]] | None = None) -> None:
    if sources is None:
        from report_fixture import make_report
        from seeds_report import record_seeds_report
        sources = {"fixture": make_report, "seeds": record_seeds_report}
    for name, make in sources.items():
        for p in write_golden(make(), name):
            print(p.relative_to(ROOT))


if __name__ == "__main__":
    main()

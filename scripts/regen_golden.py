"""Regenerate the golden files in tests/golden/ (review the diff before committing).

    PYTHONPATH=. python scripts/regen_golden.py            # after an algorithm change: replay the recorded vectors
    PYTHONPATH=. python scripts/regen_golden.py --record   # re-embed the seeds with the real default model first
    # from Python, for another report:
    from scripts.regen_golden import write_golden; write_golden(report, "name")

Two kinds of golden, so that a change to how findings are made touches one small file per corpus:

* ``<corpus>.findings.json`` (the hand-made fixture and the seeds): what identifies each finding
  -- kind, slot, frame, severity, cluster, and per side its value and the (document, claim,
  words) it rests on -- and each cluster's claims; one finding per line, no rendering;
* ``fixture.<format>``: the small hand-made fixture rendered in every format (terminal at width
  80, JSON, Markdown, HTML, CSV), so a change to a renderer shows in one small file per format.

Every format is rendered by :func:`render_all` and every digest made by :func:`compact_findings`,
which the tests call too, so a golden file and its test can never disagree about how it was made.
"""
from __future__ import annotations

import io
import json
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
from reconcile.render.json import jsonable, to_json  # noqa: E402
from reconcile.render.markdown import to_markdown  # noqa: E402
from reconcile.render.table import to_csv  # noqa: E402
from reconcile.render.terminal import render_terminal  # noqa: E402
from reconcile.types import Finding, Report  # noqa: E402

WIDTH = 80
#: Suffix of the compact findings golden of a corpus.
FINDINGS = "findings.json"


def render_all(report: Report) -> dict[str, str]:
    """Every format as text, keyed by golden file suffix."""
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=WIDTH, no_color=True, color_system=None,
                                    force_terminal=False, legacy_windows=False))
    out = {"terminal.txt": buf.getvalue(), "json": to_json(report) + "\n", "md": to_markdown(report),
           "html": to_html(report)}
    with tempfile.TemporaryDirectory() as tmp:
        for p in to_csv(report, Path(tmp) / "x"):
            out[p.name.removeprefix("x.")] = p.read_text(encoding="utf-8")
    return out


def _sides(f: Finding) -> list[dict]:
    """Evidence grouped by value, in evidence order: ``{"value", "evidence": [[doc, claim, words]]}``."""
    sides: dict[str, dict] = {}
    for e in f.evidence:
        value = jsonable(e.value)
        key = json.dumps(value, sort_keys=True, ensure_ascii=False)
        sides.setdefault(key, {"value": value, "evidence": []})["evidence"].append([e.doc, e.claim, e.text])
    return list(sides.values())


def compact_findings(report: Report) -> str:
    """What identifies the report's findings and clusters, one finding (or cluster) per line, sorted.

    No finding or cluster ids (they are numbers in report order, which one new finding shifts): a
    finding names its cluster by the cluster's claims, so a change of the algorithm shows in the
    golden as the lines of the findings it changed, and no others."""
    def line(obj) -> str:
        return json.dumps(obj, ensure_ascii=False, sort_keys=False)

    members = {k.id: list(k.claim_ids) for k in report.clusters}
    findings = sorted(line({"kind": f.kind, "slot": f.slot, "frame": f.frame, "severity": f.severity,
                            "cluster": members.get(f.cluster or ""), "sides": _sides(f)}) for f in report.findings)
    clusters = sorted(line({"claims": list(k.claim_ids)}) for k in report.clusters)
    return ('{"findings": [\n' + ",\n".join(findings) + '\n],\n"clusters": [\n' + ",\n".join(clusters) + "\n]}\n")


def golden_texts(report: Report, name: str, rendered: bool) -> dict[str, str]:
    """file name -> text: the findings digest, and every rendering when ``rendered``."""
    out = {f"{name}.{FINDINGS}": compact_findings(report)}
    if rendered:
        out.update({f"{name}.{suffix}": text for suffix, text in render_all(report).items()})
    return out


def write_golden(report: Report, name: str, folder: Path = GOLDEN, rendered: bool = False) -> list[Path]:
    """Write ``<folder>/<name>.findings.json`` (and, with ``rendered``, every format); return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for file_name, text in golden_texts(report, name, rendered).items():
        p = folder / file_name
        p.write_text(text, encoding="utf-8", newline="\n")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None, sources: dict[str, tuple[Callable[[], Report], bool]] | None = None) -> None:
    """``sources``: name -> (report maker, also write the renderings)."""
    args = sys.argv[1:] if argv is None else argv
    if sources is None:
        from report_fixture import make_report
        from seeds_report import make_seeds_report, record_seeds_report
        sources = {"fixture": (make_report, True),
                   "seeds": (record_seeds_report if "--record" in args else make_seeds_report, False)}
    for name, (make, rendered) in sources.items():
        for p in write_golden(make(), name, rendered=rendered):
            print(p.relative_to(ROOT))


if __name__ == "__main__":
    main()

"""A report is a function of its inputs: the same articles give the same findings whatever the
wall clock says. The reference day is an input (``--today``, ``Context.today``), recorded in the
metadata; it only bounds the future and never picks the year of a weekday.

Set ``RECONCILE_TEST_CLOCK=2031-06-01`` to run the whole suite (goldens included) under that
clock (see ``tests/conftest.py``); the tests here travel to 2031 themselves, in every run.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
import time_machine
from click.testing import CliRunner

from reconcile.anchor import document_anchor
from reconcile.types import Claim, Document
from reconcile.types import value_to_json as jv

ROOT = Path(__file__).resolve().parents[1]
FUTURE = dt.datetime(2031, 6, 1, 12, 0, tzinfo=dt.timezone.utc)
#: Modules of the pipeline (every stage, the fact finders, the core); the CLI edge, the index's
#: bookkeeping and the benchmarks may read the clock, these may not.
PURE = ["pipeline.py", "ingest.py", "clean.py", "segment.py", "language.py", "claims.py", "extract.py",
        "align.py", "anchor.py", "compare.py", "check.py", "types.py", "facts/*.py", "render/*.py", "lang/*/*.py"]
CLOCK = re.compile(r"\b(?:date\.today|datetime\.now|datetime\.utcnow|datetime\.today|time\.time|time\.localtime)\s*\(")


def test_no_clock_read_in_the_pipeline():
    files = sorted({p for pattern in PURE for p in (ROOT / "reconcile").glob(pattern)})
    assert len(files) > 30
    offenders = {str(p.relative_to(ROOT)) for p in files if CLOCK.search(p.read_text("utf-8"))}
    assert offenders == set()


def _findings(report) -> list:
    return [dataclasses.asdict(f) for f in report.findings]


def _build(embedder):
    from reconcile.pipeline import run

    return run([str(ROOT / "seeds")], embedder=embedder)


def test_seeds_report_is_identical_in_2031():
    from seeds_report import RecordedEmbedder

    now = _build(RecordedEmbedder())
    with time_machine.travel(FUTURE, tick=False):
        assert dt.date.today() == FUTURE.date()
        later = _build(RecordedEmbedder())
    assert _findings(later) == _findings(now) and len(now.findings) >= 20
    assert later.anchors == now.anchors
    assert [c.facts for c in later.claims] == [c.facts for c in now.claims]
    assert later.metadata == now.metadata and "generated" not in now.metadata


def test_golden_findings_and_renderings_hold_in_2031():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from regen_golden import FINDINGS, GOLDEN, compact_findings, render_all

    import seeds_report

    today = render_all(seeds_report.make_seeds_report())
    seeds_report.make_seeds_report.cache_clear()
    try:
        with time_machine.travel(FUTURE, tick=False):
            later = seeds_report.make_seeds_report()
            rendered = render_all(later)
    finally:
        seeds_report.make_seeds_report.cache_clear()
    assert compact_findings(later) == (GOLDEN / f"seeds.{FINDINGS}").read_text("utf-8")
    for suffix, text in rendered.items():
        assert text == today[suffix], suffix


def test_cli_report_records_today_and_gives_the_same_findings_in_2031(tmp_path):
    from reconcile.cli import cli

    def report(out: Path, *extra: str) -> dict:
        r = CliRunner().invoke(cli, ["report", str(ROOT / "seeds"), "--model", "hashing", "--format", "json",
                                     "-o", str(out), "-q", "--cache-dir", str(tmp_path / "cache"), *extra])
        assert r.exit_code == 0, r.output
        return json.loads(out.read_text("utf-8"))

    given = report(tmp_path / "given.json", "--today", "2021-12-01")
    assert given["metadata"]["today"] == "2021-12-01" and given["metadata"]["generated"]
    with time_machine.travel(FUTURE, tick=False):
        later = report(tmp_path / "later.json")
    assert later["metadata"]["today"] == "2031-06-01"
    assert later["findings"] == given["findings"] and later["claims"] == given["claims"]
    bad = CliRunner().invoke(cli, ["report", str(ROOT / "seeds"), "--today", "yesterday"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def _doc(text: str) -> tuple[Document, list[Claim]]:
    doc = Document(id="d", path="d.txt", text=text, language="en")
    return doc, [Claim("c1", "d", 0, len(text), text, "en")]


def test_today_bounds_the_future_only():
    doc, claims = _doc("The plant will open on 1 June 2031, the ministry said on 3 March 2021.")
    assert document_anchor(doc, claims, "en").date == dt.date(2031, 6, 1)          # no bound given
    assert document_anchor(doc, claims, "en", dt.date(2026, 12, 1)).date == dt.date(2021, 3, 3)
    # a weekday's year never comes from it: an undated "Wednesday, 24 November" stays partial
    doc, claims = _doc("Ministers signed the memorandum on Wednesday, 24 November, in Rabat.")
    anchor = document_anchor(doc, claims, "en", dt.date(2031, 6, 1))
    assert (anchor.date, anchor.source, anchor.text) == (None, "dateline", "on Wednesday, 24 November")


def test_a_document_without_date_or_donor_keeps_partial_values(tmp_path):
    from reconcile.embed import HashingEmbedder
    from reconcile.pipeline import run

    p = tmp_path / "alone.txt"
    p.write_text("Ministers signed the memorandum in Rabat on Wednesday, 24 November, officials said.\n",
                 encoding="utf-8")
    rep = run([str(p)], embedder=HashingEmbedder(), today=dt.date(2031, 6, 1))
    [f] = [f for c in rep.claims for f in c.facts if f.type == "date"]
    assert (jv(f.value), f.attrs["partial"], f.attrs["weekday"]) == ("--11-24", True, 2)
    assert rep.anchors[rep.documents[0].id].date is None
    from reconcile.render.json import to_dict

    [fact] = [x for c in to_dict(rep)["claims"] for x in c["facts"] if x["type"] == "date"]
    assert fact["value"] == "--11-24" and fact["attrs"]["partial"] is True


def test_a_dateline_without_year_takes_it_from_aligned_sources(tmp_path):
    from reconcile.embed import HashingEmbedder
    from reconcile.pipeline import run

    sign = "Israel and Morocco signed a defence memorandum of understanding in Rabat on {}."
    (tmp_path / "a.txt").write_text(sign.format("Wednesday, 24 November 2021") + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(sign.format("Wednesday, 24 November") + "\n", encoding="utf-8")
    rep = run([str(tmp_path)], embedder=HashingEmbedder())
    anchors = {d: (a.date, a.source, a.year_from) for d, a in rep.anchors.items()}
    assert anchors == {"a": (dt.date(2021, 11, 24), "dateline", None),
                       "b": (dt.date(2021, 11, 24), "dateline", "a")}
    assert {jv(f.value) for c in rep.claims for f in c.facts if f.type == "date"} == {"2021-11-24"}

"""Renderers: terminal, HTML, Markdown, CSV — on the hand-made fixture, plus golden files."""
from __future__ import annotations

import dataclasses
import html
import json
import re
import sys
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st
from rich.cells import cell_len
from rich.console import Console

from reconcile.render import html as html_mod
from reconcile.render.bench import run as bench_run
from reconcile.render.html import to_html
from reconcile.render.markdown import md_escape, to_markdown
from reconcile.render.table import parquet_available, to_csv, to_parquet
from reconcile.render.terminal import HIT_STYLE, claim_text, render_terminal
from reconcile.types import DateValue, Evidence, Finding, Quantity
from report_fixture import make_report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from regen_golden import FINDINGS, GOLDEN, compact_findings, render_all  # noqa: E402

SGR = re.compile(r"\x1b\[([0-9;]*)m")


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch):
    """CI may force colour; these tests decide colour themselves."""
    for var in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="module")
def report():
    return make_report()


def _term(report, width=80) -> str:
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=width))
    return buf.getvalue()


# --- fixture -------------------------------------------------------------------------------

def test_fixture_offsets_are_real(report):
    docs = {d.id: d for d in report.documents}
    for c in report.claims:
        assert docs[c.doc_id].text[c.start:c.end] == c.text
        for f in c.facts:
            assert docs[c.doc_id].text[f.start:f.end] == f.text
    kinds = {f.kind for f in report.findings}
    assert kinds == {"conflict", "agreement", "variant", "single_source"}
    for f in report.findings:
        for ev in f.evidence:
            assert docs[ev.doc].text[ev.start:ev.end] == ev.text


# --- terminal ------------------------------------------------------------------------------

def test_terminal_fits_80_columns_and_orders_sections(report):
    out = _term(report)
    lines = out.splitlines()
    assert max(cell_len(ln) for ln in lines) <= 80
    assert not SGR.search(out), "piped (non-terminal) output must carry no ANSI codes"
    assert lines[0] == "reconcile report \u00b7 4 sources in 4 languages (id, en, fr, ar) \u00b7 consistency 0.80"
    pos = [out.index(s) for s in ("Conflicts (2)", "Agreements (1)", "Variants (1)",
                                  "Single-source claims (2)")]
    assert pos == sorted(pos)
    assert out.index(" HIGH  f1") < out.index(" MEDIUM  f2")        # by severity
    assert "2021-11-24 (borrowed from en)" in out                     # short ids in the summary
    assert "skipped articles/scan_kompas.pdf: unsupported file type .pdf" in out
    assert "[ar]" in out and "[id]" in out                   # language tags survive markup
    assert "why:" not in out and "Aligned claims" not in out    # reasons and details are opt-in


def test_terminal_conflict_is_side_by_side(report):
    lines = _term(report, 120).splitlines()
    assert "  2021-11-23 (Tue): id [id], fr [fr], ar [ar]  \u00b7  2021-11-24 (Wed): en [en]" in lines
    assert "  48,000,000 USD: id [id], en [en], ar [ar]  \u00b7  50,000,000 USD: fr [fr]" in lines
    quotes = [ln for ln in lines if ln.startswith("    ") and "\u201c" in ln]
    assert any("\u27e6Selasa (23/11)\u27e7 malam" in q and q.lstrip().startswith("id [id] c1 ")
               for q in quotes)                                  # piped: the words between ⟦ ⟧
    assert any("\u201c\u2026de d\u00e9fense d'une valeur de \u27e650 millions de dollars\u27e7" in q
               for q in quotes)
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=120, force_terminal=True, no_color=True))
    styled = SGR.sub("", buf.getvalue())
    assert "\u27e6" not in styled and "Selasa (23/11) malam" in styled   # a terminal styles them


def test_terminal_other_findings_one_line_each(report):
    lines = _term(report, 120).splitlines()
    for fid in ("f3", "f4", "f5", "f6"):
        assert len([ln for ln in lines if ln.startswith(f"  {fid} ")]) == 1, fid
    assert "  f5   single  date     2021-11-25 (Thu) \u201cKamis (25/11)\u201d \u00b7 id [id]" in lines
    assert "  f4   variant entity   Rabat / Morocco / Maroc / \u0627\u0644\u0631\u0628\u0627\u0637 \u00b7 " \
           "id [id], en [en], fr [fr], ar [ar] \u00b7 k1" in lines


def test_terminal_explain_and_all(report):
    plain = _term(report)
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=300), explain=True)
    why = buf.getvalue().splitlines()
    reasons = [x for f in report.findings for x in f.explanation]
    assert reasons and all(f"      why: {x}" in why for x in reasons)
    assert "Aligned claims" not in why
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=200), show_all=True)
    full = buf.getvalue()
    assert "Aligned claims (2 clusters)" in full and "Consistency per pair" in full
    assert "Claims not aligned with any source (2)" in full
    assert "sit in several clusters" not in full           # the fixture's clusters partition
    assert all(c.text in full for c in report.claims)          # every claim verbatim
    assert len(full.splitlines()) > len(plain.splitlines())


def test_several_clusters_are_explained(report):
    """A claim listed in two clusters says where else it is, and the report says why."""
    k1 = report.clusters[0]
    extra = dataclasses.replace(k1, id="k9", claim_ids=k1.claim_ids[:2])
    rep = dataclasses.replace(report, clusters=report.clusters + (extra,))
    buf = StringIO()
    render_terminal(rep, Console(file=buf, width=300), show_all=True)
    out = buf.getvalue()
    assert "2 claims sit in several clusters: each cluster is built around one claim" in out
    also = [ln for ln in out.splitlines() if "(also in " in ln]
    assert len(also) == 4 and sum("(also in k9)" in ln for ln in also) == 2
    assert "2 claims sit in several clusters" in to_html(rep)
    assert "2 claims sit in several clusters" in to_markdown(rep)


def test_terminal_summary_only(report):
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=80), summary_only=True)
    out = buf.getvalue()
    assert "2 conflicts \u00b7 1 agreement \u00b7 1 variant \u00b7 2 single-source claims" in out
    assert "Conflicts (2)" not in out and len(out.splitlines()) <= 15


def test_terminal_unwrapped_when_wide(report):
    """A pipe gets full lines: the CLI gives such a console a huge width."""
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=4096, soft_wrap=True))
    lines = buf.getvalue().splitlines()
    assert all(ln == ln.rstrip() for ln in lines)                       # no padding
    assert any("Maroko dan Israel teken kerja sama pertahanan" in ln and "id_mina" in ln for ln in lines)


def test_short_ids_and_sides_cite_a_claim_once(report):
    from reconcile.render._common import short_ids, sides
    from reconcile.types import Document

    docs = [Document(i, i, "x") for i in ("000_abc", "001_def", "en_wire", "en_x", "a", "a_b")]
    assert short_ids(docs) == {"000_abc": "000", "001_def": "001", "en_wire": "en_wire",
                               "en_x": "en_x", "a": "a", "a_b": "a_b"}
    f1 = next(f for f in report.findings if f.id == "f1")
    twice = dataclasses.replace(f1, evidence=f1.evidence + (f1.evidence[0],))
    assert [len(evs) for _, evs in sides(twice)] == [len(evs) for _, evs in sides(f1)]


def test_partial_date_for_claims_command():
    from reconcile.render.terminal import _fact_value
    from reconcile.types import Fact

    def fact(**expr):
        return Fact("date", 0, 1, "x", None, "r", {"expr": {"day": None, "month": None, "year": None,
                                                            "weekday": None, **expr}})
    assert _fact_value(fact(day=23, month=11)) == "????-11-23 (partial: no reference date)"
    assert _fact_value(fact(month=11)) == "????-11 (partial: no reference date)"
    assert _fact_value(fact(weekday=3)) == "Thu (partial: no reference date)"
    assert _fact_value(fact(rel_offset=-1, rel_unit="day")) == \
        "-1 day from the reference date (partial: no reference date)"
    assert _fact_value(fact()) == "unresolved (partial: no reference date)"


@pytest.mark.parametrize("width", [60, 80, 120])
def test_terminal_never_exceeds_width(report, width):
    assert max(cell_len(ln) for ln in _term(report, width).splitlines()) <= width


def test_terminal_no_color_keeps_emphasis_but_no_colour(report):
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=80, force_terminal=True, no_color=True,
                                    color_system="truecolor"))
    codes = [int(c) for m in SGR.findall(buf.getvalue()) for c in m.split(";") if c]
    assert codes, "a terminal without colour still gets bold/reverse highlights"
    assert not [c for c in codes if 30 <= c <= 49 or 90 <= c <= 107]


def test_terminal_colour_when_forced(report):
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=80, force_terminal=True,
                                    color_system="truecolor"))
    codes = [int(c) for m in SGR.findall(buf.getvalue()) for c in m.split(";") if c]
    assert [c for c in codes if 30 <= c <= 49 or 90 <= c <= 107]        # colour codes


def test_no_color_env_is_honoured(report, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=80, force_terminal=True))
    codes = [int(c) for m in SGR.findall(buf.getvalue()) for c in m.split(";") if c]
    assert not [c for c in codes if 30 <= c <= 49 or 90 <= c <= 107]


@pytest.mark.parametrize("only,present,absent", [
    ("conflicts", ["f1 ", "f2 "], ["f3 ", "f4 ", "f5 ", "Agreements", "Consistency per pair"]),
    ("agreements", ["f3 "], ["f1 ", "f4 ", "f5 "]),
    ("variants", ["f4 "], ["f1 ", "f3 ", "f5 "]),
    ("single_source", ["f5 ", "f6 "], ["f1 ", "f3 ", "Conflicts"]),
])
def test_terminal_only_filter(report, only, present, absent):
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=80), only=only)
    out = buf.getvalue()
    assert out.startswith("reconcile report \u00b7 4 sources")         # the sources header stays
    for s in present:
        assert s in out
    for s in absent:
        assert s not in out


def test_terminal_only_rejects_unknown(report):
    with pytest.raises(ValueError):
        render_terminal(report, Console(file=StringIO()), only="everything")


def test_claim_text_highlights_exact_span(report):
    f1 = next(f for f in report.findings if f.id == "f1")
    claims = {c.id: c for c in report.claims}
    for ev in f1.evidence:
        c = claims[ev.claim]
        t = claim_text(c, (ev.start - c.start, ev.end - c.start))
        hits = [s for s in t.spans if s.style == HIT_STYLE]
        assert len(hits) == 1 and t.plain[hits[0].start:hits[0].end] == ev.text
        assert t.plain == c.text                                      # verbatim
        assert len(t.spans) == len(c.facts) + 1                       # one style per fact


# --- HTML ----------------------------------------------------------------------------------

class _Collect(HTMLParser):
    """Ids, hrefs, tags with attributes, and the text inside each ``div.text``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.source_texts: list[str] = []
        self._depth = 0                      # >0 while inside a div.text

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if "id" in a:
            self.ids.append(a["id"])
        if "href" in a:
            self.hrefs.append(a["href"])
        if self._depth:
            self._depth += tag not in ("br",)
        elif tag == "div" and "text" in (a.get("class") or "").split():
            self._depth = 1
            self.source_texts.append("")

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.source_texts[-1] += data


@pytest.fixture(scope="module")
def page(report):
    h = to_html(report)
    p = _Collect()
    p.feed(h)
    return h, p


def test_html_is_self_contained(page):
    h, p = page
    assert "Content-Security-Policy" in h and "default-src 'none'" in h
    assert not re.search(r"""(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", h)
    assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", h)
    assert "@import" not in h and "<link" not in h and "<img" not in h and "<iframe" not in h
    assert all(href.startswith("#") for href in p.hrefs)
    assert "@media print" in h


def _data(h: str) -> dict:
    start = h.index('<script type="application/json" id="report-data">')
    body = h[h.index(">", start) + 1:h.index("</script>", start)]
    return json.loads(body)


def _lazy_ids(data: dict) -> set[str]:
    """Ids the script creates: claims in the sources, clusters, the coverage matrix."""
    ids = {op[3] if op[0] == "c" else op[1] for ops in data["sources"].values() for op in ops}
    return ids | {k[0] for k in data["clusters"]} | {"coverage-matrix"}


def test_html_ids_unique_and_links_resolve(page):
    h, p = page
    lazy = _lazy_ids(_data(h))
    assert len(p.ids) == len(set(p.ids)) and not lazy & set(p.ids)
    assert set(h[1:] for h in p.hrefs) <= set(p.ids) | lazy
    assert {f"claim-{c.id}" for c in make_report().claims} <= lazy


def test_html_sections_and_order(page, report):
    h, p = page
    for sid in ("summary", "conflicts", "findings", "group-agreement", "group-variant",
                "single-source", "clusters", "coverage", "sources", "search", "filter-kind",
                "filter-severity", "filter-lang", "sort"):
        assert sid in p.ids
    conflicts = [a for t, a in p.tags if t == "article" and "finding" in a.get("class", "")
                 and "conflict" in a["class"].split()]
    assert [a["id"] for a in conflicts] == ["finding-f1", "finding-f2"]      # high first
    assert h.index('id="conflicts"') < h.index('id="findings"') < h.index('id="clusters"') \
        < h.index('id="coverage"') < h.index('id="sources"')
    groups = [a for t, a in p.tags if t == "details" and "group" in a.get("class", "")]
    assert [a["data-kind"] for a in groups] == ["agreement", "variant", "single_source"]
    assert not any("open" in a for a in groups)                       # the rest is collapsed
    kinds = [a["data-kind"] for t, a in p.tags if t == "article" and "data-kind" in a]
    assert kinds == sorted(kinds, key=["conflict", "agreement", "variant",
                                       "single_source"].index)


def test_html_arabic_is_rtl_and_others_auto(page):
    _, p = page
    quotes = [a for t, a in p.tags if t == "blockquote"]
    ar = [a for a in quotes if a.get("lang") == "ar"]
    assert ar and all(a["dir"] == "rtl" for a in ar)
    assert all(a["dir"] == "auto" for a in quotes if a.get("lang") != "ar")
    src = [a for t, a in p.tags if t == "div" and a.get("class") == "text"]
    assert [a["dir"] for a in src] == ["auto", "auto", "auto", "rtl"]


def test_html_quotes_highlight_the_evidence(page, report):
    h, _ = page
    f1 = next(f for f in report.findings if f.id == "f1")
    for ev in f1.evidence:
        assert f'<mark class="hit fact-date">{html.escape(ev.text)}</mark>' in h
        assert f'href="#claim-{ev.claim}"' in h


def test_html_source_texts_are_verbatim(page, report):
    _, p = page
    assert p.source_texts == [d.text[d.body_offset:] for d in report.documents]


def test_html_coverage_matrix(page, report):
    cov = _data(page[0])["coverage"]
    assert [d for d, _ in cov["docs"]] == [d.id for d in report.documents]
    assert len(cov["rows"]) == 6                            # 4 cluster rows + 2 lone
    assert [r[1] for r in cov["rows"]].count("conflict") == 2
    money = next(r for r in cov["rows"] if r[0] == "k2 \u00b7 money")
    assert money[3] == [["48,000,000 USD"], ["48,000,000 USD"], ["50,000,000 USD"], ["48,000,000 USD"]]


def test_html_source_markup_offsets(page, report):
    """The script wraps claims and facts by offset; each offset slices the exact words."""
    data = _data(page[0])
    claims = {c.id: c for c in report.claims}
    for d in report.documents:
        body = d.text[d.body_offset:]
        ops = data["sources"][f"doc-{d.id}"]
        built = [op for op in ops if op[0] == "c"]
        assert {op[4] for op in built} == {c.id for c in report.claims if c.doc_id == d.id}
        for _, s, e, _, cid, marks in built:
            assert body[s:e] == claims[cid].text
            facts = {(f.start - d.body_offset, f.end - d.body_offset): f for f in claims[cid].facts}
            assert all(body[ms:me] == facts[(ms, me)].text and t == facts[(ms, me)].type
                       for ms, me, t, _ in marks)
            assert all(any(ms < fe and fs < me for ms, me, _, _ in marks) for fs, fe in facts)


def test_html_escapes_everything(report):
    evil = "<script>alert(1)</script>"
    docs = list(report.documents)
    d0 = docs[1]
    docs[1] = dataclasses.replace(d0, text=d0.text + evil, title=evil, id=d0.id)
    f = Finding("f9", "conflict", "other", "low", evil, "k1\"><x", (
        Evidence(d0.id, "c404", 0, 5, evil, Quantity(1, evil), "en"),))
    bad = dataclasses.replace(report, documents=tuple(docs), findings=report.findings + (f,),
                              metadata={**report.metadata, "model": evil})
    h = to_html(bad)
    assert "<script>alert" not in h and h.count("<script>") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in h
    assert '"><x' not in h


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)),
                                      max_size=5))
def test_mark_spans_preserves_text(text, pairs):
    spans = [(min(a, b), max(a, b), "fact", "t") for a, b in pairs]
    out = html_mod._mark_spans(text, 0, spans)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


# --- Markdown ------------------------------------------------------------------------------

def _cells(row: str) -> int:
    return len(re.findall(r"(?<!\\)\|", row)) - 1


def test_markdown_tables_are_well_formed(report):
    md = to_markdown(report)
    lines = md.splitlines()
    i = 0
    n_tables = 0
    while i < len(lines):
        if lines[i].startswith("|"):
            n_tables += 1
            width = _cells(lines[i])
            assert re.fullmatch(r"\|( *-+:? *\|)+", lines[i + 1].replace("---:", "---"))
            while i < len(lines) and lines[i].startswith("|"):
                assert _cells(lines[i]) == width, lines[i]
                i += 1
        i += 1
    assert n_tables == 6               # sources, conflicts, 3 kinds, clusters
    assert md.index("## Conflicts (2)") < md.index("| **f1** HIGH | date |") \
        < md.index("| **f2** MEDIUM | money |") < md.index("<summary>Agreements (1)</summary>") \
        < md.index("<summary>Variants (1)</summary>") \
        < md.index("<summary>Single-source claims (2)</summary>")
    assert "| **50,000,000 USD** | fr (fr) | \u201c50 millions de dollars\u201d |" in md
    assert md.count("<details>") == md.count("</details>") == 2 + 3 + 1
    assert '<div dir="rtl" lang="ar">' in md and "<b>" in md     # bold inside the RTL block
    assert "**Selasa (23/11)**" in md and "**50 millions de dollars**" in md
    assert "&amp;" in md                                             # "Israel & Morocco"


@given(st.text(max_size=60))
def test_md_escape_cell_never_breaks_a_table(s):
    out = md_escape(s, cell=True)
    assert "\n" not in out and not re.search(r"(?<!\\)\|", out) and "<" not in out


# --- CSV / parquet ---------------------------------------------------------------------------

def test_csv(report, tmp_path):
    paths = to_csv(report, tmp_path / "sub" / "report.csv")
    assert [p.name for p in paths] == ["report.findings.csv", "report.claims.csv"]
    fdf = pd.read_csv(paths[0], keep_default_na=False)
    assert len(fdf) == sum(len(f.evidence) for f in report.findings)
    docs = {d.id: d for d in report.documents}
    for row in fdf.itertuples():
        assert docs[row.doc].text[row.start:row.end] == row.text
    f1 = fdf[fdf.finding == "f1"]
    assert sorted(set(f1.side)) == [1, 2] and set(f1[f1.side == 2].doc) == {"en_wire"}
    money = fdf[fdf.finding == "f2"].value.map(json.loads).tolist()
    assert {"amount": 50000000, "currency": "USD"} in money
    cdf = pd.read_csv(paths[1], keep_default_na=False)
    assert list(cdf.id) == [c.id for c in report.claims]
    c1 = json.loads(cdf.facts[0])
    assert [f["text"] for f in c1] == [f.text for f in report.claims[0].facts]
    assert cdf.clusters[0] == "k1" and cdf.clusters[2] == ""


@pytest.mark.skipif(not parquet_available(), reason="pyarrow not installed")
def test_parquet(report, tmp_path):
    paths = to_parquet(report, tmp_path / "r")
    assert len(pd.read_parquet(paths[1])) == len(report.claims)


# --- golden files and timing ----------------------------------------------------------------

RENDERED = ["terminal.txt", "json", "md", "html", "findings.csv", "claims.csv"]


@pytest.mark.parametrize("suffix", RENDERED)
def test_golden(report, suffix):
    """The hand-made fixture rendered in every format: the one rendered golden of each format."""
    path = GOLDEN / f"fixture.{suffix}"
    assert path.exists(), "run: PYTHONPATH=. python scripts/regen_golden.py"
    assert render_all(report)[suffix] == path.read_text(encoding="utf-8"), (
        f"{path.name} changed; if intended: PYTHONPATH=. python scripts/regen_golden.py")


def test_golden_formats_are_every_format(report):
    assert sorted(render_all(report)) == sorted(RENDERED)


def test_fixture_findings_golden(report):
    _same_text(compact_findings(report), (GOLDEN / f"fixture.{FINDINGS}").read_text(encoding="utf-8"),
               f"fixture.{FINDINGS}")


def test_findings_golden_identifies_each_finding(report):
    """One line per finding with its sides (value, document, claim, words), one per cluster."""
    data = json.loads(compact_findings(report))
    assert sorted(tuple(k["claims"]) for k in data["clusters"]) == sorted(k.claim_ids for k in report.clusters)
    first = report.findings[0]
    members = {k.id: list(k.claim_ids) for k in report.clusters}
    got = next(g for g in data["findings"] if (g["kind"], g["slot"], g["frame"], g["cluster"]) == (
        first.kind, first.slot, first.frame, members.get(first.cluster or "")) and sorted(
        tuple(e) for s in g["sides"] for e in s["evidence"]) == sorted((e.doc, e.claim, e.text) for e in first.evidence))
    assert sorted(tuple(e) for s in got["sides"] for e in s["evidence"]) == sorted(
        (e.doc, e.claim, e.text) for e in first.evidence)
    assert len({json.dumps(s["value"]) for s in got["sides"]}) == len(got["sides"])
    assert len(compact_findings(report).splitlines()) == len(report.findings) + len(report.clusters) + 4


def test_bench_reports_every_format(report):
    """Speed targets live in `reconcile bench render`; here only that it measures every format."""
    t = bench_run(report, repeat=1)
    assert {"terminal", "html", "markdown", "csv"} <= set(t)
    assert all(v > 0 for k, v in t.items() if k in ("terminal", "html", "markdown", "csv"))


@pytest.mark.slow
def test_seeds_reading_sizes():
    """What a fact-checker opens stays small: HTML <= 150 KB, Markdown <= 200 lines, and at
    100 columns every conflict (its id and the value of each side) is in the first 60 lines."""
    from seeds_report import make_seeds_report

    from reconcile.render._common import value_label

    rep = make_seeds_report()
    assert len(to_html(rep).encode("utf-8")) <= 150_000
    assert len(to_markdown(rep).splitlines()) <= 200
    head = "\n".join(_term(rep, 100).splitlines()[:60])
    conflicts = [f for f in rep.findings if f.kind == "conflict"]
    assert conflicts
    for f in conflicts:
        assert f" {f.id} " in head
        for ev in f.evidence:
            assert value_label(ev.value) in head


@pytest.mark.slow
def test_seeds_findings_golden():
    """The seeds' findings and clusters, from the recorded vectors (regenerate: scripts/regen_golden.py)."""
    from seeds_report import make_seeds_report

    path = GOLDEN / f"seeds.{FINDINGS}"
    assert path.exists(), "run: PYTHONPATH=. python scripts/regen_golden.py"
    _same_text(compact_findings(make_seeds_report()), path.read_text(encoding="utf-8"), path.name)


@pytest.mark.slow
def test_seeds_render_in_every_format():
    """The seeds render in every format (their content is the fixture goldens' concern)."""
    from seeds_report import make_seeds_report

    rep = make_seeds_report()
    out = render_all(rep)
    assert sorted(out) == sorted(RENDERED)
    assert json.loads(out["json"])["findings"][0]["id"] == rep.findings[0].id
    assert all(f" {f.id} " in out["terminal.txt"] for f in rep.findings if f.kind == "conflict")


def _same_text(got: str, want: str, name: str) -> None:
    """Equal, or fail naming the first differing line (a full diff of 300 kB helps nobody)."""
    if got == want:
        return
    g, w = got.splitlines(), want.splitlines()
    n = next((i for i, (a, b) in enumerate(zip(g, w)) if a != b), min(len(g), len(w)))
    pytest.fail(f"{name} differs at line {n + 1}: got {g[n] if n < len(g) else '<end>'!r}, "
                f"golden {w[n] if n < len(w) else '<end>'!r}; if intended: PYTHONPATH=. python scripts/regen_golden.py")


def test_show_pages_a_long_view_on_a_terminal(report, monkeypatch):
    """On an interactive terminal a view taller than the screen goes to the pager; a short one
    (the summary) is printed; off a terminal nothing is paged."""
    import rich.pager

    from reconcile import cli

    paged: list[str] = []
    monkeypatch.setenv("LESS", "-R")                  # show() may set it; keep the test's env
    monkeypatch.setattr(rich.pager.SystemPager, "show", lambda self, content: paged.append(content))
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    out = StringIO()
    monkeypatch.setattr(cli, "_console", lambda width=None: Console(
        file=out, width=80, height=20, force_terminal=True, color_system=None))
    cli.show(report, None)
    assert len(paged) == 1 and "Conflicts (2)" in paged[0] and out.getvalue() == ""
    cli.show(report, None, summary_only=True)
    assert len(paged) == 1 and out.getvalue().startswith("reconcile report")
    cli.show(report, None, pager=False)
    assert len(paged) == 1 and "Conflicts (2)" in out.getvalue()


def test_terminal_quotes_one_sentence_per_source_by_default(report):
    f1 = next(f for f in report.findings if f.id == "f1")
    c3 = next(c for c in report.claims if c.id == "c3")
    kamis = c3.text.index("Kamis (25/11)")
    extra = Evidence("id_mina", "c3", c3.start + kamis, c3.start + kamis + 13, "Kamis (25/11)",
                     DateValue("2021-11-23"), "id")
    rep = dataclasses.replace(report, findings=tuple(
        dataclasses.replace(f, evidence=f.evidence + (extra,)) if f is f1 else f
        for f in report.findings))
    short = _term(rep, 120)
    assert "(+1 more quote: --all)" in short and " c3 " not in short
    buf = StringIO()
    render_terminal(rep, Console(file=buf, width=120), show_all=True)
    assert "id [id] c3 \u201cKunjungan tersebut berlangsung hingga \u27e6Kamis (25/11)\u27e7" in buf.getvalue()


def test_model_build_is_a_progress_stage(monkeypatch):
    """The first run builds the default model under the progress bar; a given model or a
    built one skips that."""
    from reconcile import cli, model_build

    calls: list = []
    monkeypatch.setattr(model_build, "verify_model_dir", lambda path, quick=False: ["missing"])
    monkeypatch.setattr(model_build, "ensure_default_model",
                        lambda models_dir_override=None, progress=None: calls.append(progress))
    tick = lambda stage, done, total: None  # noqa: E731
    cli._build_model_first("some/other-model", tick)
    assert calls == []
    cli._build_model_first(None, tick)
    assert calls == [tick]
    monkeypatch.setattr(model_build, "verify_model_dir", lambda path, quick=False: [])
    cli._build_model_first(None, tick)
    assert calls == [tick]


def test_events_lead_the_summary_when_the_report_has_them(report):
    from reconcile.types import Event

    rep = dataclasses.replace(report, events=(Event("e1", "e1", ("id_mina", "en_wire")),
                                              Event("e2", "e2", ("fr_lemonde",))))
    out = _term(rep, 120)
    assert "  event e1: id_mina, en_wire" in out.splitlines()
    assert out.index("event e1") < out.index("Conflicts (2)")
    assert '<ul id="events"><li>e1: id_mina, en_wire</li><li>e2: fr_lemonde</li></ul>' in to_html(rep)
    assert "- event e1: id\\_mina, en\\_wire" in to_markdown(rep)
    assert "event " not in _term(report, 120)
    one = dataclasses.replace(report, events=(Event("e1", "e1", ("id_mina", "en_wire")),))
    assert "event " not in _term(one, 120)             # one story: no events list

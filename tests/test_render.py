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
from reconcile.types import Evidence, Finding
from report_fixture import make_report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from regen_golden import GOLDEN, render_all  # noqa: E402

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
    pos = [out.index(s) for s in ("Conflicts (2)", "Agreements (1)", "Variants (1)",
                                  "Aligned claims", "Single-source claims (2)",
                                  "overall consistency: 0.80")]
    assert pos == sorted(pos)
    assert out.index(" HIGH  f1") < out.index(" MEDIUM  f2")        # by severity
    assert "\u201cSelasa (23/11)\u201d = 2021-11-23" in out
    assert "\u201c50 millions de dollars\u201d = 50,000,000 USD" in out
    assert "\u201cالثلاثاء 23 نوفمبر 2021\u201d = 2021-11-23" in out
    assert "2021-11-24 (borrowed from en_wire)" in out
    assert "articles/scan_kompas.pdf: unsupported file type .pdf" in out
    assert "[ar]" in out and "[id]" in out                   # language tags survive markup


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
    assert "\x1b[" in buf.getvalue() and ";2;" in buf.getvalue()   # truecolor codes


def test_no_color_env_is_honoured(report, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=80, force_terminal=True))
    codes = [int(c) for m in SGR.findall(buf.getvalue()) for c in m.split(";") if c]
    assert not [c for c in codes if 30 <= c <= 49 or 90 <= c <= 107]


@pytest.mark.parametrize("only,present,absent", [
    ("conflicts", ["f1 ", "f2 "], ["f3 ", "f4 ", "f5 ", "Aligned claims", "consistency"]),
    ("agreements", ["f3 "], ["f1 ", "f4 ", "f5 "]),
    ("variants", ["f4 "], ["f1 ", "f3 ", "f5 "]),
    ("single_source", ["f5 ", "f6 "], ["f1 ", "f3 ", "Aligned claims"]),
])
def test_terminal_only_filter(report, only, present, absent):
    buf = StringIO()
    render_terminal(report, Console(file=buf, width=80), only=only)
    out = buf.getvalue()
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


def test_html_ids_unique_and_links_resolve(page):
    _, p = page
    assert len(p.ids) == len(set(p.ids))
    assert set(h[1:] for h in p.hrefs) <= set(p.ids)


def test_html_sections_and_order(page, report):
    h, p = page
    for sid in ("summary", "findings", "clusters", "coverage", "coverage-matrix",
                "single-source", "sources", "search", "filter-kind", "filter-severity",
                "filter-lang", "sort"):
        assert sid in p.ids
    conflicts = [a for t, a in p.tags if t == "article" and "finding" in a.get("class", "")
                 and "conflict" in a["class"].split()]
    assert [a["id"] for a in conflicts] == ["finding-f1", "finding-f2"]      # high first
    assert h.index('id="findings"') < h.index('id="clusters"') < h.index('id="coverage"')
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
        assert f'title="value this finding is about">{html.escape(ev.text)}</mark>' in h
        assert f'href="#claim-{ev.claim}"' in h


def test_html_source_texts_are_verbatim(page, report):
    _, p = page
    assert p.source_texts == [d.text[d.body_offset:] for d in report.documents]


def test_html_coverage_matrix(page, report):
    h, _ = page
    table = h[h.index('id="coverage-matrix"'):h.index("</table>", h.index('id="coverage-matrix"'))]
    assert table.count("<tr") == 1 + 6                      # header + 4 cluster rows + 2 lone
    assert table.count('class="row-conflict"') == 2
    assert "50,000,000 USD" in table and "\u2014" in table  # a value and an absent cell


def test_html_escapes_everything(report):
    evil = "<script>alert(1)</script>"
    docs = list(report.documents)
    d0 = docs[1]
    docs[1] = dataclasses.replace(d0, text=d0.text + evil, title=evil, id=d0.id)
    f = Finding("f9", "conflict", "other", "low", evil, "k1\"><x", (
        Evidence(d0.id, "c404", 0, 5, evil, {"a": evil}, "en"),))
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
    assert n_tables >= 6
    assert "**King Mohammed VI** \\| a meeting" in md               # | escaped in text
    assert md.index("### Conflicts") < md.index("### Agreements") < md.index("## Coverage")
    assert md.index("#### f1 ") < md.index("#### f2 ")
    assert '<div dir="rtl" lang="ar">' in md
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

@pytest.mark.parametrize("suffix", ["terminal.txt", "md", "html", "findings.csv", "claims.csv"])
def test_golden(report, suffix):
    path = GOLDEN / f"fixture.{suffix}"
    assert path.exists(), "run: PYTHONPATH=. python scripts/regen_golden.py"
    assert render_all(report)[suffix] == path.read_text(encoding="utf-8"), (
        f"{path.name} changed; if intended: PYTHONPATH=. python scripts/regen_golden.py")


def test_bench_reports_every_format(report):
    """Speed targets live in `reconcile bench render`; here only that it measures every format."""
    t = bench_run(report, repeat=1)
    assert {"terminal", "html", "markdown", "csv"} <= set(t)
    assert all(v > 0 for k, v in t.items() if k in ("terminal", "html", "markdown", "csv"))


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["terminal.txt", "md", "html", "findings.csv", "claims.csv"])
def test_seeds_golden(suffix):
    """The seeds rendered in every format at width 80 (regenerate: scripts/regen_golden.py)."""
    from seeds_report import make_seeds_report

    path = GOLDEN / f"seeds.{suffix}"
    assert path.exists(), "run: PYTHONPATH=. python scripts/regen_golden.py"
    _same_text(render_all(make_seeds_report())[suffix], path.read_text(encoding="utf-8"), path.name)


def _same_text(got: str, want: str, name: str) -> None:
    """Equal, or fail naming the first differing line (a full diff of 300 kB helps nobody)."""
    if got == want:
        return
    g, w = got.splitlines(), want.splitlines()
    n = next((i for i, (a, b) in enumerate(zip(g, w)) if a != b), min(len(g), len(w)))
    pytest.fail(f"{name} differs at line {n + 1}: got {g[n] if n < len(g) else '<end>'!r}, "
                f"golden {w[n] if n < len(w) else '<end>'!r}; if intended: PYTHONPATH=. python scripts/regen_golden.py")

"""One self-contained HTML file that reads like the terminal view: summary, conflicts, the rest.

The first screen holds the summary and every conflict side by side (each quote trimmed around
the disputed words, highlighted by offset); agreements, variants and single-source values are
collapsed by kind (``<details>``), then the aligned claims, the coverage matrix and the sources.
Each source's text is in the page as plain text inside a closed ``<details>``; its claim and
fact markup is built by the inline script when it is first opened or linked to (``data-ops``:
offsets in UTF-16 units, as the browser counts), which keeps the page small.

No external resource of any kind (fonts, scripts, images): a Content-Security-Policy meta tag
forbids them, so the file works offline, from an e-mail attachment or a USB stick, and never
leaks that it was opened. Every piece of text goes through ``html.escape``. Arabic blocks carry
``dir="rtl" lang="ar"``, other blocks ``dir="auto"``. Printing opens every section. Without the
script everything is still there, the source texts without their markup.

Stable hooks for tests and styling: ``#summary``, ``#conflicts``, ``#findings``,
``article.finding.<kind>`` (``data-kind``, ``data-severity``, ``data-langs``),
``details.group[data-kind]``, ``blockquote.quote``, ``mark.hit``, ``#clusters .cluster``,
``#coverage-matrix``, ``#single-source``, ``#sources``, ``details.source``, ``#doc-<id>``,
``#finding-<id>``, ``#claim-<id>`` (a claim's passage in its source, once built).
"""
from __future__ import annotations

import html
import json
import re
from bisect import bisect_left
from typing import Iterable

from ..types import Claim, Document, Evidence, Finding, Report
from ._common import (
    KIND_LABEL, KIND_ORDER, SEVERITY_ORDER, anchor_description, claim_similarity, coverage,
    event_lines, evidence_language, format_value, index_claims, index_docs, kind_counts,
    relative_span, several_clusters_note, shorten, short_ids, sides, snippet_bounds,
    sorted_findings, value_key, value_label,
)
from .html_assets import CSS, JS

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi"})
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def anchor_id(prefix: str, raw: str) -> str:
    """A valid, stable element id for a report id (ids may hold any character)."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", raw)
    if safe != raw:
        safe += "-" + format(sum(ord(ch) * 31 ** i for i, ch in enumerate(raw)) % 65521, "x")
    return f"{prefix}-{safe}"


def dir_attrs(lang: str | None) -> str:
    """``dir``/``lang`` attributes: rtl for Arabic-script languages, auto for the rest."""
    if lang and lang in RTL_LANGUAGES:
        return f'dir="rtl" lang="{_e(lang)}"'
    if lang and lang != "und":
        return f'dir="auto" lang="{_e(lang)}"'
    return 'dir="auto"'


def _mark_spans(text: str, base: int, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` (which starts at offset ``base``) and wrap the given absolute spans.

    ``spans`` are ``(start, end, css_class, title)``; the first of two overlapping spans wins,
    so callers list the most important first.
    """
    kept: list[tuple[int, int, str, str]] = []
    for s, e, cls, title in spans:
        s, e = max(s - base, 0), min(e - base, len(text))
        if s >= e or any(s < ke and ks < e for ks, ke, _, _ in kept):
            continue
        kept.append((s, e, cls, title))
    out, pos = [], 0
    for s, e, cls, title in sorted(kept):
        out.append(_e(text[pos:s]))
        tip = f' title="{_e(title)}"' if title else ""
        out.append(f'<mark class="{_e(cls)}"{tip}>{_e(text[s:e])}</mark>')
        pos = e
    out.append(_e(text[pos:]))
    return "".join(out)


def _fact_spans(claim: Claim) -> list[tuple[int, int, str, str]]:
    return [(f.start, f.end, f"fact fact-{f.type}", f"{f.type} = {format_value(f.value)}")
            for f in claim.facts]


def claim_html(claim: Claim, hit: tuple[int, int] | None = None) -> str:
    """The claim text with its facts marked and, on top, the span a finding is about."""
    spans = _fact_spans(claim)
    if hit is not None:
        s, e = hit[0] + claim.start, hit[1] + claim.start
        cls = next((c for fs, fe, c, _ in spans if (fs, fe) == (s, e)), "fact")
        spans.insert(0, (s, e, f"hit {cls}", "value this finding is about"))
    return _mark_spans(claim.text, claim.start, spans)


def _lang_badge(lang: str) -> str:
    return f'<span class="lang">{_e(lang)}</span>'


def _snippet_html(claim: Claim, span: tuple[int, int] | None) -> str:
    """The claim's words around the span, the span marked (the other facts are marked in the
    source text, one click away), with ellipses."""
    if span is None:
        return _e(claim.text)
    lo, hi = snippet_bounds(claim.text, span[0], span[1])
    s, e = span[0] + claim.start, span[1] + claim.start
    kind = next((f.type for f in claim.facts if (f.start, f.end) == (s, e)), None)
    cls = f"hit fact-{kind}" if kind else "hit"
    return (("\u2026" if lo > 0 else "") + _mark_spans(claim.text[lo:hi], claim.start + lo,
                                                        [(s, e, cls, "")])
            + ("\u2026" if hi < len(claim.text) else ""))


def _evidence_html(ev: Evidence, claims: dict[str, Claim], lang: str, short: dict[str, str]) -> str:
    """One quote: language, source and claim (a link to the passage), then the trimmed words."""
    claim = claims.get(ev.claim)
    body = (_snippet_html(claim, relative_span(ev, claim)) if claim is not None
            else f'<mark class="hit">{_e(ev.text)}</mark>')
    return (f'<li class="evidence">{_lang_badge(lang)} '
            f'<a class="passage" href="#{anchor_id("claim", ev.claim)}" '
            f'title="{_e(ev.claim)}">{_e(short.get(ev.doc, ev.doc))}</a> '
            f'<blockquote class="quote" {dir_attrs(lang)}>\u201c{body}\u201d</blockquote></li>')


def _finding_attrs(f: Finding, order: int, langs: list[str]) -> str:
    return (f'class="finding {_e(f.kind)} sev-{_e(f.severity)}" id="{anchor_id("finding", f.id)}" '
            f'data-kind="{_e(f.kind)}" data-severity="{_e(f.severity)}" data-slot="{_e(f.slot)}" '
            f'data-langs="{_e(" ".join(langs))}" data-order="{order}" '
            f'data-sev-rank="{SEVERITY_ORDER.get(f.severity, 9)}" '
            f'data-kind-rank="{KIND_ORDER.get(f.kind, 9)}"')


def _why_html(f: Finding, short: dict[str, str]) -> str:
    reasons = list(dict.fromkeys(f.explanation))
    if not reasons:
        return ""
    items = "".join(f"<li>{_e(shorten(x, short))}</li>" for x in reasons)
    return (f'<details class="why"><summary>why ({len(reasons)} step'
            f'{"s" if len(reasons) != 1 else ""})</summary><ul>{items}</ul></details>')


def _langs_of(f: Finding, claims: dict[str, Claim], docs: dict[str, Document]) -> list[str]:
    return list(dict.fromkeys(evidence_language(ev, claims, docs) for ev in f.evidence))


def _cluster_link(f: Finding) -> str:
    return (f' \u00b7 <a href="#{anchor_id("cluster", f.cluster)}">cluster {_e(f.cluster)}</a>'
            if f.cluster else "")


def _conflict_html(f: Finding, order: int, claims: dict[str, Claim], docs: dict[str, Document],
                   short: dict[str, str]) -> str:
    """A conflict: its sides next to each other, each with one quote per source (the others
    folded)."""
    groups = sides(f)
    blocks = []
    order = {d: i for i, d in enumerate(docs)}

    def quote(ev: Evidence) -> str:
        return _evidence_html(ev, claims, evidence_language(ev, claims, docs), short)

    for value, evs in groups:
        first: dict[str, Evidence] = {}
        for ev in evs:
            first.setdefault(ev.doc, ev)
        shown = sorted(first.values(), key=lambda ev: order.get(ev.doc, len(order)))
        rest = [ev for ev in evs if ev not in shown]
        more = (f'<details class="more"><summary>+{len(rest)} more</summary><ul>'
                f'{"".join(quote(ev) for ev in rest)}</ul></details>' if rest else "")
        blocks.append(f'<section class="side" data-value="{_e(value_key(value))}">'
                      f'<h4><span class="value">{_e(value_label(value))}</span> <small>{len(first)} '
                      f'source{"s" if len(first) != 1 else ""}</small></h4>'
                      f'<ul>{"".join(quote(ev) for ev in shown)}</ul>{more}</section>')
    many = [short.get(d, d) for d in dict.fromkeys(ev.doc for ev in f.evidence)
            if sum(any(ev.doc == d for ev in evs) for _, evs in groups) > 1]
    note = (f'<p class="note">{_e(", ".join(many))} give{"s" if len(many) == 1 else ""} more '
            'than one value</p>' if many else "")
    return (f'<article {_finding_attrs(f, order, _langs_of(f, claims, docs))}>'
            f'<header><span class="severity {_e(f.severity)}">{_e(f.severity)}</span> '
            f'<strong class="fid">{_e(f.id)}</strong> <span class="slot">{_e(f.slot)}</span> '
            f'conflict{_cluster_link(f)}</header>'
            f'<p class="summary" hidden>{_e(f.summary)}</p>{note}'
            f'<div class="sides">{"".join(blocks)}</div>{_why_html(f, short)}</article>')


def _rest_html(f: Finding, order: int, claims: dict[str, Claim], docs: dict[str, Document],
               short: dict[str, str]) -> str:
    """Any other finding: one line (values and sources), its quotes and reasons folded."""
    langs = _langs_of(f, claims, docs)
    if f.kind == "variant":
        what = " / ".join(dict.fromkeys(ev.text for ev in f.evidence))
    else:
        what = " / ".join(dict.fromkeys(value_label(v) for v, _ in sides(f)))
    who = ", ".join(dict.fromkeys(f"{short.get(ev.doc, ev.doc)} ({evidence_language(ev, claims, docs)})"
                                  for ev in f.evidence))
    quotes = "".join(_evidence_html(ev, claims, evidence_language(ev, claims, docs), short)
                     for _, evs in sides(f) for ev in evs)
    return (f'<article {_finding_attrs(f, order, langs)}>'
            f'<span class="fid">{_e(f.id)}</span> <span class="slot">{_e(f.slot)}</span> '
            f'<bdi class="value">{_e(what)}</bdi> \u00b7 <span class="who">{_e(who)}</span>'
            f'{_cluster_link(f)}<details class="more"><summary>quotes</summary>'
            f'<p class="summary">{_e(shorten(f.summary, short))}</p><ul>{quotes}</ul>'
            f'{_why_html(f, short)}</details></article>')


def _events_html(report: Report) -> str:
    """One line per event, when the report groups its sources into events (else nothing)."""
    items = "".join(f"<li>{_e(line)}</li>" for line in event_lines(report))
    return f'<ul id="events">{items}</ul>' if items else ""


def _summary_html(report: Report, short: dict[str, str]) -> str:
    counts = kind_counts(report)
    langs = list(dict.fromkeys(d.language or "und" for d in report.documents))
    overall = report.consistency.get("overall")
    stat = (f'{len(report.documents)} sources in {len(langs)} languages ({_e(", ".join(langs))})'
            + (f' \u00b7 consistency <strong id="consistency-overall">{float(overall):.2f}</strong>'
               if isinstance(overall, (int, float)) else "")
            + f' \u00b7 {len(report.clusters)} clusters of {len(report.claims)} claims')
    target = {"conflict": "conflicts", "update": "group-update", "agreement": "group-agreement",
              "variant": "group-variant", "single_source": "single-source"}
    count_items = "".join(
        f'<li class="count-{_e(k)}"><a href="#{target[k]}"><strong>{n}</strong> '
        f'{_e(KIND_LABEL.get(k, k).lower())}</a></li>' for k, n in counts.items())
    chips = "".join(
        f'<li><a href="#{anchor_id("doc", d.id)}" title="{_e(d.id)}">{_e(short[d.id])}</a> '
        f'{_lang_badge(d.language or "und")} <span class="anchor">'
        f'{_e(shorten(anchor_description(report.anchors.get(d.id)), short))}</span></li>'
        for d in report.documents)
    skipped = "".join(f"<li><code>{_e(s.path)}</code>: {_e(s.reason)}</li>" for s in report.skipped)
    return (f'<section id="summary"><p class="stat">{stat}</p><ul class="counts">{count_items}</ul>'
            f'<ul class="chips">{chips}</ul>{_events_html(report)}'
            + (f'<p>Skipped inputs:</p><ul class="skipped">{skipped}</ul>' if skipped else "")
            + "</section>")


def _details_tables_html(report: Report, short: dict[str, str]) -> str:
    """Sources with their anchor dates and the consistency of each pair, folded."""
    rows = []
    for d in report.documents:
        rows.append(
            f'<tr><td><a href="#{anchor_id("doc", d.id)}">{_e(d.id)}</a></td>'
            f'<td {dir_attrs(d.language)}>{_e(d.title or "")}</td>'
            f'<td {dir_attrs(d.language)}>{_e(d.source or "")}</td>'
            f'<td>{_lang_badge(d.language or "und")}</td>'
            f'<td>{_e(d.published.isoformat() if d.published else "")}</td>'
            f'<td class="anchor">{_e(anchor_description(report.anchors.get(d.id)))}</td></tr>')
    pair_rows = []
    for pair, v in (report.consistency.get("pairs") or {}).items():
        v = v if isinstance(v, dict) else {"score": v}
        score = v.get("score")
        score_s = f"{score:.2f}" if isinstance(score, (int, float)) else str(score)
        pair_rows.append(f"<tr><td>{_e(shorten(pair, short).replace('|', ' ↔ '))}</td>"
                         f"<td>{_e(score_s)}</td>" + "".join(
                             f"<td>{_e(v.get(c, ''))}</td>" for c in ("shared", "agree", "conflict"))
                         + "</tr>")
    pairs = ('<table class="pairs"><caption>Consistency per pair of sources</caption>'
             '<thead><tr><th>pair</th><th>score</th><th>shared</th><th>agree</th>'
             f'<th>conflict</th></tr></thead><tbody>{"".join(pair_rows)}</tbody></table>'
             if pair_rows else "")
    return ('<details id="sources-details"><summary>Sources, anchor dates, consistency per pair'
            '</summary><table id="sources-table"><caption>The reference date each source\u2019s '
            'relative dates resolve against</caption><thead><tr><th>source</th><th>title</th>'
            '<th>outlet</th><th>lang</th><th>published</th><th>anchor date (from)</th></tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table>{pairs}</details>')


def _controls_html(report: Report) -> str:
    langs = sorted({evidence_language(ev, index_claims(report), index_docs(report))
                    for f in report.findings for ev in f.evidence})
    opt = lambda vals: "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in vals)  # noqa
    return ('<div class="controls" role="search">'
            '<label>Search <input type="search" id="search" placeholder="text, value, source"'
            ' autocomplete="off"></label>'
            f'<label>Kind <select id="filter-kind"><option value="">all</option>'
            f'{opt(KIND_ORDER)}</select></label>'
            f'<label>Severity <select id="filter-severity"><option value="">all</option>'
            f'{opt(SEVERITY_ORDER)}</select></label>'
            f'<label>Language <select id="filter-lang"><option value="">all</option>'
            f'{opt(langs)}</select></label>'
            '<label>Sort <select id="sort"><option value="kind">kind, severity</option>'
            '<option value="severity">severity</option><option value="slot">slot</option>'
            '<option value="id">id</option></select></label>'
            '<output id="match-count" aria-live="polite"></output></div>')


def _groups_html(report: Report, claims: dict[str, Claim], docs: dict[str, Document],
                 short: dict[str, str], order: dict[str, int]) -> str:
    out = []
    for kind in (["update"] if sorted_findings(report, "update") else []) + ["agreement", "variant", "single_source"]:
        fs = sorted_findings(report, kind)
        gid = "single-source" if kind == "single_source" else f"group-{kind}"
        items = "".join(_rest_html(f, order[f.id], claims, docs, short) for f in fs)
        out.append(f'<details class="group" id="{gid}" data-kind="{kind}"><summary>'
                   f'{_e(KIND_LABEL[kind])} ({len(fs)})</summary>'
                   f'<div class="finding-group">{items or "<p>None.</p>"}</div></details>')
    return "".join(out)


def _clusters_data(report: Report, claims: dict[str, Claim]) -> list:
    """``[element id, cluster id, similarity, [[claim id, similarity], ...]]`` per cluster."""
    return [[anchor_id("cluster", k.id), k.id, round(float(k.similarity), 2),
             [[cid, round(float(claim_similarity(k, cid)), 2)] for cid in k.claim_ids if cid in claims]]
            for k in report.clusters]


def _clusters_html(report: Report) -> str:
    """Built by the script when opened: claims sit in several clusters, their text once in the data."""
    note = several_clusters_note(report)
    return (f'<details id="clusters" class="lazy"><summary>Aligned claims ({len(report.clusters)} '
            'clusters)</summary>' + (f'<p class="note">{_e(note)}.</p>' if note else "")
            + '<div class="built"><noscript>The clusters are built by the page\u2019s '
            'script; the JSON report lists them too.</noscript></div></details>')


def _legend() -> str:
    return " ".join(f'<mark class="fact fact-{t}">{t}</mark>'
                    for t in ("date", "duration", "number", "money", "quantity", "ordinal",
                              "entity")) + ' <mark class="hit">finding value</mark>'


def _coverage_data(report: Report) -> dict:
    """The coverage matrix as data: ``docs`` (id, language), ``rows`` (label, status, finding
    element id, one list of values per source). Entity rows without a finding are left out
    (names are compared as variants; the CSV/JSON reports keep every fact)."""
    docs = report.documents
    rows = [[r.label, r.status, anchor_id("finding", r.finding) if r.finding else "",
             [list(r.cells.get(d.id, ())) for d in docs]] for r in coverage(report)
            if r.finding or not r.fact_type.startswith("entity")]
    return {"docs": [[d.id, d.language or "und"] for d in docs], "rows": rows}


def _coverage_html() -> str:
    return ('<details id="coverage" class="lazy"><summary>Coverage: which source reports which '
            'fact</summary><div class="built scroll"><noscript>The matrix is built by the page\u2019s '
            'script.</noscript></div></details>')


def _data_script(report: Report, claims: dict[str, Claim], short: dict[str, str]) -> str:
    """What the script builds lazily, as JSON (``<`` escaped, so no tag can end the script)."""
    data = {"claims": {c.id: [short.get(c.doc_id, c.doc_id), c.language, c.text,
                              anchor_id("claim", c.id)] for c in report.claims},
            "clusters": _clusters_data(report, claims), "coverage": _coverage_data(report),
            "sources": _sources_data(report)}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/json" id="report-data">{text}</script>'


def _utf16(text: str):
    """Python offset -> the offset a browser counts in this text once parsed (UTF-16 code
    units; the HTML parser turns CR LF into LF)."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    crlf = [i for i in range(len(text) - 1) if text[i] == "\r" and text[i + 1] == "\n"]

    def conv(o: int) -> int:
        return o + bisect_left(astral, o) - bisect_left(crlf, o)
    return conv


def _source_ops(doc: Document, claims: list[Claim], lo: int) -> list:
    """The markup the script builds for one source: claims (with their facts) in text order;
    a claim overlapping an earlier one gets an empty anchor where that one ends."""
    conv = _utf16(doc.text)
    base = conv(lo)
    ops: list = []
    pos = lo
    for c in sorted(claims, key=lambda c: (c.start, -c.end)):
        cid = anchor_id("claim", c.id)
        if c.start < pos or c.start < lo:
            if c.start >= lo:
                ops.append(["a", cid])
            continue
        marks, last = [], c.start
        for f in sorted(c.facts, key=lambda f: (f.start, -f.end)):
            if f.start >= last and f.end <= c.end and f.start < f.end:
                marks.append([conv(f.start) - base, conv(f.end) - base, f.type,
                              format_value(f.value)])
                last = f.end
        ops.append(["c", conv(c.start) - base, conv(c.end) - base, cid, c.id, marks])
        pos = c.end
    return ops


def _sources_data(report: Report) -> dict[str, list]:
    """Source element id -> the markup ops of its body text (see :func:`_source_ops`)."""
    by_doc: dict[str, list[Claim]] = {}
    for c in report.claims:
        by_doc.setdefault(c.doc_id, []).append(c)
    return {anchor_id("doc", d.id): _source_ops(d, by_doc.get(d.id, []),
                                                max(0, min(d.body_offset, len(d.text))))
            for d in report.documents}


def _sources_html(report: Report) -> str:
    out = []
    for d in report.documents:
        bo = max(0, min(d.body_offset, len(d.text)))
        front = f'<pre class="front-matter">{_e(d.text[:bo])}</pre>' if bo else ""
        meta = " \u00b7 ".join(_e(x) for x in (d.path, d.source, d.url,
                                                 d.published.isoformat() if d.published else None)
                               if x)
        out.append(f'<details class="source" id="{anchor_id("doc", d.id)}" '
                   f'data-lang="{_e(d.language or "und")}"><summary {dir_attrs(d.language)}>'
                   f'{_lang_badge(d.language or "und")} {_e(d.id)}'
                   + (f' \u2014 <bdi>{_e(d.title)}</bdi>' if d.title else "")
                   + f'</summary><p class="meta">{meta}</p>{front}'
                   f'<div class="text" {dir_attrs(d.language)}>'
                   f'{_e(d.text[bo:])}</div></details>')
    return (f'<section id="sources"><h2>Sources</h2><p class="legend">{_legend()}</p>'
            f'{"".join(out)}</section>')


def to_html(report: Report) -> str:
    """Render the whole report as one self-contained, offline, printable HTML page."""
    claims = index_claims(report)
    docs = index_docs(report)
    short = short_ids(report.documents)
    md = report.metadata
    order = {f.id: i for i, f in enumerate(sorted_findings(report))}
    conflicts = sorted_findings(report, "conflict")
    conflict_html = "".join(_conflict_html(f, order[f.id], claims, docs, short) for f in conflicts)
    meta = " \u00b7 ".join(_e(f"{k}: {md[k]}") for k in ("generated", "model", "similarity",
                                                          "fingerprint") if md.get(k))
    title = "Reconcile report"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f'<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n'
        f'<header class="page"><h1>{title}</h1><p class="meta">{meta}</p></header>\n'
        f'<main>\n{_summary_html(report, short)}\n'
        f'<section id="conflicts"><h2>Conflicts ({len(conflicts)})</h2>'
        f'<div class="finding-group">{conflict_html or "<p>No conflict.</p>"}</div></section>\n'
        f'<section id="findings"><h2>Everything else</h2>{_controls_html(report)}'
        f'{_groups_html(report, claims, docs, short, order)}'
        f'{_details_tables_html(report, short)}{_clusters_html(report)}'
        f'{_coverage_html()}</section>\n{_sources_html(report)}\n</main>\n'
        f'{_data_script(report, claims, short)}\n<script>{JS}</script>\n</body>\n</html>\n')

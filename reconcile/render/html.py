"""One self-contained HTML file: findings first, aligned claims, coverage matrix, sources.

No external resource of any kind (fonts, scripts, images): a Content-Security-Policy meta tag
forbids them, so the file works offline, from an e-mail attachment or a USB stick, and never
leaks that it was opened. Every piece of text goes through ``html.escape``. Arabic blocks carry
``dir="rtl" lang="ar"``, other blocks ``dir="auto"``. The inline script only sorts, filters and
searches what is already in the page; without it everything is simply shown.

Stable hooks for tests and styling: ``#summary``, ``#findings``, ``article.finding.<kind>``
(``data-kind``, ``data-severity``, ``data-langs``), ``blockquote.quote``, ``mark.hit``,
``#clusters .cluster``, ``#coverage-matrix``, ``#single-source``, ``#sources``,
``#claim-<id>`` (each claim's passage in its source), ``#doc-<id>``, ``#finding-<id>``.
"""
from __future__ import annotations

import html
import re
from typing import Iterable

from ..types import Claim, Document, Evidence, Finding, Report
from ._common import (
    KIND_LABEL, KIND_ORDER, SEVERITY_ORDER, anchor_description, claim_similarity, coverage,
    evidence_language, format_value, index_claims, index_docs, kind_counts,
    relative_span, sides, sorted_findings, value_key,
)

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
        out.append(f'<mark class="{_e(cls)}" title="{_e(title)}">{_e(text[s:e])}</mark>')
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
    return f'<span class="lang" title="language">{_e(lang)}</span>'


def _evidence_html(ev: Evidence, claims: dict[str, Claim], lang: str, quote: bool) -> str:
    claim = claims.get(ev.claim)
    link = (f'<a class="passage" href="#{anchor_id("claim", ev.claim)}">{_e(ev.doc)} '
            f'\u00b7 {_e(ev.claim)}</a>')
    value = f'<span class="value">{_e(format_value(ev.value))}</span>'
    if quote and claim is not None:
        body = claim_html(claim, relative_span(ev, claim))
    else:
        body = f'<mark class="hit">{_e(ev.text)}</mark>'
    cls = "quote" if quote else "quote short"
    return (f'<figure class="evidence" data-lang="{_e(lang)}">'
            f'<blockquote class="{cls}" {dir_attrs(lang)}>{body}</blockquote>'
            f'<figcaption>{_lang_badge(lang)} {link} \u2192 {value}'
            + (f' <span class="words">(\u201c<bdi>{_e(ev.text)}</bdi>\u201d)</span>'
               if quote else "") + '</figcaption></figure>')


def _finding_html(f: Finding, order: int, claims: dict[str, Claim],
                  docs: dict[str, Document]) -> str:
    langs: list[str] = []
    blocks: list[str] = []
    quote = f.kind in ("conflict", "single_source")
    for i, (value, evs) in enumerate(sides(f), 1):
        items = []
        for ev in evs:
            lang = evidence_language(ev, claims, docs)
            if lang not in langs:
                langs.append(lang)
            items.append(_evidence_html(ev, claims, lang, quote))
        if f.kind == "conflict":
            blocks.append(f'<section class="side" data-value="{_e(value_key(value))}">'
                          f'<h4>Side {i}: <span class="value">{_e(format_value(value))}</span>'
                          f' <small>({len(evs)} source{"s" if len(evs) != 1 else ""})</small>'
                          f'</h4>{"".join(items)}</section>')
        else:
            blocks.extend(items)
    why = "".join(f"<li>{_e(x)}</li>" for x in f.explanation)
    cluster = (f' \u00b7 <a href="#{anchor_id("cluster", f.cluster)}">cluster {_e(f.cluster)}</a>'
               if f.cluster else "")
    body = (f'<div class="sides">{"".join(blocks)}</div>' if f.kind == "conflict"
            else f'<div class="evidence-list{"" if quote else " compact"}">{"".join(blocks)}</div>')
    return (f'<article class="finding {_e(f.kind)} sev-{_e(f.severity)}" '
            f'id="{anchor_id("finding", f.id)}" data-kind="{_e(f.kind)}" '
            f'data-severity="{_e(f.severity)}" data-slot="{_e(f.slot)}" '
            f'data-langs="{_e(" ".join(langs))}" data-order="{order}" '
            f'data-sev-rank="{SEVERITY_ORDER.get(f.severity, 9)}" '
            f'data-kind-rank="{KIND_ORDER.get(f.kind, 9)}">'
            f'<header><span class="severity {_e(f.severity)}">{_e(f.severity)}</span> '
            f'<span class="kind">{_e(f.kind.replace("_", "-"))}</span> \u00b7 '
            f'<span class="slot">{_e(f.slot)}</span> \u00b7 <span class="fid">{_e(f.id)}</span>'
            f'{cluster}</header><p class="summary" dir="auto">{_e(f.summary)}</p>{body}'
            + (f'<ul class="why">{why}</ul>' if why else "") + "</article>")


def _summary_html(report: Report) -> str:
    counts = kind_counts(report)
    docs_rows = []
    for d in report.documents:
        a = report.anchors.get(d.id)
        docs_rows.append(
            f'<tr><td><a href="#{anchor_id("doc", d.id)}">{_e(d.id)}</a></td>'
            f'<td {dir_attrs(d.language)}>{_e(d.title or "")}</td>'
            f'<td {dir_attrs(d.language)}>{_e(d.source or "")}</td>'
            f'<td>{_lang_badge(d.language or "und")}</td>'
            f'<td>{_e(d.published.isoformat() if d.published else "")}</td>'
            f'<td class="anchor">{_e(anchor_description(a))}</td></tr>')
    cons = report.consistency
    overall = cons.get("overall")
    overall_html = (f'<p class="consistency">Overall consistency: <strong id="consistency-overall">'
                    f'{float(overall):.2f}</strong></p>' if isinstance(overall, (int, float))
                    else "")
    pair_rows = []
    for pair, v in (cons.get("pairs") or {}).items():
        v = v if isinstance(v, dict) else {"score": v}
        score = v.get("score")
        score_s = f"{score:.2f}" if isinstance(score, (int, float)) else str(score)
        pair_rows.append(f"<tr><td>{_e(pair.replace('|', ' ↔ '))}</td><td>{_e(score_s)}</td>"
                         + "".join(f"<td>{_e(v.get(c, ''))}</td>"
                                   for c in ("shared", "agree", "conflict")) + "</tr>")
    pairs_html = ('<table class="pairs"><caption>Consistency per pair of sources</caption>'
                  '<thead><tr><th>pair</th><th>score</th><th>shared</th><th>agree</th>'
                  f'<th>conflict</th></tr></thead><tbody>{"".join(pair_rows)}</tbody></table>'
                  if pair_rows else "")
    skipped = "".join(f"<li><code>{_e(s.path)}</code>: {_e(s.reason)}</li>" for s in report.skipped)
    count_items = "".join(
        f'<li class="count-{_e(k)}"><strong>{n}</strong> {_e(KIND_LABEL.get(k, k).lower())}</li>'
        for k, n in counts.items())
    return (f'<section id="summary"><h2>Summary</h2><ul class="counts">{count_items}</ul>'
            f'{overall_html}<table id="sources-table"><caption>Sources and the reference date '
            'each one\u2019s relative dates resolve against</caption><thead><tr><th>source</th>'
            '<th>title</th><th>outlet</th><th>lang</th><th>published</th>'
            f'<th>anchor date (from)</th></tr></thead><tbody>{"".join(docs_rows)}</tbody></table>'
            f'{pairs_html}'
            + (f'<h3>Skipped inputs</h3><ul class="skipped">{skipped}</ul>' if skipped else "")
            + "</section>")


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


def _clusters_html(report: Report, claims: dict[str, Claim]) -> str:
    out = []
    for k in report.clusters:
        cards, langs = [], []
        for cid in k.claim_ids:
            c = claims.get(cid)
            if c is None:
                continue
            langs.append(c.language)
            cards.append(
                f'<div class="claim-card" data-lang="{_e(c.language)}">'
                f'<div class="card-head">{_lang_badge(c.language)} '
                f'<a href="#{anchor_id("claim", c.id)}">{_e(c.doc_id)} \u00b7 {_e(c.id)}</a>'
                f' <span class="sim" title="mean similarity to the other members">'
                f'{claim_similarity(k, cid):.2f}</span></div>'
                f'<p class="claim-text" {dir_attrs(c.language)}>{claim_html(c)}</p></div>')
        out.append(f'<section class="cluster" id="{anchor_id("cluster", k.id)}" '
                   f'data-langs="{_e(" ".join(langs))}"><h3>{_e(k.id)} \u00b7 '
                   f'{len(k.claim_ids)} claims \u00b7 similarity {k.similarity:.2f}</h3>'
                   f'<div class="aligned">{"".join(cards)}</div></section>')
    return (f'<section id="clusters"><h2>Aligned claims</h2>'
            f'<p class="legend">{_legend()}</p>{"".join(out)}</section>')


def _legend() -> str:
    return " ".join(f'<mark class="fact fact-{t}">{t}</mark>'
                    for t in ("date", "duration", "number", "money", "quantity", "ordinal",
                              "entity")) + ' <mark class="hit">finding value</mark>'


def _coverage_html(report: Report) -> str:
    docs = report.documents
    head = "".join(f'<th scope="col">{_e(d.id)} {_lang_badge(d.language or "und")}</th>'
                   for d in docs)
    rows = []
    for r in coverage(report):
        cells = []
        for d in docs:
            vals = r.cells.get(d.id)
            cells.append(f'<td class="has" {dir_attrs(None)}>'
                         + "<br>".join(_e(v) for v in vals) + "</td>"
                         if vals else '<td class="absent" title="not reported">\u2014</td>')
        status = (f' <a class="status {_e(r.status)}" href="#{anchor_id("finding", r.finding)}">'
                  f'{_e(r.status.replace("_", "-"))}</a>' if r.finding else "")
        rows.append(f'<tr class="row-{_e(r.status or "none")}"><th scope="row">{_e(r.label)}'
                    f'{status}</th>{"".join(cells)}</tr>')
    return ('<section id="coverage"><h2>Coverage</h2><p>Which source reports which fact '
            '(rows: fact slots of each cluster, then single-source facts).</p>'
            '<div class="scroll"><table id="coverage-matrix"><thead><tr><th scope="col">fact'
            f'</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div></section>')


def _single_source_html(report: Report, claims: dict[str, Claim],
                        docs: dict[str, Document]) -> str:
    items = []
    for f in sorted_findings(report, "single_source"):
        for ev in f.evidence:
            lang = evidence_language(ev, claims, docs)
            items.append(f'<li><p class="summary" dir="auto">{_e(f.summary)} '
                         f'<a href="#{anchor_id("finding", f.id)}">({_e(f.id)})</a></p>'
                         f'{_evidence_html(ev, claims, lang, True)}</li>')
    body = f'<ul class="lone">{"".join(items)}</ul>' if items else "<p>None.</p>"
    return f'<section id="single-source"><h2>Single-source claims</h2>{body}</section>'


def _source_text_html(doc: Document, claims: list[Claim], lo: int, hi: int) -> str:
    """Raw text [lo, hi) with each claim wrapped in a targetable span (facts marked inside)."""
    out, pos = [], lo
    for c in sorted(claims, key=lambda c: (c.start, -c.end)):
        s, e = max(c.start, pos), min(c.end, hi)
        cid = anchor_id("claim", c.id)
        if s >= e or c.start < pos:        # outside, or overlapping an earlier claim
            if lo <= c.start < hi:
                out.append(f'<a class="claim-anchor" id="{cid}"></a>')
            continue
        out.append(_e(doc.text[pos:s]))
        inner = _mark_spans(doc.text[s:e], s, _fact_spans(c))
        out.append(f'<span class="claim" id="{cid}" data-claim="{_e(c.id)}" '
                   f'title="{_e(c.id)}">{inner}</span>')
        pos = e
    out.append(_e(doc.text[pos:hi]))
    return "".join(out)


def _sources_html(report: Report) -> str:
    by_doc: dict[str, list[Claim]] = {}
    for c in report.claims:
        by_doc.setdefault(c.doc_id, []).append(c)
    out = []
    for d in report.documents:
        cl = by_doc.get(d.id, [])
        bo = max(0, min(d.body_offset, len(d.text)))
        front = (f'<pre class="front-matter">{_source_text_html(d, cl, 0, bo)}</pre>'
                 if bo else "")
        meta = " \u00b7 ".join(_e(x) for x in (d.path, d.source, d.url,
                                                 d.published.isoformat() if d.published else None)
                               if x)
        out.append(f'<article class="source" id="{anchor_id("doc", d.id)}" '
                   f'data-lang="{_e(d.language or "und")}"><h3 {dir_attrs(d.language)}>'
                   f'{_lang_badge(d.language or "und")} {_e(d.id)}'
                   + (f' \u2014 <bdi>{_e(d.title)}</bdi>' if d.title else "")
                   + f'</h3><p class="meta">{meta}</p>{front}'
                   f'<div class="text" {dir_attrs(d.language)}>'
                   f'{_source_text_html(d, cl, bo, len(d.text))}</div></article>')
    return f'<section id="sources"><h2>Sources</h2>{"".join(out)}</section>'


def to_html(report: Report) -> str:
    """Render the whole report as one self-contained, offline, printable HTML page."""
    from .events import events_html

    claims = index_claims(report)
    docs = index_docs(report)
    md = report.metadata
    findings = sorted_findings(report)
    finding_html = "".join(_finding_html(f, i, claims, docs) for i, f in enumerate(findings))
    meta = " \u00b7 ".join(_e(f"{k}: {md[k]}") for k in ("generated", "model", "similarity",
                                                          "fingerprint") if md.get(k))
    title = "Reconcile report"
    nav = ('<nav><a href="#summary">Summary</a> <a href="#findings">Findings</a> '
           '<a href="#clusters">Aligned claims</a> <a href="#coverage">Coverage</a> '
           '<a href="#single-source">Single-source</a> <a href="#sources">Sources</a></nav>')
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f'<title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n'
        f'<header class="page"><h1>{title}</h1><p class="meta">{meta}</p>{nav}</header>\n'
        f'<main>\n{events_html(report)}{_summary_html(report)}\n'
        f'<section id="findings"><h2>Findings</h2>{_controls_html(report)}'
        f'<div id="findings-list">{finding_html or "<p>No findings.</p>"}</div></section>\n'
        f'{_clusters_html(report, claims)}\n{_coverage_html(report)}\n'
        f'{_single_source_html(report, claims, docs)}\n{_sources_html(report)}\n</main>\n'
        f'<script>{JS}</script>\n</body>\n</html>\n')


CSS = """
:root{--fg:#1d1d1f;--muted:#666;--line:#ddd;--bg:#fff;--card:#fafafa;
--conflict:#c62828;--agreement:#2e7d32;--variant:#b26a00;--single:#1565c0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Naskh Arabic",
"DejaVu Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
header.page,main{max-width:72rem;margin:0 auto;padding:0 1rem}
header.page{border-bottom:1px solid var(--line)}
h1{margin:.6rem 0 .2rem}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
nav a{margin-right:.8rem}.meta{color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.25rem .5rem;vertical-align:top;text-align:start}
caption{text-align:start;color:var(--muted);font-size:.85rem}
.scroll{overflow-x:auto}
ul.counts{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
ul.counts li{border:1px solid var(--line);border-radius:.4rem;padding:.3rem .7rem}
.count-conflict strong{color:var(--conflict)}.count-agreement strong{color:var(--agreement)}
.count-variant strong{color:var(--variant)}.count-single_source strong{color:var(--single)}
.controls{display:flex;flex-wrap:wrap;gap:.8rem;align-items:center;padding:.5rem;
background:var(--card);border:1px solid var(--line);border-radius:.4rem;margin-bottom:.8rem}
.controls input{min-width:14rem}
.finding{border:1px solid var(--line);border-inline-start:6px solid var(--muted);
border-radius:.4rem;padding:.5rem .8rem;margin:.7rem 0;background:var(--bg)}
.finding.conflict{border-inline-start-color:var(--conflict)}
.finding.agreement{border-inline-start-color:var(--agreement)}
.finding.variant{border-inline-start-color:var(--variant)}
.finding.single_source{border-inline-start-color:var(--single)}
.finding header{font-size:.85rem;color:var(--muted)}
.finding .summary{font-weight:600;margin:.3rem 0}
.severity{font-weight:700;text-transform:uppercase;padding:0 .4rem;border-radius:.3rem;
background:#eee;color:#333}
.severity.high{background:var(--conflict);color:#fff}.severity.medium{background:#f9a825}
.severity.low{background:#b3e5fc}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.8rem}
.side{background:var(--card);border-radius:.3rem;padding:.2rem .6rem}
.side h4{margin:.3rem 0}
figure.evidence{margin:.4rem 0}
.evidence-list.compact{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:0 .8rem}
blockquote.quote{margin:0;padding:.3rem .6rem;border-inline-start:3px solid var(--line);
background:var(--bg)}
blockquote.quote.short{display:inline-block;border:0;padding:0}
figcaption{font-size:.8rem;color:var(--muted)}
.value{font-weight:700;color:var(--fg)}
.lang{display:inline-block;font:700 .75rem/1.4 ui-monospace,monospace;padding:0 .3rem;
border-radius:.25rem;background:#e0e0e0;color:#222;text-transform:uppercase}
ul.why{font-size:.8rem;color:var(--muted);margin:.3rem 0;padding-inline-start:1.2rem}
mark{background:none;color:inherit;padding:0 .1rem;border-radius:.2rem}
mark.fact-date{background:#d6ecff}mark.fact-money{background:#d7f5d7}
mark.fact-number,mark.fact-quantity{background:#fff1b8}
mark.fact-duration,mark.fact-ordinal{background:#eadfff}
mark.fact-entity{text-decoration:underline dotted #7b1fa2 2px;text-underline-offset:3px}
mark.hit{outline:2px solid var(--conflict);font-weight:700;background:#ffe0e0}
.aligned{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.6rem}
.claim-card{border:1px solid var(--line);border-radius:.4rem;padding:.4rem .6rem;
background:var(--card)}
.card-head{font-size:.8rem;color:var(--muted)}.sim{float:inline-end;font-weight:700}
.claim-text{margin:.3rem 0}
#coverage-matrix td.absent{color:#aaa;text-align:center}
#coverage-matrix tr.row-conflict td.has{background:#ffe0e0}
#coverage-matrix tr.row-variant td.has{background:#fff3d6}
#coverage-matrix tr.row-agreement td.has{background:#e2f4e2}
a.status{font-size:.75rem;margin-inline-start:.3rem}
ul.lone{list-style:none;padding:0}
.source{border-top:1px solid var(--line);padding:.3rem 0}
.source .text{white-space:pre-wrap;line-height:1.7}
pre.front-matter{background:var(--card);color:var(--muted);font-size:.8rem;margin:.2rem 0;
white-space:pre-wrap}
span.claim{border-bottom:1px dashed #999}
span.claim:target,.claim-anchor:target+span.claim{background:#fff59d;outline:2px solid #f9a825}
.filtered-out{display:none}
@media print{
nav,.controls,#match-count{display:none}
.filtered-out{display:block}
body{font-size:11pt}
.finding,.cluster,.claim-card,tr,figure{break-inside:avoid}
h2{break-after:avoid}
mark,.severity,.lang,#coverage-matrix td{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
}
"""

JS = r"""
(function(){
var list=document.getElementById('findings-list');if(!list)return;
var items=Array.prototype.slice.call(list.querySelectorAll('.finding'));
var clusters=Array.prototype.slice.call(document.querySelectorAll('#clusters .cluster'));
var q=document.getElementById('search'),fk=document.getElementById('filter-kind'),
fs=document.getElementById('filter-severity'),fl=document.getElementById('filter-lang'),
so=document.getElementById('sort'),count=document.getElementById('match-count');
function has(list,v){return (' '+list+' ').indexOf(' '+v+' ')>=0;}
function apply(){
var t=q.value.trim().toLowerCase(),n=0;
items.forEach(function(el){
var ok=(!fk.value||el.dataset.kind===fk.value)&&(!fs.value||el.dataset.severity===fs.value)&&
(!fl.value||has(el.dataset.langs,fl.value))&&(!t||el.textContent.toLowerCase().indexOf(t)>=0);
el.classList.toggle('filtered-out',!ok);if(ok)n++;});
clusters.forEach(function(el){
var ok=(!fl.value||has(el.dataset.langs,fl.value))&&(!t||el.textContent.toLowerCase().indexOf(t)>=0);
el.classList.toggle('filtered-out',!ok);});
count.textContent=n+' of '+items.length+' findings shown';}
function num(el,k){return parseInt(el.dataset[k],10);}
var keys={kind:['kindRank','sevRank','order'],severity:['sevRank','kindRank','order'],
slot:['slot','kindRank','sevRank','order'],id:['order']};
function sort(){
var ks=keys[so.value]||keys.kind;
items.slice().sort(function(a,b){
for(var i=0;i<ks.length;i++){var k=ks[i],x,y;
if(so.value==='id'){x=a.id;y=b.id;var c=x.localeCompare(y,undefined,{numeric:true});if(c)return c;continue;}
if(k==='slot'){x=a.dataset.slot;y=b.dataset.slot;if(x!==y)return x<y?-1:1;continue;}
x=num(a,k);y=num(b,k);if(x!==y)return x-y;}
return 0;}).forEach(function(el){list.appendChild(el);});}
[q,fk,fs,fl].forEach(function(el){el.addEventListener('input',apply);el.addEventListener('change',apply);});
so.addEventListener('change',sort);
apply();
})();
"""

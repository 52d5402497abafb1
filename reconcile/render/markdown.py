"""GitHub-flavoured Markdown: the HTML report's content, readable in a PR or an issue.

Report text is untrusted: every piece goes through :func:`md_escape` (Markdown punctuation,
``|`` in tables, ``<``/``>`` so no raw HTML gets through, newlines flattened in table cells).
Conflicts list each side's verbatim claim as a blockquote with the value in bold; the other
kinds are tables. Arabic blockquotes are wrapped in ``<div dir="rtl" lang="ar">`` (GitHub keeps
that attribute), so they read right-to-left there too.
"""
from __future__ import annotations

import re

from ..types import Claim, Evidence, Finding, Report
from .sanitize import visible_controls
from ._common import (
    KIND_LABEL, anchor_description, claim_similarity, coverage, evidence_language,
    format_value, index_claims, index_docs, kind_counts, relative_span, sides, sorted_findings,
)

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi"})
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_LINE_START = re.compile(r"^(\s*\d*)([#>+\-=.)])", re.M)


def md_escape(text: object, cell: bool = False) -> str:
    """Escape Markdown punctuation and HTML; in table cells also flatten newlines."""
    s = visible_controls(str(text)).replace("&", "&amp;").replace("<", "&lt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    s = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), s)
    if cell:
        s = re.sub(r"\s*\n\s*", " ", s)
    return s


def _quote(claim: Claim | None, ev: Evidence) -> str:
    """The claim verbatim with the evidence span in bold (just the span if no claim)."""
    if claim is None:
        return f"**{md_escape(ev.text)}**"
    span = relative_span(ev, claim)
    t = claim.text
    if span is None:
        return md_escape(t)
    s, e = span
    return f"{md_escape(t[:s])}**{md_escape(t[s:e])}**{md_escape(t[e:])}"


def _blockquote(body: str, lang: str) -> list[str]:
    lines = [f"> {ln}" if ln.strip() else ">" for ln in body.splitlines() or [""]]
    if lang in RTL_LANGUAGES:
        return [f'<div dir="rtl" lang="{lang}">', "", *lines, "", "</div>"]
    return lines


def _finding_md(f: Finding, claims: dict[str, Claim], docs: dict) -> list[str]:
    out = [f"#### {md_escape(f.id)} \u00b7 {f.kind.replace('_', '-')} \u00b7 {md_escape(f.slot)}"
           f" \u00b7 {f.severity.upper()}", "", f"**{md_escape(f.summary)}**"
           + (f" (cluster `{f.cluster}`)" if f.cluster and "`" not in f.cluster else ""), ""]
    quote = f.kind in ("conflict", "single_source")
    if quote:
        for i, (value, evs) in enumerate(sides(f), 1):
            if f.kind == "conflict":
                out += [f"*Side {i}: {md_escape(format_value(value))}*", ""]
            for ev in evs:
                lang = evidence_language(ev, claims, docs)
                out += [f"- `{lang}` {md_escape(ev.doc)} \u00b7 {md_escape(ev.claim)}: "
                        f"\u201c{md_escape(ev.text)}\u201d = **{md_escape(format_value(ev.value))}**",
                        ""]
                out += ["  " + ln if ln else "" for ln in
                        _blockquote(_quote(claims.get(ev.claim), ev), lang)]
                out.append("")
    else:
        out += ["| lang | source | claim | words | value |", "| --- | --- | --- | --- | --- |"]
        for ev in f.evidence:
            lang = evidence_language(ev, claims, docs)
            out.append(f"| {lang} | {md_escape(ev.doc, True)} | {md_escape(ev.claim, True)} | "
                       f"{md_escape(ev.text, True)} | {md_escape(format_value(ev.value), True)} |")
        out.append("")
    if f.explanation:
        out += ["<details><summary>why</summary>", ""]
        out += [f"- {md_escape(x)}" for x in f.explanation]
        out += ["", "</details>", ""]
    return out


def to_markdown(report: Report) -> str:
    """Render the report as GitHub-flavoured Markdown (findings first)."""
    claims = index_claims(report)
    docs = index_docs(report)
    md = report.metadata
    counts = kind_counts(report)
    out = ["# Reconcile report", ""]
    meta = [f"{k}: `{md[k]}`" for k in ("generated", "model", "similarity", "fingerprint")
            if md.get(k) and "`" not in str(md[k])]
    if meta:
        out += [" \u00b7 ".join(meta), ""]
    from .events import events_markdown

    out += events_markdown(report, md_escape)
    out += ["## Summary", ""]
    out += ["| " + " | ".join(KIND_LABEL[k] for k in counts) + " |",
            "| " + " | ".join("---:" for _ in counts) + " |",
            "| " + " | ".join(str(n) for n in counts.values()) + " |", ""]
    overall = report.consistency.get("overall")
    if isinstance(overall, (int, float)):
        out += [f"**Overall consistency: {float(overall):.2f}**", ""]
    out += ["| source | lang | title | published | anchor date (from) |",
            "| --- | --- | --- | --- | --- |"]
    for d in report.documents:
        out.append(f"| {md_escape(d.id, True)} | {d.language or 'und'} | "
                   f"{md_escape(d.title or '', True)} | "
                   f"{d.published.isoformat() if d.published else ''} | "
                   f"{md_escape(anchor_description(report.anchors.get(d.id)), True)} |")
    out.append("")
    pairs = report.consistency.get("pairs") or {}
    if pairs:
        out += ["| pair | score | shared | agree | conflict |", "| --- | ---: | ---: | ---: | ---: |"]
        for pair, v in pairs.items():
            v = v if isinstance(v, dict) else {"score": v}
            sc = v.get("score")
            out.append(f"| {md_escape(pair.replace('|', ' ↔ '), True)} | "
                       f"{f'{sc:.2f}' if isinstance(sc, (int, float)) else md_escape(sc, True)}"
                       f" | {v.get('shared', '')} | {v.get('agree', '')} | "
                       f"{v.get('conflict', '')} |")
        out.append("")
    if report.skipped:
        out += ["Skipped inputs:", ""]
        out += [f"- {md_escape(s.path)}: {md_escape(s.reason)}" for s in report.skipped]
        out.append("")

    out += ["## Findings", "", "| id | kind | severity | slot | summary | sources |",
            "| --- | --- | --- | --- | --- | --- |"]
    for f in sorted_findings(report):
        srcs = ", ".join(dict.fromkeys(
            f"{ev.doc} ({evidence_language(ev, claims, docs)})" for ev in f.evidence))
        out.append(f"| {md_escape(f.id, True)} | {f.kind.replace('_', '-')} | {f.severity} | "
                   f"{md_escape(f.slot, True)} | {md_escape(f.summary, True)} | "
                   f"{md_escape(srcs, True)} |")
    out.append("")
    for kind in ("conflict", "agreement", "variant"):
        fs = sorted_findings(report, kind)
        if fs:
            out += [f"### {KIND_LABEL[kind]}", ""]
            for f in fs:
                out += _finding_md(f, claims, docs)

    if report.clusters:
        out += ["## Aligned claims", ""]
        for k in report.clusters:
            out += [f"### {md_escape(k.id)} \u00b7 similarity {k.similarity:.2f}", "",
                    "| lang | source | sim | claim | facts |", "| --- | --- | ---: | --- | --- |"]
            for cid in k.claim_ids:
                c = claims.get(cid)
                if c is None:
                    continue
                facts = "; ".join(f"{f.type}: {f.text} = {format_value(f.value)}"
                                  for f in c.facts)
                out.append(f"| {c.language} | {md_escape(c.doc_id, True)} | "
                           f"{claim_similarity(k, cid):.2f} | {md_escape(c.text, True)} | "
                           f"{md_escape(facts, True)} |")
            out.append("")

    rows = coverage(report)
    if rows:
        out += ["## Coverage", "", "| fact | " + " | ".join(
            f"{md_escape(d.id, True)} ({d.language or 'und'})" for d in report.documents)
            + " | status |", "| --- | " + " | ".join("---" for _ in report.documents)
            + " | --- |"]
        for r in rows:
            cells = [md_escape(", ".join(r.cells[d.id]), True) if d.id in r.cells else "\u2014"
                     for d in report.documents]
            status = f"{r.status.replace('_', '-')} ({r.finding})" if r.finding else ""
            out.append(f"| {md_escape(r.label, True)} | " + " | ".join(cells)
                       + f" | {md_escape(status, True)} |")
        out.append("")

    lone = sorted_findings(report, "single_source")
    if lone:
        out += [f"## {KIND_LABEL['single_source']}", ""]
        for f in lone:
            out += _finding_md(f, claims, docs)
    return "\n".join(out).rstrip("\n") + "\n"

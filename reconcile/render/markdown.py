"""GitHub-flavoured Markdown for a PR or an issue: a table of conflicts first, the rest folded.

The summary line and the sources table, then one table of conflicts (a row per side: value,
sources, the words), then each conflict's quotes and reasons, then agreements, variants,
single-source values and the aligned clusters, each a table inside ``<details>`` (GitHub folds
them). Report text is untrusted: every piece goes through :func:`md_escape` (Markdown
punctuation, ``|`` in tables, ``<``/``>`` so no raw HTML gets through, newlines flattened in
table cells). Arabic quotes are wrapped in ``<div dir="rtl" lang="ar">`` (GitHub keeps that
attribute), so they read right-to-left there too.
"""
from __future__ import annotations

import re

from ..types import Claim, Evidence, Finding, Report
from .sanitize import visible_controls
from ._common import (
    KIND_LABEL, anchor_description, event_lines, evidence_language, index_claims, index_docs,
    kind_counts, relative_span, several_clusters_note, shorten, short_ids, sides, snippet_bounds,
    sorted_findings, value_label,
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
    """The claim's words around the evidence span, the span in bold (just the span if no claim)."""
    if claim is None:
        return f"**{md_escape(ev.text)}**"
    span = relative_span(ev, claim)
    t = claim.text
    if span is None:
        return md_escape(t)
    s, e = span
    lo, hi = snippet_bounds(t, s, e)
    return ("\u2026" if lo else "") + f"{md_escape(t[lo:s])}**{md_escape(t[s:e])}**{md_escape(t[e:hi])}" \
        + ("\u2026" if hi < len(t) else "")


def _blockquote(body: str, lang: str) -> list[str]:
    lines = [f"> {ln}" if ln.strip() else ">" for ln in body.splitlines() or [""]]
    if lang in RTL_LANGUAGES:
        return [f'<div dir="rtl" lang="{lang}">', "", *lines, "", "</div>"]
    return lines


def _bold_html(quote: str) -> str:
    """Inside an HTML block Markdown is not parsed: the bold span becomes ``<b>``."""
    return re.sub(r"(?<!\\)\*\*(.+?)(?<!\\)\*\*", r"<b>\1</b>", quote)


def _who(evs, claims, docs, short) -> str:
    return ", ".join(dict.fromkeys(f"{short.get(ev.doc, ev.doc)} ({evidence_language(ev, claims, docs)})"
                                   for ev in evs))


def _words(evs) -> str:
    return " \u00b7 ".join(dict.fromkeys(f"\u201c{ev.text}\u201d" for ev in evs))


def _conflict_table(fs: list[Finding], claims, docs, short) -> list[str]:
    out = ["| finding | slot | value | sources | words |", "| --- | --- | --- | --- | --- |"]
    for f in fs:
        for i, (value, evs) in enumerate(sides(f)):
            head = f"**{md_escape(f.id, True)}** {f.severity.upper()}" if i == 0 else ""
            out.append(f"| {head} | {md_escape(f.slot, True) if i == 0 else ''} | "
                       f"**{md_escape(value_label(value), True)}** | "
                       f"{md_escape(_who(evs, claims, docs, short), True)} | "
                       f"{md_escape(_words(evs), True)} |")
    return out + [""]


def _conflict_quotes(f: Finding, claims, docs, short) -> list[str]:
    """Each side's trimmed quotes, then the reasons, folded under the finding's id."""
    out = [f"<details><summary>{md_escape(f.id)}: quotes and reasons</summary>", ""]
    for value, evs in sides(f):
        out += [f"**{md_escape(value_label(value))}**", ""]
        for ev in evs:
            lang = evidence_language(ev, claims, docs)
            quote = f"`{lang}` {md_escape(short.get(ev.doc, ev.doc))} \u00b7 {md_escape(ev.claim)}: " \
                    f"{_quote(claims.get(ev.claim), ev)}"
            out += [f'<div dir="rtl" lang="{lang}">{_bold_html(quote)}</div>', ""] \
                if lang in RTL_LANGUAGES else [f"- {quote}"]
        out.append("")
    reasons = list(dict.fromkeys(f.explanation))
    if reasons:
        out += ["Why:", ""] + [f"- {md_escape(shorten(x, short))}" for x in reasons] + [""]
    return out + ["</details>", ""]


def _rest_table(kind: str, fs: list[Finding], claims, docs, short) -> list[str]:
    out = [f"<details><summary>{KIND_LABEL[kind]} ({len(fs)})</summary>", ""]
    if not fs:
        return out + ["None.", "", "</details>", ""]
    words = kind != "agreement"
    out += ["| finding | slot | value | sources |" + (" words |" if words else "") + " why |",
            "| --- | --- | --- | --- |" + (" --- |" if words else "") + " --- |"]
    for f in fs:
        value = (" / ".join(dict.fromkeys(ev.text for ev in f.evidence)) if kind == "variant"
                 else " / ".join(dict.fromkeys(value_label(v) for v, _ in sides(f))))
        why = "; ".join(dict.fromkeys(shorten(x, short) for x in f.explanation))
        out.append(f"| {md_escape(f.id, True)} | {md_escape(f.slot, True)} | "
                   f"{md_escape(value, True)} | {md_escape(_who(f.evidence, claims, docs, short), True)} |"
                   + (f" {md_escape(_words(f.evidence), True)} |" if words else "")
                   + f" {md_escape(why, True)} |")
    return out + ["", "</details>", ""]


def _clusters_table(report: Report, claims, short) -> list[str]:
    """The clusters a finding cites (the others are in the JSON and HTML reports)."""
    cited = {f.cluster for f in report.findings if f.cluster}
    shown = [k for k in report.clusters if k.id in cited]
    out = [f"<details><summary>Aligned claims ({len(shown)} of {len(report.clusters)} clusters: "
           "those a finding cites)</summary>", "",
           "| cluster | similarity | claims |", "| --- | ---: | --- |"]
    for k in shown:
        members = ", ".join(f"{cid} ({short.get(claims[cid].doc_id, claims[cid].doc_id)})"
                            for cid in k.claim_ids if cid in claims)
        out.append(f"| {md_escape(k.id, True)} | {k.similarity:.2f} | {md_escape(members, True)} |")
    note = several_clusters_note(report)
    return out + ([""] + [f"{md_escape(note)}."] if note else []) + ["", "</details>", ""]


def _summary(report: Report, short: dict[str, str]) -> list[str]:
    counts = kind_counts(report)
    langs = list(dict.fromkeys(d.language or "und" for d in report.documents))
    overall = report.consistency.get("overall")
    line = (f"{len(report.documents)} sources in {len(langs)} languages ({', '.join(langs)})"
            + (f" \u00b7 consistency **{float(overall):.2f}**" if isinstance(overall, (int, float)) else "")
            + "".join(f" \u00b7 {n} {KIND_LABEL[k].lower()}" for k, n in counts.items()))
    out = [line, "", "| source | lang | anchor date (from) | title |", "| --- | --- | --- | --- |"]
    for d in report.documents:
        name = short[d.id] + (f" ({d.id})" if short[d.id] != d.id else "")
        out.append(f"| {md_escape(name, True)} | {d.language or 'und'} | "
                   f"{md_escape(shorten(anchor_description(report.anchors.get(d.id)), short), True)} | "
                   f"{md_escape(d.title or '', True)} |")
    out.append("")
    events = event_lines(report)
    if events:
        out += [f"- event {md_escape(e)}" for e in events] + [""]
    if report.skipped:
        out += ["Skipped inputs:", ""]
        out += [f"- {md_escape(s.path)}: {md_escape(s.reason)}" for s in report.skipped]
        out.append("")
    return out


def to_markdown(report: Report) -> str:
    """Render the report as GitHub-flavoured Markdown (conflicts first, the rest folded)."""
    claims = index_claims(report)
    docs = index_docs(report)
    short = short_ids(report.documents)
    md = report.metadata
    out = ["# Reconcile report", ""]
    meta = [f"{k}: `{md[k]}`" for k in ("generated", "model", "similarity", "fingerprint")
            if md.get(k) and "`" not in str(md[k])]
    if meta:
        out += [" \u00b7 ".join(meta), ""]
    out += _summary(report, short)
    conflicts = sorted_findings(report, "conflict")
    out += [f"## Conflicts ({len(conflicts)})", ""]
    if conflicts:
        out += _conflict_table(conflicts, claims, docs, short)
        for f in conflicts:
            out += _conflict_quotes(f, claims, docs, short)
    else:
        out += ["No conflict.", ""]
    out += ["## Everything else", ""]
    for kind in (["update"] if sorted_findings(report, "update") else []) + ["agreement", "variant", "single_source"]:
        out += _rest_table(kind, sorted_findings(report, kind), claims, docs, short)
    if report.clusters:
        out += _clusters_table(report, claims, short)
    return "\n".join(out).rstrip("\n") + "\n"

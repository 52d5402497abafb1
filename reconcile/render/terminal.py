"""Terminal report with rich: findings first, then aligned claims, lone claims, consistency.

Everything is built from ``rich`` renderables and printed on the console given, so the same
function serves a colour terminal, ``NO_COLOR``, a pipe (no ANSI at all: rich drops styles when
the console is not a terminal) and tests (``Console(file=StringIO(), width=80)``). Highlights use
bold/underline/reverse besides colour, so they survive ``no_color``; piped output names each
highlighted span and its value on its own line, so nothing depends on styling.
"""
from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..types import Claim, Cluster, Document, Evidence, Finding, Report
from ._common import (
    KIND_LABEL, anchor_description, claim_similarity, clustered_claim_ids, evidence_language,
    format_value, index_claims, index_docs, kind_counts, relative_span, sides, sorted_findings,
)

FACT_STYLE = {
    "date": "bold cyan", "duration": "bold blue", "number": "bold yellow",
    "money": "bold green", "quantity": "bold yellow", "ordinal": "bold blue",
    "entity": "underline magenta",
}
HIT_STYLE = "bold reverse red"          # the span a finding is about
SEVERITY_STYLE = {"high": "bold white on red", "medium": "bold black on yellow",
                  "low": "bold black on cyan", "info": "bold"}
KIND_BORDER = {"conflict": "red", "agreement": "green", "variant": "yellow",
               "single_source": "blue"}
ONLY = {"conflicts": "conflict", "conflict": "conflict", "agreements": "agreement",
        "agreement": "agreement", "variants": "variant", "variant": "variant",
        "single_source": "single_source", "single-source": "single_source"}


def _lang_tag(lang: str) -> Text:
    return Text(f"[{lang}]", style="bold")


def claim_text(claim: Claim, hit: tuple[int, int] | None = None) -> Text:
    """The claim verbatim, facts styled by type and the finding's span (if any) on top."""
    t = Text(claim.text)
    for f in claim.facts:
        s, e = f.start - claim.start, f.end - claim.start
        if 0 <= s <= e <= len(claim.text):
            t.stylize(FACT_STYLE.get(f.type, "bold"), s, e)
    if hit is not None:
        t.stylize(HIT_STYLE, *hit)
    return t


def _evidence_block(ev: Evidence, claims: dict[str, Claim], lang: str,
                    quote: bool) -> RenderableType:
    """Source line, then the verbatim claim (span highlighted), then the span and its value."""
    claim = claims.get(ev.claim)
    head = Text.assemble(_lang_tag(lang), " ", (ev.doc, "bold"), f" \u00b7 {ev.claim}")
    span = relative_span(ev, claim)
    if quote and claim is not None:
        body: Text = Text("\u201c").append_text(claim_text(claim, span)).append("\u201d")
        words = Text.assemble("  \u21b3 ", (f"\u201c{ev.text}\u201d", HIT_STYLE), " = ",
                              (format_value(ev.value), "bold"), style="dim")
        return Group(head, Padding(body, (0, 0, 0, 2)), words)
    return Text.assemble(head, ": ", (f"\u201c{ev.text}\u201d", HIT_STYLE), " = ",
                         (format_value(ev.value), "bold"))


def _finding_panel(f: Finding, claims: dict[str, Claim], langs: dict[str, str]) -> Panel:
    parts: list[RenderableType] = [Text(f.summary, style="bold")]
    groups = sides(f)
    for i, (value, evs) in enumerate(groups, 1):
        if f.kind == "conflict":
            parts.append(Text.assemble(f"Side {i}: ", (format_value(value), "bold"),
                                       f"  ({len(evs)} source{'s' if len(evs) != 1 else ''})"))
        for ev in evs:
            block = _evidence_block(ev, claims, langs[ev.claim + ev.doc],
                                    quote=f.kind in ("conflict", "single_source"))
            parts.append(Padding(block, (0, 0, 0, 2)))
    for line in f.explanation:
        parts.append(Text(f"why: {line}", style="dim"))
    title = Text.assemble((f" {f.severity.upper()} ", SEVERITY_STYLE.get(f.severity, "bold")),
                          f" {f.id} \u00b7 {f.kind.replace('_', '-')} \u00b7 {f.slot} ")
    sub = Text(f"cluster {f.cluster}") if f.cluster else None
    return Panel(Group(*parts), title=title, title_align="left", subtitle=sub,
                 subtitle_align="right", border_style=KIND_BORDER.get(f.kind, "white"))


def _cluster_panel(k: Cluster, claims: dict[str, Claim], docs: dict[str, Document]) -> Panel:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1),
                  expand=True, show_lines=False)
    table.add_column("lang", no_wrap=True)
    table.add_column("source", no_wrap=False, max_width=14, overflow="fold")
    table.add_column("sim", justify="right", no_wrap=True)
    table.add_column("claim", ratio=1, overflow="fold")
    for cid in k.claim_ids:
        c = claims.get(cid)
        if c is None:
            continue
        lang = c.language or (docs[c.doc_id].language if c.doc_id in docs else None) or "und"
        table.add_row(_lang_tag(lang), Text(c.doc_id), Text(f"{claim_similarity(k, cid):.2f}"),
                      claim_text(c))
    title = Text(f" {k.id} \u00b7 {len(k.claim_ids)} claims \u00b7 similarity {k.similarity:.2f} ")
    return Panel(table, title=title, title_align="left", border_style="cyan")


def _legend() -> Text:
    t = Text("facts: ", style="dim")
    for name in ("date", "money", "number", "entity"):
        t.append(name, style=FACT_STYLE[name]).append(" ")
    return t.append("finding span", style=HIT_STYLE)


def _summary(report: Report) -> Group:
    counts = kind_counts(report)
    md = report.metadata
    head = Text("reconcile report", style="bold")
    if md.get("generated"):
        head.append(f"  \u00b7  {md['generated']}", style="dim")
    langs = ", ".join(f"{d.id} [{d.language or 'und'}]" for d in report.documents)
    line = Text(f"{len(report.documents)} sources: {langs}")
    model = Text(f"model {md.get('model', '?')} \u00b7 {md.get('similarity', '?')} "
                 f"\u00b7 {md.get('fingerprint', '')}".rstrip(" \u00b7"), style="dim")
    tally = Text("findings: " + " \u00b7 ".join(f"{n} {k.replace('_', '-')}"
                                                for k, n in counts.items()))
    return Group(head, line, model, tally)


def _consistency(report: Report) -> list[RenderableType]:
    out: list[RenderableType] = [Rule("Consistency and anchors", align="left")]
    cons = report.consistency
    if "overall" in cons:
        out.append(Text.assemble("overall consistency: ", (f"{float(cons['overall']):.2f}",
                                                            "bold")))
    pairs = cons.get("pairs") or {}
    if pairs:
        t = Table(box=None, header_style="bold", padding=(0, 1))
        t.add_column("pair", overflow="fold")
        for col in ("score", "shared", "agree", "conflict"):
            t.add_column(col, justify="right", no_wrap=True)
        for pair, v in pairs.items():
            v = v if isinstance(v, dict) else {"score": v}
            score = v.get("score")
            t.add_row(Text(pair.replace("|", " \u2194 ")),
                      Text(f"{score:.2f}" if isinstance(score, (int, float)) else str(score)),
                      *(Text(str(v.get(c, ""))) for c in ("shared", "agree", "conflict")))
        out.append(t)
    if report.anchors:
        t = Table(box=None, header_style="bold", padding=(0, 1))
        t.add_column("source", overflow="fold")
        t.add_column("anchor date used (from)", overflow="fold")
        for d in report.documents:
            t.add_row(Text(d.id), Text(anchor_description(report.anchors.get(d.id))))
        out.append(t)
    if report.skipped:
        out.append(Text(f"skipped {len(report.skipped)} input(s):", style="bold"))
        for s in report.skipped:
            out.append(Text(f"  {s.path}: {s.reason}", overflow="fold"))
    return out


def render_terminal(report: Report, console: Console, only: str | None = None,
                    all_clusters: bool = False) -> None:
    """Print the report; ``only`` ("conflicts", "agreements", "variants", "single_source")
    prints just the findings of that kind. Cluster panels are shown for the clusters a finding
    refers to (all of them with ``all_clusters``): a reader scans disagreements, not every match."""
    kind_only = None
    if only is not None:
        if only not in ONLY:
            raise ValueError(f"only must be one of conflicts, agreements, variants, "
                             f"single_source; got {only!r}")
        kind_only = ONLY[only]
    claims = index_claims(report)
    docs = index_docs(report)
    langs = {ev.claim + ev.doc: evidence_language(ev, claims, docs)
             for f in report.findings for ev in f.evidence}
    if kind_only is not None:
        fs = sorted_findings(report, kind_only)
        console.print(Rule(f"{KIND_LABEL[kind_only]} ({len(fs)})", align="left"))
        for f in fs:
            console.print(_finding_panel(f, claims, langs))
        if not fs:
            console.print(Text(f"no {kind_only.replace('_', '-')} findings", style="dim"))
        return
    from .events import events_table

    events = events_table(report)
    if events is not None:
        console.print(events)
    console.print(_summary(report))
    console.print(_legend())
    for kind in ("conflict", "agreement", "variant"):
        fs = sorted_findings(report, kind)
        if fs:
            console.print(Rule(f"{KIND_LABEL[kind]} ({len(fs)})", align="left"))
            for f in fs:
                console.print(_finding_panel(f, claims, langs))
    if report.clusters:
        cited = {f.cluster for f in report.findings if f.kind in ("conflict", "agreement")}
        shown_k = [k for k in report.clusters if all_clusters or k.id in cited]
        console.print(Rule(f"Aligned claims ({len(report.clusters)} clusters"
                           + ("" if all_clusters else f", {len(shown_k)} with findings shown") + ")", align="left"))
        for k in shown_k:
            console.print(_cluster_panel(k, claims, docs))
        if len(shown_k) < len(report.clusters):
            console.print(Text(f"{len(report.clusters) - len(shown_k)} more cluster(s) without findings: "
                               "--all-clusters, or the html/json report.", style="dim"))
    lone = sorted_findings(report, "single_source")
    if lone:
        console.print(Rule(f"{KIND_LABEL['single_source']} ({len(lone)})", align="left"))
        for f in lone:
            console.print(_finding_panel(f, claims, langs))
    shown = clustered_claim_ids(report) | {ev.claim for f in lone for ev in f.evidence}
    unaligned = [c for c in report.claims if c.id not in shown]
    if unaligned:
        console.print(Text(f"{len(unaligned)} other claim(s) not aligned with any source.",
                           style="dim"))
    for r in _consistency(report):
        console.print(r)


def _fact_value(f) -> str:
    from ..compare import value_text

    return value_text(f.value, bool((f.attrs or {}).get("estimate")))


def render_claims(claims, anchors, console: Console) -> None:
    """Each claim with its facts highlighted, then the facts' normalized values (``reconcile claims``)."""
    docs = sorted({c.doc_id for c in claims})
    for doc_id in docs:
        anchor = anchors.get(doc_id)
        where = (f"{anchor.date} ({anchor.source}{': ' + anchor.text if anchor.text else ''})"
                 if anchor is not None and anchor.date else "none")
        console.print(Text(f"{doc_id} — reference date: {where}", style="bold"))
        for c in (c for c in claims if c.doc_id == doc_id):
            head = Text(f"{c.id} ", style="bold")
            head.append(_lang_tag(c.language))
            head.append(f" [{c.start}:{c.end}]" + (" headline" if c.is_headline else ""))
            console.print(head)
            console.print(claim_text(c), soft_wrap=False)
            for f in c.facts:
                line = Text("    ")
                line.append(f"{f.type:9}", style=FACT_STYLE.get(f.type, "bold"))
                line.append(f" {f.text!r} → {_fact_value(f)}  ({f.rule})")
                console.print(line)
        console.print()

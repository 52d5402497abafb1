"""Terminal report with rich, read like ``git diff --stat`` then ``git diff``.

First a summary (sources, languages, events when the report has them, consistency, counts by
kind), then each conflict as a compact side-by-side: one line naming the sides and who says
what, then each side's quotes trimmed around the disputed words (highlighted by offset), then
every other finding on one line. ``explain`` adds each finding's reasons; ``show_all`` adds the
full quotes, every cluster, the pair scores and the anchors. A reader scans disagreements first.

Everything is printed as plain ``Text`` lines (wrapped under their indent), so
the same function serves a colour terminal, ``NO_COLOR``, a pipe (no ANSI at all: rich drops
styles when the console is not a terminal; give the console a large width for unwrapped lines)
and tests (``Console(file=StringIO(), width=80)``). Highlights use bold/underline/reverse besides
colour, so they survive ``no_color``; where no style can show (a pipe, a file) the quoted words
are put between ⟦ ⟧.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.text import Text

from ..types import Anchor, Claim, Cluster, Evidence, Finding, Report
from ._common import (
    KIND_LABEL, SNIPPET_CONTEXT, anchor_description, claim_similarity, event_lines, index_claims,
    kind_counts, memberships, relative_span, several_clusters_note, shorten, short_ids, sides,
    snippet_bounds, sorted_findings, value_label,
)

FACT_STYLE = {
    "date": "bold cyan", "duration": "bold blue", "number": "bold yellow",
    "money": "bold green", "quantity": "bold yellow", "ordinal": "bold blue",
    "entity": "underline magenta",
}
HIT_STYLE = "bold reverse red"          # the span a finding is about
#: The default view quotes one sentence per source on each side, and the first sides only.
MAX_SIDES_QUOTED = 6
PLAIN_MARKS = ("\u27e6", "\u27e7")      # ⟦the span⟧ where no style can show (a pipe, a file)
SEVERITY_STYLE = {"high": "bold white on red", "medium": "bold black on yellow",
                  "low": "bold black on cyan", "info": "bold"}
KIND_STYLE = {"conflict": "bold red", "update": "bold magenta", "agreement": "bold green", "variant": "bold yellow",
              "single_source": "bold blue"}
KIND_WORD = {"conflict": "conflict", "update": "update", "agreement": "agree", "variant": "variant",
             "single_source": "single"}
ONLY = {"conflicts": "conflict", "conflict": "conflict", "updates": "update", "update": "update", "agreements": "agreement",
        "agreement": "agreement", "variants": "variant", "variant": "variant",
        "single_source": "single_source", "single-source": "single_source"}


def _lang_tag(lang: str) -> Text:
    return Text(f"[{lang}]", style="bold")


class _Indented:
    """A paragraph indented by ``indent``; wrapped lines go ``hang`` further in. No padding
    after the last word, so piped output has no trailing blanks."""

    def __init__(self, text: Text, indent: int, hang: int) -> None:
        self.text, self.indent, self.hang = text, indent, hang

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.text.wrap(console, max(options.max_width - self.indent - self.hang, 20))
        out = []
        for i, line in enumerate(lines):
            line.rstrip()
            out.append(Text(" " * (self.indent + (self.hang if i else 0))).append_text(line))
        yield Text("\n").join(out)


def _para(text: Text, indent: int = 0, hang: int = 2) -> RenderableType:
    """An indented paragraph that wraps under its own indent (plus ``hang``) on a narrow console."""
    return _Indented(text, indent, hang)


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


def snippet(claim: Claim, span: tuple[int, int] | None,
            context: int | None = SNIPPET_CONTEXT, marks: tuple[str, str] = ("", "")) -> Text:
    """The claim's words around the span, span highlighted (and between ``marks``, for output
    that cannot be styled); the whole claim if ``context`` is None."""
    full = claim_text(claim, span)
    if span is None:
        return Text("\u201c").append_text(full).append("\u201d")
    lo, hi = (0, len(claim.text)) if context is None else \
        snippet_bounds(claim.text, span[0], span[1], context)
    out = Text("\u201c" + ("\u2026" if lo > 0 else ""))
    out.append_text(full[lo:span[0]]).append(marks[0]).append_text(full[span[0]:span[1]])
    out.append(marks[1]).append_text(full[span[1]:hi])
    return out.append(("\u2026" if hi < len(claim.text) else "") + "\u201d")


@dataclass(frozen=True)
class _View:
    """What every block needs: claims, short source names, languages, and how much to show."""

    claims: Mapping[str, Claim]
    short: Mapping[str, str]
    langs: Mapping[str, str]
    explain: bool = False
    full: bool = False
    marks: tuple[str, str] = ("", "")     # around quoted words where styles cannot show


def _who(evs: Iterable[Evidence], short: Mapping[str, str], langs: Mapping[str, str]) -> str:
    """"000 [id], 003 [fr]": each source once, in the report's order of documents."""
    order = {d: i for i, d in enumerate(langs)}
    seen = sorted(dict.fromkeys(ev.doc for ev in evs), key=lambda d: order.get(d, len(order)))
    return ", ".join(f"{short.get(d, d)} [{langs.get(d, 'und')}]" for d in seen)


def _doc_langs(report: Report) -> dict[str, str]:
    return {d.id: d.language or "und" for d in report.documents}


def _finding_head(f: Finding) -> Text:
    return Text.assemble((f" {f.severity.upper()} ", SEVERITY_STYLE.get(f.severity, "bold")),
                         " ", (f.id, "bold"), f" {f.slot} {f.kind.replace('_', '-')}",
                         (f" \u00b7 cluster {f.cluster}" if f.cluster else "", "dim"))


def _conflict(f: Finding, v: _View) -> list[RenderableType]:
    """Header, the sides on one line, then each side's quotes with the words highlighted."""
    short, langs = v.short, v.langs
    groups = sides(f)
    line = Text()
    for i, (value, evs) in enumerate(groups):
        if i:
            line.append("  \u00b7  ", style="dim")
        line.append(value_label(value), style="bold")
        line.append(f": {_who(evs, short, langs)}")
    out: list[RenderableType] = [_finding_head(f), _para(line, 2, 4)]
    many = [short.get(d, d) for d in dict.fromkeys(ev.doc for ev in f.evidence)
            if sum(any(ev.doc == d for ev in evs) for _, evs in groups) > 1]
    if many:
        out.append(_para(Text(f"{', '.join(many)} give{'s' if len(many) == 1 else ''} more "
                              "than one value", style="italic"), 2))
    hidden = 0
    for i, (value, evs) in enumerate(groups):
        quoted = evs if v.full else _first_per_source(evs, v.langs)
        if not v.full and i >= MAX_SIDES_QUOTED:
            hidden += len(evs)
            continue
        hidden += len(evs) - len(quoted)
        out.append(_para(Text.assemble("\u2503 ", (value_label(value), "bold")), 2))
        for ev in quoted:
            out.append(_para(_quote_line(ev, v, v.full), 4))
    if hidden:
        out.append(_para(Text(f"(+{hidden} more quote{'s' if hidden != 1 else ''}: --all)",
                              style="dim"), 4))
    return out + _reasons(f, v)


def _first_per_source(evs: list[Evidence], langs: Mapping[str, str]) -> list[Evidence]:
    """One quote per source (its first), sources in the report's order."""
    first: dict[str, Evidence] = {}
    for ev in evs:
        first.setdefault(ev.doc, ev)
    order = {d: i for i, d in enumerate(langs)}
    return sorted(first.values(), key=lambda ev: order.get(ev.doc, len(order)))


def _quote_line(ev: Evidence, v: _View, full: bool) -> Text:
    claim = v.claims.get(ev.claim)
    head = Text.assemble((v.short.get(ev.doc, ev.doc), "bold"), " ",
                         _lang_tag(ev.language or v.langs.get(ev.doc, "und")), " ",
                         (ev.claim, "dim"), " ")
    if claim is None:
        return head.append(f"\u201c{v.marks[0]}{ev.text}{v.marks[1]}\u201d", style=HIT_STYLE)
    return head.append_text(snippet(claim, relative_span(ev, claim),
                                    None if full else SNIPPET_CONTEXT, v.marks))


def _reasons(f: Finding, v: _View) -> list[RenderableType]:
    if not v.explain:
        return []
    return [_para(Text(f"why: {shorten(line, dict(v.short))}", style="dim"), 6)
            for line in dict.fromkeys(f.explanation)]


def _one_line(f: Finding, short: Mapping[str, str], langs: Mapping[str, str]) -> Text:
    """``f4 agree date 2021-11-24 (Wed) · 000 [id], 001 [id]``: one finding, one line."""
    t = Text.assemble((f"{f.id:<4} ", "bold"), (f"{KIND_WORD.get(f.kind, f.kind):8}",
                                                 KIND_STYLE.get(f.kind, "bold")),
                      f"{f.slot:9}")
    if f.kind == "variant":
        t.append(" / ".join(dict.fromkeys(ev.text for ev in f.evidence)), style="bold")
    else:
        t.append(" / ".join(dict.fromkeys(value_label(v) for v, _ in sides(f))), style="bold")
    if f.kind == "single_source":
        words = " / ".join(dict.fromkeys(f"\u201c{ev.text}\u201d" for ev in f.evidence))
        t.append(f" {words}")
    t.append(f" \u00b7 {_who(list(f.evidence), short, langs)}")
    if f.cluster:
        t.append(f" \u00b7 {f.cluster}", style="dim")
    return t


def _rest(f: Finding, v: _View) -> list[RenderableType]:
    out: list[RenderableType] = [_para(_one_line(f, v.short, v.langs), 2, 5)]
    if v.full:
        seen: set[str] = set()
        for _, evs in sides(f):
            for ev in evs:
                if ev.claim not in seen:
                    seen.add(ev.claim)
                    out.append(_para(_quote_line(ev, v, True), 8))
    return out + _reasons(f, v)


def _events(report: Report) -> list[RenderableType]:
    """One line per event, when the report groups its sources into events (else nothing)."""
    return [_para(Text(f"event {line}"), 2) for line in event_lines(report)]


def _anchor_line(anchor: Anchor, short: Mapping[str, str]) -> str:
    """The anchor in a few words; a date borrowed from many sources names the first three."""
    names = [x.strip() for x in (anchor.borrowed_from or "").split(",") if x.strip()]
    if anchor.source == "borrowed" and len(names) > 3:
        anchor = replace(anchor, borrowed_from=", ".join(names[:3]) + f" +{len(names) - 3} more")
    return shorten(anchor_description(anchor), dict(short))


def _summary(report: Report, short: dict[str, str]) -> list[RenderableType]:
    """The ``--stat`` part: sources, languages, events, consistency, counts by kind."""
    counts = kind_counts(report)
    langs = list(dict.fromkeys(d.language or "und" for d in report.documents))
    head = Text("reconcile report", style="bold")
    head.append(f" \u00b7 {len(report.documents)} sources in {len(langs)} languages "
                f"({', '.join(langs)})")
    overall = report.consistency.get("overall")
    if isinstance(overall, (int, float)):
        head.append(" \u00b7 consistency ").append(f"{float(overall):.2f}", style="bold")
    out: list[RenderableType] = [head]
    width = max((len(s) for s in short.values()), default=0)
    for d in report.documents:
        line = Text.assemble(f"{short[d.id]:<{width}} ", _lang_tag(d.language or "und"), " ")
        if short[d.id] != d.id:
            line.append(d.id + " ", style="dim")
        if d.id in report.anchors:
            line.append(f"\u00b7 {_anchor_line(report.anchors[d.id], short)}")
        if d.title:
            line.append(f" \u00b7 {d.title}", style="italic")
        out.append(_para(line, 2, width + 6))
    out += _events(report)
    tally = Text()
    for i, (k, n) in enumerate(counts.items()):
        if i:
            tally.append(" \u00b7 ")
        tally.append(str(n), style=KIND_STYLE.get(k, "bold") if n else "dim")
        tally.append(f" {KIND_LABEL[k].lower() if n != 1 else KIND_LABEL[k].lower().rstrip('s')}")
    tally.append(f" \u00b7 {len(report.clusters)} clusters of {len(report.claims)} claims",
                 style="dim")
    out.append(_para(tally, 2))
    for s in report.skipped:
        out.append(_para(Text(f"skipped {s.path}: {s.reason}", style="yellow"), 2))
    return out


def _heading(kind: str, n: int) -> Text:
    return Text(f"{KIND_LABEL[kind]} ({n})", style=KIND_STYLE.get(kind, "bold") + " underline")


def _cluster_block(k: Cluster, claims: dict[str, Claim], short: dict[str, str],
                   member_of: dict[str, list[str]]) -> list[RenderableType]:
    out: list[RenderableType] = [Text(f"  {k.id} \u00b7 {len(k.claim_ids)} claims \u00b7 "
                                      f"similarity {k.similarity:.2f}", style="bold")]
    for cid in k.claim_ids:
        c = claims.get(cid)
        if c is not None:
            line = Text.assemble((short.get(c.doc_id, c.doc_id), "bold"), " ",
                                 _lang_tag(c.language), f" {claim_similarity(k, cid):.2f} ")
            line.append_text(claim_text(c)).append(f"  {c.id}", style="dim")
            also = [x for x in member_of.get(cid, ()) if x != k.id]
            if also:
                line.append(f" (also in {', '.join(also)})", style="dim")
            out.append(_para(line, 4))
    return out


def _details(report: Report, claims: dict[str, Claim], short: dict[str, str]) -> list[RenderableType]:
    """``--all``: every cluster, the consistency of each pair of sources, the anchors."""
    out: list[RenderableType] = [Text(f"Aligned claims ({len(report.clusters)} clusters)",
                                      style="bold underline")]
    note = several_clusters_note(report)
    if note:
        out.append(_para(Text(note, style="dim"), 2))
    member_of = memberships(report)
    for k in report.clusters:
        out += _cluster_block(k, claims, short, member_of)
    clustered = {cid for k in report.clusters for cid in k.claim_ids}
    lone = [c for c in report.claims if c.id not in clustered]
    if lone:
        out.append(Text(f"Claims not aligned with any source ({len(lone)})", style="bold underline"))
        for c in lone:
            out.append(_para(Text.assemble((short.get(c.doc_id, c.doc_id), "bold"), " ",
                                           _lang_tag(c.language), " ").append_text(claim_text(c))
                             .append(f"  {c.id}", style="dim"), 2))
    pairs = report.consistency.get("pairs") or {}
    if pairs:
        out.append(Text("Consistency per pair (score · shared · agree · conflict)",
                        style="bold underline"))
        for pair, v in pairs.items():
            v = v if isinstance(v, dict) else {"score": v}
            a, _, b = pair.partition("|")
            score = v.get("score")
            out.append(Text(f"  {short.get(a, a)} \u2194 {short.get(b, b)}  "
                            f"{score:.2f}" if isinstance(score, (int, float)) else f"  {pair} {score}")
                       .append(" \u00b7 " + " \u00b7 ".join(str(v.get(c, "")) for c in
                                                             ("shared", "agree", "conflict"))))
    return out


def _hint(report: Report, explain: bool, show_all: bool) -> Text | None:
    tips = []
    if not explain and any(f.explanation for f in report.findings):
        tips.append("--explain for the reasons")
    if not show_all:
        tips.append("--all for full quotes, clusters and pair scores")
    return Text("(" + "; ".join(tips) + ")", style="dim") if tips else None


def render_terminal(report: Report, console: Console, only: str | None = None,
                    all_clusters: bool = False, explain: bool = False,
                    show_all: bool = False, summary_only: bool = False) -> None:
    """Print the report: summary, conflicts side by side, the rest one line each.

    ``only`` ("conflicts", "agreements", "variants", "single_source") keeps the summary and
    that kind; ``explain`` adds the reasons; ``show_all`` (or the older ``all_clusters``) adds
    full quotes, every cluster and the pair scores; ``summary_only`` stops after the summary.
    """
    kind_only = None
    if only is not None:
        if only not in ONLY:
            raise ValueError(f"only must be one of conflicts, agreements, variants, "
                             f"single_source; got {only!r}")
        kind_only = ONLY[only]
    show_all = show_all or all_clusters
    claims = index_claims(report)
    short = short_ids(report.documents)
    view = _View(claims, short, _doc_langs(report), explain, show_all,
                 PLAIN_MARKS if console.color_system is None else ("", ""))
    for r in _summary(report, short):
        console.print(r)
    if summary_only:
        return
    for kind in ("conflict", "update", "agreement", "variant", "single_source"):
        if kind_only is not None and kind != kind_only:
            continue
        fs = sorted_findings(report, kind)
        if not fs:
            if kind_only is not None:
                console.print(Text(f"no {kind.replace('_', '-')} findings", style="dim"))
            continue
        console.print(_heading(kind, len(fs)))
        for f in fs:
            block = _conflict(f, view) if kind == "conflict" else _rest(f, view)
            for r in block:
                console.print(r)
    if show_all and kind_only is None:
        for r in _details(report, claims, short):
            console.print(r)
    hint = _hint(report, explain, show_all)
    if hint is not None:
        console.print(hint)


def _fact_value(f) -> str:
    """A fact's value as read; a date that could not be resolved shows what is known of it."""
    from ..compare import value_text

    if f.value is None and f.type == "date":
        return _partial_date(f.attrs or {})
    return value_text(f.value, bool((f.attrs or {}).get("estimate")))


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _partial_date(attrs) -> str:
    """What an unresolved date does say: "????-11-23", "Thu", "day -1" (no reference date)."""
    expr = attrs.get("expr") if isinstance(attrs.get("expr"), dict) else {}
    y, m, d = expr.get("year"), expr.get("month"), expr.get("day")
    parts = []
    if m is not None or d is not None:
        parts.append("-".join([str(y) if y is not None else "????",
                               f"{m:02d}" if isinstance(m, int) else "??"]
                              + ([f"{d:02d}"] if isinstance(d, int) else [])))
    elif y is not None:
        parts.append(str(y))
    wd = expr.get("weekday", attrs.get("weekday"))
    if isinstance(wd, int):
        parts.append(WEEKDAYS[wd % 7])
    if expr.get("rel_offset") is not None:
        parts.append(f"{expr['rel_offset']:+d} {expr.get('rel_unit') or ''}".strip()
                     + " from the reference date")
    what = " ".join(parts) if parts else "unresolved"
    return f"{what} (partial: no reference date)"


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

"""Helpers shared by the renderers, so every format orders and words things the same way."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Iterable

from ..types import (Anchor, Claim, Cluster, DateValue, Document, Evidence, Fact, FactValue, Finding, Report,
                     value_to_json)

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}
KIND_ORDER = {"conflict": 0, "update": 1, "agreement": 2, "variant": 3, "single_source": 4}
KINDS = tuple(KIND_ORDER)
KIND_LABEL = {"conflict": "Conflicts", "update": "Updates", "agreement": "Agreements", "variant": "Variants",
              "single_source": "Single-source claims"}
FACT_TYPES = ("date", "time", "duration", "number", "money", "quantity", "ordinal", "entity")
ANCHOR_LABEL = {"front_matter": "front matter", "dateline": "dateline", "text": "article text",
                "latest": "latest date in text", "borrowed": "borrowed", "none": "none"}


def natural_key(s: str) -> tuple:
    """Sort "c2" before "c10" (ids are short prefixes plus counters)."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", s))


def finding_key(f: Finding) -> tuple:
    return (KIND_ORDER.get(f.kind, 9), SEVERITY_ORDER.get(f.severity, 9), natural_key(f.id))


def sorted_findings(report: Report, kind: str | None = None) -> list[Finding]:
    """Findings by kind (conflicts first), then severity (high first), then id."""
    fs = [f for f in report.findings if kind is None or f.kind == kind]
    return sorted(fs, key=finding_key)


def value_key(value: FactValue | None) -> str:
    """Values compare as JSON, as the scorer does (sides of a conflict)."""
    return json.dumps(value_to_json(value), sort_keys=True, ensure_ascii=False, default=str)


def sides(finding: Finding) -> list[tuple[FactValue | None, list[Evidence]]]:
    """Group a finding's evidence by value, in first-seen order: one group per side.

    A claim is cited once per side (its first span): a reader checks a sentence once, and the
    same words quoted twice would look like two sources.
    """
    out: dict[str, tuple[FactValue | None, list[Evidence]]] = {}
    for ev in finding.evidence:
        group = out.setdefault(value_key(ev.value), (ev.value, []))[1]
        if all(other.claim != ev.claim for other in group):
            group.append(ev)
    return list(out.values())


def format_value(value: FactValue | None) -> str:
    """A short human form of a ``Fact.value``: :func:`reconcile.compare.value_text`, the one
    formatter of every output."""
    from ..compare import value_text

    return value_text(value)


def value_label(value: FactValue | None) -> str:
    """A value as a reader checks it: a full date also names its weekday."""
    s = format_value(value)
    if isinstance(value, DateValue) and value.is_day:
        try:
            return f"{s} ({value.as_date():%a})"
        except ValueError:
            return s
    return s


def index_claims(report: Report) -> dict[str, Claim]:
    return {c.id: c for c in report.claims}


def index_docs(report: Report) -> dict[str, Document]:
    return {d.id: d for d in report.documents}


def doc_language(doc: Document | None) -> str:
    return (doc.language if doc and doc.language else "und")


def evidence_language(ev: Evidence, claims: dict[str, Claim], docs: dict[str, Document]) -> str:
    """Evidence language, else its claim's, else its document's."""
    if ev.language:
        return ev.language
    c = claims.get(ev.claim)
    if c is not None and c.language:
        return c.language
    return doc_language(docs.get(ev.doc))


def relative_span(ev: Evidence, claim: Claim | None) -> tuple[int, int] | None:
    """The evidence span relative to its claim's text, or None if it lies outside."""
    if claim is None or ev.start < claim.start or ev.end > claim.end:
        return None
    return ev.start - claim.start, ev.end - claim.start


#: Characters of context a quote keeps on each side of the words a finding is about.
SNIPPET_CONTEXT = 32


def snippet_bounds(text: str, start: int, end: int,
                   context: int = SNIPPET_CONTEXT) -> tuple[int, int]:
    """A window of about ``context`` characters around ``[start, end)``, cut at spaces, so a
    quote shows the disputed words in their sentence without the whole paragraph."""
    lo = max(0, start - context)
    if lo > 0:
        sp = text.find(" ", lo, start)
        lo = sp + 1 if sp >= 0 else lo
    hi = min(len(text), end + context)
    if hi < len(text):
        sp = text.rfind(" ", end, hi)
        hi = sp if sp >= 0 else hi
    return lo, hi


def short_ids(documents: Iterable[Document]) -> dict[str, str]:
    """Document id -> the shortest leading part (cut at ``_``, ``-`` or ``.``) that is unique."""
    ids = [d.id for d in documents]
    out: dict[str, str] = {}
    for i in ids:
        cuts = [m.start() for m in re.finditer(r"[_.\-]", i)] + [len(i)]
        out[i] = next((i[:c] for c in cuts if i[:c] and
                       sum(1 for j in ids if j.startswith(i[:c])) == 1), i)
    return out


def shorten(text: str, short: dict[str, str]) -> str:
    """Name documents by their short ids inside a sentence (longest ids first)."""
    for full in sorted(short, key=len, reverse=True):
        if short[full] != full:
            text = re.sub(rf"(?<![\w-]){re.escape(full)}(?![\w-])", short[full], text)
    return text


def claim_similarity(cluster: Cluster, claim_id: str) -> float:
    """Mean pair score of one member with the others; the cluster mean when unknown."""
    scores = [s for k, s in cluster.pair_scores.items() if claim_id in k.split("|")]
    return sum(scores) / len(scores) if scores else cluster.similarity


def anchor_description(anchor: Anchor | None) -> str:
    """Where a document's reference date came from, in a few words."""
    if anchor is None:
        return "no anchor"
    date = anchor.date.isoformat() if anchor.date else "no date"
    how = ANCHOR_LABEL.get(anchor.source, anchor.source)
    if anchor.source == "borrowed" and anchor.borrowed_from:
        how = f"borrowed from {anchor.borrowed_from}"
    elif anchor.text:
        how = f"{how}: \u201c{anchor.text}\u201d"
    return f"{date} ({how})"


def event_lines(report: Report) -> list[str]:
    """"label: doc, doc" per event, when the report groups its sources into events (else
    nothing: a report of one story lists none); read from ``report.events``, objects or dicts."""
    out = []
    events = list(getattr(report, "events", None) or ())
    if len(events) < 2:
        return out
    for e in events:
        def get(key: str, e=e):
            return e.get(key) if isinstance(e, dict) else getattr(e, key, None)
        label = get("label") or get("title") or get("id") or "event"
        docs = get("documents") or get("doc_ids") or ()
        out.append(f"{label}" + (f": {', '.join(map(str, docs))}" if docs else ""))
    return out


def kind_counts(report: Report) -> dict[str, int]:
    """Findings per kind; updates (tallies over time) only when there are some."""
    counts = {k: 0 for k in KINDS}
    for f in report.findings:
        counts[f.kind] = counts.get(f.kind, 0) + 1
    if not counts.get("update"):
        counts.pop("update", None)
    return counts


#: Why one claim can sit in several clusters (said wherever clusters are listed).
SEVERAL_CLUSTERS_WHY = ("each cluster is built around one claim and its best match in each other "
                        "source, so a sentence that is the best match of several claims is in each "
                        "of their clusters")


def memberships(report: Report) -> dict[str, list[str]]:
    """Claim id -> the clusters that list it, in report order."""
    out: dict[str, list[str]] = {}
    for k in report.clusters:
        for cid in k.claim_ids:
            out.setdefault(cid, []).append(k.id)
    return out


def several_clusters_note(report: Report) -> str | None:
    """"12 claims sit in several clusters: <why>", or None when clusters partition the claims."""
    n = sum(1 for ks in memberships(report).values() if len(ks) > 1)
    return f"{n} claim{'s' if n != 1 else ''} sit in several clusters: {SEVERAL_CLUSTERS_WHY}" \
        if n else None


def clustered_claim_ids(report: Report) -> set[str]:
    return {cid for k in report.clusters for cid in k.claim_ids}


@dataclass(frozen=True)
class CoverageRow:
    """One row of the coverage matrix: one fact slot of one cluster (or one lone claim)."""

    label: str
    cluster: str | None
    fact_type: str
    cells: dict[str, tuple[str, ...]]   # doc id -> formatted values that source reports
    status: str                          # kind of the strongest finding on these facts, or ""
    finding: str | None = None           # that finding's id


def _row_key(fact: Fact) -> str:
    if fact.type == "entity":
        return f"entity ({fact.attrs.get('kind', 'other')})"
    return fact.type


def coverage(report: Report) -> list[CoverageRow]:
    """Which source reports which fact: per cluster and fact slot, then single-source facts.

    A row's status comes from the findings whose evidence points at the row's facts, so the
    matrix never disagrees with the findings list.
    """
    claims = index_claims(report)
    by_fact: dict[tuple[str, int, int], Finding] = {}
    for f in sorted(report.findings, key=finding_key, reverse=True):
        for ev in f.evidence:
            by_fact[(ev.claim, ev.start, ev.end)] = f     # strongest finding wins (sorted last)
    rows: list[CoverageRow] = []
    for k in report.clusters:
        members = [claims[c] for c in k.claim_ids if c in claims]
        groups: dict[str, list[tuple[Claim, Fact]]] = {}
        for t in FACT_TYPES:
            for m in members:
                for fact in m.facts:
                    if fact.type == t:
                        groups.setdefault(_row_key(fact), []).append((m, fact))
        for key, items in groups.items():
            cells: dict[str, list[str]] = {}
            hits = [by_fact[(m.id, fa.start, fa.end)] for m, fa in items
                    if (m.id, fa.start, fa.end) in by_fact]
            for m, fact in items:
                v = format_value(fact.value)
                if v not in cells.setdefault(m.doc_id, []):
                    cells[m.doc_id].append(v)
            best = min(hits, key=finding_key) if hits else None
            rows.append(CoverageRow(f"{k.id} \u00b7 {key}", k.id, key,
                                    {d: tuple(v) for d, v in cells.items()},
                                    best.kind if best else "", best.id if best else None))
    for f in sorted_findings(report, "single_source"):
        cells2: dict[str, list[str]] = {}
        for ev in f.evidence:
            cells2.setdefault(ev.doc, []).append(format_value(ev.value))
        rows.append(CoverageRow(f"{f.id} \u00b7 {f.slot}", None, f.slot,
                                {d: tuple(v) for d, v in cells2.items()}, f.kind, f.id))
    return rows


def unique(seq: Iterable[str]) -> list[str]:
    out: list[str] = []
    for s in seq:
        if s not in out:
            out.append(s)
    return out

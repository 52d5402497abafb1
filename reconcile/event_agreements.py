"""Agreements across the whole event: one figure of one counted thing in claims that did not align.

Alignment pairs claims that say the same thing in similar words; two sources that give the same
death toll in sentences built differently ("the toll has increased to 131" / "au moins 131
personnes ... ont perdu la vie") often land in different clusters, and the agreement inside a
cluster never sees them. Here every count and amount of one event is grouped by its frame and
value: a figure of a *known* counted thing (not "people", not a noun no lexicon knows) given by
two documents or more is an agreement, unless one agreement finding already cites it in all of
those documents (two cluster agreements on one figure are joined here into one). Small figures ("2 dead") coincide by chance, so only figures of at least
``CompareConfig.event_agreement_min`` count (``scripts/sweep_event_agreements.py``).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from .compare import frame_label, insert_findings, last_finding_number, value_text
from .compare_values import Val, values_of
from .config import DEFAULT, CompareConfig
from .types import Claim, Evidence, Finding, Money, magnitude

#: Slots compared event-wide: figures, whose equality across sources is evidence in itself.
SLOTS = ("quantity", "money")
EXPLANATION = "event-wide: "
_VAGUE = frozenset({"count:people"})


def _frame(v: Val) -> str | None:
    """The frame a figure is grouped by; None for one that says nothing of what it counts."""
    name = v.frame
    if name is None or "~" in name or name in _VAGUE or name.endswith(":?"):
        return None
    return name


def _key(slot: str, v: Val) -> tuple | None:
    """(slot, frame, currency, figure): a count, a framed bare figure ("has risen to 131") or an amount."""
    frame, figure = _frame(v), magnitude(v.fact.value)
    if frame is None or not isinstance(figure, (int, float)):
        return None
    currency = v.fact.value.currency if isinstance(v.fact.value, Money) else None
    return slot, frame, currency, float(figure)


def _citations(findings: Sequence[Finding]) -> list[frozenset[tuple[str, int, int]]]:
    """The mentions each agreement finding cites."""
    return [frozenset((e.doc, e.start, e.end) for e in f.evidence) for f in findings if f.kind == "agreement"]


def event_agreements(claims: Sequence[Claim], findings: Sequence[Finding],
                     cfg: CompareConfig = DEFAULT.compare) -> list[Finding]:
    """``findings`` with the event-wide agreements added after the other agreements (ids numbered
    on from the last); none when ``cfg.event_agreement_min`` is 0."""
    if not cfg.event_agreement_min:
        return list(findings)
    groups: dict[tuple, list[Val]] = defaultdict(list)
    for slot in SLOTS:
        for v in values_of(claims, slot):
            key = _key(slot, v)
            if key is not None and key[3] >= cfg.event_agreement_min:
                groups[key].append(v)
    citations = _citations(findings)
    n = last_finding_number(findings)
    new: list[Finding] = []
    for key in sorted(groups, key=lambda k: (k[0], k[1], k[2] or "", k[3])):
        first: dict[str, Val] = {}
        for v in sorted(groups[key], key=lambda v: (v.doc, v.fact.start)):
            first.setdefault(v.doc, v)
        spans = {(v.doc, v.fact.start, v.fact.end) for v in first.values()}
        if len(first) < 2 or any(spans <= cited for cited in citations):
            continue
        new.append(_finding(key, list(first.values()), f"f{n + len(new) + 1}"))
    return insert_findings(findings, new)


def _finding(key: tuple, vals: list[Val], fid: str) -> Finding:
    slot, frame, _, _ = key
    docs = sorted({v.doc for v in vals})
    shown = value_text(vals[0].fact.value)
    return Finding(
        id=fid, kind="agreement", slot=slot, severity="info", frame=frame,
        summary=f"{len(docs)} sources agree on {frame_label(slot, frame)} {shown} ({', '.join(docs)})",
        cluster=None, evidence=tuple(Evidence.of(v.claim, v.fact) for v in vals),
        explanation=(f"{EXPLANATION}one figure of one counted thing in {len(docs)} documents, "
                     "in claims that did not align",))

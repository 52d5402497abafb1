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

from .compare import frame_label, value_text
from .compare_values import Val, values_of
from .config import DEFAULT, CompareConfig
from .types import Claim, Evidence, Finding, Money, Number, Quantity

#: Slots compared event-wide: figures, whose equality across sources is evidence in itself.
SLOTS = ("quantity", "money")
EXPLANATION = "event-wide: "
_VAGUE = frozenset({"count:people", "count:?"})


def _frame(v: Val) -> str | None:
    """The frame a figure is grouped by; None for one that says nothing of what it counts."""
    name = v.frame
    if name is None or "~" in name or name in _VAGUE or name.endswith(":?"):
        return None
    return name


def _figure(v: Val) -> float | None:
    value = v.fact.value
    if isinstance(value, Quantity) and isinstance(value.count, (int, float)):
        return float(value.count)
    if isinstance(value, Number) and isinstance(value.value, (int, float)):
        return float(value.value)          # a bare figure its words frame ("has risen to 131")
    if isinstance(value, Money) and value.amount is not None:
        return float(value.amount)
    return None


def _key(slot: str, v: Val) -> tuple | None:
    frame, figure = _frame(v), _figure(v)
    if frame is None or figure is None:
        return None
    currency = v.fact.value.currency if isinstance(v.fact.value, Money) else None
    return slot, frame, currency, figure


def _evidence(v: Val) -> Evidence:
    return Evidence(doc=v.doc, claim=v.claim.id, start=v.fact.start, end=v.fact.end, text=v.fact.text,
                    value=v.fact.value, language=v.claim.language)


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
    n = max((int(f.id[1:]) for f in findings if f.id[1:].isdigit()), default=0)
    new: list[Finding] = []
    for key in sorted(groups, key=lambda k: (k[0], k[1], k[2] or "", k[3])):
        first: dict[str, Val] = {}
        for v in sorted(groups[key], key=lambda v: (v.doc, v.fact.start)):
            first.setdefault(v.doc, v)
        spans = {(v.doc, v.fact.start, v.fact.end) for v in first.values()}
        if len(first) < 2 or any(spans <= cited for cited in citations):
            continue
        new.append(_finding(key, list(first.values()), f"f{n + len(new) + 1}"))
    at = next((k for k, f in enumerate(findings) if f.kind in ("variant", "single_source")), len(findings))
    return [*findings[:at], *new, *findings[at:]]


def _finding(key: tuple, vals: list[Val], fid: str) -> Finding:
    slot, frame, _, _ = key
    docs = sorted({v.doc for v in vals})
    shown = value_text(vals[0].fact.value)
    return Finding(
        id=fid, kind="agreement", slot=slot, severity="info", frame=frame,
        summary=f"{len(docs)} sources agree on {frame_label(slot, frame)} {shown} ({', '.join(docs)})",
        cluster=None, evidence=tuple(_evidence(v) for v in vals),
        explanation=(f"{EXPLANATION}one figure of one counted thing in {len(docs)} documents, "
                     "in claims that did not align",))

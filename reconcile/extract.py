"""Attach typed facts to claims by running every fact dimension for the claim's language.

The dimension finders live in ``reconcile/facts/``; which ones exist for which language is the
``FINDERS``/``SUPPORT`` registry of ``reconcile/lang``. Overlapping facts are resolved, in the
order of ``reconcile.lang.DIMENSIONS``, so that a span is explained once per type family (a
money amount is not also a bare number, a date's day is not also a count).
"""
from __future__ import annotations

import dataclasses
from typing import Iterable

from .frames import assign_frames
from .lang import DIMENSIONS, finder
from .types import Claim, Context, Fact

# Types that may overlap others (an entity may contain anything; an interval such as "until
# Thursday (25/11)" contains a date); a number inside a quantity, amount or date is part of that
# fact, not a fact of its own.
_MAY_OVERLAP = {("date", "duration"), ("duration", "date")}


def _overlap(a: Fact, b: Fact) -> bool:
    return a.start < b.end and b.start < a.end


def resolve_overlaps(facts: Iterable[Fact]) -> list[Fact]:
    """Keep, per overlapping group, the fact of the earlier dimension (then the longer span)."""
    rank = {d: i for i, d in enumerate(DIMENSIONS)}
    ordered = sorted(facts, key=lambda f: (rank.get(f.type, 99), -(f.end - f.start), f.start))
    kept: list[Fact] = []
    for f in ordered:
        if f.type == "entity":
            if not any(k.type == "entity" and _overlap(k, f) for k in kept):
                kept.append(f)
            continue
        if any(_overlap(k, f) and k.type != "entity" and (k.type, f.type) not in _MAY_OVERLAP for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, rank.get(f.type, 99)))


def extract_facts(text: str, ctx: Context, offset: int = 0,
                  dimensions: Iterable[str] = DIMENSIONS) -> list[Fact]:
    """All facts in ``text``; spans shifted by ``offset`` so they index the document's raw text."""
    found: list[Fact] = []
    for dim in dimensions:
        for f in finder(dim)(text, ctx):
            found.append(dataclasses.replace(f, start=f.start + offset, end=f.end + offset))
    return resolve_overlaps(found)


def extract_claim_facts(claim: Claim, ctx: Context) -> Claim:
    """The claim with its facts (re)computed for ``ctx``, each comparable value with its frame."""
    return assign_frames(dataclasses.replace(claim, facts=tuple(extract_facts(claim.text, ctx, offset=claim.start))))

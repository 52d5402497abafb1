"""Two snapshots of a running tally are two facts, not one fact reported twice.

"At least 5,000 dead" (Tuesday, a minister) and "11,300 dead" (Thursday, the Red Crescent) read
alike to an embedding model, yet they are two statements by two authorities at two times; news
reports them side by side and a fact-checker expects them apart (an update, not a contradiction).
So two claims whose person counts of one frame (the dead, the missing, "people"...) all differ, with
no value of one inside a bound of the other, are not aligned, unless
- they share another figure or a day (a claim often carries several facts: "125 dead and 323
  injured" and "131 dead and 323 injured" still report the same 323 injured), or
- the figures stand in near-identical words: one statement quoted twice with one figure changed
  is exactly the contradiction a fact-checker wants flagged.

A bound covers a figure only near it: "at least 5,000" (Tuesday) and "11,300" (Thursday) are two
snapshots, "at least 125" and "131" may be one (``snapshot_bound_tolerance``). Counts of two
different tallies ("180 injured" / "125 dead") are two facts as well (``snapshot_across_frames``).
One figure stated on two different days ("11,300, the Red Crescent said on Thursday" / "11,300 as
of Friday") is two snapshots too (``snapshot_statement_time``), unless the claims share a day or
another figure ("11,300 dead and 10,100 missing", said Saturday / said Sunday: one update, its day
in dispute).
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from rapidfuzz import fuzz

from .compare import context_window
from .config import DEFAULT, AlignConfig
from .frames import PERSONS, agreeable, frame
from .roles import base_role, fact_role
from .types import Claim, DateValue, Fact, Money, Number, Ordinal, Quantity, magnitude

#: "about 11,000" holds 11,300: approximate figures this close are one snapshot (compare's own
#: tolerance for approximate figures, the same judgement).
APPROX_TOLERANCE = DEFAULT.compare.approx_tolerance
_DIGITS = re.compile(r"[\d\u0660-\u0669]+(?:[.,\u00a0\u202f ]\d+)*")
_PUNCT = re.compile(r"[^\w#\s]+")


Count = tuple[str, float, "str | None", Fact]      # frame, figure, bound, the fact itself


def _person_counts(claim: Claim) -> list[Count]:
    """(frame, count, bound, fact) of the claim's counts of people (what tallies are made of)."""
    out = []
    for f in claim.facts:
        name = frame(f)
        if f.type not in ("quantity", "number") or not name or not name.startswith("count:"):
            continue
        if name[len("count:"):] not in PERSONS:
            continue
        count = magnitude(f.value)
        if isinstance(count, (int, float)) and count > 0:
            out.append((name, float(count), f.attrs.get("bound"), f))
    return out


def _figures(claim: Claim) -> set[tuple[str, str]]:
    """The claim's figures and days, as comparable keys (entities left out: they name the event)."""
    out = set()
    for f in claim.facts:
        v = f.value
        if isinstance(v, (Quantity, Number, Ordinal)):
            out.add(("n", str(magnitude(v))))
        elif isinstance(v, Money):
            out.add(("m", f"{v.amount} {v.currency}"))
        elif isinstance(v, DateValue) and v.is_day:
            out.add(("d", v.iso))
    return out


def _one_snapshot(x: Count, y: Count, tolerance: float = float("inf")) -> bool:
    """May these two figures be one count? Equal, one inside the other's bound (within
    ``tolerance`` of it), or close approximations."""
    (_, a, ba, _), (_, b, bb, _) = x, y
    if a == b:
        return True
    if ba == bb and ba in ("min", "max"):
        return False                   # "more than 5,000" vs "more than 11,300": two statements
    for (p, bp), q in (((a, ba), b), ((b, bb), a)):
        if bp == "min" and p <= q <= p * (1 + tolerance) or bp == "max" and p * (1 - tolerance) <= q <= p:
            return True
    if "approx" in (ba, bb):
        return abs(a - b) <= APPROX_TOLERANCE * max(a, b)
    return False


def _said_days(claim: Claim) -> set[str]:
    """Days on which the claim says its figures were stated ("said on Thursday", "per Jumat")."""
    return {f.value.iso for f in claim.facts
            if isinstance(f.value, DateValue) and f.value.is_day and base_role(fact_role(claim, f)) == "say"}


def _stated_apart(a: Claim, b: Claim) -> bool:
    """One figure, stated on two different days, by claims that share no other figure or day."""
    da, db = _said_days(a), _said_days(b)
    if not da or not db or da & db:
        return False
    return len(_figures(a) & _figures(b)) <= 1


def _masked(text: str) -> str:
    return _PUNCT.sub(" ", _DIGITS.sub("#", text)).lower()


def distinct_snapshots(a: Claim, b: Claim, cfg: AlignConfig = DEFAULT.align) -> bool:
    """Do ``a`` and ``b`` give one tally different figures (two snapshots, never aligned)?"""
    xs, ys = _person_counts(a), _person_counts(b)
    if not xs or not ys:
        return False
    pairs = [(x, y) for x in xs for y in ys if agreeable(x[0], y[0])]
    same = [(x, y) for x, y in pairs if _one_snapshot(x, y, cfg.snapshot_bound_tolerance)]
    if same:
        return cfg.snapshot_statement_time and _stated_apart(a, b)
    if not pairs:
        if not cfg.snapshot_across_frames:
            return False
        pairs = [(x, y) for x in xs for y in ys]      # two tallies: which words hold them is all that is left
    if cfg.snapshot_shared_figure and _figures(a) & _figures(b):
        return False
    if a.language == b.language and any(_quoted_twice(a, x[3], b, y[3], cfg.snapshot_quoted_ratio)
                                         for x, y in pairs):
        return False
    return True


def _quoted_twice(a: Claim, fa: Fact, b: Claim, fb: Fact, ratio: int) -> bool:
    """"Total ada 130 korban meninggal dunia" / "Total ada 187 korban meninggal dunia"."""
    wa, wb = _masked(context_window(a, fa)), _masked(context_window(b, fb))
    return fuzz.token_sort_ratio(wa, wb) >= ratio


def snapshot_rule(claims: Sequence[Claim], cfg: AlignConfig = DEFAULT.align) -> Callable[[int, int], bool]:
    """``rule(i, j)``: whether claims i and j are two snapshots (memoized per pair)."""
    counted = [bool(_person_counts(c)) for c in claims]
    seen: dict[tuple[int, int], bool] = {}

    def rule(i: int, j: int) -> bool:
        if not (counted[i] and counted[j]):
            return False
        key = (i, j) if i < j else (j, i)
        if key not in seen:
            seen[key] = distinct_snapshots(claims[key[0]], claims[key[1]], cfg)
        return seen[key]
    return rule

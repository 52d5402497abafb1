"""Two claims that give one kind of value for two different things are not one fact.

Embeddings read "a stadium with 42,000 seats" and "42,000 people attended" alike, and "he leaves on
Friday at 09:45" and "he arrived today at 11:25" alike; a shared figure even adds to the score. Three
rules keep such pairs apart (``align.split_frame_clashes``, ``align.split_moments``,
``align.split_magnitudes``):

- **frame clashes**: frames that describe one place or crowd two ways (``frames.CLASHING_FRAMES``:
  a venue's capacity and the crowd present). A claim giving one and not the other never aligns
  with a claim giving the other and not the first, whatever figures they share;
- **moments**: clock times of one frame that all differ, each pair governed by different known
  predicates (``roles.date_role``: arrived / left / signed...), are different moments. Times with
  one role ("arrived at the nunciature at 11.25" / "arrived there about 12.25") stay together:
  that is the contradiction to flag;
- **measures**: lengths, masses, areas... of one dimension that all differ by more than
  ``compare.approx_tolerance`` ("a leg of 11,351 km" / "a trip of 32,000 km"), in claims that share
  no day, amount or count, are two distances, not one misreported (``align.split_measures``);
- **magnitudes**: a quake's magnitude names the quake. Claims whose magnitudes all differ ("the
  second quake, of magnitude 7.5" / "the magnitude 7.8 quake of 6 February") and that share no
  day, amount or count report two quakes.
"""
from __future__ import annotations

from typing import Callable, Sequence

from .frames import CLASHING_FRAMES, MEASURE_BASE, frame, frames_comparable
from .roles import fact_role, role_place
from .types import Claim, ClockTime, Fact, Quantity, magnitude
from .config import DEFAULT, AlignConfig
from .snapshots import _figures


def _count_frames(claim: Claim) -> frozenset[str]:
    return frozenset(name for f in claim.facts if (name := frame(f)) and name.startswith("count:"))


def frames_clash(a: Claim, b: Claim) -> bool:
    """Does one claim give a frame of a clashing pair that the other lacks, and the other its partner?"""
    fa, fb = _count_frames(a), _count_frames(b)
    for x, y in CLASHING_FRAMES:
        for p, q in ((fa, fb), (fb, fa)):
            if x in p and y not in p and y in q and x not in q:
                return True
    return False


def _counted_and_ranked(claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """Concepts the claim counts ("44 visits": visit) and ranks ("the 45th trip": visit)."""
    counts, ranks = set(), set()
    for f in claim.facts:
        name = frame(f) or ""
        kind, _, concept = name.partition(":")
        if concept and concept != "?" and kind in ("count", "ordinal"):
            (counts if kind == "count" else ranks).add(concept)
    return frozenset(counts), frozenset(ranks)


def count_and_rank(a: Claim, b: Claim) -> bool:
    """Does one claim count a thing and not rank it, the other rank it and not count it ("44 trips
    abroad" / "this 45th trip"), with no day, amount or count in common? How many there were and
    which one this is are two facts, whatever their figures."""
    (ca, ra), (cb, rb) = _counted_and_ranked(a), _counted_and_ranked(b)
    clash = any(c in ca and c not in ra and c in rb and c not in cb for c in ca | rb) or any(
        c in cb and c not in rb and c in ra and c not in ca for c in cb | ra)
    return clash and not _anchors(a) & _anchors(b)


def _times(claim: Claim) -> list[tuple[str, int, str | None, frozenset[str]]]:
    """(frame, minute of the day, role, ids of the place its role names) of the claim's clock times."""
    return [(frame(f), f.value.minutes, fact_role(claim, f), _place(claim, f)) for f in claim.facts
            if isinstance(f.value, ClockTime) and frame(f)]


def _entities(claim: Claim) -> frozenset[str]:
    return frozenset(f.value.id for f in claim.facts if f.type == "entity" and f.value)


def _place(claim: Claim, fact: Fact) -> frozenset[str]:
    """Ids of the entities in the place the time's role names ("tiba di <Kedubes Vatikan>")."""
    span = role_place(claim.text, fact.start - claim.start, fact.end - claim.start, claim.language)
    if span is None:
        return frozenset()
    lo, hi = span[0] + claim.start, span[1] + claim.start
    return frozenset(f.value.id for f in claim.facts if f.type == "entity" and f.value and lo <= f.start < hi)


def distinct_moments(a: Claim, b: Claim, places: bool = DEFAULT.align.moment_places) -> bool:
    """Do ``a`` and ``b`` give clock times of different moments only? Times that differ are two
    moments when their roles differ ("left at 09:45" / "arrived at 11:25"). A time both claims give
    ties them, unless (``places``) every pair of their times is said at places neither claim names
    ("arrived at the embassy at 11:25" / "arrived in the country at 11:25"): one time at two places
    is two arrivals. Places only break that tie: across spellings and scripts one airport may carry
    two entity ids, so differing times of one role stay together (the contradiction to flag)."""
    pairs = [(x, y) for x in _times(a) for y in _times(b) if frames_comparable(x[0], y[0])]
    if not pairs:
        return False
    if any(x[1] == y[1] for x, y in pairs):
        if not places:
            return False
        ea, eb = _entities(a), _entities(b)
        return all(x[3] and y[3] and not x[3] & eb and not y[3] & ea for x, y in pairs)
    return all(x[2] is not None and y[2] is not None and x[2] != y[2] for x, y in pairs)


def _measures(claim: Claim) -> list[tuple[str, float]]:
    """(dimension, value in its base unit) of the claim's measures ("11,351 km" -> ("length", 11351000))."""
    out = []
    for f in claim.facts:
        name = frame(f)
        if name and name.startswith("measure:") and isinstance(f.value, Quantity) and f.value.count:
            base = MEASURE_BASE.get(name.split(":", 1)[1])
            if base:
                out.append((base[0], float(f.value.count) * base[1]))
    return out


def distinct_measures(a: Claim, b: Claim, tolerance: float = DEFAULT.compare.approx_tolerance) -> bool:
    """Do ``a`` and ``b`` give measures of one dimension that all differ (beyond ``tolerance``),
    and share no day, amount or count?"""
    pairs = [(x, y) for dx, x in _measures(a) for dy, y in _measures(b) if dx == dy]
    if not pairs or any(abs(x - y) <= tolerance * max(x, y) for x, y in pairs):
        return False
    return not _anchors(a) & _anchors(b)


def _magnitudes(claim: Claim) -> set[float]:
    return {float(magnitude(f.value)) for f in claim.facts if frame(f) == "magnitude"}


def distinct_magnitudes(a: Claim, b: Claim) -> bool:
    """Do ``a`` and ``b`` give different magnitudes only, and share no day, amount or count?"""
    ma, mb = _magnitudes(a), _magnitudes(b)
    if not ma or not mb or ma & mb:
        return False
    return not _anchors(a) & _anchors(b)


def _anchors(claim: Claim) -> set:
    """Days, amounts and counts of things: what ties two claims to one event (a bare number or a
    rank does not: "kedua" is "second" and "both")."""
    return {k for k in _figures(claim) if k[0] != "n"} | {
        ("n", str(f.value.count)) for f in claim.facts if isinstance(f.value, Quantity)}


def mismatch_rule(claims: Sequence[Claim], cfg: AlignConfig = DEFAULT.align) -> Callable[[int, int], bool]:
    """``rule(i, j)``: whether claims i and j give one kind of value for different things (memoized)."""
    counted = [bool(_count_frames(c)) for c in claims]
    timed = [any(isinstance(f.value, ClockTime) for f in c.facts) for c in claims]
    quakes = [bool(_magnitudes(c)) for c in claims]
    measured = [bool(_measures(c)) for c in claims]
    ranked = [any(x for x in _counted_and_ranked(c)) for c in claims]
    seen: dict[tuple[int, int], bool] = {}

    def rule(i: int, j: int) -> bool:
        clash = cfg.split_frame_clashes and counted[i] and counted[j]
        moments = cfg.split_moments and timed[i] and timed[j]
        quake = cfg.split_magnitudes and quakes[i] and quakes[j]
        measure = cfg.split_measures and measured[i] and measured[j]
        rank = cfg.split_count_rank and ranked[i] and ranked[j]
        if not (clash or moments or quake or measure or rank):
            return False
        key = (i, j) if i < j else (j, i)
        if key not in seen:
            a, b = claims[key[0]], claims[key[1]]
            seen[key] = (bool(clash and frames_clash(a, b)) or bool(moments and distinct_moments(a, b, cfg.moment_places))
                         or bool(quake and distinct_magnitudes(a, b)) or bool(measure and distinct_measures(a, b))
                         or bool(rank and count_and_rank(a, b)))
        return seen[key]
    return rule

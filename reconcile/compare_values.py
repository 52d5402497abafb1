"""Comparing two values of one slot: are they the same, compatible, or comparable at all?

The value side of :mod:`reconcile.compare` (which assembles findings from these answers). A
value is a :class:`Val`: a fact of a claim with what equality means for its slot. Every
tolerance comes from :class:`reconcile.config.CompareConfig`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from rapidfuzz import fuzz

from .config import CompareConfig
from .frames import agreeable, frame as frame_of, is_tally
from .roles import fact_role, roles_agree
from .types import (Anchor, Claim, ClockTime, DateValue, Duration, Fact, FactValue, Money,
                    Number, Quantity, magnitude, value_to_json)

DEFAULT = CompareConfig()
SLOT_OF = {"date": "date", "time": "other", "duration": "duration", "money": "money", "quantity": "quantity",
           "ordinal": "ordinal", "entity": "entity", "number": "quantity"}
#: Slots whose values carry a frame (what is counted, what lasts, what is first).
FRAMED = ("quantity", "duration", "ordinal", "other")


def context_window(claim: Claim, fact: Fact, words: int = DEFAULT.context_words) -> str:
    """The fact with up to ``words`` words either side, inside its claim (verbatim)."""
    text = claim.text
    s, e = fact.start - claim.start, fact.end - claim.start
    left = text[:s].split()
    right = text[e:].split()
    return " ".join(left[-words:] + [text[s:e]] + right[:words])


@dataclass(frozen=True)
class Val:
    """A comparable reading of a fact's value."""

    fact: Fact
    claim: Claim
    key: FactValue | int | float | None   # what equality means for this slot (see key_of)

    @property
    def doc(self) -> str:
        return self.claim.doc_id

    @property
    def frame(self) -> str | None:
        return frame_of(self.fact)


def key_of(f: Fact) -> FactValue | int | float | None:
    """What equality means: the figure for a count or a number (one slot: "5 dead" and a framed
    bare "5" are one value), the value itself otherwise."""
    if isinstance(f.value, (Quantity, Number)):
        return magnitude(f.value)
    return f.value


def _parts(d: DateValue) -> tuple[int, ...]:
    """The parts written, coarsest first: (year, month, day), or (month, day) without a year."""
    return tuple(p for p in (d.year, d.month, d.day) if p is not None)


def dates_compatible(a: DateValue, b: DateValue) -> bool:
    """Compare at the coarser granularity: "2021-11" is compatible with "2021-11-24", and a date
    without its year ("--11-24") with any year's 24 November."""
    pa, pb = _parts(a), _parts(b)
    if a.partial != b.partial:
        (full, part) = (pb, pa) if a.partial else (pa, pb)
        return full[1:1 + len(part)] == part
    n = min(len(pa), len(pb))
    return pa[:n] == pb[:n]


def _same_duration(a: Duration, b: Duration) -> bool:
    """"P7D" and "P1W" are one length; intervals compare as written."""
    if a == b:
        return True
    x, y = a.seconds, b.seconds
    return x is not None and y is not None and x > 0 and abs(x - y) <= 1e-6 * max(x, y)


def _magnitude(v: "Val", slot: str) -> float | None:
    if slot == "duration":
        return v.key.seconds
    return _number(v)


def _within_bounds(slot: str, a: "Val", b: "Val", cfg: CompareConfig) -> bool:
    """A bound is not contradicted by a figure inside it: "more than 20 years" holds 23 years."""
    x, y = _magnitude(a, slot), _magnitude(b, slot)
    if x is None or y is None:
        return False
    ba, bb = a.fact.attrs.get("bound"), b.fact.attrs.get("bound")
    if ba == bb == "min" or ba == bb == "max":
        return False                 # "more than 13 hours" vs "more than 17 hours": two claims
    for (p, bp), (q, _) in (((x, ba), (y, bb)), ((y, bb), (x, ba))):
        if bp == "min" and q >= p or bp == "max" and q <= p:
            return True
    if "approx" in (ba, bb):
        return abs(x - y) <= cfg.approx_tolerance * max(abs(x), abs(y), 1e-9)
    return False


def _minutes(v: "Val") -> int | None:
    return v.key.minutes if isinstance(v.key, ClockTime) else None


def _time_gap(a: "Val", b: "Val") -> int | None:
    x, y = _minutes(a), _minutes(b)
    if x is None or y is None:
        return None
    d = abs(x - y)
    return min(d, 24 * 60 - d)


def compatible(slot: str, a: Val, b: Val, cfg: CompareConfig = DEFAULT) -> bool:
    """Could both values be right (one is within the other's tolerance, granularity or bound)?"""
    if slot == "date":
        return dates_compatible(a.key, b.key)
    if slot == "other":
        gap = _time_gap(a, b)
        approx = "approx" in (a.fact.attrs.get("bound"), b.fact.attrs.get("bound"))
        return gap is not None and gap <= (cfg.approx_minutes if approx else 0)
    if slot in ("duration", "quantity") and _within_bounds(slot, a, b, cfg):
        return True
    if slot == "duration":
        return _same_duration(a.key, b.key)
    if slot == "money":
        va, vb = a.fact.value, b.fact.value
        if va.currency != vb.currency:
            return True                      # different currencies are not compared blindly
        x, y = float(va.amount or 0), float(vb.amount or 0)
        est = a.fact.attrs.get("estimate") or b.fact.attrs.get("estimate")
        tol = cfg.estimate_tolerance if est else cfg.money_tolerance
        return abs(x - y) <= tol * max(abs(x), abs(y), 1e-9)
    return a.key == b.key


def same(slot: str, a: Val, b: Val, cfg: CompareConfig = DEFAULT) -> bool:
    """One value, after normalization (frames that name different things are never the same)."""
    if slot in FRAMED and not agreeable(a.frame, b.frame):
        return False
    if slot == "money":
        return compatible(slot, a, b, cfg) and a.fact.value.currency == b.fact.value.currency
    if slot == "date":
        return a.key == b.key
    if slot == "duration":
        return _same_duration(a.key, b.key)
    return a.key == b.key


def values_of(claims: Iterable[Claim], slot: str) -> list[Val]:
    """The claims' comparable values of one slot (a bare number only when framed)."""
    out = []
    for c in claims:
        for f in c.facts:
            if SLOT_OF.get(f.type) != slot or f.value is None:
                continue
            if f.type == "number" and frame_of(f) is None:
                continue                 # a bare number is compared only when framed ("magnitude 7.8")
            if slot in ("date", "other") and not isinstance(f.value, (DateValue, ClockTime)):
                continue
            if slot == "money" and not (isinstance(f.value, Money) and f.value.amount is not None):
                continue
            out.append(Val(f, c, key_of(f)))
    return out


def _number(v: Val) -> float | None:
    val = magnitude(v.fact.value)
    return float(val) if isinstance(val, (int, float)) else None


def _scale_slip(ratio: float) -> bool:
    """"50 juta" vs "50 000 millions": the same figure a thousand (or million) times off is a
    scale error in one source, one of the disagreements a fact-checker most wants to see."""
    return any(abs(ratio - k) <= 1e-9 * k for k in (1e3, 1e6, 1e9))


def _shape(d: DateValue) -> tuple:
    """What a date says: its granularity, whether it has its year, whether it is an interval."""
    return d.granularity, d.partial, d.end is not None


def comparable(slot: str, a: Val, b: Val, cfg: CompareConfig = DEFAULT) -> bool:
    """Could these two values be two reports of one thing (so that a difference is a conflict)?

    Only values of one frame are ever compared (:func:`reconcile.compare._by_frame` groups them first).
    """
    if slot == "duration":
        if a.key.is_interval != b.key.is_interval:
            return False          # a length ("P2D") and an interval ("2021-11-23/..") differ in kind
        x, y = _magnitude(a, slot), _magnitude(b, slot)
        return bool(x and y) and max(x, y) / min(x, y) <= cfg.max_ratio_duration
    if slot == "date":
        if not roles_agree(fact_role(a.claim, a.fact), fact_role(b.claim, b.fact)):
            return False          # "arrived on Tuesday" is not contradicted by "signed on Wednesday"
        ka, kb = a.key, b.key
        if _shape(ka) != _shape(kb):
            return False          # "October" vs "24 November", or a date without its year ("--11-24")
        if (ka.partial or ka.granularity != "day") and (a.fact.attrs.get("relative") or b.fact.attrs.get("relative")):
            return False          # "last year" resolved to a year is too loose to accuse anyone
        if ka.is_day and kb.is_day:
            return abs((ka.as_date() - kb.as_date()).days) <= cfg.max_date_gap_days
        return True
    if slot == "ordinal":
        return abs(a.key.value - b.key.value) <= cfg.max_ordinal_gap
    if slot == "other":
        gap = _time_gap(a, b)
        return gap is not None and gap <= cfg.max_time_gap_minutes
    if a.frame == "magnitude":
        x, y = _number(a), _number(b)
        return x is not None and y is not None and abs(x - y) <= cfg.max_magnitude_gap
    limit = {"quantity": cfg.max_ratio_quantity, "money": cfg.max_ratio_money}.get(slot)
    if limit is not None:
        x, y = _number(a), _number(b)
        if x is None or y is None or x <= 0 or y <= 0:
            return False
        ratio = max(x, y) / min(x, y)
        return ratio <= limit or _scale_slip(ratio)
    return True


_DIGITS = re.compile(r"[\d\u0660-\u0669]+(?:[.,\u00a0\u202f]\d+)*")
_PUNCT = re.compile(r"[^\w#\s]+")


def near_identical(a: Val, b: Val, cfg: CompareConfig = DEFAULT) -> bool:
    """"Total ada 130 korban meninggal dunia," kata X / "Total ada 187 korban ...", kata X."""
    if a.claim.language != b.claim.language:
        return False
    wa, wb = (_PUNCT.sub(" ", _DIGITS.sub("#", context_window(v.claim, v.fact, cfg.context_words))).lower() for v in (a, b))
    return fuzz.token_sort_ratio(wa, wb) >= cfg.near_identical_ratio


AsOf = Callable[[Val], frozenset]


def as_of_days(anchors: Mapping[str, Anchor] | None) -> AsOf:
    """When a figure was stated (dates): the days its claim names, else its article's reference date."""
    def as_of(v: Val) -> frozenset:
        days = frozenset(f.value.as_date() for f in v.claim.facts
                         if f.type == "date" and isinstance(f.value, DateValue) and f.value.is_day)
        if days:
            return days
        anchor = (anchors or {}).get(v.doc)
        return frozenset({anchor.date}) if anchor is not None and anchor.date else frozenset()
    return as_of


def at_other_times(a: Val, b: Val, as_of: AsOf | None) -> bool:
    """Two snapshots of a running tally ("5 dead by Sunday", "14 dead as of Tuesday")."""
    if as_of is None or not is_tally(a.frame):
        return False
    ta, tb = as_of(a), as_of(b)
    return bool(ta and tb and not ta & tb)


def value_text(value: FactValue | Any, estimate: bool = False) -> str:
    """A normalized value as people read it: "48,000,000 USD", "~50,000,000 USD", "3 drones".

    The one value formatter: finding summaries, every report format and ``check`` messages all
    write values with it, so one value never reads two ways. A value's v1 JSON (a report read
    back) reads the same as the value.
    """
    if isinstance(value, Mapping) and ("amount" in value or "count" in value):
        value = (Money if "amount" in value else Quantity).from_json(value)
    if isinstance(value, Money):
        amt: Any = value.amount
        if isinstance(amt, (int, float)):
            amt = f"{amt:,.0f}" if float(amt).is_integer() else f"{amt:,}"
        return ("~" if estimate else "") + f"{amt} {value.currency or '?'}"
    if isinstance(value, Quantity):
        return f"{value.count} {value.unit or ''}".strip()
    if value is None:
        return "(unresolved)"
    raw = value_to_json(value)           # the text of a date, a duration, a time, an id; a figure
    if isinstance(raw, dict):
        return json.dumps(raw, sort_keys=True, ensure_ascii=False, default=str)
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw)

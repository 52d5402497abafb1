"""Comparing two values of one slot: are they the same, compatible, or comparable at all?

The value side of :mod:`reconcile.compare` (which assembles findings from these answers). A
value is a :class:`Val`: a fact of a claim with what equality means for its slot. Every
tolerance comes from :class:`reconcile.config.CompareConfig`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from rapidfuzz import fuzz

from .config import CompareConfig
from .frames import agreeable, frame as frame_of, is_tally
from .roles import fact_role, roles_agree
from .types import Anchor, Claim, Fact

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
    key: Any                     # what equality means for this slot

    @property
    def doc(self) -> str:
        return self.claim.doc_id

    @property
    def frame(self) -> str | None:
        return frame_of(self.fact)


def key_of(f: Fact) -> Any:
    """What equality means: the count for a quantity, the value itself otherwise."""
    if f.type == "quantity" and isinstance(f.value, dict):
        return f.value.get("count")
    return f.value


def dates_compatible(a: str, b: str) -> bool:
    """Compare at the coarser granularity: "2021-11" is compatible with "2021-11-24", and a date
    without its year ("--11-24") with any year's 24 November."""
    if a.startswith("--") != b.startswith("--"):
        full, part = (b, a) if a.startswith("--") else (a, b)
        return full[4:4 + len(part) - 1] == part[1:]
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _same_duration(a: str, b: str) -> bool:
    """"P7D" and "P1W" are one length; intervals compare as written."""
    if a == b:
        return True
    from .facts.duration import duration_seconds

    x, y = duration_seconds(a), duration_seconds(b)
    return x is not None and y is not None and x > 0 and abs(x - y) <= 1e-6 * max(x, y)


def _magnitude(v: "Val", slot: str) -> float | None:
    if slot == "duration":
        from .facts.duration import duration_seconds

        try:
            return duration_seconds(str(v.key))
        except Exception:
            return None
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
    try:
        h, m = str(v.key).split(":")
        return int(h) * 60 + int(m)
    except ValueError:
        return None


def _time_gap(a: "Val", b: "Val") -> int | None:
    x, y = _minutes(a), _minutes(b)
    if x is None or y is None:
        return None
    d = abs(x - y)
    return min(d, 24 * 60 - d)


def compatible(slot: str, a: Val, b: Val, cfg: CompareConfig = DEFAULT) -> bool:
    """Could both values be right (one is within the other's tolerance, granularity or bound)?"""
    if slot == "date":
        return dates_compatible(str(a.key), str(b.key))
    if slot == "other":
        gap = _time_gap(a, b)
        approx = "approx" in (a.fact.attrs.get("bound"), b.fact.attrs.get("bound"))
        return gap is not None and gap <= (cfg.approx_minutes if approx else 0)
    if slot in ("duration", "quantity") and _within_bounds(slot, a, b, cfg):
        return True
    if slot == "duration":
        return _same_duration(str(a.key), str(b.key))
    if slot == "money":
        va, vb = a.fact.value, b.fact.value
        if va.get("currency") != vb.get("currency"):
            return True                      # different currencies are not compared blindly
        x, y = float(va.get("amount") or 0), float(vb.get("amount") or 0)
        est = a.fact.attrs.get("estimate") or b.fact.attrs.get("estimate")
        tol = cfg.estimate_tolerance if est else cfg.money_tolerance
        return abs(x - y) <= tol * max(abs(x), abs(y), 1e-9)
    return a.key == b.key


def same(slot: str, a: Val, b: Val, cfg: CompareConfig = DEFAULT) -> bool:
    """One value, after normalization (frames that name different things are never the same)."""
    if slot in FRAMED and not agreeable(a.frame, b.frame):
        return False
    if slot == "money":
        return compatible(slot, a, b, cfg) and a.fact.value.get("currency") == b.fact.value.get("currency")
    if slot == "date":
        return str(a.key) == str(b.key)
    if slot == "duration":
        return _same_duration(str(a.key), str(b.key))
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
            if slot in ("date", "other") and not isinstance(f.value, str):
                continue
            if slot == "money" and not (isinstance(f.value, dict) and f.value.get("amount") is not None):
                continue
            out.append(Val(f, c, key_of(f)))
    return out


def _number(v: Val) -> float | None:
    val = v.fact.value
    if isinstance(val, dict):
        val = val.get("amount", val.get("count"))
    return float(val) if isinstance(val, (int, float)) else None


def _scale_slip(ratio: float) -> bool:
    """"50 juta" vs "50 000 millions": the same figure a thousand (or million) times off is a
    scale error in one source, one of the disagreements a fact-checker most wants to see."""
    return any(abs(ratio - k) <= 1e-9 * k for k in (1e3, 1e6, 1e9))


def comparable(slot: str, a: Val, b: Val, cfg: CompareConfig = DEFAULT) -> bool:
    """Could these two values be two reports of one thing (so that a difference is a conflict)?

    Only values of one frame are ever compared (:func:`reconcile.compare._by_frame` groups them first).
    """
    if slot == "duration":
        if ("/" in str(a.key)) != ("/" in str(b.key)):
            return False          # a length ("P2D") and an interval ("2021-11-23/..") differ in kind
        x, y = _magnitude(a, slot), _magnitude(b, slot)
        return bool(x and y) and max(x, y) / min(x, y) <= cfg.max_ratio_duration
    if slot == "date":
        if not roles_agree(fact_role(a.claim, a.fact), fact_role(b.claim, b.fact)):
            return False          # "arrived on Tuesday" is not contradicted by "signed on Wednesday"
        ka, kb = str(a.key), str(b.key)
        if len(ka) != len(kb) or ka.startswith("--") != kb.startswith("--"):
            return False          # "October" vs "24 November", or a date without its year ("--11-24")
        if len(ka) < 10 and (a.fact.attrs.get("relative") or b.fact.attrs.get("relative")):
            return False          # "last year" resolved to a year is too loose to accuse anyone
        if len(ka) == 10 and len(kb) == 10:
            return abs((dt.date.fromisoformat(ka) - dt.date.fromisoformat(kb)).days) <= cfg.max_date_gap_days
        return True
    if slot == "ordinal":
        try:
            return abs(int(a.key) - int(b.key)) <= cfg.max_ordinal_gap
        except (TypeError, ValueError):
            return False
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
    """When a figure was stated: the days its claim names, else its article's reference date."""
    def as_of(v: Val) -> frozenset:
        days = frozenset(f.value for f in v.claim.facts
                         if f.type == "date" and isinstance(f.value, str) and len(f.value) == 10)
        if days:
            return days
        anchor = (anchors or {}).get(v.doc)
        return frozenset({anchor.date.isoformat()}) if anchor is not None and anchor.date else frozenset()
    return as_of


def at_other_times(a: Val, b: Val, as_of: AsOf | None) -> bool:
    """Two snapshots of a running tally ("5 dead by Sunday", "14 dead as of Tuesday")."""
    if as_of is None or not is_tally(a.frame):
        return False
    ta, tb = as_of(a), as_of(b)
    return bool(ta and tb and not ta & tb)


def value_text(value: Any, estimate: bool = False) -> str:
    """A normalized value as people read it: "48,000,000 USD", "~50,000,000 USD", "3 drones".

    The one value formatter: finding summaries, every report format and ``check`` messages all
    write values with it, so one value never reads two ways.
    """
    if isinstance(value, dict) and "amount" in value:
        amt = value.get("amount")
        if isinstance(amt, (int, float)):
            amt = f"{amt:,.0f}" if float(amt).is_integer() else f"{amt:,}"
        return ("~" if estimate else "") + f"{amt} {value.get('currency') or '?'}"
    if isinstance(value, dict) and "count" in value:
        return f"{value['count']} {value.get('unit') or ''}".strip()
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None:
        return "(unresolved)"
    return str(value)

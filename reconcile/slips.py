"""A source contradicting itself: a weekday that does not fit the day it stands beside, or a
month written with two names that are two months ("1 أكتوبر/تشرين الثاني": October/November).

"Selasa (3/10)" when 3 October is a Monday is a slip only the source itself can explain; other
outlets agreeing or disagreeing with the day do not make it go away, so it is reported on its own
(a ``single_source`` finding: only this source says that weekday for that day), whatever the
comparison of the day with other sources found.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

from .types import Claim, DateValue, Evidence, Finding

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_slips(claims: Sequence[Claim], new_id: Callable[[], str],
                  reported: Iterable[tuple[str, int, int]] = ()) -> list[Finding]:
    """One finding per date written with a weekday its day does not fall on (spans in
    ``reported`` — (doc, start, end) — already have a single-source finding and are skipped)."""
    seen = set(reported)
    out = []
    for c in claims:
        for f in c.facts:
            if f.type != "date" or not isinstance(f.value, DateValue) or (c.doc_id, f.start, f.end) in seen:
                continue
            if f.attrs.get("month_mismatch"):
                seen.add((c.doc_id, f.start, f.end))
                out.append(_month_slip(c, f, new_id()))
                continue
            if not f.attrs.get("weekday_mismatch") or not f.value.is_day:
                continue
            seen.add((c.doc_id, f.start, f.end))
            day = f.value.as_date()
            written = f.attrs.get("weekday")
            said = WEEKDAYS[written] if isinstance(written, int) and 0 <= written < 7 else "another weekday"
            out.append(Finding(
                id=new_id(), kind="single_source", slot="date", severity="medium",
                summary=f"{c.doc_id} writes {f.text!r}: {said}, but {f.value.iso} is a {WEEKDAYS[day.weekday()]}",
                cluster=None,
                evidence=(Evidence.of(c, f),),
                explanation=("the weekday written beside the day does not fit it; the day is kept as written "
                             "(see facts.date.WEEKDAY_SLIP_DAYS)",)))
    return out


def _month_slip(c: Claim, f, fid: str) -> Finding:
    second = (f.attrs.get("expr") or {}).get("month_mismatch")
    return Finding(
        id=fid, kind="single_source", slot="date", severity="medium",
        summary=(f"{c.doc_id} writes {f.text!r}: its two month names are months {f.value.month} and {second}"
                 if second else f"{c.doc_id} writes {f.text!r}: its two month names are two different months"),
        cluster=None,
        evidence=(Evidence.of(c, f),),
        explanation=("the month is written with two names that name different months; the first is kept",))

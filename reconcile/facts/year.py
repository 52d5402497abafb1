"""The one rule for "is this number a bare year" ("in 2023", "1,945" read as 1945).

Why: a year written as a bare number is a date in disguise, not a count or an amount; every
stage that looks at numbers must agree on which are years. The latest year is the same
everywhere; the earliest is a named parameter because the stages ask two different questions:

- extraction (:mod:`reconcile.facts.quantity`) sees the *written* four-digit token: "in 1453"
  is a year, not a count of 1453, so any four digits from :data:`WRITTEN_EARLIEST` are excluded;
- the later stages (align, compare, events) see a parsed *value* that extraction kept as a
  number or count: there 1500 is far more often a count ("1,500 troops") than a year, and only
  modern years (from :data:`VALUE_EARLIEST`), which news names all the time, are set aside.
"""
from __future__ import annotations

#: The latest year a bare number is read as (news names the present and the near future).
LATEST = 2100
#: The earliest year a written four-digit token is read as.
WRITTEN_EARLIEST = 1000
#: The earliest year a parsed number value is read as.
VALUE_EARLIEST = 1900


def is_bare_year(n: float, *, earliest: int = VALUE_EARLIEST, whole: bool = False) -> bool:
    """``earliest <= n <= LATEST`` (and, with ``whole``, ``n`` is a whole number: 1999.5 is not a year)."""
    return earliest <= n <= LATEST and (not whole or float(n).is_integer())

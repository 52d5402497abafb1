"""Clock times ("pukul 11.25 WIB", "11h16 locales", "at 11:18 a.m.", "الساعة 11:19 صباحا").

A time of day is not a duration ("22h" is ten at night, not twenty-two hours) nor a count. Each
language lists its patterns as data (``reconcile/lang/<code>/clock.py``), each with named groups
``h`` (hour), optional ``m`` (minutes), ``ampm`` and ``zone``. Value: a :class:`~reconcile.types.ClockTime`
on the 24-hour clock (v1 JSON ``"HH:MM"``); ``attrs["zone"]`` is the zone as written ("WIB", "GMT", or None for local time).
Digits are read on a same-length ASCII copy, so offsets stay those of the raw text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reconcile.facts.digits import normalize_digits
from reconcile.facts.numeral import lang_module
from reconcile.types import ClockTime, Context, Fact


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    mod = lang_module(language, "clock")
    if mod is None:
        return ()
    return tuple((name, re.compile(p, re.IGNORECASE)) for name, p in mod.PATTERNS)


def _pm(ampm: str | None, language: str) -> bool | None:
    if not ampm:
        return None
    mod = lang_module(language, "clock")
    a = ampm.lower().replace(".", "").replace("ً", "").strip()
    return True if a in mod.PM_WORDS else False if a in mod.AM_WORDS else None


def _value(m: re.Match[str], language: str) -> ClockTime | None:
    h = int(m.group("h"))
    mins = int(m.group("m")) if "m" in m.re.groupindex and m.group("m") else 0
    pm = _pm(m.group("ampm") if "ampm" in m.re.groupindex else None, language)
    if pm is True and h < 12:
        h += 12
    elif pm is False and h == 12:
        h = 0
    if not (0 <= h <= 24 and 0 <= mins < 60):
        return None
    return ClockTime(h % 24, mins)


def find_times(text: str, ctx: Context) -> list[Fact]:
    """Every clock time in ``text`` (longest match wins where patterns overlap)."""
    ascii_text = normalize_digits(text)
    found: list[Fact] = []
    for name, pat in _patterns(ctx.language):
        for m in pat.finditer(ascii_text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            value = _value(m, ctx.language)
            if value is None:
                continue
            zone = m.group("zone") if "zone" in pat.groupindex else None
            found.append(Fact("time", m.start(), m.end(), text[m.start():m.end()], value,
                              f"{ctx.language}.time.{name}", {"zone": zone.upper() if zone else None}))
    return sorted(found, key=lambda f: f.start)

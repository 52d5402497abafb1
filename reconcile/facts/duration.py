"""Durations ("two-day", "selama dua hari", "لمدة يومين") and intervals between dates.

Lengths become ISO-8601 durations ("P2D", "PT5H"); explicit intervals become ISO-8601
interval strings built from the date finder's values: "2021-11-23/2021-11-25" (from..to),
"../2021-11-25" (until, start unknown) and "2021/.." (since). Per-language words and templates
live in ``reconcile/lang/<code>/duration.py``; the matching machinery is shared with dates.
Facts hold the text as a :class:`~reconcile.types.Duration`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

from reconcile.facts.date import (_lookup, _parse_number, _select, _trim, _widen_parens,
                                  date_matches, expand, fold, fold_regex, lang_module, number_words_regex,
                                  placeholders, resolve)
from reconcile.types import Context, DateValue, Duration, Fact, iso_seconds

# unit -> (ISO designator, multiplier, is a time-part unit)
ISO_UNITS: dict[str, tuple[str, int, bool]] = {
    "year": ("Y", 1, False), "decade": ("Y", 10, False), "century": ("Y", 100, False),
    "quarter": ("M", 3, False), "month": ("M", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "day": ("D", 1, False), "hour": ("H", 1, True),
    "minute": ("M", 1, True), "second": ("S", 1, True),
}


def _num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def iso_from_parts(parts: dict[str, float]) -> str:
    """ISO-8601 duration from unit counts: ``{"year": 2, "month": 3} -> "P2Y3M"``."""
    date_part = time_part = ""
    for unit in ("year", "month", "week", "day"):
        if parts.get(unit):
            date_part += _num(parts[unit]) + ISO_UNITS[unit][0]
    for unit in ("hour", "minute", "second"):
        if parts.get(unit):
            time_part += _num(parts[unit]) + ISO_UNITS[unit][0]
    return "P" + date_part + ("T" + time_part if time_part else "")


def duration_seconds(value: str) -> float | None:
    """Approximate length in seconds of ISO text (see :func:`reconcile.types.iso_seconds`)."""
    return iso_seconds(value)


def iso_duration(count: float, unit: str) -> str:
    """``iso_duration(2, "day") == "P2D"``; fractions stay on the unit ("P2.5Y")."""
    letter, mult, timepart = ISO_UNITS[unit]
    n = count * mult
    num = str(int(n)) if float(n).is_integer() else f"{n:g}"
    return f"PT{num}{letter}" if timepart else f"P{num}{letter}"


@dataclass(frozen=True)
class DurationGrammar:
    lang: str
    data: ModuleType
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    since: re.Pattern[str]
    until: re.Pattern[str]
    range_from: re.Pattern[str]
    range_to: re.Pattern[str]
    day_range: re.Pattern[str]
    year_since: re.Pattern[str]
    date_before: re.Pattern[str] | None
    date_after: re.Pattern[str] | None


class _Folded:
    """A data module whose hand-written regex strings are read folded (as the text is)."""

    def __init__(self, mod: ModuleType) -> None:
        self._mod = mod

    def __getattr__(self, name: str) -> Any:
        v = getattr(self._mod, name)
        return fold_regex(v) if isinstance(v, str) else v


@lru_cache(maxsize=None)
def duration_grammar(lang: str) -> DurationGrammar:
    """Compile one language's duration grammar once."""
    d = lang_module(lang, "duration")
    ph = placeholders(d, {}, {}, number_words_regex(lang))
    prefix = getattr(d, "CLITIC_PREFIX", "")
    pats = tuple((n, expand(t, ph, prefix)) for n, t in d.PATTERNS)
    tail = r"\s*$"
    d = _Folded(d)
    return DurationGrammar(
        lang, d, pats,
        since=re.compile(rf"(?<!\w)(?:{d.SINCE}){tail}"),
        until=re.compile(rf"(?<!\w)(?:{d.UNTIL}){tail}"),
        range_from=re.compile(rf"(?<!\w)(?:{d.RANGE_FROM}){tail}"),
        range_to=re.compile(rf"^\s*(?:{d.RANGE_TO})\s*$"),
        day_range=re.compile(rf"(?<!\w)(?:{d.RANGE_FROM})\s+(?:le\s+)?(?P<d1>[0-3]?\d)(?:er)?\s*"
                             rf"(?:{d.RANGE_TO})\s*$"),
        year_since=re.compile(rf"(?<!\w){prefix}(?P<core>(?:{d.SINCE})\s+(?P<year>(?:1[6-9]|20)\d\d)"
                              rf"(?:\s+(?:{getattr(d, 'SINCE_TAIL', '(?!x)x')}))?)(?![\w])"),
        date_before=re.compile(rf"(?:{d.DATE_BEFORE})$") if getattr(d, "DATE_BEFORE", "") else None,
        date_after=re.compile(rf"^(?:{d.DATE_AFTER})") if getattr(d, "DATE_AFTER", "") else None,
    )


def _length(g: DurationGrammar, m: re.Match[str], folded: str) -> tuple[str, dict[str, Any]] | None:
    """ISO duration and attrs of a "<number> <unit>" match, or None when it is not one."""
    d = g.data
    gd = {k: v for k, v in m.groupdict().items() if v is not None}
    s, e = m.start("core"), m.end("core")
    if g.date_after and g.date_after.match(folded[e:]):
        return None                      # "two days ago" is a date
    if g.date_before and g.date_before.search(folded[:s]):
        return None                      # "il y a deux jours", "قبل يومين"
    if "unit" in gd:
        unit = _lookup(d.UNITS, gd["unit"])
        if "count" in gd:
            num_word = fold(gd["count"]).strip()
            count = _parse_number(gd["count"], g.lang)
            if (unit == "second" and num_word in getattr(d, "ARTICLES", ())
                    and not re.fullmatch(r"secs?\.?", fold(gd["unit"]))):
                return None              # "a second visit", "une seconde fois" ("une sec" is)
        elif "halfa" in gd:
            count = 0.5
        else:
            count = None
    elif "dual_unit" in gd:
        unit, count = _lookup(d.DUAL_UNITS, gd["dual_unit"]), 2
    elif "single_unit" in gd:
        unit, count = _lookup(d.SINGULAR_UNITS, gd["single_unit"]), 1
    else:
        return None
    if unit is None or count is None or count <= 0 or unit not in ISO_UNITS:
        return None
    if "half" in gd or "half2" in gd:
        count += 0.5
    if "fraction" in gd:                     # "one and three quarters of an hour"
        frac = _lookup(d.FRACTIONS, gd["fraction"])
        if frac is None:
            return None
        count += frac
    attrs: dict[str, Any] = {"kind": "duration", "approx": False, "unit": unit, "count": count}
    if "minutes" in gd:                     # "1 hour thirty": minutes after the hours
        mins = _parse_number(gd["minutes"], g.lang)
        if unit != "hour" or mins is None or not 0 < mins < 60 or mins != int(mins):
            return None
        parts = {"hour": count, "minute": int(mins)}
        attrs["units"] = parts
        return iso_from_parts(parts), attrs
    if "approx" in gd:
        how = _lookup(d.APPROX, gd["approx"])
        if how in ("min", "max"):
            attrs["bound"] = how
        else:
            attrs["approx"] = True
    return iso_duration(count, unit), attrs


def _merge_composites(chosen: list[tuple[int, int, int, Any]], folded: str,
                      g: DurationGrammar) -> list[tuple[int, int, int, Any]]:
    """Join "2 years and 3 months" into one duration (distinct units, joined by and/commas)."""
    joiner = re.compile(rf"^\s*(?:,\s*)?(?:(?:{getattr(g.data, 'AND', 'and')})\s+)?$")
    out: list[tuple[int, int, int, Any]] = []
    for c in chosen:
        if out:
            p = out[-1]
            pa, ca = p[3][2], c[3][2]
            if (pa.get("kind") == ca.get("kind") == "duration" and "unit" in ca
                    and ca["unit"] not in pa.get("units", {pa.get("unit"): 0})
                    and not ca.get("approx") and "bound" not in ca and joiner.match(folded[p[1]:c[0]])):
                parts = dict(pa.get("units") or {pa["unit"]: pa["count"]})
                parts[ca["unit"]] = ca["count"]
                if all(u in ISO_UNITS and ISO_UNITS[u][1] == 1 for u in parts):
                    attrs = dict(pa, units=parts)
                    out[-1] = (p[0], c[1], p[2], (p[3][0], iso_from_parts(parts), attrs))
                    continue
        out.append(c)
    return out


Candidate = tuple[int, int, int, tuple[str, Any, dict[str, Any]]]


def _lengths(g: DurationGrammar, text: str, folded: str) -> list[Candidate]:
    """"<number> <unit>" lengths (after the intervals in priority)."""
    cands: list[Candidate] = []
    for i, (name, pat) in enumerate(g.patterns):
        for m in pat.finditer(folded):
            got = _length(g, m, folded)
            if got is not None:
                s, e = _trim(text, m.start("core"), m.end("core"))
                cands.append((s, e, 10 + i, (f"duration.{g.lang}.{name}", got[0], got[1])))
    return cands


def _intervals(g: DurationGrammar, text: str, folded: str, ctx: Context) -> list[Candidate]:
    """Intervals around the dates the date finder reads: "from X to Y", "between 23 and 25
    November", "until X", "since X", "since 2019"."""
    lang = g.lang

    def value(expr: dict[str, Any]) -> str | None:
        v, _ = resolve(expr, ctx.reference_date, ctx.weekday_policy)
        return None if v is not None and DateValue(v).partial else v   # no interval between dates without a year

    def interval(start: int, end: int, prio: int, rule: str, iv: str, exprs: list) -> Candidate:
        kind = {"day_range": "interval", "since_year": "since"}.get(rule, rule)
        return (start, end, prio, (f"duration.{lang}.{rule}", iv,
                                   {"kind": kind, "approx": False, "exprs": exprs}))

    cands: list[Candidate] = []
    dates = date_matches(text, lang)
    for k, (s, e, name, expr) in enumerate(dates):
        v = value(expr)
        left = folded[:s]
        if k + 1 < len(dates) and g.range_to.match(folded[e:dates[k + 1][0]]):   # from X to Y
            m = g.range_from.search(left)
            s2, e2, _, expr2 = dates[k + 1]
            v2 = value(expr2)
            if m and v and v2:
                cands.append(interval(m.start(), e2, 0, "interval", f"{v}/{v2}", [expr, expr2]))
        m = g.day_range.search(left)            # between 23 and 25 November / du 23 au 25
        if m and expr.get("day") and expr.get("month"):
            first = dict(expr, day=int(m.group("d1")), weekday=None)
            v1 = value(first)
            if v1 and v and v1 < v:
                cands.append(interval(m.start(), e, 1, "day_range", f"{v1}/{v}", [first, expr]))
        for kind, pat in (("until", g.until), ("since", g.since)):
            m = pat.search(left)
            inner = re.match(rf"(?:{getattr(g.data, kind.upper())})\s+", folded[s:e])
            if (m or inner) and v is not None:
                iv = f"../{v}" if kind == "until" else f"{v}/.."
                cands.append(interval(m.start() if m else s, e, 2, kind, iv, [expr]))
    for m in g.year_since.finditer(folded):
        year = {"day": None, "month": None, "year": int(m.group("year")), "weekday": None}
        cands.append(interval(m.start("core"), m.end("core"), 3, "since_year",
                              f"{m.group('year')}/..", [year]))
    return cands


def find_durations(text: str, ctx: Context) -> list[Fact]:
    """Duration and interval facts of ``text`` (intervals resolved against the reference date)."""
    if ctx.language not in ("id", "en", "fr", "ar"):
        return []
    g = duration_grammar(ctx.language)
    folded = fold(text)
    cands = _lengths(g, text, folded) + _intervals(g, text, folded, ctx)
    facts = []
    for s, e, _, (rule, val, attrs) in _merge_composites(_select(cands), folded, g):
        s, e = _widen_parens(text, s, e)
        facts.append(Fact("duration", s, e, text[s:e], Duration(val), rule, attrs))
    return facts


__all__ = ["find_durations", "iso_duration", "iso_from_parts", "duration_seconds"]

"""Date builders: what each kind of date template says, as an expression (Duckling's way).

Every pattern of ``reconcile/lang/<code>/date.py`` is ``(rule, template, builder)``: the
builder named there receives the template's named groups as keyword arguments of the same
name (only those that matched) plus ``lang``, the language's compiled
:class:`~reconcile.facts.date.Grammar`, and returns the JSON-able expression that
:func:`reconcile.facts.date.resolve` reads, or None when the words are not a date after all
("may", "3.5"). Builders never see a reference date: resolving is a separate step, so an
expression can be re-resolved against an anchor borrowed from an aligned article.

Group names (set by the placeholders of :func:`reconcile.facts.date.placeholders`): ``day``,
``day_word`` ("first"), ``month``, ``month_number`` ("2/2013"), ``year``, ``short_year``
("'74"), ``weekday``, ``late_weekday`` ("Jul 18, Fri"), ``slash_a``/``slash_b``/``slash_year``
and ``sep`` ("24/11/2021"), ``relative_day``, ``unit``, ``count``, ``dual_unit``,
``single_unit``, ``modifier``, ``week_modifier``, ``edge``, ``part_of_day``, ``approx``,
``prep``; the templates add words of their own (``ago``, ``later``, ``first``...).
"""
from __future__ import annotations

import calendar
import re
from typing import Any

from reconcile.facts.date import DATE_UNITS, Grammar, _lookup, _parse_number, fold

Expr = dict[str, Any]


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", fold(word)).rstrip(".")


def _blank() -> Expr:
    return {"day": None, "month": None, "year": None, "weekday": None}


def _second_name(lang: Grammar, e: Expr, month2: str | None) -> None:
    """A month written with two names ("أكتوبر/تشرين الأول") whose names are two different
    months: the first is kept, ``month_mismatch`` says the source contradicts itself."""
    second = _month(lang, month2, True) if month2 is not None else None
    if second is not None and second != e["month"]:
        e["month_mismatch"] = second


def _month(lang: Grammar, word: str, in_context: bool) -> int | None:
    """Month number, None when unknown or when a word that needs context ("may") stands alone."""
    w = _norm(word)
    n = lang.months.get(w)
    if n is None:
        n = _lookup(getattr(lang.data, "MONTH_ABBR", {}), w)
    need = {fold(x) for x in getattr(lang.data, "MONTHS_NEED_CONTEXT", ())}
    return None if n is None or (w in need and not in_context) else n


def _weekday(lang: Grammar, word: str, in_context: bool) -> int | None:
    """Weekday number (0 = Monday), None when a word that needs context ("sat") stands alone."""
    w = _norm(word)
    n = lang.weekdays.get(w)
    if n is None:
        n = _lookup(getattr(lang.data, "WEEKDAYS_BARE", {}), w)
    need = {fold(x) for x in getattr(lang.data, "WEEKDAYS_NEED_CONTEXT", ())}
    return None if w in need and not in_context else n


def _full_year(digits: str) -> int:
    """"74" -> 1974, "21" -> 2021, "2021" -> 2021."""
    y = int(digits)
    return y + 2000 if y < 50 else (y + 1900 if y < 100 else y)


def _fits_month(e: Expr) -> bool:
    """False for a day past the month's end ("31 November"; 29 February counts)."""
    if e["month"] is None or e["day"] is None:
        return True
    return e["day"] <= calendar.monthrange(e["year"] or 2000, e["month"])[1]


def _offset(lang: Grammar, modifier: str) -> int:
    return _lookup(lang.data.MODIFIERS, modifier)


def _clamp(n: int) -> int:
    return max(-1, min(1, n))


def _finish(lang: Grammar, e: Expr, edge: str | None = None, part_of_day: str | None = None,
            approx: str | None = None, this_month: str | None = None) -> Expr | None:
    """Add the words every kind may carry (edge, part of day, approximation) and check the
    expression says something."""
    d = lang.data
    if edge is not None:
        e["edge"] = _lookup(d.EDGES, edge)
    if part_of_day is not None:
        e["part_of_day"] = _lookup(d.PARTS_OF_DAY, part_of_day)
    if approx is not None:
        e["approx"] = True
    if this_month is not None:
        e["this_month"] = True
    if all(e.get(k) is None for k in ("day", "month", "year", "weekday", "rel_unit")):
        return None
    if e["weekday"] is not None and e.get("weekday_mod") is None and "rel_unit" not in e:
        e.setdefault("weekday_mod", None)
    return e


def _weekday_modifier(lang: Grammar, e: Expr, modifier: str) -> None:
    """"last/next/this Tuesday"; French "mardi prochain" is the coming one."""
    e["weekday_mod"] = {-1: "last", 1: "next", 0: "this"}[_clamp(_offset(lang, modifier))]


def _coming(lang: Grammar, e: Expr, modifier: str | None) -> None:
    coming = {fold(w) for w in getattr(lang.data, "COMING_WORDS", ())}
    if e.get("weekday_mod") == "next" and re.sub(r"\s+", " ", fold(modifier)) in coming:
        e["weekday_mod"] = "coming"


# ---------------------------------------------------------------------------------------------
# Calendar dates

def day_month_year(lang: Grammar, *, month: str, day: str | None = None,
                   day_word: str | None = None, first: str | None = None,
                   year: str | None = None, short_year: str | None = None,
                   weekday: str | None = None, late_weekday: str | None = None,
                   prep: str | None = None, part_of_day: str | None = None,
                   sep: str | None = None, month2: str | None = None) -> Expr | None:
    """A day of a named month, perhaps with year and weekday: "Tuesday, 23 November 2021",
    "Nov 26, Fri", "the first of December", "31-Oct-74", "أول شباط"."""
    e = _blank()
    e["month"] = _month(lang, month, True)
    if e["month"] is None:
        return None
    _second_name(lang, e, month2)
    weekday = weekday if weekday is not None else late_weekday
    if weekday is not None:
        e["weekday"] = _weekday(lang, weekday, day is not None or prep is not None)
        if e["weekday"] is None:
            return None
    if day is not None:
        e["day"] = int(day)
    elif day_word is not None:
        e["day"] = _lookup(lang.data.DAY_WORDS, day_word)
    elif first is not None:
        e["day"] = 1
    if year is not None:
        e["year"] = int(year)
    elif short_year is not None:
        e["year"] = _full_year(short_year)
    return _finish(lang, e, part_of_day=part_of_day) if _fits_month(e) else None


def month(lang: Grammar, *, month: str, year: str | None = None, prep: str | None = None,
          modifier: str | None = None, edge: str | None = None, month2: str | None = None) -> Expr | None:
    """A month, perhaps with year, edge or modifier: "in August", "December 2020",
    "late October", "décembre dernier" (the last December before the reference)."""
    e = _blank()
    e["month"] = _month(lang, month, any(x is not None for x in (prep, year, modifier, edge)))
    if e["month"] is None:
        return None
    _second_name(lang, e, month2)
    if year is not None:
        e["year"] = int(year)
    if modifier is not None and e["year"] is None:
        e["month_shift"] = _clamp(_offset(lang, modifier))
    return _finish(lang, e, edge=edge)


def month_number_year(lang: Grammar, *, month_number: str, year: str,
                      prep: str | None = None) -> Expr | None:
    """A month by number with its year: "2/2013"."""
    e = _blank()
    e.update(month=int(month_number), year=int(year))
    return _finish(lang, e)


def iso_date(lang: Grammar, *, year: str, month_number: str, day: str,
             prep: str | None = None) -> Expr | None:
    """ISO 8601: "2021-11-24"."""
    e = _blank()
    e.update(year=int(year), month=int(month_number), day=int(day))
    return _finish(lang, e) if _fits_month(e) else None


def year(lang: Grammar, *, year: str, edge: str | None = None,
         prep: str | None = None) -> Expr | None:
    """A year after a word that makes it one ("in 2020", "early 2020", "عام 2020")."""
    e = _blank()
    e["year"] = int(year)
    return _finish(lang, e, edge=edge)


def slash_date(lang: Grammar, *, core: str, slash_a: str, slash_b: str, sep: str,
               slash_year: str | None = None, weekday: str | None = None,
               prep: str | None = None, part_of_day: str | None = None) -> Expr | None:
    """Numeric day and month, perhaps with year or weekday: "24/11/2021", "Selasa (23/11)".

    The language's ``SLASH_ORDER`` says which comes first; "3.5" or "2-3" alone is a number
    and "1/2" alone a fraction, but "24/11" (one side over 12) reads as a date.
    """
    e = _blank()
    if weekday is not None:
        e["weekday"] = _weekday(lang, weekday, True)
        if e["weekday"] is None:
            return None
    a, b = int(slash_a), int(slash_b)
    if sep in ".-" and slash_year is None and weekday is None:
        return None
    d, m = (b, a) if getattr(lang.data, "SLASH_ORDER", "dmy") == "mdy" else (a, b)
    if m > 12 and d <= 12:
        d, m = m, d
    if m > 12 or not 1 <= d <= 31 or m < 1:
        return None
    e.update(day=d, month=m)
    if slash_year is not None:
        e["year"] = _full_year(slash_year)
    elif weekday is None and prep is None and "(" not in core and max(a, b) <= 12:
        return None
    return _finish(lang, e, part_of_day=part_of_day) if _fits_month(e) else None


# ---------------------------------------------------------------------------------------------
# Weekdays

def weekday(lang: Grammar, *, weekday: str, prep: str | None = None,
            modifier: str | None = None, week_modifier: str | None = None,
            after_next: str | None = None, part_of_day: str | None = None,
            approx: str | None = None) -> Expr | None:
    """A weekday, perhaps with a modifier or a week: "on Wednesday", "last Wednesday",
    "Rabu minggu depan", "Sunday from last week", "Tuesday after next"."""
    e = _blank()
    in_context = any(x is not None for x in (prep, modifier, week_modifier))
    e["weekday"] = _weekday(lang, weekday, in_context)
    if e["weekday"] is None:
        return None
    if modifier is not None:
        _weekday_modifier(lang, e, modifier)
    if week_modifier is not None:
        e["week_shift"] = _offset(lang, week_modifier)
    _coming(lang, e, modifier)
    if after_next is not None:
        e["week_shift"] = 1
    return _finish(lang, e, part_of_day=part_of_day, approx=approx)


def weekday_day(lang: Grammar, *, weekday: str, day: str | None = None,
                day_word: str | None = None, prep: str | None = None,
                modifier: str | None = None, part_of_day: str | None = None,
                this_month: str | None = None) -> Expr | None:
    """A weekday with a day of the month but no month: "jeudi 15", "Thu 25th",
    "السبت السادس عشر من هذا الشهر"."""
    e = _blank()
    e["weekday"] = _weekday(lang, weekday, any(x is not None for x in (day, prep, modifier)))
    if e["weekday"] is None:
        return None
    e["day"] = int(day) if day is not None else _lookup(lang.data.DAY_WORDS, day_word)
    if modifier is not None:
        _weekday_modifier(lang, e, modifier)
    _coming(lang, e, modifier)
    return _finish(lang, e, part_of_day=part_of_day, this_month=this_month)


# ---------------------------------------------------------------------------------------------
# Relative dates

def _unit(lang: Grammar, table: str, word: str) -> str | None:
    unit = _lookup(getattr(lang.data, table), word)
    return unit if unit in DATE_UNITS else None


def _relative(e: Expr, unit: str, offset: int) -> Expr:
    """Set the unit step; a fortnight is two weeks, a decade ten years."""
    if unit == "fortnight":
        unit, offset = "week", offset * 2
    if unit == "decade":
        unit, offset = "year", offset * 10
    e.update(rel_unit=unit, rel_offset=offset)
    return e


def relative_day(lang: Grammar, *, relative_day: str, part_of_day: str | None = None,
                 approx: str | None = None) -> Expr | None:
    """A day named from the reference: "yesterday", "besok pagi", "après-demain"."""
    e = _blank()
    e.update(rel_unit="day", rel_offset=_lookup(lang.data.RELATIVE_DAYS, relative_day))
    return _finish(lang, e, part_of_day=part_of_day, approx=approx)


def unit_offset(lang: Grammar, *, unit: str, modifier: str, edge: str | None = None,
                prep: str | None = None) -> Expr | None:
    """A calendar unit around the reference: "last year", "le mois dernier", "late last year"."""
    u = _unit(lang, "UNITS", unit)
    if u is None:
        return None
    return _finish(lang, _relative(_blank(), u, _offset(lang, modifier)), edge=edge)


def _counted(lang: Grammar, unit: str, count: str, sign: int, exact: bool) -> Expr | None:
    u = _unit(lang, "UNITS", unit)
    n = None if u is None else _parse_number(count, lang.lang)
    if n is None or n != int(n):
        return None
    e = _blank()
    e["counted"] = True                  # "three months ago": a count from the reference
    if exact:
        e["exact"] = True                # "3 years from today": that very day
    if u in ("week", "fortnight"):
        e["exact"] = True                # "three weeks ago" is a day, not a calendar week
    return _relative(e, u, int(n) * sign)


def units_ago(lang: Grammar, *, count: str, unit: str, ago: str,
              approx: str | None = None) -> Expr | None:
    """A count of units back from the reference: "three weeks ago", "il y a un an"."""
    e = _counted(lang, unit, count, -1, False)
    return None if e is None else _finish(lang, e, approx=approx)


def units_later(lang: Grammar, *, count: str, unit: str, later: str,
                exact: str | None = None, approx: str | None = None) -> Expr | None:
    """A count of units ahead: "in three days", "dans deux mois", "3 years from today"."""
    e = _counted(lang, unit, count, 1, exact is not None)
    return None if e is None else _finish(lang, e, approx=approx)


def _one_step(lang: Grammar, table: str, word: str, offset: int,
              approx: str | None) -> Expr | None:
    unit = _unit(lang, table, word)
    if unit is None:
        return None
    e = _blank()
    e.update(rel_unit=unit, rel_offset=offset, exact=unit == "week", counted=True)
    return _finish(lang, e, approx=approx)


def dual_ago(lang: Grammar, *, dual_unit: str, ago: str, approx: str | None = None) -> Expr | None:
    """Two units back, an Arabic dual: "قبل عامين" (two years ago)."""
    return _one_step(lang, "DUAL_UNITS", dual_unit, -2, approx)


def dual_later(lang: Grammar, *, dual_unit: str, later: str) -> Expr | None:
    """Two units ahead, an Arabic dual: "بعد يومين" (in two days)."""
    return _one_step(lang, "DUAL_UNITS", dual_unit, 2, None)


def single_ago(lang: Grammar, *, single_unit: str, ago: str,
               approx: str | None = None) -> Expr | None:
    """One unit back, said in one word: "setahun lalu", "قبل عام"."""
    return _one_step(lang, "SINGULAR_UNITS", single_unit, -1, approx)


__all__ = ["day_month_year", "month", "month_number_year", "iso_date", "year", "slash_date",
           "weekday", "weekday_day", "relative_day", "unit_offset", "units_ago", "units_later",
           "dual_ago", "dual_later", "single_ago"]

"""Dates, weekdays and relative dates in id/en/fr/ar, kept re-resolvable.

Each language's words and pattern templates live in ``reconcile/lang/<code>/date.py``, each
template naming the builder (``reconcile.facts.date_builders``) that turns its match into a
plain JSON-able *expression* (what the words say, nothing inferred); this module compiles the
templates, runs them and resolves an expression against a reference date with :func:`resolve`.
Keeping the expression lets the pipeline re-resolve "Wednesday" against an anchor borrowed
from an aligned article without re-reading the text.
"""
from __future__ import annotations

import calendar
import datetime as dt
import importlib
import inspect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any, Callable, Iterable

from reconcile.facts.arabic import CHAR_FOLD
from reconcile.facts.digits import normalize_digits
from reconcile.facts.numeral import parse_number
from reconcile.lang import rules
from reconcile.types import Context, DateValue, Fact

# How far ahead of the reference date a day/month without a year may still be read as
# upcoming (news convention: "23 November" is the most recent one unless it is close ahead).
FUTURE_WINDOW_DAYS = 31
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
DATE_UNITS = {"day", "week", "fortnight", "month", "year", "decade"}

# ---------------------------------------------------------------------------------------------
# Folding: one character in, one character out, so offsets found in the folded text are valid
# in the raw text.
_AR_FOLD = CHAR_FOLD
_PUNCT_FOLD = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "—": "-", "\u00a0": " ",
               "\u202f": " ", "\u2009": " ", "،": ","}


def _fold_char(c: str) -> str:
    if c in _AR_FOLD:
        return _AR_FOLD[c]
    if c in _PUNCT_FOLD:
        return _PUNCT_FOLD[c]
    low = c.lower()
    if len(low) != 1:
        return c
    if low.isascii():
        return low
    base = unicodedata.normalize("NFD", low)[0]
    return base if base.isascii() and base.isalpha() else low


def fold_regex(pattern: str) -> str:
    """Fold the non-ASCII letters of a regex written by hand (ASCII escapes stay as they are)."""
    return "".join(c if c.isascii() else _fold_char(c) for c in pattern)


def fold(text: str) -> str:
    """Lower-case, strip Latin accents, unify Arabic letter variants and digits, same length."""
    out = "".join(_fold_char(c) for c in normalize_digits(text))
    assert len(out) == len(text)
    return out


# ---------------------------------------------------------------------------------------------
# Grammar compilation

def _alt(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    uniq = sorted({fold(w) for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


def _lookup(table: dict[str, Any], word: str) -> Any:
    key = re.sub(r"\s+", " ", fold(word)).rstrip(".")
    for k, v in table.items():
        if fold(k) == key:
            return v
    return None


#: A date template's builder (see ``reconcile.facts.date_builders``): the language's grammar
#: and the template's matched groups as keywords in, an expression (or None: not a date) out.
Builder = Callable[..., "dict[str, Any] | None"]


@dataclass(frozen=True)
class Rule:
    """One compiled template: its rule name, regex, builder and the groups the builder reads."""

    name: str
    pattern: re.Pattern[str]
    builder: Builder
    groups: tuple[str, ...]


@dataclass(frozen=True)
class Grammar:
    """One language's compiled date rules plus the tables their builders read."""

    lang: str
    data: ModuleType
    rules: tuple[Rule, ...]
    months: dict[str, int]
    weekdays: dict[str, int]


def lang_module(lang: str, dimension: str) -> ModuleType:
    """``reconcile.lang.<lang>.<dimension>`` (why: rules are data, one file each); raises if absent."""
    return rules(lang, dimension)


def _dateparser_names(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month/weekday names from dateparser's language data (>= 3 letters), to widen ours."""
    try:
        mod = importlib.import_module(f"dateparser.data.date_translation_data.{lang}")
    except ImportError:
        return {}, {}
    info = mod.info
    months = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
    days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    m = {fold(w): i + 1 for i, k in enumerate(months) for w in info.get(k, []) if len(w) >= 4}
    d = {fold(w): i for i, k in enumerate(days) for w in info.get(k, []) if len(w) >= 5}
    return m, d


def _group(name: str, table: Any) -> str:
    """A named group matching any word of ``table``; never matches when it is empty."""
    return rf"(?P<{name}>{_alt(table)})" if table else rf"(?P<{name}>(?!x)x)"


def placeholders(data: ModuleType, months: dict[str, int], weekdays: dict[str, int],
                 number_words: str) -> dict[str, str]:
    """Regex for each ``{NAME}`` of a template, as a named group where the value matters."""
    need = {fold(w) for w in getattr(data, "MONTHS_NEED_CONTEXT", ())}
    month_all = dict(months)
    month_all.update({fold(k): v for k, v in getattr(data, "MONTH_ABBR", {}).items()})
    full = {k: v for k, v in months.items()}
    rel = getattr(data, "RELATIVE_DAYS", {})
    num = r"\d{1,4}(?:[.,]\d+)?"
    if number_words:
        num = rf"{num}|{number_words}"
    slash = (r"(?P<slash_a>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<slash_b>\d{1,2})"
             r"(?:\s*(?P=sep)\s*(?P<slash_year>\d{4}|\d{2}))?")
    return {
        "DAY": rf"(?P<day>0?[1-9]|[12]\d|3[01])(?!\d){getattr(data, 'DAY_SUFFIX', '')}",
        "DAYW": _group("day_word", getattr(data, "DAY_WORDS", {})),
        "MONTH": rf"(?P<month>{_alt(month_all)})",
        "MONTHN": rf"(?P<month>{_alt(full)})",
        # A second name of the month ("أكتوبر/تشرين الأول"): read only to see that both agree.
        "MONTHS2": rf"(?P<month2>{_alt(month_all)})",
        "YEAR": r"(?P<year>(?:1[6-9]|20)\d\d)(?!\d)",
        "WEEKDAY": rf"(?P<weekday>{_alt(weekdays)})",
        # Weekday names only read as such in a fixed frame (Arabic "اثنين الاسبوع الماضي").
        "WEEKDAYS2": _alt(weekdays),
        "WEEKDAYB": _group("weekday", getattr(data, "WEEKDAYS_BARE", {})),
        # A two-digit year after a month name, only at the end of a phrase ("31 Oct 74").
        "YY": r"(?P<short_year>\d\d)(?=\s*(?:$|[.,;:!?)]))",
        # Numeric month/year ("2/2013").
        "MONYEAR": r"(?P<month_number>0?[1-9]|1[0-2])\s*/\s*(?P<year>(?:1[6-9]|20)\d\d)(?![\d/])",
        "RELDAY": _group("relative_day", rel),
        "UNIT": _group("unit", getattr(data, "UNITS", {})),
        "MOD": _group("modifier", getattr(data, "MODIFIERS", {})),
        "WMOD": _group("week_modifier", getattr(data, "MODIFIERS", {})),
        "EDGE": _group("edge", getattr(data, "EDGES", {})),
        "POD": _group("part_of_day", getattr(data, "PARTS_OF_DAY", {})),
        "APPROX": _group("approx", getattr(data, "APPROX", {})),
        "LEAD": rf"(?P<lead>{fold_regex(getattr(data, 'LEAD', r'(?!x)x'))})",
        "NUM": rf"(?P<count>{num})",
        "PREP": rf"(?P<prep>{fold_regex(getattr(data, 'PREP', r'(?!x)x'))})",
        "SLASH": slash,
        "ISO": r"(?P<year>(?:1[6-9]|20)\d\d)-(?P<month_number>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)",
        "DUAL": _group("dual_unit", getattr(data, "DUAL_UNITS", {})),
        "FRAC": _group("fraction", getattr(data, "FRACTIONS", {})),
        "NUM2": rf"(?P<minutes>{num})",
        "SING": _group("single_unit", getattr(data, "SINGULAR_UNITS", {})),
    } | {"_need": "|".join(sorted(need))}


def expand(template: str, ph: dict[str, str], prefix: str) -> re.Pattern[str]:
    """Compile a template: word boundaries around it, optional clitic prefix outside ``core``."""
    body = re.sub(r"\{([A-Z0-9]+)\}", lambda m: ph[m.group(1)], fold_regex(template))
    return re.compile(rf"(?<![\w]){prefix}(?P<core>{body})(?![\w])")


def number_words_regex(lang: str) -> str:
    """``{NUM}`` words: chains of numeral words, or one "a"/"un"/"se" word standing alone."""
    words: set[str] = set()
    try:
        num = lang_module(lang, "numeral")
        words |= set(getattr(num, "UNITS", {})) | set(getattr(num, "MULTIPLIERS", {}))
        words |= {w for w in getattr(num, "COMPOUNDS", {})}
    except ImportError:
        pass
    ones: set[str] = set()
    try:
        dur = lang_module(lang, "duration")
        words |= set(getattr(dur, "NUMBER_WORDS", ()))
        ones = set(getattr(dur, "ONE_WORDS", {}))
    except ImportError:
        pass
    chain = _alt(words - ones)
    return rf"(?:{chain})(?:(?:\s+|-)(?:{chain}))*|{_alt(ones)}" if ones else rf"(?:{chain})(?:(?:\s+|-)(?:{chain}))*"


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    """Compile one language's date grammar once."""
    data = lang_module(lang, "date")
    dp_m, dp_d = _dateparser_names(lang)
    months = dict(dp_m)
    months.update({fold(k): v for k, v in data.MONTHS.items()})
    weekdays = dict(dp_d)
    weekdays.update({fold(k): v for k, v in data.WEEKDAYS.items()})
    ph = placeholders(data, months, weekdays, number_words_regex(lang))
    prefix = getattr(data, "CLITIC_PREFIX", "")
    rules = tuple(_rule(name, expand(t, ph, prefix), builder) for name, t, builder in data.PATTERNS)
    return Grammar(lang, data, rules, months, weekdays)


def _rule(name: str, pattern: re.Pattern[str], builder: Builder) -> Rule:
    """Pair a template with its builder, checking the builder takes every group the template
    names (so a language file and its builders cannot drift apart silently)."""
    params = inspect.signature(builder).parameters
    missing = [g for g in pattern.groupindex if g not in params and g != "core"]
    if missing:
        raise TypeError(f"date rule {name!r}: {builder.__name__} takes no {missing}")
    return Rule(name, pattern, builder, tuple(g for g in pattern.groupindex if g in params))


# ---------------------------------------------------------------------------------------------
# Numbers

def _parse_number(text: str, lang: str) -> float | int | None:
    """Digits or number words ("a"/"se-" words from our duration data, else the numeral parser)."""
    t = re.sub(r"\s+", " ", normalize_digits(text).strip())
    if re.fullmatch(r"\d+", t):
        return int(t)
    try:
        v = _lookup(getattr(lang_module(lang, "duration"), "ONE_WORDS", {}), t)
    except ImportError:
        v = None
    if v is not None:
        return v
    return parse_number(t, lang)


# ---------------------------------------------------------------------------------------------
# Resolution

def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def weekday_matches(value: str | None, weekday: int | None) -> bool:
    """True when a day-granularity value falls on ``weekday`` (or there is nothing to check)."""
    if value is None or weekday is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return True
    return dt.date.fromisoformat(value).weekday() == weekday


#: A day/month this close to the reference keeps its year even when the weekday written beside it
#: does not fit: "Selasa (3/10)" a day after Monday 3 October is that Monday with a slipped weekday
#: (which a fact-checker wants to see), not a Tuesday a year later. Farther away, the weekday picks
#: the year ("Fri, Jul 18" in February: the next July 18 that is a Friday). Chosen by
#: scripts/sweep_weekday_slip.py over the dev corpora and Duckling's Time corpora.
WEEKDAY_SLIP_DAYS = 31


def _year_for_weekday(day: int, month: int, weekday: int, ref: dt.date) -> int | None:
    """Year within one of the reference in which day/month falls on weekday (the nearest); None
    when the nearest day/month lies within ``WEEKDAY_SLIP_DAYS`` and on another weekday."""
    near = [x for y in (ref.year - 1, ref.year, ref.year + 1) if (x := _valid(y, month, day))]
    if near and min(abs((x - ref).days) for x in near) <= WEEKDAY_SLIP_DAYS:
        nearest = min(near, key=lambda x: abs((x - ref).days))
        return nearest.year if nearest.weekday() == weekday else None
    cands = [y for y in (ref.year - 1, ref.year, ref.year + 1)
             if (x := _valid(y, month, day)) and x.weekday() == weekday]
    if cands:
        return min(cands, key=lambda y: abs((dt.date(y, month, day) - ref).days))
    return None


def partial_value(month: int, day: int | None = None) -> str:
    """ISO 8601 without a year ("--11-24"): what the words say when nothing gives the year."""
    return f"--{month:02d}" if day is None else f"--{month:02d}-{day:02d}"


def is_partial(value: object) -> bool:
    """True for a date value without its year (see :func:`partial_value`)."""
    return isinstance(value, DateValue) and value.partial


def _year_for_day_month(day: int | None, month: int, ref: dt.date, policy: str) -> int:
    """Year that puts day/month nearest the reference (news) or next on/after it (Duckling)."""
    if policy == "next":
        if day is None:
            return ref.year if month >= ref.month else ref.year + 1
        x = _valid(ref.year, month, day)
        return ref.year if x is None or x >= ref else ref.year + 1
    best = ref.year
    for y in (ref.year + 1, ref.year, ref.year - 1):
        x = _valid(y, month, day or 1)
        if x is None:
            continue
        ahead = (x - ref).days if day is not None else (y - ref.year) * 12 + month - ref.month
        limit = FUTURE_WINDOW_DAYS if day is not None else 0
        if ahead <= limit:
            return y
    return best


def _date_for_weekday_day(day: int, weekday: int, ref: dt.date, policy: str,
                          this_month: bool = False) -> dt.date | None:
    """The date with day-of-month ``day`` falling on ``weekday`` ("jeudi 15", "Thu 15th"):
    within six months of the reference, the nearest one (news; the earlier on a tie) or the
    first on/after it (Duckling's "next")."""
    cands = []
    for k in range(0, 1) if this_month else range(-6, 7):
        y, m = _add_months(ref.year, ref.month, k)
        x = _valid(y, m, day)
        if x is not None and x.weekday() == weekday:
            cands.append(x)
    if policy == "next" and not this_month:
        cands = [x for x in cands if x >= ref]
        return min(cands) if cands else None
    return min(cands, key=lambda x: (abs((x - ref).days), x > ref)) if cands else None


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


Resolved = tuple["str | None", dict[str, Any]]


def _shifted(ref: dt.date, unit: str, off: int) -> tuple[int, int, int]:
    """The reference moved ``off`` months or years, the day clipped to the month's end."""
    y, m = _add_months(ref.year, ref.month, off * (12 if unit == "year" else 1))
    return y, m, min(ref.day, calendar.monthrange(y, m)[1])


def _resolve_relative(expr: dict[str, Any], ref: dt.date | None, weekday_policy: str,
                      attrs: dict[str, Any]) -> Resolved:
    """A unit step from the reference: "yesterday", "last week", "three months ago"."""
    unit = expr["rel_unit"]
    attrs.update(relative=True, inferred=True)
    off = int(expr.get("rel_offset") or 0)
    attrs["granularity"] = {"day": "day", "week": "week", "month": "month", "year": "year"}[unit]
    if ref is None:
        return None, attrs
    if unit == "day":
        return (ref + dt.timedelta(days=off)).isoformat(), attrs
    if unit == "week" and expr.get("exact"):
        attrs["granularity"] = "day"
        return (ref + dt.timedelta(weeks=off)).isoformat(), attrs
    if unit == "week":
        return (_monday(ref) + dt.timedelta(weeks=off)).isoformat(), attrs
    if expr.get("exact"):
        attrs["granularity"] = "day"
        return _fmt(*_shifted(ref, unit, off)), attrs
    if expr.get("counted") and weekday_policy == "next":
        # Duckling reads a count of months/years from the reference one grain finer:
        # "three months ago" is that day, "two years ago" that month. News keeps the
        # coarser calendar unit (an article's "two years ago" rarely means the day).
        y, m, d = _shifted(ref, unit, off)
        attrs["granularity"] = "month" if unit == "year" else "day"
        return (_fmt(y, m) if unit == "year" else _fmt(y, m, d)), attrs
    if unit == "month":
        return _fmt(*_add_months(ref.year, ref.month, off)), attrs
    return _fmt(ref.year + off), attrs


def _month_year(expr: dict[str, Any], ref: dt.date | None, weekday_policy: str,
                attrs: dict[str, Any]) -> int | None:
    """The year of a month (and day) written without one; None when the reference is needed
    and missing (``attrs`` then says why)."""
    day, month, wd = expr.get("day"), expr["month"], expr.get("weekday")
    shift = expr.get("month_shift")
    if shift:                            # "last December", "décembre dernier"
        attrs.update(relative=True, inferred=True)
        if ref is None:
            return None
        if shift < 0:
            return ref.year if month < ref.month else ref.year - 1
        return ref.year if month > ref.month else ref.year + 1
    if ref is None:
        attrs["partial"] = True
        return None
    attrs["inferred"] = True
    if day is not None and wd is not None:
        year = _year_for_weekday(day, month, wd, ref)
        if year is not None:
            return year
        attrs["weekday_mismatch"] = True
    return _year_for_day_month(day, month, ref, weekday_policy)


def _resolve_month(expr: dict[str, Any], ref: dt.date | None, weekday_policy: str,
                   attrs: dict[str, Any]) -> Resolved:
    """A month, or a day of a month, the year written or inferred from the reference."""
    day, month, year, wd = expr.get("day"), expr["month"], expr.get("year"), expr.get("weekday")
    attrs["granularity"] = "day" if day is not None else "month"
    if year is None:
        year = _month_year(expr, ref, weekday_policy, attrs)
        if year is None:
            partial = attrs.get("partial") and day is not None
            return (partial_value(month, day) if partial else None), attrs
    if day is None:
        return _fmt(year, month), attrs
    if _valid(year, month, day) is None:
        return None, attrs
    value = _fmt(year, month, day)
    if wd is not None and not weekday_matches(value, wd):
        attrs["weekday_mismatch"] = True
    return value, attrs


def _resolve_weekday(expr: dict[str, Any], ref: dt.date, weekday_policy: str) -> dt.date:
    """A weekday without a date: "on Wednesday", "last Wednesday", "Wednesday next week"."""
    wd = expr["weekday"]
    mod = expr.get("weekday_mod")
    shift = int(expr.get("week_shift") or 0)
    if mod == "coming":
        return ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    if mod == "last":
        return ref - dt.timedelta(days=(ref.weekday() - wd) % 7 or 7)
    if mod == "next":
        return _monday(ref) + dt.timedelta(days=7 + wd)
    if weekday_policy == "next" and expr.get("week_shift") is None:
        return ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    x = _monday(ref) + dt.timedelta(days=wd + 7 * shift)
    if expr.get("week_shift") is None and (x - ref).days > NEWS_WEEK_MAX_AHEAD:
        x -= dt.timedelta(days=7)     # Monday's paper: "on Saturday" was two days ago
    return x


def resolve(expr: dict[str, Any], reference_date: dt.date | None,
            weekday_policy: str = "news_week") -> tuple[str | None, dict[str, Any]]:
    """Turn an expression into a value against an anchor; pure (no clock is read).

    Without a reference date, a day and month without a year keep what the words say: the
    partial value "--11-24" (weekday kept in ``attrs``, ``partial`` set), never a year guessed
    from the wall clock, so a report does not change with the day it is run.
    """
    ref = reference_date
    day, month, year, wd = expr.get("day"), expr.get("month"), expr.get("year"), expr.get("weekday")
    attrs: dict[str, Any] = {"granularity": "day", "inferred": False, "weekday": wd,
                             "relative": False, "part_of_day": expr.get("part_of_day"),
                             "expr": dict(expr)}
    if expr.get("month_mismatch"):
        attrs["month_mismatch"] = True       # "1 أكتوبر/تشرين الثاني": two names of two months
    if expr.get("edge"):
        attrs["edge"] = expr["edge"]
    if expr.get("rel_unit") is not None:
        return _resolve_relative(expr, ref, weekday_policy, attrs)
    if month is not None:
        return _resolve_month(expr, ref, weekday_policy, attrs)
    if year is not None:
        attrs["granularity"] = "year"
        return _fmt(year), attrs
    if wd is None:
        return None, attrs
    attrs.update(relative=True, inferred=True)
    if ref is None:
        return None, attrs
    if day is not None:
        x = _date_for_weekday_day(day, wd, ref, weekday_policy, bool(expr.get("this_month")))
        return (x.isoformat() if x else None), attrs
    return _resolve_weekday(expr, ref, weekday_policy).isoformat(), attrs


# ---------------------------------------------------------------------------------------------
# Finding

#: A bare weekday in news resolves within the reference date's week, except that a day more than
#: this many days ahead is last week's: an article published on Monday that says "on Saturday"
#: reports the weekend just gone, not the next one.
NEWS_WEEK_MAX_AHEAD = 3


def _select(cands: list[tuple[int, int, int, Any]]) -> list[tuple[int, int, int, Any]]:
    """Longest non-overlapping matches, earlier patterns winning ties."""
    chosen: list[tuple[int, int, int, Any]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if all(c[1] <= o[0] or o[1] <= c[0] for o in chosen):
            chosen.append(c)
    return sorted(chosen)


def _widen_parens(text: str, start: int, end: int) -> tuple[int, int]:
    """Take "(18/01/2023)" whole when the date fills the parentheses."""
    if start > 0 and end < len(text) and text[start - 1] == "(" and text[end] == ")":
        return start - 1, end + 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,.\t\n":
        end -= 1
    if text[start:end].count("(") != text[start:end].count(")"):
        s = text[start:end]
        if s.endswith(")") and s.count(")") > s.count("("):
            end -= 1
        elif s.startswith("(") and s.count("(") > s.count(")"):
            start += 1
    return start, end


def date_matches(text: str, lang: str) -> list[tuple[int, int, str, dict[str, Any]]]:
    """Every date expression: (start, end, rule, expr), longest non-overlapping."""
    if lang not in ("id", "en", "fr", "ar"):
        return []
    g = grammar(lang)
    folded = fold(text)
    cands: list[tuple[int, int, int, Any]] = []
    for i, rule in enumerate(g.rules):
        for m in rule.pattern.finditer(folded):
            words = {k: v for k in rule.groups if (v := m.group(k)) is not None}
            expr = rule.builder(g, **words)
            if expr is None:
                continue
            s, e = _trim(text, m.start("core"), m.end("core"))
            if e > s:
                cands.append((s, e, i, (rule.name, expr)))
    out = []
    for s, e, _, (name, expr) in _select(cands):
        s, e = _widen_parens(text, s, e)
        out.append((s, e, name, expr))
    return out


def find_dates(text: str, ctx: Context) -> list[Fact]:
    """Date facts of ``text`` resolved against ``ctx.reference_date`` (see :func:`resolve`)."""
    facts = []
    for s, e, name, expr in date_matches(text, ctx.language):
        iso, attrs = resolve(expr, ctx.reference_date, ctx.weekday_policy)
        value = DateValue(iso) if iso is not None else None
        facts.append(Fact("date", s, e, text[s:e], value, f"date.{ctx.language}.{name}", attrs))
    return facts


__all__ = ["find_dates", "resolve", "weekday_matches", "fold", "date_matches", "grammar", "is_partial",
           "partial_value"]


def _unresolved_out_of_calendar(fn):
    """An anchor at the calendar's edge (0001-01-01, 9999-12-31) cannot take a relative step
    past it: such a date stays unresolved (``out_of_range``) instead of raising OverflowError."""
    import functools

    def in_calendar(value) -> bool:
        year = re.match(r"-?\d+", value) if isinstance(value, str) else None
        return year is None or 1 <= int(year.group()) <= 9999

    @functools.wraps(fn)
    def wrapper(expr, reference_date, *args, **kwargs):
        try:
            value, attrs = fn(expr, reference_date, *args, **kwargs)
            if in_calendar(value):
                return value, attrs
        except OverflowError:
            pass
        try:
            value, attrs = fn(expr, None, *args, **kwargs)
        except OverflowError:
            value, attrs = None, {"granularity": "day", "inferred": True, "weekday": expr.get("weekday"),
                                  "relative": True, "part_of_day": expr.get("part_of_day"), "expr": dict(expr)}
        return (value if in_calendar(value) else None), {**attrs, "out_of_range": True}

    return wrapper


resolve = _unresolved_out_of_calendar(resolve)

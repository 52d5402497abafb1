"""English date data: names, relative words and the patterns that combine them.

Patterns are ``(rule, template, builder)``: ``{NAME}`` placeholders of a regex template expand
to named groups built from the word tables below (see ``reconcile.facts.date``), and the
builder (``reconcile.facts.date_builders``) reads those groups into what the date says. The
patterns and the example corpora are in ``date.yaml`` beside this file, each builder named there
by its function name. Matching runs on a folded copy of the text (lower case, no Latin accents,
’ -> '), so the words here are written in that form.
"""
from __future__ import annotations

from datetime import date

from reconcile.facts.date import Builder
from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# Full month names that are also common words: only with a day, year, preposition or modifier.
MONTHS_NEED_CONTEXT = {"may", "march"}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}
# Abbreviations that are also words ("sat", "sun", "wed", "mon" as in "c'mon") need a day,
# preposition or modifier; "thu", "tue", "fri" and the like stand alone.
WEEKDAYS_NEED_CONTEXT = {"mon", "wed", "sat", "sun"}
RELATIVE_DAYS = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
    "the day after tomorrow": 2, "day after tomorrow": 2, "day before yesterday": -2,
}
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "fortnight": "fortnight",
    "hour": "hour", "hours": "hour", "hrs": "hour", "hr": "hour", "minute": "minute",
    "minutes": "minute", "mins": "minute", "min": "minute", "second": "second",
    "seconds": "second", "secs": "second", "sec": "second", "decade": "decade",
    "decades": "decade", "yr": "year", "yrs": "year",
}
# Modifiers before a unit, month or weekday: offset in that unit.
MODIFIERS = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
    "the following": 1, "the previous": -1, "the last": -1, "the next": 1, "the coming": 1,
    "following": 1,
}
EDGES = {
    "late": "end", "early": "start", "mid": "mid", "mid-": "mid", "end of": "end",
    "the end of": "end", "beginning of": "start", "the beginning of": "start",
    "start of": "start", "the start of": "start", "middle of": "mid", "the middle of": "mid",
    "earlier": "start", "later": "end",
}
PARTS_OF_DAY = {
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "in the morning": "morning", "in the afternoon": "afternoon",
    "in the evening": "evening", "at night": "night", "midday": "noon", "noon": "noon",
}
APPROX = {"about": "approx", "around": "approx", "roughly": "approx", "nearly": "approx",
          "almost": "approx", "some": "approx", "approximately": "approx",
          "more than": "min", "over": "min", "at least": "min", "less than": "max",
          "under": "max", "at most": "max", "up to": "max"}
DAY_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
    "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first".split())}
DAY_SUFFIX = r"(?:st|nd|rd|th)?"
SLASH_ORDER = "mdy"          # 2/15 is February 15 in the (US) default English locale
PREP = r"(?:on|in|of|during|by)\s+"

PATTERNS: list[tuple[str, str, Builder]] = _DATA.with_builders("PATTERNS")

CORPUS_REFERENCE_DATE = date(2023, 1, 2)   # a Monday, the first working day of a year

CORPUS: list[tuple[str, str | None]] = _DATA.rows("CORPUS")

NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"\bhad\s+(?:not\s+|already\s+|also\s+|previously\s+|earlier\s+)?(?:been|\w+(?:ed|en|wn|ne|ht|lt|pt|ung|ook|ave|ade|aid|old|ent|ot|ew))\b"
RECALL_CORPUS: list[str] = _DATA.strings("RECALL_CORPUS")
RECALL_NEGATIVE_CORPUS: list[str] = _DATA.strings("RECALL_NEGATIVE_CORPUS")

"""English date data: names, relative words and the patterns that combine them.

Patterns are ``(rule, template, builder)``: ``{NAME}`` placeholders of a regex template expand
to named groups built from the word tables below (see ``reconcile.facts.date``), and the
builder (``reconcile.facts.date_builders``) reads those groups into what the date says. Matching runs on a folded copy of the text
(lower case, no Latin accents, ’ -> '), so the words here are written in that form.
"""
from __future__ import annotations

from datetime import date

from reconcile.facts import date_builders as b
from reconcile.facts.date import Builder

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

PATTERNS: list[tuple[str, str, Builder]] = [
    ("day_month_year", r"(?:{PREP})?(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of\s+|\s*){MONTH}\.?(?:,?\s+{YEAR}|\s+{YY})?(?:\s+{POD})?", b.day_month_year),
    ("month_day_year", r"(?:{PREP})?(?:{WEEKDAY},?\s+)?{MONTH}\.?\s*(?:the\s+)?{DAY}(?!\d)(?:,?\s+{YEAR})?(?:,\s+(?P<late_weekday>{WEEKDAYS2}))?(?:\s+{POD})?", b.day_month_year),
    ("day_mon_year", r"{DAY}(?P<sep>[/-]){MONTH}(?P=sep)(?:{YEAR}|(?P<short_year>\d\d)(?!\d))", b.day_month_year),
    ("month_slash_year", r"(?:{PREP})?{MONYEAR}", b.month_number_year),
    ("dayw_month", r"(?:{PREP})?(?:the\s+)?{DAYW}\s+of\s+{MONTH}\.?(?:,?\s+{YEAR})?", b.day_month_year),
    ("month_dayw", r"(?:{PREP})?{MONTH}\.?\s+(?:the\s+)?{DAYW}(?:,?\s+{YEAR})?", b.day_month_year),
    ("weekday_day", r"(?:{PREP})?{WEEKDAY},?\s+the\s+{DAY}", b.weekday_day),
    ("weekday_day_sfx", r"(?:{PREP})?{WEEKDAY}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)", b.weekday_day),
    ("month_year", r"(?:{PREP})?{MONTH}\.?,?\s+(?:of\s+)?{YEAR}", b.month),
    ("month", r"(?:{PREP})?{MONTHN}", b.month),
    ("month_mod", r"(?:{PREP})?{MOD}\s+{MONTHN}", b.month),
    ("edge_month", r"(?:{PREP})?{EDGE}\s+{MONTHN}(?:\s+{YEAR})?", b.month),
    ("year", r"(?:in|during|since|of|by|the\s+year|year)\s+{YEAR}", b.year),
    ("edge_year", r"(?:in\s+)?{EDGE}\s+{YEAR}", b.year),
    ("slash", r"(?:{PREP})?(?:{WEEKDAY},?\s+)?\(?{SLASH}\)?(?:\s+{POD})?", b.slash_date),
    ("iso", r"(?:{PREP})?{ISO}", b.iso_date),
    ("relday", r"{RELDAY}(?:\s+{POD})?", b.relative_day),
    ("pod_relday", r"(?:{POD})\s+(?:of\s+)?{RELDAY}", b.relative_day),
    ("mod_unit", r"(?:{PREP})?(?:{EDGE}\s+)?{MOD}\s+{UNIT}", b.unit_offset),
    ("unit_ago", r"(?:{APPROX}\s+)?{NUM}\s+{UNIT}\s+(?P<ago>ago|earlier|before)", b.units_ago),
    ("in_units", r"(?P<later>in)\s+(?:{APPROX}\s+)?{NUM}\s+{UNIT}", b.units_later),
    ("unit_later", r"{NUM}\s+{UNIT}\s+(?P<later>later|from\s+now|hence|from\s+(?P<exact>today))", b.units_later),
    ("weekday", r"(?:{APPROX}\s+)?(?:{PREP})?(?:{MOD}\s+)?{WEEKDAY}(?:\s+{POD})?", b.weekday),
    ("weekday_week", r"(?:{PREP})?{WEEKDAY}(?:\s+of|\s+from)?\s+{WMOD}\s+week", b.weekday),
    ("week_s_weekday", r"(?:{PREP})?{WMOD}\s+week's\s+{WEEKDAY}", b.weekday),
    ("weekday_after_next", r"(?:{PREP})?{WEEKDAY}\s+(?P<after_next>after\s+next)", b.weekday),
]

CORPUS_REFERENCE_DATE = date(2023, 1, 2)   # a Monday, the first working day of a year

CORPUS: list[tuple[str, str | None]] = [
    ("30 December 2022", "2022-12-30"),
    ("December 29, 2022", "2022-12-29"),
    ("on January 2, 2023", "2023-01-02"),
    ("Dec. 31, 2022", "2022-12-31"),
    ("the 28th of December", "2022-12-28"),
    ("30 January", "2023-01-30"),              # 28 days ahead: still read as upcoming
    ("5 February", "2022-02-05"),              # 34 days ahead: last year's
    ("Friday, December 30", "2022-12-30"),
    ("2022-12-30", "2022-12-30"),
    ("12/30/2022", "2022-12-30"),
    ("in 2019", "2019"),
    ("in January", "2023-01"),
    ("in March", "2022-03"),
    ("in October 2021", "2021-10"),
    ("late November", "2022-11"),
    ("last December", "2022-12"),
    ("next March", "2023-03"),
    ("this Wednesday", "2023-01-04"),
    ("on Thursday", "2023-01-05"),
    ("on Friday", "2022-12-30"),               # four days ahead: the Friday just gone
    ("Saturday evening", "2022-12-31"),
    ("last Wednesday", "2022-12-28"),
    ("next Wednesday", "2023-01-11"),
    ("Wednesday next week", "2023-01-11"),
    ("yesterday", "2023-01-01"),
    ("tomorrow morning", "2023-01-03"),
    ("the day before yesterday", "2022-12-31"),
    ("the first of December", "2022-12-01"),
    ("three weeks ago", "2022-12-12"),
    ("last year", "2022"),
    ("late last year", "2022"),
    ("the end of last year", "2022"),
    ("about a year ago", "2022"),
    ("two years ago", "2021"),
    ("3 days ago", "2022-12-30"),
    ("last month", "2022-12"),
    ("next month", "2023-02"),
    ("this year", "2023"),
    ("in three days", "2023-01-05"),
    ("early 2021", "2021"),
    ("Thu", "2023-01-05"),
    ("Thu 5th", "2023-01-05"),
    ("Fri 30th", "2022-12-30"),
    ("Dec 30, Fri", "2022-12-30"),
    ("Wed, Jan4", "2023-01-04"),
    ("9march 2017", "2017-03-09"),
    ("3rd May 16", "2016-05-03"),
    ("28/Feb/1981", "1981-02-28"),
    ("15-Aug-69", "1969-08-15"),
    ("11/2008", "2008-11"),
    ("around next Tuesday", "2023-01-10"),
    ("Sunday from last week", "2023-01-01"),
    ("last week's Sunday", "2023-01-01"),
    ("3 years from today", "2026-01-02"),
]

NEGATIVE_CORPUS: list[str] = [
    "4 trucks", "G7", "42", "36 million euros", "K9/B/44-X", "may be", "you may go",
    "the sun", "1/2 of them", "Rp 27.500", "page 12", "march forward",
    "sat", "sun", "wed", "2011-12", "1/2", "5-3",
]


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"\bhad\s+(?:not\s+|already\s+|also\s+|previously\s+|earlier\s+)?(?:been|\w+(?:ed|en|wn|ne|ht|lt|pt|ung|ook|ave|ade|aid|old|ent|ot|ew))\b"
RECALL_CORPUS: list[str] = ['The council had approved the budget two weeks before the vote.', 'Rescuers had already pulled six people from the rubble.', 'The airline had suspended its flights to the island.']
RECALL_NEGATIVE_CORPUS: list[str] = ['The council approved the budget two weeks before the vote.', 'She had to leave before noon.', 'The airline has suspended its flights.']

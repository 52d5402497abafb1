"""English number words and digit conventions (data only; parsed by reconcile.facts.numeral)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

DECIMAL_SEP = "."
GROUP_SEP = ","
GROUP_SPACE = False          # "100 000" is not an English grouping

UNITS: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Multiply the last additive word ("two hundred", "three dozen"); alone they mean 1 x factor.
MULTIPLIERS: dict[str, int] = {"hundred": 100, "dozen": 12, "hundreds": 100, "dozens": 12}
TEEN_SUFFIX: dict[str, int] = {}
SCALES: dict[str, int] = {
    "thousand": 10**3, "thousands": 10**3, "million": 10**6, "millions": 10**6,
    "billion": 10**9, "billions": 10**9, "trillion": 10**12, "trillions": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5,
    "crore": 10**7, "crores": 10**7, "cr": 10**7, "krore": 10**7, "krores": 10**7,
    "koti": 10**7, "lkh": 10**5, "lkhs": 10**5,
}
# Plurals need a count before them: "thousands of people" is not a number.
PLURALS: frozenset[str] = frozenset(
    {"hundreds", "dozens", "thousands", "millions", "billions", "trillions", "lakhs", "lacs",
     "crores", "krores", "lkhs"})
# Multi-word lexemes -> the single word they stand for.
# Scale words that carry their own count ("seribu" = one thousand, duals).
SELF_COUNTED: frozenset[str] = frozenset()
COMPOUNDS: dict[str, str] = {
    "a hundred": "hundred", "a thousand": "thousand", "a million": "million",
    "a billion": "billion", "a trillion": "trillion", "a dozen": "dozen",
}
CONJUNCTIONS: frozenset[str] = frozenset({"and"})
CONJ_PREFIXES: tuple[str, ...] = ()
CLITIC_PREFIXES: tuple[str, ...] = ()
DECIMAL_WORDS: frozenset[str] = frozenset({"point"})
NEGATIVE_WORDS: frozenset[str] = frozenset({"minus", "negative"})
# Words that are a number only inside a longer number or when they are the whole text.
WEAK: frozenset[str] = frozenset()
UNIT_FIRST = False           # tens before units ("twenty one")
PERCENT_WORDS: tuple[str, ...] = ("percent", "per cent", "pct", "percentage points")
# Attached suffixes on digits: "100K", "3M".
SUFFIXES: dict[str, int] = {"k": 10**3, "K": 10**3, "M": 10**6}
# Digits right after/before these words are clock times, left to the date finder.
TIME_CUES_BEFORE: frozenset[str] = frozenset()
TIME_CUES_AFTER: frozenset[str] = frozenset({"am", "pm", "a.m", "p.m", "gmt", "utc", "o'clock"})

CORPUS: list[tuple[str, int | float]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

"""English ordinals (data; read by reconcile.facts.ordinal)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1000000,
}
# Digits + suffix: "1st", "22nd", "73rd", "90th".
DIGIT_PATTERN = r"(?<![\w.,])(?P<n>\d+)(?:st|nd|rd|th)(?!\w)"
SUFFIXES: dict[str, str] = {}           # stem rules (French -ième); none needed here
STEM_FIXES: dict[str, str] = {}
PREFIXES: tuple[str, ...] = ()         # Indonesian ke-; none
ARTICLES: tuple[str, ...] = ()         # Arabic al-; none
TEEN_WORDS: dict[str, int] = {}
# Cardinal words may precede the ordinal word: "twenty-fifth", "one hundred and first".
COMPOUND_BEFORE = True
NO_COMPOUND: frozenset[str] = frozenset()
# Phrases where the word is not an ordinal (titles, idioms, the time unit "second").
NOT_ORDINAL: tuple[str, ...] = (
    "first lady", "first ladies", "first minister", "first aid", "at first", "first-hand",
    "first hand", "firsthand", "first name", "first names", "second-hand", "second hand",
    "secondhand", "a second", "one second", "per second", "split second", "a split second",
    "first of all", "second to none", "second-guess",
)
COLLECTIVE_PRECEDERS: frozenset[str] = frozenset()

CORPUS: list[tuple[str, int]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

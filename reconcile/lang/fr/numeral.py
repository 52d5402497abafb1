"""French number words and digit conventions (data only; parsed by reconcile.facts.numeral)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

DECIMAL_SEP = ","
GROUP_SEP = "."
GROUP_SPACE = True           # "100 000", with a no-break or narrow no-break space too

UNITS: dict[str, int] = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
    "huitante": 80, "octante": 80, "nonante": 90, "quatre-vingt": 80,
}
MULTIPLIERS: dict[str, int] = {"cent": 100, "cents": 100}
TEEN_SUFFIX: dict[str, int] = {}
SCALES: dict[str, int] = {
    "mille": 10**3, "mil": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
    "milliards": 10**9, "billion": 10**12, "billions": 10**12,
}
PLURALS: frozenset[str] = frozenset({"millions", "milliards", "billions"})
# Scale words that carry their own count ("seribu" = one thousand, duals).
SELF_COUNTED: frozenset[str] = frozenset()
COMPOUNDS: dict[str, str] = {"quatre vingt": "quatre-vingt", "quatre vingts": "quatre-vingt"}
CONJUNCTIONS: frozenset[str] = frozenset({"et"})
CONJ_PREFIXES: tuple[str, ...] = ()
CLITIC_PREFIXES: tuple[str, ...] = ()
DECIMAL_WORDS: frozenset[str] = frozenset({"virgule"})
NEGATIVE_WORDS: frozenset[str] = frozenset({"moins"})
# ... except right after these words: "au moins 300 morts" / "du moins 300" is a lower bound
# ("at least"), never minus 300.
NEGATIVE_BLOCKERS: frozenset[str] = frozenset({"au", "du"})
# "un"/"une" are mostly articles; "mil" is mostly a year word.
WEAK: frozenset[str] = frozenset({"un", "une", "mil"})
UNIT_FIRST = False
PERCENT_WORDS: tuple[str, ...] = ("pour cent", "pourcent", "pour-cent")
SUFFIXES: dict[str, int] = {"k": 10**3, "K": 10**3, "M": 10**6}
# Digits right after/before these words are clock times, left to the date finder.
TIME_CUES_BEFORE: frozenset[str] = frozenset()
TIME_CUES_AFTER: frozenset[str] = frozenset({"gmt", "utc"})

CORPUS: list[tuple[str, int | float]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

"""Indonesian number words and digit conventions (data only; parsed by reconcile.facts.numeral)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

DECIMAL_SEP = ","
GROUP_SEP = "."
GROUP_SPACE = False

UNITS: dict[str, int] = {
    "nol": 0, "kosong": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
    "seratus": 100,
}
# Multiply the last unit: "dua puluh" = 20, "tiga ratus" = 300.
MULTIPLIERS: dict[str, int] = {"puluh": 10, "ratus": 100}
# Adds ten to the last unit: "tujuh belas" = 17.
TEEN_SUFFIX: dict[str, int] = {"belas": 10}
SCALES: dict[str, int] = {
    "ribu": 10**3, "rb": 10**3, "seribu": 10**3, "juta": 10**6, "jt": 10**6, "sejuta": 10**6,
    "miliar": 10**9, "milyar": 10**9, "semiliar": 10**9, "triliun": 10**12, "trilyun": 10**12,
}
PLURALS: frozenset[str] = frozenset()
# Scale words that carry their own count ("seribu" = one thousand, duals).
SELF_COUNTED: frozenset[str] = frozenset({"seribu", "sejuta", "semiliar"})
COMPOUNDS: dict[str, str] = {}
CONJUNCTIONS: frozenset[str] = frozenset()
CONJ_PREFIXES: tuple[str, ...] = ()
CLITIC_PREFIXES: tuple[str, ...] = ()
DECIMAL_WORDS: frozenset[str] = frozenset({"koma"})
NEGATIVE_WORDS: frozenset[str] = frozenset({"minus", "negatif"})
# "kosong" usually means "empty".
WEAK: frozenset[str] = frozenset({"kosong"})
UNIT_FIRST = False
PERCENT_WORDS: tuple[str, ...] = ("persen", "prosen", "per sen")
SUFFIXES: dict[str, int] = {"k": 10**3, "K": 10**3, "M": 10**6}
# Digits right after/before these words are clock times, left to the date finder.
TIME_CUES_BEFORE: frozenset[str] = frozenset({"pukul", "jam"})
TIME_CUES_AFTER: frozenset[str] = frozenset({"wib", "wita", "wit"})

CORPUS: list[tuple[str, int | float]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

"""Indonesian number words and digit conventions (data only; parsed by reconcile.facts.numeral)."""
from __future__ import annotations

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

CORPUS: list[tuple[str, int | float]] = [
    ("0", 0), ("nol", 0), ("satu", 1), ("Dua", 2), ("sepuluh", 10), ("tiga puluh tiga", 33),
    ("0033", 33), ("seratus", 100), ("tujuh belas", 17), ("dua puluh delapan", 28),
    ("1,1", 1.1), ("1,10", 1.1), ("0,77", 0.77), (",77", 0.77), ("100.000", 100000),
    ("100K", 100000), ("3.000.000", 3000000), ("1.200.000", 1200000), ("1,2M", 1200000),
    ("5 ribu", 5000), ("lima ribu", 5000), ("seratus dua puluh dua", 122),
    ("dua ratus ribu", 200000), ("sepuluh ribu sebelas", 10011),
    ("tujuh ratus dua puluh satu ribu dua belas", 721012),
    ("tiga puluh satu juta dua ratus lima puluh enam ribu tujuh ratus dua puluh satu", 31256721),
    ("8,1 miliar", 8100000000), ("33 ribu", 33000), ("1,5 juta", 1500000), ("seribu", 1000),
    ("dua belas", 12), ("sebelas", 11), ("minus 5", -5), ("tiga koma lima", 3.5),
    ("empat triliun", 4000000000000), ("8.1", 8.1),
]
NEGATIVE_CORPUS: list[str] = [
    "ribuan orang", "puluhan", "pukul 10.30 WIB", "10.30 WIB", "beberapa", "pukul 10:30", "F-16", "", "setiap",
]

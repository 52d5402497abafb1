"""Indonesian ordinals (data; read by reconcile.facts.ordinal): "pertama", ke- + cardinal."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

ORDINALS: dict[str, int] = {"pertama": 1, "pertamanya": 1}
# "ke-7", "ke-00003", "ke 7"
DIGIT_PATTERN = r"(?<![\w])[Kk]e[-‐–\s](?P<n>\d+)(?![\w.,]?\d)(?!\w)"
SUFFIXES: dict[str, str] = {}
STEM_FIXES: dict[str, str] = {}
# ke + cardinal written as one word: "kedua", "ketujuh", "kesepuluh", "kedua puluh lima".
PREFIXES: tuple[str, ...] = ("ke",)
ARTICLES: tuple[str, ...] = ()
TEEN_WORDS: dict[str, int] = {}
COMPOUND_BEFORE = False
NO_COMPOUND: frozenset[str] = frozenset()
NOT_ORDINAL: tuple[str, ...] = ("kedua belah", "kesatuan", "ketiganya", "keduanya")
# Before a noun and after these words (or at the start of a sentence), "kedua"/"ketiga" means
# "both"/"all three" ("kedua negara" = both countries), not an ordinal.
COLLECTIVE_PRECEDERS: frozenset[str] = frozenset({
    "di", "dari", "bagi", "oleh", "untuk", "dengan", "antara", "dan", "atau", "para",
    "kepada", "pada", "bahwa", "sementara", "namun", "tetapi", "karena", "dalam", "atas",
})

CORPUS: list[tuple[str, int]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

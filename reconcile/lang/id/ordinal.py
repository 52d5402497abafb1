"""Indonesian ordinals (data; read by reconcile.facts.ordinal): "pertama", ke- + cardinal."""
from __future__ import annotations

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

CORPUS: list[tuple[str, int]] = [
    ("pertama", 1), ("kedua", 2), ("ketiga", 3), ("keempat", 4), ("ke-4", 4), ("kelima", 5),
    ("keenam", 6), ("ketujuh", 7), ("ke-7", 7), ("kedelapan", 8), ("kesembilan", 9),
    ("kesepuluh", 10), ("Kesepuluh", 10), ("kesebelas", 11), ("ke-00003", 3),
    ("kedua belas", 12), ("ketiga belas", 13), ("kedua puluh", 20), ("kedua puluh lima", 25),
    ("ke-25", 25), ("keseratus", 100), ("ke-100", 100), ("Pertama", 1), ("ke 3", 3),
    ("ketiga puluh satu", 31),
]
NEGATIVE_CORPUS: list[str] = [
    "kedua belah pihak", "Kedua negara sepakat", "antara kedua negara", "keduanya", "kesatuan",
    "ke Jakarta", "kemarin",
]

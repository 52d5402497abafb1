"""French clock times (read by reconcile.facts.clock): "11h16", "22h", "6 h 15", "04h16 GMT"."""
from __future__ import annotations

_ZONE = r"(?:\s+(?P<zone>GMT|UTC|HEC|CET|heure\s+de\s+Paris))?"
PATTERNS: list[tuple[str, str]] = [
    ("h_mm", r"(?<![\d.,])(?P<h>[01]?\d|2[0-4])\s?h\s?(?P<m>[0-5]\d)?(?![\w])" + _ZONE),
    ("hh_mm", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\.\d)" + _ZONE),
]
AM_WORDS: frozenset[str] = frozenset()
PM_WORDS: frozenset[str] = frozenset()

CORPUS: list[tuple[str, str]] = [
    ("11h16", "11:16"), ("22h", "22:00"), ("6 h 15", "06:15"), ("04h16 GMT", "04:16"), ("23:30", "23:30"),
]
NEGATIVE_CORPUS: list[str] = ["13 heures", "48h de grève en 2021", "3-2", "7,8", "2 000"]

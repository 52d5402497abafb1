"""French clock times (read by reconcile.facts.clock): "11h16", "22h", "6 h 15", "04h16 GMT"."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

_ZONE = r"(?:\s+(?P<zone>GMT|UTC|HEC|CET|heure\s+de\s+Paris))?"
PATTERNS: list[tuple[str, str]] = [
    ("h_mm", r"(?<![\d.,])(?P<h>[01]?\d|2[0-4])\s?h\s?(?P<m>[0-5]\d)?(?![\w])" + _ZONE),
    ("hh_mm", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\.\d)" + _ZONE),
]
AM_WORDS: frozenset[str] = frozenset()
PM_WORDS: frozenset[str] = frozenset()

CORPUS: list[tuple[str, str]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

"""Indonesian clock times (read by reconcile.facts.clock): "pukul 11.25 WIB", "12.30 WITA"."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

_ZONE = r"(?:\s*(?P<zone>WIB|WITA|WIT|GMT|UTC))"
PATTERNS: list[tuple[str, str]] = [
    ("pukul", r"(?:pukul|jam)\s+(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d))?(?![\d.:])" + _ZONE + "?"
              + r"(?:\s+(?P<ampm>pagi|siang|sore|malam))?"),
    ("zone", r"(?<![\d.:])(?P<h>[01]?\d|2[0-4])[.:](?P<m>[0-5]\d)" + _ZONE),
]
# "pukul 8 malam" = 20:00; "pukul 11 siang" stays 11:00 (siang is late morning to afternoon).
AM_WORDS = frozenset({"pagi"})
PM_WORDS = frozenset({"sore", "malam"})

CORPUS: list[tuple[str, str]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

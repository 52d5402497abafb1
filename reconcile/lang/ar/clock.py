"""Arabic clock times (read by reconcile.facts.clock): "الساعة 11:19 صباحا", "الساعة 3 عصرا"."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

_AMPM = r"(?:\s+(?P<ampm>صباحًا|صباحاً|صباحا|مساءً|مساء|ظهرًا|ظهرا|عصرًا|عصرا|ليلًا|ليلا))?"
# "ت غ" / "ت.غ": AFP Arabic's abbreviation of "توقيت غرينتش" (GMT)
_ZONE = r"(?:\s+(?:بتوقيت\s+)?(?P<zone>غرينتش|GMT|WIB|ت\s?\.?\s?غ(?!\w)))?"
PATTERNS: list[tuple[str, str]] = [
    ("al_saa", r"الساعة\s+(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?(?![\d.:])" + _AMPM + _ZONE),
    ("hh_mm", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d:]|\.\d)" + _AMPM + _ZONE),
]
AM_WORDS = frozenset({"صباحا", "صباحًا", "صباحاً"})
PM_WORDS = frozenset({"مساء", "مساءً", "عصرا", "عصرًا", "ليلا", "ليلًا"})

CORPUS: list[tuple[str, str]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

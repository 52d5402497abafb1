"""Arabic clock times (read by reconcile.facts.clock): "الساعة 11:19 صباحا", "الساعة 3 عصرا"."""
from __future__ import annotations

_AMPM = r"(?:\s+(?P<ampm>صباحًا|صباحاً|صباحا|مساءً|مساء|ظهرًا|ظهرا|عصرًا|عصرا|ليلًا|ليلا))?"
_ZONE = r"(?:\s+(?:بتوقيت\s+)?(?P<zone>غرينتش|GMT|WIB))?"
PATTERNS: list[tuple[str, str]] = [
    ("al_saa", r"الساعة\s+(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?(?![\d.:])" + _AMPM + _ZONE),
    ("hh_mm", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d:]|\.\d)" + _AMPM + _ZONE),
]
AM_WORDS = frozenset({"صباحا", "صباحًا", "صباحاً"})
PM_WORDS = frozenset({"مساء", "مساءً", "عصرا", "عصرًا", "ليلا", "ليلًا"})

CORPUS: list[tuple[str, str]] = [
    ("الساعة 11:19 صباحًا", "11:19"), ("الساعة 3 عصرا", "15:00"), ("الساعة ٩:٣٠ مساءً", "21:30"),
]
NEGATIVE_CORPUS: list[str] = ["لمدة 13 ساعة", "٧٫٨ درجات", "3-2", "100,000"]

"""English clock times (read by reconcile.facts.clock): "11:18 a.m.", "at 3 pm", "0416 GMT"."""
from __future__ import annotations

_ZONE = r"(?:\s+(?P<zone>GMT|UTC|WIB|CET|CEST|EST|EDT|PST|BST))?"
PATTERNS: list[tuple[str, str]] = [
    ("hh_mm", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\.\d)(?:\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![a-z]))?" + _ZONE),
    # "9.30pm": with a dot only when a.m./p.m. follows ("$1.25 billion" is no time)
    ("hh_dot_mm", r"(?<![\d.:$€£])(?P<h>1[0-2]|0?[1-9])\.(?P<m>[0-5]\d)\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![a-z])" + _ZONE),
    ("h_ampm", r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![a-z])" + _ZONE),
]
AM_WORDS = frozenset({"am"})
PM_WORDS = frozenset({"pm"})

CORPUS: list[tuple[str, str]] = [
    ("11:18 a.m.", "11:18"), ("3 pm", "15:00"), ("9.30pm", "21:30"), ("04:16 GMT", "04:16"),
    ("12 am", "00:00"), ("12:05 p.m.", "12:05"),
]
NEGATIVE_CORPUS: list[str] = ["3-2", "2023", "7.8 magnitude", "24/7", "version 2.10.3", "1.5 million", "$1.25 billion"]

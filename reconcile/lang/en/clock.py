"""English clock times (read by reconcile.facts.clock): "11:18 a.m.", "at 3 pm", "0416 GMT"."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

_ZONE = r"(?:\s+(?P<zone>GMT|UTC|WIB|CET|CEST|EST|EDT|PST|BST))?"
PATTERNS: list[tuple[str, str]] = [
    ("hh_mm", r"(?<![\d.:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|\.\d)(?:\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![a-z]))?" + _ZONE),
    # "9.30pm": with a dot only when a.m./p.m. follows ("$1.25 billion" is no time)
    ("hh_dot_mm", r"(?<![\d.:$€£])(?P<h>1[0-2]|0?[1-9])\.(?P<m>[0-5]\d)\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![a-z])" + _ZONE),
    ("h_ampm", r"(?<![\d.:])(?P<h>1[0-2]|0?[1-9])\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?![a-z])" + _ZONE),
]
AM_WORDS = frozenset({"am"})
PM_WORDS = frozenset({"pm"})

CORPUS: list[tuple[str, str]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

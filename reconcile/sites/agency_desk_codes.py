"""A news agency that ends each article with its desk code in parentheses, e.g. "(T/R6/RI-1)":
capital letters and digits in two to seven parts split by slashes, after the last sentence.
Only the code is dropped; the sentence before it is kept."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

LINE_PATTERNS: tuple[tuple[str, str], ...] = tuple(_DATA.rows("LINE_PATTERNS"))

TAIL_PATTERNS: tuple[tuple[str, str], ...] = tuple(_DATA.rows("TAIL_PATTERNS"))

CORPUS: list[str] = _DATA.strings("CORPUS")

TAIL_CORPUS: list[tuple[str, str]] = _DATA.rows("TAIL_CORPUS")

NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

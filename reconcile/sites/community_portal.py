"""A citizen-journalism portal (Indonesian): a member's profile footer under each post, and the
portal's disclaimer that posts are their writers' own responsibility."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

LINE_PATTERNS: tuple[tuple[str, str], ...] = tuple(_DATA.rows("LINE_PATTERNS"))

TAIL_PATTERNS: tuple[tuple[str, str], ...] = tuple(_DATA.rows("TAIL_PATTERNS"))

CORPUS: list[str] = _DATA.strings("CORPUS")

TAIL_CORPUS: list[tuple[str, str]] = _DATA.rows("TAIL_CORPUS")

NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

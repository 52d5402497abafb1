"""French news-page boilerplate, as data (format: see ``reconcile/lang/en/boilerplate.py``)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

LINE_PATTERNS: tuple[tuple[str, str], ...] = tuple(_DATA.rows("LINE_PATTERNS"))

TAIL_PATTERNS: tuple[tuple[str, str], ...] = tuple(_DATA.rows("TAIL_PATTERNS"))

CORPUS: list[str] = _DATA.strings("CORPUS")

NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")


#: A publication line ("Published on 3 March 2023, 10:12"): its date anchors the document's
#: relative dates, but it is not a claim. Whole-sentence patterns.
DATELINE_PATTERNS: tuple[str, ...] = tuple(_DATA.strings("DATELINE_PATTERNS"))

DATELINE_CORPUS: list[str] = _DATA.strings("DATELINE_CORPUS")

DATELINE_NEGATIVE_CORPUS: list[str] = _DATA.strings("DATELINE_NEGATIVE_CORPUS")

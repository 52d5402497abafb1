"""English news-page boilerplate, as data.

English web furniture ("READ MORE", "Share this", "Subscribe") also turns up on pages in other
languages, so ``reconcile.clean`` applies these patterns to every document besides the
document's own language.

``LINE_PATTERNS``: ``(rule, regex)``; the regex must match the WHOLE stripped line (``fullmatch``)
for the line to be dropped. ``TAIL_PATTERNS``: ``(rule, regex)``; searched in a line, only the
match is dropped (e.g. a trailing credit after the last sentence). ``CORPUS``: lines that must be
dropped entirely; ``NEGATIVE_CORPUS``: real news lines that must be kept (checked by
``tests/test_clean.py``). ``DATELINE_PATTERNS``: whole-sentence regexes of publication lines
("Published on 3 March 2023, 10:12"); such a line dates the document but is not a claim
(``reconcile.claims.is_dateline``), with ``DATELINE_CORPUS`` / ``DATELINE_NEGATIVE_CORPUS``.
These tables are written in ``boilerplate.yaml`` beside this file (one per language).

Furniture of one outlet rather than of a language ("Verified Writer" boxes, a news agency's
desk codes) is in ``reconcile/sites/``, applied to every document after the language rules.
"""
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

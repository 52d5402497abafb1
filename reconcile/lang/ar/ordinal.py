"""Arabic ordinals (data; read by reconcile.facts.ordinal). Words match after the light Arabic
normalization of reconcile.facts.numeral.norm_word (hamza forms -> ا, ة -> ه, ى -> ي)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

# Base forms without the article; "ال" + form is accepted too (see ARTICLES).
ORDINALS: dict[str, int] = {
    "أول": 1, "أولى": 1, "حادي": 1, "حادية": 1, "ثاني": 2, "ثان": 2, "ثانية": 2,
    "ثالث": 3, "ثالثة": 3, "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6,
    "سادسة": 6, "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8, "تاسع": 9, "تاسعة": 9,
    "عاشر": 10, "عاشرة": 10,
}
DIGIT_PATTERN = r"(?!x)x"              # no digit ordinals in Arabic text
SUFFIXES: dict[str, str] = {}
STEM_FIXES: dict[str, str] = {}
PREFIXES: tuple[str, ...] = ()
# The definite article (also after the conjunction: "والعشرين"); a cardinal word with the
# article is part of an ordinal: "الحادي والعشرين", "الأحد عشر", "التسعون".
ARTICLES: tuple[str, ...] = ("ال", "وال")
TEEN_WORDS: dict[str, int] = {"عشر": 10, "عشرة": 10}
COMPOUND_BEFORE = False
NO_COMPOUND: frozenset[str] = frozenset()
# Month names and idioms that contain an ordinal word.
NOT_ORDINAL: tuple[str, ...] = (
    "كانون الأول", "كانون الثاني", "تشرين الأول", "تشرين الثاني", "ربيع الأول",
    "ربيع الثاني", "جمادى الأولى", "جمادى الثانية", "أول أمس", "أول من أمس",
    "الساعة الثانية", "الساعة الأولى", "الساعة الثالثة", "الساعة الرابعة", "الساعة الخامسة",
    "الساعة السادسة", "الساعة السابعة", "الساعة الثامنة", "الساعة التاسعة", "الساعة العاشرة",
    "الساعة الحادية عشرة",
)
COLLECTIVE_PRECEDERS: frozenset[str] = frozenset()

CORPUS: list[tuple[str, int]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

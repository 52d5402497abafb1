"""Arabic counts (data; read by reconcile.facts.quantity): number, then the counted noun."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

SKIP: frozenset[str] = frozenset({"من"})
SKIP_CAPITALISED = False
STOPWORDS: frozenset[str] = frozenset({
    "في", "على", "إلى", "الى", "عن", "مع", "و", "أو", "او", "ثم", "أن", "ان", "إن", "الذي",
    "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "بالمئة", "بالمائة", "المئة", "المائة",
    "مرات", "مرة", "ألف", "الف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "قد", "لقد",
    "كان", "كانت", "بين", "منذ", "حتى", "بعد", "قبل", "خلال", "عند", "لدى", "كل", "فقط",
    "أيضا", "ايضا", "لا", "لم", "لن", "ما", "هو", "هي", "هم", "نحو", "حوالي", "قرابة", "صباحا",
    "مساء", "ظهرا",
})
EXCLUDED_UNITS: frozenset[str] = frozenset({
    "ثانية", "ثوان", "دقيقة", "دقائق", "ساعة", "ساعات", "يوم", "أيام", "ايام", "يوما",
    "أسبوع", "أسابيع", "اسبوع", "شهر", "أشهر", "اشهر", "شهور", "سنة", "سنوات", "سنين", "عام",
    "أعوام", "اعوام", "عاما", "قرن", "قرون",
})
# Between two numbers, these make the first a part of the second ("8 of the 9 parties").
PARTITIVE = r"من(?:\s+أصل|\s+بين)?"
CLASSIFIERS: frozenset[str] = frozenset()

CORPUS: list[tuple[str, dict]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

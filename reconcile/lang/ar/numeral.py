"""Arabic number words and digit conventions (data only; parsed by reconcile.facts.numeral).

Words are matched after light normalization (hamza forms -> ا, ة -> ه, ى -> ي, no tashkeel,
no tatweel), so spelling variants such as "اربعه"/"أربعة" need one entry.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

DECIMAL_SEP = "."            # ٫ is normalized to "." by reconcile.facts.digits
GROUP_SEP = ","              # ٬ is normalized to ","
GROUP_SPACE = False

UNITS: dict[str, int] = {
    "صفر": 0, "واحد": 1, "واحدة": 1, "أحد": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2,
    "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثنتا": 2, "إثنى": 2, "إثنتى": 2, "ثلاث": 3,
    "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7,
    "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10,
    "عشرة": 10, "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40,
    "أربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70,
    "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "مائتان": 200, "مائتين": 200, "مئتان": 200, "مئتين": 200,
    "ثلاثمائة": 300, "ثلاثمئة": 300, "أربعمائة": 400, "أربعمئة": 400, "خمسمائة": 500,
    "خمسمئة": 500, "ستمائة": 600, "ستمئة": 600, "سبعمائة": 700, "سبعمئة": 700,
    "ثمانمائة": 800, "ثمانمئة": 800, "ثمانيمائة": 800, "تسعمائة": 900, "تسعمئة": 900,
}
MULTIPLIERS: dict[str, int] = {"مائة": 100, "مئة": 100}
TEEN_SUFFIX: dict[str, int] = {}
SCALES: dict[str, int] = {
    "ألف": 10**3, "آلاف": 10**3, "ألفا": 10**3, "ألفان": 2 * 10**3, "ألفين": 2 * 10**3,
    "مليون": 10**6, "ملايين": 10**6, "مليونا": 10**6, "مليونان": 2 * 10**6,
    "مليونين": 2 * 10**6, "مليار": 10**9, "مليارات": 10**9, "مليارا": 10**9,
    "ملياران": 2 * 10**9, "مليارين": 2 * 10**9, "بليون": 10**9, "بلايين": 10**9,
    "تريليون": 10**12, "ترليون": 10**12,
}
PLURALS: frozenset[str] = frozenset({"آلاف", "ملايين", "مليارات", "بلايين"})
# Scale words that carry their own count ("seribu" = one thousand, duals).
SELF_COUNTED: frozenset[str] = frozenset({
    "ألفان", "ألفين", "مليونان", "مليونين", "ملياران", "مليارين"})
COMPOUNDS: dict[str, str] = {}
CONJUNCTIONS: frozenset[str] = frozenset({"و"})
# "و" (and) is written attached: "ثلاثمائة وخمسين".
CONJ_PREFIXES: tuple[str, ...] = ("و",)
# Proclitics allowed before the first word of a number ("وثلاثة", "بثلاثة") or its digits ("لـ42").
CLITIC_PREFIXES: tuple[str, ...] = ("و", "ب", "ل", "ك")
DECIMAL_WORDS: frozenset[str] = frozenset({"فاصلة", "فاصل"})
NEGATIVE_WORDS: frozenset[str] = frozenset({"سالب", "ناقص"})
# "أحد" alone usually means "anyone" ("لم يصب أحد").
WEAK: frozenset[str] = frozenset({"أحد"})
UNIT_FIRST = True            # units before tens: "خمسة وعشرون"
PERCENT_WORDS: tuple[str, ...] = ("بالمئة", "بالمائة", "في المئة", "في المائة", "%")
SUFFIXES: dict[str, int] = {}
# Digits right after/before these words are clock times, left to the date finder.
TIME_CUES_BEFORE: frozenset[str] = frozenset({"الساعة", "الساعه"})
TIME_CUES_AFTER: frozenset[str] = frozenset({"صباحا", "مساء", "ظهرا", "بتوقيت"})

CORPUS: list[tuple[str, int | float]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

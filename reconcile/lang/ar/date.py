"""Arabic date data: both month series (Levantine/Iraqi and Egyptian/Maghreb), weekdays,
relative words and pattern templates.

Matching runs on folded text (hamza-alef forms -> ا, ى -> ي, ة -> ه, Arabic-Indic digits ->
ASCII), so spelling variants need not be listed. A leading و/ف clitic is allowed and left out
of the span. Modifiers follow ("العام الماضي", "في ديسمبر الماضي"); parts of day may precede
("مساء الثلاثاء").
"""
from __future__ import annotations

from datetime import date

from reconcile.facts.date import Builder
from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

MONTHS = {
    # Egyptian / Gulf series
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "أغشت": 8, "سبتمبر": 9, "أكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Maghreb series (Morocco; Algeria/Tunisia)
    "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12, "جانفي": 1,
    "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
    # Levantine / Iraqi series
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}
MONTH_ABBR: dict[str, int] = {}
# "آب" folds to "اب" (father); "ماي" is rare but short: only with a day, year or preposition.
MONTHS_NEED_CONTEXT = {"آب", "ماي"}
WEEKDAYS = {
    "الاثنين": 0, "الإثنين": 0, "الأثنين": 0, "الثلاثاء": 1, "الثلثاء": 1, "الأربعاء": 2,
    "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
WEEKDAYS_NEED_CONTEXT: set[str] = set()
# Weekday names without the article: "أحد" is also "one/someone" and "اثنين" "two", so they
# read as weekdays only before "الأسبوع ..." ("أحد الأسبوع الماضي" = last week's Sunday).
WEEKDAYS_BARE = {"اثنين": 0, "إثنين": 0, "ثلاثاء": 1, "ثلثاء": 1, "أربعاء": 2, "اربعا": 2,
                 "خميس": 3, "جمعة": 4, "سبت": 5, "أحد": 6}
RELATIVE_DAYS = {
    "أمس": -1, "الأمس": -1, "بالأمس": -1, "البارحة": -1, "اليوم": 0, "غدا": 1, "غداً": 1,
    "غدًا": 1, "الغد": 1, "بعد غد": 2, "بعد الغد": 2, "أول أمس": -2, "أول من أمس": -2,
    "قبل أمس": -2, "يوم غد": 1, "بكرة": 1, "بكرا": 1, "يوم أمس": -1, "يوم بعد غد": 2,
    "يوم قبل أمس": -2, "الليلة": 0, "مساء أمس": -1, "صباح أمس": -1, "مساء اليوم": 0,
    "صباح اليوم": 0, "ليلة أمس": -1, "امبارح": -1, "مبارح": -1, "بعد بكرة": 2, "بعد بكرا": 2,
    "قبل امبارح": -2, "قبل البارحة": -2, "أول البارحة": -2,
}
UNITS = {
    "اليوم": "day", "يوم": "day", "أيام": "day", "اسبوع": "week", "أسبوع": "week", "الأسبوع": "week",
    "أسابيع": "week", "شهر": "month", "الشهر": "month", "أشهر": "month", "شهور": "month",
    "عام": "year", "العام": "year", "سنة": "year", "السنة": "year", "سنوات": "year",
    "أعوام": "year", "سنين": "year", "ساعة": "hour", "ساعات": "hour", "دقيقة": "minute",
    "دقائق": "minute", "ثانية": "second", "ثوان": "second", "ثواني": "second",
    "عقود": "decade",
}
DUAL_UNITS = {
    "يومين": "day", "يومان": "day", "أسبوعين": "week", "أسبوعان": "week", "شهرين": "month",
    "شهران": "month", "سنتين": "year", "سنتان": "year", "عامين": "year", "عامان": "year",
    "ساعتين": "hour", "ساعتان": "hour", "دقيقتين": "minute", "دقيقتان": "minute",
    "ثانيتين": "second", "ثانيتان": "second", "عقدين": "decade",
}
SINGULAR_UNITS = {"يوم": "day", "أسبوع": "week", "اسبوع": "week", "شهر": "month",
                  "عام": "year", "سنة": "year", "ساعة": "hour", "دقيقة": "minute",
                  "ثانية": "second", "عقد": "decade"}
MODIFIERS = {
    "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1, "الفائت": -1, "الفائتة": -1,
    "السابق": -1, "السابقة": -1, "المنقضي": -1, "القادم": 1, "القادمة": 1, "المقبل": 1,
    "المقبلة": 1, "التالي": 1, "الحالي": 0, "الحالية": 0, "الجاري": 0, "الجارية": 0,
    "هذا": 0, "هذه": 0,
}
EDGES = {"نهاية": "end", "أواخر": "end", "آخر": "end", "بداية": "start", "أوائل": "start",
         "مطلع": "start", "مستهل": "start", "منتصف": "mid", "أواسط": "mid", "وسط": "mid"}
PARTS_OF_DAY = {
    "صباح": "morning", "صباحا": "morning", "صباحاً": "morning", "مساء": "evening",
    "مساءً": "evening", "مساءا": "evening", "ليلا": "night", "ليلاً": "night", "ليل": "night",
    "ليلة": "night", "ظهر": "noon", "ظهرا": "noon", "ظهراً": "noon", "عصر": "afternoon",
    "عصرا": "afternoon", "فجر": "early_morning", "فجرا": "early_morning",
}
APPROX = {"حوالي": "approx", "حوالى": "approx", "نحو": "approx", "قرابة": "approx",
          "زهاء": "approx", "ما يقرب من": "approx", "أكثر من": "min", "ما يزيد عن": "min",
          "ما يزيد على": "min", "أقل من": "max", "على الأقل": "min"}
DAY_WORDS = {
    "الأول": 1, "أول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
    "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12,
    "الثالث عشر": 13, "الرابع عشر": 14, "الخامس عشر": 15, "السادس عشر": 16,
    "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19, "العشرين": 20,
    "الحادي والعشرين": 21, "الثاني والعشرين": 22, "الثالث والعشرين": 23,
    "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26,
    "السابع والعشرين": 27, "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30,
    "الحادي والثلاثين": 31, "الثالث عشرة": 13, "السابع عشرة": 17,
}
DAY_SUFFIX = ""
SLASH_ORDER = "dmy"
CLITIC_PREFIX = r"(?:و|ف)?"
PREP = r"في|خلال|يوم|في\s+يوم|بتاريخ|في\s+تاريخ|حتى|منذ"

PATTERNS: list[tuple[str, str, Builder]] = _DATA.with_builders("PATTERNS")

CORPUS_REFERENCE_DATE = date(2024, 12, 27)   # a Friday, days before the new year

CORPUS: list[tuple[str, str | None]] = _DATA.rows("CORPUS")

NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"(?<!\S)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}?قد(?!\S)|آنذاك|حينها|وقتها|حينذاك"
RECALL_CORPUS: list[str] = _DATA.strings("RECALL_CORPUS")
RECALL_NEGATIVE_CORPUS: list[str] = _DATA.strings("RECALL_NEGATIVE_CORPUS")

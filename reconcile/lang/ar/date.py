"""Arabic date data: both month series (Levantine/Iraqi and Egyptian/Maghreb), weekdays,
relative words and pattern templates.

Matching runs on folded text (hamza-alef forms -> ا, ى -> ي, ة -> ه, Arabic-Indic digits ->
ASCII), so spelling variants need not be listed. A leading و/ف clitic is allowed and left out
of the span. Modifiers follow ("العام الماضي", "في ديسمبر الماضي"); parts of day may precede
("مساء الثلاثاء").
"""
from __future__ import annotations

from datetime import date

from reconcile.facts import date_builders as b
from reconcile.facts.date import Builder

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

PATTERNS: list[tuple[str, str, Builder]] = [
    ("day_month_year", r"(?:{PREP}\s+)?(?:(?:يوم\s+)?{WEEKDAY}(?:\s+الموافق|\s+في)?،?,?\s+)?{DAY}\s+(?:من\s+)?(?:شهر\s+)?{MONTH}(?:\s*/\s*(?:{MONTHS2}))?(?:\s+(?:عام\s+|سنة\s+)?{YEAR}م?)?", b.day_month_year),
    ("dayw_month", r"(?:{PREP}\s+)?(?:(?:يوم\s+)?{WEEKDAY}(?:\s+الموافق)?\s+)?(?:اليوم\s+)?{DAYW}\s+من\s+(?:شهر\s+)?{MONTH}(?:\s+(?:عام\s+|سنة\s+)?{YEAR}م?)?", b.day_month_year),
    # "أول شباط": the first of a month without "من" (only "أول", other ordinals need "من").
    ("first_month", r"(?:{PREP}\s+)?(?P<first>اول)\s+(?:شهر\s+)?{MONTH}(?:\s+(?:عام\s+|سنة\s+)?{YEAR}م?)?", b.day_month_year),
    # "السبت السادس عشر (من هذا الشهر)": a weekday with an ordinal day of the month.
    ("weekday_dayw", r"(?:{PREP}\s+)?(?:يوم\s+)?{WEEKDAY}\s+{DAYW}(?:\s+من\s+(?P<this_month>هذا\s+الشهر|الشهر\s+الحالي|الشهر\s+الجاري))?", b.weekday_day),
    ("slash", r"(?:{PREP}\s+)?(?:(?:يوم\s+)?{WEEKDAY}،?,?\s+)?\(?{SLASH}\)?", b.slash_date),
    ("iso", r"(?:{PREP}\s+)?{ISO}", b.iso_date),
    ("month_year", r"(?:{PREP}\s+)?(?:شهر\s+)?{MONTH}(?:\s*/\s*(?:{MONTHS2}))?\s+(?:عام\s+|سنة\s+)?{YEAR}م?", b.month),
    ("month", r"(?:(?P<prep>في|خلال|منذ|حتى|شهر|في\s+شهر)\s+)?{MONTHN}(?:\s*/\s*(?:{MONTHS2}))?", b.month),
    ("month_mod", r"(?:(?:في|خلال|شهر|في\s+شهر)\s+)?{MONTHN}(?:\s*/\s*(?:{MONTHS2}))?\s+{MOD}", b.month),
    ("edge_month", r"(?:في\s+)?{EDGE}\s+(?:شهر\s+)?{MONTHN}(?:\s+{YEAR}م?)?", b.month),
    ("year", r"(?:(?:في|خلال)\s+(?:(?:عام|العام|سنة|السنة)\s+)?|(?:عام|العام|سنة|السنة)\s+){YEAR}م?", b.year),
    ("edge_year", r"(?:في\s+)?{EDGE}\s+(?:عام\s+|العام\s+)?{YEAR}م?", b.year),
    ("relday", r"(?:{APPROX}\s+)?{RELDAY}", b.relative_day),
    # "اليوم الذي بعد الغد", "اليوم القبل البارحة": "the day (that is) after tomorrow".
    ("day_that_relday", r"اليوم\s+(?:(?:الذي|الي|اللي)\s+|ال(?=بعد|قبل))?{RELDAY}", b.relative_day),
    ("unit_mod", r"(?:(?:في|خلال)\s+)?(?:{EDGE}\s+)?{UNIT}\s+{MOD}", b.unit_offset),
    ("mod_unit", r"(?:(?:في|خلال)\s+)?(?:{EDGE}\s+)?{MOD}\s+{UNIT}", b.unit_offset),
    ("num_ago", r"(?P<ago>قبل|منذ)\s+(?:{APPROX}\s+)?{NUM}\s+{UNIT}", b.units_ago),
    ("dual_ago", r"(?P<ago>قبل|منذ)\s+(?:{APPROX}\s+)?{DUAL}", b.dual_ago),
    ("sing_ago", r"(?P<ago>قبل|منذ)\s+(?:{APPROX}\s+)?{SING}", b.single_ago),
    ("num_later", r"(?P<later>بعد|خلال)\s+{NUM}\s+{UNIT}", b.units_later),
    ("dual_later", r"(?P<later>بعد)\s+{DUAL}", b.dual_later),
    ("weekday", r"(?:{PREP}\s+)?(?:{POD}\s+)?(?:يوم\s+)?{WEEKDAY}", b.weekday),
    ("weekday_pod", r"(?:{PREP}\s+)?(?:يوم\s+)?{WEEKDAY}\s+{POD}", b.weekday),
    ("weekday_mod", r"(?:{APPROX}\s+)?(?:{PREP}\s+)?(?:{POD}\s+)?(?:يوم\s+)?{WEEKDAY}\s+{MOD}", b.weekday),
    ("mod_weekday", r"(?:{PREP}\s+)?{MOD}\s+(?:يوم\s+)?{WEEKDAY}", b.weekday),
    ("weekday_this_week", r"(?:{PREP}\s+)?(?:يوم\s+)?{WEEKDAY}\s+(?:من\s+)?{WMOD}\s+(?:الأسبوع|الاسبوع)", b.weekday),
    ("weekday_week", r"(?:{PREP}\s+)?(?:يوم\s+)?{WEEKDAY}\s+(?:من\s+)?(?:الأسبوع|الاسبوع)\s+{WMOD}", b.weekday),
    ("bare_weekday_week", r"(?:{PREP}\s+)?{WEEKDAYB}\s+(?:الأسبوع|الاسبوع)\s+{WMOD}", b.weekday),
]

CORPUS_REFERENCE_DATE = date(2024, 12, 27)   # a Friday, days before the new year

CORPUS: list[tuple[str, str | None]] = [
    ("27 ديسمبر 2024", "2024-12-27"),
    ("٢٧ ديسمبر ٢٠٢٤", "2024-12-27"),
    ("في 25 ديسمبر", "2024-12-25"),
    ("26 كانون الأول 2024", "2024-12-26"),
    ("24 دجنبر 2024", "2024-12-24"),
    ("الجمعة 27 ديسمبر", "2024-12-27"),
    ("يوم الخميس 26 ديسمبر/كانون الأول 2024", "2024-12-26"),
    ("3 شباط 2025", "2025-02-03"),
    ("27/12/2024", "2024-12-27"),
    ("2024-12-27", "2024-12-27"),
    ("في نوفمبر", "2024-11"),
    ("في نوفمبر الماضي", "2024-11"),
    ("في مارس 2023", "2023-03"),
    ("عام 2019", "2019"),
    ("في عام 2005", "2005"),
    ("العام الماضي", "2023"),
    ("في العام الماضي", "2023"),
    ("نهاية العام الماضي", "2023"),
    ("الشهر الماضي", "2024-11"),
    ("الأسبوع المقبل", "2024-12-30"),
    ("هذا العام", "2024"),
    ("قبل حوالي عام", "2023"),
    ("قبل عامين", "2022"),
    ("قبل ثلاثة أيام", "2024-12-24"),
    ("أمس", "2024-12-26"),
    ("بالأمس", "2024-12-26"),
    ("اليوم", "2024-12-27"),
    ("الجمعة", "2024-12-27"),
    ("يوم الجمعة", "2024-12-27"),
    ("مساء الخميس", "2024-12-26"),
    ("السبت", "2024-12-28"),
    ("الجمعة الماضية", "2024-12-20"),
    ("أواخر نوفمبر", "2024-11"),
    ("الرابع من نيسان", "2024-04-04"),
    ("اليوم السابق", "2024-12-26"),
    ("الخميس الموافق 26 ديسمبر", "2024-12-26"),
    ("في شهر آب", "2024-08"),
    ("في أول شباط", "2024-02-01"),
    ("في أول كانون الثاني", "2025-01-01"),     # five days ahead: the coming new year
    ("الخميس السادس والعشرين", "2024-12-26"),
    ("الثلاثاء الرابع والعشرين من هذا الشهر", "2024-12-24"),
    ("أحد الأسبوع الماضي", "2024-12-22"),
    ("اثنين الأسبوع المقبل", "2024-12-30"),
    ("ثلاثاء الاسبوع الحالي", "2024-12-24"),
    ("اليوم الذي بعد الغد", "2024-12-29"),
    ("اليوم القبل البارحة", "2024-12-25"),
    ("بعد بكرة", "2024-12-29"),
    ("قرابة الثلاثاء القادم", "2024-12-31"),
]

NEGATIVE_CORPUS: list[str] = [
    "4 شاحنات", "G7", "42", "36 مليون يورو", "K9/B/44-X", "آب", "أب", "1/2", "يومين",
    "ثلاثة أيام", "أحد", "أحد المسؤولين", "اثنين", "اثنين من المسؤولين",
]


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"(?<!\S)[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}?قد(?!\S)|آنذاك|حينها|وقتها|حينذاك"
RECALL_CORPUS: list[str] = ['وكان المجلس البلدي قد وافق على الميزانية.', 'وكانت الشركة قد أوقفت رحلاتها حينها.']
RECALL_NEGATIVE_CORPUS: list[str] = ['وافق المجلس البلدي على الميزانية.', 'يصل الوزير إلى عمّان يوم الخميس.', 'كان المجلس في اجتماع طويل.']

"""Arabic duration data: units in singular, dual ("يومين" = two days) and plural forms.

A dual noun is a duration by itself; a bare singular ("شهر") only after a lead word such as
"لمدة" (for), since alone it is too often just the noun. "قبل يومين" is a date (ago).
"""
from __future__ import annotations

from datetime import date

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

# The tables in duration.yaml: templates (``{NAME}`` placeholders filled by
# reconcile.facts.duration) and the example corpus, read on its reference date.
PATTERNS: list[tuple[str, str]] = _DATA.rows("PATTERNS")
CORPUS_REFERENCE_DATE = date(2017, 2, 3)   # a Friday
CORPUS: list[tuple[str, str]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

ONE_WORDS = {"واحد": 1, "واحدة": 1}
NUMBER_WORDS: tuple[str, ...] = ()
# One line a unit: its singular, accusative and plural spellings.
UNITS = {
    "يوم": "day", "يوما": "day", "يوماً": "day", "أيام": "day",
    "اسبوع": "week", "أسبوع": "week", "أسابيع": "week", "اسابيع": "week",
    "شهر": "month", "شهرا": "month", "شهراً": "month", "أشهر": "month", "شهور": "month",
    "عام": "year", "عاما": "year", "عاماً": "year", "سنة": "year", "سنوات": "year", "أعوام": "year", "سنين": "year",
    "ساعة": "hour", "ساعات": "hour",
    "دقيقة": "minute", "دقائق": "minute",
    "ثانية": "second", "ثوان": "second", "ثواني": "second",
    "عقود": "decade",
    "قرون": "century", "قرن": "century",
}
DUAL_UNITS = {
    "يومين": "day", "يومان": "day", "أسبوعين": "week", "أسبوعان": "week", "شهرين": "month",
    "شهران": "month", "سنتين": "year", "سنتان": "year", "عامين": "year", "عامان": "year",
    "ساعتين": "hour", "ساعتان": "hour", "دقيقتين": "minute", "دقيقتان": "minute",
    "ثانيتين": "second", "ثانيتان": "second", "عقدين": "decade", "قرنين": "century",
}
SINGULAR_UNITS = {"يوم": "day", "أسبوع": "week", "اسبوع": "week", "شهر": "month",
                  "عام": "year", "سنة": "year", "ساعة": "hour", "دقيقة": "minute",
                  "عقد": "decade", "قرن": "century"}
APPROX = {"حوالي": "approx", "حوالى": "approx", "نحو": "approx", "قرابة": "approx",
          "زهاء": "approx", "ما يقرب من": "approx", "أكثر من": "min", "ما يزيد عن": "min",
          "ما يزيد على": "min", "أقل من": "max", "على الأقل": "min", "أزيد من": "min"}
CLITIC_PREFIX = r"(?:و|ف)?"
LEAD = r"لمدة|مدة|طيلة|طوال|على\s+مدى|على\s+مدار|خلال|استمرت|تستمر|يستمر|استمر"
DATE_AFTER = ""
DATE_BEFORE = r"(?<!\w)(?:قبل|منذ|بعد)\s+(?:حوالي\s+|نحو\s+)?$"
SINCE = r"منذ|ابتداء\s+من|اعتبارا\s+من|من\s+تاريخ"
SINCE_TAIL = r"(?!x)x"
UNTIL = r"حتى|لغاية|إلى\s+غاية|الى\s+غاية|إلى\s+حين|حتى\s+يوم"
RANGE_FROM = r"من|بين"
RANGE_TO = r"إلى|الى|حتى|و|-"

AND = r"و"  # joins the parts of "2 years and 3 months"

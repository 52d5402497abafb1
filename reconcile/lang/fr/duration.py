"""French duration data: units, "un/une" as one, interval words ("du 23 au 25 novembre")."""
from __future__ import annotations

from datetime import date

ONE_WORDS = {"un": 1, "une": 1}
NUMBER_WORDS: tuple[str, ...] = ()
# "une seconde fois" is an ordinal, not one second.
ARTICLES = ("un", "une")
UNITS = {
    "jour": "day", "jours": "day", "journee": "day", "journees": "day", "semaine": "week",
    "semaines": "week", "mois": "month", "an": "year", "ans": "year", "annee": "year",
    "annees": "year", "heure": "hour", "heures": "hour", "h": "hour", "minute": "minute",
    "minutes": "minute", "min": "minute", "mins": "minute", "sec": "second", "secs": "second", "seconde": "second", "secondes": "second",
    "decennie": "decade", "decennies": "decade", "siecle": "century", "siecles": "century",
    "quinzaine": "fortnight", "trimestre": "quarter", "trimestres": "quarter",
}
APPROX = {"environ": "approx", "pres de": "approx", "pres d'": "approx", "presque": "approx",
          "quelque": "approx", "a peu pres": "approx", "plus de": "min", "plus d'": "min",
          "au moins": "min", "moins de": "max", "moins d'": "max", "jusqu'a": "max",
          "quasiment": "approx", "une bonne": "approx"}
LEAD = r"pendant|durant|pour|en|depuis|au\s+bout\s+de|apres"
DATE_AFTER = r"\s+(?:plus\s+tard|auparavant|plus\s+tot|apres)\b"
DATE_BEFORE = r"(?<!\w)(?:il\s+y\s+a|dans)\s+(?:environ\s+|pres\s+d'|pres\s+de\s+)?$"
SINCE = r"depuis|a\s+partir\s+de|a\s+partir\s+d'|des"
SINCE_TAIL = r"(?!x)x"
UNTIL = r"jusqu'(?:au|a|en)?|jusqu'a\s+la|jusqu'a\s+l'"
RANGE_FROM = r"du|de|entre\s+le|entre|depuis\s+le"
RANGE_TO = r"au|a|et\s+le|et|jusqu'au|-"

AND = r"et"  # joins the parts of "2 years and 3 months"

PATTERNS: list[tuple[str, str]] = [
    ("num_unit", r"(?:{LEAD}\s+)?(?:{APPROX}\s*)?{NUM}\s+{UNIT}(?:\s+et\s+(?P<half>demie?))?"),
    ("half_unit", r"(?:{LEAD}\s+)?(?P<halfa>une\s+demi|un\s+demi)-?{UNIT}"),
]

CORPUS_REFERENCE_DATE = date(2018, 10, 8)   # a Monday

CORPUS: list[tuple[str, str]] = [
    ("deux jours", "P2D"),
    ("pendant deux jours", "P2D"),
    ("plus de deux ans", "P2Y"),
    ("environ un an", "P1Y"),
    ("trois mois", "P3M"),
    ("cinq heures", "PT5H"),
    ("une semaine", "P1W"),
    ("37 ans", "P37Y"),
    ("une quinzaine", "P2W"),
    ("une demi-heure", "PT0.5H"),
    ("du 1er au 3 octobre", "2018-10-01/2018-10-03"),
    ("de mardi à jeudi", "2018-10-09/2018-10-11"),
    ("jusqu'au 12 octobre", "../2018-10-12"),
    ("depuis 2016", "2016/.."),
    ("depuis l'an dernier", "2017/.."),
    ("deux ans et demi", "P2.5Y"),
    ("une sec", "PT1S"),
]

NEGATIVE_CORPUS: list[str] = [
    "six semaines après le séisme",          # an offset from an event, not a length
    "4 camions", "G7", "42", "36 millions d'euros",
                              "il y a deux jours", "K9/B/44-X", "en 2020", "une seconde fois",
                              "deux jours après"]

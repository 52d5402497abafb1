"""French duration data: units, "un/une" as one, interval words ("du 23 au 25 novembre")."""
from __future__ import annotations

from datetime import date

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

# The tables in duration.yaml: templates (``{NAME}`` placeholders filled by
# reconcile.facts.duration) and the example corpus, read on its reference date.
PATTERNS: list[tuple[str, str]] = _DATA.rows("PATTERNS")
CORPUS_REFERENCE_DATE = date(2018, 10, 8)   # a Monday
CORPUS: list[tuple[str, str]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

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

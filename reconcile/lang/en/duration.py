"""English duration data: unit words, "a"/"an" as one, interval and approximation words."""
from __future__ import annotations

from datetime import date

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

# The tables in duration.yaml: templates (``{NAME}`` placeholders filled by
# reconcile.facts.duration) and the example corpus, read on its reference date.
PATTERNS: list[tuple[str, str]] = _DATA.rows("PATTERNS")
CORPUS_REFERENCE_DATE = date(2022, 6, 15)   # a Wednesday
CORPUS: list[tuple[str, str]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

# Words that stand for 1 before a unit ("a year", "an hour"); other number words come from
# reconcile/lang/en/numeral.py.
ONE_WORDS = {"a": 1, "an": 1, "one": 1, "a single": 1}
NUMBER_WORDS: tuple[str, ...] = ()
# "a second visit" is an ordinal, not one second.
ARTICLES = ("a", "an")
UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
    "minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
    "fortnight": "fortnight", "fortnights": "fortnight", "decade": "decade",
    "decades": "decade", "hrs": "hour", "hr": "hour", "h": "hour", "mins": "minute",
    "min": "minute", "secs": "second", "sec": "second", "century": "century",
    "centuries": "century", "quarter": "quarter", "quarters": "quarter",
}
# Fractions added to a count ("one and a quarter hours", "five and half min").
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "quarter": 0.25, "a quarter": 0.25,
             "one quarter": 0.25, "two quarter": 0.5, "two quarters": 0.5,
             "three quarter": 0.75, "three quarters": 0.75}
# Words between a count and its unit that keep it a length ("2 more minutes"); the
# num_unit template in duration.yaml has them written out.
EXTRA = r"(?:more|additional|extra|less|fewer|further)\s+"
APPROX = {"about": "approx", "around": "approx", "roughly": "approx", "nearly": "approx",
          "almost": "approx", "approximately": "approx", "some": "approx",
          "more than": "min", "over": "min", "at least": "min", "less than": "max",
          "under": "max", "at most": "max", "up to": "max", "nearly a": "approx"}
# Words before a duration that say it is one ("for two days"): kept in the span.
LEAD = r"(?:for|during|over\s+the\s+(?:past|last|next)|in\s+the\s+(?:past|last|next))\s+"
# Words after "<n> <unit>" that make it a date ("two days ago"), not a duration.
DATE_AFTER = r"\s+(?:ago|earlier|later|before|after|from\s+now)\b"
DATE_BEFORE = r"(?<!\w)in\s+$"
SINCE = r"(?:ever\s+)?since|starting(?:\s+from)?|from"
UNTIL = r"until|till|til|through|up\s+to|to"
RANGE_FROM = r"from|between"
RANGE_TO = r"to|until|till|through|and|-"
AND = r"and"

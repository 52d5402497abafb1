"""English duration data: unit words, "a"/"an" as one, interval and approximation words."""
from __future__ import annotations

from datetime import date

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
# Words between a count and its unit that keep it a length ("2 more minutes").
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

# "quarter(s) of" is a fraction ("three quarters of the vote"), not three months each.
_NOT_FRACTION = r"(?!(?<=quarter)\s+of\b)(?!(?<=quarters)\s+of\b)"
_END = r"(?=\s*(?:$|[.,;:!?)]))"

PATTERNS: list[tuple[str, str]] = [
    ("num_unit", r"(?:{LEAD})?(?:{APPROX}\s+)?{NUM}(?:\s+and\s+an?\s+(?P<half>half))?\s+(?:" + EXTRA + r")?{UNIT}" + _NOT_FRACTION + r"(?:\s+and\s+(?:a\s+)?(?P<half2>half))?"),
    ("num_unit_adj", r"(?:{APPROX}\s+)?{NUM}-{UNIT}(?:-long)?"),
    ("half_unit", r"(?:{LEAD})?(?:{APPROX}\s+)?(?P<halfa>half(?:\s+an?)?|1/2)\s*{UNIT}" + _NOT_FRACTION),
    # "one and three quarters of an hour", "five and half min"
    ("num_and_frac", r"(?:{LEAD})?(?:{APPROX}\s+)?{NUM}\s+and\s+{FRAC}\s+(?:of\s+(?:an?\s+)?)?{UNIT}"),
    # "1 hour thirty", "2 hours and 10": minutes after hours, only ending a phrase (not
    # "2 hours ten people").
    ("hour_minutes", r"(?:{LEAD})?(?:{APPROX}\s+)?{NUM}\s+{UNIT}\s+(?:and\s+)?{NUM2}" + _END),
]

CORPUS_REFERENCE_DATE = date(2022, 6, 15)   # a Wednesday

CORPUS: list[tuple[str, str]] = [
    ("two-day", "P2D"),
    ("two days", "P2D"),
    ("for two days", "P2D"),
    ("more than two years", "P2Y"),
    ("3 months", "P3M"),
    ("five hours", "PT5H"),
    ("a week", "P1W"),
    ("about a year", "P1Y"),
    ("37 years", "P37Y"),
    ("a fortnight", "P2W"),
    ("ten minutes", "PT10M"),
    ("a decade", "P10Y"),
    ("from Tuesday to Thursday", "2022-06-14/2022-06-16"),
    ("between 3 and 5 June", "2022-06-03/2022-06-05"),
    ("until Thursday", "../2022-06-16"),
    ("since 2019", "2019/.."),
    ("since last year", "2021/.."),
    ("two and a half years", "P2.5Y"),
    ("an hour and a half", "PT1.5H"),
    ("2 years and 3 months", "P2Y3M"),
    ("2 more minutes", "PT2M"),
    ("two additional days", "P2D"),
    ("half hour", "PT0.5H"),
    ("half day", "P0.5D"),
    ("1/2 hour", "PT0.5H"),
    ("1/2h", "PT0.5H"),
    ("3 quarters", "P9M"),
    ("1 hour thirty", "PT1H30M"),
    ("2 hours and 10", "PT2H10M"),
    ("one and a quarter hours", "PT1.25H"),
    ("one and three quarters of an hour", "PT1.75H"),
    ("five and half min", "PT5.5M"),
]

NEGATIVE_CORPUS: list[str] = ["4 trucks", "G7", "42", "Rp 27.500", "two days ago", "in 2020",
                              "K9/B/44-X", "24/11",
                              "three quarters of voters", "1/2 of them", "a second visit"]

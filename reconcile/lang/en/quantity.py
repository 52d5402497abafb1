"""English counts of things (data; read by reconcile.facts.quantity): number, then the noun."""
from __future__ import annotations

# Words skipped between the number and the counted noun.
SKIP: frozenset[str] = frozenset({
    "of", "the", "these", "those", "its", "their", "our", "his", "her", "more", "other",
    "new", "additional", "further", "extra", "separate", "different", "small", "large",
    "armed", "unarmed", "military", "civilian", "israeli-made", "so-called", "top", "senior",
    "foreign", "local", "key", "major", "main", "old", "young",
})
# Capitalised words right after the number are modifiers ("three Leopard tanks").
SKIP_CAPITALISED = True
# After the number, these mean there is no counted noun here.
STOPWORDS: frozenset[str] = frozenset({
    "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than", "per",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "a", "an",
    "that", "which", "who", "it", "this", "out", "up", "down", "over", "under", "after",
    "before", "since", "until", "during", "into", "am", "pm", "a.m", "p.m", "gmt", "utc",
    "times", "time", "percent", "pct", "per", "cent", "point", "points", "each", "apiece",
    "million", "billion", "thousand", "hundred", "dozen", "said", "says", "say", "when",
    "where", "while", "if", "but", "not", "no", "yes", "all", "also", "only", "just", "i",
    "we", "you", "they", "he", "she", "there", "here", "then", "so", "do", "did", "does",
})
# Units that belong to other dimensions (durations, dates, measures of time).
EXCLUDED_UNITS: frozenset[str] = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries", "o'clock",
    "st", "nd", "rd", "th", "percentage", "bn", "mn", "m", "k",
})
# Between two numbers, these make the first a part of the second ("8 of the 9 parties").
PARTITIVE = r"(?:out\s+)?of(?:\s+the)?"
CLASSIFIERS: frozenset[str] = frozenset()

CORPUS: list[tuple[str, dict]] = [
    ("eight of the nine parties", {"count": 8, "unit": "parties"}),
    ("3 out of 4 victims", {"count": 3, "unit": "victims"}),
    ("three Leopard tanks", {"count": 3, "unit": "tanks"}),
    ("3 drones", {"count": 3, "unit": "drones"}),
    ("five soldiers", {"count": 5, "unit": "soldiers"}),
    ("1,200 people", {"count": 1200, "unit": "people"}),
    ("two Israeli soldiers", {"count": 2, "unit": "soldiers"}),
    ("12 new aircraft", {"count": 12, "unit": "aircraft"}),
    ("four of the drones", {"count": 4, "unit": "drones"}),
    ("2 million people", {"count": 2000000, "unit": "people"}),
    ("one agreement", {"count": 1, "unit": "agreement"}),
    ("twenty-one missiles", {"count": 21, "unit": "missiles"}),
    ("six systems", {"count": 6, "unit": "systems"}),
    ("10 ministers", {"count": 10, "unit": "ministers"}),
    ("seven hundred troops", {"count": 700, "unit": "troops"}),
    ("two countries", {"count": 2, "unit": "countries"}),
    ("40 tanks", {"count": 40, "unit": "tanks"}),
    ("three armed drones", {"count": 3, "unit": "drones"}),
    ("eight ships", {"count": 8, "unit": "ships"}),
    ("15 children", {"count": 15, "unit": "children"}),
    ("a dozen villages", {"count": 12, "unit": "villages"}),
    ("3.5 tonnes", {"count": 3.5, "unit": "tonnes"}),
    ("nine protesters", {"count": 9, "unit": "protesters"}),
    ("100 km", {"count": 100, "unit": "km"}),
    ("2 Predator XP drones", {"count": 2, "unit": "drones"}),
    ("thirty journalists", {"count": 30, "unit": "journalists"}),
    ("4 deals", {"count": 4, "unit": "deals"}),
]
NEGATIVE_CORPUS: list[str] = [
    "in 2021", "3 days", "five years", "10%", "$5 million", "the 3rd drone", "at 10:30",
    "2 and 3", "23 November", "November 23", "thousands of people", "first drone",
    "10 percent", "3 pm",
]

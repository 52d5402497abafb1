"""English counts of things (data; read by reconcile.facts.quantity): number, then the noun."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

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

CORPUS: list[tuple[str, dict]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

"""French ordinals (data; read by reconcile.facts.ordinal)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "premiere": 1, "premiers": 1, "premières": 1,
    "second": 2, "seconde": 2, "seconds": 2, "secondes": 2,
}
# "1er", "1re", "1ère", "2e", "2ème", "2nd", "11e", "XXIe"
# Roman numerals need two letters or I/V/X alone ("Le", "Ce" are words).
DIGIT_PATTERN = (r"(?<![\w.,])(?:(?P<n>\d+)|(?P<roman>[IVXLC]{2,}|[IVX]))"
                 r"(?:er|re|ère|ere|e|ème|eme|ième|ieme|nd|nde|d|de)s?(?!\w)")
# -ième words: strip the ending, then read the stem as a cardinal ("septième" -> "sept").
SUFFIXES: dict[str, str] = {"ièmes": "", "ième": "", "iemes": "", "ieme": ""}
STEM_FIXES: dict[str, str] = {"cinqu": "cinq", "neuv": "neuf", "un": "un", "quatr": "quatre",
                              "onz": "onze", "douz": "douze", "treiz": "treize",
                              "quatorz": "quatorze", "quinz": "quinze", "seiz": "seize",
                              "trent": "trente", "quarant": "quarante",
                              "cinquant": "cinquante", "soixant": "soixante", "mill": "mille",
                              "millionn": "million", "milliard": "milliard"}
PREFIXES: tuple[str, ...] = ()
ARTICLES: tuple[str, ...] = ()
TEEN_WORDS: dict[str, int] = {}
COMPOUND_BEFORE = True
# "les vingt premiers jours" is 20 x first, not 21st.
NO_COMPOUND: frozenset[str] = frozenset(ORDINALS)
NOT_ORDINAL: tuple[str, ...] = (
    "premier ministre", "première ministre", "premiers ministres", "premier-ministre",
    "premier secrétaire", "première secrétaire", "première dame", "premiers secours",
    "premier plan", "au premier abord", "une seconde", "quelques secondes", "par seconde",
    "chaque seconde", "en une seconde", "à la seconde", "secondes", "seconde main",
    "de seconde main",
)
COLLECTIVE_PRECEDERS: frozenset[str] = frozenset()

CORPUS: list[tuple[str, int]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

"""French counts (data; read by reconcile.facts.quantity): number, then the noun."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

SKIP: frozenset[str] = frozenset({
    "de", "d", "des", "du", "ces", "ses", "leurs", "nos", "vos", "autres", "nouveaux",
    "nouvelles", "nouvel", "nouvelle", "nouveau", "petits", "petites", "grands", "grandes",
    "anciens", "anciennes", "jeunes", "hauts",
})
SKIP_CAPITALISED = False     # adjectives and names mostly follow the noun in French
STOPWORDS: frozenset[str] = frozenset({
    "et", "ou", "à", "a", "au", "aux", "en", "dans", "sur", "sous", "par", "pour", "avec",
    "sans", "que", "qui", "est", "sont", "était", "ont", "avait", "le", "la", "les", "l",
    "un", "une", "fois", "pour", "cent", "pourcent", "h", "heures", "heure", "millions",
    "milliards", "mille", "million", "milliard", "contre", "selon", "entre", "depuis", "vers",
    "avant", "après", "chacun", "chacune", "se", "ne", "il", "elle", "ils", "elles", "on",
    "nous", "vous", "y", "dont", "où", "mais", "plus", "moins", "ans",
})
EXCLUDED_UNITS: frozenset[str] = frozenset({
    "seconde", "secondes", "minute", "minutes", "heure", "heures", "jour", "jours", "semaine",
    "semaines", "mois", "an", "ans", "année", "années", "décennie", "décennies", "siècle",
    "siècles", "er", "re", "e", "ème", "k", "m", "md", "mds",
})
# Between two numbers, these make the first a part of the second ("8 of the 9 parties").
PARTITIVE = r"des|sur|parmi\s+les"
CLASSIFIERS: frozenset[str] = frozenset()

CORPUS: list[tuple[str, dict]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

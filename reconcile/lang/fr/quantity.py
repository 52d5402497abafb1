"""French counts (data; read by reconcile.facts.quantity): number, then the noun."""
from __future__ import annotations

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

CORPUS: list[tuple[str, dict]] = [
    ("sept des neuf groupes", {"count": 7, "unit": "groupes"}),
    ("3 sur 5 drones", {"count": 3, "unit": "drones"}),
    ("trois drones", {"count": 3, "unit": "drones"}),
    ("3 drones", {"count": 3, "unit": "drones"}),
    ("cinq soldats", {"count": 5, "unit": "soldats"}),
    ("1 200 personnes", {"count": 1200, "unit": "personnes"}),
    ("deux pays", {"count": 2, "unit": "pays"}),
    ("douze avions", {"count": 12, "unit": "avions"}),
    ("quatre de ces drones", {"count": 4, "unit": "drones"}),
    ("2 millions de personnes", {"count": 2000000, "unit": "personnes"}),
    ("vingt et un missiles", {"count": 21, "unit": "missiles"}),
    ("six systèmes", {"count": 6, "unit": "systèmes"}),
    ("dix ministres", {"count": 10, "unit": "ministres"}),
    ("sept cents soldats", {"count": 700, "unit": "soldats"}),
    ("quarante chars", {"count": 40, "unit": "chars"}),
    ("huit navires", {"count": 8, "unit": "navires"}),
    ("15 enfants", {"count": 15, "unit": "enfants"}),
    ("trois nouveaux drones", {"count": 3, "unit": "drones"}),
    ("3,5 tonnes", {"count": 3.5, "unit": "tonnes"}),
    ("neuf manifestants", {"count": 9, "unit": "manifestants"}),
    ("100 km", {"count": 100, "unit": "km"}),
    ("trente journalistes", {"count": 30, "unit": "journalistes"}),
    ("quatre accords", {"count": 4, "unit": "accords"}),
    ("deux cents villages", {"count": 200, "unit": "villages"}),
    ("mille hommes", {"count": 1000, "unit": "hommes"}),
    ("onze blessés", {"count": 11, "unit": "blessés"}),
    ("deux mille policiers", {"count": 2000, "unit": "policiers"}),
]
NEGATIVE_CORPUS: list[str] = [
    "en 2021", "3 jours", "cinq ans", "10 %", "5 millions de dollars", "le 3e drone",
    "à 10:30", "2 et 3", "23 novembre", "des milliers de personnes", "une attaque",
    "10 pour cent",
]

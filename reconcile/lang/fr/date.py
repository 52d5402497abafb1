"""French date data: names, relative words and pattern templates (words in folded form).

Modifiers mostly follow ("mardi dernier", "le mois dernier", "l'an prochain") but "ce"/"cette"
precede ("ce jeudi", "cette année"). "le 1er" takes an ordinal suffix.
"""
from __future__ import annotations

from datetime import date

from reconcile.facts import date_builders as b
from reconcile.facts.date import Builder

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
MONTH_ABBR = {
    "janv": 1, "jan": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "jui": 7, "sept": 9,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTHS_NEED_CONTEXT = {"mars", "mai", "sept"}   # also "Mars", "mai(s)", "sept" (seven)
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "lun": 0, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
}
WEEKDAYS_NEED_CONTEXT = {"lun", "mer", "jeu", "ven", "sam", "dim"}
RELATIVE_DAYS = {
    "hier": -1, "aujourd'hui": 0, "demain": 1, "avant-hier": -2, "apres-demain": 2,
    "avant hier": -2, "apres demain": 2, "la veille": -1, "le lendemain": 1, "ce soir": 0,
    "ce matin": 0, "cet apres-midi": 0, "cette nuit": 0, "le jour precedent": -1,
    "le jour d'avant": -1, "le jour d'apres": 1, "le jour suivant": 1,
}
UNITS = {
    "jour": "day", "jours": "day", "journee": "day", "journees": "day", "semaine": "week",
    "semaines": "week", "mois": "month", "an": "year", "ans": "year", "annee": "year",
    "annees": "year", "heure": "hour", "heures": "hour", "minute": "minute",
    "minutes": "minute", "seconde": "second", "secondes": "second", "decennie": "decade",
    "decennies": "decade", "siecle": "century", "quinzaine": "fortnight",
}
MODIFIERS = {
    "dernier": -1, "derniere": -1, "passe": -1, "passee": -1, "precedent": -1,
    "precedente": -1, "prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1,
    "qui vient": 1, "a venir": 1, "d'apres": 1, "d'avant": -1, "ce": 0, "cet": 0, "cette": 0, "en cours": 0,
}
EDGES = {
    "fin": "end", "fin de": "end", "a la fin de": "end", "debut": "start", "debut de": "start",
    "au debut de": "start", "mi": "mid", "mi-": "mid", "milieu de": "mid",
    "au milieu de": "mid", "courant": "mid", "fin d'": "end", "debut d'": "start",
    "a la fin d'": "end", "au debut d'": "start",
}
PARTS_OF_DAY = {
    "matin": "morning", "apres-midi": "afternoon", "apres midi": "afternoon",
    "soir": "evening", "soiree": "evening", "nuit": "night", "dans la nuit": "night",
    "au matin": "morning", "dans la soiree": "evening", "en soiree": "evening",
    "en fin de journee": "evening", "midi": "noon",
}
APPROX = {"environ": "approx", "pres de": "approx", "pres d'": "approx", "presque": "approx",
          "quelque": "approx", "a peu pres": "approx", "plus de": "min", "plus d'": "min",
          "au moins": "min", "moins de": "max", "moins d'": "max", "jusqu'a": "max",
          "une dizaine de": "approx"}
DAY_SUFFIX = r"(?:er|ere|e)?"
# "mercredi prochain" is the coming Wednesday; "mercredi suivant/d'après" the one of next week.
COMING_WORDS = {"prochain", "prochaine"}
SLASH_ORDER = "dmy"
PREP = r"le|l'|en|au\s+mois\s+de|au\s+mois\s+d'|courant|dans\s+la\s+journee\s+du"

PATTERNS: list[tuple[str, str, Builder]] = [
    ("day_month_year", r"(?:{PREP}\s*)?(?:{WEEKDAY},?\s+)?(?:le\s+)?(?:{DAY}|(?P<first>premier))\s+{MONTH}\.?(?:\s+{YEAR}|\s+{YY})?(?:\s+(?:au\s+|en\s+)?{POD})?", b.day_month_year),
    # "jeudi 15": a weekday with a day of the month, when no noun follows ("jeudi 15 blessés").
    ("weekday_day", r"(?:{PREP}\s*)?(?:{MOD}\s+)?{WEEKDAY}\s+{DAY}(?:\s+(?:au\s+|en\s+|dans\s+la\s+)?{POD})?(?!\s*(?:[/.:h,]\s*\d|%))(?!\s+(?!(?:a|au|en|et|dans|vers|ou|des\s+\d|le|la|lors|pour|,)\b)[^\W\d_])", b.weekday_day),
    ("slash", r"(?:{PREP}\s*)?(?:{WEEKDAY},?\s+)?\(?{SLASH}\)?(?:\s+{POD})?", b.slash_date),
    ("iso", r"(?:{PREP}\s*)?{ISO}", b.iso_date),
    ("month_year", r"(?:{PREP}\s*)?{MONTH}\.?\s+{YEAR}", b.month),
    ("month", r"(?:(?P<prep>en|au\s+mois\s+de|le\s+mois\s+de|le\s+mois\s+d'|au\s+mois\s+d'|depuis|courant|mois\s+de|mois\s+d')\s*)?{MONTHN}", b.month),
    ("month_mod", r"(?:(?:en|au\s+mois\s+de|au\s+mois\s+d')\s*)?{MONTHN}\s+{MOD}", b.month),
    ("edge_month", r"(?:{EDGE}\s*){MONTHN}(?:\s+{YEAR})?", b.month),
    ("year", r"(?:en|l'annee|l'an|annee|de\s+l'annee|courant)\s+{YEAR}", b.year),
    ("edge_year", r"{EDGE}\s*(?:l'annee\s+)?{YEAR}", b.year),
    ("relday", r"{RELDAY}(?:\s+(?:au\s+|en\s+|dans\s+la\s+)?{POD})?", b.relative_day),
    ("unit_mod", r"(?:{EDGE}\s*)?(?:l'|le\s+|la\s+|les\s+)?{UNIT}\s+{MOD}", b.unit_offset),
    ("mod_unit", r"(?:{EDGE}\s*)?{MOD}\s+{UNIT}(?:-ci)?", b.unit_offset),
    ("num_ago", r"(?P<ago>il\s+y\s+a)\s+(?:{APPROX}\s*)?{NUM}\s+{UNIT}", b.units_ago),
    ("num_later", r"(?P<later>dans)\s+(?:{APPROX}\s*)?{NUM}\s+{UNIT}", b.units_later),
    ("num_after", r"{NUM}\s+{UNIT}\s+(?P<later>plus\s+tard|apres(?=\s*(?:$|[.,;:!?)])))", b.units_later),
    ("weekday", r"(?:{PREP}\s*)?(?:{MOD}\s+)?{WEEKDAY}(?:\s+(?:au\s+|en\s+|dans\s+la\s+)?{POD})?", b.weekday),
    ("weekday_mod", r"(?:{PREP}\s*)?{WEEKDAY}(?:\s+{POD})?\s+{MOD}", b.weekday),
    ("weekday_week", r"(?:{PREP}\s*)?{WEEKDAY}\s+(?:de\s+)?(?:la\s+)?semaine\s+{WMOD}", b.weekday),
    ("weekday_this_week", r"(?:{PREP}\s*)?{WEEKDAY}\s+(?:de\s+)?{WMOD}\s+semaine", b.weekday),
]

CORPUS_REFERENCE_DATE = date(2021, 11, 24)   # a Wednesday

CORPUS: list[tuple[str, str | None]] = [
    ("le 23 novembre", "2021-11-23"),
    ("23 novembre 2021", "2021-11-23"),
    ("le 1er mars 2013", "2013-03-01"),
    ("mardi 23 novembre", "2021-11-23"),
    ("le mercredi 24 novembre 2021", "2021-11-24"),
    ("24 nov. 2021", "2021-11-24"),
    ("24/11/2021", "2021-11-24"),
    ("le 24/11", "2021-11-24"),
    ("2021-11-24", "2021-11-24"),
    ("en 2020", "2020"),
    ("en novembre", "2021-11"),
    ("en août 2021", "2021-08"),
    ("décembre dernier", "2020-12"),
    ("fin octobre", "2021-10"),
    ("jeudi", "2021-11-25"),
    ("ce jeudi", "2021-11-25"),
    ("mardi soir", "2021-11-23"),
    ("mardi dernier", "2021-11-23"),
    ("vendredi prochain", "2021-11-26"),
    ("mardi de la semaine prochaine", "2021-11-30"),
    ("hier", "2021-11-23"),
    ("hier soir", "2021-11-23"),
    ("demain", "2021-11-25"),
    ("le mois dernier", "2021-10"),
    ("Le mois dernier", "2021-10"),
    ("l'an dernier", "2020"),
    ("l’année dernière", "2020"),
    ("l'année prochaine", "2022"),
    ("cette année", "2021"),
    ("la semaine dernière", "2021-11-15"),
    ("il y a un an", "2020"),
    ("il y a environ un an", "2020"),
    ("il y a trois jours", "2021-11-21"),
    ("dans deux mois", "2022-01"),
    ("fin de l'année dernière", "2020"),
    ("jeudi 25", "2021-11-25"),
    ("ce mercredi 24 au soir", "2021-11-24"),
    ("mardi 23", "2021-11-23"),
    ("31 octobre 74", "1974-10-31"),
    ("deux jours après", "2021-11-26"),
]

NEGATIVE_CORPUS: list[
    "Les sept accusés ont été condamnés",str] = [
    "3 drones", "F5", "42", "48 millions de dollars", "T/R6/RI-1", "mars", "la planète Mars",
    "1/2", "deux jours", "mer",
    "deux jours après l'attaque",
]


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"\b(?:avai(?:t|ent)|n['’]avai(?:t|ent)|étai(?:t|ent))\b"
RECALL_CORPUS: list[str] = ['Le royaume avait décrété 3 jours de deuil national.', "Rabat n'avait accepté l'aide que de cinq pays.", 'Les deux pays avaient signé un accord de défense.']
RECALL_NEGATIVE_CORPUS: list[str] = ['Le royaume a décrété trois jours de deuil national.', 'Le ministre arrivera jeudi à Rabat.']

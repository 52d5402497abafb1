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

CORPUS_REFERENCE_DATE = date(2020, 3, 1)   # a Sunday, the day after 29 February

CORPUS: list[tuple[str, str | None]] = [
    ("le 28 février", "2020-02-28"),
    ("29 février 2020", "2020-02-29"),
    ("le 1er avril 2016", "2016-04-01"),
    ("samedi 29 février", "2020-02-29"),
    ("le dimanche 1er mars 2020", "2020-03-01"),
    ("12 janv. 2020", "2020-01-12"),
    ("15/02/2020", "2020-02-15"),
    ("le 14/02", "2020-02-14"),
    ("2020-02-29", "2020-02-29"),
    ("en 2018", "2018"),
    ("en février", "2020-02"),
    ("en avril", "2019-04"),                   # April is still ahead: last year's
    ("en juillet 2019", "2019-07"),
    ("décembre dernier", "2019-12"),
    ("fin janvier", "2020-01"),
    ("jeudi", "2020-02-27"),
    ("ce jeudi", "2020-02-27"),
    ("mardi soir", "2020-02-25"),
    ("mardi dernier", "2020-02-25"),
    ("vendredi prochain", "2020-03-06"),
    ("mardi de la semaine prochaine", "2020-03-03"),
    ("hier", "2020-02-29"),
    ("hier soir", "2020-02-29"),
    ("avant-hier", "2020-02-28"),
    ("demain", "2020-03-02"),
    ("le mois dernier", "2020-02"),
    ("Le mois prochain", "2020-04"),
    ("l'an dernier", "2019"),
    ("l’année dernière", "2019"),
    ("l'année prochaine", "2021"),
    ("cette année", "2020"),
    ("la semaine dernière", "2020-02-17"),
    ("il y a un an", "2019"),
    ("il y a environ un an", "2019"),
    ("il y a trois jours", "2020-02-27"),
    ("dans deux mois", "2020-05"),
    ("fin de l'année dernière", "2019"),
    ("jeudi 27", "2020-02-27"),
    ("ce samedi 29 au soir", "2020-02-29"),
    ("mardi 25", "2020-02-25"),
    ("14 juillet 89", "1989-07-14"),
    ("deux jours après", "2020-03-03"),
]

NEGATIVE_CORPUS: list[str] = [
    "4 camions", "G7", "42", "36 millions d'euros", "K9/B/44-X", "mars", "la planète Mars",
    "1/2", "deux jours", "mer", "Les sept accusés ont été condamnés",
    "deux jours après l'attaque",
]


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"\b(?:avai(?:t|ent)|n['’]avai(?:t|ent)|étai(?:t|ent))\b"
RECALL_CORPUS: list[str] = ['Le maire avait promis de rouvrir la piscine.', "Les secours n'avaient retrouvé aucun survivant.", 'Les deux clubs avaient conclu le prêt en janvier.']
RECALL_NEGATIVE_CORPUS: list[str] = ['Le maire a promis de rouvrir la piscine.', 'La ministre arrivera mardi à Lyon.']

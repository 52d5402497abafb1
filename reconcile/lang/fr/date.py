"""French date data: names, relative words and pattern templates (words in folded form).

Modifiers mostly follow ("mardi dernier", "le mois dernier", "l'an prochain") but "ce"/"cette"
precede ("ce jeudi", "cette année"). "le 1er" takes an ordinal suffix.
"""
from __future__ import annotations

from datetime import date

from reconcile.facts.date import Builder
from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

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

PATTERNS: list[tuple[str, str, Builder]] = _DATA.with_builders("PATTERNS")

CORPUS_REFERENCE_DATE = date(2020, 3, 1)   # a Sunday, the day after 29 February

CORPUS: list[tuple[str, str | None]] = _DATA.rows("CORPUS")

NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"\b(?:avai(?:t|ent)|n['’]avai(?:t|ent)|étai(?:t|ent))\b"
RECALL_CORPUS: list[str] = _DATA.strings("RECALL_CORPUS")
RECALL_NEGATIVE_CORPUS: list[str] = _DATA.strings("RECALL_NEGATIVE_CORPUS")

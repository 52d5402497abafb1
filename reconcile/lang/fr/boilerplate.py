"""French news-page boilerplate, as data (format: see ``reconcile/lang/en/boilerplate.py``)."""
from __future__ import annotations

LINE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("read_more", r"(?i)(?:(?:à|a)\s+lire\s+(?:aussi|également|egalement)|lire\s+(?:aussi|également|egalement|la\s+suite|plus)|voir\s+aussi|sur\s+le\s+même\s+sujet)\b\s*[:>»|\-–—]?.*"),
    ("related", r"(?i)(?:articles?|actualités|infos|dernières\s+(?:actualités|infos|nouvelles))\s*(?:liés|similaires|recommandés|associés|en\s+continu)?\s*:?"),
    ("related", r"(?i)(?:les\s+plus\s+lus|nos\s+recommandations|recommandé\s+pour\s+vous|vous\s+aimerez\s+aussi)\b.{0,40}"),
    ("byline", r"(?:[Pp]ar)\s+[A-ZÀ-Ý][\w.'’\-]*(?:\s+(?:[A-ZÀ-Ý][\w.'’\-]*|de|du|des|la|le|et|avec)){0,5}(?:\s*[,|\-–—/]\s*[A-ZÀ-Ý][\w&'’\-]*(?:\s+[\w&'’\-]+){0,3})?"),
    ("byline", r"(?i)(?:rédaction|rédacteur|rédactrice|auteur|journaliste|éditeur|édité\s+par|crédit\s+photo|photo)\s*:\s*.{1,80}"),
    ("share", r"(?i)(?:partager(?:\s+(?:cet\s+article|sur\s+\w+))?|suivez-nous\b.{0,60}|réagir|imprimer|commentaires?)\s*:?"),
    ("newsletter", r"(?i)(?:abonnez-vous|s['’]abonner|inscrivez-vous|newsletter|lettre\s+d['’]information)\b.{0,100}"),
    ("banner", r"(?i)(?:urgent|alerte\s+info|dernière\s+minute|en\s+direct|exclusif|publicité)\s*:?"),
    ("tags", r"(?i)(?:mots[\s-]clés|sujets?|thèmes?|étiquettes?|tags?)\s*:.{0,200}"),
    ("breadcrumb", r"(?i)accueil\s*(?:[>»/|›]\s*[\w ’'&\-]{1,30}){1,6}"),
)

TAIL_PATTERNS: tuple[tuple[str, str], ...] = ()

CORPUS: list[str] = [
    "Lire aussi",
    "Lire aussi : Le Maroc achète des drones israéliens",
    "À lire aussi: Macron au Sénégal",
    "A lire également : la visite de Scholz",
    "Voir aussi",
    "Par Jean Dupont",
    "Par Le Figaro avec AFP",
    "Rédaction : Marie Curie",
    "Partager cet article",
    "Abonnez-vous à notre newsletter",
    "Dernière minute",
    "Mots-clés : Maroc, Israël",
    "Accueil > Monde > Afrique",
    "Les plus lus",
]

NEGATIVE_CORPUS: list[str] = [
    "Le ministre allemand de la Défense, Boris Pistorius, est arrivé au Niger, le 19 décembre.",
    "Par ailleurs, le Sénégal a acheté trois patrouilleurs pour 120 millions d'euros.",
    "Par la suite, les deux pays ont signé plusieurs accords.",
    "Lire la presse israélienne permet de comprendre l'enjeu de la visite.",
    "Partager le renseignement est au cœur de l'accord, selon Rabat.",
    "Urgentistes et militaires ont été mobilisés jeudi.",
    "Les articles de l'accord n'ont pas été rendus publics.",
    "Accueillis à Rabat, les responsables israéliens ont rencontré le roi.",
]


#: A publication line ("Published on 3 March 2023, 10:12"): its date anchors the document's
#: relative dates, but it is not a claim. Whole-sentence patterns.
DATELINE_PATTERNS: tuple[str, ...] = (
    r"""(?i)(?:par\s+not(?:re|ra)\s+(?:envoy[ée]e?|correspondante?)(?:\s+(?:sp[ée]ciale?|permanente?))?(?:\s+(?:à|a|au|aux|en)\s+[^–—|,.]{1,40})?\s*[–—|,-]\s*)?(?:publi[ée]e?|mis\s+à\s+jour|modifi[ée]e?)\s+le\s+[^.!?]{4,60}""",
)

DATELINE_CORPUS: list[str] = ['Par notre correspondant à Dakar – Publié le 3 mars 2023 à 10h12', 'Publié le 12/05/2022 à 08:30', 'Mis à jour le 4 avril 2023 à 17h']

DATELINE_NEGATIVE_CORPUS: list[str] = ["Publié le 3 mars, le rapport accuse l'armée.", 'Le texte, publié le 3 mars 2023, prévoit trois réformes.']

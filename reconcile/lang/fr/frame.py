"""French frame data (read by reconcile.frames): what a count, ordinal or length is *of*."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

COUNT_CONCEPTS: dict[str, tuple[str, ...]] = {
    "dead": ("mort", "morts", "morte", "mortes", "décès", "tué", "tués", "tuées", "péri", "victimes",
             "corps", "cadavre", "cadavres", "bilan", "décédé", "décédés", "noyé", "noyés", "vie", "vies",
             "mortel", "enterré", "enterrés", "enterrées", "inhumé", "inhumés", "inhumées"),
    "injured": ("blessé", "blessés", "blessée", "blessées", "blessure", "blessures"),
    "missing": ("disparu", "disparus", "disparue", "disparues", "portés disparus"),
    "rescued": ("secouru", "secourus", "sauvé", "sauvés", "rescapé", "rescapés"),
    "evacuated": ("évacué", "évacués"),
    "displaced": ("déplacé", "déplacés", "sinistré", "sinistrés", "sans-abri", "réfugié", "réfugiés"),
    "arrested": ("arrêté", "arrêtés", "interpellé", "interpellés", "détenu", "détenus", "suspect",
                 "suspects"),
    "attendance": ("spectateur", "spectateurs", "supporter", "supporters", "fidèles", "pèlerins",
                   "présent", "présents", "présentes", "foule", "assistance"),
    "capacity": ("place", "places", "capacité", "accueillir", "contenir", "sièges",
                 "peut compter", "pouvait compter", "pouvant compter", "pourra compter"),  # a venue "ne pouvait compter que 8.000 personnes"
    "population": ("habitant", "habitants", "population", "peuplée", "peuplé", "âmes"),
    "party": ("parti", "partis", "groupe", "groupes", "formation", "formations"),
    "crossing": ("passage", "point de passage", "de passage"),
    "quake": ("séisme", "séismes", "réplique", "répliques", "secousse", "secousses", "tremblement"),
    "hospital": ("hôpital", "hôpitaux", "clinique", "cliniques"),
    "school": ("école", "écoles"),
    "family": ("famille", "familles", "foyer", "foyers"),
    "weapon": ("char", "chars", "missile", "missiles", "roquette", "roquettes", "radar", "radars", "système", "systèmes", "canon", "canons"),
    "country": ("pays", "nation", "nations", "état", "états"),
    "city": ("ville", "villes", "village", "villages", "province", "provinces", "commune", "communes", "région", "régions", "district", "districts"),
    "building": ("bâtiment", "bâtiments", "maison", "maisons", "immeuble", "immeubles", "logement",
                 "logements", "habitation", "habitations"),
    "aircraft": ("avion", "avions", "appareil", "appareils", "chasseur", "chasseurs", "drone", "drones",
                 "hélicoptère", "hélicoptères", "rafale", "rafales"),
    "ship": ("navire", "navires", "bateau", "bateaux", "sous-marin", "sous-marins", "frégate", "frégates"),
    "vehicle": ("véhicule", "véhicules", "voiture", "voitures", "camion", "camions", "bus"),
    "agreement": ("accord", "accords", "contrat", "contrats", "protocole", "protocoles", "mémorandum",
                  "traité", "traités"),
    "official": ("responsable", "responsables", "ministre", "ministres", "délégué", "délégués",
                 "dirigeant", "dirigeants", "diplomate", "diplomates", "officiel", "officiels"),
    "soldier": ("soldat", "soldats", "militaire", "militaires", "policier", "policiers", "secouriste",
                "secouristes", "gendarme", "gendarmes"),
    "child": ("enfant", "enfants", "mineur", "mineurs"),
    "vote": ("voix", "vote", "votes", "suffrage", "suffrages"),
    "seat_parliament": ("député", "députés", "élu", "élus"),
    "flight": ("vol", "vols"),
    "visit": ("visite", "visites", "voyage", "voyages", "tournée", "tournées", "périple"),
    "night": ("nuit", "nuits"),
    "goal": ("but", "buts"),
    "case": ("cas", "incident", "incidents", "attaque", "attaques"),
}
# Units of measure: a distance or a weight is not a count (legs and totals mix freely).
MEASURES: dict[str, tuple[str, ...]] = {
    "km": ("km", "kilomètre", "kilomètres"),
    "mile": ("mile", "miles"),
    "metre": ("mètre", "mètres"),
    "tonne": ("tonne", "tonnes"),
    "kg": ("kg", "kilogramme", "kilogrammes"),
    "hectare": ("hectare", "hectares", "ha"),
    "litre": ("litre", "litres"),
    "barrel": ("baril", "barils"),
    "megawatt": ("mégawatt", "mégawatts", "mw"),
}
# Words right before a bare number that make it a magnitude ("magnitude 7.8").
MAGNITUDE_CUES: tuple[str, ...] = ("magnitude", "richter")
GENERIC: tuple[str, ...] = ("point", "points", "personne", "personnes", "individu", "individus",
                            "gens", "autres", "victime", "victimes", "celles", "ceux", "celle", "celui")
ORDINAL_REFERENTS: dict[str, tuple[str, ...]] = {
    "quake": ("séisme", "secousse", "réplique"),
    "visit": ("visite", "voyage", "déplacement", "tournée"),
    "occasion": ("fois",),
    "person": ("pape", "président", "ministre", "dirigeant", "souverain"),
    "stage": ("étape", "escale", "destination"),
    "agreement": ("accord", "contrat", "traité"),
    "match": ("match", "rencontre", "finale", "mi-temps", "but", "tour"),
    "day": ("jour", "journée", "semaine", "nuit"),
    "flight": ("vol",),
    "rank": ("plus",),
}
DURATION_FRAMES: dict[str, tuple[str, ...]] = {
    "emergency": ("urgence", "couvre-feu", "confinement"),
    "flight": ("vol", "volé", "avion"),
    "visit": ("visite", "voyage", "séjour", "tournée", "périple", "mission", "rester", "restera"),
    "mourning": ("deuil",),
    "sentence": ("prison", "condamné", "peine", "réclusion"),
    "age": ("âgé", "âgée", "âge"),
    "since": ("depuis", "première", "premier", "dernier", "derniers", "dernières"),
}
BOUNDS: dict[str, tuple[str, ...]] = {
    "min": ("plus de", "au moins", "au minimum", "plus d'", "au-delà de"),
    "max": ("jusqu'à", "près de", "moins de", "presque", "pas plus de"),
    "approx": ("vers", "aux alentours de", "environ", "quelque", "quelques", "autour de", "à peu près", "près d'", "près de"),
}
CLAUSE_BREAKS: tuple[str, ...] = ("et", "dont", "mais", "tandis", "alors")
# Verbs right before a bare figure that make it the tally its sentence named earlier.
TALLY_CUES: tuple[str, ...] = ("passé", "grimpé", "atteint", "élève", "monté", "augmenté", "porté")
# Words opening an aside between commas after a count ("131 people, including 32 children, died"):
# the predicate after the aside says what is counted.
INCLUSIONS: tuple[str, ...] = ("dont",)
# Words naming the group a count is taken from ("34 people among the fans died"): that group
# is not what the count measures; the predicate after it is.
PARTITIVES: tuple[str, ...] = ("parmi",)
# Which side of a value is read first: for counts and lengths, then for an ordinal's referent.
ORDER: tuple[str, ...] = ("after", "before")
ORDINAL_ORDER: tuple[str, ...] = ("after", "before")

FRAME_CORPUS: list[tuple[str, str, str]] = _DATA.rows("FRAME_CORPUS")
FRAME_NEGATIVE_CORPUS: list[tuple[str, str, str]] = _DATA.rows("FRAME_NEGATIVE_CORPUS")

#: What happened on a date, by the predicate governing it (reconcile/roles.py): two dates
#: contradict each other only when their roles agree or one has none.
DATE_ROLES: dict[str, tuple[str, ...]] = {
    "arrive": ("arrivé", "arrivée", "arrive", "arriver", "arrivera", "atterri", "atterrit", "débarqué", "rendu",
               "visite", "visité", "commencé", "débuté", "débute"),  # a visit begun that day
    "depart": ("quitté", "quitte", "quittera", "départ", "parti", "partira", "décollé"),
    "sign": ("signé", "signée", "signer", "signera", "signature", "paraphé", "conclu"),
    "meet": ("rencontré", "rencontre", "rencontrera", "reçu", "recevra", "entretenu", "entretien"),
    "say": ("déclaré", "annoncé", "indiqué", "affirmé", "précisé", "rapporté", "dit", "selon",
            "ajouté", "souligné", "publié", "bilan", "point"),   # "un bilan publié dimanche", "un point de situation"
    "occur": ("frappé", "dévasté", "survenu", "produit", "touché", "effondré", "cédé"),
}
#: (sentence, the date as written, its role or None).
#: Words just before a role word that make it a plan, not the event ("due to arrive"):
#: reconcile/roles.py reports the role as "<role>:planned".
PLAN_WORDS: tuple[str, ...] = ('prévu', 'prévue', 'doit', 'devrait', 'attendu', 'attendue', 'programmé', 'programmée')
DATE_ROLE_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("DATE_ROLE_CORPUS")
#: Prepositions after a role word that introduce where it happened (reconcile/roles.py
#: ``role_place``): two clock times of one role at places neither claim shares are two moments.
PLACE_WORDS: tuple[str, ...] = ('à', 'au', 'aux', 'dans', 'en', 'sur')
#: (sentence, the date or time as written, the start of its place as written, or None).
PLACE_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("PLACE_CORPUS")
#: (sentence, a duration's count as written, its bound or None): reconcile/frames.py.
DURATION_BOUND_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("DURATION_BOUND_CORPUS")

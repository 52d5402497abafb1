"""English frame data (read by reconcile.frames): what a count, ordinal or length is *of*.

Each concept lists the words that name it, lower-case; plural ``-s`` forms are matched without
listing them. ``GENERIC`` words count people without saying what happened to them ("125
people were killed"): the words around them decide. ``BOUNDS`` are the qualifiers before a
number that make it a bound ("more than 17 hours") rather than a point.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

COUNT_CONCEPTS: dict[str, tuple[str, ...]] = {
    "dead": ("dead", "death", "killed", "killing", "kill", "fatality", "fatalities", "died", "die",
             "lives", "life", "body", "bodies", "corpse", "toll", "perished", "deceased", "drowned", "buried"),
    "injured": ("injured", "injury", "injuries", "wounded", "hurt", "injuring", "wounding"),
    "missing": ("missing", "unaccounted"),
    "rescued": ("rescued", "saved"),
    "evacuated": ("evacuated", "evacuee", "evacuees"),
    "displaced": ("displaced", "homeless", "refugee", "refugees"),
    "arrested": ("arrested", "detained", "arrest", "arrests", "detainee", "detainees", "suspect",
                 "suspects"),
    "attendance": ("attendance", "attended", "attending", "present", "spectator", "spectators",
                   "fan", "fans", "supporter", "supporters", "faithful", "pilgrim", "pilgrims",
                   "worshipper", "worshippers", "crowd"),
    "capacity": ("capacity", "seat", "seats", "seater", "hold", "holds", "accommodate"),
    "population": ("population", "inhabitant", "inhabitants", "resident", "residents", "populated"),
    "party": ("party", "parties", "faction", "factions", "group"),
    "crossing": ("crossing", "crossings", "border crossing"),
    "quake": ("quake", "quakes", "earthquake", "earthquakes", "aftershock", "aftershocks", "tremor", "tremors"),
    "hospital": ("hospital", "hospitals", "clinic", "clinics"),
    "school": ("school", "schools"),
    "family": ("family", "families", "household", "households"),
    "weapon": ("tank", "tanks", "missile", "missiles", "rocket", "rockets", "radar", "radars", "system", "systems", "gun", "guns"),
    "country": ("country", "countries", "nation", "nations", "state", "states"),
    "city": ("city", "cities", "town", "towns", "village", "villages", "province", "provinces", "region", "regions", "district", "districts"),
    "building": ("building", "buildings", "house", "houses", "home", "homes", "dwelling"),
    "aircraft": ("aircraft", "plane", "planes", "jet", "jets", "fighter", "fighters", "drone",
                 "drones", "helicopter", "helicopters"),
    "ship": ("ship", "ships", "vessel", "vessels", "boat", "boats", "submarine", "submarines"),
    "vehicle": ("vehicle", "vehicles", "car", "cars", "truck", "trucks", "bus", "buses"),
    "agreement": ("agreement", "agreements", "deal", "deals", "memorandum", "memoranda", "mou",
                  "mous", "accord", "accords", "treaty", "treaties", "contract", "contracts"),
    "official": ("official", "officials", "minister", "ministers", "delegate", "delegates",
                 "leader", "leaders", "officer", "officers", "diplomat", "diplomats"),
    "soldier": ("soldier", "soldiers", "troop", "troops", "police", "policeman", "policemen",
                "officer", "rescuer", "rescuers"),
    "child": ("child", "children", "kid", "kids", "minor", "minors"),
    "vote": ("vote", "votes", "ballot", "ballots"),
    "seat_parliament": ("mp", "mps", "lawmaker", "lawmakers", "legislator", "legislators"),
    "flight": ("flight", "flights"),
    "visit": ("visit", "visits", "trip", "trips", "journey", "journeys", "tour", "tours"),
    "night": ("night", "nights"),
    "goal": ("goal", "goals"),
    "case": ("case", "cases", "incident", "incidents", "attack", "attacks"),
    "victim": ("victim", "victims", "casualty", "casualties"),
}
# Units of measure: a distance or a weight is not a count (legs and totals mix freely).
MEASURES: dict[str, tuple[str, ...]] = {
    "km": ("km", "kilometre", "kilometres", "kilometer", "kilometers"),
    "mile": ("mile", "miles"),
    "metre": ("metre", "metres", "meter", "meters"),
    "tonne": ("tonne", "tonnes", "ton", "tons"),
    "kg": ("kg", "kilogram", "kilograms"),
    "hectare": ("hectare", "hectares", "ha"),
    "litre": ("litre", "litres", "liter", "liters"),
    "barrel": ("barrel", "barrels"),
    "megawatt": ("megawatt", "megawatts", "mw"),
}
# Words right before a bare number that make it a magnitude ("magnitude 7.8").
MAGNITUDE_CUES: tuple[str, ...] = ("magnitude", "richter")
GENERIC: tuple[str, ...] = ("people", "person", "persons", "individual", "individuals", "victim", "victims",
                            "casualty", "casualties", "other", "others", "more")
ORDINAL_REFERENTS: dict[str, tuple[str, ...]] = {
    "quake": ("quake", "earthquake", "aftershock", "tremor"),
    "visit": ("visit", "trip", "journey", "tour", "stop", "leg", "stage", "pope", "pontiff",
              "president", "minister", "leader"),
    "occasion": ("time", "occasion"),
    "agreement": ("agreement", "deal", "memorandum", "accord", "treaty"),
    "match": ("match", "game", "final", "round", "half", "goal"),
    "day": ("day", "week", "night"),
    "flight": ("flight",),
    "rank": ("place", "largest", "biggest", "worst", "deadliest", "highest", "most"),
}
DURATION_FRAMES: dict[str, tuple[str, ...]] = {
    "emergency": ("emergency", "curfew", "lockdown"),
    "flight": ("flight", "flew", "fly", "flying", "overnight", "plane"),
    "visit": ("visit", "trip", "journey", "tour", "stay", "stays", "staying", "remain", "mission"),
    "mourning": ("mourning",),
    "sentence": ("prison", "jail", "sentence", "sentenced", "imprisonment"),
    "age": ("old", "aged", "age"),
    "since": ("since", "first", "ago", "last", "years-long"),
}
BOUNDS: dict[str, tuple[str, ...]] = {
    "min": ("more than", "over", "at least", "exceeding", "upwards of", "in excess of", "above"),
    "max": ("up to", "nearly", "almost", "less than", "fewer than", "under", "just under"),
    "approx": ("about", "around", "at about", "at around", "some", "roughly", "approximately", "an estimated", "nearly"),
}
# Words that end the context of a number (the next clause counts something else).
CLAUSE_BREAKS: tuple[str, ...] = ("and", "while", "but", "whereas", "including", "with")
# Verbs right before a bare figure that make it the tally its sentence named earlier ("the death
# toll ... has risen to 11,300").
TALLY_CUES: tuple[str, ...] = ("risen", "rose", "rises", "increased", "climbed", "reached", "jumped", "soared", "stands", "stood")
# Words opening an aside between commas after a count ("131 people, including 32 children, died"):
# the predicate after the aside says what is counted.
INCLUSIONS: tuple[str, ...] = ("including", "among them", "among whom")
# Words naming the group a count is taken from ("34 people among the fans died"): that group
# is not what the count measures; the predicate after it is.
PARTITIVES: tuple[str, ...] = ("among",)
# Which side of a value is read first: for counts and lengths, then for an ordinal's referent.
ORDER: tuple[str, ...] = ("after", "before")
ORDINAL_ORDER: tuple[str, ...] = ("after", "before")

# (sentence, number as written, expected frame)
FRAME_CORPUS: list[tuple[str, str, str]] = _DATA.rows("FRAME_CORPUS")
FRAME_NEGATIVE_CORPUS: list[tuple[str, str, str]] = _DATA.rows("FRAME_NEGATIVE_CORPUS")

#: What happened on a date, by the predicate governing it (reconcile/roles.py): two dates
#: contradict each other only when their roles agree or one has none.
DATE_ROLES: dict[str, tuple[str, ...]] = {
    "arrive": ("arrive", "arrived", "arrives", "arriving", "arrival", "landed", "lands", "landing",
               "travelled", "traveled", "travels", "flew", "reached", "visit", "visited", "visiting",
               "began", "begun", "begins", "started", "starts"),  # a visit that began that day
    "depart": ("left", "leave", "leaves", "leaving", "depart", "departed", "departs", "departure"),
    "sign": ("sign", "signed", "signs", "signing", "inked", "formalized", "formalised", "sealed"),
    "meet": ("meet", "met", "meets", "meeting", "received", "hosted"),
    "say": ("said", "says", "announced", "announces", "told", "stated", "confirmed", "reported", "added"),
    "occur": ("hit", "struck", "strikes", "swept", "happened", "occurred", "erupted", "collapsed", "broke"),
}
#: (sentence, the date as written, its role or None).
#: Words just before a role word that make it a plan, not the event ("due to arrive"):
#: reconcile/roles.py reports the role as "<role>:planned".
PLAN_WORDS: tuple[str, ...] = ('scheduled', 'due', 'expected', 'set to', 'planned', 'slated', 'plans to')
DATE_ROLE_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("DATE_ROLE_CORPUS")
#: Prepositions after a role word that introduce where it happened (reconcile/roles.py
#: ``role_place``): two clock times of one role at places neither claim shares are two moments.
PLACE_WORDS: tuple[str, ...] = ('at', 'in', 'into', 'to')
#: (sentence, the date or time as written, the start of its place as written, or None).
PLACE_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("PLACE_CORPUS")
#: (sentence, a duration's count as written, its bound or None): reconcile/frames.py.
DURATION_BOUND_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("DURATION_BOUND_CORPUS")

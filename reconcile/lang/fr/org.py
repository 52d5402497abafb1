"""French organisation and named-facility mentions (read by reconcile.facts.org).

Data only: HEADS are generic head nouns (what an organisation or a named facility is: an
office, a federation, an airport), each with the concept it names across languages and its kind;
the finder takes the head with the words of the name around it. Tables are org.yaml.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

#: (head words lower-case, concept shared across languages, kind "org" or "place").
HEADS = _DATA.rows("HEADS")
#: Words allowed inside a name before its next word ("Bureau de coordination des affaires").
CONNECTORS = frozenset({"de", "des", "du", "d", "la", "l", "et", "pour", "aux", "sur", "en"})
#: Words that end a name.
STOP_WORDS = frozenset("""
le les un une a est sont été qui que qu dont dans par avec sans selon après avant depuis
mais ou où il elle ils elles son sa ses leur leurs ce cette ces se s y à au ont avait était
fait faisait indique indiqué déclaré annoncé affirmé selon lors
""".split())
#: French names continue with lower-case complements and adjectives ("Organisation mondiale de
#: la santé"): the first lower-case word after the head or a connector is taken, a second one
#: only when it ends like an adjective (``ADJ_SUFFIXES``).
LOWER_CONTINUATION = True
PREMODIFIERS = False
ADJ_SUFFIXES: tuple[str, ...] = (
    "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "en", "enne", "ens", "ennes", "ique",
    "iques", "aire", "aires", "if", "ive", "ifs", "ives", "ain", "aine", "ains", "aines", "ais",
    "aise", "ois", "oise", "ier", "ière", "iers", "ières", "é", "ée", "és", "ées", "ie", "ies")

ORG_CORPUS = _DATA.rows("ORG_CORPUS")
ORG_NEGATIVE_CORPUS = _DATA.strings("ORG_NEGATIVE_CORPUS")

"""English organisation and named-facility mentions (read by reconcile.facts.org).

Data only: HEADS are generic head nouns (what an organisation or a named facility is: an
office, a federation, an airport), each with the concept it names across languages and its kind;
the finder takes the head with the words of the name around it. Tables are org.yaml.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

#: (head words lower-case, concept shared across languages, kind "org" or "place").
HEADS = _DATA.rows("HEADS")
#: Lower-case words allowed inside a name between capitalised words ("Office for the Coordination of").
CONNECTORS = frozenset({"of", "the", "for", "and", "on", "de", "des", "du"})
#: Words that end a name (and never start one before its head).
STOP_WORDS = frozenset("""
the a an this that these those its his her their our said says told on in at by from to with as
but or when while after before since according also
""".split())
#: English names are capitalised: lower-case words do not continue one.
LOWER_CONTINUATION = False
#: Capitalised words before the head belong to the name ("Libyan Red Crescent", "Heathrow Airport").
PREMODIFIERS = True
ADJ_SUFFIXES: tuple[str, ...] = ()

#: (text, the one mention it holds, its concept).
ORG_CORPUS = _DATA.rows("ORG_CORPUS")
#: Texts that hold no mention.
ORG_NEGATIVE_CORPUS = _DATA.strings("ORG_NEGATIVE_CORPUS")

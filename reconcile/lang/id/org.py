"""Indonesian organisation and named-facility mentions (read by reconcile.facts.org).

Data only: HEADS are generic head nouns (what an organisation or a named facility is: an
office, a federation, an airport), each with the concept it names across languages and its kind;
the finder takes the head with the words of the name around it. Tables are org.yaml.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

#: (head words lower-case, concept shared across languages, kind "org" or "place").
HEADS = _DATA.rows("HEADS")
#: Words allowed inside a name before its next capitalised word ("Palang Merah dan Bulan Sabit").
CONNECTORS = frozenset({"dan", "untuk", "bagi", "dari", "of", "the", "for", "and"})
#: Words that end a name.
STOP_WORDS = frozenset("""
yang di ke pada dalam dengan oleh itu ini tersebut telah sudah akan mengatakan menyebutkan kata
ujar menurut juga serta atau
""".split())
#: Indonesian names are capitalised after their head ("Badan Nasional Penanggulangan Bencana").
LOWER_CONTINUATION = False
PREMODIFIERS = False
ADJ_SUFFIXES: tuple[str, ...] = ()

ORG_CORPUS = _DATA.rows("ORG_CORPUS")
ORG_NEGATIVE_CORPUS = _DATA.strings("ORG_NEGATIVE_CORPUS")

"""Arabic organisation and named-facility mentions (read by reconcile.facts.org).

Data only: HEADS are generic head nouns (what an organisation or a named facility is: an
office, a federation, an airport), each with the concept it names across languages and its kind;
the finder takes the head with the words of the name around it. Tables are org.yaml.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

#: (head words lower-case, concept shared across languages, kind "org" or "place").
HEADS = _DATA.rows("HEADS")
#: Words that end a name (written unfolded; matched after folding, with or without the clitics
#: و ف ب ل ك): particles, prepositions, pronouns, "to be", reporting verbs, weekdays.
STOP_WORDS = frozenset("""
في من إلى الى على عن مع بعد قبل خلال منذ حتى بين عند لدى حول ضد دون عبر نحو إن أن ان إنه أنه
التي الذي الذين قال قالت أعلن أعلنت أكد أكدت ذكر ذكرت أفاد أفادت أشار أشارت أضاف أضافت صرح
يوم اليوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت وقد قد كما أيضا
كان كانت يكون تكون ليس هو هي هم هما ما لا لم لن هذا هذه ذلك تلك حيث إذ إذا لكن بل ثم أو
""".split())
#: At most this many words without the article in a row (a name or a construct chain).
MAX_INDEFINITE = 3

ORG_CORPUS = _DATA.rows("ORG_CORPUS")
ORG_NEGATIVE_CORPUS = _DATA.strings("ORG_NEGATIVE_CORPUS")

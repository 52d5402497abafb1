"""The role of a date in its claim: what happened that day (arrived, signed, met, said...).

"He arrived on Tuesday to sign the deal on Wednesday": both days can sit in claims that align, and
a date comparer that sees only values calls Tuesday and Wednesday a contradiction. The predicate
governing a date names its role: the nearest role word before the date (news puts the verb first:
"arrived on", "tiba pada", "est arrivé le", "وصل ... الثلاثاء"), else the nearest one after it
("On 24 November, the two ministers signed"). Role words are per-language data
(``DATE_ROLES`` in ``reconcile/lang/<code>/frame.py``, with ``DATE_ROLE_CORPUS``). Two dates are
only contradicted by each other when their roles agree or one of them has none.

A role announced as a plan ("is due to arrive", "dijadwalkan tiba", "على أن يصل") reads
``arrive:planned``. For clock times a schedule and the event are two moments (a landing "due at
4:30 GMT" that happened at 04:16 is no contradiction: :mod:`reconcile.moments`); for days they are
one role ("scheduled to meet on Wednesday 4th" / "met on Wednesday 5th" is), so
:func:`roles_agree` compares roles without the plan. Plan words are per-language data too
(``PLAN_WORDS``), read in the few words just before the role word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lang import optional_rules
from .frames import _keys
from .types import Claim, Fact

#: Words either side of a date read for its role (the verb of "tiba di Rabat, Ibu Kota Maroko,
#: pada Selasa" stands seven words before the day).
WORDS_BEFORE = 8
WORDS_AFTER = 6
#: Words just before a role word read for a plan ("is scheduled to arrive": two words back).
PLAN_REACH = 3
#: Words after a role word in which a place preposition is looked for ("arrived early *at*"), and
#: words of the place read after it ("tiba di Kedutaan Besar (Kedubes) Vatikan": four).
PLACE_PREP_REACH = 2
PLACE_WORDS_READ = 4
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?;؛]\s")


def _frame_data(language: str, name: str, default):
    """A table of the language's frame rules (``lang/<code>/frame.py``), or ``default``."""
    mod = optional_rules(language, "frame")
    return getattr(mod, name, default) if mod is not None else default


@lru_cache(maxsize=8)
def _table(language: str) -> dict[str, str]:
    """word -> role for one language ({} when it has no role data)."""
    roles = _frame_data(language, "DATE_ROLES", {})
    table: dict[str, str] = {}
    for role, words in roles.items():
        for w in words:
            for k in _keys(w, language):
                table.setdefault(k, role)
    return table


@lru_cache(maxsize=8)
def _plans(language: str) -> frozenset[tuple[str, ...]]:
    """Plan phrases of one language, as tuples of lookup keys (first key of each word)."""
    return frozenset(tuple(_keys(w, language)[0] for w in phrase.split())
                     for phrase in _frame_data(language, "PLAN_WORDS", ()))


def _planned(words_before: list[str], language: str) -> bool:
    """Do the words just before a role word (in reading order) end in a plan phrase or hold one?"""
    keys = tuple(_keys(w, language)[0] for w in words_before[-PLAN_REACH:])
    return any(keys[i:i + len(p)] == p for p in _plans(language) for i in range(len(keys) - len(p) + 1))


def _role_of(word: str, table: dict[str, str], language: str) -> str | None:
    for k in _keys(word, language):
        if k in table:
            return table[k]
    return None


def _nearest(words: list[str], table: dict[str, str], language: str) -> tuple[int, str] | None:
    """(index, role) of the first word of ``words`` that names a role."""
    for i, w in enumerate(words):
        role = _role_of(w, table, language)
        if role is not None:
            return i, role
    return None


def date_role(text: str, start: int, end: int, language: str) -> str | None:
    """The role of the date at ``text[start:end]``: the nearest role word before it within the
    sentence, else the nearest after it; None when neither side names one."""
    found = _governing(text, start, end, language)
    return found[0] if found else None


def _sentence_words(text: str, start: int, end: int) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The words of the date's sentence before ``start`` and after ``end`` (as matches on ``text``)."""
    cut = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    lo = cut[-1] if cut else 0
    stop = _SENTENCE_END.search(text, end)
    hi = stop.start() if stop else len(text)
    return list(_WORD.finditer(text, lo, start)), list(_WORD.finditer(text, end, hi))


@lru_cache(maxsize=1 << 16)       # compare asks again for every pair a date meets
def _governing(text: str, start: int, end: int, language: str) -> tuple[str, int] | None:
    """(role, end of the role word in ``text``) of the date at ``text[start:end]``."""
    table = _table(language)
    if not table:
        return None
    before, after = _sentence_words(text, start, end)
    before_words = [m.group() for m in before]
    left = before_words[-WORDS_BEFORE:][::-1]
    found = _nearest(left, table, language)
    if found is not None:
        i, role = found
        at = len(before_words) - 1 - i                  # the role word's index in reading order
        return _with_plan(role, before_words[:at], language), before[at].end()
    right = [m.group() for m in after[:WORDS_AFTER]]
    found = _nearest(right, table, language)
    if found is None:
        return None
    j, role = found
    return _with_plan(role, before_words + right[:j], language), after[j].end()


@lru_cache(maxsize=8)
def _place_words(language: str) -> frozenset[str]:
    """Prepositions that name where a role happens ("tiba *di*", "arrived *at*"), as lookup keys."""
    return frozenset(k for w in _frame_data(language, "PLACE_WORDS", ()) for k in _keys(w, language))


def role_place(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The span of ``text`` that names where the date's role happened: the words after a place
    preposition (``PLACE_WORDS``) that follows its role word within ``PLACE_PREP_REACH`` words
    ("tiba di <Kedubes Vatikan> pukul 12.25", "arrived in <Quito> on Monday"), up to
    ``PLACE_WORDS_READ`` words, the date itself or the sentence's end; None when none is said."""
    found = _governing(text, start, end, language)
    preps = _place_words(language)
    if not found or not preps:
        return None
    stop = _SENTENCE_END.search(text, found[1])
    hi = stop.start() if stop else len(text)
    if found[1] <= start:
        hi = min(hi, start)                      # the place stands between the role word and the date
    words = list(_WORD.finditer(text, found[1], hi))
    for n, m in enumerate(words[:PLACE_PREP_REACH + 1]):
        if any(k in preps for k in _keys(m.group(), language)):
            place = words[n + 1:n + 1 + PLACE_WORDS_READ]
            return (place[0].start(), place[-1].end()) if place else None
    return None


def _with_plan(role: str, words_before: list[str], language: str) -> str:
    return f"{role}:planned" if _planned(words_before, language) else role


def fact_role(claim: Claim, fact: Fact) -> str | None:
    """:func:`date_role` of a date fact inside its claim."""
    return date_role(claim.text, fact.start - claim.start, fact.end - claim.start, claim.language)


def roles_agree(a: str | None, b: str | None) -> bool:
    """May two dates with these roles contradict each other? Same role (planned or not), or a role unknown."""
    return a is None or b is None or base_role(a) == base_role(b)


def base_role(role: str | None) -> str | None:
    """The role without its plan mark ("arrive:planned" -> "arrive")."""
    return role.partition(":")[0] if role else role


#: How a role reads in a finding's frame label ("date of arrival conflict").
ROLE_NOUNS = {"arrive": "arrival", "depart": "departure", "sign": "signing", "meet": "meeting",
              "say": "statement", "occur": "event"}


def role_frame(evidence_roles: set[str | None]) -> str | None:
    """The frame of a date finding whose values all have one role ("date:arrival"), else None."""
    if None in evidence_roles:
        return None
    if len(evidence_roles) != 1:
        evidence_roles = {base_role(r) for r in evidence_roles}
        if len(evidence_roles) != 1:
            return None
    (role,) = evidence_roles
    base, _, planned = str(role).partition(":")
    noun = ROLE_NOUNS.get(base, base)
    return f"date:planned {noun}" if planned else f"date:{noun}"

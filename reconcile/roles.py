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
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?;؛]\s")


@lru_cache(maxsize=8)
def _table(language: str) -> dict[str, str]:
    """word -> role for one language ({} when it has no role data)."""
    mod = optional_rules(language, "frame")
    roles = getattr(mod, "DATE_ROLES", {}) if mod is not None else {}
    table: dict[str, str] = {}
    for role, words in roles.items():
        for w in words:
            for k in _keys(w, language):
                table.setdefault(k, role)
    return table


@lru_cache(maxsize=8)
def _plans(language: str) -> frozenset[tuple[str, ...]]:
    """Plan phrases of one language, as tuples of lookup keys (first key of each word)."""
    mod = optional_rules(language, "frame")
    return frozenset(tuple(_keys(w, language)[0] for w in phrase.split())
                     for phrase in getattr(mod, "PLAN_WORDS", ()) if mod is not None)


def _planned(words_before: list[str], language: str) -> bool:
    """Do the words just before a role word (in reading order) end in a plan phrase or hold one?"""
    keys = tuple(_keys(w, language)[0] for w in words_before[-PLAN_REACH:])
    return any(keys[i:i + len(p)] == p for p in _plans(language) for i in range(len(keys) - len(p) + 1))


def _role_of(word: str, table: dict[str, str], language: str) -> str | None:
    for k in _keys(word, language):
        if k in table:
            return table[k]
    return None


def _nearest(words: list[str], table: dict[str, str], language: str) -> int | None:
    """Index of the first word of ``words`` that names a role."""
    for i, w in enumerate(words):
        if _role_of(w, table, language) is not None:
            return i
    return None


@lru_cache(maxsize=1 << 16)       # compare asks again for every pair a date meets
def date_role(text: str, start: int, end: int, language: str) -> str | None:
    """The role of the date at ``text[start:end]``: the nearest role word before it within the
    sentence, else the nearest after it; None when neither side names one."""
    table = _table(language)
    if not table:
        return None
    before = text[:start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    before = before[cut[-1]:] if cut else before
    after = text[end:]
    stop = _SENTENCE_END.search(after)
    after = after[:stop.start()] if stop else after
    before_words, after_words = _WORD.findall(before), _WORD.findall(after)
    left = before_words[-WORDS_BEFORE:][::-1]
    i = _nearest(left, table, language)
    if i is not None:
        at = len(before_words) - 1 - i                  # the role word's index in reading order
        return _with_plan(_role_of(left[i], table, language), before_words[:at], language)
    right = after_words[:WORDS_AFTER]
    j = _nearest(right, table, language)
    if j is None:
        return None
    return _with_plan(_role_of(right[j], table, language), before_words + right[:j], language)


def _with_plan(role: str | None, words_before: list[str], language: str) -> str | None:
    return f"{role}:planned" if role and _planned(words_before, language) else role


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

"""The role of a date in its claim: what happened that day (arrived, signed, met, said...).

"He arrived on Tuesday to sign the deal on Wednesday": both days can sit in claims that align, and
a date comparer that sees only values calls Tuesday and Wednesday a contradiction. The predicate
governing a date names its role: the nearest role word before the date (news puts the verb first:
"arrived on", "tiba pada", "est arrivé le", "وصل ... الثلاثاء"), else the nearest one after it
("On 24 November, the two ministers signed"). Role words are per-language data
(``DATE_ROLES`` in ``reconcile/lang/<code>/frame.py``, with ``DATE_ROLE_CORPUS``). Two dates are
only contradicted by each other when their roles agree or one of them has none.
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


def _role_of(word: str, table: dict[str, str], language: str) -> str | None:
    for k in _keys(word, language):
        if k in table:
            return table[k]
    return None


def _nearest(words: list[str], table: dict[str, str], language: str) -> str | None:
    for w in words:
        role = _role_of(w, table, language)
        if role is not None:
            return role
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
    left = _WORD.findall(before)[-WORDS_BEFORE:][::-1]
    right = _WORD.findall(after)[:WORDS_AFTER]
    return _nearest(left, table, language) or _nearest(right, table, language)


def fact_role(claim: Claim, fact: Fact) -> str | None:
    """:func:`date_role` of a date fact inside its claim."""
    return date_role(claim.text, fact.start - claim.start, fact.end - claim.start, claim.language)


def roles_agree(a: str | None, b: str | None) -> bool:
    """May two dates with these roles contradict each other? Same role, or a role unknown."""
    return a is None or b is None or a == b


#: How a role reads in a finding's frame label ("date of arrival conflict").
ROLE_NOUNS = {"arrive": "arrival", "depart": "departure", "sign": "signing", "meet": "meeting",
              "say": "statement", "occur": "event"}


def role_frame(evidence_roles: set[str | None]) -> str | None:
    """The frame of a date finding whose values all have one role ("date:arrival"), else None."""
    if len(evidence_roles) != 1 or None in evidence_roles:
        return None
    (role,) = evidence_roles
    return f"date:{ROLE_NOUNS.get(str(role), role)}"

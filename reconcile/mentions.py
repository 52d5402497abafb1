"""A name mention as entity linking compares it: normalized words, consonant skeletons, regnal
numerals, script; plus the union-find that groups mentions. Shared by :mod:`reconcile.link` and
:mod:`reconcile.sub_names`, and by later stages that compare names (:mod:`reconcile.name_conflicts`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from .facts.arabic import is_arabic
from .facts.entity import NAME_PARTICLES, ROMAN, Kind, to_roman
from .facts.translit import normalize, skeleton_word
from .types import Context

MentionKey = tuple[str, int, int]  # (doc_id, start, end)


@dataclass
class Mention:
    key: MentionKey
    surface: str
    kind: Kind
    gazetteer: str | None
    norm: str
    core: tuple[str, ...]        # normalized words without particles / articles / numerals
    skel: tuple[str, ...]        # skeleton of each core word
    roman: tuple[str, ...]       # regnal numerals ("ii"), which must agree
    arabic: bool

    @property
    def surname(self) -> str:
        return self.skel[-1] if self.skel else ""

    @property
    def given(self) -> str:
        return re.sub(r"(.)\1+", r"\1", "".join(self.skel[:-1]))

    @property
    def joined(self) -> str:
        return re.sub(r"(.)\1+", r"\1", "".join(self.skel))


def _arabic_regnal(surface: str) -> tuple[str, str | None]:
    """"محمد السادس" -> ("محمد", "vi"): a name ending in an ordinal word is a regnal number."""
    from .facts.ordinal import find_ordinals

    ords = [f for f in find_ordinals(surface, Context("ar")) if f.end == len(surface.rstrip())]
    rank = ords[-1].value.value if ords else None
    if not isinstance(rank, int) or not 1 <= rank <= 30 or ords[-1].start == 0:
        return surface, None
    return surface[:ords[-1].start].rstrip(), to_roman(rank)


def make_mention(key: MentionKey, surface: str, kind: Kind, gazetteer: str | None) -> Mention:
    return Mention(key, surface, kind, gazetteer, *mention_forms(surface, gazetteer is None))


@lru_cache(maxsize=65536)
def mention_forms(surface: str, may_be_regnal: bool
                   ) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]:
    """(norm, core, skel, roman, arabic) of a surface: computed once per distinct spelling,
    since a feed repeats names (and Arabic word windows) thousands of times."""
    regnal = None
    name = surface
    if is_arabic(surface) and may_be_regnal:
        name, regnal = _arabic_regnal(surface)
    words = normalize(name).split()
    core = tuple(w for w in words if w not in NAME_PARTICLES and w not in ROMAN)
    roman = tuple(w for w in words if w in ROMAN and surface.upper() != surface.lower())
    if regnal:
        roman += (regnal,)
    skel = tuple(skeleton_word(w) or w for w in core)
    return " ".join(words), core, skel, roman, is_arabic(surface)


def name_words(surface: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(core words, their skeletons) of a name: what linking compares, for other stages."""
    _, core, skel, _, _ = mention_forms(surface, True)
    return core, skel


def kinds_ok(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind or "unknown" in (a.kind, b.kind)


def close_names(x: str, y: str, threshold: float) -> bool:
    return x == y or (min(len(x), len(y)) >= 3 and fuzz.ratio(x, y) >= threshold)


class Groups:
    """Union-find over mention indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

"""A full name inside a longer run of capitalised words: the same entity.

The finder glues titles and offices to names ("Kebudayaan Muhadjir Effendy"), and sources drop
middle names ("Listyo Prabowo" / "Listyo Sigit Prabowo") or move a title ("Kardinal X Y" / "X
Kardinal Y"). Step 1b of :func:`reconcile.link.link_entities` joins such a name to the runs it
sits inside, when only title-like words come before it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Mapping

from rapidfuzz import fuzz

from .facts.entity import entity_rules
from .facts.gazetteer import gazetteer
from .facts.translit import normalize
from .mentions import Groups, Mention, kinds_ok


#: Least letters in the skeletons of a name found inside another (two short skeletons,
#: "T" + "Nf", collide by chance).
SUB_NAME_MIN_SKELETON = 5


def _words_alike(a: Mention, i: int, b: Mention, j: int) -> bool:
    """Word ``i`` of ``a`` and word ``j`` of ``b``: one skeleton, and close spellings in one script."""
    if a.arabic == b.arabic and a.core[i] == b.core[j]:
        return True
    if a.skel[i] != b.skel[j] or len(a.skel[i]) < 2:
        return False
    return a.arabic != b.arabic or fuzz.ratio(a.core[i], b.core[j]) >= 75


def _in_order(short: Mention, long: Mention, at: int) -> bool:
    """The short name's words in the long one, in order, its first at ``at`` and its last at the end."""
    j = at
    for i in range(len(short.skel)):
        while j < len(long.skel) and not _words_alike(short, i, long, j):
            j += 1
        if j == len(long.skel):
            return False
        j += 1
    return j == len(long.skel)


def _sub_name(short: Mention, long: Mention, common: frozenset[str]) -> bool:
    """Is ``short`` (two words or more) the name inside ``long``, a run that adds a title or a
    middle name? It must end it, after title words ("Menko Polhukam Mahfud MD",
    "Listyo Sigit Prabowo"), or open it with three words or more ("Toyota Innova Zenix Hybrid")."""
    if short.gazetteer or long.gazetteer or short.roman != long.roman or not kinds_ok(short, long):
        return False
    if "org" in (short.kind, long.kind) or not 2 <= len(short.skel) < len(long.skel):
        return False
    if sum(len(w) for w in short.skel) < SUB_NAME_MIN_SKELETON:
        return False
    initials = [w for w in short.core if len(w) == 1]
    if initials and initials != [w for w in long.core if len(w) == 1]:
        return False  # George W. X is not George H. W. X
    n = len(short.skel)
    if n >= 3 and all(_words_alike(short, i, long, i) for i in range(n)):
        return True
    return any(_words_alike(short, 0, long, at) and _in_order(short, long, at)
               and all(title_like(w, common) for w in long.core[:at])
               for at in range(len(long.skel) - n + 1))


def title_like(word: str, common: frozenset[str]) -> bool:
    """A word before a name that is not another name: a title or office in any language
    ("menko", "kardinal"), a word the feed writes in lower case, or a place ("Jakarta")."""
    if word in common or word in _title_words():
        return True
    return word in gazetteer()[0]


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Titles, offices and abbreviations of the Latin-script languages, normalized."""
    out: set[str] = set()
    for lang in ("en", "fr", "id"):
        r = entity_rules(lang)
        out |= {normalize(w) for w in r.titles | r.portfolio | r.abbreviations}
    return frozenset(out)


def lower_case_words(texts: Mapping[str, str]) -> frozenset[str]:
    """Normalized words the feed writes in lower case somewhere: common words, not names."""
    words = {w for t in texts.values() for w in re.findall(r"\w+", t) if w.islower()}
    return frozenset(normalize(w) for w in words)


def link_sub_names(ms: list[Mention], groups: Groups, reps: list[int], common: frozenset[str]) -> None:
    """Step 1b of :func:`link_entities`: a full name joins the longer runs it sits inside.

    The finder glues titles and offices to names ("Kebudayaan Muhadjir Effendy"), and sources
    drop middle names or move a title ("Kardinal X Y" / "X Kardinal Y"). Only title-like words
    may come before the name, so "Joko Widodo" never joins "Iriana Joko Widodo". Long runs are bucketed by last and first skeleton word, so each name meets only its candidates.
    """
    by_sorted: dict[tuple[str, ...], int] = {}
    for j in reps:   # the same words in another order
        if len(ms[j].skel) >= 3 and sum(map(len, ms[j].skel)) >= SUB_NAME_MIN_SKELETON and not ms[j].gazetteer:
            key = tuple(sorted(ms[j].skel))
            if key in by_sorted and kinds_ok(ms[by_sorted[key]], ms[j]) and ms[j].kind != "org":
                groups.union(by_sorted[key], j)
            by_sorted.setdefault(key, j)
    by_last: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)
    for j in reps:
        if len(ms[j].skel) >= 3:
            by_last[ms[j].skel[-1]].append(j)
            by_first[ms[j].skel[0]].append(j)
    for i in reps:
        m = ms[i]
        if len(m.skel) < 2:
            continue
        pool = sorted(set(by_last.get(m.skel[-1], ())) | set(by_first.get(m.skel[0], ())))
        inside = [j for j in pool if _sub_name(m, ms[j], common) and groups.find(j) != groups.find(i)]
        for j in inside:
            groups.union(i, j)

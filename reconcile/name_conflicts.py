"""One person, two given names: "Tamer Ramadan" in one source, "Tariq Ramadan" in another.

A wrong first name is a classic error of copy written fast from a phone call or a translation,
and the linker rightly keeps the two names apart (they are not spellings of one name). Two
person mentions in different documents are one person named two ways when they share a surname
(across scripts, by skeleton), the word before it differs and is a given name (not a title, a
place or a word the feed writes in lower case), no document names both, and their contexts
read alike (the embedded windows at least ``CompareConfig.context_min_similarity``: the same
office, the same statement). Without a similarity there is no such finding.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable, Sequence

from .compare_values import context_window
from .config import DEFAULT, CompareConfig
from .mentions import name_words
from .sub_names import lower_case_words, title_like
from .types import Claim, Document, EntityRef, Evidence, Fact, Finding

Ids = Callable[[], str]
Similarity = Callable[[str, str], float]
#: Least letters of a surname skeleton that may tie two names (shorter ones collide by chance).
MIN_SURNAME_SKELETON = 3
_PEOPLE = frozenset({"person", "unknown"})


def _people(claims: Sequence[Claim]) -> Iterable[tuple[Claim, Fact, tuple[str, ...], tuple[str, ...]]]:
    for c in claims:
        for f in c.facts:
            if f.type == "entity" and isinstance(f.value, EntityRef) and f.value.kind in _PEOPLE:
                core, skel = name_words(f.text)
                if len(core) >= 2 and len(skel[-1]) >= MIN_SURNAME_SKELETON:
                    yield c, f, core, skel


def _firsts(claims: Sequence[Claim]) -> dict[str, dict[str, tuple[Claim, Fact, str, str]]]:
    """Surname skeleton -> entity id -> its first mention (claim, fact, given word, its skeleton)."""
    by_surname: dict[str, dict[str, tuple[Claim, Fact, str, str]]] = defaultdict(dict)
    for c, f, core, skel in _people(claims):
        by_surname[skel[-1]].setdefault(f.value.id, (c, f, core[-2], skel[-2]))
    return by_surname


def _given_names_differ(a: tuple[Claim, Fact, str, str], b: tuple[Claim, Fact, str, str],
                        common: frozenset[str]) -> bool:
    (ca, _, ga, ka), (cb, _, gb, kb) = a, b
    if ca.doc_id == cb.doc_id or ka == kb or min(len(ga), len(gb)) < 3:
        return False
    return not (title_like(ga, common) or title_like(gb, common))


def name_conflicts(claims: Sequence[Claim], documents: Sequence[Document], similarity: Similarity | None,
                   new_id: Ids, cfg: CompareConfig = DEFAULT.compare) -> list[Finding]:
    """One conflict per pair of entities named alike but for the given name (see module doc)."""
    if similarity is None:
        return []
    docs_of: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        for f in c.facts:
            if f.type == "entity" and isinstance(f.value, EntityRef):
                docs_of[f.value.id].add(c.doc_id)
    common = lower_case_words({d.id: d.text for d in documents})
    out: list[Finding] = []
    for _, people in sorted(_firsts(claims).items()):
        ids = sorted(people)
        for i, x in enumerate(ids):
            for y in ids[i + 1:]:
                a, b = people[x], people[y]
                if docs_of[x] & docs_of[y] or not _given_names_differ(a, b, common):
                    continue
                wa, wb = (context_window(m[0], m[1], cfg.context_words) for m in (a, b))
                if similarity(wa, wb) >= cfg.context_min_similarity:
                    out.append(_finding(a[0], a[1], b[0], b[1], new_id()))
    return out


def _finding(a: Claim, fa: Fact, b: Claim, fb: Fact, fid: str) -> Finding:
    return Finding(
        id=fid, kind="conflict", slot="entity", severity="medium", frame="entity:person",
        summary=f"person name conflict: {a.doc_id} says {fa.text!r}, {b.doc_id} says {fb.text!r}",
        cluster=None, evidence=(Evidence.of(a, fa), Evidence.of(b, fb)),
        explanation=("the same surname, another given name, in contexts that read alike",
                     "no document names both, so they are unlikely to be two people"))

"""Organisations named across languages: one group per organisation (or named facility), and a
*variant* finding for each group that several documents name in different words.

Why apart from :mod:`reconcile.link`: that linker compares spellings (skeletons, surnames); an
organisation is *translated* ("Organisation mondiale de la santé" / "منظمة الصحة العالمية"), so no
spelling rule can link it. Mentions come from :mod:`reconcile.facts.org` (a head noun and its
name); two mentions are one organisation when

- they are written alike (normalized), or one's acronym is the other's ("(OCHA)" / "OCHA"); or
- their heads name one concept (office, federation, airport...) and the embedded mention strings
  (the pipeline's multilingual model) are at least ``CompareConfig.org_min_cosine`` alike
  (``scripts/sweep_orgs.py`` → ``docs/sweeps/orgs.md``).

Pairs are joined most similar first; two names of one language must share a word besides their
head ("Bandara X" is not "Bandara Y"), and two groups never join when one document names both in
different full names (a document that names two federations names two federations). Similarities
are computed within one concept, over distinct strings, embedded once in one batch.

The findings are information only: nothing else (alignment, conflicts) reads the groups.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz

from .compare import insert_findings, last_finding_number
from .facts.arabic import is_arabic, name_key
from .facts.org import find_orgs
from .facts.translit import normalize
from .types import Claim, EntityRef, Evidence, Finding, OrgMention

Encode = Callable[[list[str]], np.ndarray]
_CHUNK = 1024
#: How an organisation variant's explanation starts (:func:`is_org_variant`).
EXPLANATION = "organisation "


@dataclass(frozen=True)
class OrgGroup:
    """The mentions of one organisation (or named facility) across documents."""

    id: str                              # "org:organisation_mondiale_de_la_sante"
    mentions: tuple[OrgMention, ...]     # in (doc, start) order
    how: tuple[str, ...] = ()            # what joined them: "spelling", "acronym", "embedding"


def org_mentions(claims: Sequence[Claim]) -> list[OrgMention]:
    """Every organisation mention of the claims, with document offsets."""
    out: list[OrgMention] = []
    for c in claims:
        out += find_orgs(c.text, c.language, doc=c.doc_id, claim=c.id, offset=c.start)
    return out


class _Joins:
    """Union-find over mentions that keeps, per group, the documents naming it in full (a head
    and its name), so that two names in one document never become one group."""

    def __init__(self, mentions: Sequence[OrgMention]) -> None:
        self.parent = list(range(len(mentions)))
        self.full = [{m.doc: normalize(m.text)} if m.concept else {} for m in mentions]
        self.how: dict[int, set[str]] = defaultdict(set)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, how: str) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        fa, fb = self.full[a], self.full[b]
        if any(fa[d] != fb[d] for d in fa.keys() & fb.keys()):
            return False
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.full[a] = {**fb, **fa}
        self.how[a] |= self.how.pop(b, set()) | {how}
        return True


def _cosine_pairs(strings: list[str], concept_of: list[str], vecs: np.ndarray,
                  min_cosine: float) -> list[tuple[float, int, int]]:
    """(cosine, i, j), i < j, of distinct strings with one concept at least ``min_cosine`` alike."""
    by_concept: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(concept_of):
        by_concept[c].append(i)
    out: list[tuple[float, int, int]] = []
    for concept in sorted(by_concept):
        idx = np.array(by_concept[concept])
        for lo in range(0, len(idx), _CHUNK):
            sims = vecs[idx[lo:lo + _CHUNK]] @ vecs[idx].T
            for r, c in zip(*np.nonzero(sims >= min_cosine)):
                i, j = int(idx[lo + r]), int(idx[c])
                if i < j:
                    out.append((float(sims[r, c]), i, j))
    return sorted(out, key=lambda t: (-t[0], t[1], t[2]))


def _join_alike(ms: Sequence[OrgMention], joins: _Joins) -> None:
    """Same spelling (normalized), or an acronym one mention gives and another is or gives."""
    first: dict[tuple[str, str | None], int] = {}
    by_acronym: dict[str, int] = {}
    for i, m in enumerate(ms):
        if m.concept:
            key = (normalize(m.text), m.concept)
            joins.join(first.setdefault(key, i), i, "spelling")
        if m.acronym:
            joins.join(by_acronym.setdefault(m.acronym, i), i, "acronym")


def _join_embedded(ms: Sequence[OrgMention], joins: _Joins, encode: Encode, min_cosine: float) -> None:
    """Names of one concept in different documents whose embedded strings are alike."""
    strings = sorted({m.text for m in ms if m.concept})
    if len(strings) < 2:
        return
    where: dict[str, list[int]] = defaultdict(list)
    concept: dict[str, str] = {}
    for i, m in enumerate(ms):
        if m.concept:
            where[m.text].append(i)
            concept.setdefault(m.text, m.concept)
    vecs = np.asarray(encode(strings), dtype=np.float32)
    for _, a, b in _cosine_pairs(strings, [concept[s] for s in strings], vecs, min_cosine):
        i, j = where[strings[a]][0], where[strings[b]][0]
        if ms[i].language == ms[j].language and not _share_name_word(ms[i], ms[j]):
            continue   # one language, no word of the name in common: two airports, two councils
        if {ms[k].doc for k in where[strings[a]]} != {ms[k].doc for k in where[strings[b]]}:
            joins.join(i, j, "embedding")


def _name_words(m: OrgMention) -> list[str]:
    """The words of a name besides its head (normalized, three letters or more, no article)."""
    rest = m.text.replace(m.head, " ", 1) if m.head else m.text
    return [w for w in normalize(rest).split() if len(w) >= 3]


def _share_name_word(a: OrgMention, b: OrgMention) -> bool:
    """Two names of one language share a word besides the head, spelled alike (rapidfuzz ratio
    >= 80: "Istiqal" / "Istiqlal"); a name that is all head says nothing against."""
    wa, wb = _name_words(a), _name_words(b)
    return not wa or not wb or any(fuzz.ratio(x, y) >= 80 for x in wa for y in wb)


def _group_id(members: Sequence[OrgMention]) -> str:
    """kind:name after the most frequent Latin-script full name (else any full name)."""
    full = [m for m in members if m.concept] or list(members)
    pool = [m for m in full if not is_arabic(m.text)] or full
    counts = Counter(normalize(m.text) for m in pool)
    best = min(counts, key=lambda n: (-counts[n], -len(n), n))
    kinds = Counter(m.kind for m in full)
    return f"{kinds.most_common(1)[0][0]}:" + "_".join(best.split())


def link_orgs(mentions: Sequence[OrgMention], encode: Encode | None, min_cosine: float) -> list[OrgGroup]:
    """Groups of mentions naming one organisation (see the module docstring); ``encode``: the
    embedder's ``encode`` (None: spellings and acronyms only). Groups in order of first mention."""
    ms = sorted(mentions, key=lambda m: (m.doc, m.start, m.end))
    joins = _Joins(ms)
    _join_alike(ms, joins)
    if encode is not None:
        _join_embedded(ms, joins, encode, min_cosine)
    members: dict[int, list[OrgMention]] = defaultdict(list)
    for i, m in enumerate(ms):
        members[joins.find(i)].append(m)
    out: list[OrgGroup] = []
    used: Counter = Counter()
    for root, g in sorted(members.items()):
        gid = _group_id(g)
        used[gid] += 1
        out.append(OrgGroup(gid if used[gid] == 1 else f"{gid}~{used[gid]}", tuple(g),
                            tuple(sorted(joins.how.get(root, ())))))
    return out


def _spelling(m: OrgMention) -> str:
    """What makes two mentions one spelling: case, and Arabic "للهلال" for "الهلال", aside."""
    if not is_arabic(m.text):
        return m.text.casefold()
    key = name_key(m.text)
    return "ا" + key[1:] if key.startswith("لل") else key


def _variant(group: OrgGroup, fid: str, min_cosine: float) -> Finding | None:
    """The variant finding of a group named by two documents in two spellings, or None."""
    if len({m.doc for m in group.mentions}) < 2 or not any(m.concept for m in group.mentions):
        return None
    seen: dict[tuple[str, str], OrgMention] = {}
    for m in group.mentions:
        seen.setdefault((m.doc, _spelling(m)), m)
    spellings = sorted({m.text for m in seen.values()}, key=lambda t: (t.casefold(), t))
    if len({_spelling(m) for m in seen.values()}) < 2:
        return None
    value = EntityRef(group.id)
    how = ", ".join(group.how).replace("embedding", f"embedded names >= {min_cosine:g}")
    return Finding(
        id=fid, kind="variant", slot="entity", severity="info",
        summary=f"one organisation, {len(spellings)} names: " + " / ".join(spellings),
        cluster=None,
        evidence=tuple(Evidence(doc=m.doc, claim=m.claim, start=m.start, end=m.end, text=m.text,
                                value=value, language=m.language) for m in seen.values()),
        explanation=(f"{EXPLANATION}{group.id}: names linked by {how}",))


def is_org_variant(f: Finding) -> bool:
    """A variant finding of this module (the sweep takes them out to add them again)."""
    return f.kind == "variant" and bool(f.explanation) and f.explanation[0].startswith(EXPLANATION)


def _covered(f: Finding, existing: Sequence[Finding]) -> bool:
    """Every mention of ``f`` already cited by one variant finding."""
    spans = [(e.doc, e.start, e.end) for g in existing for e in g.evidence]
    return all(any(d == e.doc and s < e.end and e.start < t for d, s, t in spans) for e in f.evidence)


def add_org_variants(findings: Sequence[Finding], claims: Sequence[Claim], encode: Encode | None,
                     min_cosine: float) -> list[Finding]:
    """``findings`` with the organisation variants of ``claims`` added after the other variants
    (ids numbered on from the last), those whose mentions another variant already cites left out."""
    variants = [f for f in findings if f.kind == "variant"]
    n = last_finding_number(findings)
    new: list[Finding] = []
    for group in link_orgs(org_mentions(claims), encode, min_cosine):
        f = _variant(group, f"f{n + len(new) + 1}", min_cosine)
        if f is not None and not _covered(f, variants):
            new.append(f)
    return insert_findings(findings, new)

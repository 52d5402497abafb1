"""A name put where another source puts another name: "Kabupaten Madiun" for "Kabupaten Malang".

Embeddings see "the stadium in Malang regency" and "the stadium in Madiun regency" as the same
sentence, and the typed values of compare say nothing about names. Yet a wrong place, airline or
organisation in an otherwise identical statement is one of the errors a fact-checker looks for.
Two confidently aligned claims in one language, each naming a place or organisation the other does
not, in the same words — the words around each name near-identical, the two just before it alike —
and with names that are not spellings of one another, are an entity conflict. People are left out: "said minister A" / "said
minister B" in two similar claims is most often two people saying similar things.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from .config import DEFAULT, CompareConfig
from .types import Claim, Cluster, EntityRef, Evidence, Fact, Finding

#: Words before a name that make its slot ("pesawat komersial", "Stadion Kanjuruhan,"); the
#: thresholds are ``CompareConfig.entity_*`` (scripts/sweep_substitutions.py).
SLOT_WORDS = 2
#: Entity kinds compared ("unknown": the finder could not type it, e.g. an airline).
KINDS = frozenset({"place", "org", "unknown"})
_WORD = re.compile(r"\w+", re.UNICODE)

Ids = Callable[[], str]
PairScore = Callable[[Cluster, str, str], float]


def _slot(claim: Claim, fact: Fact) -> str:
    """The words just before the name inside its claim (empty at the claim's start)."""
    before = claim.text[:fact.start - claim.start]
    return " ".join(w.lower() for w in _WORD.findall(before)[-SLOT_WORDS:])


def _masked_window(claim: Claim, fact: Fact, n: int) -> str:
    """The ``n`` words either side of the name, the name and figures masked, lower case."""
    s, e = fact.start - claim.start, fact.end - claim.start
    left, right = _WORD.findall(claim.text[:s]), _WORD.findall(claim.text[e:])
    words = left[-n:] + ["#"] + right[:n]
    return " ".join("#" if w.isdigit() else w.lower() for w in words)


def _kind(fact: Fact) -> str:
    return str(fact.attrs.get("kind") or (fact.value.kind if isinstance(fact.value, EntityRef) else "None"))


def _own_words(a: str, b: str) -> tuple[str, str]:
    """The names without the words they share ("Kabupaten Madiun" / "Kabupaten Malang" -> "madiun", "malang")."""
    wa, wb = a.lower().split(), b.lower().split()
    shared = set(wa) & set(wb)
    return " ".join(w for w in wa if w not in shared), " ".join(w for w in wb if w not in shared)


def _named(claim: Claim) -> list[Fact]:
    return [f for f in claim.facts if f.type == "entity" and _kind(f) in KINDS]


def substituted(a: Claim, fa: Fact, b: Claim, fb: Fact, cfg: CompareConfig = DEFAULT.compare) -> bool:
    """Does ``fb`` stand in ``b`` where ``fa`` stands in ``a`` (same slot, another name)?"""
    ka, kb = _kind(fa), _kind(fb)
    if ka != kb and "unknown" not in (ka, kb):
        return False
    sa, sb = _slot(a, fa), _slot(b, fb)
    if len(sa.split()) < SLOT_WORDS or len(sb.split()) < SLOT_WORDS:
        return False
    if fuzz.ratio(sa, sb) < cfg.entity_slot_min_ratio:
        return False
    n = cfg.entity_context_words
    if fuzz.token_sort_ratio(_masked_window(a, fa, n), _masked_window(b, fb, n)) < cfg.entity_context_min_ratio:
        return False
    na, nb = _own_words(fa.text, fb.text)
    return bool(na and nb) and fuzz.ratio(na, nb) < cfg.entity_spelling_min_ratio


def _pairs(cluster: Cluster, members: Sequence[Claim], min_score: float,
           pair_score: PairScore) -> Iterable[tuple[Claim, Claim]]:
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if a.doc_id != b.doc_id and a.language == b.language and \
                    pair_score(cluster, a.id, b.id) >= min_score:
                yield a, b


def entity_conflicts(clusters: Sequence[Cluster], by_id: Mapping[str, Claim], new_id: Ids,
                     pair_score: PairScore, cfg: CompareConfig = DEFAULT.compare) -> list[Finding]:
    """One conflict per pair of substituted names (each pair of facts once, in cluster order),
    between claims aligned at least ``cfg.conflict_min_score``; none when ``cfg.entity_conflicts`` is off."""
    if not cfg.entity_conflicts:
        return []
    min_score = cfg.conflict_min_score
    seen: set[tuple[int, int]] = set()
    checked: set[tuple[str, str]] = set()      # a claim pair meets again in many overlapping clusters
    out: list[Finding] = []
    for k in clusters:
        members = [by_id[c] for c in k.claim_ids if c in by_id]
        for a, b in _pairs(k, members, min_score, pair_score):
            if (a.id, b.id) in checked:
                continue
            checked.add((a.id, b.id))
            values_a, values_b = ({f.value for f in a.facts if f.type == "entity"},
                                  {f.value for f in b.facts if f.type == "entity"})
            for fa in (f for f in _named(a) if f.value not in values_b):
                for fb in (f for f in _named(b) if f.value not in values_a):
                    key = (id(fa), id(fb))
                    if key in seen or not substituted(a, fa, b, fb, cfg):
                        continue
                    seen.add(key)
                    out.append(_finding(k, a, fa, b, fb, new_id()))
    return out


def _finding(k: Cluster, a: Claim, fa: Fact, b: Claim, fb: Fact, fid: str) -> Finding:
    summary = (f"entity conflict: {a.doc_id} says {fa.text!r}, {b.doc_id} says {fb.text!r} "
               f"(after {_slot(a, fa)!r})")
    return Finding(
        id=fid, kind="conflict", slot="entity", severity="medium", frame=f"entity:{_kind(fa)}",
        summary=summary, cluster=k.id, evidence=(Evidence.of(a, fa), Evidence.of(b, fb)),
        explanation=(f"cluster {k.id}: claims aligned across documents, in one language",
                     f"{fa.text!r} and {fb.text!r} follow the same words ({_slot(a, fa)!r} / {_slot(b, fb)!r})",
                     "neither claim names the other's entity, and the names are not spellings of one another"))

"""Group documents into events (stories) before alignment, so no cluster or finding spans two.

A feed rarely holds one story. Two reports are one story when their document vectors (title,
lead and claims, from the claim embeddings already computed) are close, they name the same
people, places (a city counts as its country) and organisations across scripts, they were
published around the same time, and they share typed facts (event dates, counts, money).

- A *follow-up* published long after the event joins it when it names one of the event's days
  (or shares its rarer names and figures); a report of an earlier, similar event does not: a
  publication gap beyond ``window_days`` with no recalled day in common vetoes the pair.
- Vectors lose what the feed's documents share (a share of the feed mean, and each language's
  offset from it), so stories stand apart and same-language articles do not look alike.
- Grouping is average-link agglomeration over candidate pairs only (the nearest documents by
  vector, plus documents sharing a rare name), so it is near-linear in the feed, and one weak
  bridge cannot chain two stories together; groups whose pairs time mostly rules out never merge.
- A round-up (one text reporting several events) joins each further event whose documents it
  matches on average at least ``attach``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import math
import re
from collections import Counter, defaultdict
from typing import Mapping, Sequence

import numpy as np

from .config import EventConfig
from .facts.year import is_bare_year
from .types import Anchor, Claim, DateValue, Document, Event, Money, magnitude

#: Entity kinds that identify a story (the linker's "unknown" guesses do not).
NAME_KINDS = ("person", "org", "place")
#: Above this many documents, candidates come from an hnsw index instead of exact search.
EXACT_SEARCH_MAX = 2000


@dataclasses.dataclass(frozen=True, eq=False)
class Profile:
    """What the event stage knows of one document."""

    doc_id: str
    language: str
    published: dt.date | None
    vector: np.ndarray
    names: frozenset[str]             # linked entity ids (people, places, organisations)
    countries: frozenset[str]
    days: frozenset[dt.date]          # day-precise dates the claims name
    months: frozenset[tuple[int, int]]  # months the claims name (day-precise dates included)
    values: frozenset[tuple]          # counts and amounts
    label: str
    lead: str | None = None           # the first person the headline / lead names: who the story is about
    claims: int = 0


# --------------------------------------------------------------------------- profiles

def document_vectors(claims: Sequence[Claim], emb: np.ndarray,
                     cfg: EventConfig = EventConfig()) -> dict[str, np.ndarray]:
    """One L2-normalized vector per document: the weighted mean of its claim vectors (the headline
    and the lead say what the story is: ``cfg.headline_weight``, ``cfg.lead_weight``)."""
    acc: dict[str, np.ndarray] = {}
    seen: Counter = Counter()
    for c, v in zip(claims, emb):
        n = seen[c.doc_id]
        seen[c.doc_id] += 1
        w = cfg.headline_weight if c.is_headline else cfg.lead_weight if n < cfg.lead_claims else 1.0
        acc[c.doc_id] = acc.get(c.doc_id, 0.0) + w * np.asarray(v, dtype=np.float32)
    return {d: v / (np.linalg.norm(v) or 1.0) for d, v in acc.items()}


def _values(claim: Claim) -> set[tuple]:
    out = set()
    for f in claim.facts:
        v = f.value
        if isinstance(v, Money) and v.amount:
            out.add(("money", float(v.amount), v.currency))
        elif f.type in ("number", "quantity"):
            n = magnitude(v)
            if isinstance(n, (int, float)) and n >= 10 and not is_bare_year(n, whole=True):
                out.add(("n", float(n)))
    return out


def _dates(claim: Claim, trusted: bool) -> list:
    """Date facts that place the story in time: written with their year, or resolved against a
    publication day we trust (a year guessed from a weekday can be years off)."""
    return [f for f in claim.facts if f.type == "date" and isinstance(f.value, DateValue)
            and (trusted or not (f.attrs or {}).get("inferred"))]


def _days(claim: Claim, trusted: bool) -> set[dt.date]:
    out = set()
    for f in _dates(claim, trusted):
        if f.value.is_day:
            try:
                out.add(f.value.as_date())
            except ValueError:
                pass
    return out


def _months(claim: Claim, trusted: bool) -> set[tuple[int, int]]:
    out = set()
    for f in _dates(claim, trusted):
        v = f.value
        if not v.partial and v.month is not None and v.end is None:
            out.add((v.year, v.month))
    return out


def profiles(documents: Sequence[Document], claims: Sequence[Claim], emb: np.ndarray,
             anchors: Mapping[str, Anchor], cfg: EventConfig = EventConfig()) -> list[Profile]:
    """Profiles of the documents that have claims, in document order."""
    from .align import claim_countries
    from .facts.gazetteer import countries_named

    vectors = document_vectors(claims, emb, cfg)
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc_id].append(c)
    out = []
    for d in documents:
        if d.id not in vectors:
            continue
        cs = by_doc[d.id]
        a = anchors.get(d.id)
        names = {f.value.id for c in cs for f in c.facts if f.type == "entity" and f.value
                 and f.value.kind in NAME_KINDS}
        countries = set().union(*(claim_countries(c) | countries_named(c.text) for c in cs))
        heads = [c for c in cs if c.is_headline] or cs
        label = (d.title or heads[0].text).strip()
        lead = next((f.value.id for c in cs[:cfg.lead_people_claims] for f in c.facts
                     if f.type == "entity" and f.value and f.value.kind == "person"), None)
        published = _published(d, a)
        trusted = published is not None
        out.append(Profile(d.id, d.language or "", published, vectors[d.id],
                           frozenset(names), frozenset(countries),
                           frozenset().union(*(_days(c, trusted) for c in cs)),
                           frozenset().union(*(_months(c, trusted) for c in cs)),
                           frozenset().union(*(_values(c) for c in cs)), label, lead, len(cs)))
    return out


def _published(doc: Document, anchor: Anchor | None) -> dt.date | None:
    """The publication day, when known: front matter, or a dateline that states its year.

    A dateline whose year was inferred from its weekday, or the latest date a text names, can
    be years off ("Monday 3 September" for 3 October); such documents are placed in time by the
    days and months they name instead.
    """
    if doc.published is not None:
        return doc.published
    if anchor is None or anchor.date is None:
        return None
    if anchor.source == "front_matter":
        return anchor.date
    if anchor.source == "dateline" and anchor.text and re.search(r"\d{4}", anchor.text):
        return anchor.date
    return None


# --------------------------------------------------------------------------- pair scores

class Scorer:
    """Pair score of two documents (None when vetoed), memoized; a pure function of the profiles."""

    def __init__(self, ps: Sequence[Profile], cfg: EventConfig):
        self.ps, self.cfg = ps, cfg
        df = Counter(n for p in ps for n in p.names)
        n = max(len(ps), 2)
        cap = max(2, int(cfg.max_entity_share * n))
        # idf in [0, 1]: a name in two documents weighs 1, one in `cap` or more documents 0.
        self.idf = {k: max(0.0, 1.0 - math.log(c) / math.log(cap)) if c > 1 else 1.0 for k, c in df.items()}
        self.memo: dict[tuple[int, int], float | None] = {}

    def __call__(self, i: int, j: int) -> float | None:
        key = (i, j) if i < j else (j, i)
        if key not in self.memo:
            self.memo[key] = self._score(self.ps[key[0]], self.ps[key[1]])
        return self.memo[key]

    def _score(self, a: Profile, b: Profile) -> float | None:
        cfg = self.cfg
        shared_days = _near_days(a.days, b.days, cfg.day_slack)
        if not _same_time(a, b, cfg):
            return None
        score = float(a.vector @ b.vector)
        shared = a.names & b.names
        score += min(cfg.max_entity_bonus, cfg.entity_weight * sum(self.idf.get(n, 0.0) for n in shared))
        score += cfg.value_weight * min(2, len(a.values & b.values))
        pubs = {a.published, b.published}
        if any(d not in pubs for d in shared_days):
            score += cfg.day_weight
        # A brief is about its lead person; a long article names many people in its first lines.
        if (a.lead and b.lead and a.lead != b.lead and max(a.claims, b.claims) <= cfg.brief_claims
                and (a.lead not in b.names or b.lead not in a.names)):
            score -= cfg.lead_penalty
        own_a, own_b = a.days - {a.published}, b.days - {b.published}
        if own_a and own_b and not _near_days(own_a, own_b, cfg.day_slack):
            score -= cfg.day_conflict_penalty
        named_a, named_b = a.names | a.countries, b.names | b.countries
        if named_a and named_b and not (shared or a.countries & b.countries):
            score -= cfg.disjoint_penalty
        return score


def _same_time(a: Profile, b: Profile, cfg: EventConfig) -> bool:
    """Could the two report one event? Published within ``window_days``, or one names a day
    (or month) the other was published on or names (a follow-up recalling the event).
    Documents with no time at all are never ruled out."""
    if a.published is not None and b.published is not None:
        if abs((a.published - b.published).days) <= cfg.window_days:
            return True
    days_a = a.days | ({a.published} if a.published else set())
    days_b = b.days | ({b.published} if b.published else set())
    if _near_days(frozenset(days_a), frozenset(days_b), cfg.day_slack):
        return True
    if a.published is not None and b.published is not None:
        return False
    # An undated document is placed by the months it names, give or take one (a wrong month
    # name happens; a year alone is too loose: articles name the years of earlier events).
    months_a = {y * 12 + m for y, m in a.months | {(d.year, d.month) for d in days_a}}
    months_b = {y * 12 + m for y, m in b.months | {(d.year, d.month) for d in days_b}}
    return not (months_a and months_b) or any(abs(x - y) <= 1 for x in months_a for y in months_b)


def _near_days(a: frozenset, b: frozenset, slack: int) -> set[dt.date]:
    if not a or not b:
        return set()
    return {x for x in a if any(abs((x - y).days) <= slack for y in b)}


def candidate_pairs(ps: Sequence[Profile], cfg: EventConfig) -> set[tuple[int, int]]:
    """Pairs worth scoring: each document's nearest neighbours plus documents sharing a rare name."""
    n = len(ps)
    pairs: set[tuple[int, int]] = set()
    if n < 2:
        return pairs
    vecs = np.stack([p.vector for p in ps]).astype(np.float32)
    k = min(cfg.neighbours, n - 1)
    for i, row in enumerate(_nearest(vecs, k)):
        pairs.update((min(i, int(j)), max(i, int(j))) for j in row if int(j) != i)
    holders: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(ps):
        for name in p.names:
            holders[name].append(i)
    cap = max(2, int(cfg.max_entity_share * n))
    for members in holders.values():
        if 1 < len(members) <= min(cap, cfg.neighbours):
            pairs.update((a, b) for x, a in enumerate(members) for b in members[x + 1:])
    return pairs


def _nearest(vecs: np.ndarray, k: int) -> np.ndarray:
    """Indices of each row's k+1 nearest rows (itself included): exact when small, hnsw beyond."""
    n = vecs.shape[0]
    if n <= EXACT_SEARCH_MAX:
        out = np.zeros((n, k + 1), dtype=np.int64)
        for lo in range(0, n, 1024):
            sims = vecs[lo:lo + 1024] @ vecs.T
            out[lo:lo + 1024] = np.argsort(-sims, axis=1, kind="stable")[:, :k + 1]
        return out
    import hnswlib

    index = hnswlib.Index(space="ip", dim=vecs.shape[1])
    index.init_index(max_elements=n, ef_construction=200, M=16, random_seed=0)
    index.set_num_threads(1)                       # deterministic insertion order
    index.add_items(vecs, np.arange(n))
    index.set_ef(max(64, 2 * k))
    labels, _ = index.knn_query(vecs, k=k + 1)
    return labels.astype(np.int64)


# --------------------------------------------------------------------------- grouping

def _stats(members_a: Sequence[int], members_b: Sequence[int], score: Scorer) -> tuple[float, int, int]:
    """(sum of scores, pairs scored, pairs time rules out) between two groups."""
    total, scored, vetoed = 0.0, 0, 0
    for i in members_a:
        for j in members_b:
            s = score(i, j)
            if s is None:
                vetoed += 1
            else:
                total += s
                scored += 1
    return total, scored, vetoed


def _average(st: tuple[float, int, int], cfg: EventConfig) -> float:
    """Average score of the pairs time allows; -inf when time rules out ``max_vetoed_share``
    of them (a follow-up need not recall the day of every report, but of some)."""
    total, scored, vetoed = st
    return total / scored if scored and vetoed < cfg.max_vetoed_share * (scored + vetoed) else -math.inf


def _link(members_a: Sequence[int], members_b: Sequence[int], score: Scorer) -> float:
    return _average(_stats(members_a, members_b, score), score.cfg)


def agglomerate(n: int, pairs: set[tuple[int, int]], score: Scorer, threshold: float) -> list[list[int]]:
    """Average-link agglomeration restricted to candidate pairs; groups in order of first member.

    Link statistics are kept per pair of groups and summed on a merge (exact average link), so
    each document pair is scored at most once.
    """
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    adj: dict[int, set[int]] = defaultdict(set)
    stats: dict[tuple[int, int], tuple[float, int, int]] = {}
    heap: list[tuple[float, int, int]] = []
    for i, j in sorted(pairs):
        s = score(i, j)
        stats[(i, j)] = (s, 1, 0) if s is not None else (0.0, 0, 1)
        if s is not None and s >= threshold:
            heapq.heappush(heap, (-s, i, j))
        adj[i].add(j)
        adj[j].add(i)

    def get(x: int, y: int) -> tuple[float, int, int]:
        k = (x, y) if x < y else (y, x)
        if k not in stats:
            stats[k] = _stats(groups[x], groups[y], score)
        return stats[k]

    version = {i: 0 for i in range(n)}
    stamp: dict[tuple[int, int], tuple[int, int]] = {}
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in groups or b not in groups:
            continue
        if stamp.get((a, b), (0, 0)) != (version[a], version[b]):
            continue
        near = sorted(c for c in (adj[a] | adj[b]) - {a, b} if c in groups)
        merged = {c: tuple(x + y for x, y in zip(get(a, c), get(b, c))) for c in near}
        groups[a] = sorted(groups[a] + groups.pop(b))
        adj[a] = set(near)
        adj.pop(b, None)
        version[a] += 1
        for c in near:
            adj[c].discard(b)
            adj[c].add(a)
            x, y = (a, c) if a < c else (c, a)
            stats[(x, y)] = merged[c]
            s = _average(merged[c], score.cfg)
            if s >= threshold:
                stamp[(x, y)] = (version[x], version[y])
                heapq.heappush(heap, (-s, x, y))
    return sorted(groups.values(), key=lambda g: g[0])


def rescue_orphans(groups: list[list[int]], pairs: set[tuple[int, int]], score: Scorer,
                   threshold: float) -> list[list[int]]:
    """A document left alone joins the group it matches best when that average is at least
    ``threshold`` and they share a person or organisation: a short article about one side of a
    story (the drones bought during a visit) should not become a story of its own."""
    if threshold >= 1.0:
        return groups
    home = {m: g for g, members in enumerate(groups) for m in members}
    near: dict[int, set[int]] = defaultdict(set)
    for i, j in pairs:
        near[i].add(home[j])
        near[j].add(home[i])
    moves: dict[int, int] = {}
    for g, members in enumerate(groups):
        if len(members) != 1:
            continue
        doc = members[0]
        who = {n for n in score.ps[doc].names if n.startswith(("person:", "org:"))}
        best = None
        for h in sorted(near[doc] - {g}):
            if len(groups[h]) < 2 or not who & set().union(*(score.ps[m].names for m in groups[h])):
                continue
            s = _link([doc], groups[h], score)
            if s >= threshold and (best is None or s > best[0]):
                best = (s, h)
        if best is not None:
            moves[doc] = best[1]
    out = [sorted(set(members) | {d for d, h in moves.items() if h == g}) for g, members in enumerate(groups)]
    return [g for g in out if not (len(g) == 1 and g[0] in moves)]


def attach_roundups(groups: list[list[int]], pairs: set[tuple[int, int]], score: Scorer,
                    attach: float) -> list[list[int]]:
    """Let a document that matches a further group on average at least ``attach`` join it too."""
    home = defaultdict(set)
    for g, members in enumerate(groups):
        for m in members:
            home[m].add(g)
    near = defaultdict(set)
    for i, j in pairs:
        near[i].update(home[j])
        near[j].update(home[i])
    extra = defaultdict(list)
    for doc in sorted(near):
        for g in sorted(near[doc] - home[doc]):
            if len(groups[g]) > 1 and _link([doc], groups[g], score) >= attach:
                extra[g].append(doc)
    joined = {d for docs in extra.values() for d in docs}
    out = [sorted(set(members) | set(extra[g])) for g, members in enumerate(groups)]
    # a round-up left alone in its own group lives on in the groups it joined
    return [g for g in out if not (len(g) == 1 and g[0] in joined)]


def centred(ps: Sequence[Profile], cfg: EventConfig) -> list[Profile]:
    """Profiles whose vectors lose what the feed's documents share, so stories stand apart.

    Two parts are taken out: each language's offset from the feed mean (same-language articles
    look alike whatever they report), shrunk when a language has few documents, and a share
    ``centre`` of the feed mean itself (what every news text shares).
    """
    if not ps:
        return []
    vecs = np.stack([p.vector for p in ps]).astype(np.float64)
    mean = vecs.mean(axis=0)
    langs = sorted({p.language for p in ps})
    offset = {}
    for lang in langs:
        rows = vecs[[p.language == lang for p in ps]]
        offset[lang] = (rows.mean(axis=0) - mean) * len(rows) / (len(rows) + cfg.language_shrink)
    out = []
    for p, v in zip(ps, vecs):
        w = v - offset[p.language] - cfg.centre * mean
        out.append(dataclasses.replace(p, vector=(w / (np.linalg.norm(w) or 1.0)).astype(np.float32)))
    return out


def group(ps: Sequence[Profile], cfg: EventConfig = EventConfig()) -> list[list[int]]:
    """Groups of profile indices, one per event (a round-up may sit in several)."""
    if len(ps) < 2:
        return [list(range(len(ps)))] if ps else []
    ps = centred(ps, cfg)
    pairs = candidate_pairs(ps, cfg)
    score = Scorer(ps, cfg)
    groups = agglomerate(len(ps), pairs, score, cfg.threshold)
    groups = rescue_orphans(groups, pairs, score, cfg.orphan_threshold)
    return attach_roundups(groups, pairs, score, cfg.attach)


def _events(ps: Sequence[Profile], groups: Sequence[Sequence[int]], documents: Sequence[Document]) -> tuple[Event, ...]:
    order = {d.id: n for n, d in enumerate(documents)}
    made = []
    for g in groups:
        members = [ps[i] for i in g]
        days = sorted(p.published for p in members if p.published is not None)
        centre = np.mean([p.vector for p in members], axis=0)
        medoid = max(members, key=lambda p: (float(p.vector @ centre), -order[p.doc_id]))
        made.append((days[0] if days else None, min(order[p.doc_id] for p in members),
                     tuple(sorted((p.doc_id for p in members), key=order.get)),
                     medoid.label, days[-1] if days else None,
                     tuple(sorted({p.language for p in members if p.language}))))
    made.sort(key=lambda e: (e[0] or dt.date.max, e[1]))
    return tuple(Event(f"e{n}", _short(label), docs, start, end, langs)
                 for n, (start, _, docs, label, end, langs) in enumerate(made, 1))


def _short(label: str, limit: int = 90) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


def dated(events: Sequence[Event], anchors: Mapping[str, Anchor]) -> tuple[Event, ...]:
    """Events whose start/end come from their documents' final anchors (borrowed ones included:
    they are the days the aligned sources report); the latest date a text names is not used."""
    out = []
    for e in events:
        days = sorted(a.date for d in e.documents if (a := anchors.get(d)) is not None and a.date is not None
                      and a.source in ("front_matter", "dateline", "borrowed"))
        out.append(dataclasses.replace(e, start=days[0], end=days[-1]) if days else e)
    return tuple(out)


def one_event(documents: Sequence[Document], claims: Sequence[Claim], emb: np.ndarray,
              anchors: Mapping[str, Anchor], cfg: EventConfig = EventConfig()) -> tuple[Event, ...]:
    """The whole input as one story (``--one-event``)."""
    ps = profiles(documents, claims, emb, anchors, cfg)
    return _events(ps, [list(range(len(ps)))], documents) if ps else ()


def group_events(documents: Sequence[Document], claims: Sequence[Claim], emb: np.ndarray,
                 anchors: Mapping[str, Anchor], cfg: EventConfig = EventConfig()) -> tuple[Event, ...]:
    """The events of a feed: each a set of document ids, with a label, time span and languages.

    Documents without claims join no event (they have nothing to align).
    """
    ps = profiles(documents, claims, emb, anchors, cfg)
    return _events(ps, group(ps, cfg), documents)


def events_of(new: Sequence[Profile], candidates: Sequence[Profile],
              cfg: EventConfig = EventConfig()) -> dict[str, tuple[str, ...]]:
    """For ``reconcile check``: the candidate documents in the same event as each new document.

    Groups new and candidate profiles together (so a new article joins the story its corpus
    articles tell, follow-ups included) and returns, per new document id, the candidate ids that
    share an event with it, in candidate order.
    """
    ps = list(new) + list(candidates)
    groups = group(ps, cfg)
    k = len(new)
    out: dict[str, list[int]] = {p.doc_id: [] for p in new}
    for g in groups:
        olds = [i for i in g if i >= k]
        for i in g:
            if i < k:
                out[ps[i].doc_id].extend(olds)
    return {d: tuple(ps[i].doc_id for i in sorted(set(v))) for d, v in out.items()}

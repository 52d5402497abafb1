"""Group claims that report the same fact across documents into clusters.

Cosine similarity alone cannot tell "an election in Chile" from "an election in Kenya", nor a 2023
article recalling a 2021 signing from the 2021 signing itself. A pair of claims from two documents
is scored by:

1. **cosine** (a ratio margin, Artetxe & Schwenk 2019, was tried and dropped: on single-event
   corpora every claim is a hub, and on corpora with many versions of each event it cut recall —
   measured, see README; :mod:`reconcile.margin` keeps it for the Tatoeba bench);
2. **shared facts** as extra evidence: the same entity (canonical id across scripts), the same
   number, amount, count or date;
3. **event time**: claims whose dates (or, for undated claims, documents' publication dates) lie
   far apart report different events and are never aligned (a veto, not a penalty);
4. **event identity**: documents that name entities or countries, none in common, report
   different events (a veto, judged per document).

A pair is accepted when it ranks among the best matches of one claim in the other document and
clears a threshold, or clears a stricter threshold on its own. Clusters are built around pivot
claims (see ``align``) and never hold a vetoed pair.
"""
from __future__ import annotations

import bisect
import datetime as dt
from typing import Mapping, Sequence

import numpy as np

from .config import AlignConfig
from .facts.gazetteer import countries_named
from .facts.year import is_bare_year
from .moments import mismatch_rule
from .snapshots import snapshot_rule
from .types import Anchor, Claim, Cluster, DateValue, Money, Quantity, value_to_json


_VALUE_TYPES = ("number", "money", "quantity", "date", "ordinal")


def _shift(day: dt.date, days: int) -> dt.date:
    """``day + days``, held at the calendar's edges (an anchor may be 0001-01-01 or 9999-12-31)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _date_range(value: DateValue) -> tuple[dt.date, dt.date] | None:
    """First and last day a date value (day, month or year granularity) covers (None without
    its year, or for an interval)."""
    if value.partial or value.end is not None:
        return None
    y, m = value.year, value.month
    try:
        if value.granularity == "day":
            d = value.as_date()
            return d, d
        if m is not None:
            end = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
            return dt.date(y, m, 1), end
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def _gap_days(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def claim_dates(claim: Claim) -> list[tuple[dt.date, dt.date]]:
    out = []
    for f in claim.facts:
        if f.type == "date" and isinstance(f.value, DateValue):
            r = _date_range(f.value)
            if r:
                out.append(r)
    return out


def _fact_keys(claim: Claim) -> tuple[set, set]:
    ents = {f.value for f in claim.facts if f.type == "entity" and f.value}
    vals = set()
    for f in claim.facts:
        if f.type in _VALUE_TYPES and f.value is not None:
            v = f.value
            if f.type == "number" and is_bare_year(v.value):
                continue                      # bare years are dates in disguise; too common
            if isinstance(v, Quantity):
                v = v.count
            elif isinstance(v, Money):
                v = (v.amount, v.currency)
            else:
                v = value_to_json(v)          # a count, a rank and a number of one figure match
            vals.add((f.type if f.type in ("date", "money") else "n", repr(v)))
    return ents, vals


def claim_countries(claim: Claim) -> frozenset[str]:
    """Countries of the gazetteer places a claim names (a city counts as its country)."""
    return frozenset(f.attrs["country"] for f in claim.facts
                     if f.type == "entity" and f.attrs and f.attrs.get("country"))


def neighbours(emb: np.ndarray, doc_index: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k cross-document neighbours (indices, cosines) of every row, by exact search."""
    n = emb.shape[0]
    k = max(1, min(k, n - 1))
    idx = np.zeros((n, k), dtype=np.int64)
    sim = np.full((n, k), -1.0, dtype=np.float32)
    for lo in range(0, n, 1024):
        block = emb[lo:lo + 1024] @ emb.T
        same = doc_index[lo:lo + 1024, None] == doc_index[None, :]
        block[same] = -2.0
        part = np.argpartition(-block, k - 1, axis=1)[:, :k] if n - 1 > k else np.argsort(-block, axis=1)[:, :k]
        rows = np.arange(block.shape[0])[:, None]
        order = np.argsort(-block[rows, part], axis=1)
        idx[lo:lo + 1024] = part[rows, order]
        sim[lo:lo + 1024] = block[rows, idx[lo:lo + 1024]]
    return idx, sim


class _Vetoes:
    """Event-time vetoes between claims (pure function of the claims and their documents)."""

    def __init__(self, claims: Sequence[Claim], anchors: Mapping[str, Anchor], cfg: AlignConfig):
        self.dates = [claim_dates(c) for c in claims]
        self.pub = []
        for c in claims:
            a = anchors.get(c.doc_id)
            self.pub.append(a.date if a is not None and a.date is not None
                            and a.source in ("front_matter", "dateline") else None)
        # An undated sentence that recalls the past ("the king had declared three days of
        # mourning") in a follow-up published long after the event may be about a day its article
        # names, when other sources were published around that day.
        from .claims import recalls_the_past

        pub_of = {c.doc_id: p for c, p in zip(claims, self.pub) if p is not None}
        pubs = sorted(pub_of.values())
        gap = dt.timedelta(days=cfg.max_publication_gap_days)

        def others_published_near(doc_id: str, day: dt.date) -> bool:
            n = bisect.bisect_right(pubs, _shift(day, gap.days)) - bisect.bisect_left(pubs, _shift(day, -gap.days))
            own = pub_of.get(doc_id)
            return n - (own is not None and abs(own - day) <= gap) > 0

        recall = [not ds and recalls_the_past(c) for c, ds in zip(claims, self.dates)]
        recalling = {c.doc_id for c, r in zip(claims, recall) if r}
        named: dict[str, list[tuple[dt.date, dt.date]]] = {}
        for c, ds in zip(claims, self.dates):
            if c.doc_id in recalling:
                named.setdefault(c.doc_id, []).extend(
                    r for r in ds if r[0] == r[1] and others_published_near(c.doc_id, r[0]))
        self.recalled = [named.get(c.doc_id, []) if r else [] for c, r in zip(claims, recall)]
        self.cfg = cfg

    def __call__(self, i: int, j: int) -> bool:
        di, dj = self.dates[i], self.dates[j]
        if di and dj:
            for a in di:
                for b in dj:
                    exact = a[0] == a[1] and b[0] == b[1]
                    limit = self.cfg.max_day_gap_days if exact else self.cfg.max_event_gap_days
                    if _gap_days(a, b) <= limit:
                        return False
            return True
        pi, pj = self.pub[i], self.pub[j]
        if pi is not None and pj is not None:
            # An undated claim happened around publication; a dated one at its dates.
            ti = di if di else [(_shift(pi, -self.cfg.max_publication_gap_days), pi), *self.recalled[i]]
            tj = dj if dj else [(_shift(pj, -self.cfg.max_publication_gap_days), pj), *self.recalled[j]]
            gap = min(_gap_days(a, b) for a in ti for b in tj)
            limit = self.cfg.max_publication_gap_days if not (di or dj) else self.cfg.max_event_gap_days
            return gap > limit
        return False


class _DisjointDocuments:
    """Documents that name entities or places, none of them in common, report different events.

    Compared per document, not per claim: within one article, sentences name different people,
    but two articles about one event share some name or country ("Seoul" / "South Korea" share
    the country). Documents that name nothing are never ruled out.
    """

    def __init__(self, claims: Sequence[Claim]):
        names: dict[str, set[str]] = {}
        for c in claims:
            got = names.setdefault(c.doc_id, set())
            got.update(f.value.id for f in c.facts if f.type == "entity" and f.value)
            got.update("country:" + k for k in claim_countries(c) | countries_named(c.text))
        self.doc = [c.doc_id for c in claims]
        self.names = {d: frozenset(v) for d, v in names.items()}

    def __call__(self, i: int, j: int) -> bool:
        a, b = self.names[self.doc[i]], self.names[self.doc[j]]
        return bool(a) and bool(b) and not a & b


def _disjoint_rule(claims: Sequence[Claim], cfg: AlignConfig):
    """Pairs never aligned: claims of documents about different events, two snapshots of a tally,
    and claims giving one kind of value for different things (capacity / crowd, two moments)."""
    rules = [_DisjointDocuments(claims)] if cfg.disjoint_documents else []
    if cfg.split_snapshots:
        rules.append(snapshot_rule(claims, cfg))
    if (cfg.split_frame_clashes or cfg.split_moments or cfg.split_magnitudes or cfg.split_measures
            or cfg.split_count_rank):
        rules.append(mismatch_rule(claims, cfg))
    return lambda i, j: any(rule(i, j) for rule in rules)


def _bonus(ka: tuple[set, set], kb: tuple[set, set], cfg: AlignConfig) -> float:
    """Shared entities and values as extra evidence, each kind counted up to a cap."""
    ents = min(len(ka[0] & kb[0]), cfg.max_shared_counted)
    vals = min(len(ka[1] & kb[1]), cfg.max_shared_counted)
    return min(cfg.max_bonus, cfg.entity_bonus * ents + cfg.value_bonus * vals)


def score_pairs(claims: Sequence[Claim], emb: np.ndarray, anchors: Mapping[str, Anchor],
                cfg: AlignConfig = AlignConfig(), disjoint=None) -> tuple[dict[tuple[int, int], float], _Vetoes]:
    """Combined scores of candidate cross-document pairs (i < j), vetoed pairs left out."""
    n = len(claims)
    if n < 2:
        return {}, _Vetoes(claims, anchors, cfg)
    docs = sorted({c.doc_id for c in claims})
    doc_index = np.array([docs.index(c.doc_id) for c in claims])
    emb = np.asarray(emb, dtype=np.float32)
    nn_idx, _ = neighbours(emb, doc_index, cfg.k_candidates)
    keys = [_fact_keys(c) for c in claims]
    veto = _Vetoes(claims, anchors, cfg)
    if disjoint is None:
        disjoint = _disjoint_rule(claims, cfg)
    scores: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j in nn_idx[i]:
            j = int(j)
            a, b = (i, j) if i < j else (j, i)
            if (a, b) in scores or doc_index[a] == doc_index[b]:
                continue
            cos = float(emb[a] @ emb[b])
            if cos < cfg.min_cosine or veto(a, b) or disjoint(a, b):
                continue
            scores[(a, b)] = cos + _bonus(keys[a], keys[b], cfg)
    return scores, veto


def _mutual_best_pairs(claims: Sequence[Claim], per: Mapping[int, Mapping[str, list[tuple[float, int]]]],
                       threshold: float) -> list[frozenset[int]]:
    """Pairs that are each other's best match in the other's document and clear ``threshold``.

    A pivot's group keeps only members compatible with its better matches, so a mutual best
    pair can fall between two groups; it is the strongest pairwise evidence there is, so keep it.
    """
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for a, by_doc in per.items():
        for doc_id, lst in by_doc.items():
            best[(a, doc_id)] = max(lst)
    out = []
    for (a, doc_id), (s, b) in best.items():
        if a < b and s >= threshold and best.get((b, claims[a].doc_id), (0.0, -1))[1] == a:
            out.append(frozenset((a, b)))
    return out


def _per_document(claims: Sequence[Claim], scores: Mapping[tuple[int, int], float]
                  ) -> dict[int, dict[str, list[tuple[float, int]]]]:
    """claim -> other document -> (score, claim) of its scored pairs there."""
    per: dict[int, dict[str, list[tuple[float, int]]]] = {}
    for (a, b), s in scores.items():
        per.setdefault(a, {}).setdefault(claims[b].doc_id, []).append((s, b))
        per.setdefault(b, {}).setdefault(claims[a].doc_id, []).append((s, a))
    return per


class _Compatible:
    """Can two claims sit in one cluster (no veto, cosine >= ``member_cosine``)? Memoized: a pair
    meets again in many pivots' groups."""

    def __init__(self, claims: Sequence[Claim], emb: np.ndarray, veto, disjoint, cfg: AlignConfig):
        self.claims, self.emb, self.veto, self.disjoint, self.cfg = claims, emb, veto, disjoint, cfg
        self.known: dict[tuple[int, int], bool] = {}

    def pair(self, x: int, y: int) -> bool:
        key = (min(x, y), max(x, y))
        ok = self.known.get(key)
        if ok is None:
            ok = not (self.veto(*key) or float(self.emb[x] @ self.emb[y]) < self.cfg.member_cosine
                      or self.disjoint(x, y))
            self.known[key] = ok
        return ok

    def member(self, x: int, group: list[int]) -> bool:
        return all(self.claims[x].doc_id == self.claims[y].doc_id or self.pair(x, y) for y in group)


def _accepted(by_doc: Mapping[str, list[tuple[float, int]]], cfg: AlignConfig) -> list[tuple[float, int]]:
    """A pivot's accepted matches: per other document, up to ``max_per_document`` that rank high
    and clear ``threshold``, or clear ``strong_threshold``."""
    cands: list[tuple[float, int]] = []
    for lst in by_doc.values():
        taken = 0
        for rank, (s, other) in enumerate(sorted(lst, reverse=True), 1):
            if taken >= cfg.max_per_document:
                break
            if s >= cfg.strong_threshold or (rank <= cfg.max_rank and s >= cfg.threshold):
                cands.append((s, other))
                taken += 1
    return cands


def _pivot_groups(claims: Sequence[Claim], per, compatible: _Compatible, cfg: AlignConfig) -> list[frozenset[int]]:
    """Each claim with its pairwise compatible accepted matches (best first), when that spans documents."""
    groups: list[frozenset[int]] = []
    for pivot in range(len(claims)):
        group = [pivot]
        for s, other in sorted(_accepted(per.get(pivot, {}), cfg), reverse=True):
            if compatible.member(other, group):
                group.append(other)
        if len({claims[i].doc_id for i in group}) >= 2:
            groups.append(frozenset(group))
    return groups


def _maximal(claims: Sequence[Claim], groups: Sequence[frozenset[int]]) -> list[frozenset[int]]:
    """Groups not contained in another, in document order."""
    unique = sorted(set(groups), key=lambda g: (-len(g), sorted(g)))
    kept: list[frozenset[int]] = []
    holding: dict[int, list[frozenset[int]]] = {}      # claim -> kept groups with it (no all-pairs scan)
    for g in unique:
        if not any(g <= k for k in holding.get(min(g), ())):
            kept.append(g)
            for x in g:
                holding.setdefault(x, []).append(g)
    kept.sort(key=lambda g: (claims[min(g)].doc_id, claims[min(g)].start, sorted(g)))
    return kept


def _cluster(n: int, g: frozenset[int], claims: Sequence[Claim], emb: np.ndarray,
             scores: Mapping[tuple[int, int], float]) -> Cluster:
    members = sorted(g)
    cross = [(x, y) for x in members for y in members if x < y and claims[x].doc_id != claims[y].doc_id]
    pairs = {f"{claims[x].id}|{claims[y].id}": scores.get((x, y), 0.0) for x, y in cross}
    cos = [float(emb[x] @ emb[y]) for x, y in cross]
    return Cluster(id=f"k{n}", claim_ids=tuple(claims[i].id for i in members),
                   similarity=float(np.mean(cos)) if cos else 0.0, pair_scores=pairs)


def align(claims: Sequence[Claim], embeddings: np.ndarray, anchors: Mapping[str, Anchor] | None = None,
          cfg: AlignConfig = AlignConfig()) -> list[Cluster]:
    """Clusters of claims (>= 2 documents each) that report the same fact.

    Each claim is a pivot: its cluster is the claim plus its best accepted match in each other
    document (a pair is accepted when it ranks among the pivot's top ``max_rank`` in that
    document and clears ``threshold``, or clears ``strong_threshold``), keeping only matches
    that are pairwise compatible (no event-time veto, cosine >= ``member_cosine``). A claim may
    belong to several clusters ("he arrived on Tuesday to sign the deal on Wednesday" reports
    two facts); clusters contained in others are dropped.
    """
    anchors = anchors or {}
    emb = np.asarray(embeddings, dtype=np.float32)
    disjoint = _disjoint_rule(claims, cfg)
    scores, veto = score_pairs(claims, emb, anchors, cfg, disjoint)
    per = _per_document(claims, scores)
    groups = _pivot_groups(claims, per, _Compatible(claims, emb, veto, disjoint, cfg), cfg)
    if cfg.mutual_best:
        groups.extend(_mutual_best_pairs(claims, per, cfg.threshold))
    return [_cluster(n, g, claims, emb, scores) for n, g in enumerate(_maximal(claims, groups), 1)]

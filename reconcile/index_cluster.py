"""The corpus clusters of an index: ``align`` over every stored claim (in overlapping blocks of
documents near in time when the corpus is large), anchors borrowed across the corpus, and the
conflicts the corpus already holds, stored so ``check`` reports only what a new article adds.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Callable, Mapping, Sequence

import numpy as np

from .config import DEFAULT, AlignConfig, CompareConfig, Config
from .index_codec import _set_meta, anchor_to_json
from .render.json import jsonable
from .types import Anchor, Claim, Cluster, Document

#: Above this many claims the corpus is aligned in overlapping blocks of documents near in time.
MAX_ALIGN_CLAIMS = 20000

#: Entity linking is superlinear: clusters larger than this keep their per-document linking.
MAX_LINK_CLAIMS = 200

Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def _link_per_document(claims: Sequence[Claim]) -> list[Claim]:
    from .pipeline import link_entities

    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.doc_id, []).append(c)
    linked = {c.id: c for group in by_doc.values() for c in link_entities(group)}
    return [linked[c.id] for c in claims]


def _blocks(claims: Sequence[Claim], anchors: Mapping[str, Anchor], documents: Sequence[Document],
            max_claims: int) -> list[list[int]]:
    """Claim indices in blocks of at most ``max_claims`` (one huge document alone), documents in
    anchor-date order, each block starting half-way through the previous one."""
    order = sorted(documents, key=lambda d: ((anchors.get(d.id) and anchors[d.id].date) or dt.date.max, d.id))
    per_doc: dict[str, list[int]] = {}
    for i, c in enumerate(claims):
        per_doc.setdefault(c.doc_id, []).append(i)
    blocks: list[list[int]] = []
    half = max_claims // 2
    start = 0
    while start < len(order):
        block, size, end = [], 0, start
        while end < len(order) and size + len(per_doc.get(order[end].id, [])) <= max_claims:
            block += per_doc.get(order[end].id, [])
            size += len(per_doc.get(order[end].id, []))
            end += 1
        if end == start:                      # one huge document: take it alone
            block, end = per_doc.get(order[start].id, []), start + 1
        blocks.append(block)
        if end >= len(order):
            break
        # next block starts half-way through this one
        acc, nxt = 0, start
        while nxt < end and acc < half:
            acc += len(per_doc.get(order[nxt].id, []))
            nxt += 1
        start = max(nxt, start + 1)
    return blocks


def _merged_groups(claims: Sequence[Claim], emb: np.ndarray, anchors: Mapping[str, Anchor],
                   blocks: list[list[int]], cfg: AlignConfig = DEFAULT.align) -> tuple[list[list[int]], dict[str, float]]:
    """``align`` each block; clusters sharing a claim across blocks become one group (union-find)."""
    from .align import align

    root = list(range(len(claims)))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    pair_scores: dict[str, float] = {}
    index_of = {c.id: i for i, c in enumerate(claims)}
    for block in blocks:
        sub = [claims[i] for i in block]
        for k in align(sub, emb[block], anchors, cfg):
            members = [index_of[c] for c in k.claim_ids]
            for m in members[1:]:
                root[find(m)] = find(members[0])
            pair_scores.update(k.pair_scores)
    groups: dict[int, list[int]] = {}
    for i in range(len(claims)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values()), pair_scores


def cluster_corpus(claims: Sequence[Claim], emb: np.ndarray, anchors: Mapping[str, Anchor],
                   documents: Sequence[Document], max_claims: int = MAX_ALIGN_CLAIMS,
                   cfg: AlignConfig = DEFAULT.align) -> list[Cluster]:
    """``align`` over the corpus; beyond ``max_claims`` in overlapping blocks of documents near in time.

    Blocks overlap by half, and clusters that share a claim across blocks are merged, so an event
    that straddles a block boundary stays one cluster. Ids are ``k1..`` in corpus order.
    """
    from .align import align

    if len(claims) <= max_claims:
        return align(claims, emb, anchors, cfg)
    groups, pair_scores = _merged_groups(claims, emb, anchors, _blocks(claims, anchors, documents, max_claims), cfg)
    out = []
    for g in sorted((g for g in groups if len({claims[i].doc_id for i in g}) >= 2),
                    key=lambda g: (claims[g[0]].doc_id, claims[g[0]].start)):
        cos = [float(emb[x] @ emb[y]) for x in g for y in g if x < y and claims[x].doc_id != claims[y].doc_id]
        ids = tuple(claims[i].id for i in g)
        out.append(Cluster(id=f"k{len(out) + 1}", claim_ids=ids, similarity=float(np.mean(cos)) if cos else 0.0,
                           pair_scores={p: s for p, s in pair_scores.items()
                                        if p.split("|")[0] in ids and p.split("|")[1] in ids}))
    return out


def _conflict_sides(finding) -> list[dict]:
    """A conflict's sides as stored: ``{"value": ..., "docs": [document ids]}`` per distinct value."""
    sides: dict[str, dict] = {}
    for e in finding.evidence:
        key = json.dumps(jsonable(e.value), sort_keys=True, ensure_ascii=False)
        sides.setdefault(key, {"value": jsonable(e.value), "docs": []})["docs"].append(e.doc)
    return list(sides.values())


def _store_cluster(conn, n: int, cluster: Cluster, by_id: Mapping[str, Claim],
                   docs: Mapping[str, Document], cfg: CompareConfig = DEFAULT.compare) -> None:
    """One cluster, its members and the conflicts among them (inside the caller's transaction)."""
    from .compare import compare
    from .pipeline import link_entities

    conn.execute("INSERT INTO clusters VALUES (?, ?)", (n, float(cluster.similarity)))
    conn.executemany("INSERT INTO cluster_members VALUES (?, ?)", [(n, int(c[1:])) for c in cluster.claim_ids])
    members = [by_id[c] for c in cluster.claim_ids]
    if len(members) <= MAX_LINK_CLAIMS:
        members = link_entities(members)
    kdocs = [docs[d] for d in sorted({c.doc_id for c in members})]
    findings, _ = compare(members, [cluster], kdocs, cfg=cfg)
    for f in findings:
        if f.kind == "conflict":
            conn.execute("INSERT INTO corpus_conflicts VALUES (?, ?, ?)",
                         (n, f.slot, json.dumps(_conflict_sides(f), ensure_ascii=False)))


def recluster(idx, progress: Progress = _quiet, config: Config = DEFAULT) -> int:
    """Align the stored corpus of ``idx`` (an open :class:`~reconcile.index_store.Index`), borrow
    anchors, and store clusters and the corpus's own conflicts in one transaction (``config``:
    its align, anchor and compare sections)."""
    from .pipeline import settle_anchors

    st = idx.load()
    own = st.own_anchors
    progress("clustering", 0, 1)
    # Entities are linked document by document here and cluster by cluster below: linking the
    # whole corpus at once grows much faster than linearly with the number of mentions.
    claims = _link_per_document(st.claims)
    clusters = cluster_corpus(claims, st.embeddings, own, st.documents, cfg=config.align)
    final, anchors = settle_anchors(claims, clusters, own, st.documents, config.anchor)
    by_id = {c.id: c for c in final}
    docs = {d.id: d for d in st.documents}
    conn = idx.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM cluster_members")
        conn.execute("DELETE FROM corpus_conflicts")
        conn.execute("DELETE FROM clusters")
        for n, k in enumerate(clusters, 1):
            _store_cluster(conn, n, k, by_id, docs, config.compare)
        for d, a in anchors.items():
            conn.execute("UPDATE documents SET anchor=? WHERE id=?", (anchor_to_json(a), d))
        _set_meta(conn, "clusters_stale", "0")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    progress("clustering", 1, 1)
    return len(clusters)

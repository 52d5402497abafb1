"""A corpus index on disk, so ``reconcile check`` can compare a new article with a large corpus
without re-reading, re-embedding or re-aligning the whole corpus on every run.

An index is a directory holding

- ``index.sqlite``: documents (raw text + its sha256), their claims with typed facts (JSON),
  anchors, the corpus clusters computed by :func:`reconcile.align.align` and the conflicts the
  corpus already contains, the schema version and the embedding model's fingerprint, and the claim
  embeddings as float32 blobs keyed by ``(fingerprint, sha256(claim text))``;
- ``claims.<generation>.hnsw``: an hnswlib (cosine) index of the claim embeddings whose labels are
  the claims' SQLite rowids. It is derived data: it can always be rebuilt from the blobs.

Why these choices: each document is committed in its own transaction, so an interrupted build
loses nothing already stored; a re-run skips documents already stored (same id, same text hash)
and never re-embeds a text embedded before (the blob table is the embedding cache). The hnsw file
is written under a new name and then recorded (with its sha256) in SQLite, so a crash mid-save
leaves the previous, still valid file in use; labels added since the last save are re-added from
the blobs when the index is opened.

Modules: this one builds and updates an index (:func:`build_index`, :func:`add_documents`,
:func:`update_index`); :mod:`reconcile.index_store` is the storage (:class:`Index`),
:mod:`reconcile.index_cluster` the corpus clusters, :mod:`reconcile.index_codec` the row encoding.
The names callers use are importable from here.
"""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .config import DEFAULT, Config
from .errors import CacheError
from .index_cluster import MAX_ALIGN_CLAIMS, MAX_LINK_CLAIMS, Progress, _quiet, cluster_corpus
from .index_codec import _set_meta, anchor_from_json, anchor_to_json, fact_from_json, fact_to_json, sha256_text
from .index_store import (DB_NAME, REBUILD_HINT, SCHEMA_VERSION, Index, IndexStats, Stored, StoredFirst,
                          context_windows)
from .types import Document, Skipped

__all__ = [  # what callers import from here, wherever it is defined
    "DB_NAME", "LOCK_NAME", "MAX_ALIGN_CLAIMS", "MAX_LINK_CLAIMS", "REBUILD_HINT", "SAVE_EVERY", "SCHEMA_VERSION",
    "Index", "IndexStats", "Progress", "Stored", "StoredFirst", "add_documents", "anchor_from_json",
    "anchor_to_json", "build_index", "cluster_corpus", "context_windows", "fact_from_json", "fact_to_json",
    "is_index_dir", "looks_like_index", "prepare_serially", "sha256_text", "throughput", "update_index",
]

LOCK_NAME = "index.lock"
#: Documents embedded between two saves of the vector file (it is also saved at the end).
SAVE_EVERY = 64


def _wipe(index_dir: Path) -> None:
    """Remove documents, claims, clusters and vectors; keep the embedding blobs when readable."""
    db = index_dir / DB_NAME
    keep = False
    if db.is_file():
        try:
            conn = sqlite3.connect(str(db), isolation_level=None)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() \
                if "meta" in tables else None
            if version and version[0] == str(SCHEMA_VERSION) and conn.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                conn.executescript("BEGIN; DELETE FROM cluster_members; DELETE FROM corpus_conflicts; "
                                   "DELETE FROM clusters; DELETE FROM claims; DELETE FROM documents; "
                                   "DELETE FROM meta WHERE key != 'schema_version'; COMMIT;")
                keep = True
            conn.close()
        except sqlite3.DatabaseError:
            keep = False
    if not keep:
        for suffix in ("", "-wal", "-shm"):
            p = index_dir / (DB_NAME + suffix)
            if p.exists():
                p.unlink()
    for p in index_dir.glob("claims.*.hnsw"):
        p.unlink()


def _lock(index_dir: Path):
    from filelock import FileLock

    index_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(index_dir / LOCK_NAME), timeout=600)


def prepare_serially(documents: Sequence[Document], embedder) -> Iterable[tuple[Document, Any, Any]]:
    """(document, its Prepared, the embedder for its claims), one document at a time, in order."""
    from .pipeline import prepare_documents

    for doc in documents:
        yield doc, prepare_documents([doc]), embedder


def throughput(embedder):
    """An index is built document by document, resumed, or partition by partition on a cluster:
    its vectors come from a backend whose vector of a text does not depend on how the job was cut
    (``embed.RoutedEmbedder.reproducible``: the default model's C engine). Other models have no
    such backend: their index gets the large-batch backend, equal across cuts to bf16 tolerance."""
    if hasattr(embedder, "reproducible"):
        return embedder.reproducible()
    return embedder.throughput() if hasattr(embedder, "throughput") else embedder


def _open_for(d: Path, embedder, rebuild: bool) -> Index:
    """Open (or create, after a wipe with ``rebuild``) the index that ``embedder`` fills."""
    fp = getattr(embedder, "fingerprint", None) or getattr(embedder, "name", type(embedder).__name__)
    if rebuild:
        _wipe(d)
    idx = Index.open(d, fingerprint=str(fp), create=True)
    if idx.meta("model_name") is None:
        _set_meta(idx.conn, "model_name", str(getattr(embedder, "name", type(embedder).__name__)))
    return idx


def _prune(idx: Index, stored: Iterable[str], present: set[str]) -> int:
    """Drop the stored documents not in ``present`` (one transaction each); return how many."""
    gone = [i for i in stored if i not in present]
    for doc_id in gone:
        idx.conn.execute("BEGIN IMMEDIATE")
        idx.remove_document(doc_id)
        _set_meta(idx.conn, "clusters_stale", "1")
        idx.conn.execute("COMMIT")
        idx._apply_deletions()
    return len(gone)


def _store_all(idx: Index, todo: Sequence[Document], stored: dict[str, str], embedder, prepare: Callable,
               stats: IndexStats, progress: Progress) -> None:
    """Prepare, embed and store each document of ``todo``, saving the vectors every SAVE_EVERY."""
    progress("indexing", 0, len(todo))
    for n, (doc, prepared, doc_embedder) in enumerate(prepare(todo, embedder)):
        progress("indexing", n, len(todo))
        stats.skipped += list(prepared.skipped)
        if not prepared.documents:
            continue
        pdoc = prepared.documents[0]
        if doc.id in stored:
            stats.replaced += 1
        else:
            stats.added += 1
        idx.store(pdoc, prepared.claims, prepared.anchors[pdoc.id], doc_embedder, stats)
        if idx._dirty >= SAVE_EVERY:
            idx.save_vectors()
    progress("indexing", len(todo), len(todo))
    if idx._dirty:
        idx.save_vectors()


def update_index(documents: Sequence[Document], index_dir: str | Path, embedder, *, prune: bool = False,
                 rebuild: bool = False, skipped: Sequence[Skipped] = (), progress: Progress | None = None,
                 recluster: bool = True, prepare: Callable | None = None, config: Config = DEFAULT) -> IndexStats:
    """Store new or changed documents (one transaction each), optionally drop the absent ones,
    then re-cluster the corpus with ``config`` (align, anchor, compare sections). The core of
    :func:`build_index` and :func:`add_documents`.

    ``prepare(documents, embedder)`` yields what :func:`prepare_serially` yields, in the same
    order; :mod:`reconcile.distributed` passes one that prepares and embeds on a Dask cluster.
    """
    progress = progress or _quiet
    embedder = throughput(embedder)
    d = Path(index_dir)
    t0 = time.perf_counter()
    stats = IndexStats(skipped=list(skipped))
    with _lock(d):
        idx = _open_for(d, embedder, rebuild)
        try:
            stored = idx.stored_hashes()
            todo = []
            for doc in documents:
                if stored.get(doc.id) == sha256_text(doc.text):
                    stats.unchanged += 1
                else:
                    todo.append(doc)
            if prune:
                stats.removed = _prune(idx, stored, {doc.id for doc in documents})
            _store_all(idx, todo, stored, embedder, prepare or prepare_serially, stats, progress)
            if recluster and (idx.clusters_stale() or idx.meta("clusters_stale") is None):
                idx.recluster(progress, config)
        finally:
            idx.close()
    stats.seconds = time.perf_counter() - t0
    return stats


def build_index(paths: Sequence[str], index_dir: str | Path, embedder, progress: Progress | None = None,
                rebuild: bool = False, prepare: Callable | None = None, config: Config = DEFAULT) -> IndexStats:
    """Index the corpus at ``paths``: documents no longer there are dropped, stored ones kept.

    Re-running after an interruption resumes where it stopped. ``rebuild`` starts from an empty
    index but keeps the embeddings already computed (unless the database itself is unreadable).
    """
    from .ingest import load_documents

    docs, skipped = load_documents(list(paths), max_bytes=config.limits.max_bytes)
    return update_index(docs, index_dir, embedder, prune=True, rebuild=rebuild, skipped=skipped,
                        progress=progress, prepare=prepare, config=config)


def add_documents(paths: Sequence[str], index_dir: str | Path, embedder,
                  progress: Progress | None = None, config: Config = DEFAULT) -> IndexStats:
    """Add articles to an existing index; documents already stored unchanged are skipped."""
    from .ingest import load_documents

    if not (Path(index_dir) / DB_NAME).is_file():
        raise CacheError(f"{index_dir}: not a reconcile index (no {DB_NAME}); run `reconcile index build`")
    Index.open(index_dir).close()           # a damaged index is an error here, not a fresh start
    docs, skipped = load_documents(list(paths), max_bytes=config.limits.max_bytes)
    return update_index(docs, index_dir, embedder, skipped=skipped, progress=progress, config=config)


def is_index_dir(path: str | Path) -> bool:
    return (Path(path) / DB_NAME).is_file()


def looks_like_index(path: str | Path) -> bool:
    """A folder with an index's other files (vectors, lock, WAL) but maybe not its database."""
    d = Path(path)
    return d.is_dir() and any(any(d.glob(g)) for g in ("claims.*.hnsw", LOCK_NAME, DB_NAME + "-*"))

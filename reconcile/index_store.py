"""The storage of a corpus index: the SQLite schema, the :class:`Index` class (documents,
claims, the embedding blobs and the hnsw vector file) and what it loads back (:class:`Stored`).

See :mod:`reconcile.index` for the layout on disk and why it is built this way; clustering the
stored corpus is :mod:`reconcile.index_cluster`, building and updating :mod:`reconcile.index`.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import time
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

from .atomic import sha256_file
from .errors import CacheError
from .index_cluster import Progress, _quiet
from .config import Config
from .index_cluster import recluster as _recluster
from .index_codec import (_set_meta, anchor_from_json, anchor_to_json, fact_from_json, fact_to_json,
                          sha256_text)
from .types import Anchor, Claim, Document

#: 3: ``claims.facts`` always holds the facts as prepared (against the document's own anchor);
#: re-clustering no longer overwrites them, so ``check`` runs the report pipeline on them as stored.
SCHEMA_VERSION = 3
DB_NAME = "index.sqlite"
REBUILD_HINT = "run `reconcile index build --rebuild` to rebuild it"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, path TEXT, text TEXT NOT NULL,
    text_sha TEXT NOT NULL, language TEXT, title TEXT, source TEXT, url TEXT, published TEXT,
    body_offset INTEGER, own_anchor TEXT, anchor TEXT, added REAL);
CREATE TABLE IF NOT EXISTS claims (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT, doc_rowid INTEGER NOT NULL REFERENCES documents(rowid),
    seq INTEGER, start INTEGER, end INTEGER, text TEXT, text_sha TEXT, language TEXT, is_headline INTEGER,
    sentence_index INTEGER, facts TEXT);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_rowid);
CREATE TABLE IF NOT EXISTS embeddings (
    fingerprint TEXT NOT NULL, text_sha TEXT NOT NULL, dim INTEGER, vec BLOB,
    PRIMARY KEY (fingerprint, text_sha));
CREATE TABLE IF NOT EXISTS clusters (id INTEGER PRIMARY KEY, similarity REAL);
CREATE TABLE IF NOT EXISTS cluster_members (cluster_id INTEGER, claim_rowid INTEGER);
CREATE INDEX IF NOT EXISTS members_claim ON cluster_members(claim_rowid);
CREATE TABLE IF NOT EXISTS corpus_conflicts (cluster_id INTEGER, slot TEXT, sides TEXT);
CREATE INDEX IF NOT EXISTS conflicts_cluster ON corpus_conflicts(cluster_id);
"""


@dataclasses.dataclass(frozen=True)
class Stored:
    """Corpus documents loaded back from an index, ready for align/compare."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]            # ids "r<rowid>"
    rowids: tuple[int, ...]              # claim rowids, parallel to ``claims``
    embeddings: np.ndarray               # parallel to ``claims``
    anchors: dict[str, Anchor]           # after borrowing across the corpus
    own_anchors: dict[str, Anchor] = dataclasses.field(default_factory=dict)   # as prepared


@dataclasses.dataclass
class IndexStats:
    """What an update did (tests check that nothing is embedded twice)."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list = dataclasses.field(default_factory=list)
    embedded_texts: int = 0
    reused_embeddings: int = 0
    seconds: float = 0.0


class Index:
    """An open index directory (SQLite connection + hnsw vectors)."""

    def __init__(self, index_dir: Path, conn: sqlite3.Connection, fingerprint: str | None):
        self.dir = index_dir
        self.conn = conn
        self.fingerprint = fingerprint
        self.hnsw = None
        self.dim: int | None = None
        self._dirty = 0

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, index_dir: str | Path, fingerprint: str | None = None, create: bool = False) -> "Index":
        """Open (or, with ``create``, make) an index; any corruption or mismatch is a CacheError."""
        d = Path(index_dir)
        db = d / DB_NAME
        if not db.is_file():
            if not create:
                raise CacheError(f"{d}: not a reconcile index (no {DB_NAME}); run `reconcile index build`")
            d.mkdir(parents=True, exist_ok=True)
        elif not create and db.stat().st_size == 0:
            # SQLite would quietly make an empty schema in it, and a check would pass against nothing
            raise CacheError(f"{d}: {DB_NAME} is empty (0 bytes: truncated or never written); {REBUILD_HINT}")
        try:
            conn = sqlite3.connect(str(db), timeout=30, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables and not create:
                conn.close()
                raise CacheError(f"{d}: {DB_NAME} holds no index tables (truncated or not an index); {REBUILD_HINT}")
            if not tables:
                conn.executescript(_SCHEMA)
                _set_meta(conn, "schema_version", str(SCHEMA_VERSION))
                if fingerprint:
                    _set_meta(conn, "model_fingerprint", fingerprint)
            missing = set(_TABLES) - {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if missing:
                conn.close()
                raise CacheError(f"{d}: {DB_NAME} lacks table(s) {', '.join(sorted(missing))}; {REBUILD_HINT}")
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(ok)
        except sqlite3.DatabaseError as exc:
            raise CacheError(f"{d}: corrupt index database ({exc}); {REBUILD_HINT}") from None
        version = meta.get("schema_version")
        if version != str(SCHEMA_VERSION):
            conn.close()
            raise CacheError(f"{d}: index schema version {version}, this reconcile needs {SCHEMA_VERSION}; "
                             f"{REBUILD_HINT}")
        stored_fp = meta.get("model_fingerprint")
        if fingerprint and stored_fp and stored_fp != fingerprint:
            conn.close()
            raise CacheError(f"{d}: index built with another model (fingerprint {stored_fp[:12]}, now "
                             f"{fingerprint[:12]}); {REBUILD_HINT}")
        if fingerprint and not stored_fp:
            _set_meta(conn, "model_fingerprint", fingerprint)
            stored_fp = fingerprint
        try:
            _check_rows(d, conn, stored_fp)
        except sqlite3.DatabaseError as exc:
            raise CacheError(f"{d}: corrupt index database ({exc}); {REBUILD_HINT}") from None
        idx = cls(d, conn, stored_fp)
        if meta.get("dim"):
            idx.dim = int(meta["dim"])
        idx._load_vectors(meta)
        return idx

    def close(self) -> None:
        if self._dirty:
            self.save_vectors()
        self.conn.close()

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ vectors
    def _new_hnsw(self, capacity: int):
        import hnswlib

        h = hnswlib.Index(space="cosine", dim=self.dim)
        h.init_index(max_elements=max(1024, capacity), ef_construction=200, M=16)
        h.set_ef(64)
        return h

    def _load_vectors(self, meta: Mapping[str, str]) -> None:
        """Load the hnsw file recorded in SQLite, verify it, and catch up with claims added since."""
        if self.dim is None:
            return
        import hnswlib

        name = meta.get("hnsw_file")
        n_claims = self.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
        if not name:
            self.hnsw = self._new_hnsw(max(1024, 2 * n_claims))
            if n_claims:   # a build stopped before its first save: the vectors are derived from the blobs
                import logging

                logging.getLogger(__name__).warning("%s: vector index never saved (interrupted build); "
                                                    "rebuilding it from the stored embeddings", self.dir)
                rowids = [r[0] for r in self.conn.execute("SELECT rowid FROM claims ORDER BY rowid")]
                self._add_vectors(rowids, self._vectors_for(rowids))
            return
        path = self.dir / name
        if not path.is_file():
            raise CacheError(f"{self.dir}: vector index {name} missing; {REBUILD_HINT}")
        if sha256_file(path) != meta.get("hnsw_sha"):
            raise CacheError(f"{self.dir}: vector index {name} is corrupt (checksum mismatch); {REBUILD_HINT}")
        h = hnswlib.Index(space="cosine", dim=self.dim)
        try:
            h.load_index(str(path), max_elements=max(1024, n_claims + 256))
        except (RuntimeError, ValueError, MemoryError) as exc:
            raise CacheError(f"{self.dir}: vector index {name} is invalid ({exc}); {REBUILD_HINT}") from None
        h.set_ef(64)
        self.hnsw = h
        have = set(int(i) for i in h.get_ids_list())
        rows = self.conn.execute("SELECT rowid FROM claims").fetchall()
        want = {r[0] for r in rows}
        missing = sorted(want - have)
        if missing:
            self._add_vectors(missing, self._vectors_for(missing))
        for label in have - want:
            try:
                h.mark_deleted(label)
            except RuntimeError:
                pass                         # already deleted

    def _vectors_for(self, rowids: Sequence[int]) -> np.ndarray:
        out = np.zeros((len(rowids), self.dim or 1), dtype=np.float32)
        for n, rid in enumerate(rowids):
            row = self.conn.execute(
                "SELECT e.vec FROM claims c JOIN embeddings e ON e.text_sha = c.text_sha AND e.fingerprint = ? "
                "WHERE c.rowid = ?", (self.fingerprint, rid)).fetchone()
            if row is None:
                raise CacheError(f"{self.dir}: embedding of claim {rid} missing; {REBUILD_HINT}")
            out[n] = np.frombuffer(row[0], dtype=np.float32)
        return out

    def _add_vectors(self, rowids: Sequence[int], vecs: np.ndarray) -> None:
        if not len(rowids):
            return
        if self.dim is None:
            self.dim = int(np.asarray(vecs).shape[1])
            _set_meta(self.conn, "dim", str(self.dim))
        if self.hnsw is None:
            self.hnsw = self._new_hnsw(len(rowids) * 2)
        need = self.hnsw.element_count + len(rowids)
        if need > self.hnsw.get_max_elements():
            self.hnsw.resize_index(max(need, 2 * self.hnsw.get_max_elements()))
        self.hnsw.add_items(np.asarray(vecs, dtype=np.float32), np.asarray(rowids, dtype=np.int64), num_threads=1)
        self._dirty += 1

    def save_vectors(self) -> None:
        """Write the hnsw file under a new name, record it (and its sha256), drop the old one."""
        if self.hnsw is None:
            return
        gen = int(self.meta("hnsw_generation") or 0) + 1
        name = f"claims.{gen}.hnsw"
        path = self.dir / name
        from .atomic import atomic_path

        with atomic_path(path) as tmp:      # complete and on disk before SQLite points at it
            self.hnsw.save_index(str(tmp))
        old = self.meta("hnsw_file")
        with self.conn:
            self.conn.execute("BEGIN")
            _set_meta(self.conn, "hnsw_file", name)
            _set_meta(self.conn, "hnsw_sha", sha256_file(path))
            _set_meta(self.conn, "hnsw_generation", str(gen))
        if old and old != name:
            try:
                (self.dir / old).unlink()
            except FileNotFoundError:
                pass
        self._dirty = 0

    def nearest(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k corpus claims (rowids, cosines) of each vector: an hnsw query, never a scan."""
        n_live = self.claim_count()
        if self.hnsw is None or n_live == 0 or len(vectors) == 0:
            return np.zeros((len(vectors), 0), dtype=np.int64), np.zeros((len(vectors), 0), dtype=np.float32)
        k = min(k, n_live)
        self.hnsw.set_ef(max(64, 2 * k))
        while True:
            try:
                labels, dist = self.hnsw.knn_query(np.asarray(vectors, dtype=np.float32), k=k, num_threads=1)
                break
            except RuntimeError:             # too few live elements reachable (after deletions)
                if k <= 1:
                    raise CacheError(f"{self.dir}: vector index cannot be searched; {REBUILD_HINT}") from None
                k = max(1, k // 2)
        return labels.astype(np.int64), (1.0 - dist).astype(np.float32)

    # ------------------------------------------------------------------ embeddings cache
    def embed(self, embedder, texts: Sequence[str], stats: IndexStats | None = None,
              persist: bool = True) -> np.ndarray:
        """Embeddings of ``texts``, encoding only those never embedded with this model before
        (``persist=False``: read the cache but write nothing, e.g. for a check's new articles)."""
        shas = [sha256_text(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for s in set(shas):
            row = self.conn.execute("SELECT vec FROM embeddings WHERE fingerprint=? AND text_sha=?",
                                    (self.fingerprint, s)).fetchone()
            if row is not None:
                found[s] = np.frombuffer(row[0], dtype=np.float32)
        todo: dict[str, str] = {}
        for s, t in zip(shas, texts):
            if s not in found:
                todo.setdefault(s, t)
        if todo:
            vecs = np.asarray(embedder.encode(list(todo.values())), dtype=np.float32)
            if self.dim is None and persist:
                self.dim = int(vecs.shape[1])
                _set_meta(self.conn, "dim", str(self.dim))
            for s, v in zip(todo, vecs):
                found[s] = v
                if persist:
                    self.conn.execute("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)",
                                      (self.fingerprint, s, int(v.shape[0]), np.ascontiguousarray(v).tobytes()))
        if stats is not None:
            stats.embedded_texts += len(todo)
            stats.reused_embeddings += len(shas) - len(todo)
        if not shas:
            return np.zeros((0, self.dim or 1), dtype=np.float32)
        return np.stack([found[s] for s in shas]).astype(np.float32)

    # ------------------------------------------------------------------ documents
    def stored_hashes(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT id, text_sha FROM documents").fetchall())

    def doc_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def claim_count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0]

    def remove_document(self, doc_id: str) -> None:
        """Delete a document and its claims (inside the caller's transaction)."""
        row = self.conn.execute("SELECT rowid FROM documents WHERE id=?", (doc_id,)).fetchone()
        if row is None:
            return
        rids = [r[0] for r in self.conn.execute("SELECT rowid FROM claims WHERE doc_rowid=?", (row[0],))]
        if rids:
            self.conn.execute(f"DELETE FROM cluster_members WHERE claim_rowid IN ({','.join('?' * len(rids))})",
                              rids)
        self.conn.execute("DELETE FROM claims WHERE doc_rowid=?", (row[0],))
        self.conn.execute("DELETE FROM documents WHERE rowid=?", (row[0],))
        self._deleted_labels = getattr(self, "_deleted_labels", []) + rids

    def _apply_deletions(self) -> None:
        for label in getattr(self, "_deleted_labels", []):
            if self.hnsw is not None:
                try:
                    self.hnsw.mark_deleted(label)
                    self._dirty += 1
                except RuntimeError:
                    pass
        self._deleted_labels = []

    def store(self, doc: Document, claims: Sequence[Claim], anchor: Anchor, embedder,
              stats: IndexStats | None = None) -> list[int]:
        """Store one prepared document, its claims and their embeddings in one transaction.

        The context windows of the claims' comparable facts are embedded with them (one call) and
        kept in the embedding table, so ``check`` compares values by context without embedding
        any corpus text again.
        """
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.remove_document(doc.id)
            texts = [c.text for c in claims]
            vecs = self.embed(embedder, texts + context_windows(claims), stats)[:len(texts)]
            cur = self.conn.execute(
                "INSERT INTO documents (id, path, text, text_sha, language, title, source, url, published, "
                "body_offset, own_anchor, anchor, added) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.id, doc.path, doc.text, sha256_text(doc.text), doc.language, doc.title, doc.source, doc.url,
                 doc.published.isoformat() if doc.published else None, doc.body_offset,
                 anchor_to_json(anchor), anchor_to_json(anchor), time.time()))
            doc_rowid = cur.lastrowid
            rowids = []
            for seq, c in enumerate(claims):
                cur = self.conn.execute(
                    "INSERT INTO claims (doc_rowid, seq, start, end, text, text_sha, language, is_headline, "
                    "sentence_index, facts) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (doc_rowid, seq, c.start, c.end, c.text, sha256_text(c.text), c.language, int(c.is_headline),
                     c.sentence_index, json.dumps([fact_to_json(f) for f in c.facts], ensure_ascii=False)))
                rowids.append(cur.lastrowid)
            _set_meta(self.conn, "clusters_stale", "1")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._deleted_labels = []
            raise
        self._apply_deletions()
        self._add_vectors(rowids, vecs)
        return rowids

    def load(self, doc_rowids: Iterable[int] | None = None) -> Stored:
        """Documents (all, or the given rowids) with their claims, embeddings and anchors."""
        if doc_rowids is None:
            drows = self.conn.execute("SELECT * FROM documents ORDER BY rowid").fetchall()
        else:
            ids = sorted(set(int(r) for r in doc_rowids))
            drows = []
            for lo in range(0, len(ids), 500):
                part = ids[lo:lo + 500]
                drows += self.conn.execute(
                    f"SELECT * FROM documents WHERE rowid IN ({','.join('?' * len(part))}) ORDER BY rowid",
                    part).fetchall()
        cols = [d[0] for d in self.conn.execute("SELECT * FROM documents LIMIT 0").description]
        docs, claims, rowids, anchors, own, vec_rows = [], [], [], {}, {}, []
        for dr in drows:
            r = dict(zip(cols, dr))
            doc = Document(id=r["id"], path=r["path"], text=r["text"], language=r["language"], title=r["title"],
                           source=r["source"], url=r["url"],
                           published=dt.date.fromisoformat(r["published"]) if r["published"] else None,
                           body_offset=r["body_offset"] or 0)
            docs.append(doc)
            anchors[doc.id] = anchor_from_json(r["anchor"])
            own[doc.id] = anchor_from_json(r["own_anchor"])
            for cr in self.conn.execute(
                    "SELECT c.rowid, c.start, c.end, c.text, c.language, c.is_headline, c.sentence_index, c.facts, "
                    "e.vec FROM claims c LEFT JOIN embeddings e ON e.text_sha = c.text_sha AND e.fingerprint = ? "
                    "WHERE c.doc_rowid = ? ORDER BY c.seq", (self.fingerprint, r["rowid"])):
                rid, start, end, text, lang, head, sidx, facts, vec = cr
                if vec is None:
                    raise CacheError(f"{self.dir}: embedding of claim {rid} missing; {REBUILD_HINT}")
                claims.append(Claim(id=f"r{rid}", doc_id=doc.id, start=start, end=end, text=text, language=lang,
                                    facts=tuple(fact_from_json(f) for f in json.loads(facts)),
                                    is_headline=bool(head), sentence_index=sidx))
                rowids.append(rid)
                vec_rows.append(np.frombuffer(vec, dtype=np.float32))
        emb = np.stack(vec_rows).astype(np.float32) if vec_rows else np.zeros((0, self.dim or 1), np.float32)
        return Stored(tuple(docs), tuple(claims), tuple(rowids), emb, anchors, own)

    def doc_rowids_of_claims(self, claim_rowids: Iterable[int]) -> dict[int, tuple[int, str]]:
        """claim rowid -> (document rowid, document id)."""
        ids = sorted(set(int(r) for r in claim_rowids))
        out: dict[int, tuple[int, str]] = {}
        for lo in range(0, len(ids), 500):
            part = ids[lo:lo + 500]
            for rid, drid, did in self.conn.execute(
                    f"SELECT c.rowid, d.rowid, d.id FROM claims c JOIN documents d ON d.rowid = c.doc_rowid "
                    f"WHERE c.rowid IN ({','.join('?' * len(part))})", part):
                out[rid] = (drid, did)
        return out

    def corpus_conflicts(self, claim_rowids: Iterable[int]) -> list[tuple[str, list[list[str]]]]:
        """(slot, sides) of stored corpus conflicts in clusters holding these claims; a side is
        ``{"value": ..., "docs": [document ids]}``."""
        ids = sorted(set(int(r) for r in claim_rowids))
        out = []
        for lo in range(0, len(ids), 500):
            part = ids[lo:lo + 500]
            for slot, sides in self.conn.execute(
                    "SELECT DISTINCT k.slot, k.sides FROM cluster_members m JOIN corpus_conflicts k "
                    f"ON k.cluster_id = m.cluster_id WHERE m.claim_rowid IN ({','.join('?' * len(part))})", part):
                out.append((slot, json.loads(sides)))
        return out

    def clusters_stale(self) -> bool:
        return self.meta("clusters_stale") == "1"

    # ------------------------------------------------------------------ corpus clusters
    def recluster(self, progress: Progress = _quiet, config: "Config | None" = None) -> int:
        """Align the stored corpus, borrow anchors, and store clusters and the corpus's own conflicts."""
        return _recluster(self, progress) if config is None else _recluster(self, progress, config)


def context_windows(claims: Sequence[Claim]) -> list[str]:
    """The texts ``compare`` embeds for these claims' comparable facts (new ones, in order)."""
    from .compare import COMPARED, SLOT_OF, context_window

    return list(dict.fromkeys(context_window(c, f) for c in claims for f in c.facts
                              if SLOT_OF.get(f.type) in COMPARED))


class StoredFirst:
    """An embedder that reads the vectors an index already holds (the corpus's claims and context
    windows) and encodes only the rest, storing nothing: what ``check`` hands the report core."""

    def __init__(self, idx: "Index", embedder) -> None:
        self.idx, self.embedder = idx, embedder
        self.name = getattr(embedder, "name", type(embedder).__name__)
        self.fingerprint = getattr(embedder, "fingerprint", None)
        self.similarity = getattr(embedder, "similarity", "cosine")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.idx.embed(self.embedder, list(texts), persist=False)


_TABLES = ("meta", "documents", "claims", "embeddings", "clusters", "cluster_members", "corpus_conflicts")


def _check_rows(d: Path, conn: sqlite3.Connection, fingerprint: str | None) -> None:
    """Row counts that must agree: every claim belongs to a stored document and has its vector."""
    orphans = conn.execute("SELECT COUNT(*) FROM claims c LEFT JOIN documents d ON d.rowid = c.doc_rowid "
                           "WHERE d.rowid IS NULL").fetchone()[0]
    if orphans:
        raise CacheError(f"{d}: {orphans} claim(s) without their document; {REBUILD_HINT}")
    if fingerprint:
        unembedded = conn.execute(
            "SELECT COUNT(*) FROM claims c LEFT JOIN embeddings e ON e.text_sha = c.text_sha AND e.fingerprint = ? "
            "WHERE e.vec IS NULL", (fingerprint,)).fetchone()[0]
        if unembedded:
            raise CacheError(f"{d}: {unembedded} claim(s) without their embedding; {REBUILD_HINT}")

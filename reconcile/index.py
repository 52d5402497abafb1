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
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from .errors import CacheError
from .render.json import jsonable
from .types import Anchor, Claim, Cluster, Document, Fact, Skipped

#: 3: ``claims.facts`` always holds the facts as prepared (against the document's own anchor);
#: re-clustering no longer overwrites them, so ``check`` runs the report pipeline on them as stored.
SCHEMA_VERSION = 3
DB_NAME = "index.sqlite"
LOCK_NAME = "index.lock"
REBUILD_HINT = "run `reconcile index build --rebuild` to rebuild it"
#: Documents embedded between two saves of the vector file (it is also saved at the end).
SAVE_EVERY = 64
#: Above this many claims the corpus is aligned in overlapping blocks of documents near in time.
MAX_ALIGN_CLAIMS = 20000

#: Entity linking is superlinear: clusters larger than this keep their per-document linking.
MAX_LINK_CLAIMS = 200

Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --------------------------------------------------------------------------- (de)serialization

def fact_to_json(f: Fact) -> dict:
    return {"type": f.type, "start": f.start, "end": f.end, "text": f.text, "value": jsonable(f.value),
            "rule": f.rule, "attrs": jsonable(dict(f.attrs))}


def fact_from_json(d: Mapping[str, Any]) -> Fact:
    return Fact(type=d["type"], start=d["start"], end=d["end"], text=d["text"], value=d["value"],
                rule=d["rule"], attrs=dict(d.get("attrs") or {}))


def anchor_to_json(a: Anchor | None) -> str | None:
    return None if a is None else json.dumps(jsonable(dataclasses.asdict(a)), ensure_ascii=False)


def anchor_from_json(s: str | None) -> Anchor:
    if not s:
        return Anchor(date=None, source="none")
    d = json.loads(s)
    date = dt.date.fromisoformat(d["date"]) if d.get("date") else None
    return Anchor(date=date, source=d.get("source", "none"), text=d.get("text"), start=d.get("start"),
                  end=d.get("end"), borrowed_from=d.get("borrowed_from"))


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
        if _file_sha(path) != meta.get("hnsw_sha"):
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
            _set_meta(self.conn, "hnsw_sha", _file_sha(path))
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
    def recluster(self, progress: Progress = _quiet) -> int:
        """Align the stored corpus, borrow anchors, and store clusters and the corpus's own conflicts."""
        from .compare import compare
        from .pipeline import link_entities, settle_anchors

        st = self.load()
        own = st.own_anchors
        progress("clustering", 0, 1)
        # Entities are linked document by document here and cluster by cluster below: linking the
        # whole corpus at once grows much faster than linearly with the number of mentions.
        claims = _link_per_document(st.claims)
        clusters = cluster_corpus(claims, st.embeddings, own, st.documents)
        final, anchors = settle_anchors(claims, clusters, own, st.documents)
        by_id = {c.id: c for c in final}
        docs = {d.id: d for d in st.documents}
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute("DELETE FROM cluster_members")
            self.conn.execute("DELETE FROM corpus_conflicts")
            self.conn.execute("DELETE FROM clusters")
            for n, k in enumerate(clusters, 1):
                self.conn.execute("INSERT INTO clusters VALUES (?, ?)", (n, float(k.similarity)))
                self.conn.executemany("INSERT INTO cluster_members VALUES (?, ?)",
                                      [(n, int(c[1:])) for c in k.claim_ids])
                members = [by_id[c] for c in k.claim_ids]
                if len(members) <= MAX_LINK_CLAIMS:
                    members = link_entities(members)
                kdocs = [docs[d] for d in sorted({c.doc_id for c in members})]
                findings, _ = compare(members, [k], kdocs)
                for f in findings:
                    if f.kind != "conflict":
                        continue
                    sides: dict[str, dict] = {}
                    for e in f.evidence:
                        key = json.dumps(jsonable(e.value), sort_keys=True, ensure_ascii=False)
                        sides.setdefault(key, {"value": jsonable(e.value), "docs": []})["docs"].append(e.doc)
                    self.conn.execute("INSERT INTO corpus_conflicts VALUES (?, ?, ?)",
                                      (n, f.slot, json.dumps(list(sides.values()), ensure_ascii=False)))
            for d, a in anchors.items():
                self.conn.execute("UPDATE documents SET anchor=? WHERE id=?", (anchor_to_json(a), d))
            _set_meta(self.conn, "clusters_stale", "0")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        progress("clustering", 1, 1)
        return len(clusters)


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


def _link_per_document(claims: Sequence[Claim]) -> list[Claim]:
    from .pipeline import link_entities

    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.doc_id, []).append(c)
    linked = {c.id: c for group in by_doc.values() for c in link_entities(group)}
    return [linked[c.id] for c in claims]


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


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


def cluster_corpus(claims: Sequence[Claim], emb: np.ndarray, anchors: Mapping[str, Anchor],
                   documents: Sequence[Document], max_claims: int = MAX_ALIGN_CLAIMS) -> list[Cluster]:
    """``align`` over the corpus; beyond ``max_claims`` in overlapping blocks of documents near in time.

    Blocks overlap by half, and clusters that share a claim across blocks are merged, so an event
    that straddles a block boundary stays one cluster. Ids are ``k1..`` in corpus order.
    """
    from .align import align

    if len(claims) <= max_claims:
        return align(claims, emb, anchors)
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
        for k in align(sub, emb[block], anchors):
            members = [index_of[c] for c in k.claim_ids]
            for m in members[1:]:
                root[find(m)] = find(members[0])
            pair_scores.update(k.pair_scores)
    groups: dict[int, list[int]] = {}
    for i in range(len(claims)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for g in sorted((g for g in groups.values() if len({claims[i].doc_id for i in g}) >= 2),
                    key=lambda g: (claims[g[0]].doc_id, claims[g[0]].start)):
        cos = [float(emb[x] @ emb[y]) for x in g for y in g if x < y and claims[x].doc_id != claims[y].doc_id]
        ids = tuple(claims[i].id for i in g)
        out.append(Cluster(id=f"k{len(out) + 1}", claim_ids=ids, similarity=float(np.mean(cos)) if cos else 0.0,
                           pair_scores={p: s for p, s in pair_scores.items()
                                        if p.split("|")[0] in ids and p.split("|")[1] in ids}))
    return out


# --------------------------------------------------------------------------- building

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


def update_index(documents: Sequence[Document], index_dir: str | Path, embedder, *, prune: bool = False,
                 rebuild: bool = False, skipped: Sequence[Skipped] = (), progress: Progress | None = None,
                 recluster: bool = True, prepare: Callable | None = None) -> IndexStats:
    """Store new or changed documents (one transaction each), optionally drop the absent ones,
    then re-cluster the corpus. The core of :func:`build_index` and :func:`add_documents`.

    ``prepare(documents, embedder)`` yields what :func:`prepare_serially` yields, in the same
    order; :mod:`reconcile.distributed` passes one that prepares and embeds on a Dask cluster.
    """
    progress = progress or _quiet
    prepare = prepare or prepare_serially
    embedder = throughput(embedder)
    d = Path(index_dir)
    t0 = time.perf_counter()
    stats = IndexStats(skipped=list(skipped))
    fp = getattr(embedder, "fingerprint", None) or getattr(embedder, "name", type(embedder).__name__)
    with _lock(d):
        if rebuild:
            _wipe(d)
        idx = Index.open(d, fingerprint=str(fp), create=True)
        if idx.meta("model_name") is None:
            _set_meta(idx.conn, "model_name", str(getattr(embedder, "name", type(embedder).__name__)))
        try:
            stored = idx.stored_hashes()
            todo = []
            for doc in documents:
                if stored.get(doc.id) == sha256_text(doc.text):
                    stats.unchanged += 1
                else:
                    todo.append(doc)
            if prune:
                present = {doc.id for doc in documents}
                gone = [i for i in stored if i not in present]
                for doc_id in gone:
                    idx.conn.execute("BEGIN IMMEDIATE")
                    idx.remove_document(doc_id)
                    _set_meta(idx.conn, "clusters_stale", "1")
                    idx.conn.execute("COMMIT")
                    idx._apply_deletions()
                stats.removed = len(gone)
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
            if recluster and (idx.clusters_stale() or idx.meta("clusters_stale") is None):
                idx.recluster(progress)
        finally:
            idx.close()
    stats.seconds = time.perf_counter() - t0
    return stats


def build_index(paths: Sequence[str], index_dir: str | Path, embedder, progress: Progress | None = None,
                rebuild: bool = False, prepare: Callable | None = None) -> IndexStats:
    """Index the corpus at ``paths``: documents no longer there are dropped, stored ones kept.

    Re-running after an interruption resumes where it stopped. ``rebuild`` starts from an empty
    index but keeps the embeddings already computed (unless the database itself is unreadable).
    """
    from .ingest import load_documents

    docs, skipped = load_documents(list(paths))
    return update_index(docs, index_dir, embedder, prune=True, rebuild=rebuild, skipped=skipped,
                        progress=progress, prepare=prepare)


def add_documents(paths: Sequence[str], index_dir: str | Path, embedder,
                  progress: Progress | None = None) -> IndexStats:
    """Add articles to an existing index; documents already stored unchanged are skipped."""
    from .ingest import load_documents

    if not (Path(index_dir) / DB_NAME).is_file():
        raise CacheError(f"{index_dir}: not a reconcile index (no {DB_NAME}); run `reconcile index build`")
    Index.open(index_dir).close()           # a damaged index is an error here, not a fresh start
    docs, skipped = load_documents(list(paths))
    return update_index(docs, index_dir, embedder, skipped=skipped, progress=progress)


def is_index_dir(path: str | Path) -> bool:
    return (Path(path) / DB_NAME).is_file()


def looks_like_index(path: str | Path) -> bool:
    """A folder with an index's other files (vectors, lock, WAL) but maybe not its database."""
    d = Path(path)
    return d.is_dir() and any(any(d.glob(g)) for g in ("claims.*.hnsw", LOCK_NAME, DB_NAME + "-*"))

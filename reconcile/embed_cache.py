"""An on-disk cache of sentence embeddings (:class:`EmbeddingCache`) and the embedder that
reads it first (:class:`CachedEmbedder`).

Why a cache: claims repeat across runs (re-running a report, ``check`` in CI), and embedding is
the slowest stage. Vectors are stored per model fingerprint and sha256 of the text, in one
SQLite file; a corrupt file is detected and rebuilt, and every row carries a digest so a bad
row is re-embedded rather than trusted. A *locked* file is not corrupt: it is waited for
(``LOCK_TIMEOUT``), then reported, never deleted. The cache only ever saves work: when it cannot
be written (read-only, folder removed mid-run) the run goes on without it, with a warning.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from .embed_backends import Embedder
from .errors import CacheError

log = logging.getLogger("reconcile.embed")

CACHE_DIRNAME = ".reconcile-cache"
CACHE_FILE = "embeddings.sqlite3"
_CACHE_SCHEMA = "reconcile.embcache/v1"
#: Seconds to wait for another process holding the cache's lock (``$RECONCILE_CACHE_TIMEOUT``).
LOCK_TIMEOUT = 60.0
#: Texts embedded between two cache writes, so an interrupted run keeps the batches it finished.
SAVE_EVERY = 256



def _is_locked(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _is_corrupt(exc: sqlite3.Error) -> bool:
    """Damage SQLite (or our own check) reports, as opposed to locks, permissions or I/O."""
    # SQLite raises OperationalError for busy/locked, cannot-open, read-only and I/O errors, and
    # plain DatabaseError for a damaged file (not a database, malformed); so do our own checks.
    return not isinstance(exc, sqlite3.OperationalError) and not _is_locked(exc)


class EmbeddingCache:
    """SQLite store of vectors keyed by (model fingerprint, sha256(text)).

    Every row carries a blake2b digest of its bytes; a row that fails it is a miss. A file
    SQLite cannot read, or of another schema, is deleted and recreated with a log line. A file
    locked by another process is waited for, then a :class:`CacheError` (never deleted); a cache
    that cannot be opened or written for other reasons is left out with a warning.
    """

    def __init__(self, directory: str | os.PathLike[str], timeout: float | None = None):
        self.directory = Path(directory)
        self.path = self.directory / CACHE_FILE
        self.hits = 0
        self.misses = 0
        self.rebuilt = False
        self.disabled: str | None = None      # why the cache is not used, when it is not
        env = os.environ.get("RECONCILE_CACHE_TIMEOUT", "")
        self.timeout = timeout if timeout is not None else float(env) if env.replace(".", "", 1).isdigit() \
            else LOCK_TIMEOUT
        if self.directory.exists() and not self.directory.is_dir():
            raise CacheError(f"--cache-dir {self.directory}: is a file, expected a folder")
        self._conn: sqlite3.Connection | None = None
        self._conn = self._open()

    def _disable(self, why: str) -> None:
        if self.disabled is None:
            log.warning("embedding cache %s not used: %s (the run goes on without it)", self.path, why)
        self.disabled = why
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None

    def _connect(self) -> sqlite3.Connection:
        self.directory.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(self.path), timeout=self.timeout)
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("CREATE TABLE IF NOT EXISTS vectors (fingerprint TEXT NOT NULL, text_sha TEXT NOT NULL,"
                     " dim INTEGER NOT NULL, digest TEXT NOT NULL, vec BLOB NOT NULL,"
                     " PRIMARY KEY (fingerprint, text_sha)) WITHOUT ROWID")
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (_CACHE_SCHEMA,))
        conn.commit()
        check = conn.execute("PRAGMA quick_check").fetchone()
        schema = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if not check or check[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check: {check}")
        if not schema or schema[0] != _CACHE_SCHEMA:
            raise sqlite3.DatabaseError(f"schema {schema}")
        return conn

    def _open(self) -> sqlite3.Connection | None:
        try:
            return self._connect()
        except OSError as exc:        # folder cannot be created (read-only, permissions)
            self._disable(exc.strerror or str(exc))
            return None
        except sqlite3.DatabaseError as exc:
            if _is_locked(exc):
                raise CacheError(f"embedding cache {self.path} is locked by another process (waited "
                                 f"{self.timeout:g}s); retry when it is done, or give another --cache-dir") from None
            if not _is_corrupt(exc):  # "unable to open", "readonly database", I/O error: not damage
                self._disable(str(exc))
                return None
            log.warning("embedding cache %s is corrupt (%s); rebuilding it", self.path, exc)
            self.rebuilt = True
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(str(self.path) + suffix)
            try:
                return self._connect()
            except sqlite3.DatabaseError as exc2:
                raise CacheError(f"cannot rebuild embedding cache {self.path}: {exc2}") from exc2

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    @staticmethod
    def _digest(blob: bytes) -> str:
        return hashlib.blake2b(blob, digest_size=8).hexdigest()

    def get_many(self, fingerprint: str, keys: list[str]) -> dict[str, np.ndarray]:
        """Vectors found (and intact) for these keys."""
        found: dict[str, np.ndarray] = {}
        for chunk in _chunks(keys, 500):
            if self._conn is None:
                return found
            marks = ",".join("?" * len(chunk))
            try:
                rows = self._conn.execute(
                    f"SELECT text_sha, dim, digest, vec FROM vectors WHERE fingerprint=? AND text_sha IN ({marks})",
                    [fingerprint, *chunk]).fetchall()
            except sqlite3.Error as exc:
                self._disable(str(exc))
                return found
            for text_sha, dim, digest, blob in rows:
                if len(blob) != 4 * dim or self._digest(blob) != digest:
                    continue
                vec = np.frombuffer(blob, dtype="<f4")
                if np.isfinite(vec).all() and abs(float(np.linalg.norm(vec)) - 1.0) < 1e-3:
                    found[text_sha] = vec
        return found

    def put_many(self, fingerprint: str, items: list[tuple[str, np.ndarray]]) -> None:
        if self._conn is None:
            return
        rows = []
        for text_sha, vec in items:
            blob = np.ascontiguousarray(vec, dtype="<f4").tobytes()
            rows.append((fingerprint, text_sha, len(vec), self._digest(blob), blob))
        if not self.path.is_file():          # the folder was removed mid-run: keep the run, not the cache
            self._disable("its file disappeared during the run")
            return
        try:
            with self._conn:
                self._conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?, ?)", rows)
        except sqlite3.Error as exc:
            self._disable(str(exc))

    def stats(self) -> dict[str, Any]:
        total = self.hits + self.misses
        return {"path": str(self.path), "hits": self.hits, "misses": self.misses,
                "hit_rate": self.hits / total if total else 0.0, "rebuilt": self.rebuilt}

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class CachedEmbedder:
    """Wraps an embedder with an :class:`EmbeddingCache`; same protocol, same vectors."""

    def __init__(self, inner: Embedder, cache: EmbeddingCache):
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.fingerprint = inner.fingerprint
        self.cache_fingerprint = str(getattr(inner, "cache_fingerprint", inner.fingerprint))
        self.similarity = inner.similarity

    def encode(self, texts: list[str]) -> np.ndarray:
        keys = [EmbeddingCache.key(t) for t in texts]
        found = self.cache.get_many(self.cache_fingerprint, list(dict.fromkeys(keys)))
        todo: dict[str, str] = {}
        for key, text in zip(keys, texts):
            if key not in found:
                todo.setdefault(key, text)
        new_keys = sorted(todo, key=lambda k: len(todo[k]))          # batches sorted by length
        for lo in range(0, len(new_keys), SAVE_EVERY):                # saved as they finish
            part = new_keys[lo:lo + SAVE_EVERY]
            vectors = self.inner.encode([todo[k] for k in part])
            self.cache.put_many(self.cache_fingerprint, list(zip(part, vectors)))
            found.update(zip(part, vectors))
        self.cache.misses += len(todo)
        self.cache.hits += len(texts) - len(todo)
        if not texts:
            return self.inner.encode([])
        return np.stack([found[k] for k in keys]).astype(np.float32, copy=False)

    def info(self) -> dict[str, Any]:
        base = self.inner.info() if hasattr(self.inner, "info") else {
            "name": self.name, "fingerprint": self.fingerprint, "similarity": self.similarity}
        return {**base, "cache": self.cache.stats()}

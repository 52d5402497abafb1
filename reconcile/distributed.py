"""Index builds and reports on a Dask cluster: the per-document stages and embedding in parallel.

Why this split: reading a document, preparing it (clean -> segment -> language -> claims ->
facts) and embedding its claims depend on that document alone, and are nearly all of a build's
time; linking, alignment, the corpus clusters and the index writer see every document at once
and stay in this process. Workers prepare *partitions* of documents and return each document's
``Prepared`` with its claim vectors; this process consumes them in input order, so the index
(rowids, vectors, clusters) and the report are those of a serial run, and an interrupted build
resumes as a serial one does (each document is still committed in its own transaction).

Each worker process loads the model once (kept in this module's globals) and keeps its own
embedding cache (``<cache>/workers/<worker name>``, or ``$RECONCILE_WORKER_CACHE``); the
vectors it returns are merged into this process's cache. A worker that dies is replaced by its
nanny and its partitions are recomputed by the scheduler (``distributed.scheduler.allowed-failures``).

``dask[distributed]`` is the optional ``cluster`` extra, imported only here, only when
``--workers``/``--scheduler`` is given.
"""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import re
import threading
import time
import warnings
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

import numpy as np

from .errors import InputError, ModelError, ReconcileError
from .types import Document, Report

Progress = Callable[[str, int, int], None]
INSTALL_HINT = "pip install 'reconcile[cluster]'"
#: Partitions in flight (submitted, not yet written) per worker: bounds this process's memory.
WINDOW_PER_WORKER = 4
#: Seconds to wait for ``--scheduler`` to answer.
CONNECT_TIMEOUT = 20


def _quiet(stage: str, done: int, total: int) -> None:
    return None


@dataclasses.dataclass(frozen=True)
class EmbedSpec:
    """What a worker needs to build the same embedder as this process (sent with every task)."""

    model: str | None = None
    device: str | None = None
    cache_dir: str | None = None          # this process's cache; workers use <cache_dir>/workers/<name>


@dataclasses.dataclass(frozen=True)
class PreparedDoc:
    """One document as a worker returns it: its ``Prepared`` and the vectors of its claims and
    of their context windows (what ``Index.store`` embeds), ``texts[i]`` -> ``vectors[i]``."""

    prepared: Any                         # reconcile.pipeline.Prepared (one document or none)
    texts: tuple[str, ...]
    vectors: np.ndarray


@dataclasses.dataclass(frozen=True)
class PartitionResult:
    items: tuple[PreparedDoc, ...]
    fingerprint: str
    worker: str
    seconds: float


class ClusterError(ReconcileError):
    """The cluster cannot be started or reached, or a partition keeps killing workers."""


# --------------------------------------------------------------------------- connecting

def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError(f"--workers/--scheduler need dask.distributed, the cluster extra: {INSTALL_HINT}") from None
    return distributed


def local_threads(workers: int) -> int:
    """Torch threads per local worker: the cores but one (for this process, the writer) shared out,
    at least one. One worker gets what a serial run gets (``embed.default_threads``): torch's
    bfloat16 results depend on the thread count, and a stalled OpenMP pool on busy cores is slow."""
    from .embed import _available_cpus

    return max(1, (_available_cpus() - 1) // max(1, workers))


@contextlib.contextmanager
def connect(workers: int | None = None, scheduler: str | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: on a new ``LocalCluster`` of ``workers`` processes, or on ``scheduler``."""
    if (workers is None) == (scheduler is None):
        raise InputError("--workers/--scheduler", "give exactly one of them")
    if workers is not None and workers < 1:
        raise InputError("--workers", f"must be at least 1 (got {workers})")
    distributed = _import_distributed()
    for name in ("distributed", "distributed.nanny", "distributed.scheduler", "distributed.worker"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler is not None:
        try:
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except Exception as exc:            # noqa: BLE001 - OSError, TimeoutError, ValueError, and seen
            #                                 under load an AssertionError from the connection code
            reason = str(exc) or type(exc).__name__
            raise ClusterError(f"cannot reach the Dask scheduler {scheduler}: {reason}".splitlines()[0]) from None
        with client:
            yield client
        return
    env = {"RECONCILE_THREADS": os.environ.get("RECONCILE_THREADS") or str(local_threads(workers))}
    try:
        with warnings.catch_warnings():     # "port 8787 in use": no dashboard is served anyway
            warnings.simplefilter("ignore", UserWarning)
            cluster = distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=logging.ERROR, env=env)
    except (OSError, RuntimeError) as exc:
        raise ClusterError(f"cannot start a local Dask cluster of {workers} workers: {exc}".splitlines()[0]) from None
    with cluster, distributed.Client(cluster) as client:
        yield client


def worker_count(client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


# --------------------------------------------------------------------------- on a worker

_MODELS: dict[tuple[str | None, str | None], Any] = {}    # (model, device) -> the model, once per process
_CACHED: dict[tuple[EmbedSpec, int], Any] = {}           # its cache, one SQLite connection per thread


def _worker_name() -> str:
    try:
        from distributed import get_worker

        name = str(get_worker().name)
    except (ImportError, ValueError):
        name = f"pid{os.getpid()}"
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


def worker_cache_dir(spec: EmbedSpec) -> Path:
    """Where this worker keeps its embedding cache: ``$RECONCILE_WORKER_CACHE`` (node-local disk on
    a real cluster) or ``<cache_dir>/workers/<worker name>``."""
    from .embed import CACHE_DIRNAME

    root = os.environ.get("RECONCILE_WORKER_CACHE")
    if root:
        return Path(root) / _worker_name()
    base = Path(spec.cache_dir) if spec.cache_dir else Path.cwd() / CACHE_DIRNAME
    return base / "workers" / _worker_name()


def worker_embedder(spec: EmbedSpec):
    """The embedder of this worker process for ``spec``: the model loaded once, reused by every
    task; the cache connection per thread (SQLite connections stay in their thread)."""
    from .embed import CachedEmbedder, EmbeddingCache, load_embedder

    key = (spec, threading.get_ident())
    emb = _CACHED.get(key)
    if emb is None:
        model_key = (spec.model, spec.device)
        if model_key not in _MODELS:
            from .index import throughput

            _MODELS[model_key] = throughput(load_embedder(spec.model, device=spec.device, cache=False))
        emb = _CACHED[key] = CachedEmbedder(_MODELS[model_key], EmbeddingCache(worker_cache_dir(spec)))
    return emb


def warm_stages() -> None:
    """Build what the per-document stages load on first use (the language detectors' models)."""
    from .extract import extract_facts
    from .language import _scores
    from .types import LANGUAGES, Context

    for broad in (False, True):
        _scores("warm up the language models before the first document", broad)
    for language in LANGUAGES:                 # each language's rules and date data
        extract_facts("1 2", Context(language, None))


def warm_up(spec: EmbedSpec) -> str:
    """Load the model and the stages on this worker now (start-up paid once per worker, before the build)."""
    emb = worker_embedder(spec)
    emb.inner.encode(["warm-up"])
    warm_stages()
    return str(emb.fingerprint)


def warm_up_workers(client, spec: EmbedSpec) -> dict[str, str]:
    """Run :func:`warm_up` as a task on every worker (in the thread its tasks run in); worker -> fingerprint."""
    workers = list(client.scheduler_info()["workers"])
    futures = {w: client.submit(warm_up, spec, workers=[w], allow_other_workers=False, pure=False) for w in workers}
    return {w: f.result() for w, f in futures.items()}


def prepare_partition(documents: Sequence[Document], spec: EmbedSpec) -> PartitionResult:
    """Prepare each document of a partition and embed its claims (a task on a worker).

    A ReconcileError (e.g. the model cannot be loaded there) comes back as a ClusterError with the
    same one-line message (not every ReconcileError subclass survives pickling: InputError does not).
    """
    from .index import context_windows
    from .pipeline import prepare_documents

    t0 = time.perf_counter()
    try:
        emb = worker_embedder(spec)
        items = []
        for doc in documents:
            prepared = prepare_documents([doc])
            texts = list(dict.fromkeys([c.text for c in prepared.claims] + context_windows(prepared.claims)))
            vectors = np.asarray(emb.encode(texts), dtype=np.float32) if texts else np.zeros((0, 0), np.float32)
            items.append(PreparedDoc(prepared, tuple(texts), vectors))
    except ReconcileError as exc:
        raise ClusterError(f"on worker {_worker_name()}: {exc}") from None
    return PartitionResult(tuple(items), str(emb.fingerprint), _worker_name(), time.perf_counter() - t0)


# --------------------------------------------------------------------------- in this process

class Precomputed:
    """An embedder that answers from vectors computed on the workers (same name and fingerprint
    as ``fallback``, which embeds anything not given, e.g. compare's context windows)."""

    def __init__(self, vectors: Mapping[str, np.ndarray], fallback):
        self.vectors = vectors
        self.fallback = fallback
        self.name = getattr(fallback, "name", type(fallback).__name__)
        self.fingerprint = getattr(fallback, "fingerprint", None)
        self.similarity = getattr(fallback, "similarity", "cosine")

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.vectors})
        extra = dict(zip(missing, self.fallback.encode(missing))) if missing else {}
        if not texts:
            return self.fallback.encode([])
        return np.stack([self.vectors[t] if t in self.vectors else extra[t] for t in texts]).astype(np.float32)

    def info(self) -> dict:
        return self.fallback.info() if hasattr(self.fallback, "info") else {"name": self.name}


def partitions(documents: Sequence[Document], size: int) -> list[list[Document]]:
    return [list(documents[i:i + size]) for i in range(0, len(documents), max(1, size))]


def auto_partition_size(n_documents: int, workers: int) -> int:
    """Small enough for ~8 partitions per worker (balance, cheap retries), at most 32 documents."""
    return max(1, min(32, -(-n_documents // (8 * max(1, workers)))))


def doc_vectors(item: PreparedDoc) -> dict[str, np.ndarray]:
    return dict(zip(item.texts, item.vectors))


def merge_into_cache(embedder, vectors: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The workers' vectors merged with this process's embedding cache: a text already cached
    keeps its cached vector (so a run is the serial run with the same cache), the others are added."""
    from .embed import EmbeddingCache

    cache = getattr(embedder, "cache", None)
    if cache is None or not vectors:
        return dict(vectors)
    keyed = {EmbeddingCache.key(t): t for t in vectors}
    key = str(getattr(embedder, "cache_fingerprint", embedder.fingerprint))
    have = cache.get_many(key, list(keyed))
    new = [(k, vectors[t]) for k, t in keyed.items() if k not in have]
    if new:
        cache.put_many(key, new)
    return {t: have[k] if k in have else vectors[t] for k, t in keyed.items()}


def _check_fingerprint(result: PartitionResult, embedder) -> None:
    want = getattr(embedder, "fingerprint", None)
    if want is not None and result.fingerprint != str(want):
        raise ModelError(f"worker {result.worker} embeds with model fingerprint {result.fingerprint}, this process "
                         f"with {want}: every worker must load the same model folder (see docs/cluster.md)")


def ordered_results(client, parts: Sequence[Sequence[Document]], spec: EmbedSpec,
                    progress: Progress = _quiet, window: int | None = None) -> Iterator[PartitionResult]:
    """Each partition's result, in input order, with at most ``window`` partitions in flight.

    Progress ("preparing") follows the task stream: it moves as partitions complete on any worker.
    """
    distributed = _import_distributed()
    window = window or WINDOW_PER_WORKER * worker_count(client)
    total = sum(len(p) for p in parts)
    pending = distributed.as_completed()
    index_of: dict[str, int] = {}
    done: dict[int, PartitionResult] = {}
    submitted = written = prepared = 0
    progress("preparing", 0, total)

    def top_up(ready: int) -> None:
        nonlocal submitted
        while submitted < len(parts) and submitted - ready < window:
            fut = client.submit(prepare_partition, parts[submitted], spec, pure=False)
            index_of[fut.key] = submitted
            pending.add(fut)
            submitted += 1

    top_up(0)
    for fut in pending:
        try:
            result = fut.result()
        except distributed.KilledWorker as exc:
            raise ClusterError(f"a partition of documents kept killing Dask workers ({exc}); "
                               "see docs/cluster.md, per-worker memory") from None
        n = index_of.pop(fut.key)
        done[n] = result
        prepared += len(parts[n])
        progress("preparing", prepared, total)
        ready = written
        while ready in done:
            ready += 1
        top_up(ready)
        while written in done:
            yield done.pop(written)
            written += 1


def cluster_prepare(client, spec: EmbedSpec, partition_size: int | None = None,
                    progress: Progress = _quiet) -> Callable:
    """A ``prepare`` for :func:`reconcile.index.update_index` that prepares and embeds on ``client``."""

    def prepare(documents: Sequence[Document], embedder) -> Iterator[tuple[Document, Any, Any]]:
        size = partition_size or auto_partition_size(len(documents), worker_count(client))
        parts = partitions(documents, size)
        for part, result in zip(parts, ordered_results(client, parts, spec, progress)):
            _check_fingerprint(result, embedder)
            vectors: dict[str, np.ndarray] = {}
            for item in result.items:
                vectors.update(doc_vectors(item))
            vectors = merge_into_cache(embedder, vectors)
            for doc, item in zip(part, result.items):
                yield doc, item.prepared, Precomputed(vectors, embedder)

    return prepare


def build_index(paths: Sequence[str], index_dir: str | Path, embedder, client, spec: EmbedSpec, *,
                rebuild: bool = False, partition_size: int | None = None, progress: Progress | None = None,
                config=None):
    """:func:`reconcile.index.build_index` with documents prepared and embedded on the cluster."""
    from . import index

    progress = progress or _quiet
    from .config import DEFAULT

    return index.build_index(paths, index_dir, embedder, progress=progress, rebuild=rebuild,
                             prepare=cluster_prepare(client, spec, partition_size, progress),
                             config=config or DEFAULT)


def prepare_on_cluster(documents: Sequence[Document], skipped: Sequence, client, spec: EmbedSpec, embedder, *,
                       strict: bool = False, partition_size: int | None = None, progress: Progress = _quiet):
    """The ``Prepared`` of :func:`reconcile.pipeline.prepare_documents` and every claim's vector."""
    from .pipeline import Prepared, _renumber

    size = partition_size or auto_partition_size(len(documents), worker_count(client))
    docs, claims, anchors, skips = [], [], {}, list(skipped)
    vectors: dict[str, np.ndarray] = {}
    for result in ordered_results(client, partitions(documents, size), spec, progress):
        _check_fingerprint(result, embedder)
        for item in result.items:
            p = item.prepared
            if strict and p.skipped:
                raise InputError(p.skipped[0].path, p.skipped[0].reason)
            docs += p.documents
            claims += p.claims
            anchors.update(p.anchors)
            skips += p.skipped
            vectors.update(doc_vectors(item))
    vectors = merge_into_cache(embedder, vectors)
    return Prepared(tuple(docs), tuple(_renumber(claims)), anchors, tuple(skips)), vectors


def run_report(paths: Sequence[str], client, spec: EmbedSpec, *, strict: bool = False, embedder=None,
               partition_size: int | None = None, progress: Progress = _quiet, **options) -> Report:
    """:func:`reconcile.pipeline.run` with the per-document stages and embedding on the cluster
    (``max_bytes`` overrides ``config.limits.max_bytes``, as there)."""
    from .config import DEFAULT
    from .embed import load_embedder
    from .ingest import load_documents
    from .pipeline import run_prepared

    max_bytes = options.pop("max_bytes", None) or options.get("config", DEFAULT).limits.max_bytes
    documents, skipped = load_documents(list(paths), strict=strict, max_bytes=max_bytes)
    if not documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise InputError(", ".join(map(str, paths)), f"no usable document ({reasons})" if reasons else "no documents found")
    if embedder is None:
        embedder = load_embedder(spec.model, device=spec.device, cache_dir=spec.cache_dir)
    prepared, vectors = prepare_on_cluster(documents, skipped, client, spec, embedder, strict=strict,
                                           partition_size=partition_size, progress=progress)
    return run_prepared(prepared, embedder=Precomputed(vectors, embedder), progress=progress, **options)


# --------------------------------------------------------------------------- identical builds

#: Vectors of the same text may differ this much between processes (batching, thread count).
VECTOR_ATOL = 1e-4


def index_snapshot(index_dir: str | Path) -> dict[str, Any]:
    """An index's content without what varies by run (insert times, vector file names): documents,
    claims with facts, embeddings, clusters, corpus conflicts, model meta."""
    import sqlite3

    from .index import DB_NAME

    conn = sqlite3.connect(f"file:{Path(index_dir) / DB_NAME}?mode=ro", uri=True)
    try:
        q = lambda sql: conn.execute(sql).fetchall()  # noqa: E731
        return {
            "documents": q("SELECT rowid, id, path, text_sha, language, title, source, url, published, body_offset, "
                           "own_anchor, anchor FROM documents ORDER BY rowid"),
            "claims": q("SELECT rowid, doc_rowid, seq, start, end, text, text_sha, language, is_headline, "
                        "sentence_index, facts FROM claims ORDER BY rowid"),
            "clusters": q("SELECT id, round(similarity, 4) FROM clusters ORDER BY id"),
            "members": q("SELECT cluster_id, claim_rowid FROM cluster_members ORDER BY cluster_id, claim_rowid"),
            "conflicts": q("SELECT cluster_id, slot, sides FROM corpus_conflicts ORDER BY cluster_id, slot, sides"),
            "meta": q("SELECT key, value FROM meta WHERE key IN ('schema_version', 'model_fingerprint', 'dim', "
                      "'model_name', 'clusters_stale') ORDER BY key"),
            "embeddings": {(fp, sha): np.frombuffer(vec, dtype=np.float32)
                           for fp, sha, vec in q("SELECT fingerprint, text_sha, vec FROM embeddings")},
        }
    finally:
        conn.close()


def index_differences(a: str | Path, b: str | Path, atol: float = VECTOR_ATOL) -> list[str]:
    """What differs between two indexes (empty: identical, vectors within ``atol``)."""
    sa, sb = index_snapshot(a), index_snapshot(b)
    out = [f"{key} differ" for key in sa if key != "embeddings" and sa[key] != sb[key]]
    ea, eb = sa["embeddings"], sb["embeddings"]
    if set(ea) != set(eb):
        out.append(f"embedded texts differ ({len(set(ea) ^ set(eb))} keys)")
    else:
        worst = max((float(np.max(np.abs(ea[k] - eb[k]))) for k in ea), default=0.0)
        if worst > atol:
            out.append(f"vectors differ by up to {worst:.2e}")
    return out

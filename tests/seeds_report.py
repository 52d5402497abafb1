"""The seeds report, deterministic, for golden files and the browser test.

Embeddings computed in bf16 depend slightly on which texts share a batch, so a fresh run can
differ from a cached one in the last digit of a cosine. The golden report is therefore built
with the vectors recorded when the goldens were made (``tests/golden/seeds.embeddings.npz``, every
text the seeds pipeline embeds): the goldens test alignment and comparison, not float rounding.
``scripts/regen_golden.py --record`` re-records them with the real default model.
"""
from __future__ import annotations

import dataclasses
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from reconcile.types import Report

ROOT = Path(__file__).resolve().parents[1]
RECORDING = ROOT / "tests" / "golden" / "seeds.embeddings.npz"


class RecordedEmbedder:
    """Replays recorded vectors; with ``live``, embeds (and records) texts it has not seen."""

    name = "multilingual-e5-small (recorded)"
    fingerprint = "recorded-seeds"
    similarity = "cosine"

    def __init__(self, path: Path = RECORDING, live=None) -> None:
        self.path, self.live = path, live
        self.vectors: dict[str, np.ndarray] = {}
        if path.exists():
            data = np.load(path, allow_pickle=False)
            self.vectors = dict(zip(data["texts"].tolist(), data["vectors"]))

    def encode(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if missing:
            if self.live is None:
                raise AssertionError(f"{len(missing)} text(s) not in {self.path.name}, e.g. {missing[0]!r}; "
                                     "run: PYTHONPATH=. python scripts/regen_golden.py --record")
            for t, v in zip(missing, self.live.encode(missing)):
                self.vectors[t] = np.asarray(v, dtype=np.float32)
        return np.stack([self.vectors[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)

    def save(self) -> None:
        texts = sorted(self.vectors)
        np.savez_compressed(self.path, texts=np.array(texts), vectors=np.stack([self.vectors[t] for t in texts]))


def _build(embedder) -> Report:
    from reconcile.pipeline import run

    report = run([str(ROOT / "seeds")], embedder=embedder)
    docs = tuple(dataclasses.replace(d, path=os.path.relpath(d.path, ROOT)) for d in report.documents)
    meta = {**report.metadata, "generated": "(fixed for golden files)"}
    return dataclasses.replace(report, documents=docs, metadata=meta)


@lru_cache(maxsize=1)
def make_seeds_report() -> Report:
    """The seeds report from the recorded vectors (fails with a hint when they are missing)."""
    return _build(RecordedEmbedder())


def record_seeds_report() -> Report:
    """Re-record every vector with the real default model, then build the report from them."""
    from reconcile.embed import load_embedder

    rec = RecordedEmbedder(live=load_embedder())
    rec.vectors.clear()
    report = _build(rec)
    rec.save()
    make_seeds_report.cache_clear()
    return report

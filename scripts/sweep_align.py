"""Sweep the aligner's thresholds over the whole dev set and print one table.

Why: ``align.threshold``, ``strong_threshold``, ``min_cosine``, ``member_cosine`` and ``max_rank``
decide which claims are compared at all; a value is judged by its effect on every dev corpus at
once (the seeds, ``tests/corpora/*``, the real coverage under ``../shared/eval/real``), never by
one corpus. Each corpus is read, prepared and embedded once; only the part that sees all documents
(:func:`reconcile.pipeline.analyse`: events, two alignment passes, compare) runs again per
setting. Figures: alignment recall (gold pairs aligned) and violated negatives (gold pairs that
must not align), as ``eval/score.py`` computes them, plus conflict precision / recall.

    PYTHONPATH=. python scripts/sweep_align.py [--out docs/sweeps/align.md]
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from sweep_compare import emit_table, prepare_all  # noqa: E402  (the same dev set as the compare sweep)

#: field of AlignConfig -> values tried; the first value of each is today's default.
GRID = {
    "threshold": [0.845, 0.83, 0.86],
    "strong_threshold": [0.88, 0.87, 0.90],
    "min_cosine": [0.80, 0.78, 0.82],
    "member_cosine": [0.82, 0.80, 0.84],
    "max_rank": [2, 1, 3],
}


def prepared(docs: Path, embedder):
    """Read, prepare and embed one corpus once."""
    from reconcile.ingest import load_documents
    from reconcile.pipeline import prepare_documents

    documents, skipped = load_documents([str(docs)])
    prep = prepare_documents(documents, skipped)
    emb = embedder.encode([c.text for c in prep.claims])
    return prep, emb


def score_setting(prep, emb, embedder, gold, texts, setting: dict) -> dict:
    from reconcile.config import AlignConfig, Config
    from reconcile.evaluate import score
    from reconcile.pipeline import analyse
    from reconcile.render.json import to_dict

    report = analyse(prep, emb, embedder, config=Config(align=dataclasses.replace(AlignConfig(), **setting)))
    return score(gold, to_dict(report), texts)


def _mean(rs: list[dict], key: str) -> float:
    vals = [r[key] for r in rs if r.get(key) is not None]
    return statistics.mean(vals) if vals else float("nan")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="also write the table (Markdown) here")
    args = ap.parse_args(argv)
    from reconcile.embed import load_embedder

    embedder = load_embedder(None)
    corpora = prepare_all(lambda name, docs: prepared(docs, embedder))
    default = {k: v[0] for k, v in GRID.items()}
    settings = [default] + [{**default, k: v} for k in GRID for v in GRID[k][1:]]
    rows = []
    for setting in settings:
        res = {name: score_setting(p, e, embedder, g, t, setting) for name, p, e, g, t in corpora}
        rows.append((setting, {
            "ar": _mean(list(res.values()), "alignment_recall"),
            "neg": sum(r["negatives_violated"] for r in res.values()),
            "negs": sum(r["negatives"] for r in res.values()),
            "cp": _mean(list(res.values()), "conflict_precision"),
            "cr": _mean(list(res.values()), "conflict_recall"),
            "worst": min(res.items(), key=lambda kv: kv[1]["alignment_recall"]),
        }))
        print(f"done {setting}", file=sys.stderr)
    head = list(GRID) + ["mean alignment recall", "negatives violated", "mean conflict P", "mean conflict R",
                         "lowest alignment recall"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for setting, m in rows:
        name, worst = m["worst"]
        lines.append("| " + " | ".join([str(setting[k]) for k in GRID] + [
            f"{m['ar']:.3f}", f"{m['neg']} of {m['negs']}", f"{m['cp']:.3f}", f"{m['cr']:.3f}",
            f"{worst['alignment_recall']:.3f} ({name})"]) + " |")
    emit_table(lines, args.out, "Align sweep (scripts/sweep_align.py)",
               f"One parameter varied at a time around the defaults (first row); {len(corpora)} dev corpora (the "
               "seeds, tests/corpora/*, ../shared/eval/real/*); means over the corpora, negatives summed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

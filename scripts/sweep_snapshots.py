"""Sweep the tally-snapshot rule (``reconcile/snapshots.py``) over the whole dev set; one table.

Why: whether two claims giving one tally different figures are kept apart, and which exemptions
hold them together (a shared figure or day; one statement quoted twice), is chosen by its effect on
every dev corpus at once, the seeds, ``tests/corpora/*`` and the real coverage under
``../shared/eval/real`` — alignment recall, negatives violated, conflict precision and recall,
finding recall — never by one pair. Each corpus is prepared and embedded once; linking, events,
alignment and compare run again per setting.

    PYTHONPATH=. python scripts/sweep_snapshots.py [--out docs/sweeps/snapshots.md]
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from sweep_compare import emit_table, figure_cells, prepare_all, real_and_own  # noqa: E402

#: name -> (align.split_snapshots, align.snapshot_shared_figure, align.snapshot_quoted_ratio); the
#: last row is the default.
SETTINGS = {
    "off (before)": (False, True, 85),
    "split, no exemption": (True, False, 101),
    "split, shared figure exempts": (True, True, 101),
    "split, shared figure + quoted twice >= 75": (True, True, 75),
    "split, shared figure + quoted twice >= 95": (True, True, 95),
    "split, shared figure + quoted twice >= 85 (default)": (True, True, 85),
}
#: Rows to run (``--rows a,b``: indexes into SETTINGS), default all.
FIGURES = ("alignment_recall", "negatives_violated", "conflict_precision", "conflict_recall", "finding_recall")


def prepare(docs: Path, embedder):
    from reconcile.ingest import load_documents
    from reconcile.pipeline import prepare_documents

    documents, skipped = load_documents([str(docs)])
    prepared = prepare_documents(documents, skipped)
    return prepared, embedder.encode([c.text for c in prepared.claims])


def run_setting(setting: tuple, corpora: list, embedder) -> dict[str, dict]:
    from reconcile.config import DEFAULT
    from reconcile.evaluate import score
    from reconcile.pipeline import analyse
    from reconcile.render.json import to_dict

    split, shared, ratio = setting
    align = dataclasses.replace(DEFAULT.align, split_snapshots=split, snapshot_shared_figure=shared,
                                snapshot_quoted_ratio=ratio)
    config = dataclasses.replace(DEFAULT, align=align)
    return {name: score(gold, to_dict(analyse(prep, emb, embedder, config=config)), texts)
            for name, prep, emb, gold, texts in corpora}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="also write the table (Markdown) here")
    ap.add_argument("--rows", help="comma-separated indexes of SETTINGS to run (default: all)")
    args = ap.parse_args(argv)
    rows = [int(x) for x in args.rows.split(",")] if args.rows else range(len(SETTINGS))
    from reconcile.embed import load_embedder

    embedder = load_embedder(None)
    corpora = prepare_all(lambda name, docs: prepare(docs, embedder))
    head = ["setting", "real align R", "real negatives", "real conflict P", "real conflict R", "real finding R",
            "own align R", "own negatives", "own conflict P", "own conflict R", "own finding R", "seeds bounds"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for n, (label, setting) in enumerate(SETTINGS.items()):
        if n not in rows:
            continue
        res = run_setting(setting, corpora, embedder)
        real, own = real_and_own(res)
        cells = [label] + figure_cells((real, own), FIGURES)
        seeds = res["seeds"]
        cells.append("ok" if seeds["conflict_recall"] == 1 and seeds["negatives_violated"] == 0 else "FAIL")
        lines.append("| " + " | ".join(cells) + " |")
        print(lines[-1], file=sys.stderr)
    emit_table(lines, args.out, "Tally-snapshot sweep (scripts/sweep_snapshots.py)",
               "Means over the three real corpora and over the seeds + own corpora (negatives: total violated). "
               "The last row is the default.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

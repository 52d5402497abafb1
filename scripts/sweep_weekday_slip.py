"""Sweep ``facts.date.WEEKDAY_SLIP_DAYS`` over the whole dev set and Duckling's Time corpora.

Why: how close to the reference a day/month must be before a weekday that does not fit it is
read as the source's slip (the year kept) rather than as the clue to another year is chosen by
its effect on every dev corpus (seeds, ``tests/corpora/*``, ``../shared/eval/real/*``) and on
Duckling's Time corpora at once. The whole pipeline runs per setting (dates feed alignment).

    PYTHONPATH=. python scripts/sweep_weekday_slip.py [--out docs/sweeps/weekday_slip.md]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from sweep_compare import SHARED, dev_set, emit_table, figure_cells, real_and_own  # noqa: E402

VALUES = [0, 7, 14, 31, 90, 183]      # 0: the weekday always picks the year (before)
FIGURES = ("alignment_recall", "conflict_precision", "conflict_recall", "finding_recall")


def duckling_time() -> tuple[int, int]:
    from reconcile.bench import facts_time
    from reconcile.bench.duckling import corpus_paths

    correct = total = 0
    for lang in ("en", "fr", "ar"):
        for path in corpus_paths(SHARED / "external" / "duckling", "Time", lang):
            r = facts_time.score_time(lang, path)
            correct, total = correct + r["correct"], total + r["total"]
    return correct, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="also write the table (Markdown) here")
    args = ap.parse_args(argv)
    from reconcile.embed import load_embedder
    from reconcile.evaluate import score
    from reconcile.facts import date
    from reconcile.pipeline import run
    from reconcile.render.json import to_dict

    embedder = load_embedder(None)
    corpora = dev_set()
    head = (["WEEKDAY_SLIP_DAYS"] + [f"real {k}" for k in FIGURES] + [f"own {k}" for k in FIGURES]
            + ["Duckling Time en+fr+ar"])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for value in VALUES:
        date.WEEKDAY_SLIP_DAYS = value
        date.grammar.cache_clear() if hasattr(date, "grammar") and hasattr(date.grammar, "cache_clear") else None
        res = {name: score(gold, to_dict(run([str(docs)], embedder=embedder)), texts)
               for name, docs, gold, texts in corpora}
        real, own = real_and_own(res)
        ok, total = duckling_time()
        cells = [str(value)] + figure_cells((real, own), FIGURES)
        cells.append(f"{ok}/{total}")
        lines.append("| " + " | ".join(cells) + " |")
        print(lines[-1], file=sys.stderr)
    emit_table(lines, args.out, "Weekday-slip sweep (scripts/sweep_weekday_slip.py)",
               "Means over the three real corpora and over the seeds + own corpora; Duckling's Time corpora "
               "(reference 2013-02-12) correct / scored.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Sweep the person-name conflict rule (``reconcile/name_conflicts.py``) over the whole dev set.

Why: how alike the contexts of two names (one surname, another given name) must read before they
count as one person named two ways is chosen by its effect on every dev corpus at once (seeds,
``tests/corpora/*``, the real coverage under ``../shared/eval/real``). The pipeline runs once per
corpus; the rule's findings are replaced per setting. The rule reuses
``CompareConfig.context_min_similarity``; the sweep shows whether that value also suits names.

    PYTHONPATH=. python scripts/sweep_name_conflicts.py [--out docs/sweeps/name_conflicts.md]
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sweep_compare import emit_table, figure_cells, prepare_all, prepared, real_and_own  # noqa: E402

#: minimum context cosine; None = the rule off. The default is CompareConfig.context_min_similarity.
SETTINGS = [None, 0.60, 0.70, 0.75, 0.80, 0.82, 0.85, 0.88, 0.90]
FIGURES = ("conflict_precision", "conflict_recall", "finding_recall")


def _scores(corpora, setting) -> dict[str, dict]:
    from reconcile.config import DEFAULT
    from reconcile.evaluate import score
    from reconcile.name_conflicts import name_conflicts
    from reconcile.render.json import to_dict

    out = {}
    for name, report, sim, gold, texts in corpora:
        kept = [f for f in report.findings if not f.summary.startswith("person name conflict")]
        if setting is not None:
            cfg = dataclasses.replace(DEFAULT.compare, context_min_similarity=setting)
            ids = iter(range(10_000, 20_000))
            kept += name_conflicts(report.claims, report.documents, sim, lambda: f"f{next(ids)}", cfg)
        again = dataclasses.replace(report, findings=tuple(kept))
        res = score(gold, to_dict(again), texts)
        res["name_conflicts"] = len(kept) - sum(1 for f in report.findings
                                                if not f.summary.startswith("person name conflict"))
        out[name] = res
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="also write the table (Markdown) here")
    args = ap.parse_args(argv)
    corpora = prepare_all(prepared)
    head = ["min context cosine", "name conflicts (all corpora)"] + [f"real {k}" for k in FIGURES] + \
        [f"own {k}" for k in FIGURES]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for setting in SETTINGS:
        res = _scores(corpora, setting)
        real, own = real_and_own(res)
        cells = ["off" if setting is None else f"{setting:.2f}", str(sum(r["name_conflicts"] for r in res.values()))]
        cells += figure_cells((real, own), FIGURES)
        lines.append("| " + " | ".join(cells) + " |")
    emit_table(lines, args.out, "Person-name conflict sweep (scripts/sweep_name_conflicts.py)",
               "Means over the real corpora and over the seeds + own corpora; `name conflicts` counts the "
               "rule's findings over every corpus.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

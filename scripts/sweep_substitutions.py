"""Sweep the entity-substitution rule (``reconcile/substitutions.py``) over the whole dev set.

Why: how alike the words around two names must be before a different name counts as a conflict is
chosen by its effect on every dev corpus at once (seeds, ``tests/corpora/*``, the real coverage
under ``../shared/eval/real``): conflict precision and recall, finding recall. The pipeline runs
once per corpus with the rule off; the rule's findings are added per setting.

    PYTHONPATH=. python scripts/sweep_substitutions.py [--out docs/sweeps/substitutions.md]
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent))
from sweep_compare import emit_table, figure_cells, prepare_all, real_and_own  # noqa: E402

#: name -> (context words either side, context ratio, slot ratio); None = the rule off. Last: default.
SETTINGS = {
    "off (before)": None,
    "6 words, ratio >= 85, slot >= 80": (6, 85, 80),
    "4 words, ratio >= 85, slot >= 80": (4, 85, 80),
    "3 words, ratio >= 85, slot >= 80": (3, 85, 80),
    "3 words, ratio >= 75, slot >= 80": (3, 75, 80),
    "3 words, ratio >= 90, slot >= 80": (3, 90, 80),
    "4 words, ratio >= 80, slot >= 80": (4, 80, 80),
    "4 words, ratio >= 85, slot >= 70": (4, 85, 70),
    "4 words, ratio >= 60, slot >= 90": (4, 60, 90),
    "4 words, ratio >= 50, slot >= 90": (4, 50, 90),
    "2 words, ratio >= 60, slot >= 90": (2, 60, 90),
    "4 words, ratio >= 85, slot >= 80 (default)": (4, 85, 80),
}
FIGURES = ("conflict_precision", "conflict_recall", "finding_recall")


def run_setting(setting, corpora) -> dict[str, dict]:
    from reconcile import substitutions
    from reconcile.compare import _pair_score
    from reconcile.config import DEFAULT
    from reconcile.evaluate import score
    from reconcile.render.json import to_dict

    out = {}
    for name, report, gold, texts in corpora:
        findings = list(report.findings)
        if setting is not None:
            words, ratio, slot = setting
            cfg = dataclasses.replace(DEFAULT.compare, entity_context_words=words, entity_context_min_ratio=ratio,
                                      entity_slot_min_ratio=slot)
            ids = iter(range(len(findings) + 1, 10 ** 9))
            findings += substitutions.entity_conflicts(report.clusters, {c.id: c for c in report.claims},
                                                       lambda: f"f{next(ids)}", _pair_score, cfg)
        out[name] = score(gold, to_dict(dataclasses.replace(report, findings=tuple(findings))), texts)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="also write the table (Markdown) here")
    args = ap.parse_args(argv)
    from reconcile.config import DEFAULT
    from reconcile.pipeline import run

    off = dataclasses.replace(DEFAULT, compare=dataclasses.replace(DEFAULT.compare, entity_conflicts=False))
    corpora = prepare_all(lambda name, docs: (run([str(docs)], config=off),))
    head = ["setting"] + [f"real {k}" for k in FIGURES] + [f"own {k}" for k in FIGURES] + ["real conflicts predicted"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, setting in SETTINGS.items():
        res = run_setting(setting, corpora)
        real, own = real_and_own(res)
        cells = [label] + figure_cells((real, own), FIGURES)
        cells.append(str(sum(r["conflicts_predicted"] for r in real)))
        lines.append("| " + " | ".join(cells) + " |")
        print(lines[-1], file=sys.stderr)
    emit_table(lines, args.out, "Entity-substitution sweep (scripts/sweep_substitutions.py)",
               "Means over the three real corpora and over the seeds + own corpora. The last row is the default.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

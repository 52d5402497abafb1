"""Sweep the event-wide agreement rule (``reconcile/event_agreements.py``) over the whole dev set.

Why: how large a figure must be before two sources giving it in claims that did not align count
as agreeing (small figures coincide by chance) is chosen by its effect on every dev corpus at
once: agreement and finding recall, and how many such agreements each setting adds (their
precision is read by hand from ``--show``). The pipeline runs once per corpus; the rule's findings
are replaced per setting.

    PYTHONPATH=. python scripts/sweep_event_agreements.py [--out docs/sweeps/event_agreements.md] [--show N]
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sweep_compare import emit_table, figure_cells, prepare_all, prepared, real_and_own  # noqa: E402

#: smallest figure that may agree event-wide; 0 = the rule off.
SETTINGS = [0, 1, 10, 50, 100, 500, 1000]
FIGURES = ("agreement_recall", "finding_recall", "conflict_precision")


def _without(findings):
    from reconcile.event_agreements import EXPLANATION

    return [f for f in findings if not (f.explanation and f.explanation[0].startswith(EXPLANATION))]


def _scores(corpora, setting, show: bool) -> tuple[dict[str, dict], int]:
    from reconcile.config import DEFAULT
    from reconcile.evaluate import score
    from reconcile.event_agreements import event_agreements
    from reconcile.render.json import to_dict

    out, added = {}, 0
    cfg = dataclasses.replace(DEFAULT.compare, event_agreement_min=setting)
    for name, report, _, gold, texts in corpora:
        base = _without(report.findings)
        findings = event_agreements(report.claims, base, cfg)
        new = [f for f in findings if f not in base]
        added += len(new)
        if show:
            for f in new:
                print(f"  {name}: {f.summary}", file=sys.stderr)
        out[name] = score(gold, to_dict(dataclasses.replace(report, findings=tuple(findings))), texts)
    return out, added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="also write the table (Markdown) here")
    ap.add_argument("--show", type=float, help="print the agreements this setting adds")
    args = ap.parse_args(argv)
    corpora = prepare_all(prepared)
    head = ["min figure", "agreements added (all corpora)"] + [f"real {k}" for k in FIGURES] + \
        [f"own {k}" for k in FIGURES]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for setting in SETTINGS:
        res, added = _scores(corpora, setting, args.show == setting)
        real, own = real_and_own(res)
        cells = ["off" if not setting else f"{setting:g}", str(added)]
        cells += figure_cells((real, own), FIGURES)
        lines.append("| " + " | ".join(cells) + " |")
    emit_table(lines, args.out, "Event-wide agreement sweep (scripts/sweep_event_agreements.py)",
               "Means over the real corpora and over the seeds + own corpora; `agreements added` counts "
               "the rule's findings over every corpus.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Sweep ``EventConfig.orphan_threshold`` over all dev data at once (the feeds of
scripts/events_sweep.py plus the seeds with each ``tests/cases/check`` article, which report one
story and must stay one event). Prints one row per value; the table is scripts/events_orphan_sweep.tsv.

    PYTHONPATH=. python scripts/events_orphan_sweep.py
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import events_sweep as es  # noqa: E402

from reconcile.bench import events as bench  # noqa: E402
from reconcile.events import EventConfig, group, profiles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
VALUES = [1.0, 0.5, 0.45, 0.4, 0.35]


def main() -> None:
    es.WORK.mkdir(parents=True, exist_ok=True)
    mixed_gold = bench.mixed_feed(es.WORK / "mixed")
    itn_gold = bench.itn_feed(es.WORK / "itn.jsonl")
    mp = profiles(*es.prepared("mixed", [str(es.WORK / "mixed")]))
    itn = es.prepared("itn", [str(es.WORK / "itn.jsonl")])
    ip, lang = profiles(*itn), {d.id: d.language for d in itn[0]}
    cases = {p.stem: profiles(*es.prepared(f"seeds+{p.stem}", [str(ROOT / "seeds"), str(p)]))
             for p in sorted((ROOT / "tests" / "cases" / "check").glob("*.txt"))}
    rows = ["orphan_threshold\tmixed_p\tmixed_r\titn_p\titn_r\tcorpora_one_event\tcheck_cases_split"]
    for value in VALUES:
        cfg = dataclasses.replace(EventConfig(), orphan_threshold=value)
        m, i = es.figures(mp, mixed_gold, cfg), es.figures(ip, itn_gold, cfg, lang)
        split = [n for n, ps in cases.items() if len(group(ps, cfg)) != 1]
        rows.append(f"{value}\t{m['precision']:.3f}\t{m['recall']:.3f}\t{i['precision']:.3f}\t{i['recall']:.3f}"
                    f"\t{es.single_event_ok(mp, mixed_gold, cfg)}\t{','.join(split) or '-'}")
        print(rows[-1], flush=True)
    Path(__file__).with_suffix(".tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

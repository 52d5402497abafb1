"""Sweep the comparer's thresholds over the whole dev set and print one table.

Why: a threshold is chosen by its effect on every dev corpus at once (the real coverage under
``../shared/eval/real``, the written corpora under ``tests/corpora`` and the seeds), never by one
sentence or one corpus. The pipeline runs once per corpus (claims, clusters, anchors, context
embeddings); only ``compare`` runs again for each setting, so the sweep takes minutes.

    PYTHONPATH=. python scripts/sweep_compare.py [--out docs/sweeps/compare.md]
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

#: parameter -> values tried; the first value of each is today's default.
#: (Fields of :class:`reconcile.config.CompareConfig`.)
GRID = {
    "tally_min_context": [0.95, 0.90, 0.93, 0.97],
    "max_ratio_duration": [2.0, 3.0, 4.0],
    "context_min_similarity": [0.82, 0.80, 0.85],
    "near_identical_ratio": [85, 80, 90],
}


def dev_corpora() -> list[tuple[str, Path, Path]]:
    """(name, documents folder, gold file) for every dev corpus present."""
    out = [("seeds", ROOT / "seeds", SHARED / "eval" / "seeds.gold.yaml")]
    out += [(p.name, p, p / "gold.yaml") for p in sorted((ROOT / "tests" / "corpora").iterdir())
            if (p / "gold.yaml").exists()]
    real = SHARED / "eval" / "real"
    if real.is_dir():
        out += [(f"real/{p.name}", p, p / "gold.yaml") for p in sorted(real.iterdir()) if (p / "gold.yaml").exists()]
    return out


def dev_set() -> list[tuple[str, Path, dict, dict[str, str]]]:
    """(name, documents folder, gold, the gold documents' texts) for every dev corpus present."""
    from reconcile.evaluate import load_texts

    out = []
    for name, docs, gold_path in dev_corpora():
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        out.append((name, docs, gold, load_texts(docs, gold["documents"])))
    return out


def prepare_all(prepare) -> list[tuple]:
    """``(name, *prepare(name, docs), gold, texts)`` for every dev corpus, one progress line each on
    stderr: what every sweep computes once before trying its settings."""
    out = []
    for name, docs, gold, texts in dev_set():
        out.append((name, *prepare(name, docs), gold, texts))
        print(f"prepared {name}", file=sys.stderr)
    return out


def figure_cells(groups, figures) -> list[str]:
    """One table cell per group of score results and figure: negatives violated summed, the rest averaged."""
    return [str(sum(r[k] for r in g)) if k == "negatives_violated" else f"{statistics.mean(r[k] for r in g):.3f}"
            for g in groups for k in figures]


def real_and_own(results: dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """Score results split into the real coverage (``real/...``) and the seeds + own corpora."""
    real = [v for k, v in results.items() if k.startswith("real/")]
    return real, [v for k, v in results.items() if not k.startswith("real/")]


def emit_table(lines: list[str], out: str | None, heading: str, intro: str) -> None:
    """Print a sweep's Markdown table, and write it under ``heading`` and ``intro`` to ``out``."""
    table = "\n".join(lines)
    print(table)
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(f"# {heading}\n\n{intro}\n\n{table}\n", encoding="utf-8")


def prepared(name: str, docs: Path):
    """Run the pipeline once; keep what compare needs."""
    from reconcile.embed import load_embedder
    from reconcile.pipeline import context_similarity, run

    embedder = load_embedder(None)
    report = run([str(docs)], embedder=embedder)
    sim = context_similarity(embedder, report.claims, report.clusters)
    return report, sim


def score_setting(report, sim, gold, texts, cfg) -> dict:
    from reconcile.compare import compare
    from reconcile.evaluate import score
    from reconcile.render.json import to_dict

    findings, consistency = compare(report.claims, report.clusters, report.documents, sim, report.anchors, cfg)
    again = dataclasses.replace(report, findings=tuple(findings), consistency=consistency)
    return score(gold, to_dict(again), texts)


def apply(setting: dict):
    """The compare section of the config with this setting."""
    from reconcile.config import CompareConfig

    return CompareConfig(**setting)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="also write the table (Markdown) here")
    args = ap.parse_args(argv)
    corpora = prepare_all(prepared)
    keys = list(GRID)
    # one parameter at a time around today's defaults (the first value of each)
    default = {k: v[0] for k, v in GRID.items()}
    settings = [default] + [{**default, k: v} for k in keys for v in GRID[k][1:]]
    rows = []
    for setting in settings:
        cfg = apply(setting)
        res = {name: score_setting(r, s, g, t, cfg) for name, r, s, g, t in corpora}
        real, own = real_and_own(res)

        def mean(rs, key):
            vals = [r[key] for r in rs if r.get(key) is not None]
            return statistics.mean(vals) if vals else float("nan")

        rows.append((setting, {
            "real_cp": mean(real, "conflict_precision"), "real_cr": mean(real, "conflict_recall"),
            "real_fr": mean(real, "finding_recall"),
            "own_cp": mean(own, "conflict_precision"), "own_cr": mean(own, "conflict_recall"),
            "own_fr": mean(own, "finding_recall"),
            "seeds_ok": res["seeds"]["conflict_recall"] == 1 and res["seeds"]["finding_recall"] >= 0.85,
        }))
    head = keys + ["real conflict P", "real conflict R", "real finding R", "own conflict P",
                   "own conflict R", "own finding R", "seeds bounds"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for setting, m in rows:
        lines.append("| " + " | ".join([str(setting[k]) for k in keys] + [
            f"{m['real_cp']:.3f}", f"{m['real_cr']:.3f}", f"{m['real_fr']:.3f}", f"{m['own_cp']:.3f}",
            f"{m['own_cr']:.3f}", f"{m['own_fr']:.3f}", "ok" if m["seeds_ok"] else "FAIL"]) + " |")
    emit_table(lines, args.out, "Compare sweep (scripts/sweep_compare.py)",
               "One parameter varied at a time around the defaults (first row); means over the real corpora and "
               "over the seeds + own corpora.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Sweep ``compare.org_min_cosine`` (organisation names linked across languages) over the whole
dev set and print one table.

Why: two organisation names with one head concept are one organisation when their embedded
strings are this alike (:mod:`reconcile.org_link`); the threshold is chosen by its effect on
every dev corpus at once. The pipeline runs once per corpus; only the organisation linking runs
again for each value (the mention strings' vectors come from the embedding cache).

Columns: gold variants found (real corpora; own corpora + seeds), finding recall (mean), the
organisation variants emitted, those whose names span two languages, and *merged*: emitted
variants whose evidence meets the quotes of two different gold variants (two entities made one,
the error this threshold trades against recall).

    PYTHONPATH=. python scripts/sweep_orgs.py [--out docs/sweeps/orgs.md] [--show 0.90]
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sweep_compare import emit_table, prepare_all, real_and_own  # noqa: E402

GRID = [1.01, 0.96, 0.94, 0.92, 0.91, 0.90, 0.89, 0.88, 0.86, 0.84]


def prepared(docs: Path):
    """The report at today's defaults, without its organisation variants, and the embedder."""
    from reconcile.embed import load_embedder
    from reconcile.org_link import is_org_variant
    from reconcile.pipeline import run

    embedder = load_embedder(None)
    report = run([str(docs)], embedder=embedder)
    base = tuple(f for f in report.findings if not is_org_variant(f))
    return dataclasses.replace(report, findings=base), embedder


def with_orgs(report, embedder, threshold: float):
    """The report with the organisation variants of each event at ``threshold``."""
    from reconcile.org_link import add_org_variants

    findings = list(report.findings)
    events = report.events or ()
    groups = [set(e.documents) for e in events] or [{d.id for d in report.documents}]
    for docs in groups:
        claims = [c for c in report.claims if c.doc_id in docs]
        findings = add_org_variants(findings, claims, embedder.encode, threshold)
    return dataclasses.replace(report, findings=tuple(findings))


def merged(report_dict: dict, gold: dict, texts: dict) -> int:
    """Organisation variants whose evidence meets the quotes of two different gold variants
    (a gold variant is met when one evidence item overlaps one of its quotes)."""
    from reconcile.evaluate import finding_matches

    def meets(g: dict, f: dict) -> bool:
        return finding_matches(texts, {**g, "kind": "single_source"}, {**f, "kind": "single_source"})

    variants = [g for g in gold.get("findings", []) if g["kind"] == "variant"]
    return sum(sum(meets(g, f) for g in variants) >= 2 for f in report_dict["findings"] if _is_org(f))


def _is_org(f: dict) -> bool:
    return f["kind"] == "variant" and bool(f["explanation"]) and f["explanation"][0].startswith("organisation ")


def measure(report, gold, texts) -> dict:
    from reconcile.evaluate import score
    from reconcile.render.json import to_dict

    d = to_dict(report)
    res = score(gold, d, texts)
    orgs = [f for f in d["findings"] if _is_org(f)]
    res["orgs"] = len(orgs)
    res["cross"] = sum(len({e.get("language") for e in f["evidence"]}) > 1 for f in orgs)
    res["merged"] = merged(d, gold, texts)
    res["variants_found"] = round(res["variant_recall"] * res["variant_required"])
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="also write the table (Markdown) here")
    ap.add_argument("--show", type=float, help="print the organisation variants at this threshold")
    args = ap.parse_args(argv)
    corpora = prepare_all(lambda name, docs: prepared(docs))
    lines = ["| org_min_cosine | real variants found | own variants found | real finding R | own finding R "
             "| org variants | across languages | merged |", "|" + "---|" * 8]
    for t in GRID + ([args.show] if args.show and args.show not in GRID else []):
        res = {}
        for name, report, embedder, gold, texts in corpora:
            again = with_orgs(report, embedder, t)
            res[name] = measure(again, gold, texts)
            if args.show == t:
                for f in again.findings:
                    if f.kind == "variant" and f.explanation[0].startswith("organisation "):
                        print(f"{name}\t{f.summary}", file=sys.stderr)
        real, own = real_and_own(res)
        total = lambda rs, k: sum(r[k] for r in rs)  # noqa: E731
        lines.append(f"| {t:g} | {total(real, 'variants_found')}/{total(real, 'variant_required')} "
                     f"| {total(own, 'variants_found')}/{total(own, 'variant_required')} "
                     f"| {statistics.mean(r['finding_recall'] for r in real):.3f} "
                     f"| {statistics.mean(r['finding_recall'] for r in own):.3f} "
                     f"| {total(real + own, 'orgs')} | {total(real + own, 'cross')} | {total(real + own, 'merged')} |")
    emit_table(lines, args.out, "Organisation linking sweep (scripts/sweep_orgs.py)",
               "`compare.org_min_cosine` over every dev corpus (1.01: spellings and acronyms only, no "
               "embedding). Counts summed over the real corpora / over the seeds + own corpora; finding "
               "recall is the mean per corpus; *merged*: organisation variants meeting two different "
               "gold variants' quotes.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

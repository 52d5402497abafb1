"""Event grouping on real feeds: how well documents are grouped into stories, and how it scales.

Feeds are built at run time from ``../shared`` (third-party texts are never copied into the repo):

- *mixed*: every article of ``../shared/eval/real/*``, ``tests/corpora/*`` and the seeds in one
  folder (files renamed ``<corpus>__<stem>.txt`` so ids stay unique); its gold event is its corpus;
- *itn*: ``itn_blurbs_dedup.jsonl`` (one line per distinct blurb text; ``qids`` = every event the
  text is filed under); two blurbs are one story exactly when their qid sets intersect.

Pair figures: a pair of documents is predicted together when some event holds both, and is
gold together when their gold sets intersect.
"""
from __future__ import annotations

import hashlib
import itertools
import json
import math
import resource
import shutil
import time
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ._common import PROJECT_ROOT

SHARED = PROJECT_ROOT.parent / "shared"
ITN_DEDUP = SHARED / "external" / "news" / "itn" / "itn_blurbs_dedup.jsonl"
ITN_VERSIONS = SHARED / "external" / "news" / "itn" / "itn_blurbs_id-en-fr-ar.jsonl"
SEP = "__"


def corpora() -> dict[str, Path]:
    """Corpus name -> folder, for every corpus of the mixed feed that is present."""
    out: dict[str, Path] = {}
    real = SHARED / "eval" / "real"
    if real.is_dir():
        out.update({p.name: p for p in sorted(real.iterdir()) if (p / "gold.yaml").is_file()})
    own = PROJECT_ROOT / "tests" / "corpora"
    out.update({p.name: p for p in sorted(own.iterdir()) if (p / "gold.yaml").is_file()})
    out["seeds"] = PROJECT_ROOT / "seeds"
    return out


def mixed_feed(dst: str | Path, names: Iterable[str] | None = None) -> dict[str, frozenset[str]]:
    """Copy the corpora into one folder ``dst`` (outside the repo); return doc id -> {corpus}."""
    dst = Path(dst)
    dst.mkdir(parents=True, exist_ok=True)
    gold: dict[str, frozenset[str]] = {}
    for name, folder in corpora().items():
        if names is not None and name not in names:
            continue
        for f in sorted(folder.glob("*.txt")):
            doc_id = f"{name}{SEP}{f.stem}"
            shutil.copyfile(f, dst / f"{doc_id}.txt")
            gold[doc_id] = frozenset([name])
    return gold


def itn_feed(dst: str | Path, src: str | Path = ITN_DEDUP, prefix: str = "itn") -> dict[str, frozenset[str]]:
    """Write the ITN blurbs as a jsonl manifest ``dst``; return doc id -> its qids.

    Reads the dedup file (``qids``) and the per-version file (``qid``) alike.
    """
    gold: dict[str, frozenset[str]] = {}
    with open(src, encoding="utf-8") as fh, open(dst, "w", encoding="utf-8") as out:
        for n, line in enumerate(fh):
            row = json.loads(line)
            doc_id = f"{prefix}{n:04d}_{row['lang']}"
            gold[doc_id] = frozenset(row.get("qids") or [row["qid"]])
            out.write(json.dumps({"id": doc_id, "text": row["blurb_text"], "language": row["lang"],
                                  "published": row["utc"], "source": "Wikipedia In the news"},
                                 ensure_ascii=False) + "\n")
    return gold


def pair_figures(groups: Iterable[Iterable[str]], gold: Mapping[str, frozenset[str]],
                 language: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Pair precision / recall of 'some group holds both' against 'gold sets intersect'.

    With ``language``, only pairs of documents in different languages count.
    """
    def counted(a: str, b: str) -> bool:
        return language is None or language.get(a) != language.get(b)

    pred: set[tuple[str, str]] = set()
    for g in groups:
        members = sorted(d for d in g if d in gold)
        pred.update((a, b) for a, b in itertools.combinations(members, 2) if counted(a, b))
    by_label: dict[str, list[str]] = {}
    for d, labels in gold.items():
        for q in labels:
            by_label.setdefault(q, []).append(d)
    true: set[tuple[str, str]] = set()
    for members in by_label.values():
        true.update((a, b) for a, b in itertools.combinations(sorted(members), 2) if counted(a, b))
    tp = len(pred & true)
    return {"gold_pairs": len(true), "predicted_pairs": len(pred), "true_pairs": tp,
            "precision": round(tp / len(pred), 4) if pred else 1.0,
            "recall": round(tp / len(true), 4) if true else 1.0}


def spanning_clusters(report, gold: Mapping[str, frozenset[str]]) -> int:
    """Clusters whose documents have no gold event in common (should be 0)."""
    doc_of = {c.id: c.doc_id for c in report.claims}
    bad = 0
    for k in report.clusters:
        sets = [gold[doc_of[c]] for c in k.claim_ids if doc_of.get(c) in gold]
        if sets and not frozenset.intersection(*sets):
            bad += 1
    return bad


def corpus_report(data: dict, corpus: str) -> dict:
    """The part of a mixed-feed JSON report about one corpus, with the corpus's own doc ids."""
    pre = corpus + SEP

    def mine(doc: str) -> bool:
        return doc.startswith(pre)

    claims = [c for c in data["claims"] if mine(c["doc"])]
    ids = {c["id"] for c in claims}
    out = dict(data)
    out["documents"] = [dict(d, id=d["id"][len(pre):]) for d in data["documents"] if mine(d["id"])]
    out["claims"] = [dict(c, doc=c["doc"][len(pre):]) for c in claims]
    out["clusters"] = [k for k in data["clusters"] if set(k["claims"]) <= ids]
    out["findings"] = [dict(f, evidence=[dict(e, doc=e["doc"][len(pre):]) for e in f["evidence"]])
                       for f in data["findings"] if all(mine(e["doc"]) for e in f["evidence"])]
    return out


def _stable_order(ids: Sequence[str]) -> list[str]:
    return sorted(ids, key=lambda d: hashlib.sha256(d.encode()).hexdigest())


def scale(workdir: str | Path = "reports/bench-events", sizes: Sequence[int] = (250, 500, 1000),
          full: bool = True, **kwargs) -> dict[str, Any]:
    """Time (wall and CPU) and peak memory of the whole pipeline (events included) on growing feeds.

    The feed: the mixed corpora, the ITN dedup blurbs and every ITN blurb version (distinct ids),
    taken in a fixed pseudo-random order so each size mixes them.
    """
    from ..ingest import load_documents
    from ..pipeline import run_documents

    workdir = Path(workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    mixed_feed(workdir / "mixed")
    itn_feed(workdir / "itn.jsonl")
    itn_feed(workdir / "itn_versions.jsonl", ITN_VERSIONS, prefix="itnv")
    docs, _ = load_documents([str(workdir / "mixed"), str(workdir / "itn.jsonl"),
                              str(workdir / "itn_versions.jsonl")])
    order = {d: n for n, d in enumerate(_stable_order([d.id for d in docs]))}
    docs.sort(key=lambda d: order[d.id])
    sizes = sorted(set(list(sizes) + ([len(docs)] if full else [])))
    if kwargs.get("embedder") is None:
        # load (and warm) the model once, so the smallest run does not carry the start-up
        from ..embed import load_embedder

        opts = {k: kwargs.pop(k) for k in ("model", "device", "cache_dir") if k in kwargs}
        kwargs["embedder"] = load_embedder(opts.get("model"), device=opts.get("device"),
                                           cache_dir=opts.get("cache_dir"))
        kwargs["embedder"].encode(["warm-up"])
    rows = []
    for n in sizes:
        sub = docs[:n]
        marks: dict[tuple[str, int], float] = {}

        def progress(stage: str, done: int, total: int) -> None:
            marks.setdefault((stage, done), time.process_time())

        t0, c0 = time.perf_counter(), time.process_time()
        report = run_documents(sub, progress=progress, **kwargs)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        stage = marks.get(("grouping", 1), 0.0) - marks.get(("grouping", 0), 0.0)
        rows.append({"articles": len(sub), "events": len(report.events), "clusters": len(report.clusters),
                     "seconds": round(secs, 2), "cpu_seconds": round(cpu, 2), "event_stage_cpu_seconds": round(stage, 3),
                     # ru_maxrss never falls: sizes run in increasing order, so this is each run's peak or less
                     "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)})
    small = next((r for r in rows if r["articles"] == 250), rows[0])
    big = next((r for r in rows if r["articles"] == 1000), rows[-1])

    def exponent(key: str) -> float | None:
        if big["articles"] <= small["articles"] or not small[key] or not big[key]:
            return None
        return round(math.log(big[key] / small[key]) / math.log(big["articles"] / small["articles"]), 3)

    # CPU time, not wall time: the exponent should not depend on what else the machine runs.
    return {"rows": rows, "growth_exponent": exponent("cpu_seconds"),
            "wall_growth_exponent": exponent("seconds"),
            "event_stage_growth_exponent": exponent("event_stage_cpu_seconds")}


FIGURES = ("alignment_recall", "negatives_violated", "conflict_recall", "conflict_precision", "finding_recall")


def _figures(gold_path: Path, data: dict, docs_dir: Path) -> dict[str, Any]:
    import yaml

    from ..evaluate import load_texts, score

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    res = score(gold, data, load_texts(docs_dir, [d["id"] for d in data["documents"]]))
    return {k: res[k] for k in FIGURES}


def mixed(workdir: str | Path = "reports/bench-events", alone: bool = True, names: Iterable[str] | None = None,
          **kwargs) -> dict[str, Any]:
    """The mixed feed through the whole pipeline: event pair figures, clusters spanning two
    events, and each corpus's gold figures in the feed beside the same corpus run alone
    (``names``: only those corpora)."""
    from ..pipeline import run
    from ..render.json import to_dict

    workdir = Path(workdir)
    shutil.rmtree(workdir / "mixed", ignore_errors=True)
    names = set(names) if names is not None else None
    gold = mixed_feed(workdir / "mixed", names)
    t0 = time.perf_counter()
    report = run([str(workdir / "mixed")], **kwargs)
    seconds = time.perf_counter() - t0
    data = to_dict(report)
    out: dict[str, Any] = {"documents": len(report.documents), "events": len(report.events),
                           "seconds": round(seconds, 1),
                           **pair_figures([e.documents for e in report.events], gold),
                           "clusters_spanning_events": spanning_clusters(report, gold),
                           "findings_spanning_events": _spanning_findings(report, gold), "corpora": {}}
    for name, folder in corpora().items():
        gold_path = folder / "gold.yaml" if name != "seeds" else SHARED / "eval" / "seeds.gold.yaml"
        if (names is not None and name not in names) or not gold_path.is_file():
            continue
        row = {"feed": _figures(gold_path, corpus_report(data, name), folder)}
        if alone:
            row["alone"] = _figures(gold_path, to_dict(run([str(folder)], **kwargs)), folder)
            row["max_delta"] = round(max(abs(row["feed"][k] - row["alone"][k]) for k in FIGURES
                                         if k != "negatives_violated"), 3)
        out["corpora"][name] = row
    return out


def _spanning_findings(report, gold: Mapping[str, frozenset[str]]) -> int:
    bad = 0
    for f in report.findings:
        sets = [gold[e.doc] for e in f.evidence if e.doc in gold]
        if sets and not frozenset.intersection(*sets):
            bad += 1
    return bad

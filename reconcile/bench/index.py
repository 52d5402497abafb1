"""Cold index builds on a local Dask cluster of 1, 2, ... workers: speed-up and per-article cost.

The corpus is built at run time from the articles at hand (the seeds, ``tests/corpora/*`` and,
when present, ``../shared/eval/real/*``), replicated until it has ``n`` articles: each copy gets
its own id and a body whose spacing is perturbed (some spaces doubled, chosen by a hash of the
copy number and the position), so every copy's claims are new texts and neither the index nor
the embedding cache short-circuits the work; each build also gets an empty index and cache.

Timed per worker count: ``startup`` (cluster start and one model load per worker), ``build``
(prepare + embed on the workers, store in this process: the part that scales), ``writer`` (the
part of ``build`` spent storing, single by design) and ``recluster`` (the corpus alignment, serial).
``workers=0`` is the in-process serial build, for reference.
"""
from __future__ import annotations

import dataclasses
import hashlib
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Sequence

from ..types import Document
from ._common import PROJECT_ROOT

#: The archive the issue asks about.
ARCHIVE, ARCHIVE_WORKERS = 100_000, 32


def source_folders() -> list[Path]:
    """Folders of real articles: the seeds, every test corpus, every shared real corpus (if present)."""
    roots = [PROJECT_ROOT / "seeds"]
    for parent in (PROJECT_ROOT / "tests" / "corpora", PROJECT_ROOT.parent / "shared" / "eval" / "real"):
        if parent.is_dir():
            roots += sorted(p for p in parent.iterdir() if p.is_dir())
    return roots


def perturb(doc: Document, copy: int) -> Document:
    """Copy ``copy`` of ``doc``: a new id and about one body space in four doubled (offsets of the
    front matter unchanged)."""
    if copy == 0:
        return doc
    body = doc.text[doc.body_offset:]
    out = []
    for i, ch in enumerate(body):
        out.append(ch)
        if ch == " " and hashlib.blake2b(f"{copy}:{i}".encode(), digest_size=1).digest()[0] < 64:
            out.append(" ")
    return dataclasses.replace(doc, id=f"{doc.id}~{copy}", text=doc.text[:doc.body_offset] + "".join(out))


def corpus(n: int, folders: Sequence[Path] | None = None) -> list[Document]:
    """``n`` articles: the originals, then perturbed copies of them in turn."""
    from ..ingest import load_documents

    base, _ = load_documents([str(p) for p in (folders or source_folders())])
    if not base:
        raise FileNotFoundError("no articles found for the bench")
    return [perturb(base[i % len(base)], i // len(base)) for i in range(n)]


def _timed(prepare: Callable, clock: dict) -> Callable:
    """Wrap a ``prepare`` stream to add the time its consumer (the index writer) spends per item."""

    def wrapped(documents, embedder):
        for item in prepare(documents, embedder):
            t = time.perf_counter()
            yield item
            clock["writer"] += time.perf_counter() - t

    return wrapped


def build_once(docs: Sequence[Document], workers: int, work: Path, model: str | None,
               partition_size: int | None = None) -> dict[str, Any]:
    """One cold build of ``docs`` into ``work/index`` with ``workers`` (0 = serial, in process)."""
    from .. import distributed
    from ..embed import load_embedder
    from ..index import Index, prepare_serially, update_index

    cache = work / "cache"
    emb = load_embedder(model, cache_dir=cache)
    clock = {"writer": 0.0}
    t0 = time.perf_counter()
    if workers == 0:
        emb.encode(["warm-up"])
        distributed.warm_stages()
        startup = time.perf_counter() - t0
        t1 = time.perf_counter()
        stats = update_index(docs, work / "index", emb, recluster=False, prepare=_timed(prepare_serially, clock))
        build = time.perf_counter() - t1
    else:
        spec = distributed.EmbedSpec(model=model, cache_dir=str(cache))
        with distributed.connect(workers=workers) as client:
            client.wait_for_workers(workers)
            distributed.warm_up_workers(client, spec)
            startup = time.perf_counter() - t0
            t1 = time.perf_counter()
            prepare = distributed.cluster_prepare(client, spec, partition_size)
            stats = update_index(docs, work / "index", emb, recluster=False, prepare=_timed(prepare, clock))
            build = time.perf_counter() - t1
    t2 = time.perf_counter()
    with Index.open(work / "index", fingerprint=emb.fingerprint) as idx:
        clusters = idx.recluster()
        claims = idx.claim_count()
    recluster = time.perf_counter() - t2
    return {"workers": workers, "articles": stats.added, "claims": claims, "embedded": stats.embedded_texts,
            "clusters": clusters, "startup_s": round(startup, 2), "build_s": round(build, 2),
            "writer_s": round(clock["writer"], 2), "recluster_s": round(recluster, 2),
            "articles_per_s": round(stats.added / build, 2) if build else None}


def extrapolate(row: dict[str, Any], archive: int = ARCHIVE, workers: int = ARCHIVE_WORKERS) -> dict[str, Any]:
    """Hours to index ``archive`` articles on ``workers`` workers, from one measured row.

    Per-article worker cost = build x workers / articles (an upper bound: it also holds whatever
    writer time did not overlap the workers); the writer stays single, so the build takes the
    longer of the two streams (they overlap). Start-up and the re-clustering come on top.
    """
    w = max(1, row["workers"])
    per_article = row["build_s"] * w / row["articles"]
    writer = row["writer_s"] / row["articles"]
    hours = max(archive * per_article / workers, archive * writer) / 3600
    return {"per_article_worker_s": round(per_article, 4), "writer_per_article_s": round(writer, 4),
            f"hours_{archive}_on_{workers}_workers": round(hours, 2),
            "bound": "writer" if archive * writer > archive * per_article / workers else "workers"}


def run(workers: Sequence[int] = (1, 2), n: int = 300, model: str | None = None,
        partition_size: int | None = None, keep: str | None = None) -> dict[str, Any]:
    """Cold builds of the same ``n`` articles at each worker count; identical indexes required."""
    from ..distributed import index_differences

    docs = corpus(n)
    root = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="reconcile-bench-index-"))
    rows: list[dict[str, Any]] = []
    try:
        for w in workers:
            work = root / f"workers-{w}"
            shutil.rmtree(work, ignore_errors=True)
            row = build_once(docs, w, work, model, partition_size)
            if rows:
                diff = index_differences(root / f"workers-{rows[0]['workers']}" / "index", work / "index")
                row["identical_to_first"] = not diff
                row["differences"] = "; ".join(diff)
            rows.append(row)
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)
    out: dict[str, Any] = {"articles": n, "originals": len({d.id.split("~")[0] for d in docs}), "runs": rows}
    by = {r["workers"]: r for r in rows}
    if 1 in by and 2 in by:
        out["speedup_build_2_vs_1"] = round(by[1]["build_s"] / by[2]["build_s"], 2)
        total = lambda r: r["build_s"] + r["recluster_s"]  # noqa: E731
        out["speedup_build_and_recluster_2_vs_1"] = round(total(by[1]) / total(by[2]), 2)
    ref = by.get(1) or rows[-1]
    out["extrapolation"] = {"from_workers": ref["workers"], **extrapolate(ref)}
    return out


def print_table(res: dict[str, Any], echo: Callable[[str], None] = print) -> None:
    echo(f"{res['articles']} articles ({res['originals']} originals and perturbed copies), cold builds")
    cols = ["workers", "articles", "claims", "embedded", "startup_s", "build_s", "writer_s", "recluster_s",
            "articles_per_s", "identical_to_first"]
    echo("  ".join(f"{c:>18}" for c in cols))
    for r in res["runs"]:
        echo("  ".join(f"{str(r.get(c, '')):>18}" for c in cols))
        if r.get("differences"):
            echo(f"  differences: {r['differences']}")
    for k, v in res.items():
        if k.startswith("speedup"):
            echo(f"{k:40} {v}")
    for k, v in res["extrapolation"].items():
        echo(f"{'extrapolation.' + k:40} {v}")

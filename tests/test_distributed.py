"""Cluster builds (``--workers``/``--scheduler``): a real Dask ``LocalCluster`` of 2 worker
*processes* builds the index of the seeds + ``tests/corpora/*`` and must give the serial index and
the serial ``check`` results; a worker killed mid-build is replaced and the index is still the same.

The deterministic HashingEmbedder keeps these fast (no model load per worker); the real model on
workers is exercised by ``reconcile bench index``. Skipped without the ``cluster`` extra.
"""
from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.check import check
from reconcile.cli import cli
from reconcile.embed import load_embedder
from reconcile.index import build_index
from reconcile.render.check import to_dict

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [str(ROOT / "seeds"), *sorted(str(p) for p in (ROOT / "tests" / "corpora").iterdir() if p.is_dir())]
NEW = sorted((ROOT / "tests" / "cases" / "check").glob("*.txt"))

distributed_mod = pytest.importorskip("distributed")
from reconcile import distributed  # noqa: E402

pytestmark = [pytest.mark.cluster, pytest.mark.timeout(300)]   # a killed worker must not hang the run


@pytest.fixture(scope="module")
def client():
    with distributed.connect(workers=2) as c:
        c.wait_for_workers(2, timeout=120)
        yield c


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    d = tmp_path_factory.mktemp("serial")
    stats = build_index(CORPUS, d / "index", load_embedder("hashing", cache_dir=d / "cache"))
    assert stats.added == 18 and not stats.skipped
    return d / "index", stats


def spec(cache: Path) -> distributed.EmbedSpec:
    return distributed.EmbedSpec(model="hashing", cache_dir=str(cache))


def checks(index_dir: Path, model: str | None, cache: Path) -> list[dict]:
    """``check`` of every case in tests/cases/check against an index, as JSON (no timings)."""
    emb = load_embedder(model, cache_dir=cache)
    out = [to_dict(check([str(p)], str(index_dir), emb)) for p in NEW]
    for r in out:
        r["metadata"].pop("timings")
        assert r["metadata"].pop("index") == str(index_dir)
        r.get("report", {}).get("metadata", {}).pop("generated", None)
    return out


def test_two_worker_processes_not_threads(client):
    pids = client.run(os.getpid)
    assert len(pids) == 2 and len(set(pids.values())) == 2 and os.getpid() not in pids.values()


def test_cluster_build_is_the_serial_index_and_check_agrees(client, serial, tmp_path):
    serial, serial_stats = serial
    emb = load_embedder("hashing", cache_dir=tmp_path / "cache")
    seen: list[tuple[str, int, int]] = []
    stats = distributed.build_index(CORPUS, tmp_path / "index", emb, client, spec(tmp_path / "cache"),
                                    partition_size=2, progress=lambda *a: seen.append(a))
    assert (stats.added, stats.skipped) == (18, [])
    preparing = [done for stage, done, total in seen if stage == "preparing"]
    assert preparing == sorted(preparing) and preparing[0] == 0 and preparing[-1] == 18 and len(preparing) == 10
    assert ("indexing", 18, 18) in seen and ("clustering", 1, 1) in seen
    assert (stats.embedded_texts, stats.reused_embeddings) == (serial_stats.embedded_texts,
                                                             serial_stats.reused_embeddings)
    assert distributed.index_differences(serial, tmp_path / "index") == []
    # every claim and every comparable fact's context window is embedded (or reused) once
    assert len(distributed.index_snapshot(serial)["claims"]) < serial_stats.embedded_texts + serial_stats.reused_embeddings
    workers = sorted(p.name for p in (tmp_path / "cache" / "workers").iterdir())
    assert workers == ["0", "1"]                                    # one embedding cache per worker
    assert list(client.run(lambda: len(distributed._MODELS)).values()) == [1, 1]   # one model per worker
    keys = [k[1] for k in distributed.index_snapshot(serial)["embeddings"]]
    assert len(emb.cache.get_many(emb.fingerprint, keys)) == len(keys) == serial_stats.embedded_texts  # merged back
    assert checks(tmp_path / "index", "hashing", tmp_path / "c1") == checks(serial, "hashing", tmp_path / "c2")


@pytest.mark.slow
def test_real_model_cluster_build_and_check_match_serial(tmp_path):
    """The default model on each worker (one load per worker): clusters, conflicts and check verdicts,
    and vectors bitwise equal (the index's backend gives a text one vector whatever the batch)."""
    emb = load_embedder(None, cache_dir=tmp_path / "serial-cache")
    build_index(CORPUS, tmp_path / "serial", emb)
    theirs = checks(tmp_path / "serial", None, tmp_path / "serial-cache")
    with distributed.connect(workers=2) as c:
        emb2 = load_embedder(None, cache_dir=tmp_path / "cache")
        distributed.build_index(CORPUS, tmp_path / "index", emb2, c,
                                distributed.EmbedSpec(cache_dir=str(tmp_path / "cache")))
    snap = distributed.index_snapshot(tmp_path / "serial")
    assert snap["clusters"] and snap["conflicts"]
    assert distributed.index_differences(tmp_path / "serial", tmp_path / "index", atol=0.0) == []
    ours = checks(tmp_path / "index", None, tmp_path / "cache")
    assert ours == theirs
    assert {r["exit_code"] for r in ours} == {0, 1}


def test_cluster_build_resumes_and_skips_unchanged(client, serial, tmp_path):
    serial = serial[0]
    emb = load_embedder("hashing", cache_dir=tmp_path / "cache")
    distributed.build_index(CORPUS[:1], tmp_path / "index", emb, client, spec(tmp_path / "cache"))
    stats = distributed.build_index(CORPUS, tmp_path / "index", emb, client, spec(tmp_path / "cache"))
    assert (stats.added, stats.unchanged) == (13, 5)
    assert distributed.index_differences(serial, tmp_path / "index") == []


def test_cluster_report_is_the_serial_report(client, tmp_path):
    from reconcile.pipeline import run
    from reconcile.render.json import to_dict as report_dict

    emb = load_embedder("hashing", cache_dir=tmp_path / "cache")
    ours = report_dict(distributed.run_report(CORPUS, client, spec(tmp_path / "cache"), embedder=emb,
                                              partition_size=3))
    theirs = report_dict(run(CORPUS, embedder=load_embedder("hashing", cache_dir=tmp_path / "serial-cache")))
    for r in (ours, theirs):
        r["metadata"].pop("generated", None)
    assert ours == theirs


def test_cli_index_build_with_workers(tmp_path, serial):
    serial = serial[0]
    res = CliRunner().invoke(cli, ["index", "build", *CORPUS, "--index", str(tmp_path / "index"), "--model", "hashing",
                                   "--cache-dir", str(tmp_path / "cache"), "--workers", "2"])
    assert res.exit_code == 0, res.output
    assert "18 added" in res.output
    assert distributed.index_differences(serial, tmp_path / "index") == []


def test_missing_extra_is_a_one_line_exit_2(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    res = CliRunner().invoke(cli, ["index", "build", CORPUS[0], "--index", str(tmp_path / "i"), "--model", "hashing",
                                   "--cache-dir", str(tmp_path / "c"), "--workers", "2"])
    assert res.exit_code == 2
    assert res.output.strip().splitlines() == [
        "reconcile: error: --workers/--scheduler need dask.distributed, the cluster extra: "
        "pip install 'reconcile[cluster]'"]


@pytest.mark.parametrize("args, message", [
    (["--workers", "2", "--scheduler", "tcp://127.0.0.1:9"], "give exactly one of them"),
    (["--scheduler", "nonsense"], "cannot reach the Dask scheduler nonsense"),
    (["--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler tcp://127.0.0.1:9"),
])
def test_bad_cluster_options_are_a_one_line_exit_2(monkeypatch, tmp_path, args, message):
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", 2)
    res = CliRunner().invoke(cli, ["report", CORPUS[0], "--model", "hashing", "--cache-dir", str(tmp_path / "c"),
                                   "-q", *args])
    assert res.exit_code == 2
    lines = res.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reconcile: error: ") and message in lines[0]


def test_killed_worker_mid_build_still_gives_the_serial_index(client, serial, tmp_path):
    """Runs last in this file: it kills one of the module's two workers (its nanny restarts it)."""
    serial = serial[0]
    before = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_busy_worker(stage: str, done: int, total: int) -> None:
        if stage == "indexing" and done == 1 and not killed:
            busy = [w for w, keys in client.processing().items() if keys]
            assert busy, "no partition in flight to lose"
            killed.append(before[busy[0]])
            os.kill(killed[0], signal.SIGKILL)

    emb = load_embedder("hashing", cache_dir=tmp_path / "cache")
    stats = distributed.build_index(CORPUS, tmp_path / "index", emb, client, spec(tmp_path / "cache"),
                                    partition_size=1, progress=kill_a_busy_worker)
    assert len(killed) == 1 and killed[0] not in client.run(os.getpid).values()
    assert stats.added == 18
    assert distributed.index_differences(serial, tmp_path / "index") == []

"""``bench pipeline``: feeds built from the corpora, stage timing of the real pipeline, exponents."""
from __future__ import annotations

import math

import pytest

from reconcile.bench import pipeline as pb


def test_a_feed_cycles_the_corpora_with_distinct_ids() -> None:
    pool = pb.feed(len(pb._pool()))
    docs = pb.feed(len(pool) * 2 + 3)
    assert len(docs) == len(pool) * 2 + 3
    assert len({d.id for d in docs}) == len(docs)                     # distinct ids
    assert [d.text for d in docs[len(pool):2 * len(pool)]] == [d.text for d in pool]
    assert docs[len(pool)].id == pool[0].id + "~1" and docs[-1].id == pool[2].id + "~2"
    folders = {p.name for p in pb.corpus_paths()}
    assert {"seeds", "turkey-syria-quake", "wc2022-final", "nusantara-capital-law"} <= folders


def test_growth_exponent() -> None:
    assert pb.exponent(10.0, 40.0, 76, 304) == pytest.approx(1.0)
    assert pb.exponent(10.0, 80.0, 76, 152) == pytest.approx(3.0)
    assert math.isclose(pb.exponent(2.0, 2.0, 1, 1000), 0.0)


def test_every_stage_of_a_report_is_timed(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("RECONCILE_BENCH_MODEL", "hashing")
    res = pb._run_child("feed:3", str(tmp_path))
    assert res["documents"] == 3 and res["claims"] > 0
    assert set(res["stages_s"]) == set(pb.STAGES)
    assert all(v >= 0 for v in res["stages_s"].values()) and res["peak_mb"] > 0
    assert res["cache"]["misses"] > 0


def test_ratios_and_targets_from_measured_figures() -> None:
    result = {"seeds_cli_warm_s": 2.0, "engine_seeds_s": 2.5, "check_one_warm_s": 1.2,
              "feed_76": {"wall_s": 10.0}, "feed_304": {"wall_s": 50.0}, "feed_1000": {"wall_s": 200.0},
              "embed": {"ours": {"first_embedding_s": 1.0}, "engine": {"first_embedding_s": 0.5}, "ratio": 1.8}}
    r = pb._ratios(result, (76, 304, 1000))
    assert r["warm_seeds_over_engine"] == pytest.approx(0.8) and r["feed_304_over_76"] == pytest.approx(5.0)
    assert r["met"] == {"warm_seeds_over_engine": True, "feed_304_over_76": False, "feed_1000_s": True,
                        "first_embedding_over_engine": True, "check_one_warm_s": True,
                        "throughput_over_engine": True}

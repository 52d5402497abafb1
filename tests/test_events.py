"""The event stage: documents grouped into stories, and alignment kept within each story.

Unit tests build profiles by hand (vectors in a few dimensions) so each rule is visible: two
stories apart, a follow-up that recalls the event's day joins, an earlier similar event does not,
a round-up joins each story it reports. The pipeline test feeds two corpora together.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from reconcile.bench.events import corpus_report, pair_figures, spanning_clusters
from reconcile.events import EventConfig, Profile, events_of, group

D = dt.date
ROOT = Path(__file__).resolve().parents[1]


def _vec(*xs: float) -> np.ndarray:
    v = np.zeros(8, dtype=np.float32)
    v[:len(xs)] = xs
    v[7] = 1.0                                   # what every news text shares
    return v / np.linalg.norm(v)


def _p(doc_id, lang, vec, published=None, names=(), days=(), countries=()):
    return Profile(doc_id, lang, published, vec, frozenset(names), frozenset(countries), frozenset(days),
                   frozenset((d.year, d.month) for d in days), frozenset(), doc_id)


QUAKE = _vec(1, 0, 0)
TREATY = _vec(0, 1, 0)
FLOOD = _vec(0, 0, 1)


def _feed():
    return [
        _p("quake_en", "en", QUAKE, D(2023, 2, 6), {"place:gaziantep"}, {D(2023, 2, 6)}),
        _p("quake_fr", "fr", QUAKE, D(2023, 2, 7), {"place:gaziantep"}, {D(2023, 2, 6)}),
        _p("quake_ar", "ar", QUAKE, D(2023, 2, 7), {"place:gaziantep"}),
        # a follow-up a month later that names the day of the quake
        _p("quake_followup", "id", QUAKE, D(2023, 3, 20), {"place:gaziantep"}, {D(2023, 2, 6), D(2023, 3, 20)}),
        _p("treaty_en", "en", TREATY, D(2023, 2, 8), {"person:ambassador_x"}),
        _p("treaty_id", "id", TREATY, D(2023, 2, 9), {"person:ambassador_x"}),
        _p("treaty_fr", "fr", TREATY, D(2023, 2, 9), {"person:ambassador_x"}),
        # last year's flood in the same place: similar story, a year earlier, no day in common
        _p("flood_2022_en", "en", FLOOD, D(2022, 2, 1), {"place:gaziantep"}, {D(2022, 1, 30)}),
        _p("flood_2022_fr", "fr", FLOOD, D(2022, 2, 2), {"place:gaziantep"}, {D(2022, 1, 30)}),
        _p("flood_2023_en", "en", FLOOD, D(2023, 2, 2), {"place:gaziantep"}, {D(2023, 1, 31)}),
        _p("flood_2023_ar", "ar", FLOOD, D(2023, 2, 3), {"place:gaziantep"}, {D(2023, 1, 31)}),
    ]


def _ids(ps, groups):
    return sorted(tuple(sorted(ps[i].doc_id for i in g)) for g in groups)


def test_stories_follow_ups_and_earlier_similar_events():
    ps = _feed()
    got = _ids(ps, group(ps, EventConfig(neighbours=6)))
    assert got == [
        ("flood_2022_en", "flood_2022_fr"),
        ("flood_2023_ar", "flood_2023_en"),
        ("quake_ar", "quake_en", "quake_followup", "quake_fr"),
        ("treaty_en", "treaty_fr", "treaty_id"),
    ]


def test_a_round_up_joins_each_story_it_reports():
    ps = _feed()[:7] + [_p("roundup_ar", "ar", _vec(1, 1, 0), D(2023, 2, 9),
                           {"place:gaziantep", "person:ambassador_x"})]
    # raw cosines here (no centring): the round-up is 0.82 from each story, the stories 0.5 apart
    cfg = EventConfig(neighbours=6, centre=0.0, language_shrink=1e9, threshold=0.9, attach=0.8)
    got = _ids(ps, group(ps, cfg))
    assert got == [
        ("quake_ar", "quake_en", "quake_followup", "quake_fr", "roundup_ar"),
        ("roundup_ar", "treaty_en", "treaty_fr", "treaty_id"),
    ]
    # with a stricter attach it stays in one story only: the one whose person it shares
    strict = _ids(ps, group(ps, dataclasses.replace(cfg, attach=0.99)))
    assert strict == [("quake_ar", "quake_en", "quake_followup", "quake_fr"),
                      ("roundup_ar", "treaty_en", "treaty_fr", "treaty_id")]
    # and with no orphan rescue either, alone
    alone = _ids(ps, group(ps, dataclasses.replace(cfg, attach=0.99, orphan_threshold=1.0)))
    assert alone == [("quake_ar", "quake_en", "quake_followup", "quake_fr"), ("roundup_ar",),
                     ("treaty_en", "treaty_fr", "treaty_id")]


def test_one_story_stays_one_event():
    ps = [p for p in _feed() if p.doc_id.startswith("quake")]
    assert _ids(ps, group(ps)) == [("quake_ar", "quake_en", "quake_followup", "quake_fr")]


def test_grouping_is_deterministic_and_order_free():
    ps = _feed()
    a = _ids(ps, group(ps, EventConfig(neighbours=6)))
    rev = ps[::-1]
    assert _ids(rev, group(rev, EventConfig(neighbours=6))) == a


def test_events_of_picks_the_candidates_of_the_new_articles_story():
    ps = _feed()
    new = [dataclasses.replace(ps[0], doc_id="new_quake")]
    got = events_of(new, ps[1:], EventConfig(neighbours=6))
    assert got == {"new_quake": ("quake_fr", "quake_ar", "quake_followup")}


def test_pair_figures_with_overlapping_gold_sets():
    gold = {"a": frozenset({"Q1"}), "b": frozenset({"Q1", "Q2"}), "c": frozenset({"Q2"}), "d": frozenset({"Q3"})}
    res = pair_figures([["a", "b"], ["b", "c", "d"]], gold)
    # gold: a-b, b-c; predicted: a-b, b-c, b-d, c-d
    assert (res["gold_pairs"], res["predicted_pairs"], res["true_pairs"]) == (2, 4, 2)
    assert res["precision"] == 0.5 and res["recall"] == 1.0
    lang = {"a": "en", "b": "en", "c": "fr", "d": "fr"}
    cross = pair_figures([["a", "b"], ["b", "c", "d"]], gold, lang)
    assert (cross["gold_pairs"], cross["predicted_pairs"], cross["true_pairs"]) == (1, 2, 1)


def test_corpus_report_keeps_one_corpus_with_its_own_ids():
    data = {"documents": [{"id": "x__d1"}, {"id": "y__d2"}],
            "claims": [{"id": "c1", "doc": "x__d1"}, {"id": "c2", "doc": "y__d2"}, {"id": "c3", "doc": "x__d1"}],
            "clusters": [{"id": "k1", "claims": ["c1", "c3"]}, {"id": "k2", "claims": ["c2"]}],
            "findings": [{"id": "f1", "evidence": [{"doc": "x__d1"}]}, {"id": "f2", "evidence": [{"doc": "y__d2"}]}]}
    got = corpus_report(data, "x")
    assert [d["id"] for d in got["documents"]] == ["d1"]
    assert [c["doc"] for c in got["claims"]] == ["d1", "d1"]
    assert [k["id"] for k in got["clusters"]] == ["k1"]
    assert [f["id"] for f in got["findings"]] == ["f1"]


# --------------------------------------------------------------------------- pipeline


@pytest.fixture(scope="module")
def two_stories(tmp_path_factory):
    """The seeds and one own corpus in one folder, through the real pipeline."""
    from reconcile.pipeline import run

    feed = tmp_path_factory.mktemp("feed")
    gold = {}
    for name, folder in (("seeds", ROOT / "seeds"), ("wc2022", ROOT / "tests" / "corpora" / "wc2022-final")):
        for f in sorted(folder.glob("*.txt")):
            (feed / f"{name}__{f.stem}.txt").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
            gold[f"{name}__{f.stem}"] = frozenset([name])
    return run([str(feed)]), run([str(feed)], one_event=True), gold


def test_pipeline_groups_two_stories_and_never_aligns_across_them(two_stories):
    report, _, gold = two_stories
    assert sorted(tuple(e.documents) for e in report.events) == sorted(
        tuple(sorted(d for d in gold if gold[d] == frozenset([n]))) for n in ("seeds", "wc2022"))
    assert spanning_clusters(report, gold) == 0
    for f in report.findings:
        assert len({next(iter(gold[e.doc])) for e in f.evidence}) == 1, f.summary
    assert len({k.id for k in report.clusters}) == len(report.clusters)
    assert len({f.id for f in report.findings}) == len(report.findings)
    known = {k.id for k in report.clusters}
    assert all(f.cluster in known for f in report.findings if f.cluster)


def test_one_event_flag_skips_grouping(two_stories):
    _, one, gold = two_stories
    assert len(one.events) == 1 and set(one.events[0].documents) == set(gold)
    assert one.metadata["events"]["grouped"] is False


def test_events_in_json_follow_the_schema(two_stories):
    from reconcile.render.json import to_dict, validate

    data = to_dict(two_stories[0])
    validate(data)
    assert [e["id"] for e in data["events"]] == ["e1", "e2"]
    for e in data["events"]:
        assert set(e) == {"id", "label", "documents", "start", "end", "languages"}
        assert e["start"] <= e["end"]
    json.dumps(data)


def test_renderers_list_the_events_first(two_stories):
    import io

    from rich.console import Console

    from reconcile.render.html import to_html
    from reconcile.render.markdown import to_markdown
    from reconcile.render.terminal import render_terminal

    report = two_stories[0]
    labels = [e.label for e in report.events]
    assert len(labels) == 2
    md = to_markdown(report)
    assert all(0 <= md.index(f"- event {label}") < md.index("## Conflicts") for label in labels)
    page = to_html(report)
    assert '<ul id="events">' in page and page.index('id="events"') < page.index('id="conflicts"')
    buf = io.StringIO()
    render_terminal(report, Console(file=buf, width=120, no_color=True))
    head = buf.getvalue().split("conflict")[0]
    assert all(f"event {label}" in head for label in labels)
    # a one-event report shows no events list
    assert "- event " not in to_markdown(two_stories[1])


def test_itn_dedup_round_ups_are_counted_with_each_of_their_events():
    from reconcile.bench.events import ITN_DEDUP, itn_feed

    if not ITN_DEDUP.is_file():
        pytest.skip("ITN corpus not present in ../shared")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        gold = itn_feed(Path(tmp) / "itn.jsonl")
    assert len(gold) == 527 and max(len(q) for q in gold.values()) > 1
    langs = {d: d.rsplit("_", 1)[1] for d in gold}
    cross = sum(1 for a, b in itertools.combinations(sorted(gold), 2) if langs[a] != langs[b] and gold[a] & gold[b])
    assert cross == 1605                         # the figure SOURCE.md states


def test_cli_one_event_flag(tmp_path):
    from click.testing import CliRunner

    from reconcile.cli import cli

    out = tmp_path / "r.json"
    res = CliRunner().invoke(cli, ["report", str(ROOT / "seeds"), "--one-event", "--format", "json",
                                   "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["events"]) == 1 and len(data["events"][0]["documents"]) == 5
    assert data["metadata"]["events"]["grouped"] is False


def test_bench_mixed_on_two_corpora(tmp_path):
    from reconcile.bench.events import FIGURES, SHARED, mixed

    if not (SHARED / "eval" / "seeds.gold.yaml").is_file():
        pytest.skip("../shared/eval not present")
    res = mixed(tmp_path, names=["seeds", "wc2022-final"])
    assert (res["documents"], res["events"]) == (9, 2)
    assert (res["precision"], res["recall"]) == (1.0, 1.0)
    assert res["clusters_spanning_events"] == 0 and res["findings_spanning_events"] == 0
    assert sorted(res["corpora"]) == ["seeds", "wc2022-final"]
    for row in res["corpora"].values():
        assert set(row["feed"]) == set(FIGURES) and row["max_delta"] == 0.0

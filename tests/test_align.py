"""Alignment logic with hand-made embeddings (no model): margins, mutual best, fact bonus, vetoes."""
from __future__ import annotations

import datetime as dt

import numpy as np

from reconcile.align import AlignConfig, align, claim_dates, neighbours, score_pairs
from reconcile.types import Anchor, Claim, DateValue, EntityRef, Fact


def _unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def _claim(cid, doc, text="x", facts=()):
    return Claim(id=cid, doc_id=doc, start=0, end=len(text), text=text, language="en", facts=tuple(facts))


def _date(value):
    date = DateValue(value)
    return Fact("date", 0, 1, "x", date, "test", {"granularity": date.granularity})


def _topic_embeddings(topics, noise=0.05, dim=32, seed=0):
    """One random direction per topic; each claim = its topic + small noise."""
    rng = np.random.default_rng(seed)
    base = {t: rng.normal(size=dim) for t in set(topics)}
    return np.stack([_unit(base[t] / np.linalg.norm(base[t]) + noise * rng.normal(size=dim)) for t in topics])


def test_same_topic_claims_cluster_across_documents_and_others_do_not():
    claims = [_claim("a1", "A"), _claim("a2", "A"), _claim("b1", "B"), _claim("b2", "B"), _claim("c1", "C")]
    emb = _topic_embeddings(["x", "y", "x", "y", "x"])
    clusters = align(claims, emb, {}, AlignConfig(min_cosine=0.5, max_per_document=1))
    groups = sorted(sorted(k.claim_ids) for k in clusters)
    assert ["a1", "b1", "c1"] in groups
    assert ["a2", "b2"] in groups
    assert len(groups) == 2                  # subsets of a larger cluster are dropped
    for k in clusters:   # every cluster spans >= 2 documents
        assert len({c[0] for c in k.claim_ids}) >= 2


def test_a_claim_may_report_two_facts_and_join_two_clusters():
    # b1 ("arrived Tuesday to sign on Wednesday") matches both a1 (arrival) and c1 (signing),
    # which are not similar enough to each other to share one cluster.
    rng = np.random.default_rng(7)
    x, y = _unit(rng.normal(size=32)), _unit(rng.normal(size=32))
    emb = np.stack([_unit(x + 0.05 * rng.normal(size=32)), _unit(x + y), _unit(y + 0.05 * rng.normal(size=32))])
    claims = [_claim("a1", "A"), _claim("b1", "B"), _claim("c1", "C")]
    clusters = align(claims, emb, {}, AlignConfig(min_cosine=0.5, threshold=0.6, member_cosine=0.5,
                                                  strong_threshold=2))
    groups = sorted(sorted(k.claim_ids) for k in clusters)
    assert ["a1", "b1"] in groups and ["b1", "c1"] in groups
    assert ["a1", "b1", "c1"] not in groups


def test_a_mutual_best_pair_is_kept_when_each_side_has_a_better_incompatible_match():
    # a1 and b1 are each other's only match across A and B (cos .91), but a1's group takes c1 and
    # b1's group takes c2 first, and neither c is compatible with the other's pivot (cos .73).
    def at(deg):
        r = np.deg2rad(deg)
        return np.array([np.cos(r), np.sin(r)], dtype=np.float32)
    emb = np.stack([at(0), at(25), at(-18), at(43)])
    claims = [_claim("a1", "A"), _claim("b1", "B"), _claim("c1", "C"), _claim("c2", "C")]
    cfg = AlignConfig(min_cosine=0.5, threshold=0.85, strong_threshold=2, member_cosine=0.8, max_per_document=1)

    def groups(c):
        return sorted(sorted(k.claim_ids) for k in align(claims, emb, {}, c))
    without = groups(AlignConfig(**{**cfg.__dict__, "mutual_best": False}))
    assert not any({"a1", "b1"} <= set(g) for g in without)
    assert ["a1", "b1"] in groups(cfg)
    assert ["a1", "c1"] in groups(cfg) and ["b1", "c2"] in groups(cfg)


def _place(text, country):
    return Fact("entity", 0, 1, text, EntityRef("place:" + text.lower()), "test", {"kind": "place", "country": country})


def test_documents_naming_no_entity_or_country_in_common_report_different_events():
    # Same words, same embedding: "a crowd crush kills 150" in Seoul and in Morbi.
    emb = _topic_embeddings(["x", "x", "x"])
    seoul = _claim("a1", "A", "A crowd crush in Seoul kills 150.", [_place("Seoul", "KR")])
    korea = _claim("b1", "B", "A crowd crush in South Korea kills 150.", [_place("South Korea", "KR")])
    morbi = _claim("c1", "C", "A bridge collapse in India kills 135.", [_place("India", "IN")])
    groups = sorted(sorted(k.claim_ids) for k in align([seoul, korea, morbi], emb, {}, AlignConfig(min_cosine=0.5)))
    assert groups == [["a1", "b1"]]
    off = AlignConfig(min_cosine=0.5, disjoint_documents=False)
    assert sorted(sorted(k.claim_ids) for k in align([seoul, korea, morbi], emb, {}, off)) == [["a1", "b1", "c1"]]


def test_disjointness_is_judged_per_document_and_never_on_documents_that_name_nothing():
    emb = _topic_embeddings(["x", "y", "x", "y", "x"])
    claims = [_claim("a1", "A", facts=[_place("Rabat", "MA")]), _claim("a2", "A", facts=[_place("Israel", "IL")]),
              _claim("b1", "B", facts=[_place("Tel Aviv", "IL")]), _claim("b2", "B"),
              _claim("c1", "C")]
    groups = sorted(sorted(k.claim_ids) for k in align(claims, emb, {}, AlignConfig(min_cosine=0.5, max_per_document=1)))
    # a1 (Rabat) and b1 (Tel Aviv) name different countries, but their documents share Israel.
    assert ["a1", "b1", "c1"] in groups and ["a2", "b2"] in groups


def test_a_follow_up_sentence_that_recalls_the_past_may_align_with_the_event():
    # B is published a year after the event; it names the event's day in one sentence. Its
    # undated sentence in the pluperfect may be about that day; its present-tense one may not.
    emb = _topic_embeddings(["m", "m", "x", "m2", "m2"])
    event_day = _date("2023-09-08")
    a1 = _claim("a1", "A", "The king declared three days of mourning.")
    b1 = _claim("b1", "B", "The king had declared three days of mourning.")
    b2 = _claim("b2", "B", "A year ago, on 8 September 2023, the quake struck.", [event_day])
    a2 = _claim("a2", "A", "Families live in tents.")
    b3 = _claim("b3", "B", "Families live in tents.")
    anchors = {"A": Anchor(dt.date(2023, 9, 10), "front_matter"), "B": Anchor(dt.date(2024, 9, 8), "front_matter")}
    groups = sorted(sorted(k.claim_ids) for k in align([a1, b1, b2, a2, b3], emb, anchors, AlignConfig(min_cosine=0.5)))
    assert ["a1", "b1"] in groups
    assert not any({"a2", "b3"} <= set(g) for g in groups)


def test_claims_of_one_document_are_never_aligned_alone():
    claims = [_claim("a1", "A"), _claim("a2", "A")]
    emb = _topic_embeddings(["x", "x"])
    assert align(claims, emb, {}) == []


def test_dates_far_apart_veto_alignment_even_when_text_is_identical():
    claims = [_claim("a1", "A", facts=[_date("2021-11-24")]), _claim("b1", "B", facts=[_date("2023-01-18")]),
              _claim("c1", "C", facts=[_date("2021-11")])]
    emb = _topic_embeddings(["x", "x", "x"], noise=0.01)
    # three near-identical claims: margins are ~1, so judge by the veto alone
    clusters = align(claims, emb, {}, AlignConfig(min_cosine=0.5, threshold=0.9))
    together = {frozenset(k.claim_ids) for k in clusters}
    assert not any({"a1", "b1"} <= g for g in together)
    assert any({"a1", "c1"} <= g for g in together)     # month granularity is compatible


def test_undated_claims_of_documents_published_far_apart_are_not_aligned():
    anchors = {"A": Anchor(dt.date(2022, 10, 20), "front_matter"), "B": Anchor(dt.date(2023, 2, 6), "front_matter"),
               "C": Anchor(dt.date(2022, 10, 21), "front_matter")}
    claims = [_claim("a1", "A"), _claim("b1", "B"), _claim("c1", "C")]
    emb = _topic_embeddings(["x", "x", "x"], noise=0.01)
    clusters = align(claims, emb, anchors, AlignConfig(min_cosine=0.5, threshold=0.9))
    together = {frozenset(k.claim_ids) for k in clusters}
    assert any({"a1", "c1"} <= g for g in together)
    assert not any("b1" in g for g in together)


def test_shared_entity_breaks_a_tie_between_two_candidates():
    ent = Fact("entity", 0, 1, "X", EntityRef("person:x"), "test")
    claims = [_claim("a1", "A", facts=[ent]), _claim("b1", "B", facts=[ent]), _claim("b2", "B")]
    rng = np.random.default_rng(3)
    base = _unit(rng.normal(size=16))
    emb = np.stack([base, _unit(base + 0.30 * _unit(rng.normal(size=16))),
                    _unit(base + 0.29 * _unit(rng.normal(size=16)))])
    cfg = AlignConfig(min_cosine=0.5, threshold=0.9, strong_threshold=5, max_rank=1, max_per_document=1,
                      entity_bonus=0.05)
    scores, _ = score_pairs(claims, emb, {}, cfg)
    assert float(emb[0] @ emb[1]) < float(emb[0] @ emb[2])      # b2 is closer by cosine...
    assert scores[(0, 1)] > scores[(0, 2)]                         # ...but b1 shares the entity
    groups = [sorted(k.claim_ids) for k in align(claims, emb, {}, cfg)]
    assert ["a1", "b1"] in groups and ["a1", "b1", "b2"] not in groups


def test_neighbours_exclude_the_same_document():
    emb = _topic_embeddings(["x", "x", "y"])
    idx, sim = neighbours(emb, np.array([0, 0, 1]), 1)
    assert idx[0][0] == 2 and idx[1][0] == 2
    assert sim.shape == (3, 1)


def test_claim_dates_cover_granularity():
    c = _claim("a", "A", facts=[_date("2021-11"), _date("2020")])
    assert claim_dates(c) == [(dt.date(2021, 11, 1), dt.date(2021, 11, 30)), (dt.date(2020, 1, 1), dt.date(2020, 12, 31))]

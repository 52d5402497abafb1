"""The ITN pair scoring: precision/recall by qid, and false pairs across identical twins counted apart."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from reconcile.bench.itn import pair_scores
from reconcile.types import Claim, Cluster, Document


def _doc(i, lang, text, day=1):
    return Document(id=i, path=i, text=text, language=lang, published=dt.date(2022, 10, day))


def _report(docs, groups):
    claims = [Claim(id=f"c_{d.id}", doc_id=d.id, start=0, end=len(d.text), text=d.text, language=d.language)
              for d in docs]
    clusters = [Cluster(f"k{n}", tuple(f"c_{x}" for x in g)) for n, g in enumerate(groups)]
    return SimpleNamespace(documents=docs, claims=claims, clusters=clusters)


def test_pairs_are_scored_by_qid_across_languages_and_twins_are_counted_apart():
    docs = [_doc("en1", "en", "Nobel prizes announced"), _doc("fr1", "fr", "Prix Nobel de chimie"),
            _doc("ar1", "ar", "جوائز نوبل"), _doc("ar2", "ar", "جوائز نوبل"),       # ar2: twin of ar1
            _doc("id1", "id", "Gempa di Cianjur")]
    qid = {"en1": "Q1", "fr1": "Q1", "ar1": "Q1", "ar2": "Q2", "id1": "Q3"}
    res = pair_scores(_report(docs, [["en1", "fr1", "ar1", "ar2"], ["id1", "en1"]]), qid)
    # gold: en1-fr1, en1-ar1, fr1-ar1 (ar1-ar2 is one language)
    assert res["gold_pairs"] == 3 and res["true_pairs"] == 3 and res["recall"] == 1.0
    # predicted across languages: the 3 gold + en1-ar2, fr1-ar2 (twins of a Q1 blurb) + en1-id1
    assert res["predicted_pairs"] == 6 and res["precision"] == 0.5
    assert res["false_pairs_across_twins"] == 2
    assert res["precision_without_twin_pairs"] == 0.75
    # the twin-aware oracle puts ar1+ar2 with Q1 (tie broken by qid order): 5 pairs, 3 true
    assert res["twin_oracle_precision"] == 0.6 and res["twin_oracle_recall"] == 1.0

"""The gold corpora of tests/corpora (other real events, written for evaluation): every quote is in
its document, and the pipeline's figures do not fall below those measured when they were added.

The floors are regression guards, not targets: see README "Measured figures" for the numbers and
tests/corpora/README.md for what was planted in each corpus.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from reconcile.evaluate import load_texts, locate, score

CORPORA = Path(__file__).resolve().parent / "corpora"
NAMES = sorted(p.name for p in CORPORA.iterdir() if (p / "gold.yaml").exists())

# name -> {figure: floor}; measured 2026-11-23 with the embedded default model.
FLOORS = {
    "turkey-syria-quake": {"alignment_recall": 0.85, "conflict_recall": 0.75, "finding_recall": 0.9,
                           "negatives_violated_max": 0},
    "wc2022-final": {"alignment_recall": 0.7, "conflict_recall": 0.75, "finding_recall": 0.85,
                     "negatives_violated_max": 1},
    "nusantara-capital-law": {"alignment_recall": 0.9, "conflict_recall": 0.66, "finding_recall": 0.85,
                              "negatives_violated_max": 0},
}


def _gold(name):
    return yaml.safe_load((CORPORA / name / "gold.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_every_gold_quote_is_in_its_document(name):
    gold = _gold(name)
    texts = load_texts(CORPORA / name, gold["documents"])
    refs = [m for g in gold["groups"] for m in g["members"]] + [r for pair in gold["negatives"] for r in pair]
    for f in gold["findings"]:
        refs += [r for s in f.get("sides", []) for r in s["evidence"]] + f.get("evidence", [])
    assert refs
    for r in refs:
        assert locate(texts, r).spans


def test_every_corpus_has_floors():
    assert sorted(FLOORS) == NAMES


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_pipeline_figures_on_corpus(name):
    from reconcile.pipeline import run
    from reconcile.render.json import to_dict

    gold = _gold(name)
    report = run([str(CORPORA / name)])
    assert len(report.events) == 1                 # one story in, one event out (#12)
    res = score(gold, json.loads(json.dumps(to_dict(report))), load_texts(CORPORA / name, gold["documents"]))
    floors = FLOORS[name]
    assert res["negatives_violated"] <= floors["negatives_violated_max"], res
    for key in ("alignment_recall", "conflict_recall", "finding_recall"):
        assert res[key] >= floors[key] - 1e-9, (key, res)

"""Our evaluator gives the reference scorer's figures (shared/eval/score.py) on the same report."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from reconcile.evaluate import check_bounds, score

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
GOLD = SHARED / "seeds.gold.yaml"


def _reference():
    spec = importlib.util.spec_from_file_location("ref_score", SHARED / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _texts(gold):
    return {d: (ROOT / "seeds" / f"{d}.txt").read_text(encoding="utf-8") for d in gold["documents"]}


def _span(texts, doc, quote):
    i = texts[doc].index(quote)
    return i, i + len(quote)


def _synthetic_report(gold, texts):
    """Claims at some gold quotes, one right and one wrong cluster, a true and a false conflict."""
    claims, clusters, findings = [], [], []
    for g in gold["groups"][:3]:
        ids = []
        for m in g["members"][:2]:
            s, e = _span(texts, m["doc"], m["quote"])
            cid = f"c{len(claims)}"
            claims.append({"id": cid, "doc": m["doc"], "start": s, "end": e, "text": m["quote"], "language": "x", "facts": []})
            ids.append(cid)
        clusters.append({"id": f"k{len(clusters)}", "claims": ids})
    neg = gold["negatives"][0]
    ids = []
    for m in neg:
        s, e = _span(texts, m["doc"], m["quote"])
        cid = f"c{len(claims)}"
        claims.append({"id": cid, "doc": m["doc"], "start": s, "end": e, "text": m["quote"], "language": "x", "facts": []})
        ids.append(cid)
    clusters.append({"id": "kneg", "claims": ids})
    conflict = next(f for f in gold["findings"] if f["kind"] == "conflict" and not f.get("optional"))
    ev = []
    for side in conflict["sides"]:
        r = side["evidence"][0]
        s, e = _span(texts, r["doc"], r["quote"])
        ev.append({"doc": r["doc"], "claim": "c0", "start": s, "end": e, "text": r["quote"], "value": side["value"]})
    findings.append({"id": "f1", "kind": "conflict", "slot": "date", "severity": "high", "summary": "s", "evidence": ev})
    bad = [dict(ev[0]), dict(ev[0], value="other")]
    findings.append({"id": "f2", "kind": "conflict", "slot": "date", "severity": "high", "summary": "false", "evidence": bad})
    return {"schema": "reconcile.report/v1", "documents": [], "claims": claims, "clusters": clusters, "findings": findings}


@pytest.mark.skipif(not GOLD.exists(), reason="shared/eval not beside the checkout")
def test_same_figures_as_reference_scorer():
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    texts = _texts(gold)
    report = _synthetic_report(gold, texts)
    ours = score(gold, report, texts)
    ref = _reference().score(gold, json.loads(json.dumps(report)), texts)
    assert ours == ref
    assert 0 < ours["alignment_recall"] < 1
    assert ours["negatives_violated"] == 1
    assert ours["conflict_precision"] == 0.5


def test_bounds():
    res = {"alignment_recall": 0.8, "negatives_violated": 1}
    assert check_bounds(res, ["alignment_recall>=0.8"]) == []
    assert check_bounds(res, ["negatives_violated<=0"]) == ["negatives_violated=1.000 (want <=0)"]

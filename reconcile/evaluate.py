"""Score a JSON report against a gold file, with the matching rules of ``shared/eval/README.md``.

Own code (the figures are part of the project's checks), same semantics as the reference scorer:
a claim or evidence item *covers* a gold quote when their character spans overlap; a gold pair
is aligned when claims covering its two quotes share a cluster; a predicted conflict matches when
one item covers a quote of one side and another item with a different value covers a quote of
another side; agreements/variants need evidence covering quotes in two documents.
"""
from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import yaml

from .errors import InputError

KINDS = ("conflict", "agreement", "variant", "single_source")


@dataclass(frozen=True)
class Quote:
    doc: str
    spans: tuple[tuple[int, int], ...]


def load_texts(docs_dir: str | Path, ids: Sequence[str]) -> dict[str, str]:
    texts = {}
    for doc_id in ids:
        for ext in (".txt", ".md", ".html", ""):
            p = Path(docs_dir) / f"{doc_id}{ext}"
            if p.is_file():
                texts[doc_id] = p.read_text(encoding="utf-8")
                break
        else:
            raise InputError(str(docs_dir), f"no document {doc_id}")
    return texts


def locate(texts: Mapping[str, str], ref: Mapping[str, Any]) -> Quote:
    text, quote = texts[ref["doc"]], ref["quote"]
    spans, i = [], text.find(quote)
    while i >= 0:
        spans.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    if not spans:
        raise InputError(ref["doc"], f"gold quote not found: {quote!r}")
    return Quote(ref["doc"], tuple(spans))


def covers(q: Quote, item: Mapping[str, Any]) -> bool:
    if item.get("doc") != q.doc:
        return False
    try:
        s, e = int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        return False
    return any(s < b and a < e for a, b in q.spans)


def _vkey(item: Mapping[str, Any]) -> str:
    return json.dumps(item.get("value"), sort_keys=True, ensure_ascii=False)


def finding_matches(texts: Mapping[str, str], gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    if pred.get("kind") != gold["kind"]:
        return False
    ev = pred.get("evidence") or []
    if gold["kind"] == "conflict":
        sides = [[locate(texts, r) for r in s["evidence"]] for s in gold["sides"]]
        for a, b in itertools.permutations(range(len(sides)), 2):
            for ea in ev:
                if not any(covers(q, ea) for q in sides[a]):
                    continue
                if any(eb is not ea and _vkey(eb) != _vkey(ea) and any(covers(q, eb) for q in sides[b])
                       for eb in ev):
                    return True
        return False
    quotes = [locate(texts, r) for r in gold["evidence"]]
    docs = {q.doc for q in quotes if any(covers(q, e) for e in ev)}
    return len(docs) >= (1 if gold["kind"] == "single_source" else 2)


def score(gold: Mapping[str, Any], report: Mapping[str, Any], texts: Mapping[str, str]) -> dict[str, Any]:
    """The figures of ``shared/eval/README.md`` for one report."""
    clusters_of: dict[str, set] = {}
    for k in report.get("clusters", []):
        for cid in k.get("claims", []):
            clusters_of.setdefault(cid, set()).add(k["id"])

    def claims_at(q: Quote) -> set:
        return {c["id"] for c in report.get("claims", []) if covers(q, c)}

    def aligned(r1, r2) -> bool:
        c1, c2 = claims_at(locate(texts, r1)), claims_at(locate(texts, r2))
        return any(clusters_of.get(a, set()) & clusters_of.get(b, set()) for a in c1 for b in c2)

    pairs = [(a, b) for g in gold.get("groups", []) for a, b in itertools.combinations(g["members"], 2)
             if a["doc"] != b["doc"]]
    hits = [aligned(a, b) for a, b in pairs]
    neg = [aligned(a, b) for a, b in gold.get("negatives", [])]
    preds = report.get("findings", [])
    res: dict[str, Any] = {
        "alignment_pairs": len(pairs), "alignment_recall": sum(hits) / len(pairs) if pairs else 1.0,
        "negatives": len(neg), "negatives_violated": sum(neg), "missed": [], "false_conflicts": []}
    golds = gold.get("findings", [])
    for kind in KINDS:
        req = [g for g in golds if g["kind"] == kind and not g.get("optional")]
        found = [g for g in req if any(finding_matches(texts, g, p) for p in preds)]
        res[f"{kind}_required"] = len(req)
        res[f"{kind}_recall"] = len(found) / len(req) if req else 1.0
        res["missed"] += [g["id"] for g in req if g not in found]
    gold_conf = [g for g in golds if g["kind"] == "conflict"]
    pred_conf = [p for p in preds if p.get("kind") == "conflict"]
    true_conf = [p for p in pred_conf if any(finding_matches(texts, g, p) for g in gold_conf)]
    res["conflicts_predicted"] = len(pred_conf)
    res["conflict_precision"] = len(true_conf) / len(pred_conf) if pred_conf else 1.0
    res["false_conflicts"] = [p.get("summary") or p.get("id") for p in pred_conf if p not in true_conf]
    req_all = [g for g in golds if not g.get("optional")]
    got = [g for g in req_all if any(finding_matches(texts, g, p) for p in preds)]
    res["finding_recall"] = len(got) / len(req_all) if req_all else 1.0
    return res


def check_bounds(res: Mapping[str, Any], requires: Sequence[str]) -> list[str]:
    """Failed ``KEY>=VALUE`` / ``KEY<=VALUE`` bounds, as messages."""
    failed = []
    for req in requires:
        op = ">=" if ">=" in req else "<="
        key, _, bound = req.partition(op)
        key = key.strip()
        if key not in res or not bound:
            raise InputError("--require", f"bad bound {req!r}")
        val = float(res[key])
        ok = val >= float(bound) if op == ">=" else val <= float(bound)
        if not ok:
            failed.append(f"{key}={val:.3f} (want {op}{bound})")
    return failed


def evaluate_files(gold_path: str, report_path: str, docs_dir: str) -> dict[str, Any]:
    try:
        gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(gold_path, f"unreadable gold file: {exc}".splitlines()[0]) from None
    try:
        report = json.loads(Path(report_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(report_path, f"unreadable report: {exc}".splitlines()[0]) from None
    if report.get("schema") != "reconcile.report/v1":
        raise InputError(report_path, f"report schema is {report.get('schema')!r}, expected 'reconcile.report/v1'")
    return score(gold, report, load_texts(docs_dir, gold["documents"]))

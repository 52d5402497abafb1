"""The JSON report (schema ``reconcile.report/v1``), the contract read by CI and the scorer."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from importlib import resources
from typing import Any, Mapping

from ..types import FACT_VALUE_TYPES, Anchor, Claim, Cluster, Document, Event, Evidence, Fact, Finding, Report

SCHEMA_ID = "reconcile.report/v1"


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types: dates as ISO strings, mappings with string keys, sequences
    and sets as lists, fact values as their v1 JSON, other dataclasses as dicts, numpy scalars as
    Python numbers."""
    if isinstance(value, FACT_VALUE_TYPES):
        return jsonable(value.to_json())
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if dataclasses.is_dataclass(value):
        return jsonable(dataclasses.asdict(value))
    if hasattr(value, "item"):          # numpy scalars
        return value.item()
    return value


def _fact(f: Fact) -> dict:
    return {"type": f.type, "start": f.start, "end": f.end, "text": f.text, "value": jsonable(f.value),
            "rule": f.rule, "frame": f.attrs.get("frame"), "attrs": jsonable(dict(f.attrs))}


def _claim(c: Claim) -> dict:
    return {"id": c.id, "doc": c.doc_id, "start": c.start, "end": c.end, "text": c.text,
            "language": c.language, "headline": c.is_headline, "facts": [_fact(f) for f in c.facts]}


def _doc(d: Document, anchor: Anchor | None) -> dict:
    out = {"id": d.id, "path": d.path, "language": d.language, "title": d.title, "source": d.source,
           "url": d.url, "published": d.published.isoformat() if d.published else None}
    if anchor is not None:
        out["anchor"] = jsonable(dataclasses.asdict(anchor))
    return out


def _cluster(k: Cluster) -> dict:
    return {"id": k.id, "claims": list(k.claim_ids), "similarity": round(float(k.similarity), 4),
            "pair_scores": {p: round(float(s), 4) for p, s in k.pair_scores.items()}}


def _evidence(e: Evidence) -> dict:
    return {"doc": e.doc, "claim": e.claim, "start": e.start, "end": e.end, "text": e.text,
            "value": jsonable(e.value), "language": e.language}


def _finding(f: Finding) -> dict:
    return {"id": f.id, "kind": f.kind, "slot": f.slot, "frame": f.frame, "severity": f.severity, "summary": f.summary,
            "cluster": f.cluster, "evidence": [_evidence(e) for e in f.evidence],
            "explanation": list(f.explanation)}


def _event(e: Event) -> dict:
    return {"id": e.id, "label": e.label, "documents": list(e.documents),
            "start": e.start.isoformat() if e.start else None, "end": e.end.isoformat() if e.end else None,
            "languages": list(e.languages)}


def to_dict(report: Report) -> dict:
    """The report as plain JSON data, following ``reconcile/schema/report.v1.json``."""
    return {
        "schema": SCHEMA_ID,
        "metadata": jsonable(dict(report.metadata)),
        "documents": [_doc(d, report.anchors.get(d.id)) for d in report.documents],
        "events": [_event(e) for e in report.events],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "claims": [_claim(c) for c in report.claims],
        "clusters": [_cluster(k) for k in report.clusters],
        "findings": [_finding(f) for f in report.findings],
        "consistency": jsonable(dict(report.consistency)),
    }


def to_json(report: Report, indent: int | None = 2) -> str:
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent)


def load_schema() -> dict:
    return json.loads(resources.files("reconcile.schema").joinpath("report.v1.json").read_text("utf-8"))


def validate(data: dict) -> None:
    """Raise ``jsonschema.ValidationError`` when ``data`` does not follow the v1 schema."""
    import jsonschema

    jsonschema.validate(data, load_schema())

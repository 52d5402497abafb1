"""Flat tables of a report for spreadsheets and notebooks (CSV always, parquet if possible).

``<stem>.findings.csv`` is in *long* form: one row per evidence item, with the finding's
columns repeated (``finding``, ``kind``, ``slot``, ``severity``, ``summary``, ``cluster``), then
``evidence`` (0-based index within the finding), ``side`` (1-based; items with equal values
share a side, as in the scorer), ``doc``, ``claim``, ``language``, ``start``, ``end``, ``text``,
``value`` (JSON) and ``value_display``. A finding without evidence still gets one row (evidence
columns empty). Long form was chosen over JSON-in-a-cell so a spreadsheet filter on ``doc`` or
``language`` works directly; group by ``finding`` to get one row per finding.

``<stem>.claims.csv``: one row per claim: ``id``, ``doc``, ``language``, ``start``, ``end``,
``is_headline``, ``clusters`` (space-separated ids), ``text``, ``facts`` (JSON list of
``{type, start, end, text, value, rule}``). Files are UTF-8 with a header row.

Article text is untrusted: in the CSV files every text cell has its control characters made
visible and a cell starting with ``= + - @``, tab or CR gets a leading ``'`` so no spreadsheet
runs it as a formula (``render/sanitize.py``); the JSON columns (``value``, ``facts``) only get
the former. Both files are written atomically, together.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from ..types import Report
from .json import jsonable
from ._common import evidence_language, format_value, index_claims, index_docs, \
    sorted_findings, value_key
from .sanitize import csv_cell, visible_controls

FINDING_COLUMNS = ["finding", "kind", "slot", "severity", "summary", "cluster", "evidence",
                   "side", "doc", "claim", "language", "start", "end", "text", "value",
                   "value_display"]
CLAIM_COLUMNS = ["id", "doc", "language", "start", "end", "is_headline", "clusters", "text",
                 "facts"]
_SUFFIXES = (".csv", ".parquet", ".findings", ".claims")
_JSON_COLUMNS = frozenset({"value", "facts"})


def _json(value: Any) -> str:
    return json.dumps(jsonable(value), ensure_ascii=False, sort_keys=True, default=str)


def findings_frame(report: Report) -> pd.DataFrame:
    """One row per evidence item of every finding (see module doc)."""
    claims, docs = index_claims(report), index_docs(report)
    rows: list[dict[str, Any]] = []
    for f in sorted_findings(report):
        base = {"finding": f.id, "kind": f.kind, "slot": f.slot, "severity": f.severity,
                "summary": f.summary, "cluster": f.cluster}
        side_of: dict[str, int] = {}
        for i, ev in enumerate(f.evidence):
            side = side_of.setdefault(value_key(ev.value), len(side_of) + 1)
            rows.append({**base, "evidence": i, "side": side, "doc": ev.doc, "claim": ev.claim,
                         "language": evidence_language(ev, claims, docs), "start": ev.start,
                         "end": ev.end, "text": ev.text, "value": _json(ev.value),
                         "value_display": format_value(ev.value)})
        if not f.evidence:
            rows.append(dict(base))
    df = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    for col in ("evidence", "side", "start", "end"):
        df[col] = df[col].astype("Int64")
    return df


def claims_frame(report: Report) -> pd.DataFrame:
    """One row per claim, facts as a JSON list."""
    member: dict[str, list[str]] = {}
    for k in report.clusters:
        for cid in k.claim_ids:
            member.setdefault(cid, []).append(k.id)
    rows = [{"id": c.id, "doc": c.doc_id, "language": c.language, "start": c.start,
             "end": c.end, "is_headline": c.is_headline, "clusters": " ".join(member.get(c.id, [])),
             "text": c.text,
             "facts": _json([{"type": f.type, "start": f.start, "end": f.end, "text": f.text,
                              "value": f.value, "rule": f.rule} for f in c.facts])}
            for c in report.claims]
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def _stem(path: str | Path) -> Path:
    """``out/report.csv`` and ``out/report`` both give ``out/report``."""
    p = Path(path)
    while p.suffix in _SUFFIXES:
        p = p.with_suffix("")
    return p


def to_csv(report: Report, path: str | Path) -> list[Path]:
    """Write ``<stem>.findings.csv`` and ``<stem>.claims.csv``; return their paths."""
    from ..atomic import atomic_paths

    stem = _stem(path)
    out = [stem.parent / f"{stem.name}.findings.csv", stem.parent / f"{stem.name}.claims.csv"]
    with atomic_paths(out) as tmp:
        for frame, target in zip((findings_frame(report), claims_frame(report)), tmp):
            spreadsheet_safe(frame).to_csv(target, index=False, encoding="utf-8", lineterminator="\n")
    return out


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """Text cells neutralized for spreadsheets (see module doc); numbers untouched."""
    out = df.copy()
    for col in out.columns:
        if not pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_bool_dtype(out[col]):
            fix = (lambda v: visible_controls(v) if isinstance(v, str) else v) if col in _JSON_COLUMNS else csv_cell
            out[col] = out[col].map(fix)
    return out


def parquet_available() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def to_parquet(report: Report, path: str | Path) -> list[Path]:
    """Same two tables as parquet; needs pyarrow (``pip install pyarrow``)."""
    if not parquet_available():
        raise RuntimeError("parquet output needs pyarrow: pip install pyarrow")
    stem = _stem(path)
    stem.parent.mkdir(parents=True, exist_ok=True)
    out = [stem.parent / f"{stem.name}.findings.parquet",
           stem.parent / f"{stem.name}.claims.parquet"]
    findings_frame(report).to_parquet(out[0], index=False)
    claims_frame(report).to_parquet(out[1], index=False)
    return out

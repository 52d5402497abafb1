"""How an index row holds a value: sha256 keys, facts and anchors as JSON, the meta table.

Kept apart from :mod:`reconcile.index_store` so the clustering code (and ``check``) can read and
write rows without the :class:`~reconcile.index_store.Index` class.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
from typing import Any, Mapping

from .render.json import jsonable
from .types import Anchor, Fact, value_from_json


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- (de)serialization

def fact_to_json(f: Fact) -> dict:
    return {"type": f.type, "start": f.start, "end": f.end, "text": f.text, "value": jsonable(f.value),
            "rule": f.rule, "attrs": jsonable(dict(f.attrs))}


def fact_from_json(d: Mapping[str, Any]) -> Fact:
    """A fact read back from its v1 JSON (the value typed again, see ``types.value_from_json``)."""
    return Fact(type=d["type"], start=d["start"], end=d["end"], text=d["text"],
                value=value_from_json(d["type"], d["value"]),
                rule=d["rule"], attrs=dict(d.get("attrs") or {}))


def anchor_to_json(a: Anchor | None) -> str | None:
    return None if a is None else json.dumps(jsonable(dataclasses.asdict(a)), ensure_ascii=False)


def anchor_from_json(s: str | None) -> Anchor:
    if not s:
        return Anchor(date=None, source="none")
    d = json.loads(s)
    date = dt.date.fromisoformat(d["date"]) if d.get("date") else None
    return Anchor(date=date, source=d.get("source", "none"), text=d.get("text"), start=d.get("start"),
                  end=d.get("end"), borrowed_from=d.get("borrowed_from"))


def _set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

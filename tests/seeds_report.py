"""The seeds report, deterministic (fixed metadata, paths relative to the project), for golden
files and the browser test. Built once per process with the real default model."""
from __future__ import annotations

import dataclasses
import os
from functools import lru_cache
from pathlib import Path

from reconcile.types import Report

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def make_seeds_report() -> Report:
    from reconcile.pipeline import run

    report = run([str(ROOT / "seeds")])
    docs = tuple(dataclasses.replace(d, path=os.path.relpath(d.path, ROOT)) for d in report.documents)
    meta = {**report.metadata, "generated": "(fixed for golden files)"}
    return dataclasses.replace(report, documents=docs, metadata=meta)

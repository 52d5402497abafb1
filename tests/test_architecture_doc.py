"""docs/ARCHITECTURE.md names real code: every ``module.function`` of its stage chain and of its
walk-through of one claim exists in ``reconcile/``, so the document cannot drift silently."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md"
DOTTED = re.compile(r"\b([a-z_]+(?:\.[a-z_]+)+)\b")


def _sections() -> tuple[str, str]:
    text = DOC.read_text(encoding="utf-8")
    chain = text[text.index("```") + 3:]
    chain = chain[:chain.index("```")]
    path = text[text.index("## One claim's path"):]
    return chain, path[:path.index("\n## ", 5)]


def _resolves(dotted: str) -> bool:
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module("reconcile." + ".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for name in parts[cut:]:
                obj = getattr(obj, name)
        except AttributeError:
            return False
        return True
    return False


def _names(text: str) -> set[str]:
    return {m for m in DOTTED.findall(text) if not m.endswith((".py", ".md", ".json"))}


def test_stage_chain_names_real_functions():
    chain, _ = _sections()
    names = _names(chain)
    assert {"clean.kept_spans", "align.align", "compare.compare", "claims.select_claims"} <= names
    assert [n for n in sorted(names) if not _resolves(n)] == []


def test_claim_walkthrough_names_real_functions():
    _, path = _sections()
    names = {n for rule, n in re.findall(r"(rule )?`([^`]+)`", path) if not rule and DOTTED.fullmatch(n)}
    names = {n for n in names if not n.endswith((".py", ".md", ".json"))}
    assert len(names) >= 30
    assert [n for n in sorted(names) if not _resolves(n)] == []


def test_resolver_rejects_what_does_not_exist():
    assert _resolves("pipeline.analyse") and _resolves("facts.date.find_dates")
    assert not _resolves("pipeline.no_such_stage") and not _resolves("no_module.f")

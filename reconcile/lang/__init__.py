"""Per-language rules as data: ``reconcile/lang/<code>/<module>.py``, one file per dimension.

``FINDERS`` maps a fact dimension to the finder that reads its data, as ``"module:function"``
strings (imported lazily, so a dimension's code can be added without touching this file's
imports); ``MODULES`` names the data module of each dimension; ``SUPPORT`` says, for every
language and dimension, whether a data file exists — ``tests/test_corpus.py`` keeps it honest.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable

LANGUAGES: tuple[str, ...] = ("id", "en", "fr", "ar")
DIMENSIONS: tuple[str, ...] = (
    "date", "time", "duration", "number", "money", "quantity", "ordinal", "entity")

# dimension -> "module:function" with signature (text: str, ctx: Context) -> list[Fact]
FINDERS: dict[str, str] = {
    "number": "reconcile.facts.numeral:find_numbers",
    "money": "reconcile.facts.money:find_money",
    "quantity": "reconcile.facts.quantity:find_quantities",
    "ordinal": "reconcile.facts.ordinal:find_ordinals",
    "date": "reconcile.facts.date:find_dates",
    "time": "reconcile.facts.clock:find_times",
    "duration": "reconcile.facts.duration:find_durations",
    "entity": "reconcile.facts.entity:find_entities",
}

# dimension -> name of the data module under reconcile/lang/<code>/
MODULES: dict[str, str] = {
    "date": "date", "time": "clock", "duration": "duration", "number": "numeral", "money": "money",
    "quantity": "quantity", "ordinal": "ordinal", "entity": "entity",
}

# language -> dimension -> whether rules (a data file) exist. Kept in step by a test.
SUPPORT: dict[str, dict[str, bool]] = {
    "id": {"date": True, "time": True, "duration": True, "number": True, "money": True, "quantity": True,
           "ordinal": True, "entity": True},
    "en": {"date": True, "time": True, "duration": True, "number": True, "money": True, "quantity": True,
           "ordinal": True, "entity": True},
    "fr": {"date": True, "time": True, "duration": True, "number": True, "money": True, "quantity": True,
           "ordinal": True, "entity": True},
    "ar": {"date": True, "time": True, "duration": True, "number": True, "money": True, "quantity": True,
           "ordinal": True, "entity": True},
}


def finder(dimension: str) -> Callable[..., Any]:
    """Import and return the finder function registered for ``dimension``."""
    mod, _, fn = FINDERS[dimension].partition(":")
    return getattr(importlib.import_module(mod), fn)


def dimension_of_module(module_name: str) -> str | None:
    """The dimension a data module (``"numeral"``) belongs to, or None (e.g. ``boilerplate``)."""
    for dim, mod in MODULES.items():
        if mod == module_name:
            return dim
    return None

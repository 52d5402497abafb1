"""Per-language rules as data: ``reconcile/lang/<code>/<module>.py``, one file per dimension.

:func:`rules` is the one loader of those files (cached; every stage asks it, none imports a
language module by name). ``DIMENSIONS`` lists the fact dimensions in the order the extractor
resolves overlaps: an earlier dimension wins a span over a later one.

The tables of those files (example corpora, pattern tables) are YAML beside them
(``reconcile/lang/en/money.yaml`` for ``money.py``), read by ``reconcile.lang.tables``; the
word lists and small settings stay Python.

``FINDERS`` maps a fact dimension to the finder that reads its data, as ``"module:function"``
strings (imported lazily, so a dimension's code can be added without touching this file's
imports); ``MODULES`` names the data module of each dimension; ``SUPPORT`` says, for every
language and dimension, whether a data file exists — ``tests/test_corpus.py`` keeps it honest.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType
from typing import Any, Callable

LANGUAGES: tuple[str, ...] = ("id", "en", "fr", "ar")
#: Order matters for overlap resolution: earlier types win over later ones on overlapping spans.
DIMENSIONS: tuple[str, ...] = (
    "date", "time", "duration", "money", "ordinal", "quantity", "number", "entity")

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


class NoRules(ModuleNotFoundError):
    """A language has no rules file for a module (still an ImportError, as the import was)."""


@lru_cache(maxsize=None)
def _load(language: str, module: str) -> ModuleType | None:
    name = f"reconcile.lang.{language}.{module}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name != name and not name.startswith(f"{e.name}."):
            raise   # the rules file exists but imports something missing: not "no rules"
        return None


def optional_rules(language: str, module: str) -> ModuleType | None:
    """``reconcile.lang.<language>.<module>``, or None when that file does not exist."""
    return _load(language, module)


def rules(language: str, module: str) -> ModuleType:
    """``reconcile.lang.<language>.<module>`` (imported once); :class:`NoRules` when absent."""
    mod = _load(language, module)
    if mod is None:
        raise NoRules(f"no {module!r} rules for language {language!r} "
                      f"(reconcile/lang/{language}/{module}.py does not exist)",
                      name=f"reconcile.lang.{language}.{module}")
    return mod


@lru_cache(maxsize=None)
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

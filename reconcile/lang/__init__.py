"""Per-language rules as data: ``reconcile/lang/<code>/<module>.py``, one file per dimension.

:func:`rules` is the one loader of those files (cached; every stage asks it, none imports a
language module by name). ``DIMENSIONS`` lists the fact dimensions in the order the extractor
resolves overlaps: an earlier dimension wins a span over a later one.

The tables of those files (example corpora, pattern tables) are YAML beside them
(``reconcile/lang/en/money.yaml`` for ``money.py``), read by :func:`load_table`; the word lists
and small settings stay Python.

``FINDERS`` maps a fact dimension to the finder that reads its data, as ``"module:function"``
strings (imported lazily, so a dimension's code can be added without touching this file's
imports); ``MODULES`` names the data module of each dimension; ``SUPPORT`` says, for every
language and dimension, whether a data file exists — ``tests/test_corpus.py`` keeps it honest.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import yaml

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


class TableError(ValueError):
    """A data file that cannot be read as tables: one line naming the file and what is wrong."""


def _where(path: Path) -> str:
    """``reconcile/lang/en/money.yaml`` for a file inside the package, else the path as given."""
    root = Path(__file__).resolve().parent.parent.parent
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)


@lru_cache(maxsize=None)
def _read(path: Path) -> dict[str, Any]:
    where = _where(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise TableError(f"{where}: cannot be read ({e.strerror})") from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise TableError(f"{where}: not valid YAML: {e.problem or e.context}{at}") from None
    except yaml.YAMLError as e:
        raise TableError(f"{where}: not valid YAML: {' '.join(str(e).split())}") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise TableError(f"{where}: must be a mapping of table names to tables")
    return data


class Table(Mapping[str, Any]):
    """The tables of one data file, by name, with accessors that check a table's shape and give
    the Python value a data module exposes (rows as tuples, builders as functions)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data = _read(path)

    def __getitem__(self, key: str) -> Any:
        if key not in self._data:
            raise TableError(f"{_where(self.path)}: has no table {key!r}")
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def _fail(self, key: str, what: str) -> TableError:
        return TableError(f"{_where(self.path)}: table {key!r}: {what}")

    def _list(self, key: str) -> list[Any]:
        value = self[key]
        if not isinstance(value, list):
            raise self._fail(key, f"must be a list, not {type(value).__name__}")
        return value

    def strings(self, key: str) -> list[str]:
        """A list of strings (a negative corpus, a list of regexes)."""
        value = self._list(key)
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self._fail(key, f"item {i + 1} must be a string, not {type(item).__name__}")
        return list(value)

    def rows(self, key: str) -> list[tuple[Any, ...]]:
        """A list of rows, each a tuple (``(text, expected)`` corpus rows, ``(rule, regex)`` pairs)."""
        value = self._list(key)
        for i, item in enumerate(value):
            if not isinstance(item, list):
                raise self._fail(key, f"row {i + 1} must be a list, not {type(item).__name__}")
        return [tuple(item) for item in value]

    def with_builders(self, key: str) -> list[tuple[Any, ...]]:
        """Rows whose last item names a function of :mod:`reconcile.facts.date_builders`
        (a date template's builder), given as that function; an unknown name fails here."""
        from reconcile.facts import date_builders

        out = []
        for i, row in enumerate(self.rows(key)):
            name = row[-1] if row else None
            public = isinstance(name, str) and not name.startswith("_")
            fn = getattr(date_builders, name, None) if public else None
            if not callable(fn) or getattr(fn, "__module__", None) != date_builders.__name__:
                raise self._fail(key, f"row {i + 1} names no builder of "
                                      f"reconcile.facts.date_builders: {name!r}")
            out.append((*row[:-1], fn))
        return out


def load_table(module_file: str, name: str | None = None) -> Table:
    """The data file beside a data module: ``load_table(__file__)`` in ``lang/en/money.py``
    reads ``lang/en/money.yaml`` (``name`` picks another stem). Parsed once; a malformed file
    raises :class:`TableError` naming it."""
    here = Path(module_file)
    return Table(here.with_suffix(".yaml") if name is None else here.with_name(f"{name}.yaml"))

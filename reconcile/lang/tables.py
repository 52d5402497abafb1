"""The one loader of the data files beside the rules modules of ``reconcile/lang/<code>/`` and
``reconcile/sites/``: ``money.yaml`` holds the tables of ``money.py`` (example corpora, pattern
tables), each a top-level name whose value is a list.

A module reads its file once (``_DATA = load_table(__file__)``) and names each table with the
accessor that gives its Python shape: :meth:`Table.strings` (a negative corpus, a list of
regexes), :meth:`Table.rows` (rows as tuples: ``(text, expected)``, ``(rule, regex)``),
:meth:`Table.with_builders` (date templates, whose last item names a function of
``reconcile/facts/date_builders.py``). Strings are single-quoted in the files, so a regex is
written exactly as in a raw Python string. A file that is not valid YAML, or a table of the
wrong shape, fails at import with a one-line :class:`TableError` naming the file.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml


class TableError(ValueError):
    """A data file that cannot be read as tables: one line naming the file and what is wrong."""


def _where(path: Path) -> str:
    """``reconcile/lang/en/money.yaml`` for a file inside the package, else the path as given."""
    root = Path(__file__).resolve().parent.parent.parent
    try:
        return str(path.resolve().relative_to(root))
    except ValueError:
        return str(path)


#: libyaml's safe loader when PyYAML was built with it (9x faster to start a process; the same
#: tables: tests/test_tables.py), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def _read(path: Path) -> dict[str, Any]:
    where = _where(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
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

"""The data files beside the rules modules (``reconcile/lang/<code>/*.yaml``, ``reconcile/sites/*.yaml``)
and their one loader, ``reconcile.lang.tables.load_table``: every file loads into the module beside
it with the Python shapes the finders and tests rely on, and a broken file says which it is."""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from reconcile.facts import date_builders
from reconcile.lang.tables import TableError, load_table

PACKAGE = Path(__file__).resolve().parent.parent / "reconcile"
FILES = sorted([*PACKAGE.glob("lang/*/*.yaml"), *PACKAGE.glob("sites/*.yaml")])
#: Tables given as tuples of rows (``clean`` and ``tests/test_sites.py`` add them together).
TUPLES = {"LINE_PATTERNS", "TAIL_PATTERNS", "DATELINE_PATTERNS"}
#: Tables of groups (lists), not rows: sets of spellings of one entity.
GROUPS = {"LINK_CORPUS"}


def _module(path: Path):
    return importlib.import_module(".".join(path.with_suffix("").relative_to(PACKAGE.parent).parts))


def test_there_are_data_files_for_every_language_and_site():
    assert {p.parent.name for p in FILES} == {"ar", "en", "fr", "id", "sites"}
    assert len(FILES) == 47


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_fast_loader_reads_what_the_python_loader_reads(path: Path):
    """The loader is libyaml's when present: it must give the pure-Python loader's tables."""
    import yaml

    from reconcile.lang import tables

    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=tables._LOADER) == yaml.safe_load(text)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_table_loads_into_its_module_with_its_shape(path: Path):
    mod = _module(path)
    table = load_table(str(path.with_suffix(".py")))
    assert list(table)
    for name, raw in table.items():
        value = getattr(mod, name)
        assert isinstance(value, tuple if name in TUPLES else list), name
        assert len(value) == len(raw), name
        for item, written in zip(value, raw):
            if isinstance(written, str):
                assert isinstance(item, str), (name, item)
            else:   # a row: a tuple, but for groups of spellings
                assert isinstance(item, list if name in GROUPS else tuple), (name, item)
        if name in TUPLES:   # whole regexes (templates have ``{NAME}`` placeholders)
            for row in value:
                re.compile(row if isinstance(row, str) else row[1])

@pytest.mark.parametrize("lang", ["ar", "en", "fr", "id"])
def test_date_templates_name_their_builders(lang: str):
    mod = importlib.import_module(f"reconcile.lang.{lang}.date")
    table = load_table(mod.__file__)
    for (rule, template, name), row in zip(table["PATTERNS"], mod.PATTERNS, strict=True):
        assert row == (rule, template, getattr(date_builders, name))


def test_a_table_is_parsed_once():
    path = str(PACKAGE / "lang" / "en" / "money.py")
    assert load_table(path)["CORPUS"] is load_table(path)["CORPUS"]


def _write(tmp_path: Path, text: str) -> str:
    (tmp_path / "data.yaml").write_text(text, encoding="utf-8")
    return str(tmp_path / "data.py")


def _one_line_error(fn) -> str:
    with pytest.raises(TableError) as err:
        fn()
    message = str(err.value)
    assert "\n" not in message
    return message


def test_a_malformed_file_gives_one_line_naming_it(tmp_path: Path):
    module = _write(tmp_path, "CORPUS:\n  - ['unclosed', 'row'\nNEGATIVE_CORPUS: []\n")
    message = _one_line_error(lambda: load_table(module))
    assert message.startswith(f"{tmp_path / 'data.yaml'}: not valid YAML: ")
    assert re.search(r"\(line \d+, column \d+\)$", message)


def test_a_file_that_is_not_a_mapping_is_refused(tmp_path: Path):
    module = _write(tmp_path, "- 'just a list'\n")
    assert _one_line_error(lambda: load_table(module)) == (
        f"{tmp_path / 'data.yaml'}: must be a mapping of table names to tables")


def test_a_missing_file_is_named(tmp_path: Path):
    message = _one_line_error(lambda: load_table(str(tmp_path / "absent.py")))
    assert message.startswith(f"{tmp_path / 'absent.yaml'}: cannot be read")


def test_a_table_of_the_wrong_shape_is_named(tmp_path: Path):
    table = load_table(_write(tmp_path, "CORPUS: ['a', ['b', 1]]\nNEGATIVE_CORPUS: ['x', 42]\nPATTERN: 'x'\n"))
    where = tmp_path / "data.yaml"
    assert _one_line_error(lambda: table.rows("CORPUS")) == (
        f"{where}: table 'CORPUS': row 1 must be a list, not str")
    assert _one_line_error(lambda: table.strings("NEGATIVE_CORPUS")) == (
        f"{where}: table 'NEGATIVE_CORPUS': item 2 must be a string, not int")
    assert _one_line_error(lambda: table.strings("PATTERN")) == (
        f"{where}: table 'PATTERN': must be a list, not str")
    assert _one_line_error(lambda: table.rows("TAIL_CORPUS")) == f"{where}: has no table 'TAIL_CORPUS'"


@pytest.mark.parametrize("builder", ["no_such_builder", "_lookup", "re", "fold"])
def test_an_unknown_builder_fails_at_load(tmp_path: Path, builder: str):
    table = load_table(_write(tmp_path, f"PATTERNS:\n  - ['year', 'in {{YEAR}}', '{builder}']\n"))
    assert _one_line_error(lambda: table.with_builders("PATTERNS")) == (
        f"{tmp_path / 'data.yaml'}: table 'PATTERNS': row 1 names no builder of "
        f"reconcile.facts.date_builders: {builder!r}")

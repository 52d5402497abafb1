"""The language-rules loader and registries of reconcile/lang/__init__.py."""
from __future__ import annotations

import pytest

from reconcile import lang
from reconcile.extract import resolve_overlaps
from reconcile.types import Fact, Money, Number


def test_rules_loads_a_language_module_once() -> None:
    mod = lang.rules("fr", "numeral")
    assert mod.__name__ == "reconcile.lang.fr.numeral"
    assert lang.rules("fr", "numeral") is mod
    assert lang.optional_rules("fr", "numeral") is mod


@pytest.mark.parametrize("language,module", [("xx", "numeral"), ("fr", "nothing"), ("", "date")])
def test_missing_rules_raise_a_clear_error(language: str, module: str) -> None:
    with pytest.raises(lang.NoRules) as err:
        lang.rules(language, module)
    assert str(err.value) == (f"no {module!r} rules for language {language!r} "
                              f"(reconcile/lang/{language}/{module}.py does not exist)")
    assert isinstance(err.value, ImportError)   # what callers that catch the import expect
    assert lang.optional_rules(language, module) is None


def test_a_missing_import_inside_a_rules_file_is_not_hidden(monkeypatch) -> None:
    import importlib

    def broken(name: str):
        raise ModuleNotFoundError("No module named 'somedep'", name="somedep")

    lang._load.cache_clear()
    monkeypatch.setattr(importlib, "import_module", broken)
    try:
        with pytest.raises(ModuleNotFoundError) as err:
            lang.rules("en", "money")
        assert err.value.name == "somedep"
    finally:
        monkeypatch.undo()
        lang._load.cache_clear()


def test_one_finder_registry_in_the_order_overlaps_are_resolved() -> None:
    assert lang.DIMENSIONS == ("date", "time", "duration", "money", "ordinal", "quantity", "number", "entity")
    assert set(lang.FINDERS) == set(lang.DIMENSIONS)
    assert lang.finder("money") is lang.finder("money")
    money = Fact("money", 0, 5, "$5 mn", Money(5, None), "t")
    number = Fact("number", 1, 2, "5", Number(5), "t")
    assert resolve_overlaps([number, money]) == [money]

"""Runs every per-language corpus: ``reconcile/lang/<code>/<dimension>.py`` ``CORPUS`` and
``NEGATIVE_CORPUS``, through the finder registered for its dimension in
``reconcile.lang.FINDERS``.

A positive example must yield exactly one fact of that dimension covering the whole text
(surrounding whitespace stripped) with the expected value; a negative example must yield no
fact of that dimension. Date corpora resolve against the module's ``CORPUS_REFERENCE_DATE``.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import reconcile.lang as lang_pkg
from reconcile.lang import DIMENSIONS, FINDERS, LANGUAGES, MODULES, SUPPORT, dimension_of_module
from reconcile.lang import finder
from reconcile.types import Context
from reconcile.types import value_to_json as jv

LANG_DIR = Path(lang_pkg.__file__).parent


def _corpus_modules() -> list[tuple[str, str, ModuleType]]:
    """(language, dimension, module) for every data module that has a corpus."""
    out = []
    for code in sorted(p.name for p in LANG_DIR.iterdir() if (p / "__init__.py").is_file()):
        pkg = importlib.import_module(f"reconcile.lang.{code}")
        for info in pkgutil.iter_modules(pkg.__path__):
            dim = dimension_of_module(info.name)
            if dim is None:
                continue
            mod = importlib.import_module(f"reconcile.lang.{code}.{info.name}")
            if hasattr(mod, "CORPUS") or hasattr(mod, "NEGATIVE_CORPUS"):
                out.append((code, dim, mod))
    return out


MODULES_WITH_CORPUS = _corpus_modules()


def _context(code: str, mod: ModuleType) -> Context:
    kwargs: dict[str, Any] = {"reference_date": getattr(mod, "CORPUS_REFERENCE_DATE", None)}
    policy = getattr(mod, "CORPUS_WEEKDAY_POLICY", None)
    if policy:
        kwargs["weekday_policy"] = policy
    return Context(code, **kwargs)


def _positive_cases() -> list[Any]:
    cases = []
    for code, dim, mod in MODULES_WITH_CORPUS:
        for i, (text, value) in enumerate(getattr(mod, "CORPUS", [])):
            cases.append(pytest.param(code, dim, mod, text, value, id=f"{code}-{dim}-{i}-{text}"))
    return cases


def _negative_cases() -> list[Any]:
    cases = []
    for code, dim, mod in MODULES_WITH_CORPUS:
        for i, text in enumerate(getattr(mod, "NEGATIVE_CORPUS", [])):
            cases.append(pytest.param(code, dim, mod, text, id=f"{code}-{dim}-neg{i}-{text}"))
    return cases


def _facts(code: str, dim: str, mod: ModuleType, text: str) -> list[Any]:
    return [f for f in finder(dim)(text, _context(code, mod)) if f.type == dim]


@pytest.mark.parametrize("code,dim,mod,text,value", _positive_cases())
def test_positive(code: str, dim: str, mod: ModuleType, text: str, value: Any) -> None:
    facts = _facts(code, dim, mod, text)
    assert len(facts) == 1, [(f.text, jv(f.value), f.rule) for f in facts]
    f = facts[0]
    lead = len(text) - len(text.lstrip())
    assert (f.start, f.end) == (lead, len(text.rstrip())), f"covers only {f.text!r}"
    assert f.text == text[f.start:f.end]
    assert jv(f.value) == value, f"{jv(f.value)!r} by {f.rule}"


@pytest.mark.parametrize("code,dim,mod,text", _negative_cases())
def test_negative(code: str, dim: str, mod: ModuleType, text: str) -> None:
    facts = _facts(code, dim, mod, text)
    assert facts == [], [(f.text, jv(f.value), f.rule) for f in facts]


@pytest.mark.parametrize("code,dim,mod", [pytest.param(*m, id=f"{m[0]}-{m[1]}")
                                          for m in MODULES_WITH_CORPUS])
def test_corpus_is_substantial(code: str, dim: str, mod: ModuleType) -> None:
    """Every corpus has positives and negatives; the numeric ones at least 25 positives."""
    assert getattr(mod, "CORPUS", None), "empty CORPUS"
    assert getattr(mod, "NEGATIVE_CORPUS", None), "empty NEGATIVE_CORPUS"
    if dim in ("number", "money", "quantity", "ordinal"):
        assert len(mod.CORPUS) >= 25


def test_support_matches_files() -> None:
    assert set(SUPPORT) == set(LANGUAGES)
    for code in LANGUAGES:
        assert set(SUPPORT[code]) == set(DIMENSIONS), code
        for dim in DIMENSIONS:
            present = (LANG_DIR / code / f"{MODULES[dim]}.py").is_file()
            assert SUPPORT[code][dim] == present, f"SUPPORT[{code!r}][{dim!r}] vs file"


def test_registry_is_complete() -> None:
    assert set(FINDERS) == set(DIMENSIONS) == set(MODULES)
    for spec in FINDERS.values():
        mod, sep, fn = spec.partition(":")
        assert sep and mod.startswith("reconcile.") and fn.isidentifier(), spec


def test_finders_of_corpora_import() -> None:
    for dim in {d for _, d, _ in MODULES_WITH_CORPUS}:
        assert callable(finder(dim)), dim

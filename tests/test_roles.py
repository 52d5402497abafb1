"""Date roles from the predicate around a date, per language (reconcile/roles.py)."""
from __future__ import annotations

import importlib

import pytest

from reconcile.roles import date_role, roles_agree

CASES = [pytest.param(lang, text, date, role, id=f"{lang}-{i}")
         for lang in ("id", "en", "fr", "ar")
         for i, (text, date, role) in enumerate(importlib.import_module(f"reconcile.lang.{lang}.frame").DATE_ROLE_CORPUS)]


@pytest.mark.parametrize("lang,text,date,role", CASES)
def test_date_role_corpus(lang: str, text: str, date: str, role: str | None) -> None:
    start = text.index(date)
    assert date_role(text, start, start + len(date), lang) == role


def test_roles_agree_only_when_equal_or_unknown() -> None:
    assert [roles_agree("arrive", "arrive"), roles_agree("arrive", None), roles_agree(None, None),
            roles_agree("arrive", "sign")] == [True, True, True, False]


def test_every_language_has_role_data_and_a_corpus_of_at_least_five() -> None:
    for lang in ("id", "en", "fr", "ar"):
        mod = importlib.import_module(f"reconcile.lang.{lang}.frame")
        assert set(mod.DATE_ROLES) == {"arrive", "depart", "sign", "meet", "say", "occur"}
        assert len(mod.DATE_ROLE_CORPUS) >= 5

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


def test_a_date_finding_takes_the_role_all_its_values_share() -> None:
    from reconcile.roles import role_frame

    assert [role_frame({"arrive"}), role_frame({"sign"}), role_frame({"arrive", "sign"}),
            role_frame({"arrive", None}), role_frame(set())] == ["date:arrival", "date:signing", None, None, None]


def test_the_seeds_arrival_conflict_says_its_frame() -> None:
    """The issue's seeds case: "date of arrival", and sides that count sources."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from seeds_report import make_seeds_report

    conflicts = [f for f in make_seeds_report().findings if f.kind == "conflict" and f.slot == "date"]
    assert [(f.frame, f.summary.split(";")[0]) for f in conflicts] == [
        ("date:arrival", "date of arrival conflict: 2 of 3 sources say 2021-11-23 (000_f99131b82451f785, "
                         "003_b7ff19929b3adf0c)")]


PLACE_CASES = [pytest.param(lang, text, date, place, id=f"{lang}-{i}")
               for lang in ("id", "en", "fr", "ar")
               for i, (text, date, place) in enumerate(importlib.import_module(f"reconcile.lang.{lang}.frame").PLACE_CORPUS)]


@pytest.mark.parametrize("lang,text,date,place", PLACE_CASES)
def test_role_place_corpus(lang: str, text: str, date: str, place: str | None) -> None:
    """The place a dated role happened at: the words after its role word's place preposition."""
    from reconcile.roles import role_place

    start = text.index(date)
    span = role_place(text, start, start + len(date), lang)
    if place is None:
        assert span is None
    else:
        assert span is not None and text[span[0]:span[1]].startswith(place)


def test_every_language_has_a_place_corpus_of_at_least_five() -> None:
    for lang in ("id", "en", "fr", "ar"):
        mod = importlib.import_module(f"reconcile.lang.{lang}.frame")
        assert mod.PLACE_WORDS and len(mod.PLACE_CORPUS) >= 5
        assert any(p is None for _, _, p in mod.PLACE_CORPUS) and any(p for _, _, p in mod.PLACE_CORPUS)

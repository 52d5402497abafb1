"""Date builders (``reconcile.facts.date_builders``) and the word-number accumulator
(``reconcile.facts.numeral_words``): each named step on its own, exact values."""
from __future__ import annotations

import importlib
import re
from decimal import Decimal

import pytest

from reconcile.facts import date_builders as b
from reconcile.facts.date import _rule, grammar
from reconcile.facts.numeral import lexicon
from reconcile.facts.numeral_words import WordNumber

LANGS = ("en", "fr", "id", "ar")


@pytest.mark.parametrize("lang", LANGS)
def test_every_template_names_a_builder(lang):
    data = importlib.import_module(f"reconcile.lang.{lang}.date")
    for name, template, builder in data.PATTERNS:
        assert builder.__module__ == "reconcile.facts.date_builders", name
        assert builder.__doc__, builder.__name__
    assert [r.name for r in grammar(lang).rules] == [p[0] for p in data.PATTERNS]


def test_a_builder_must_take_every_group_of_its_template():
    with pytest.raises(TypeError, match="takes no"):
        _rule("odd", re.compile(r"(?P<core>(?P<relative_day>x)(?P<unit>y))"), b.relative_day)


def test_day_month_year():
    en = grammar("en")
    assert b.day_month_year(en, day="24", month="november", year="2021") == {
        "day": 24, "month": 11, "year": 2021, "weekday": None}
    assert b.day_month_year(en, day="3", month="may", short_year="16")["year"] == 2016
    assert b.day_month_year(en, day="31", month="november") is None
    assert b.day_month_year(en, day_word="first", month="december")["day"] == 1
    assert b.day_month_year(en, month="nov", day="26", late_weekday="fri") == {
        "day": 26, "month": 11, "year": None, "weekday": 4, "weekday_mod": None}


def test_month_needs_context_when_it_is_also_a_word():
    en = grammar("en")
    assert b.month(en, month="may") is None
    assert b.month(en, month="may", prep="in ")["month"] == 5
    assert b.month(en, month="december", modifier="last")["month_shift"] == -1


def test_slash_date():
    en, fr = grammar("en"), grammar("fr")
    assert b.slash_date(en, core="12/30/2022", slash_a="12", sep="/", slash_b="30",
                        slash_year="2022")["day"] == 30
    assert b.slash_date(fr, core="24/11", slash_a="24", sep="/", slash_b="11")["month"] == 11
    assert b.slash_date(fr, core="1/2", slash_a="1", sep="/", slash_b="2") is None
    assert b.slash_date(fr, core="3.5", slash_a="3", sep=".", slash_b="5") is None


def test_weekday():
    en, fr = grammar("en"), grammar("fr")
    assert b.weekday(en, weekday="sat") is None
    assert b.weekday(en, weekday="sat", prep="on ")["weekday"] == 5
    assert b.weekday(en, weekday="wednesday", modifier="last")["weekday_mod"] == "last"
    assert b.weekday(fr, weekday="mercredi", modifier="prochain")["weekday_mod"] == "coming"
    assert b.weekday(en, weekday="sunday", week_modifier="last")["week_shift"] == -1


def test_relative_steps():
    en, ar = grammar("en"), grammar("ar")
    assert b.relative_day(en, relative_day="yesterday")["rel_offset"] == -1
    assert b.unit_offset(en, unit="year", modifier="last", edge="late") == {
        "day": None, "month": None, "year": None, "weekday": None, "rel_unit": "year",
        "rel_offset": -1, "edge": "end"}
    assert b.units_ago(en, count="three", unit="weeks", ago="ago") == {
        "day": None, "month": None, "year": None, "weekday": None, "counted": True,
        "exact": True, "rel_unit": "week", "rel_offset": -3}
    assert b.units_later(en, count="2", unit="decades", later="later")["rel_offset"] == 20
    assert b.units_ago(en, count="2", unit="hours", ago="ago") is None
    assert b.dual_ago(ar, dual_unit="عامين", ago="قبل")["rel_offset"] == -2


def _read(words: list[str], lang: str) -> Decimal | None:
    lex = lexicon(lang)
    acc = WordNumber(lex)
    for w in words:
        kind, v = lex.kinds[w]
        ok = acc.conjunction() if kind == "conj" else acc.add(kind, w, v)
        if not ok:
            return None
    return acc.value


def test_word_number_accumulator():
    assert _read(["two", "hundred", "thousand"], "en") == 200000
    assert _read(["seven", "hundred", "and", "twelve"], "en") == 712
    assert _read(["two", "three"], "en") is None          # a list, not 23
    assert _read(["twenty", "thirty"], "en") is None
    assert _read(["dua", "puluh", "lima"], "id") == 25

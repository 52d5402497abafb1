"""Dates and durations: resolution rules, corpora, and round-trip properties."""
from __future__ import annotations

import datetime as dt
import importlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.facts.date import find_dates, resolve, weekday_matches
from reconcile.facts.duration import find_durations, iso_duration
from reconcile.types import Context, EntityRef
from reconcile.types import value_to_json as jv

REF = dt.date(2021, 11, 24)          # a Wednesday
LANGS = ("id", "en", "fr", "ar")


def one(text: str, lang: str, ref: dt.date | None = REF, policy: str = "news_week"):
    facts = find_dates(text, Context(lang, ref, policy))
    assert len(facts) == 1, [(f.text, jv(f.value)) for f in facts]
    return facts[0]


# --- resolution rules -------------------------------------------------------------------------

def test_weekday_with_day_month_and_no_reference_keeps_the_partial_value():
    f = one("Rabu (24/11)", "id", ref=None)
    assert jv(f.value) == "--11-24"               # no year is guessed (from the clock or otherwise)
    assert f.attrs["partial"] is True and f.attrs["weekday"] == 2 and f.attrs["inferred"] is False


def test_weekday_year_comes_from_the_reference_never_the_clock():
    expr = {"day": 24, "month": 11, "year": None, "weekday": 2}
    assert resolve(expr, None) == ("--11-24", resolve(expr, None)[1])
    assert resolve(expr, dt.date(2022, 3, 1))[0] == "2021-11-24"     # the Wednesday within a year
    assert resolve(expr, dt.date(2027, 6, 1))[0] == "2027-11-24"


def test_a_partial_date_is_never_compared_with_a_full_one_nor_an_interval_end():
    from reconcile.compare import _dates_compatible

    from reconcile.types import DateValue as D

    assert _dates_compatible(D("--11-24"), D("2021-11-24")) and not _dates_compatible(D("--11-24"), D("2021-11-25"))
    assert find_durations("hingga Kamis (25/11)", Context("id", None)) == []


def test_weekday_checked_against_explicit_date():
    ok = one("Rabu (18/01/2023)", "id")
    assert jv(ok.value) == "2023-01-18" and not ok.attrs.get("weekday_mismatch")
    bad = one("Kamis (18/01/2023)", "id")
    assert jv(bad.value) == "2023-01-18" and bad.attrs["weekday_mismatch"] is True


def test_day_month_takes_nearest_past_year_or_close_upcoming():
    assert jv(one("23 November", "en").value) == "2021-11-23"
    assert jv(one("le 2 décembre", "fr").value) == "2021-12-02"          # a week ahead
    assert jv(one("le 5 juillet", "fr").value) == "2021-07-05"           # past, not next July
    assert jv(one("le 5 juillet", "fr", policy="next").value) == "2022-07-05"
    assert jv(one("23 November", "en", ref=None).value) == "--11-23"
    assert jv(one("in August", "en", ref=None).value) is None            # a month alone: nothing to keep


def test_bare_weekday_news_week_vs_next():
    assert jv(one("on Monday", "en").value) == "2021-11-22"              # same Mon-Sun week
    assert jv(one("on Monday", "en", policy="next").value) == "2021-11-29"
    assert jv(one("Wednesday", "en", policy="next").value) == "2021-12-01"   # strictly after
    assert jv(one("الأربعاء", "ar").value) == "2021-11-24"
    assert jv(one("jeudi", "fr", ref=None).value) is None


def test_last_and_next_weekday_shift_by_a_week():
    assert jv(one("last Wednesday", "en").value) == "2021-11-17"
    assert jv(one("mardi dernier", "fr").value) == "2021-11-23"
    assert jv(one("Rabu lalu", "id").value) == "2021-11-17"
    assert jv(one("الأربعاء الماضي", "ar").value) == "2021-11-17"
    assert jv(one("next Wednesday", "en").value) == "2021-12-01"
    assert jv(one("Wednesday next week", "en").value) == "2021-12-01"


def test_relative_units_and_edges():
    f = one("akhir tahun lalu", "id")
    assert (jv(f.value), f.attrs["granularity"], f.attrs["edge"]) == ("2020", "year", "end")
    assert jv(one("في ديسمبر الماضي", "ar").value) == "2020-12"
    assert jv(one("في ديسمبر الماضي", "ar", ref=dt.date(2021, 12, 30)).value) == "2020-12"
    assert jv(one("about a year ago", "en").value) == "2020"
    assert jv(one("قبل حوالي عام", "ar").value) == "2020"
    assert jv(one("le mois dernier", "fr").value) == "2021-10"
    assert jv(one("kemarin", "id").value) == "2021-11-23"
    assert one("late October", "en").attrs["granularity"] == "month"


def test_part_of_day_is_kept_and_extends_span():
    text = "tiba pada Selasa (23/11) malam dalam kunjungan"
    f = one(text, "id")
    assert f.text == "pada Selasa (23/11) malam" and f.attrs["part_of_day"] == "night"
    assert one("مساء الثلاثاء", "ar").attrs["part_of_day"] == "evening"


def test_reresolve_against_borrowed_anchor():
    f = one("this Wednesday", "en", ref=None)
    assert jv(f.value) is None
    value, attrs = resolve(f.attrs["expr"], dt.date(2021, 11, 26))
    assert value == "2021-11-24" and attrs["relative"]
    assert json.loads(json.dumps(f.attrs["expr"])) == f.attrs["expr"]


def test_weekday_matches():
    assert weekday_matches("2021-11-24", 2)
    assert not weekday_matches("2021-11-24", 3)
    assert weekday_matches("2021-11", 3) and weekday_matches(None, 1)


def test_not_dates():
    for lang, text in [("en", "3 drones and an F5"), ("id", "Rp 33.000 (T/R6/RI-1)"),
                       ("en", "you may go"), ("fr", "la planète Mars"), ("id", "dua minggu"),
                       ("ar", "أب"), ("en", "1/2 of them")]:
        assert find_dates(text, Context(lang, REF)) == [], text


# --- durations --------------------------------------------------------------------------------

def dur(text: str, lang: str):
    facts = find_durations(text, Context(lang, REF))
    assert len(facts) == 1, [(f.text, jv(f.value)) for f in facts]
    return facts[0]


def test_durations_and_intervals():
    assert jv(dur("La visite de deux jours du ministre", "fr").value) == "P2D"
    assert jv(dur("a two-day visit", "en").value) == "P2D"
    assert jv(dur("لمدة يومين", "ar").value) == "P2D"
    f = dur("more than two years", "en")
    assert (jv(f.value), f.attrs["bound"]) == ("P2Y", "min")
    assert dur("sekitar lima jam", "id").attrs["approx"] is True
    f = dur("yang berlangsung hingga Kamis (25/11).", "id")
    assert (jv(f.value), f.attrs["kind"]) == ("../2021-11-25", "until")
    assert jv(dur("sejak 2021", "id").value) == "2021/.."
    assert jv(dur("depuis 2021", "fr").value) == "2021/.."
    assert jv(dur("منذ 2021", "ar").value) == "2021/.."
    assert jv(dur("from Tuesday to Thursday", "en").value) == "2021-11-23/2021-11-25"
    assert find_durations("two days ago", Context("en", REF)) == []
    assert iso_duration(2.5, "year") == "P2.5Y" and iso_duration(5, "hour") == "PT5H"


# --- corpora ----------------------------------------------------------------------------------

def _corpus(lang: str, dim: str):
    return importlib.import_module(f"reconcile.lang.{lang}.{dim}")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("dim,finder,minimum", [("date", find_dates, 25),
                                                ("duration", find_durations, 10)])
def test_corpus(lang, dim, finder, minimum):
    mod = _corpus(lang, dim)
    assert len(mod.CORPUS) >= minimum
    ctx = Context(lang, mod.CORPUS_REFERENCE_DATE)
    for text, value in mod.CORPUS:
        facts = finder(text, ctx)
        s = text.strip()
        assert [(f.start, f.end, jv(f.value)) for f in facts] == [(0, len(s), value)], text
    for text in mod.NEGATIVE_CORPUS:
        assert finder(text, ctx) == [], text


# --- properties -------------------------------------------------------------------------------

MONTH_NAMES = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"],
}
AR_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


def long_format(d: dt.date, lang: str) -> str:
    if lang == "en":
        return f"{MONTH_NAMES[lang][d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {MONTH_NAMES[lang][d.month - 1]} {d.year}"


@settings(max_examples=60, deadline=None)
@given(d=dates, lang=st.sampled_from(LANGS), levant=st.booleans())
def test_long_and_numeric_formats_round_trip(d, lang, levant):
    texts = [long_format(d, lang), f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat()]
    if lang == "en":
        texts[1] = f"{d.month:02d}/{d.day:02d}/{d.year}"
    if lang == "ar" and levant:
        texts.append(f"{d.day} {AR_LEVANT[d.month - 1]} {d.year}")
    for text in texts:
        sentence = f"x {text} y"
        facts = find_dates(sentence, Context(lang, REF))
        assert [jv(f.value) for f in facts] == [d.isoformat()], text
        assert facts[0].text == sentence[facts[0].start:facts[0].end] == text


@settings(max_examples=60, deadline=None)
@given(d=dates, ref=dates, policy=st.sampled_from(["news_week", "next"]),
       wd=st.one_of(st.none(), st.integers(0, 6)))
def test_resolve_is_pure(d, ref, policy, wd):
    expr = {"day": d.day, "month": d.month, "year": None, "weekday": wd}
    snapshot = json.dumps(expr, sort_keys=True)
    a = resolve(expr, ref, policy)
    b = resolve(expr, ref, policy)
    assert a == b and json.dumps(expr, sort_keys=True) == snapshot
    value = a[0]
    if value is not None and wd is None:
        got = dt.date.fromisoformat(value)
        assert (got.month, got.day) == (d.month, d.day)
        assert abs((got - ref).days) <= 366


@settings(max_examples=40, deadline=None)
@given(ref=dates, wd=st.integers(0, 6))
def test_bare_weekday_policies(ref, wd):
    expr = {"day": None, "month": None, "year": None, "weekday": wd}
    news = dt.date.fromisoformat(resolve(expr, ref, "news_week")[0])
    nxt = dt.date.fromisoformat(resolve(expr, ref, "next")[0])
    assert news.weekday() == nxt.weekday() == wd
    same_week = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=wd)
    # the day of that name in the reference week, unless that is more than 3 days ahead
    assert news == (same_week if (same_week - ref).days <= 3 else same_week - dt.timedelta(days=7))
    assert -6 <= (news - ref).days <= 3
    assert 1 <= (nxt - ref).days <= 7


# --- Duckling-benchmark constructions ------------------------------------------------------------

def test_counted_months_years_keep_news_granularity_but_follow_duckling_in_next_mode():
    assert jv(one("three months ago", "en").value) == "2021-08"
    assert jv(one("three months ago", "en", policy="next").value) == "2021-08-24"
    assert jv(one("two years ago", "en", policy="next").value) == "2019-11"
    assert jv(one("il y a deux ans", "fr").value) == "2019"
    assert jv(one("3 years from today", "en").value) == "2024-11-24"     # anchored on a day


def test_weekday_with_day_of_month_finds_the_month():
    assert jv(one("jeudi 25", "fr").value) == "2021-11-25"
    assert jv(one("Thu 15th", "en", policy="news_week").value) == "2021-07-15"   # nearest
    assert jv(one("Fri 15th", "en").value) == "2021-10-15"
    assert jv(one("Fri 15th", "en", policy="next").value) == "2022-04-15"        # first ahead
    assert jv(one("Thu 15th", "en", policy="next").value) is None    # none within six months
    assert jv(one("Tuesday, the 23rd", "en").value) == "2021-11-23"
    assert jv(one("jeudi 25", "fr", ref=None).value) is None


def test_weekday_day_and_two_digit_year_do_not_swallow_counts():
    c = Context("fr", REF)
    assert [f.text for f in find_dates("mercredi 13 personnes ont été blessées", c)] == ["mercredi"]
    e = Context("en", REF)
    assert [f.text for f in find_dates("On 14 April 15 people died.", e)] == ["On 14 April"]
    assert [jv(f.value) for f in find_durations("It took 2 hours ten people said", e)] == ["PT2H"]


def test_bench_reads_flags_apart_from_the_corpus_folder(capsys, tmp_path):
    from reconcile.bench import facts_time
    assert facts_time.main(["facts_time", str(tmp_path), "-v"]) == 0


def test_reresolve_resolves_dates_and_keeps_linked_entities():
    import dataclasses

    from reconcile.extract import extract_claim_facts
    from reconcile.pipeline import reresolve
    from reconcile.types import Anchor, Claim

    text = "Defense Minister Benny Gantz signed the deal this Wednesday in Rabat."
    claim = extract_claim_facts(Claim("c1", "d1", 0, len(text), text, "en"), Context("en", None))
    linked = tuple(dataclasses.replace(f, value=EntityRef("person:linked_id")) if f.text == "Benny Gantz" else f
                   for f in claim.facts)
    claim = dataclasses.replace(claim, facts=linked)
    none, borrowed = Anchor(None, "none"), Anchor(dt.date(2021, 11, 26), "borrowed")
    [again] = reresolve([claim], {"d1": none}, {"d1": borrowed})
    assert {f.text: jv(f.value) for f in again.facts if f.type == "date"} == {"this Wednesday": "2021-11-24"}
    assert {f.text: jv(f.value) for f in again.facts if f.type == "entity"}["Benny Gantz"] == "person:linked_id"
    assert reresolve([claim], {"d1": none}, {"d1": none})[0] is claim      # unchanged anchor: untouched

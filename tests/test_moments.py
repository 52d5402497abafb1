"""Claims giving one kind of value for different things are never aligned (reconcile/moments.py):
a venue's capacity and the crowd present, clock times of different moments, two quakes' magnitudes."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.extract import extract_claim_facts
from reconcile.moments import distinct_magnitudes, distinct_measures, distinct_moments, frames_clash, mismatch_rule
from reconcile.types import Claim, Context

TODAY = dt.date(2023, 3, 8)


def claim(text: str, lang: str, cid: str = "c") -> Claim:
    return extract_claim_facts(Claim(cid, f"d-{cid}", 0, len(text), text, lang), Context(lang, TODAY))


CLASH = [
    (("The arena, which holds 18,000 spectators, was full.", "en"), ("18.000 penonton hadir di arena itu.", "id")),
    (("La finale s'est jouée dans un stade de 60 000 places.", "fr"), ("About 75,000 fans attended the final.", "en")),
    (("القاعة التي تتسع لـ9 آلاف متفرج امتلأت.", "ar"), ("Some 9,000 people attended the concert.", "en")),
]
NO_CLASH = [
    # both give the crowd
    (("About 75,000 fans attended the final.", "en"), ("75.000 penonton hadir di final itu.", "id")),
    # one gives both: it can corroborate either
    (("The 60,000-seat stadium held 75,000 fans that night, a record.", "en"),
     ("About 75,000 fans attended the final.", "en")),
    # capacity on both sides (a contradiction to flag, not two facts)
    (("The arena, which holds 18,000 spectators, was full.", "en"), ("L'arène compte 20 000 places.", "fr")),
]
MOMENTS = [
    # left at one time, arrived at another
    (("The minister will leave the capital on Friday at 09:45.", "en"),
     ("Menteri itu tiba di Bandung pukul 14.30 WIB.", "id")),
    # a schedule and the landing itself (GMT written the AFP Arabic way)
    (("غادرت الطائرة مساء الأحد على أن تصل صباح الاثنين (5:30 ت غ) إلى الدوحة.", "ar"),
     ("The plane landed in Doha at 05:12 GMT on Monday.", "en")),
]
SAME_MOMENT = [
    # one role, two times: the contradiction to flag
    (("Menteri itu tiba di hotel pukul 11.25 WIB.", "id"), ("Menteri tiba di hotel sekira pukul 12.25 WIB.", "id")),
    # one time in common
    (("The minister landed at 11:16, then left the airport at 11:40.", "en"),
     ("Le ministre a atterri à 11h16.", "fr")),
    # a role unknown on one side
    (("The minister will leave the capital on Friday at 09:45.", "en"), ("Pukul 14.30 WIB, hujan turun.", "id")),
]
MEASURES = [
    # a leg and the whole tour: two distances
    (("The overnight flight covered 9,870 kilometres.", "en"), ("Ce périple de 21 jours et 40.000 km sera éprouvant.", "fr")),
]
ONE_MEASURE = [
    # one distance in miles and in kilometres
    (("The flight covered 6,130 miles.", "en"), ("Penerbangan itu menempuh 9.865 km.", "id")),
    # two lengths of one flight sharing its day: the contradiction to flag
    (("The flight of 12 March covered 6,130 miles.", "en"), ("Le vol du 12 mars a parcouru 12 000 km.", "fr")),
]
QUAKES = [
    (("A second quake, of magnitude 7.5, struck nine hours later.", "en"),
     ("Le séisme de magnitude 7,8 a frappé le 6 février.", "fr")),
]
ONE_QUAKE = [
    (("A magnitude 7.8 quake struck on Monday.", "en"), ("Le séisme de magnitude 7,8 a frappé lundi.", "fr")),
    # two magnitudes of one quake, one day: the contradiction to flag
    (("A magnitude 7.8 quake struck on 6 February 2023.", "en"),
     ("Gempa bermagnitudo 7,7 mengguncang pada 6 Februari 2023.", "id")),
]


@pytest.mark.parametrize("a,b", MEASURES)
def test_two_measures(a, b) -> None:
    assert distinct_measures(claim(*a, "a"), claim(*b, "b")) is True


@pytest.mark.parametrize("a,b", ONE_MEASURE)
def test_one_measure(a, b) -> None:
    assert distinct_measures(claim(*a, "a"), claim(*b, "b")) is False


@pytest.mark.parametrize("a,b", CLASH)
def test_capacity_and_crowd_clash(a, b) -> None:
    assert frames_clash(claim(*a, "a"), claim(*b, "b")) and frames_clash(claim(*b, "b"), claim(*a, "a"))


@pytest.mark.parametrize("a,b", NO_CLASH)
def test_no_clash(a, b) -> None:
    assert not frames_clash(claim(*a, "a"), claim(*b, "b"))


@pytest.mark.parametrize("a,b", MOMENTS)
def test_different_moments(a, b) -> None:
    assert distinct_moments(claim(*a, "a"), claim(*b, "b")) and distinct_moments(claim(*b, "b"), claim(*a, "a"))


@pytest.mark.parametrize("a,b", SAME_MOMENT)
def test_same_moment_or_unknown(a, b) -> None:
    assert not distinct_moments(claim(*a, "a"), claim(*b, "b"))


@pytest.mark.parametrize("a,b", QUAKES)
def test_two_quakes(a, b) -> None:
    assert distinct_magnitudes(claim(*a, "a"), claim(*b, "b"))


@pytest.mark.parametrize("a,b", ONE_QUAKE)
def test_one_quake(a, b) -> None:
    assert not distinct_magnitudes(claim(*a, "a"), claim(*b, "b"))


def test_rule_gives_exactly_the_mismatched_pairs() -> None:
    texts = [CLASH[0][0], CLASH[0][1], MOMENTS[0][0], MOMENTS[0][1], SAME_MOMENT[0][0], SAME_MOMENT[0][1],
             QUAKES[0][0], QUAKES[0][1]]
    claims = [claim(t, lang, f"c{n}") for n, (t, lang) in enumerate(texts)]
    rule = mismatch_rule(claims)
    split = {(i, j) for i in range(len(claims)) for j in range(i + 1, len(claims)) if rule(i, j)}
    # the departure at 09:45 is a moment apart from every arrival; the two arrivals stay together
    assert split == {(0, 1), (2, 3), (2, 4), (2, 5), (6, 7)}
    assert all(rule(j, i) for i, j in split)


#: One time said at two places: two arrivals (the entity ids must differ and neither claim name the
#: other's place).
PLACES_APART = [
    (("Menteri itu tiba di Gedung Sate pukul 10.40 WIB.", "id"),
     ("Menteri itu tiba di Surabaya pukul 10.40 WIB.", "id")),
    (("The minister arrived at Government House at 10:40.", "en"),
     ("The minister arrived in Lusaka at 10:40 and was greeted by officials.", "en")),
]
PLACES_TOGETHER = [
    # one place on both sides: one arrival
    (("Menteri itu tiba di Gedung Sate pukul 10.40 WIB.", "id"),
     ("Sekitar pukul 10.40 WIB, menteri tiba di Gedung Sate.", "id")),
    # a place on one side only
    (("Menteri itu tiba di Gedung Sate pukul 10.40 WIB.", "id"), ("Menteri itu tiba pukul 10.40 WIB.", "id")),
    # different times of one role stay together (the contradiction to flag), places or not
    (("The minister arrived at Government House at 10:40.", "en"),
     ("The minister arrived in Lusaka at 11:40 and was greeted by officials.", "en")),
]


@pytest.mark.parametrize("a,b", PLACES_APART)
def test_one_time_at_two_places_is_two_moments(a, b) -> None:
    x, y = claim(*a, "a"), claim(*b, "b")
    assert distinct_moments(x, y) and distinct_moments(y, x)
    assert not distinct_moments(x, y, places=False)


@pytest.mark.parametrize("a,b", PLACES_TOGETHER)
def test_places_only_break_a_shared_time(a, b) -> None:
    assert not distinct_moments(claim(*a, "a"), claim(*b, "b"))


def test_a_count_and_a_rank_of_one_thing_are_two_facts() -> None:
    from reconcile.moments import count_and_rank

    count = claim("Since his election, the president has made 31 visits abroad.", "en", "a")
    rank = claim("Ce 32e voyage le mènera aussi au Kenya.", "fr", "b")
    both = claim("This 32nd trip follows 31 visits abroad.", "en", "c")
    dated = claim("He made 31 visits abroad by 4 March 2023.", "en", "d")
    dated_rank = claim("His 32nd trip began on 4 March 2023.", "en", "e")
    assert count_and_rank(count, rank) and count_and_rank(rank, count)
    assert not count_and_rank(both, rank) and not count_and_rank(count, count)
    assert not count_and_rank(dated, dated_rank)          # a shared day ties them

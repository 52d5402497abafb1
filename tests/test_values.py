"""Typed fact values (reconcile.types): each reads back from, and writes, exactly its v1 JSON."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, strategies as st

from reconcile.index_codec import fact_from_json, fact_to_json
from reconcile.render.json import jsonable
from reconcile.types import (ClockTime, DateValue, Duration, EntityRef, Evidence, Fact, Money, Number, Ordinal,
                             Quantity, value_from_json, value_to_json)

# Real v1 values, as the report and the index hold them.
V1 = [("date", "2021-11-23"), ("date", "2021-11"), ("date", "2021"), ("date", "--11-24"), ("date", "--11"),
      ("date", "2021-11-23/2021-11-25"), ("time", "11:25"), ("time", "00:05"),
      ("duration", "P2D"), ("duration", "PT3H"), ("duration", "PT1.5H"), ("duration", "2022-10-08/.."),
      ("duration", "../2021-11-25"), ("number", 7.8), ("number", 130), ("money", {"amount": 48000000, "currency": "USD"}),
      ("money", {"amount": 2.5, "currency": None}), ("quantity", {"count": 3, "unit": "drone"}),
      ("quantity", {"count": 8, "unit": None}), ("ordinal", 3), ("entity", "person:gantz"), ("entity", "place:myanmar")]


@pytest.mark.parametrize("fact_type,obj", V1)
def test_every_value_round_trips_through_its_v1_json(fact_type, obj):
    value = value_from_json(fact_type, obj)
    assert value.to_json() == obj and json.dumps(jsonable(value)) == json.dumps(obj)
    assert value_from_json(fact_type, value.to_json()) == value
    assert hash(value) == hash(value_from_json(fact_type, obj))


def test_none_stays_none_and_json_passes_through():
    assert value_from_json("date", None) is None
    assert value_to_json(None) is None and value_to_json({"a": 1}) == {"a": 1}


@pytest.mark.parametrize("iso,granularity,ymd,partial,is_day,weekday", [
    ("2021-11-23", "day", (2021, 11, 23), False, True, 1),
    ("2021-11", "month", (2021, 11, None), False, False, None),
    ("2021", "year", (2021, None, None), False, False, None),
    ("--11-24", "day", (None, 11, 24), True, False, None),
    ("--11", "month", (None, 11, None), True, False, None),
    ("0999", "year", (999, None, None), False, False, None),
])
def test_date_parts_are_read_from_the_iso_text(iso, granularity, ymd, partial, is_day, weekday):
    d = DateValue(iso)
    assert (d.granularity, (d.year, d.month, d.day), d.partial, d.is_day, d.weekday) == \
        (granularity, ymd, partial, is_day, weekday)
    assert d.end is None and str(d) == iso


def test_a_date_interval_has_its_end_and_is_not_one_day():
    d = DateValue("2021-11-23/2021-11-25")
    assert d.end == DateValue("2021-11-25") and d.end.is_day
    assert not d.is_day and d.as_date() is None and d.granularity == "day"


def test_dates_are_equal_by_their_text_only():
    assert DateValue("2021-11-23") == DateValue.of(dt.date(2021, 11, 23))
    assert DateValue("2021-11-23") != DateValue("2021-11") and DateValue("2021-11-23") != "2021-11-23"
    assert len({DateValue("2021-11"), DateValue("2021-11")}) == 1
    assert DateValue("2021-11-23").as_date() == dt.date(2021, 11, 23)


def test_durations_clock_times_and_entities_read_their_parts():
    assert Duration("PT1.5H").seconds == Duration("PT90M").seconds == 5400
    assert Duration("P1W").seconds == 7 * 86400 and not Duration("P1W").is_interval
    assert Duration("2021/..").is_interval and Duration("2021/..").seconds is None
    assert (ClockTime(9, 5).to_json(), ClockTime.from_json("23:59").minutes) == ("09:05", 23 * 60 + 59)
    assert (EntityRef("person:gantz").kind, EntityRef("org:un").id) == ("person", "org:un")


def test_numbers_compare_as_their_figures():
    assert Number(5) == Number(5.0) and Quantity(5, "x") == Quantity(5.0, "x")
    assert Money(5, "USD") != Money(5, "EUR") and Ordinal(3) == Ordinal(3)


def test_facts_and_evidence_hold_only_typed_values():
    with pytest.raises(TypeError):
        Fact("date", 0, 1, "x", "2021-11-23", "r")
    with pytest.raises(TypeError):
        Evidence("d", "c", 0, 1, "x", {"amount": 5, "currency": "USD"})
    assert Fact("date", 0, 1, "x", None, "r").value is None


@pytest.mark.parametrize("fact_type,obj", V1)
def test_index_codec_reads_facts_written_before(fact_type, obj):
    stored = {"type": fact_type, "start": 0, "end": 1, "text": "x", "value": obj, "rule": "r", "attrs": {}}
    fact = fact_from_json(stored)
    assert fact.value == value_from_json(fact_type, obj) and fact_to_json(fact) == stored


_dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


@given(_dates, st.sampled_from(["day", "month", "year", "partial_day", "partial_month"]))
def test_date_value_round_trip(day, shape):
    iso = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4],
           "partial_day": "--" + day.isoformat()[5:], "partial_month": "--" + day.isoformat()[5:7]}[shape]
    d = DateValue.from_json(iso)
    assert d.to_json() == iso and DateValue(d.to_json()) == d
    assert d.partial == shape.startswith("partial") and d.month == (None if shape == "year" else day.month)
    assert d.is_day == (shape == "day") and (d.as_date() == day if d.is_day else d.as_date() is None)
    assert d.weekday == (day.weekday() if shape == "day" else None)

"""A weekday that does not fit its day is reported on its own (reconcile/slips.py)."""
from __future__ import annotations

import datetime as dt

from reconcile.extract import extract_claim_facts
from reconcile.slips import weekday_slips
from reconcile.types import Claim, Context
from reconcile.types import value_to_json as jv


def claim(text: str, lang: str, ref: dt.date, cid: str = "c1") -> Claim:
    return extract_claim_facts(Claim(cid, "d1", 0, len(text), text, lang), Context(lang, ref))


def ids():
    n = iter(range(1, 100))
    return lambda: f"f{next(n)}"


def test_a_slipped_weekday_is_one_single_source_finding() -> None:
    # 4 March 2019 is a Monday; the text calls it Tuesday ("Selasa"), written the next day
    c = claim("kata juru bicara kementerian di Jakarta, Selasa (4/3).", "id", dt.date(2019, 3, 5))
    found = weekday_slips([c], ids())
    assert [(f.kind, f.slot, f.evidence[0].text, jv(f.evidence[0].value)) for f in found] == [
        ("single_source", "date", "Selasa (4/3)", "2019-03-04")]
    assert "Tuesday, but 2019-03-04 is a Monday" in found[0].summary


def test_a_fitting_weekday_or_an_already_reported_span_gives_nothing() -> None:
    ok = claim("kata juru bicara kementerian di Jakarta, Senin (4/3).", "id", dt.date(2019, 3, 5))
    assert weekday_slips([ok], ids()) == []
    slip = claim("kata juru bicara kementerian di Jakarta, Selasa (4/3).", "id", dt.date(2019, 3, 5))
    f = next(x for x in slip.facts if x.type == "date")
    assert weekday_slips([slip], ids(), {("d1", f.start, f.end)}) == []


def test_a_month_written_with_two_names_of_two_months_is_one_single_source_finding() -> None:
    # Levantine and Gregorian names side by side: "آذار" is March, "أبريل" April
    c = claim("وصل الوفد مساء الاثنين 4 آذار/أبريل 2019.", "ar", dt.date(2019, 3, 5))
    found = weekday_slips([c], ids())
    assert [(f.kind, f.slot, jv(f.evidence[0].value)) for f in found] == [("single_source", "date", "2019-03-04")]
    assert "months 3 and 4" in found[0].summary
    ok = claim("وصل الوفد مساء الاثنين 4 آذار/مارس 2019.", "ar", dt.date(2019, 3, 5))
    assert weekday_slips([ok], ids()) == []

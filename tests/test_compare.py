"""Findings from typed facts of aligned claims: conflicts, agreements, variants, single-source."""
from __future__ import annotations

from reconcile.compare import compare
from reconcile.types import Claim, Cluster, Document, Fact, value_from_json


def _doc(i):
    return Document(id=i, path=f"{i}.txt", text="", language="en")


def _f(typ, value, text="w", start=0, **attrs):
    return Fact(typ, start, start + len(text), text, value_from_json(typ, value), "test", attrs)


def _c(cid, doc, *facts):
    return Claim(cid, doc, 0, 10, "claim text", "en", tuple(facts))


def _run(claims, groups, score=0.9):
    """Clusters whose claim pairs were all aligned with ``score`` (no context similarity given)."""
    by = {c.id: c for c in claims}
    clusters = [Cluster(f"k{n}", tuple(g), pair_scores={f"{a}|{b}": score for a in g for b in g
                                                        if a < b and by[a].doc_id != by[b].doc_id})
                for n, g in enumerate(groups, 1)]
    docs = [_doc(d) for d in sorted({c.doc_id for c in claims})]
    return compare(claims, clusters, docs)


def test_weekday_date_against_explicit_date_is_a_conflict_with_two_sides():
    claims = [_c("c1", "A", _f("date", "2021-11-23", "Selasa (23/11)")),
              _c("c2", "B", _f("date", "2021-11-23", "le 23 novembre")),
              _c("c3", "C", _f("date", "2021-11-24", "this Wednesday"))]
    findings, cons = _run(claims, [["c1", "c2", "c3"]])
    conflicts = [f for f in findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    c = conflicts[0]
    assert c.slot == "date" and c.severity == "high"
    assert {e.value.iso for e in c.evidence} == {"2021-11-23", "2021-11-24"}
    assert "2 of 3 sources" in c.summary and "1 of 3" in c.summary
    assert cons["conflicts"] == 2 and cons["agreements"] == 1


def test_coarser_granularity_does_not_contradict():
    claims = [_c("c1", "A", _f("date", "2021-11")), _c("c2", "B", _f("date", "2021-11-24"))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert not [f for f in findings if f.kind == "conflict"]


def test_money_conflict_same_currency_and_estimate_tolerance():
    usd = lambda a, **k: _f("money", {"amount": a, "currency": "USD"}, **k)
    claims = [_c("c1", "A", usd(48e6)), _c("c2", "B", usd(50e6))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert [f.slot for f in findings if f.kind == "conflict"] == ["money"]
    claims = [_c("c1", "A", usd(48e6, estimate=True)), _c("c2", "B", usd(50e6))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert not [f for f in findings if f.kind == "conflict"]


def test_different_currencies_are_not_compared():
    claims = [_c("c1", "A", _f("money", {"amount": 5, "currency": "USD"})),
              _c("c2", "B", _f("money", {"amount": 7, "currency": "EUR"}))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert not [f for f in findings if f.kind == "conflict"]


def test_agreement_after_normalization_and_ordinal_conflict():
    claims = [_c("c1", "A", _f("quantity", {"count": 42, "unit": "orang"}, frame="count:dead"),
                  _f("ordinal", 1, frame="ordinal:visit")),
              _c("c2", "B", _f("quantity", {"count": 42, "unit": "personnes"}, frame="count:dead"),
                 _f("ordinal", 2, frame="ordinal:visit"))]
    findings, _ = _run(claims, [["c1", "c2"]])
    kinds = {(f.kind, f.slot) for f in findings}
    assert ("agreement", "quantity") in kinds
    assert ("conflict", "ordinal") in kinds


def test_spelling_variants_are_variants_never_conflicts():
    claims = [_c("c1", "A", _f("entity", "person:x", "Abdel Rahim")),
              _c("c2", "B", _f("entity", "person:x", "Abderrahim"))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert [f.kind for f in findings] == ["variant"]


def test_single_source_money_in_an_unaligned_claim():
    claims = [_c("c1", "A", _f("money", {"amount": 3, "currency": "USD"})), _c("c2", "B")]
    findings, _ = _run(claims, [])
    ss = [f for f in findings if f.kind == "single_source"]
    assert len(ss) == 1 and ss[0].slot == "money" and ss[0].evidence[0].doc == "A"


def test_loosely_aligned_claims_are_not_accused_of_conflict():
    claims = [_c("c1", "A", _f("date", "2021-11-23")), _c("c2", "B", _f("date", "2021-11-24"))]
    findings, cons = _run(claims, [["c1", "c2"]], score=0.5)
    assert not [f for f in findings if f.kind == "conflict"]


def test_values_orders_of_magnitude_apart_describe_different_things():
    claims = [_c("c1", "A", _f("quantity", {"count": 21000, "unit": "orang"})),
              _c("c2", "B", _f("quantity", {"count": 5000000, "unit": "syriens"}))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert not [f for f in findings if f.kind == "conflict"]


def test_context_decides_which_values_are_compared():
    """With two dates in one claim, the one whose context matches the other source is compared."""
    arrive = _f("date", "2021-11-23", "Tuesday", start=0)
    sign = _f("date", "2021-11-24", "Wednesday", start=20)
    other = _f("date", "2021-11-24", "mercredi", start=0)
    c1 = Claim("c1", "A", 0, 40, "arrived Tuesday and signed Wednesday", "en", (arrive, sign))
    c2 = Claim("c2", "B", 0, 30, "a signé mercredi", "fr", (other,))

    def sim(a, b):   # the "signed" context matches, the "arrived" one does not
        return 0.95 if "signed" in a or "signed" in b else 0.5

    clusters = [Cluster("k1", ("c1", "c2"), pair_scores={"c1|c2": 0.9})]
    findings, cons = compare([c1, c2], clusters, [_doc("A"), _doc("B")], similarity=sim)
    assert [f.kind for f in findings if f.slot == "date"] == ["agreement", "single_source"]
    single = next(f for f in findings if f.kind == "single_source")
    assert single.evidence[0].text == "Tuesday"       # only A reports the arrival
    assert cons["conflicts"] == 0 and cons["agreements"] == 1


def test_same_language_counts_of_different_things_do_not_conflict():
    a = Claim("c1", "A", 0, 10, "x", "fr", (_f("quantity", {"count": 3, "unit": "drones"}, frame="count:aircraft"),))
    b = Claim("c2", "B", 0, 10, "x", "fr", (_f("quantity", {"count": 2, "unit": "responsables"},
                                              frame="count:official"),))
    c = Claim("c3", "C", 0, 10, "x", "fr", (_f("quantity", {"count": 5, "unit": "Drone"}, frame="count:aircraft"),))
    findings, _ = _run([a, b], [["c1", "c2"]])
    assert not [f for f in findings if f.kind == "conflict"]
    findings, _ = _run([a, c], [["c1", "c3"]])
    assert [f.slot for f in findings if f.kind == "conflict"] == ["quantity"]


def test_values_group_into_points_across_documents_equal_values_first(monkeypatch):
    # A: winner $42M, total $440M, runner-up $30M; B: winner 45M, runner-up 30M; C: winner 42M.
    # By context alone B's 45M looks closest to A's $440M and C's 42M to B's 30M (as with short
    # context windows in practice); grouping equal values first and then mutual best among
    # plausible values keeps 30M = 30M, and 42M (A, C) against 45M (B).
    usd = lambda a, t: _f("money", {"amount": a, "currency": "USD"}, t)
    a42, a440, a30 = usd(42e6, "a42"), usd(440e6, "a440"), usd(30e6, "a30")
    b45, b30, c42 = usd(45e6, "b45"), usd(30e6, "b30"), usd(42e6, "c42")
    claims = [Claim("c1", "A", 0, 10, "a42 a440 a30", "en", (a42, a440, a30)),
              Claim("c2", "B", 0, 10, "b45 b30", "en", (b45, b30)),
              Claim("c3", "C", 0, 10, "c42", "en", (c42,))]
    sim = {frozenset(p): s for p, s in [
        (("a42", "b45"), 0.865), (("a42", "b30"), 0.871), (("a42", "c42"), 0.889),
        (("a440", "b45"), 0.90), (("a440", "b30"), 0.902), (("a440", "c42"), 0.889),
        (("a30", "b45"), 0.908), (("a30", "b30"), 0.913), (("a30", "c42"), 0.895),
        (("b45", "c42"), 0.875), (("b30", "c42"), 0.898)]}

    def similarity(x, y):
        tag = lambda w: next(t for t in ("a440", "a42", "a30", "b45", "b30", "c42") if t in w.split())
        return sim[frozenset((tag(x), tag(y)))]

    cluster = Cluster("k1", ("c1", "c2", "c3"), pair_scores={"c1|c2": 0.9, "c1|c3": 0.9, "c2|c3": 0.9})
    monkeypatch.setattr("reconcile.compare.context_window", lambda claim, fact, words=6: fact.text)
    findings, _ = compare(claims, [cluster], [_doc(d) for d in "ABC"], similarity)
    conflicts = [f for f in findings if f.kind == "conflict"]
    assert len(conflicts) == 1
    assert {(e.doc, e.value.amount) for e in conflicts[0].evidence} == {("A", 42e6), ("C", 42e6), ("B", 45e6)}
    agreed = {tuple(sorted(e.doc for e in f.evidence)): f.evidence[0].value.amount
              for f in findings if f.kind == "agreement"}
    assert agreed[("A", "B")] == 30e6 and agreed[("A", "C")] == 42e6


def test_durations_compare_by_length():
    claims = [_c("c1", "A", _f("duration", "P7D", "seven days", frame="duration:visit")),
              _c("c2", "B", _f("duration", "P1W", "une semaine", frame="duration:visit"))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert not [f for f in findings if f.kind == "conflict"]
    assert [f.slot for f in findings if f.kind == "agreement"] == ["duration"]


def test_single_source_value_beside_aligned_sources_that_report_other_points():
    usd = lambda a, t: _f("money", {"amount": a, "currency": "USD"}, t)
    claims = [Claim("c1", "A", 0, 10, "x", "en", (usd(42e6, "$42 million"), usd(440e6, "$440 million"))),
              Claim("c2", "B", 0, 10, "x", "en", (usd(42e6, "42 millions"),)),
              Claim("c3", "C", 0, 10, "x", "en", (_f("money", {"amount": 440e6, "currency": "EUR"}, "440 M€"),))]
    findings, _ = _run(claims, [["c1", "c2", "c3"]])
    single = {(f.evidence[0].doc, f.evidence[0].text) for f in findings if f.kind == "single_source"}
    # $440M meets no other source's value (euros are not the same amount); $42M is corroborated.
    assert ("A", "$440 million") in single and ("A", "$42 million") not in single


def test_spellings_that_differ_only_in_case_are_not_a_variant():
    ent = lambda text: _f("entity", "person:x", text)
    claims = [_c("c1", "A", ent("RABAT")), _c("c2", "B", ent("Rabat"))]
    findings, _ = _run(claims, [])
    assert not [f for f in findings if f.kind == "variant"]
    claims = [_c("c1", "A", ent("Marrakech")), _c("c2", "B", ent("Marrakesh"))]
    findings, _ = _run(claims, [])
    assert [f.kind for f in findings if f.kind == "variant"] == ["variant"]


def test_values_of_different_frames_neither_agree_nor_conflict():
    # "2 countries" vs "2 officials" is no agreement; "3 nights" vs "4 countries" no conflict
    claims = [_c("c1", "A", _f("quantity", {"count": 2, "unit": "countries"}, frame="count:country"),
                 _f("quantity", {"count": 3, "unit": "nights"}, "x", 2, frame="count:night")),
              _c("c2", "B", _f("quantity", {"count": 2, "unit": "responsables"}, frame="count:official"),
                 _f("quantity", {"count": 4, "unit": "pays"}, "x", 2, frame="count:country"))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert {(f.kind, f.frame) for f in findings if f.kind in ("agreement", "conflict")} == {("conflict", "count:country")}


def test_a_tally_at_another_time_is_an_update_not_a_conflict():
    from reconcile.types import Anchor
    import datetime as dt

    dead = lambda n: _f("quantity", {"count": n, "unit": "dead"}, frame="count:dead")
    claims = [_c("c1", "A", dead(5)), _c("c2", "B", dead(14))]
    anchors = {"A": Anchor(dt.date(2023, 9, 10), "front_matter"), "B": Anchor(dt.date(2023, 9, 12), "front_matter")}
    by = {c.id: c for c in claims}
    clusters = [Cluster("k1", ("c1", "c2"), pair_scores={"c1|c2": 0.95})]
    findings, _ = compare(claims, clusters, [_doc("A"), _doc("B")], lambda a, b: 0.99, anchors)
    assert {f.kind for f in findings} == {"update"}
    same_day = {**anchors, "B": Anchor(dt.date(2023, 9, 10), "front_matter")}
    findings, _ = compare(claims, clusters, [_doc("A"), _doc("B")], lambda a, b: 0.99, same_day)
    assert [f.kind for f in findings] == ["conflict"]


def test_a_lower_bound_is_not_contradicted_by_a_larger_figure():
    claims = [_c("c1", "A", _f("duration", "P20Y", "plus de vingt ans", frame="duration:since", bound="min")),
              _c("c2", "B", _f("duration", "P23Y", "23 tahun", frame="duration:since"))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert not [f for f in findings if f.kind == "conflict"]


def test_the_same_figure_a_thousand_times_off_is_a_conflict():
    idr = lambda a: _f("money", {"amount": a, "currency": "IDR"})
    claims = [_c("c1", "A", idr(50e6)), _c("c2", "B", idr(50e9))]
    findings, _ = _run(claims, [["c1", "c2"]])
    assert [f.slot for f in findings if f.kind == "conflict"] == ["money"]
    claims = [_c("c1", "A", idr(50e6)), _c("c2", "B", idr(70e9))]      # just far apart: two amounts
    findings, _ = _run(claims, [["c1", "c2"]])
    assert not [f for f in findings if f.kind == "conflict"]


def test_a_bound_of_another_counted_thing_does_not_speak_to_a_single_source_count():
    # "about 3,000 of them" (a count no lexicon knows, a bound) says nothing about "13 cars";
    # an equal figure of an unknown noun still does ("13 unités")
    cars = _f("quantity", {"count": 13, "unit": "cars"}, "13 cars", frame="count:vehicle")
    crowd = _f("quantity", {"count": 3000, "unit": "them"}, "3,000 of them", frame="count~en:them", bound="max")
    findings, _ = _run([_c("c1", "A", cars), _c("c2", "B", crowd)], [["c1", "c2"]])
    assert ("A", "13 cars") in {(f.evidence[0].doc, f.evidence[0].text) for f in findings if f.kind == "single_source"}
    same = _f("quantity", {"count": 13, "unit": "unités"}, "13 unités", frame="count~fr:unité")
    findings, _ = _run([_c("c1", "A", cars), _c("c2", "B", same)], [["c1", "c2"]])
    assert ("A", "13 cars") not in {(f.evidence[0].doc, f.evidence[0].text) for f in findings if f.kind == "single_source"}

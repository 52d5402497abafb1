"""Organisation mentions (``reconcile.facts.org``, corpora ``ORG_CORPUS`` / ``ORG_NEGATIVE_CORPUS``
in ``reconcile/lang/<code>/org.py``) and their linking into variant findings (``reconcile.org_link``)."""
from __future__ import annotations

import numpy as np
import pytest

from reconcile.facts.org import find_orgs
from reconcile.lang import rules
from reconcile.org_link import add_org_variants, is_org_variant, link_orgs, org_mentions
from reconcile.types import Claim, EntityRef, Evidence, Finding, OrgMention

LANGS = ("id", "en", "fr", "ar")


def _cases(table: str) -> list:
    return [pytest.param(lang, *([row] if isinstance(row, str) else row), id=f"{lang}-{n}")
            for lang in LANGS for n, row in enumerate(getattr(rules(lang, "org"), table))]


@pytest.mark.parametrize("lang,text,mention,concept", _cases("ORG_CORPUS"))
def test_org_corpus(lang, text, mention, concept):
    named = [(m.text, m.concept) for m in find_orgs(text, lang) if m.concept]
    assert named == [(mention, concept)]


@pytest.mark.parametrize("lang,text", _cases("ORG_NEGATIVE_CORPUS"))
def test_org_negative_corpus(lang, text):
    assert find_orgs(text, lang) == []


def test_every_language_has_org_corpora():
    for lang in LANGS:
        mod = rules(lang, "org")
        assert mod.ORG_CORPUS and mod.ORG_NEGATIVE_CORPUS and mod.HEADS


def test_acronym_after_a_name_and_bare_acronyms():
    text = "The World Food Programme (WFP) and UNICEF met; READ MORE"
    got = [(m.text, m.concept, m.acronym, m.start) for m in find_orgs(text, "en", doc="d", claim="c", offset=10)]
    assert got == [("World Food Programme", "programme", "WFP", 14), ("UNICEF", None, "UNICEF", 45)]


def test_arabic_clitics_and_descriptions():
    got = [m.text for m in find_orgs("وقالت المنظمة الإغاثية إن برنامج الأغذية العالمي قال إن للهلال الأحمر المصري", "ar")]
    assert got == ["برنامج الأغذية العالمي", "للهلال الأحمر المصري"]


def test_a_title_ends_the_name():
    got = [m.text for m in find_orgs("Dewan Keamanan Presiden Joko", "id")]
    assert got == ["Dewan Keamanan"]


# --------------------------------------------------------------------------- linking

def _m(doc: str, start: int, text: str, concept: str | None = "organisation", acronym: str | None = None,
       lang: str = "en") -> OrgMention:
    return OrgMention(doc=doc, claim=f"{doc}-c", start=start, end=start + len(text), text=text, language=lang,
                      concept=concept, acronym=acronym)


def _encoder(groups: list[list[str]]):
    """Strings of one inner list get one vector; others are orthogonal."""
    where = {s: n for n, g in enumerate(groups) for s in g}

    def encode(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(groups) + len(texts)), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, where[t] if t in where else len(groups) + i] = 1.0
        return out
    return encode


def _groups(ms, encode, t=0.9) -> set[frozenset[tuple[str, str]]]:
    return {frozenset((m.doc, m.text) for m in g.mentions) for g in link_orgs(ms, encode, t)}


def test_names_of_one_concept_link_across_languages_by_embedding():
    ms = [_m("a", 0, "Organisation mondiale de la santé", lang="fr"), _m("b", 0, "منظمة الصحة العالمية", lang="ar"),
          _m("c", 0, "Organisation internationale des migrations", lang="fr")]
    encode = _encoder([["Organisation mondiale de la santé", "منظمة الصحة العالمية"]])
    assert _groups(ms, encode) == {frozenset({("a", "Organisation mondiale de la santé"), ("b", "منظمة الصحة العالمية")}),
                                   frozenset({("c", "Organisation internationale des migrations")})}


def test_different_concepts_never_link():
    ms = [_m("a", 0, "Libyan Red Crescent", "crescent"), _m("b", 0, "Libyan Federation", "federation")]
    encode = _encoder([["Libyan Red Crescent", "Libyan Federation"]])
    assert _groups(ms, encode) == {frozenset({("a", "Libyan Red Crescent")}), frozenset({("b", "Libyan Federation")})}


def test_two_names_in_one_document_stay_two_organisations():
    ms = [_m("a", 0, "Alpha Office"), _m("a", 50, "Beta Office"), _m("b", 0, "Gamma Office")]
    encode = _encoder([["Alpha Office", "Beta Office", "Gamma Office"]])
    assert _groups(ms, encode) == {frozenset({("a", "Alpha Office"), ("b", "Gamma Office")}),
                                   frozenset({("a", "Beta Office")})}


def test_acronyms_and_spellings_link_without_an_embedder():
    ms = [_m("a", 0, "Bureau of Things", acronym="BOT"), _m("b", 0, "BOT", None, "BOT"),
          _m("c", 0, "bureau of things"), _m("d", 0, "Other Bureau")]
    assert _groups(ms, None) == {frozenset({("a", "Bureau of Things"), ("b", "BOT"), ("c", "bureau of things")}),
                                 frozenset({("d", "Other Bureau")})}


def test_below_the_threshold_nothing_links():
    ms = [_m("a", 0, "Alpha Office"), _m("b", 0, "Alpha Bureau")]

    def encode(texts):
        return np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32)
    assert len(link_orgs(ms, encode, 0.9)) == 2
    assert len(link_orgs(ms, encode, 0.8)) == 1


# --------------------------------------------------------------------------- findings

def _claim(cid: str, doc: str, text: str, lang: str) -> Claim:
    return Claim(cid, doc, 100, 100 + len(text), text, lang)


def test_variant_findings_are_numbered_on_and_placed_before_single_source():
    claims = [_claim("c1", "en1", "The World Food Programme (WFP) said.", "en"),
              _claim("c2", "fr1", "Le Programme alimentaire mondial a dit.", "fr"),
              _claim("c3", "ar1", "وقال برنامج الأغذية العالمي إن", "ar")]
    encode = _encoder([["World Food Programme", "Programme alimentaire mondial", "برنامج الأغذية العالمي"]])
    ev = Evidence("en1", "c1", 100, 103, "The", None)
    old = [Finding("f1", "variant", "entity", "info", "x", None, (ev,)),
           Finding("f2", "single_source", "number", "low", "y", None, (ev,))]
    out = add_org_variants(old, claims, encode, 0.9)
    assert [f.id for f in out] == ["f1", "f3", "f2"]
    new = out[1]
    assert is_org_variant(new) and not is_org_variant(old[0])
    assert {(e.doc, e.claim, e.start, e.end, e.text) for e in new.evidence} == {
        ("en1", "c1", 104, 124, "World Food Programme"), ("fr1", "c2", 103, 132, "Programme alimentaire mondial"),
        ("ar1", "c3", 105, 127, "برنامج الأغذية العالمي")}
    assert {e.value for e in new.evidence} == {EntityRef("org:programme_alimentaire_mondial")}
    assert new.summary == ("one organisation, 3 names: Programme alimentaire mondial / World Food Programme"
                           " / برنامج الأغذية العالمي")


def test_one_spelling_or_one_document_is_no_variant():
    claims = [_claim("c1", "a", "The Alpha Office said.", "en"), _claim("c2", "b", "The Alpha Office said.", "en"),
              _claim("c3", "a", "The Beta Office and the Beta office.", "en")]
    assert add_org_variants([], claims, None, 0.9) == []


def test_mentions_already_cited_by_a_variant_are_left_out():
    claims = [_claim("c1", "a", "The Alpha Office (AO) said.", "en"), _claim("c2", "b", "AO said.", "en")]
    assert len(add_org_variants([], claims, None, 0.9)) == 1
    cited = [Finding("f1", "variant", "entity", "info", "x", None,
                     (Evidence("a", "c1", 104, 116, "Alpha Office", None), Evidence("b", "c2", 100, 102, "AO", None)))]
    assert add_org_variants(cited, claims, None, 0.9) == cited


def test_org_mentions_shift_claim_offsets():
    claims = [_claim("c1", "a", "near the Mississippi River", "en")]
    assert [(m.doc, m.claim, m.start, m.end) for m in org_mentions(claims)] == [("a", "c1", 109, 126)]


def test_names_of_one_language_need_a_word_in_common_besides_the_head():
    ms = [OrgMention("a", "a-c", 0, 13, "Bandara Alpha", "id", "airport", "place", None, "Bandara"),
          OrgMention("b", "b-c", 0, 12, "Bandara Beta", "id", "airport", "place", None, "Bandara"),
          OrgMention("c", "c-c", 0, 19, "Bandara Alpha Utama", "id", "airport", "place", None, "Bandara")]
    encode = _encoder([["Bandara Alpha", "Bandara Beta", "Bandara Alpha Utama"]])
    assert _groups(ms, encode) == {frozenset({("a", "Bandara Alpha"), ("c", "Bandara Alpha Utama")}),
                                   frozenset({("b", "Bandara Beta")})}


def test_variant_summary_does_not_depend_on_mention_order() -> None:
    """Names equal but for case ("Nations Unies" / "Nations unies") sort one way whatever order
    the mentions come in (a report is a function of its inputs, not of set iteration)."""
    from reconcile.org_link import OrgGroup, _variant

    a, b = _m("d1", 0, "Office des Nations Unies"), _m("d2", 0, "Office des Nations unies")
    c = _m("d3", 0, "United Nations Office")
    summaries = {_variant(OrgGroup("org:x", ms, ("spelling",)), "f1", 0.9).summary for ms in ((a, b, c), (c, b, a))}
    assert summaries == {"one organisation, 3 names: Office des Nations Unies / Office des Nations unies / "
                         "United Nations Office"}

"""Frames: per-language corpora (``FRAME_CORPUS`` / ``FRAME_NEGATIVE_CORPUS`` in
``reconcile/lang/<code>/frame.py``) and the pairs that must never be compared."""
from __future__ import annotations

import datetime as dt

import pytest

from reconcile.extract import extract_claim_facts
from reconcile.facts.numeral import lang_module
from reconcile.frames import frames_comparable, is_tally
from reconcile.types import Claim, Context

LANGS = ("id", "en", "fr", "ar")


def _cases(name):
    return [(lang, *case) for lang in LANGS for case in getattr(lang_module(lang, "frame"), name)]


def frame_at(lang: str, sentence: str, number: str) -> str | None:
    """The frame of the comparable fact covering the first occurrence of ``number``."""
    claim = Claim("c1", "d1", 0, len(sentence), sentence, lang)
    claim = extract_claim_facts(claim, Context(lang, dt.date(2019, 6, 14)))
    at = sentence.index(number)
    hits = [f for f in claim.facts if f.start <= at < f.end and "frame" in f.attrs]
    assert len(hits) == 1, (sentence, [(f.type, f.text) for f in claim.facts])
    return hits[0].attrs["frame"]


@pytest.mark.parametrize("lang,sentence,number,expected", _cases("FRAME_CORPUS"))
def test_frame_corpus(lang, sentence, number, expected):
    assert frame_at(lang, sentence, number) == expected


@pytest.mark.parametrize("lang,sentence,number,wrong", _cases("FRAME_NEGATIVE_CORPUS"))
def test_frame_negative_corpus(lang, sentence, number, wrong):
    assert frame_at(lang, sentence, number) != wrong


@pytest.mark.parametrize("a,b", [
    ("count:aircraft", "count:official"),        # "13 radars" vs "42 fighter jets"-like
    ("count:dead", "count:people"),
    ("count:country", "count:night"),
    ("duration:flight", "duration:visit"),
    ("ordinal:agreement", "ordinal:visit"),
    ("ordinal:?", "ordinal:?"),
    ("ordinal:occasion", "ordinal:person"),
])
def test_mismatched_frames_never_compare(a, b):
    assert not frames_comparable(a, b, "en", "fr")


def test_language_local_frames_compare_only_within_their_language():
    assert frames_comparable("count~fr:tonne", "count~fr:tonne", "fr", "fr")
    assert not frames_comparable("count~fr:tonne", "count~fr:tonne", "fr", "en")


def test_occasion_stands_for_a_visit():
    assert frames_comparable("ordinal:occasion", "ordinal:visit")


def test_tallies():
    assert {f for f in ("count:dead", "count:injured", "count:aircraft", "duration:age", "duration:visit")
            if is_tally(f)} == {"count:dead", "count:injured", "duration:age"}


@pytest.mark.parametrize("lang", LANGS)
def test_frame_data_lists_are_tuples_of_words(lang):
    mod = lang_module(lang, "frame")
    for table in (mod.COUNT_CONCEPTS, mod.MEASURES, mod.ORDINAL_REFERENTS, mod.DURATION_FRAMES, mod.BOUNDS):
        for concept, words in table.items():
            assert isinstance(words, tuple) and all(isinstance(w, str) and len(w) > 1 for w in words), concept


@pytest.mark.parametrize("text,lang,frame", [
    ("The death toll has risen to 11,300, the Red Crescent said.", "en", "count:dead"),
    ("وأكد أن 11300 على الأقل لقوا حتفهم في المدينة.", "ar", "count:dead"),
    ("The ministry said 2,400 were still missing.", "en", "count:missing"),
    ("The plan costs 11,300 this year.", "en", None),
])
def test_a_bare_figure_of_a_tally_takes_the_tally_frame(text: str, lang: str, frame: str | None) -> None:
    """Only tally concepts: a figure without its noun is too loose to be any other count."""
    from reconcile.extract import extract_claim_facts
    from reconcile.types import Claim, Context

    c = extract_claim_facts(Claim("c", "d", 0, len(text), text, lang), Context(lang, None))
    numbers = [f for f in c.facts if f.type == "number"]
    assert [f.attrs.get("frame") for f in numbers] == [frame]


@pytest.mark.parametrize("lang,sentence,number,bound", _cases("DURATION_BOUND_CORPUS"))
def test_duration_bound_corpus(lang, sentence, number, bound):
    """"over the next 10 days" is a period (no bound); "over 10 days" is more than ten."""
    claim = extract_claim_facts(Claim("c1", "d1", 0, len(sentence), sentence, lang), Context(lang, dt.date(2019, 6, 14)))
    at = sentence.index(number)
    hits = [f for f in claim.facts if f.type == "duration" and f.start <= at < f.end]
    assert len(hits) == 1, (sentence, [(f.type, f.text) for f in claim.facts])
    assert hits[0].attrs.get("bound") == bound

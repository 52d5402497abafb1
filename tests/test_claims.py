"""Stage 5 and the front half end to end: seeds -> claims, with no boilerplate and no lost sentence."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from reconcile.claims import select_claims
from reconcile.clean import kept_spans
from reconcile.ingest import load_documents
from reconcile.language import detect_document_language
from reconcile.segment import segment
from reconcile.types import Document, Sentence

SEEDS = Path(__file__).parent.parent / "seeds"
GOOD = Path(__file__).parent / "cases" / "inputs" / "good"

# Lines of the seed pages that are page furniture (matched against the stripped raw line).
BOILERPLATE_LINES = [
    r"Baca Juga:.*", r"READ MORE.*", r"Related news", r"Latest news", r"You might also like.*",
    r"Recommended to you", r"Berita Terkini Lainnya", r"Topik:", r"• [A-Z]\w+ [A-Z]\w+",
    r".*Verified Writer.*", r"Member .* Community .*", r".* adalah media yang menyediakan platform .*",
    r"رئيس التحرير", r"أحمد ناصف", r"عاجل", r"نشر", r"مستقبل وطن نيوز", r".* News Agency \(MINA\)",
    r"World.*", r".*\(pixabay\.com/[^)]*\)",
]
TRAILING_CODE = re.compile(r"\s*\([A-Z0-9\-]+(?:/[A-Z0-9\-]+)+\)$")


def _front_half(doc: Document):
    lang = detect_document_language(doc)
    sentences = segment(doc, kept_spans(doc, lang), lang)
    return lang, sentences, select_claims(doc, sentences, lang)


@pytest.fixture(scope="module")
def seeds():
    docs, skipped = load_documents([SEEDS], strict=True)
    assert not skipped
    return [(doc, *_front_half(doc)) for doc in docs]


def _lines(text: str):
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            yield start, start + len(stripped), stripped
        pos += len(raw) + 1


def test_seed_languages(seeds):
    assert [lang for _, lang, _, _ in seeds] == ["id", "id", "en", "fr", "ar"]


def test_no_boilerplate_line_becomes_a_claim(seeds):
    checked = 0
    for doc, _, _, claims in seeds:
        for start, end, line in _lines(doc.text):
            if any(re.fullmatch(rx, line) for rx in BOILERPLATE_LINES):
                checked += 1
                assert not [c.text for c in claims if c.start < end and start < c.end], line
            code = TRAILING_CODE.search(line)
            if code:
                checked += 1
                assert not [c for c in claims if c.start < start + code.end() and start + code.start() < c.end]
    assert checked >= 25


def test_every_real_line_is_covered_by_claims(seeds):
    """Every non-boilerplate line of 4+ words is covered, character for character, by claims."""
    lines = 0
    for doc, _, _, claims in seeds:
        covered = set()
        for c in claims:
            covered.update(range(c.start, c.end))
        for start, end, line in _lines(doc.text):
            if any(re.fullmatch(rx, line) for rx in BOILERPLATE_LINES) or len(line.split()) < 4:
                continue
            lines += 1
            code = TRAILING_CODE.search(line)
            stop = start + code.start() if code else end
            missing = [i for i in range(start, stop) if i not in covered and not doc.text[i].isspace()]
            assert not missing, (doc.id, line[:60], doc.text[missing[0]:missing[0] + 20])
    assert lines >= 55


def test_claims_are_raw_slices_with_stable_ids(seeds):
    for doc, lang, sentences, claims in seeds:
        assert claims
        ids = [c.id for c in claims]
        assert len(ids) == len(set(ids))
        for c in claims:
            assert c.text == doc.text[c.start:c.end] and c.doc_id == doc.id
            assert c.id.startswith(f"{doc.id}:") and c.facts == ()
            assert c.language == lang
        headlines = [c for c in claims if c.is_headline]
        assert len(headlines) <= 1 and all(c.sentence_index == 0 for c in headlines)


def test_seed_headlines(seeds):
    heads = {doc.id: [c.text for c in claims if c.is_headline] for doc, _, _, claims in seeds}
    assert heads["001_04c349c68f196773"] == ["Maroko dan Israel Sepakat Perkuat Militer dan Cyber Security"]
    assert heads["002_12f480076838e1d3"] == ["Israel and Morocco sign military cooperation agreement"]
    assert heads["004_3de55e486fac4166"] == ["المغرب وإسرائيل توقعان مذكرة تفاهم دفاعية"]
    assert heads["000_f99131b82451f785"] == []  # its first line is a full sentence


def test_one_sentence_blurbs_make_exactly_one_claim():
    docs, _ = load_documents([GOOD / "manifest.jsonl"], strict=True)
    for doc in docs:
        _, _, claims = _front_half(doc)
        assert [c.text for c in claims] == [doc.text]


def _sentence(text: str, index: int = 1, headline: bool = False) -> Sentence:
    return Sentence(doc_id="d", start=0, end=len(text), text=text, paragraph=index, index=index,
                    is_headline=headline, language="en")


@pytest.mark.parametrize("text, keep", [
    ("Gantz arrived on Tuesday.", True),
    ("He left.", False),                         # fragment
    ("12 / 11 / 2021", False),                   # no letters
    ("Why?", False),
    ("Did Gantz sign the memorandum in Rabat on Wednesday?", True),  # a question that carries facts
    ("READ MORE: Gantz visits Morocco again", False),                 # boilerplate leftover
])
def test_claim_selection(text, keep):
    doc = Document(id="d", path="d.txt", text=text)
    assert bool(select_claims(doc, [_sentence(text)], "en")) is keep


def test_short_headline_counts():
    doc = Document(id="d", path="d.txt", text="Gantz in Rabat")
    (claim,) = select_claims(doc, [_sentence(doc.text, 0, headline=True)], "en")
    assert claim.is_headline and claim.id == "d:0"


def test_long_sentence_split_into_clauses_at_semicolons():
    a = "The ministers signed a memorandum on intelligence, industrial cooperation and training in Rabat " * 3
    b = "the two countries also agreed to open direct flights between Casablanca and Tel Aviv next year " * 3
    text = a.strip() + "; " + b.strip() + "."
    doc = Document(id="d", path="d.txt", text=text)
    claims = select_claims(doc, [_sentence(text, 4)], "en")
    assert [c.id for c in claims] == ["d:4.0", "d:4.1"]
    assert claims[0].text.endswith(";") and claims[1].text.startswith("the two countries")
    assert all(c.text == text[c.start:c.end] for c in claims)


@pytest.mark.parametrize("text,lang,expected", [
    ("Selasa, 18 Jan 2022 14:32 WIB", "id", True),
    ("Par notre correspondant à Dakar – Publié le 3 mars 2023 à 10h12", "fr", True),
    ("Sunday 18 December 2022", "en", True),
    ("The law was passed on Tuesday, 18 January 2022.", "en", False),
    ("Le Parlement a adopté mercredi 19 janvier la loi sur la capitale.", "fr", False),
    ("A crowd of 88,966 watched the match.", "en", False),           # no date: never a dateline
])
def test_publication_lines_are_not_claims(text, lang, expected):
    import datetime as dt

    from reconcile.claims import is_dateline
    from reconcile.extract import extract_claim_facts
    from reconcile.types import Claim, Context

    claim = Claim("c1", "d", 100, 100 + len(text), text, lang)   # offsets into a longer document
    claim = extract_claim_facts(claim, Context(lang, dt.date(2022, 1, 19)))
    assert is_dateline(claim) is expected


def _recall_cases(name):
    import importlib
    return [(lang, text) for lang in ("id", "en", "fr", "ar")
            for text in getattr(importlib.import_module(f"reconcile.lang.{lang}.date"), name)]


@pytest.mark.parametrize("lang,text", _recall_cases("RECALL_CORPUS"))
def test_recall_corpus_sentences_recall_the_past(lang, text):
    from reconcile.claims import recalls_the_past
    from reconcile.types import Claim
    assert recalls_the_past(Claim("c", "d", 0, len(text), text, lang))


@pytest.mark.parametrize("lang,text", _recall_cases("RECALL_NEGATIVE_CORPUS"))
def test_recall_negative_corpus_sentences_do_not(lang, text):
    from reconcile.claims import recalls_the_past
    from reconcile.types import Claim
    assert not recalls_the_past(Claim("c", "d", 0, len(text), text, lang))

"""Stage 3: lines and sentences with exact offsets; abbreviation repairs; headline flag."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.clean import kept_spans
from reconcile.segment import segment
from reconcile.types import Document, Span


def _sentences(text: str, language: str, kept: list[Span] | None = None):
    doc = Document(id="d", path="d.txt", text=text, language=language)
    return segment(doc, kept if kept is not None else [Span(0, len(text))], language)


def _texts(text: str, language: str) -> list[str]:
    return [s.text for s in _sentences(text, language)]


def test_indonesian_dates_and_abbreviations_do_not_split():
    text = ("Menteri tiba di Rabat pada Selasa (23/11) malam. Presiden AS Joe Biden menyumbang Rp. 5 juta. "
            "Kata dr. Budi di Jl. Sudirman No. 5 kemarin. Ini akhir.")
    assert _texts(text, "id") == [
        "Menteri tiba di Rabat pada Selasa (23/11) malam.",
        "Presiden AS Joe Biden menyumbang Rp. 5 juta.",
        "Kata dr. Budi di Jl. Sudirman No. 5 kemarin.",
        "Ini akhir.",
    ]


def test_english_and_french_titles_and_initials():
    assert _texts("Dr. Smith met Donald J. Trump in Rabat. He left on Monday.", "en") == [
        "Dr. Smith met Donald J. Trump in Rabat.", "He left on Monday."]
    assert _texts("M. Dupont est arrivé jeudi. Il repart vendredi.", "fr") == [
        "M. Dupont est arrivé jeudi.", "Il repart vendredi."]


def test_arabic_sentences():
    text = "قال متحدث باسم الوزارة إن البلدين وقعا مذكرة. تم توقيع المذكرة في الرباط؟ نعم!"
    assert _texts(text, "ar") == ["قال متحدث باسم الوزارة إن البلدين وقعا مذكرة.",
                                  "تم توقيع المذكرة في الرباط؟", "نعم!"]


def test_every_line_is_a_paragraph_and_never_glued():
    text = "Baca Juga: Pasukan Israel Maju ke Suriah\nMenteri tiba di Rabat pada Selasa (23/11) malam.\n"
    sents = _sentences(text, "id")
    assert [s.text for s in sents] == ["Baca Juga: Pasukan Israel Maju ke Suriah",
                                       "Menteri tiba di Rabat pada Selasa (23/11) malam."]
    assert [s.paragraph for s in sents] == [0, 1]
    assert [s.index for s in sents] == [0, 1]


def test_bom_is_not_part_of_the_first_sentence():
    sents = _sentences("\ufeffGantz in Rabat\nHe arrived.", "en")
    assert sents[0].text == "Gantz in Rabat" and sents[0].start == 1


def test_headline_flag():
    text = "Israel and Morocco sign defence pact\n\nGantz arrived on Tuesday. He left on Thursday.\n"
    sents = _sentences(text, "en")
    assert [s.is_headline for s in sents] == [True, False, False]
    # A first line that is a full sentence is not a headline.
    assert not _sentences("Gantz arrived in Rabat on Tuesday.\nMore text here.", "en")[0].is_headline


def test_offsets_with_front_matter_and_kept_spans():
    text = "---\nlanguage: en\n---\nGantz in Rabat\nREAD MORE: x\nHe arrived on Tuesday. He left.\n"
    doc = Document(id="d", path="d.md", text=text, language="en", body_offset=text.index("Gantz"))
    sents = segment(doc, kept_spans(doc, "en"), "en")
    assert [s.text for s in sents] == ["Gantz in Rabat", "He arrived on Tuesday.", "He left."]
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert sents[0].is_headline and sents[0].language == "en"


_ALPHABET = st.sampled_from(list("ab Zé.?!\n\t،؟ (23/11) Dr. Rp. No. 5 “”") + ["مذكرة", "Jl.", "  ", "\r\n", "\ufeff"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sampled_from(["id", "en", "fr", "ar"]))
def test_sentence_text_is_always_the_raw_slice(text, language):
    sents = _sentences(text, language)
    prev_end = 0
    for i, s in enumerate(sents):
        assert s.text == text[s.start:s.end]
        assert s.text and s.text == s.text.strip().strip("\ufeff") and "\n" not in s.text
        assert s.start >= prev_end and s.index == i
        prev_end = s.end


@settings(max_examples=60, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.data())
def test_sentences_stay_inside_kept_spans(text, data):
    cut = data.draw(st.integers(0, len(text)))
    kept = [Span(0, cut)]
    for s in _sentences(text, "en", kept):
        assert s.end <= cut

"""Stage 4: document and sentence language; front matter wins; unknowable text is an InputError."""
from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.errors import InputError
from reconcile.ingest import load_documents
from reconcile.language import detect_document_language, detect_language, detect_sentence_language
from reconcile.types import Document

BAD = Path(__file__).parent / "cases" / "inputs" / "bad"


@pytest.mark.parametrize("text, code", [
    ("Menteri pertahanan Israel Benny Gantz tiba di Rabat, Ibu Kota Maroko, pada Selasa malam.", "id"),
    ("Israeli Defence Minister Benny Gantz arrived in Rabat on Tuesday evening.", "en"),
    ("Le ministre israélien de la Défense est arrivé au Maroc le 23 novembre.", "fr"),
    ("تم توقيع المذكرة أثناء زيارة وزير دفاع الاحتلال بيني جانتس للمغرب.", "ar"),
])
def test_detect_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "12/11 !!", "日本語のテキストです。イスラエルとモロッコが協定に署名しました。"])
def test_detect_language_none(text):
    assert detect_language(text) is None


def test_front_matter_language_wins():
    doc = Document(id="d", path="d.md", text="Israeli Defence Minister Benny Gantz arrived in Rabat.", language="fr")
    assert detect_document_language(doc) == "fr"


@pytest.mark.parametrize("name, reason", [
    ("japanese.txt", "script is not Latin or Arabic"),
    ("symbols.txt", "too few letters"),
    ("german.txt", "looks like German"),
])
def test_unknown_language_is_a_one_line_input_error_naming_the_file(name, reason):
    (doc,), _ = load_documents([BAD / name], strict=True)
    with pytest.raises(InputError) as info:
        detect_document_language(doc)
    message = str(info.value)
    assert message.startswith(f"{BAD / name}: cannot identify the language")
    assert reason in message and "\n" not in message


def test_sentence_language_falls_back_for_short_sentences():
    assert detect_sentence_language("Gantz tiba.", "en") == "en"
    quote = "Le ministre israélien de la Défense est arrivé au Maroc pour signer des accords militaires."
    assert detect_sentence_language(quote, "id") == "fr"
    assert detect_sentence_language(quote, "fr") == "fr"

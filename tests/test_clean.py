"""Stage 2: boilerplate patterns (per-language corpora) and structural rules; text never rewritten."""
from __future__ import annotations

import importlib

import pytest

from reconcile.clean import find_boilerplate, kept_spans, match_boilerplate
from reconcile.types import LANGUAGES, Document

HEADLINE = {"id": "Maroko dan Israel Sepakat Perkuat Militer", "en": "Israel and Morocco sign defence pact",
            "fr": "Israël et le Maroc signent un accord de défense", "ar": "المغرب وإسرائيل توقعان مذكرة تفاهم دفاعية"}
SENTENCE = {"id": "Menteri pertahanan Israel Benny Gantz tiba di Rabat pada Selasa (23/11) malam.",
            "en": "Israeli Defence Minister Benny Gantz arrived in Rabat on Tuesday evening.",
            "fr": "Le ministre israélien de la Défense est arrivé au Maroc le 23 novembre.",
            "ar": "تم توقيع المذكرة أثناء زيارة وزير دفاع الاحتلال بيني جانتس للمغرب."}


def _module(code):
    return importlib.import_module(f"reconcile.lang.{code}.boilerplate")


def _doc(*lines: str) -> Document:
    return Document(id="t", path="t.txt", text="\n".join(lines) + "\n")


def _dropped(doc: Document, language: str) -> set[str]:
    return {doc.text[b.start:b.end] for b in find_boilerplate(doc, language)}


CORPUS = [(code, line) for code in LANGUAGES for line in _module(code).CORPUS]
NEGATIVE = [(code, line) for code in LANGUAGES for line in _module(code).NEGATIVE_CORPUS]


@pytest.mark.parametrize("code, line", CORPUS)
def test_corpus_line_is_dropped_whole(code, line):
    doc = _doc(HEADLINE[code], SENTENCE[code], line, SENTENCE[code].replace("Rabat", "Casablanca"))
    assert line in _dropped(doc, code)
    kept = [doc.text[s.start:s.end] for s in kept_spans(doc, code)]
    assert line not in kept and HEADLINE[code] in kept


@pytest.mark.parametrize("code, line", NEGATIVE)
def test_negative_corpus_line_is_kept(code, line):
    context = [x for x in (HEADLINE[code], SENTENCE[code]) if x != line]
    doc = _doc(*context, line)
    assert line not in _dropped(doc, code)
    assert line in [doc.text[s.start:s.end] for s in kept_spans(doc, code)]
    assert match_boilerplate(line, code) is None


def test_every_language_has_corpora():
    for code in LANGUAGES:
        mod = _module(code)
        assert mod.CORPUS and mod.NEGATIVE_CORPUS and mod.LINE_PATTERNS


def test_headline_is_kept_even_if_short_and_unpunctuated():
    doc = _doc("Gantz in Rabat", "", SENTENCE["en"])
    assert [doc.text[s.start:s.end] for s in kept_spans(doc, "en")] == ["Gantz in Rabat", SENTENCE["en"]]


def test_structural_rules():
    doc = _doc(
        "Editor-in-chief", HEADLINE["en"], f"World{HEADLINE['en']}", f"{HEADLINE['en']}flag of Israel",
        SENTENCE["en"], "Mostaqbal Watan News", "• Jane Doe", "• The two countries signed a pact in Rabat",
        SENTENCE["en"], "Example News Agency (ENA)", "***",
    )
    rules = {doc.text[b.start:b.end]: b.rule for b in find_boilerplate(doc, "en")}
    assert rules == {
        f"World{HEADLINE['en']}": "breadcrumb",
        f"{HEADLINE['en']}flag of Israel": "photo_caption",
        "Mostaqbal Watan News": "short_fragment",
        "• Jane Doe": "bullet_name",
        SENTENCE["en"]: "repeated_line",
        "Example News Agency (ENA)": "agency_footer",
        "***": "no_letters",
        "Editor-in-chief": "short_fragment",
    }


def test_editor_credit_takes_the_name_line_below():
    doc = _doc("رئيس التحرير", "أحمد ناصف", HEADLINE["ar"], SENTENCE["ar"])
    rules = {doc.text[b.start:b.end]: b.rule for b in find_boilerplate(doc, "ar")}
    assert rules == {"رئيس التحرير": "editor_credit", "أحمد ناصف": "editor_credit"}


def test_trailing_agency_code_is_cut_not_the_sentence():
    line = "Pada akhir tahun lalu, Israel dan Maroko mengumumkan dimulainya kembali hubungan. (T/R6/RI-1)"
    doc = _doc(HEADLINE["id"], line)
    (b,) = find_boilerplate(doc, "id")
    assert (doc.text[b.start:b.end], b.rule) == ("(T/R6/RI-1)", "agency_code")
    kept = [doc.text[s.start:s.end] for s in kept_spans(doc, "id")]
    assert kept[-1] == line[: line.index(" (T/R6")]


def test_dates_in_parentheses_are_not_agency_codes():
    line = "Gantz tiba di Rabat pada Selasa (23/11)"
    doc = _doc(HEADLINE["id"], SENTENCE["id"], line)
    assert find_boilerplate(doc, "id") == []


def test_front_matter_is_never_cleaned_or_kept():
    text = "---\nlanguage: en\n---\nHeadline about Rabat talks\n" + SENTENCE["en"] + "\n"
    doc = Document(id="t", path="t.md", text=text, language="en", body_offset=text.index("Headline"))
    spans = kept_spans(doc, "en")
    assert all(s.start >= doc.body_offset for s in spans)
    assert [text[s.start:s.end] for s in spans] == ["Headline about Rabat talks", SENTENCE["en"]]


def test_kept_and_dropped_partition_the_nonblank_body():
    doc = _doc(HEADLINE["en"], "READ MORE: something else", SENTENCE["en"], "Share this", "")
    kept = kept_spans(doc, "en")
    dropped = find_boilerplate(doc, "en")
    spans = sorted([(s.start, s.end) for s in kept] + [(b.start, b.end) for b in dropped])
    covered = "".join(doc.text[a:b] for a, b in spans)
    assert covered == doc.text.replace("\n", "")


DATELINE = [(code, line) for code in LANGUAGES for line in _module(code).DATELINE_CORPUS]
DATELINE_NEGATIVE = [(code, line) for code in LANGUAGES for line in _module(code).DATELINE_NEGATIVE_CORPUS]


@pytest.mark.parametrize("code, line", DATELINE)
def test_dateline_corpus_lines_are_publication_lines(code, line):
    from reconcile.clean import match_dateline
    assert match_dateline(line, code)


@pytest.mark.parametrize("code, line", DATELINE_NEGATIVE)
def test_dateline_negative_corpus_sentences_are_not(code, line):
    from reconcile.clean import match_dateline
    assert not match_dateline(line, code)

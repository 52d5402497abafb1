"""Outlet rules (``reconcile/sites/``): each outlet's example corpus, applied by ``clean`` to a
document of every language, and kept apart from the language rules."""
from __future__ import annotations

import importlib
import re

import pytest

from reconcile.clean import find_boilerplate, kept_spans, match_boilerplate
from reconcile.sites import SITES, site_module, site_rules
from reconcile.types import LANGUAGES, Document

HEADLINE = {"id": "Bantuan Tiba di Pelabuhan Setelah Badai", "en": "Aid reaches the port after the storm",
            "fr": "L'aide arrive au port après la tempête", "ar": "وصول المساعدات إلى الميناء بعد العاصفة"}
SENTENCE = {"id": "Kapal pertama berlabuh pada Jumat pagi dengan 40 ton beras.",
            "en": "The first ship docked on Friday morning with 40 tonnes of rice.",
            "fr": "Le premier navire a accosté vendredi matin avec 40 tonnes de riz.",
            "ar": "رست السفينة الأولى صباح الجمعة وعلى متنها 40 طنا من الأرز."}


def _doc(*lines: str) -> Document:
    return Document(id="t", path="t.txt", text="\n".join(lines) + "\n")


def _examples(name: str):
    return [(code, key, ex) for key in SITES for ex in getattr(site_module(key), name) for code in LANGUAGES]


@pytest.mark.parametrize("code, key, line", _examples("CORPUS"))
def test_outlet_corpus_line_is_dropped_whole_in_every_language(code, key, line):
    doc = _doc(HEADLINE[code], SENTENCE[code], line)
    assert line in {doc.text[b.start:b.end] for b in find_boilerplate(doc, code)}
    assert line not in [doc.text[s.start:s.end] for s in kept_spans(doc, code)]
    assert match_boilerplate(line, code) is not None


@pytest.mark.parametrize("code, key, example", _examples("TAIL_CORPUS"))
def test_outlet_tail_is_cut_and_the_sentence_kept(code, key, example):
    line, tail = example
    doc = _doc(HEADLINE[code], line)
    dropped = [doc.text[b.start:b.end] for b in find_boilerplate(doc, code)]
    assert dropped == [tail]
    assert [doc.text[s.start:s.end] for s in kept_spans(doc, code)][-1] == line[:line.index(tail)].rstrip()


@pytest.mark.parametrize("code, key, line", _examples("NEGATIVE_CORPUS"))
def test_outlet_negative_corpus_line_is_kept(code, key, line):
    doc = _doc(HEADLINE[code], SENTENCE[code], line)
    assert line not in {doc.text[b.start:b.end] for b in find_boilerplate(doc, code)}
    assert line in [doc.text[s.start:s.end] for s in kept_spans(doc, code)]


def test_every_outlet_has_rules_and_examples_of_each():
    for key in SITES:
        mod = site_module(key)
        assert mod.__doc__ and (mod.LINE_PATTERNS or mod.TAIL_PATTERNS), key
        assert mod.NEGATIVE_CORPUS, key
        assert bool(mod.LINE_PATTERNS) == bool(mod.CORPUS), key
        assert bool(mod.TAIL_PATTERNS) == bool(mod.TAIL_CORPUS), key
    assert [s.key for s in site_rules()] == list(SITES)


def test_unknown_outlet_is_an_error():
    with pytest.raises(KeyError, match="no outlet rules"):
        site_module("no-such-outlet")


def test_outlet_rules_are_not_language_rules():
    """No outlet pattern is also filed under a language, so each rule has one home."""
    outlet = {rx for s in site_rules() for _, rx in s.line + s.tail}
    for code in LANGUAGES:
        mod = importlib.import_module(f"reconcile.lang.{code}.boilerplate")
        assert not outlet & {rx for _, rx in mod.LINE_PATTERNS + mod.TAIL_PATTERNS}, code
    for rx in outlet:
        re.compile(rx)

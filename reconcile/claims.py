"""Stage 5: which sentences are claims worth checking.

A claim is a sentence (or, for very long sentences, a clause) with enough words to state
something: headlines count, fragments and boilerplate that slipped through do not. Questions are
kept when they are long enough to carry facts (news ledes often ask rhetorical questions that
still state a date or a number). ``facts`` stays empty: the extract stage fills it.
"""
from __future__ import annotations

import functools
import re

from .clean import match_boilerplate, match_dateline, word_count
from .types import Claim, Document, Sentence

MIN_WORDS = 4
MIN_HEADLINE_WORDS = 3
MIN_QUESTION_WORDS = 6
LONG_SENTENCE_WORDS = 60
MIN_CLAUSE_WORDS = 6

_LETTER = re.compile(r"[^\W\d_]")
# Clause boundaries for long sentences: ';' or ':' (ASCII and Arabic semicolon) followed by space.
_CLAUSE_BREAK = re.compile(r"[;:؛]\s+")


def _is_claim(sentence: Sentence, language: str) -> bool:
    text = sentence.text
    if not _LETTER.search(text):
        return False
    words = word_count(text)
    if words < (MIN_HEADLINE_WORDS if sentence.is_headline else MIN_WORDS):
        return False
    if text.rstrip().endswith(("?", "؟")) and words < MIN_QUESTION_WORDS:
        return False
    return match_boilerplate(text, language) is None


_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def is_dateline(claim: Claim) -> bool:
    """A publication line, not a claim: a date and little else ("Selasa, 18 Jan 2022 14:32 WIB"),
    or a language's publication pattern ("Publié le 19 janvier 2022 à 16h05").

    Decided after fact extraction (it needs the date spans) and after the document's anchor is
    taken, since that line is often what dates the document.
    """
    dates = [f for f in claim.facts if f.type == "date"]
    if not dates:
        return False
    if match_dateline(claim.text, claim.language):
        return True
    rest = list(claim.text)
    for f in dates:          # fact offsets index the document; the claim starts at claim.start
        s, e = f.start - claim.start, f.end - claim.start
        rest[s:e] = " " * (e - s)
    words = _NAME_WORD.findall(_TIME.sub(" ", "".join(rest)))
    return len(words) <= 1


@functools.lru_cache(maxsize=None)
def _recall_rule(language: str) -> re.Pattern[str] | None:
    from .facts.numeral import lang_module

    rx = getattr(lang_module(language, "date"), "RECALL_PATTERN", None)
    return re.compile(rx) if rx else None


def recalls_the_past(claim: Claim) -> bool:
    """Is the sentence told in a past before the article's own time ("the king *had* declared
    three days of mourning", "وكان الملك قد أعلن")? Per-language ``RECALL_PATTERN`` data."""
    rule = _recall_rule(claim.language or "")
    return bool(rule and rule.search(claim.text))


def _clauses(text: str) -> list[tuple[int, int]]:
    """Split a long sentence at ';'/':' into clauses of at least MIN_CLAUSE_WORDS words."""
    cuts = [m for m in _CLAUSE_BREAK.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = 0
    for m in cuts:
        head = text[start:m.start() + 1]
        tail = text[m.end():]
        if word_count(head) >= MIN_CLAUSE_WORDS and word_count(tail) >= MIN_CLAUSE_WORDS:
            spans.append((start, m.start() + 1))
            start = m.end()
    spans.append((start, len(text)))
    return spans


def select_claims(doc: Document, sentences: list[Sentence], language: str) -> list[Claim]:
    """Claims of ``doc`` in order; ids ``"<doc id>:<sentence index>"`` (``.k`` for clauses)."""
    claims: list[Claim] = []
    for sentence in sentences:
        if not _is_claim(sentence, language):
            continue
        lang = sentence.language or language
        parts = [(0, len(sentence.text))]
        if word_count(sentence.text) > LONG_SENTENCE_WORDS:
            parts = _clauses(sentence.text)
        for k, (s, e) in enumerate(parts):
            start, end = sentence.start + s, sentence.start + e
            while end > start and doc.text[end - 1].isspace():
                end -= 1
            cid = f"{doc.id}:{sentence.index}" if len(parts) == 1 else f"{doc.id}:{sentence.index}.{k}"
            claims.append(Claim(
                id=cid, doc_id=doc.id, start=start, end=end, text=doc.text[start:end], language=lang,
                is_headline=sentence.is_headline, sentence_index=sentence.index,
            ))
    return claims

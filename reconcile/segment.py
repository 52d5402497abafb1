"""Stage 3: kept spans -> lines (paragraphs) -> sentences, with offsets into the raw text.

Every line is its own paragraph (news pages put one paragraph per line, and a "Baca Juga: X"
line must never be glued to the sentence below it). Sentences come from sentencex, then a
small repair pass re-joins splits it makes after abbreviations it does not know ("Jl.", "Rp.",
"Dr.", "M." ...), after initials and list numbers, and before a lower-case continuation.
A "sentence" longer than ``MAX_SENTENCE_CHARS`` (a line without sentence punctuation) is cut at
whitespace into pieces of at most that length, so the cost of every later stage stays linear in
the text (the extractors and the entity finder are superlinear in one sentence's length).
"""
from __future__ import annotations

import re

import sentencex

from .clean import is_blank_char, word_count
from .language import detect_sentence_language
from .types import Document, Sentence, Span

# Tokens that end with a period without ending a sentence (compared without the period).
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "id": frozenset({
        "dr", "Dr", "drg", "Drs", "Dra", "Ir", "Prof", "H", "Hj", "KH", "Tn", "Ny", "Nn", "Sdr", "Sdri",
        "Bpk", "Jl", "Jln", "Rp", "No", "no", "Kec", "Kab", "Kel", "Prov", "Kota", "St", "S.H", "S.E",
        "M.Si", "M.A", "Ph.D", "a.n", "u.p", "Yth", "Lt", "Brigjen", "Mayjen", "Letjen", "Jend",
        "Kol", "Kapt", "Bp", "hlm", "tel", "Tel", "ttd", "vs", "Mr", "Mrs",
    }),
    "en": frozenset({
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Adm", "Gov",
        "Sen", "Rep", "Rev", "St", "Jr", "Sr", "No", "Nos", "vs", "Jan", "Feb", "Mar", "Apr",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "approx", "est", "Inc", "Corp", "Ltd", "Co",
    }),
    "fr": frozenset({
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "St", "Ste", "av", "bd", "boul",
        "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "env", "p", "cf", "vol", "no", "n°",
        "Gal", "Cdt", "Lt", "Col",
    }),
    "ar": frozenset({"د", "أ", "م", "ص", "ج", "ق"}),
}
# Abbreviations that may also end a sentence: only join when the next piece doesn't look new.
_AMBIGUOUS = frozenset({"Inc", "Corp", "Ltd", "Co", "No", "no", "St", "est", "Kota", "m", "م"})

_FINAL = re.compile(r"[.!?؟。…]+[\"'”’»)\]]*$")
_LAST_TOKEN = re.compile(r"(\S+?)\.[\"'”’»)\]]*$")
_LIST_NUMBER = re.compile(r"^[\W\d_]*$")
HEADLINE_MAX_WORDS = 20
#: About three times the longest sentence in the seeds and every corpus we have (695 characters).
MAX_SENTENCE_CHARS = 2000


def _pieces(line: str, language: str) -> list[tuple[int, int]]:
    """sentencex pieces of ``line`` as (start, end) offsets within it, stripped."""
    out: list[tuple[int, int]] = []
    cursor = 0
    try:
        parts = list(sentencex.segment(language, line))
    except Exception:  # an unknown language code or an internal failure: keep the line whole
        parts = [line]
    for part in parts:
        if not part.strip():
            continue
        at = line.find(part, cursor)
        if at < 0:  # sentencex normalized something: fall back to the rest of the line
            out.append((cursor, len(line)))
            cursor = len(line)
            break
        cursor = at + len(part)
        out.append((at, cursor))
    if cursor < len(line) and line[cursor:].strip():
        out.append((cursor, len(line)))
    stripped = []
    for s, e in out:
        while s < e and is_blank_char(line[s]):
            s += 1
        while e > s and is_blank_char(line[e - 1]):
            e -= 1
        if s < e:
            stripped.append((s, e))
    return stripped


def _should_join(left: str, right: str, language: str) -> bool:
    """Is the boundary between ``left`` and ``right`` a false sentence break?"""
    if _LIST_NUMBER.match(left):                     # "1." / "•" / "(2)" on its own
        return True
    first = right[0]
    if first.islower() or first in ",;:)]}»”’-–—" or first.isdigit() and not _FINAL.search(left):
        return True
    m = _LAST_TOKEN.search(left)
    if not m:
        return False
    token = m.group(1).lstrip("(\"'“‘«")
    abbreviations = ABBREVIATIONS.get(language, frozenset())
    if token in abbreviations:
        return token not in _AMBIGUOUS or first.isdigit()
    # A single capital letter ("Donald J. Trump", "M. Dupont"), or dotted initials ("A.S.")
    # followed by more text on the line: an initial, not a sentence end.
    if re.fullmatch(r"[A-Z]", token):
        return True
    return False


def _split_line(line: str, language: str) -> list[tuple[int, int]]:
    pieces = _pieces(line, language)
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        if merged and _should_join(line[merged[-1][0]:merged[-1][1]], line[s:e], language):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return [piece for s, e in merged for piece in _bounded(line, s, e)]


def _bounded(line: str, s: int, e: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``(s, e)``, or pieces of it of at most ``limit`` characters cut after whitespace."""
    out = []
    while e - s > limit:
        window = line[s:s + limit]
        cut = max(window.rfind(" "), window.rfind("\t"), window.rfind("\u00a0"))
        cut = s + cut if cut > limit // 2 else s + limit
        end = cut
        while end > s and is_blank_char(line[end - 1]):
            end -= 1
        out.append((s, end if end > s else cut))
        s = cut
        while s < e and is_blank_char(line[s]):
            s += 1
    if s < e:
        out.append((s, e))
    return out


def _lines_of(text: str, span: Span) -> list[tuple[int, int]]:
    """Stripped non-blank lines inside ``span``."""
    out = []
    pos = span.start
    while pos < span.end:
        nl = text.find("\n", pos, span.end)
        end = span.end if nl < 0 else nl
        s, e = pos, end
        while s < e and is_blank_char(text[s]):
            s += 1
        while e > s and is_blank_char(text[e - 1]):
            e -= 1
        if s < e:
            out.append((s, e))
        pos = end + 1
    return out


def is_headline_text(text: str) -> bool:
    """A headline: short and without sentence-final punctuation."""
    return not _FINAL.search(text) and 0 < word_count(text) < HEADLINE_MAX_WORDS


def segment(doc: Document, kept: list[Span], language: str) -> list[Sentence]:
    """Sentences of the kept spans, in document order; ``text == doc.text[start:end]`` always."""
    text = doc.text
    sentences: list[Sentence] = []
    paragraph = -1
    for span in sorted(kept, key=lambda sp: sp.start):
        for ls, le in _lines_of(text, span):
            paragraph += 1
            line = text[ls:le]
            parts = _split_line(line, language)
            for k, (s, e) in enumerate(parts):
                start, end = ls + s, ls + e
                body = text[start:end]
                headline = paragraph == 0 and len(parts) == 1 and is_headline_text(body)
                sentences.append(Sentence(
                    doc_id=doc.id, start=start, end=end, text=body, paragraph=paragraph,
                    index=len(sentences), is_headline=headline,
                    language=detect_sentence_language(body, language),
                ))
    return sentences

"""Stage 4: which language a document (and each sentence) is in.

Front matter / manifest ``language`` wins. Otherwise lingua decides. The detector knows the four
supported languages plus a handful of common others, so that German or Japanese text is *named*
as unsupported instead of being forced into the nearest supported language; Malay is counted
as Indonesian (lingua cannot tell short Indonesian from Malay, and we support no Malay).
"""
from __future__ import annotations

import functools
import re

from .errors import InputError
from .types import LANGUAGES, Document

# Letters of the scripts our languages are written in (Latin incl. accents, Arabic).
_OUR_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_ANY_LETTER = re.compile(r"[^\W\d_]")

MIN_DOCUMENT_LETTERS = 20      # fewer letters than this: too little to tell the language
MIN_SENTENCE_LETTERS = 40      # shorter sentences take the document's language
MIN_CONFIDENCE = 0.5           # lingua's relative confidence of the best language
MIN_SCRIPT_SHARE = 0.5         # share of letters that are Latin or Arabic
SURE_CONFIDENCE = 0.9          # a sentence must be this clearly in another language to relabel it
BROAD_MIN_LETTERS = 100        # below this, the broad detector is too noisy to overrule
BROAD_REJECT_CONFIDENCE = 0.9  # the broad detector must be this sure of an unsupported language

_CODES = {"INDONESIAN": "id", "MALAY": "id", "ENGLISH": "en", "FRENCH": "fr", "ARABIC": "ar"}
# Known but unsupported: detected so they can be named, never returned.
_OTHERS = ("GERMAN", "SPANISH", "PORTUGUESE", "ITALIAN", "DUTCH", "TURKISH", "PERSIAN", "URDU",
           "RUSSIAN", "CHINESE", "JAPANESE", "KOREAN", "HINDI", "TAGALOG", "SWAHILI", "HEBREW")


@functools.lru_cache(maxsize=2)
def _detector(broad: bool = False):
    """Build a lingua detector once (slow to build, safe to reuse).

    The narrow one knows only what we support (+ Malay); the broad one also knows common
    unsupported languages, so long German or Spanish text is named instead of being forced
    into French or English.
    """
    from lingua import Language, LanguageDetectorBuilder

    names = (*_CODES, *_OTHERS) if broad else tuple(_CODES)
    langs = [getattr(Language, name) for name in names if hasattr(Language, name)]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _scores(text: str, broad: bool = False) -> dict[str, float]:
    """lingua confidences by language NAME, Malay folded into Indonesian."""
    scores: dict[str, float] = {}
    for cv in _detector(broad).compute_language_confidence_values(text):
        name = "INDONESIAN" if cv.language.name == "MALAY" else cv.language.name
        scores[name] = scores.get(name, 0.0) + cv.value
    return scores


def _best(text: str, broad: bool = False) -> tuple[str, float]:
    """(language NAME, confidence) of the best guess."""
    scores = _scores(text, broad)
    if not scores:
        return "", 0.0
    name = max(scores, key=scores.__getitem__)
    return name, scores[name]


def _diagnose(text: str, min_letters: int) -> tuple[str | None, str]:
    """(code or None, reason when None)."""
    letters = _ANY_LETTER.findall(text)
    ours = _OUR_LETTER.findall(text)
    if len(ours) < min_letters:
        if len(letters) >= min_letters:
            return None, "its script is not Latin or Arabic (supported languages: id, en, fr, ar)"
        return None, f"too few letters ({len(letters)}) to tell"
    if len(ours) < MIN_SCRIPT_SHARE * len(letters):
        return None, "most of its letters are not Latin or Arabic (supported languages: id, en, fr, ar)"
    name, conf = _best(text)
    code = _CODES.get(name)
    if code is None:
        return None, "no supported language matches"
    if len(ours) >= BROAD_MIN_LETTERS:
        # The narrow detector is confidently wrong on, e.g., German (-> French): ask the broad one.
        broad = _scores(text, broad=True)
        other = max(broad, key=broad.__getitem__) if broad else ""
        if other and other not in _CODES and broad[other] >= BROAD_REJECT_CONFIDENCE:
            return None, f"it looks like {other.title()}, which is not supported (id, en, fr, ar)"
    if conf < MIN_CONFIDENCE:
        return None, f"too unsure (best guess {code} at {conf:.2f})"
    return code, ""


def detect_language(text: str) -> str | None:
    """The language code of ``text`` ('id', 'en', 'fr' or 'ar'), or None when it cannot be told."""
    return _diagnose(text, MIN_DOCUMENT_LETTERS)[0]


def detect_document_language(doc: Document) -> str:
    """Front matter language if given, else detected from the body; InputError when unknowable."""
    if doc.language:
        if doc.language not in LANGUAGES:
            raise InputError(doc.path, f"unknown language code {doc.language!r} (expected one of: {', '.join(LANGUAGES)})")
        return doc.language
    code, reason = _diagnose(doc.text[doc.body_offset:], MIN_DOCUMENT_LETTERS)
    if code is None:
        raise InputError(doc.path, f"cannot identify the language: {reason}; set 'language' in the front matter")
    return code


def detect_sentence_language(text: str, document_language: str) -> str:
    """A sentence's own language when it is long and clearly different, else the document's.

    Mixed documents quote other languages; short sentences are too unreliable to re-label.
    """
    if len(_OUR_LETTER.findall(text)) < MIN_SENTENCE_LETTERS:
        return document_language
    name, conf = _best(text)
    code = _CODES.get(name)
    if code is None or code == document_language or conf < SURE_CONFIDENCE:
        return document_language
    return code

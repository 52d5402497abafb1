"""Arabic letter folding: the one place that says which spellings of a letter count as one.

Arabic news writes one word several ways (hamza on the alef or not, ة or ه at the end, ى or ي,
short-vowel marks or none), so lookups fold letters first. Callers need different amounts of
folding, so each variant is named here, with why it differs:

- :data:`NAME_FOLD` (entity names and gazetteer keys): alef forms -> ا, ة -> ه. Keeps ى apart
  from ي: folding would make the preposition على the given name علي.
- :data:`WORD_FOLD` (number words, currency and idiom phrase lists): the name fold plus ى -> ي,
  since "احدى"/"إحدي" are one numeral and no numeral collides with a preposition.
- :data:`CHAR_FOLD` (date and duration patterns, matched on a same-length folded copy of the
  text): the word fold plus hamza carriers ؤ -> و and ئ -> ي, so a hand-written pattern matches
  every spelling of a month or weekday.

Marks are stripped two ways: :func:`strip_harakat` (names) also drops the Quranic annotation
signs U+06D6-U+06ED; :func:`strip_marks` (number words) keeps them, as it always has.

Why not ``pyarabic``: its ``normalize_alef`` folds ى into ا (not ي), ``normalize_hamza`` turns
every hamza form into ء, and ``strip_tashkeel`` keeps U+0610-U+061A, U+0653-U+065F, U+0670 and
tatweel, so no combination of its normalizers gives any of the three variants here exactly.
"""
from __future__ import annotations

import re

ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_HARAKAT_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")  # + tatweel
_MARKS_RE = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u0640]")                 # + tatweel

_ALEFS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
#: Letter -> letter for names: alef forms and ta marbuta; ى stays (على is not علي).
NAME_FOLD: dict[str, str] = {**_ALEFS, "ة": "ه"}
#: Letter -> letter for number words and phrase lists: the name fold plus ى -> ي.
WORD_FOLD: dict[str, str] = {**NAME_FOLD, "ى": "ي"}
#: Letter -> letter for date patterns on a same-length copy: the word fold plus hamza carriers.
CHAR_FOLD: dict[str, str] = {**WORD_FOLD, "ؤ": "و", "ئ": "ي"}

_NAME_TABLE = str.maketrans(NAME_FOLD)
_WORD_TABLE = str.maketrans(WORD_FOLD)


def is_arabic(text: str) -> bool:
    """True when the text contains Arabic-script letters (then it needs romanizing)."""
    return bool(ARABIC_RE.search(text))


def strip_harakat(text: str) -> str:
    """Drop Arabic diacritics, Quranic signs and tatweel: optional in news text, noise for matching."""
    return _HARAKAT_RE.sub("", text)


def strip_marks(text: str) -> str:
    """Drop Arabic diacritics and tatweel (not the Quranic signs): the number-word lookup's rule."""
    return _MARKS_RE.sub("", text)


def name_key(word: str) -> str:
    """Lookup key of a name or place word: no diacritics/tatweel, one alef, ة -> ه, ى kept."""
    return strip_harakat(word).translate(_NAME_TABLE)


def fold_words(text: str) -> str:
    """Letters folded by :data:`WORD_FOLD`; one letter in, one out, so offsets stay valid."""
    return text.translate(_WORD_TABLE)


def word_key(word: str) -> str:
    """Lookup key of a number word: marks stripped (:func:`strip_marks`), then :func:`fold_words`."""
    return fold_words(strip_marks(word))

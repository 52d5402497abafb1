"""Romanization and consonant skeletons, so one name compares equal across spellings and scripts.

News writes the same name many ways: "Abdel Fattah" / "Abdelfattah" / "عبد الفتاح", "Putin" /
"Poutine" / "بوتين". Vowels and semi-vowels are what varies most (Arabic script does not write
short vowels at all), so names are compared on a *consonant skeleton*: ASCII-folded, lower-case,
consonant classes merged (c/k/q, s/z, g/j/dj, p/b, v/f, ph/f, th/t...), vowels and the
semi-vowels h/w/y dropped, doubled letters collapsed. Arabic letter folding itself is
:mod:`reconcile.facts.arabic`; the tables here say how letters are *romanized*.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from .arabic import is_arabic, strip_harakat

# How Arabic letters are usually written in Latin-script news (consonants; vowels handled apart).
_AR_CONSONANTS: dict[str, str] = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ی": "y",
    "ء": "", "ؤ": "", "ئ": "",
}
_AR_ALIFS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ى": "a", "ة": "a"}
_AR_LONG = {"و": ("w", "u"), "ي": ("y", "i")}  # (as consonant, as vowel)
_AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _romanize_ar_word(word: str) -> str:
    """One Arabic word -> Latin, news style: article 'al-', و/ي as w/y or u/i by position."""
    out: list[str] = []
    prefix = ""
    if len(word) > 3 and word.startswith("ال"):
        prefix, word = "al-", word[2:]
    for i, ch in enumerate(word):
        if ch in _AR_LONG:
            cons, vow = _AR_LONG[ch]
            prev = word[i - 1] if i else ""
            # word-initial, or after a vowel letter -> consonant; else a long vowel
            out.append(cons if (i == 0 or prev in _AR_ALIFS or prev in _AR_LONG) else vow)
        elif ch in _AR_ALIFS:
            out.append(_AR_ALIFS[ch])
        elif ch == "ع" and i == 0:
            out.append("a")  # word-initial ain is written as a vowel: Abd, Ali, Omar
        elif ch in _AR_CONSONANTS:
            out.append(_AR_CONSONANTS[ch])
        else:
            out.append(anyascii(ch))
    return prefix + "".join(out)


_AR_WORD_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]+")


@lru_cache(maxsize=65536)
def to_latin(text: str) -> str:
    """Romanize Arabic-script words (news conventions); other text is ASCII-folded by anyascii."""
    text = strip_harakat(text).translate(_AR_DIGITS)
    if is_arabic(text):
        text = _AR_WORD_RE.sub(lambda m: _romanize_ar_word(m.group()), text)
        text = text.replace("،", ",").replace("؛", ";").replace("؟", "?")
    return anyascii(text)


_PUNCT_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """ASCII-folded, lower-case, punctuation as single spaces: 'Al-Aqsa' -> 'al aqsa'."""
    folded = to_latin(unicodedata.normalize("NFC", text)).lower()
    folded = folded.replace("'", "").replace("`", "")
    return _PUNCT_RE.sub(" ", folded).strip()


# Ordered rewrites on a lower-case ASCII word (order matters: digraphs before single letters).
_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"sch", "s"), (r"tch|tsch", "s"), (r"dj|dzh|dsh", "j"), (r"sh|ch|zh", "s"),
        (r"kh", "k"), (r"gh", "j"), (r"ph", "f"), (r"th", "t"), (r"dh", "d"),
        (r"ck", "k"), (r"qu", "k"), (r"c(?=[eiy])", "s"), (r"[cq]", "k"), (r"x", "ks"),
        (r"z", "s"), (r"g", "j"), (r"v", "f"), (r"p", "b"),
        (r"[aeiouhwy]", ""),
    )
)
_ARTICLES = frozenset({"al", "el", "ul"})


def _collapse(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=65536)
def skeleton_word(word: str) -> str:
    """Consonant skeleton of one normalized word ('poutine' -> 'btn', 'mohammed' -> 'md')."""
    s = word
    for pat, rep in _SKELETON_RULES:
        s = pat.sub(rep, s)
    return _collapse(s)


@lru_cache(maxsize=65536)
def skeleton(text: str) -> str:
    """Space-separated consonant skeletons of the words of a name, any script; articles dropped.

    'Abdel Fattah el-Sisi' -> 'bdl ft s'; 'عبد الفتاح السيسي' -> 'bd ft s' (joined:
    'bdlfts' / 'bdfts', which the linker compares with a fuzzy ratio).
    """
    words = [w for w in normalize(text).split() if w not in _ARTICLES]
    return " ".join(s for s in (skeleton_word(w) for w in words) if s)


def joined_skeleton(text: str) -> str:
    """The skeleton with word breaks removed and doubles collapsed across them."""
    return _collapse(skeleton(text).replace(" ", ""))

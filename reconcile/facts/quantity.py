"""Counts of things: a number followed by the noun it counts ("three Leopard tanks",
"lima sistem pertahanan", "trois drones", "ست طائرات") for id/en/fr/ar.

Value :class:`~reconcile.types.Quantity` (``count``, ``unit``: the noun lower-case as written;
v1 JSON ``{"count": n, "unit": ...}``); the span runs from the number to
the noun. Numbers that are years, parts of dates or times, money, percentages, or that count a
unit of time (a duration, found by the duration finder) are not quantities. Per-language data
(``reconcile/lang/<code>/quantity.py``) lists the words skipped before the noun and the words
that show there is no noun.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from babel.dates import get_month_names

from reconcile.facts.money import find_money
from reconcile.facts.numeral import NumberMatch, fold, lang_module, lexicon, scan_numbers
from reconcile.facts.ordinal import find_ordinals
from reconcile.facts.year import WRITTEN_EARLIEST, is_bare_year
from reconcile.types import Context, Fact, Quantity

_WORD = re.compile(r"(?:[^\W\d_]|[\u0610-\u061A\u064B-\u065F\u0670\u0640])+(?:[-'’](?:[^\W\d_])+)*")
_GAP = re.compile(r"[ \u00a0\u202f]{1,2}|[ \u00a0]?[-‐][ \u00a0]?")
_YEAR = re.compile(r"\d{4}")


@lru_cache(maxsize=None)
def _data(language: str) -> ModuleType:
    mod = lang_module(language, "quantity")
    if mod is None:
        raise ValueError(f"no quantity data for language {language!r}")
    return mod


@lru_cache(maxsize=None)
def month_names(language: str) -> frozenset[str]:
    """Folded month names (wide and abbreviated, from Babel) to tell dates from counts."""
    out: set[str] = set()
    for width in ("wide", "abbreviated"):
        for ctx in ("format", "stand-alone"):
            for name in get_month_names(width, ctx, locale=language).values():
                out.add(fold(name).rstrip("."))
    return frozenset(out)


def _next_word(text: str, pos: int) -> re.Match[str] | None:
    g = _GAP.match(text, pos)
    if g is None:
        return None
    return _WORD.match(text, g.end())


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([^\W\d_]+)\.?[ \u00a0]+$", text[max(0, pos - 40):pos])
    return fold(m.group(1)) if m else ""


def _excluded_number(text: str, m: NumberMatch, language: str) -> bool:
    """Years, date/time parts and percentages are not counts."""
    s = text[m.start:m.num_end]
    if m.percent or m.weak:
        return True
    if _YEAR.fullmatch(s) and is_bare_year(int(s), earliest=WRITTEN_EARLIEST):
        return True
    nxt = text[m.num_end:m.num_end + 2]
    if nxt[:1] in (":", "/", ".") and nxt[1:2].isdigit():
        return True
    after = text[m.num_end + 1:m.num_end + 2]
    if text[m.num_end:m.num_end + 1] in ("h", "H") and not after.isalpha():
        return True
    if _prev_word(text, m.start) in month_names(language):
        return True
    return False


@dataclass(frozen=True)
class _Words:
    """One language's folded word lists for reading the noun after a number."""

    data: ModuleType
    kinds: dict[str, tuple[str, int]]      # number words (a number word is never the noun)
    months: frozenset[str]
    skip: frozenset[str]
    stop: frozenset[str]
    excluded: frozenset[str]
    classifiers: frozenset[str]


@lru_cache(maxsize=None)
def _words(lang: str) -> _Words:
    d = _data(lang)
    folded = lambda ws: frozenset(fold(w) for w in ws)  # noqa: E731
    return _Words(d, lexicon(lang).kinds, month_names(lang), folded(d.SKIP), folded(d.STOPWORDS),
                  folded(d.EXCLUDED_UNITS), folded(d.CLASSIFIERS))


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for a, b in spans)


def _noun_after(text: str, pos: int, w: _Words) -> re.Match[str] | None:
    """The noun a number counts: the next word, past up to three skipped words ("three more
    Leopard tanks"), unless a stopword, month or number word comes first."""
    skipped = 0
    while skipped <= 3:
        word = _next_word(text, pos)
        if word is None:
            return None
        key = fold(word.group())
        if key in w.stop or key in w.months or key in w.kinds:
            return None
        after = _next_word(text, word.end())
        after_key = fold(after.group()) if after else ""
        more = after is not None and after_key not in w.stop and after_key not in w.kinds
        if key in w.skip:
            if after is None:
                return None             # "one of the": a skipped word is never the noun
        elif not ((key in w.classifiers and more and after_key not in w.excluded)
                  or (w.data.SKIP_CAPITALISED and word.group()[:1].isupper() and more)):
            return word
        pos, skipped = word.end(), skipped + 1
    return None


def _is_noun(unit: re.Match[str], w: _Words, ordinal_spans: list[tuple[int, int]]) -> bool:
    """False for units of time, months, one-letter words, non-nouns and ordinals ("3 first")."""
    key = fold(unit.group())
    if key in w.excluded or key in w.months or len(key) < 2:
        return False
    not_a_noun = getattr(w.data, "NOT_A_NOUN", None)
    if not_a_noun and re.fullmatch(not_a_noun, key):
        return False
    return not _overlaps(unit.start(), unit.end(), ordinal_spans)


def _partitives(text: str, lang: str, numbers: list[NumberMatch], found: dict[int, Fact],
                skip_spans: list[tuple[int, int]]) -> None:
    """"8 of the 9 parties", "sept des neuf groupes": the count is the first number, of the
    second number's noun ("of" keeps the total)."""
    partitive = getattr(_data(lang), "PARTITIVE", None)
    if not partitive:
        return
    between = re.compile(rf"\s+(?:{partitive})\s+", re.IGNORECASE)
    for n in range(len(numbers) - 1):
        first, whole = numbers[n], found.get(n + 1)
        if whole is None or _excluded_number(text, first, lang):
            continue
        if _overlaps(first.start, first.end, skip_spans):
            continue
        if not between.fullmatch(text, first.num_end, numbers[n + 1].start):
            continue
        value = Quantity(first.value, whole.value.unit)
        found.pop(n, None)          # "1 of the" read as a count of "the"
        found[n + 1] = Fact("quantity", first.start, whole.end, text[first.start:whole.end], value,
                            f"{lang}.quantity.partitive", {"of": whole.value.count})


def find_quantities(text: str, ctx: Context) -> list[Fact]:
    """Every "<number> <noun>" count in ``text``."""
    lang = ctx.language
    if not text:
        return []
    w = _words(lang)
    money_spans = [(f.start, f.end) for f in find_money(text, ctx)]
    ordinal_spans = [(f.start, f.end) for f in find_ordinals(text, ctx)]
    numbers = list(scan_numbers(text, lang))
    found: dict[int, Fact] = {}
    for n, m in enumerate(numbers):
        if _excluded_number(text, m, lang) or _overlaps(m.start, m.end, money_spans):
            continue
        unit = _noun_after(text, m.num_end, w)
        if unit is None or not _is_noun(unit, w, ordinal_spans):
            continue
        value = Quantity(m.value, unit.group().lower())
        found[n] = Fact("quantity", m.start, unit.end(), text[m.start:unit.end()], value,
                        f"{lang}.quantity.count_noun")
    _partitives(text, lang, numbers, found, money_spans + ordinal_spans)
    return [found[n] for n in sorted(found)]

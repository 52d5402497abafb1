"""Ordinals for id/en/fr/ar: "first", "1st", "ke-7", "ketujuh", "septième", "7e", "السابع".

Data in ``reconcile/lang/<code>/ordinal.py``; cardinal parts are read with the numeral reader,
so "twenty-fifth", "vingt et unième", "kedua puluh lima" and "الخامس والعشرين" need no extra
lists. Phrases where the word is no ordinal (titles like "premier ministre", Levantine month
names like "كانون الأول", the time unit "une seconde") are listed per language and dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from reconcile.facts.digits import normalize_digits
from reconcile.facts.numeral import (Token, fold, lang_module, lexicon, norm_word,
                                     parse_number, scan_numbers, tokenize)
from reconcile.types import Context, Fact, Ordinal

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_JOIN = re.compile(r"[ \u00a0\t]{1,3}|[-‐–—]|\s*[-‐–—]\s*")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\"“”«»(\n])\s*$")


def roman_to_int(s: str) -> int | None:
    """Value of a Roman numeral (I..CCCXCIX), None when malformed."""
    total, prev = 0, 0
    for c in reversed(s):
        v = _ROMAN.get(c)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total if total > 0 else None


@dataclass(frozen=True)
class _Data:
    mod: ModuleType
    ordinals: dict[str, int]
    digit_re: re.Pattern[str]
    not_re: re.Pattern[str] | None
    articles: tuple[str, ...]
    teens: dict[str, int]
    no_compound: frozenset[str]


@lru_cache(maxsize=None)
def _data(language: str) -> _Data:
    mod = lang_module(language, "ordinal")
    if mod is None:
        raise ValueError(f"no ordinal data for language {language!r}")
    n = lambda w: norm_word(w, language)  # noqa: E731
    phrases = sorted({fold(p) for p in mod.NOT_ORDINAL}, key=len, reverse=True)
    not_re = None
    if phrases:
        not_re = re.compile("|".join(
            r"(?<![^\W\d_])" + r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", p))
            + r"(?![^\W\d_])" for p in phrases))
    return _Data(mod, {n(k): v for k, v in mod.ORDINALS.items()}, re.compile(mod.DIGIT_PATTERN),
                 not_re, tuple(n(a) for a in mod.ARTICLES),
                 {n(k): v for k, v in mod.TEEN_WORDS.items()},
                 frozenset(n(w) for w in mod.NO_COMPOUND))


def _joined(text: str, a: Token, b: Token) -> bool:
    return bool(_JOIN.fullmatch(text[a.end:b.start])) or a.end == b.start


def _place(n: int) -> int:
    p = 1
    while n and n % (p * 10) == 0:
        p *= 10
    return p


class _Reader:
    def __init__(self, text: str, language: str) -> None:
        self.raw = text
        self.text = normalize_digits(text)
        self.lang = language
        self.d = _data(language)
        self.kinds = lexicon(language).kinds
        self.toks = [t for t in tokenize(self.text, language)]

    def cardinal(self, word: str) -> int | None:
        k = self.kinds.get(word)
        return k[1] if k and k[0] in ("unit", "mult", "scale") else None

    def base(self, w: str) -> tuple[int, str | None] | None:
        """(value, cardinal stem or None) of one ordinal word."""
        d = self.d
        if w in d.ordinals:
            return d.ordinals[w], None
        for suf, repl in sorted(d.mod.SUFFIXES.items(), key=lambda kv: -len(kv[0])):
            if w.endswith(suf) and len(w) > len(suf):
                stem = w[:-len(suf)] + repl
                stem = d.mod.STEM_FIXES.get(stem, stem)
                for cand in (stem, stem + "e"):
                    v = self.cardinal(cand)
                    if v is not None:
                        return v, cand
        for k in range(3, len(w) - 2):          # glued "twentyfifth"
            a, b = w[:k], w[k:]
            va = self.cardinal(a)
            if va is not None and 20 <= va < 100 and va % 10 == 0 and \
                    d.ordinals.get(b, 99) < 10:
                return va + d.ordinals[b], None
        return None

    def read(self) -> list[tuple[int, int, int, str]]:
        out: list[tuple[int, int, int, str]] = []
        for m in self.d.digit_re.finditer(self.text):
            if m.groupdict().get("n"):
                v = int(m.group("n"))
            else:
                v = roman_to_int(m.group("roman") or "") or 0
            if v > 0:
                out.append((m.start(), m.end(), v, f"{self.lang}.ordinal.digits"))
        taken = [(s, e) for s, e, _, _ in out]
        i = 0
        while i < len(self.toks):
            t = self.toks[i]
            if t.kind != "word" or any(s < t.end and t.start < e for s, e in taken):
                i += 1
                continue
            got = self.prefixed(i) or self.with_article(i) or self.plain(i)
            if got is None:
                i += 1
                continue
            s, e, v, rule, nxt = got
            out.append((s, e, v, rule))
            i = max(nxt, i + 1)
        return out

    def plain(self, i: int) -> tuple[int, int, int, str, int] | None:
        """An ordinal word, with cardinal words before it in en/fr ("twenty-fifth")."""
        t = self.toks[i]
        b = self.base(t.norm)
        if b is None:
            return None
        v, stem = b
        start = t.start
        if self.d.mod.COMPOUND_BEFORE and t.norm not in self.d.no_compound:
            j = i
            while j > 0 and self.toks[j - 1].kind == "word" and \
                    _joined(self.text, self.toks[j - 1], self.toks[j]) and \
                    self.toks[j - 1].norm in self.kinds and \
                    self.kinds[self.toks[j - 1].norm][0] in ("unit", "mult", "scale", "conj"):
                j -= 1
            for k in range(j, i):
                words = [x.norm for x in self.toks[k:i]]
                if self.kinds[words[0]][0] == "conj":
                    continue
                combined = self.combine(words, v, stem)
                if combined is not None:
                    v, start = combined, self.toks[k].start
                    break
        return start, t.end, v, f"{self.lang}.ordinal.words", i + 1

    def combine(self, words: list[str], v: int, stem: str | None) -> int | None:
        if stem is not None:                 # French: read "vingt et un" as a whole
            n = parse_number(" ".join(words + [stem]), self.lang)
            return int(n) if isinstance(n, int) or (n is not None and n == int(n)) else None
        while words and self.kinds[words[-1]][0] == "conj":
            words = words[:-1]
        p = parse_number(" ".join(words), self.lang) if words else None
        if not isinstance(p, int) or p <= 0:
            return None
        if v >= 100 and p < v:
            return p * v
        if v < _place(p):
            return p + v
        return None

    def prefixed(self, i: int) -> tuple[int, int, int, str, int] | None:
        """Indonesian ke- + cardinal: "ketujuh", "kedua puluh lima"."""
        t = self.toks[i]
        for p in self.d.mod.PREFIXES:
            rest = t.norm[len(p):]
            if not t.norm.startswith(p) or self.cardinal(rest) is None:
                continue
            off = t.start + len(p)
            ms = scan_numbers(self.text[off:], self.lang)
            if not ms or ms[0].start != 0 or ms[0].percent:
                continue
            m = ms[0]
            end = off + m.num_end
            nxt = i + 1
            while nxt < len(self.toks) and self.toks[nxt].start < end:
                nxt += 1
            if self.collective(t.start, nxt):
                return None
            return t.start, end, int(m.value), f"{self.lang}.ordinal.prefix", nxt
        return None

    def collective(self, start: int, nxt: int) -> bool:
        """"kedua negara" = both countries: ke-word before a noun, after a clause start."""
        preceders = self.d.mod.COLLECTIVE_PRECEDERS
        if not preceders or nxt >= len(self.toks) or self.toks[nxt].kind != "word":
            return False
        if not re.fullmatch(r"[ \u00a0]+", self.text[self.toks[nxt - 1].end:self.toks[nxt].start]):
            return False
        before = self.text[:start]
        prev = re.search(r"([^\W\d_]+)\s*$", before)
        if _CLAUSE_START.search(before):
            return True
        return bool(prev and prev.group(1).lower() in preceders)

    def strip_article(self, w: str) -> tuple[str, int] | None:
        for a in sorted(self.d.articles, key=len, reverse=True):
            if w.startswith(a) and len(w) > len(a) + 1:
                return w[len(a):], len(a)
        return None

    def with_article(self, i: int) -> tuple[int, int, int, str, int] | None:
        """Arabic: "الأول", "الثالث عشر", "الحادي والعشرين", "التسعون"."""
        if not self.d.articles:
            return None
        t = self.toks[i]
        st = self.strip_article(t.norm)
        if st is None:
            return None
        w, alen = st
        start = t.start + (alen - 2 if alen > 2 else 0)   # keep "ال", drop a leading "و"
        ordinal = w in self.d.ordinals
        v = self.d.ordinals.get(w)
        if v is None:
            v = self.cardinal(w)
            if v is None or v >= 100:
                return None
        end, j = t.end, i + 1
        teen = False
        if v < 10 and j < len(self.toks) and self.toks[j].norm in self.d.teens and \
                _joined(self.text, self.toks[j - 1], self.toks[j]):
            v += self.d.teens[self.toks[j].norm]
            end, j, teen = self.toks[j].end, j + 1, True
        tens = False
        if v < 10 and j < len(self.toks):
            k = j
            if self.toks[k].norm == "و" and k + 1 < len(self.toks):
                k += 1
            cand = self.strip_article(self.toks[k].norm)
            if cand is not None and (k > j or self.toks[k].norm.startswith("وال")):
                tv = self.cardinal(cand[0])
                if tv is not None and 20 <= tv < 100 and tv % 10 == 0:
                    v += tv
                    end, j, tens = self.toks[k].end, k + 1, True
        if not (ordinal or teen or tens or (v >= 20 and v % 10 == 0)):
            return None
        return start, end, v, f"{self.lang}.ordinal.words", j


def find_ordinals(text: str, ctx: Context) -> list[Fact]:
    """Every ordinal in ``text`` (value: :class:`~reconcile.types.Ordinal`), minus titles/idioms listed as not ordinal."""
    if not text:
        return []
    r = _Reader(text, ctx.language)
    blocked: list[tuple[int, int]] = []
    if r.d.not_re is not None:
        blocked = [m.span() for m in r.d.not_re.finditer(fold(text))]
    facts = []
    for s, e, v, rule in sorted(r.read()):
        if any(bs <= s and e <= be for bs, be in blocked):
            continue
        facts.append(Fact("ordinal", s, e, text[s:e], Ordinal(v), rule))
    return facts

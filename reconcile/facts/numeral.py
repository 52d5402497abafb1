"""Numbers written in digits or words, for id/en/fr/ar.

The per-language vocabulary lives in ``reconcile/lang/<code>/numeral.py`` as data; this module is
the one generic reader. It scans a digit-normalized copy of the text (same length, see
:mod:`reconcile.facts.digits`) so every span maps 1:1 onto the raw text.

Word numbers are read with a small accumulator (:mod:`reconcile.facts.numeral_words`) that
ends a number at an implausible sequence ("two three"), so lists of numbers stay separate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from types import ModuleType
from typing import Iterable

from reconcile.facts.arabic import fold_words, word_key
from reconcile.facts.digits import GROUP_SPACES, normalize_digits
from reconcile.facts.numeral_words import WordNumber
from reconcile.lang import optional_rules
from reconcile.types import Context, Fact, Number

_WORD = r"(?:[^\W\d_]|[\u0610-\u061A\u064B-\u065F\u0670\u0640])+"
_BLOCKED = re.compile(r"\d+(?:[:/]\d+)+|\d+(?:-\d+){2,}")
_SPACE_GAP = set(" \t" + GROUP_SPACES)


def norm_word(word: str, language: str) -> str:
    """Lower-case; for Arabic also drop tashkeel/tatweel and unify hamza/ta marbuta/alif maqsura.

    Why: spelling variants ("اربعه"/"أربعة") should hit one dictionary entry.
    """
    w = word.lower()
    if language == "ar":
        w = word_key(w)
    return w


def fold(text: str) -> str:
    """Lower-case and unify Arabic letter variants keeping the length (offsets stay valid).

    Why: phrase lists (currency names, non-ordinal idioms) are matched on this copy.
    """
    out = fold_words("".join(c.lower() if len(c.lower()) == 1 else c for c in text))
    return out if len(out) == len(text) else text


def to_number(value: Decimal) -> int | float:
    """An integral Decimal becomes ``int``, anything else ``float`` (JSON-friendly values)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True)
class Lexicon:
    """One language's numeral data, normalized for lookup."""

    language: str
    decimal_sep: str
    group_sep: str
    group_space: bool
    kinds: dict[str, tuple[str, int]]          # normalized word -> (kind, value)
    plurals: frozenset[str]
    weak: frozenset[str]
    compounds: dict[tuple[str, ...], str]
    conj_prefixes: tuple[str, ...]
    clitic_prefixes: tuple[str, ...]
    unit_first: bool
    percent_words: tuple[tuple[str, ...], ...]
    suffixes: dict[str, int]
    self_counted: frozenset[str]
    time_before: frozenset[str]
    time_after: frozenset[str]
    negative_blockers: frozenset[str] = frozenset()   # "au" in "au moins 300": a bound, not a sign


def lang_module(language: str, dimension: str) -> ModuleType | None:
    """``reconcile.lang.<language>.<dimension>``, or None when that language has no such file."""
    return optional_rules(language, dimension)


@lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """Build (once) the normalized lookup tables of a language's numeral data."""
    mod = lang_module(language, "numeral")
    if mod is None:
        raise ValueError(f"no numeral data for language {language!r}")
    n = lambda w: norm_word(w, language)  # noqa: E731
    kinds: dict[str, tuple[str, int]] = {}
    for table, kind in ((mod.UNITS, "unit"), (mod.MULTIPLIERS, "mult"),
                        (mod.TEEN_SUFFIX, "teen"), (mod.SCALES, "scale")):
        for w, v in table.items():
            kinds[n(w)] = (kind, v)
    for w in mod.CONJUNCTIONS:
        kinds[n(w)] = ("conj", 0)
    for w in mod.DECIMAL_WORDS:
        kinds[n(w)] = ("dec", 0)
    for w in mod.NEGATIVE_WORDS:
        kinds[n(w)] = ("neg", 0)
    compounds = {tuple(n(x) for x in re.split(r"[\s-]+", k)): n(v)
                 for k, v in mod.COMPOUNDS.items()}
    return Lexicon(
        language=language, decimal_sep=mod.DECIMAL_SEP, group_sep=mod.GROUP_SEP,
        group_space=mod.GROUP_SPACE, kinds=kinds,
        plurals=frozenset(n(w) for w in mod.PLURALS), weak=frozenset(n(w) for w in mod.WEAK),
        compounds=compounds, conj_prefixes=tuple(n(p) for p in mod.CONJ_PREFIXES),
        clitic_prefixes=tuple(n(p) for p in mod.CLITIC_PREFIXES), unit_first=mod.UNIT_FIRST,
        percent_words=tuple(tuple(n(x) for x in p.split()) for p in mod.PERCENT_WORDS),
        suffixes=dict(mod.SUFFIXES),
        self_counted=frozenset(n(w) for w in mod.SELF_COUNTED),
        time_before=frozenset(n(w) for w in mod.TIME_CUES_BEFORE),
        time_after=frozenset(n(w) for w in mod.TIME_CUES_AFTER),
        negative_blockers=frozenset(n(w) for w in getattr(mod, "NEGATIVE_BLOCKERS", ())),
    )


@lru_cache(maxsize=None)
def _token_re(group_space: bool) -> re.Pattern[str]:
    spaced = r"(?<!\d)\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:,\d+)?(?![\d.,]?\d)|" \
        if group_space else ""
    return re.compile(
        rf"(?P<num>{spaced}\d+(?:[.,]\d+)*|(?<![\w.,])[.,]\d+)|(?P<word>{_WORD})|(?P<pct>%)")


@dataclass(frozen=True)
class Token:
    kind: str      # "num" | "word" | "pct"
    start: int
    end: int
    text: str      # from the digit-normalized text
    norm: str      # normalized word ("" for numbers)


def tokenize(norm_text: str, language: str) -> list[Token]:
    """Split digit-normalized text into number, word and percent-sign tokens with offsets."""
    lex = lexicon(language)
    out: list[Token] = []
    for m in _token_re(lex.group_space).finditer(norm_text):
        kind = m.lastgroup or "word"
        t = m.group()
        out.append(Token(kind, m.start(), m.end(), t,
                         norm_word(t, language) if kind == "word" else ""))
    return out


def interpret_digits(s: str, language: str) -> Decimal | None:
    """Read a digit string with the language's separators, falling back sensibly.

    One separator of the locale's *group* kind followed by a tail that is not three digits is
    read as a decimal ("8.1" in Indonesian, "8,1" in English); a separator repeated with bad
    groups ("23.11.2021") is not a number.
    """
    lex = lexicon(language)
    s = s.strip()
    if any(c in GROUP_SPACES for c in s):
        head, _, dec = s.partition(",")
        groups = re.split(f"[{GROUP_SPACES}]", head)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        s = "".join(groups) + ("." + dec if dec else "")
        return _dec(s)
    if s[0] in ".,":
        if s[0] != lex.decimal_sep and language not in ("ar",):
            return None
        return _dec("0." + s[1:])
    seps = [c for c in s if c in ".,"]
    if not seps:
        return _dec(s)
    kinds = set(seps)
    if len(kinds) == 2:
        dec_sep = seps[-1]
        grp = "," if dec_sep == "." else "."
        if s.count(dec_sep) != 1 or s.rindex(grp) > s.rindex(dec_sep):
            return None
        head, tail = s.split(dec_sep)
        if not _valid_groups(head.split(grp)):
            return None
        return _dec(head.replace(grp, "") + "." + tail)
    sep = seps[0]
    parts = s.split(sep)
    if len(parts) > 2:
        return _dec("".join(parts)) if _valid_groups(parts) else None
    head, tail = parts
    if sep == lex.decimal_sep:
        return _dec(head + "." + tail)
    if len(tail) == 3 and _valid_groups(parts):
        return _dec(head + tail)
    return _dec(head + "." + tail)


def _valid_groups(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]) and \
        not (len(parts[0]) > 1 and parts[0].startswith("0"))


def _dec(s: str) -> Decimal | None:
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text; ``start``/``end`` include a percent marker when ``percent``."""

    start: int
    end: int
    value: int | float
    rule: str
    percent: bool = False
    words: bool = False           # written (at least partly) with words
    scaled: bool = False          # carries a scale word or suffix ("5 juta", "3M")
    num_end: int = 0              # end of the number itself (before any percent marker)
    weak: bool = False            # a lone weak word ("un", "une")


def _joinable(gap: str) -> bool:
    return gap == "-" or (0 < len(gap) <= 3 and all(c in _SPACE_GAP for c in gap))


class _Scanner:
    """Left-to-right number phrase reader over one text."""

    def __init__(self, text: str, language: str, glued: Iterable[str] = (),
                 suffixes: dict[str, int] | None = None) -> None:
        self.raw = text
        self.text = normalize_digits(text)
        self.lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
        self.lang = language
        self.lex = lexicon(language)
        self.toks = tokenize(self.text, language)
        self.blocked = [m.span() for m in _BLOCKED.finditer(self.text)]
        self.glued = tuple(g.lower() for g in glued)
        sfx = dict(self.lex.suffixes)
        sfx.update(suffixes or {})
        # longest first, so "bn" wins over "b"
        self.suffixes = sorted(sfx.items(), key=lambda kv: -len(kv[0]))

    def suffix_at(self, e: int) -> tuple[str, int] | None:
        """A scale suffix glued to digits at ``e`` ("3M", "£5m", "$1.5bn"), word-final."""
        for suf, v in self.suffixes:
            if self.text.startswith(suf, e):
                after = self.text[e + len(suf):e + len(suf) + 1]
                if not (after.isalnum() or after == "_"):
                    return suf, v
        return None

    def glued_before(self, s: int) -> bool:
        """A currency-like token ends right at ``s`` ("Rp33", "USD3.14")."""
        return any(s >= len(g) and self.lower.startswith(g, s - len(g)) and
                   not self.lower[s - len(g) - 1:s - len(g)].isalpha() for g in self.glued)

    def proclitic_before(self, s: int) -> bool:
        """An attached preposition or conjunction ("لـ42", "و125"): the digits still stand alone."""
        j = s - 1
        while j >= 0 and self.text[j] == "\u0640":            # tatweel
            j -= 1
        return (j >= 0 and any(self.text.startswith(p, j) for p in self.lex.clitic_prefixes if len(p) == 1)
                and (j == 0 or not self.text[j - 1].isalpha()))

    def glued_after(self, e: int) -> bool:
        """A currency-like token starts right at ``e`` ("20Rp", "42MYR")."""
        return any(self.lower.startswith(g, e) and
                   not self.lower[e + len(g):e + len(g) + 1].isalpha() for g in self.glued)

    # -- token helpers -------------------------------------------------------------------
    def gap(self, i: int) -> str:
        """Text between token i-1 and token i."""
        return self.text[self.toks[i - 1].end:self.toks[i].start]

    def word_at(self, i: int, first: bool) -> tuple[str, int, int, int] | None:
        """Number word at token i: (key, next token index, start offset, kind-prefix flag).

        Handles compounds ("quatre vingt") and attached Arabic clitics ("وخمسين"). The flag is
        1 when an attached conjunction was stripped (a conjunction inside the number).
        """
        toks, lex = self.toks, self.lex
        if i >= len(toks) or toks[i].kind != "word":
            return None
        for parts, canon in sorted(lex.compounds.items(), key=lambda kv: -len(kv[0])):
            k = len(parts)
            if i + k <= len(toks) and all(toks[i + j].kind == "word" and
                                          toks[i + j].norm == parts[j] for j in range(k)) \
                    and all(_joinable(self.gap(i + j)) for j in range(1, k)):
                return canon, i + k, toks[i].start, 0
        w = toks[i].norm
        if w in lex.kinds:
            return w, i + 1, toks[i].start, 0
        prefixes = lex.clitic_prefixes if first else lex.conj_prefixes
        for p in prefixes:
            rest = w[len(p):]
            if w.startswith(p) and len(rest) >= 2 and rest in lex.kinds and \
                    lex.kinds[rest][0] in ("unit", "mult", "scale"):
                return rest, i + 1, toks[i].start + len(p), 0 if first else 1
        return None

    def num_ok(self, i: int) -> bool:
        """Digits that are a standalone number (not part of a code, time, date or word)."""
        t = self.toks[i]
        s, e, text = t.start, t.end, self.text
        if any(bs < e and s < be for bs, be in self.blocked):
            return False
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            if not self.glued_before(s) and not self.proclitic_before(s):
                return False
        if s > 1 and text[s - 1] == "-" and text[s - 2].isalpha():
            return False
        if self.clock_time(i):
            return False
        if e < len(text) and (text[e].isalnum() or text[e] == "_"):
            if self.suffix_at(e) is None and not self.glued_after(e):
                return False
        return True

    def clock_time(self, i: int) -> bool:
        """"pukul 10.30", "10.30 WIB", "الساعة 3": a time of day, not a number."""
        toks, lex = self.toks, self.lex
        if i > 0 and toks[i - 1].kind == "word" and toks[i - 1].norm in lex.time_before and \
                _joinable(self.gap(i)):
            return True
        j = i + 1
        if j < len(toks) and toks[j].kind == "word" and _joinable(self.gap(j)):
            w = toks[j].norm
            if w in lex.time_after or (w + "." + (toks[j + 1].norm if j + 1 < len(toks)
                                                 else "")) in lex.time_after:
                return True
        return False

    # -- phrase readers ------------------------------------------------------------------
    def scan(self) -> list[NumberMatch]:
        out: list[NumberMatch] = []
        i = 0
        while i < len(self.toks):
            got = self.phrase(i)
            if got is None:
                i += 1
                continue
            m, nxt = got
            out.append(m)
            i = max(nxt, i + 1)
        return out

    def phrase(self, i: int) -> tuple[NumberMatch, int] | None:
        toks, lex = self.toks, self.lex
        sign = 1
        start = toks[i].start
        neg_word = False
        if toks[i].kind == "word" and lex.kinds.get(toks[i].norm, ("",))[0] == "neg":
            if i > 0 and toks[i - 1].kind == "word" and toks[i - 1].norm in lex.negative_blockers:
                return None                  # "au moins 300": the figure is read on its own
            if i + 1 < len(toks) and _joinable(self.gap(i + 1)) and (
                    (toks[i + 1].kind == "num" and self.num_ok(i + 1))
                    or self.word_at(i + 1, True)):
                sign, neg_word, i = -1, True, i + 1
            else:
                return None
        if toks[i].kind == "num":
            res = self.digits(i)
        else:
            res = self.words(i)
        if res is None:
            return None
        value, nxt, s0, end, words, scaled, weak = res
        if not neg_word:
            start = s0
            if toks[i].kind == "num" and start > 0 and self.text[start - 1] == "-" and (
                    start == 1 or not self.text[start - 2].isalnum()):
                sign, start = -1, start - 1
        num_end = end
        percent = False
        # percent marker
        if nxt < len(toks):
            g = self.text[end:toks[nxt].start]
            if toks[nxt].kind == "pct" and len(g) <= 1 and all(c in _SPACE_GAP for c in g):
                percent, end, nxt = True, toks[nxt].end, nxt + 1
            else:
                for phrase in lex.percent_words:
                    k = len(phrase)
                    if nxt + k <= len(toks) and _joinable(g) and all(
                            toks[nxt + j].norm == phrase[j] for j in range(k)) and all(
                            _joinable(self.gap(nxt + j)) for j in range(1, k)):
                        percent, end, nxt = True, toks[nxt + k - 1].end, nxt + k
                        break
        kind = "percent" if percent else (
            "words" if words else ("digits_scale" if scaled else "digits"))
        val = to_number(value * sign)
        return NumberMatch(start, end, val, f"{self.lang}.number.{kind}", percent, words,
                           scaled, num_end, weak), nxt

    def digits(self, i: int) -> tuple[Decimal, int, int, int, bool, bool, bool] | None:
        toks, lex = self.toks, self.lex
        if not self.num_ok(i):
            return None
        value = interpret_digits(toks[i].text, self.lang)
        if value is None:
            return None
        end = toks[i].end
        scaled = False
        suf = self.suffix_at(end)
        if suf is not None:
            value *= suf[1]
            end += len(suf[0])
            nxt = i + 1
            while nxt < len(toks) and toks[nxt].start < end:
                nxt += 1
            return value, nxt, toks[i].start, end, False, True, False
        j = i + 1
        if j + 1 < len(toks) and toks[j].kind == "word" and _joinable(self.gap(j)) and \
                lex.kinds.get(toks[j].norm, ("",))[0] == "dec" and toks[i].text.isdigit():
            fr = self._fraction(j + 1)                      # "1 point 1", "1 فاصلة 5"
            if fr is not None:
                value += fr[0]
                j, end = fr[1], fr[2]
        while j < len(toks) and _joinable(self.gap(j)) and toks[j].kind == "word":
            w = self.word_at(j, False)
            if w is None or w[3]:
                break
            kind, v = lex.kinds[w[0]]
            if kind not in ("scale", "mult"):
                break
            value *= v
            scaled = True
            end = toks[w[1] - 1].end
            j = w[1]
        return value, j, toks[i].start, end, False, scaled, False

    def words(self, i: int) -> tuple[Decimal, int, int, int, bool, bool, bool] | None:
        """A number in words from token i (see :class:`WordNumber`), its longest reading."""
        toks, lex = self.toks, self.lex
        first = self.word_at(i, True)
        if first is None or lex.kinds[first[0]][0] not in ("unit", "mult", "scale"):
            return None
        acc = WordNumber(lex)
        best: tuple[Decimal, int, int] | None = None   # value, next token, end offset
        n_words = 0
        weak_only = True
        j = i
        while j < len(toks) and (j == i or _joinable(self.gap(j))):
            w = self.word_at(j, j == i)
            if w is None:
                break
            key, nxt, _, conj_attached = w
            kind, v = lex.kinds[key]
            if kind == "conj":
                if not acc.conjunction():
                    break
                j = nxt
                continue
            if conj_attached and not acc.attached_conjunction():
                break
            if kind == "dec":
                fr = self._fraction(nxt) if acc.can_take_fraction() and nxt < len(toks) else None
                if fr is None:
                    break
                acc.add_fraction(fr[0])
                best, j = (acc.value, fr[1], fr[2]), fr[1]
                continue
            if not acc.add(kind, key, v):
                break
            n_words += 1
            weak_only = weak_only and key in lex.weak
            best = (acc.value, nxt, toks[nxt - 1].end)
            j = nxt
        if best is None:
            return None
        value, nxt, end = best
        return value, nxt, first[2], end, True, acc.max_scale > 0, weak_only and n_words == 1

    def _fraction(self, j: int) -> tuple[Decimal, int, int] | None:
        """Digits after a decimal word: "point two", "koma lima", "فاصلة 5"."""
        toks, lex = self.toks, self.lex
        if not _joinable(self.gap(j)):
            return None
        if toks[j].kind == "num" and toks[j].text.isdigit():
            return Decimal("0." + toks[j].text), j + 1, toks[j].end
        digits = ""
        end = 0
        while j < len(toks) and _joinable(self.gap(j)) and toks[j].kind == "word":
            kind, v = lex.kinds.get(toks[j].norm, ("", 0))
            if kind != "unit" or v > 9:
                break
            digits += str(v)
            end = toks[j].end
            j += 1
        if not digits:
            return None
        return Decimal("0." + digits), j, end


def scan_numbers(text: str, language: str, glued: Iterable[str] = (),
                 suffixes: dict[str, int] | None = None) -> list[NumberMatch]:
    """Every number mention, left to right, non-overlapping (weak lone words included).

    For money: ``glued`` lists tokens allowed right before/after digits ("rp" for "Rp33",
    "usd" for "42USD"); ``suffixes`` adds glued scale suffixes ("m" for "£5m").
    """
    if not text:
        return []
    return _Scanner(text, language, glued, suffixes).scan()


def _whole(text: str, m: NumberMatch) -> bool:
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    return m.start == lead and m.end == lead + len(stripped)


_RESTATED = re.compile(r"[ \u00a0]?\([ \u00a0]?")


def _merge_restated(text: str, ms: list[NumberMatch]) -> list[NumberMatch]:
    """"forty-five (45)" / "45 (forty five)": one number restated in brackets is one mention."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(ms):
        a = ms[i]
        if i + 1 < len(ms) and not a.percent:
            b = ms[i + 1]
            gap = text[a.end:b.start]
            close = re.match(r"[ \u00a0]?\)", text[b.end:])
            if _RESTATED.fullmatch(gap) and close and b.value == a.value and not b.percent:
                end = b.end + close.end()
                out.append(NumberMatch(a.start, end, a.value, a.rule, False, a.words or b.words,
                                       a.scaled or b.scaled, end, False))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def find_numbers(text: str, ctx: Context) -> list[Fact]:
    """All number mentions as ``number`` facts (percentages carry ``attrs['unit']='percent'``).

    A lone weak word ("un", "une") counts only when it is the whole text.
    """
    facts: list[Fact] = []
    for m in _merge_restated(text, scan_numbers(text, ctx.language)):
        if m.weak and not _whole(text, m):
            continue
        attrs = {"unit": "percent"} if m.percent else {}
        facts.append(Fact("number", m.start, m.end, text[m.start:m.end], Number(m.value), m.rule, attrs))
    return facts


def parse_number(text: str, language: str) -> int | float | None:
    """The value of a string that is entirely one number (digits or words), else None."""
    ms = [m for m in scan_numbers(text, language) if not m.percent]
    if len(ms) == 1 and _whole(text, ms[0]):
        return ms[0].value
    return None

"""Amounts of money: a number (digits or words, with scales) next to a currency name, symbol
or ISO code, for id/en/fr/ar.

Currency names per language are data (``reconcile/lang/<code>/money.py``), completed with the
official names Babel knows for every ISO 4217 currency ("US dollars", "dirham marocain").
Value: :class:`~reconcile.types.Money` (v1 JSON ``{"amount": int|float, "currency": "USD"}``); attrs: ``estimate`` (an approximation word
such as "about"/"sekitar"/"environ"/"حوالي" precedes the amount, and is part of the span),
``currency_assumed`` (a bare "$"/"dollars" read as USD, a bare "dinar" read as a default),
``currency_family`` (a name several countries' currencies share: the article's countries pick
one, :func:`resolve_currency_families`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

from reconcile.facts.numeral import fold, lang_module, scan_numbers, to_number
from reconcile.types import Context, Fact, Money

# Symbols shared by every language (Babel's per-locale symbols are added below them).
SHARED_SYMBOLS: dict[str, str] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR",
    "₪": "ILS", "₽": "RUB", "₺": "TRY", "₩": "KRW", "₫": "VND", "₱": "PHP", "CN¥": "CNY",
    "RMB": "CNY", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "Rp": "IDR", "Rp.": "IDR",
}
# Bare symbols/names whose currency is a default guess, not written out.
ASSUMED: frozenset[str] = frozenset({"$", "¥", "£"})
# ISO codes that are also common upper-case words in headlines.
_CODE_STOP = frozenset({"ALL", "TOP", "CUP", "PEN", "BAM", "MOP", "AMD", "CAT", "SOS", "WST",
                        "BOB", "GEL", "MGA", "STD", "SLL", "SVC"})
_L = r"[^\W\d_]"


_LETTER = re.compile(_L)


class Phrases:
    """Longest-first lookup of fixed phrases (words separated by any whitespace) at a position.

    Why not one regex alternation: a language's ~1,000 currency names and symbols made four
    patterns of ~10-30k characters each, and compiling them took ~0.3-0.7 s of every run.
    This index gives what those patterns gave (same words, same letter-boundary rules, the
    longest phrase first, the leftmost start for an end-anchored search) with no compilation.
    """

    def __init__(self, phrases: list[str]) -> None:
        by_first: dict[str, list[tuple[int, tuple[str, ...], bool, bool]]] = {}
        by_last: dict[str, list[tuple[int, tuple[str, ...], bool, bool]]] = {}
        for p in set(phrases):
            words = tuple(p.split())
            if not words:
                continue
            entry = (len(p), words, bool(_LETTER.match(p[0])), bool(_LETTER.match(p[-1])))
            by_first.setdefault(words[0][0], []).append(entry)
            by_last.setdefault(words[-1][-1], []).append(entry)
        self.by_first = {c: sorted(v, key=lambda e: -e[0]) for c, v in by_first.items()}
        self.by_last = {c: sorted(v, key=lambda e: -e[0]) for c, v in by_last.items()}

    @staticmethod
    def _letter_at(s: str, i: int, end: int) -> bool:
        return 0 <= i < end and _LETTER.match(s, i) is not None

    def match(self, s: str, pos: int) -> str | None:
        """The text of the longest phrase starting at ``pos`` (like ``re.match``), else None."""
        if pos >= len(s):
            return None
        for _, words, pre, post in self.by_first.get(s[pos], ()):
            if pre and self._letter_at(s, pos - 1, len(s)):
                continue
            end = self._forward(s, pos, words)
            if end is not None and not (post and self._letter_at(s, end, len(s))):
                return s[pos:end]
        return None

    @staticmethod
    def _forward(s: str, pos: int, words: tuple[str, ...]) -> int | None:
        for k, w in enumerate(words):
            if k:
                if pos >= len(s) or not s[pos].isspace():
                    return None
                while pos < len(s) and s[pos].isspace():
                    pos += 1
            if not s.startswith(w, pos):
                return None
            pos += len(w)
        return pos

    def match_end(self, s: str, lo: int, hi: int) -> tuple[int, str] | None:
        r"""(start, text) of a phrase ending exactly at ``hi`` and starting at or after ``lo``,
        the leftmost start first (like ``re.search(alternation + r"\Z", s, lo, hi)``)."""
        if hi <= lo:
            return None
        best: int | None = None
        for _, words, pre, _post in self.by_last.get(s[hi - 1], ()):
            start = self._backward(s, lo, hi, words)
            if start is None or (best is not None and start >= best):
                continue
            if pre and self._letter_at(s, start - 1, hi):
                continue
            best = start
        return None if best is None else (best, s[best:hi])

    @staticmethod
    def _backward(s: str, lo: int, hi: int, words: tuple[str, ...]) -> int | None:
        pos = hi
        for k, w in enumerate(reversed(words)):
            if k:
                if pos - 1 < lo or not s[pos - 1].isspace():
                    return None
                while pos - 1 >= lo and s[pos - 1].isspace():
                    pos -= 1
            if pos - len(w) < lo or not s.startswith(w, pos - len(w)):
                return None
            pos -= len(w)
        return pos


def _alt(phrases: list[str]) -> str:
    """Regex alternation of phrases, longest first, spaces flexible, letter-word boundaries."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in p.split())
        pre = rf"(?<!{_L})" if re.match(_L, p[0]) else ""
        post = rf"(?!{_L})" if re.match(_L, p[-1]) else ""
        parts.append(pre + body + post)
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class CurrencyTable:
    names: dict[str, str]               # folded name -> ISO
    symbols: dict[str, str]             # case-sensitive symbol/code -> ISO
    name_index: Phrases                 # names, matched on folded text
    symbol_index: Phrases               # symbols and codes, matched on the raw text
    glued: tuple[str, ...]
    scale_abbr: dict[str, int]
    connectors_re: re.Pattern[str]
    subunit_re: re.Pattern[str]
    estimate_re: re.Pattern[str]
    exact_re: re.Pattern[str]


DATA_FILE = Path(__file__).with_name("currencies.json")


def babel_currencies(language: str) -> dict[str, Any]:
    """What Babel knows of a language's currencies: unambiguous folded names, symbols, codes."""
    from babel import Locale
    from babel.numbers import get_currency_name, list_currencies

    names: dict[str, str] = {}
    seen: dict[str, set[str]] = {}
    loc = Locale.parse(language)
    for code in list_currencies():
        forms = {loc.currencies.get(code, "")}
        for n in (1, 2, 5, 11, 100):
            try:
                forms.add(get_currency_name(code, count=n, locale=language))
            except Exception:  # noqa: BLE001 - Babel raises on odd plural data
                pass
        for f in forms:
            if f and f != code:
                seen.setdefault(fold(f), set()).add(code)
    for f, codes in seen.items():
        if len(codes) == 1:
            names[f] = next(iter(codes))
    symbols: dict[str, str] = {}
    for code, sym in loc.currency_symbols.items():
        if sym != code and not sym.isalpha() and not sym.isdigit():
            symbols.setdefault(sym, code)
    return {"names": names, "symbols": symbols, "codes": sorted(list_currencies())}


def _babel_version() -> str:
    import importlib.metadata

    return importlib.metadata.version("babel")


def write_currency_data(path: Path = DATA_FILE) -> None:
    """Precompute Babel's currency data for every money language (``python -m reconcile.facts.money``)."""
    from reconcile.lang import SUPPORT

    langs = sorted(lang for lang, dims in SUPPORT.items() if dims.get("money"))
    data = {"babel": _babel_version(), "languages": {lang: babel_currencies(lang) for lang in langs}}
    path.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    try:
        data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("languages", {}) if data.get("babel") == _babel_version() else {}


@lru_cache(maxsize=None)
def currency_table(language: str) -> CurrencyTable:
    """Build (once) the currency lookup of a language from its data file plus Babel's names
    (precomputed in ``currencies.json`` for the installed Babel: reading Babel's tables took
    ~0.2 s a run; another Babel version is read live)."""
    mod = lang_module(language, "money")
    if mod is None:
        raise ValueError(f"no money data for language {language!r}")
    known = _shipped().get(language) or babel_currencies(language)
    names: dict[str, str] = dict(known["names"])
    names.update({fold(k): v for k, v in mod.NAMES.items()})
    symbols: dict[str, str] = dict(known["symbols"])
    symbols.update(SHARED_SYMBOLS)
    symbols.update(mod.SYMBOLS)
    codes = [c for c in known["codes"] if len(c) == 3 and c.isupper() and c not in _CODE_STOP]
    for c in codes:
        symbols.setdefault(c, c)
    glued = tuple(p for p in list(symbols) + list(names) if p[-1:].isalpha() or p[:1].isalpha())
    conn = [fold(c) for c in mod.CONNECTORS]
    conn_re = re.compile("(?:" + "|".join(
        re.escape(c) + (r"\s+" if c[-1].isalpha() else r"\s*") for c in conn) + ")"
        if conn else r"(?!x)x")
    conj_alt = "|".join(re.escape(fold(c)) for c in mod.SUBUNIT_CONJUNCTIONS)
    subunit_re = re.compile(
        rf"[ \u00a0]+(?:(?:{conj_alt})[ \u00a0]*)?(?P<n>\d{{1,2}})[ \u00a0]?"
        + _alt([fold(u) for u in mod.SUBUNITS]))
    est = [fold(e) for e in mod.ESTIMATE_WORDS]
    exact = [fold(e) for e in mod.EXACT_WORDS]
    return CurrencyTable(
        names=names, symbols=symbols, name_index=Phrases(list(names)),
        symbol_index=Phrases(list(symbols)), glued=glued,
        scale_abbr=dict(mod.SCALE_ABBREVIATIONS), connectors_re=conn_re, subunit_re=subunit_re,
        estimate_re=re.compile(_alt(est) + r"\s+\Z"),
        exact_re=re.compile(_alt(exact) + r"\s+\Z"),
    )


def _gaps(text: str, pos: int, after: bool) -> list[int]:
    """Positions reachable from ``pos`` over no gap or one space (no-break spaces too)."""
    out = [pos]
    ch = text[pos:pos + 1] if after else text[pos - 1:pos]
    if ch in (" ", "\u00a0", "\u202f"):
        out.append(pos + 1 if after else pos - 1)
    return out


def _currency_before(text: str, folded: str, pos: int, tab: CurrencyTable
                     ) -> tuple[int, str, str] | None:
    """(start, ISO, surface) of a currency written right before ``pos``."""
    for p in _gaps(text, pos, after=False):
        m = tab.symbol_index.match_end(text, max(0, p - 48), p)
        if m:
            return m[0], tab.symbols[m[1]], m[1]
        m = tab.name_index.match_end(folded, max(0, p - 48), p)
        if m:
            return m[0], tab.names[" ".join(m[1].split())], m[1]
    return None


def _currency_after(text: str, folded: str, pos: int, tab: CurrencyTable, scaled: bool
                    ) -> tuple[int, str, str] | None:
    """(end, ISO, surface) of a currency written right after ``pos``."""
    for p in _gaps(text, pos, after=True):
        starts = [p]
        if scaled:
            c = tab.connectors_re.match(folded, p)
            if c:
                starts.append(c.end())
        for q in starts:
            hit = tab.symbol_index.match(text, q)
            if hit:
                return q + len(hit), tab.symbols[hit], hit
            hit = tab.name_index.match(folded, q)
            if hit:
                return q + len(hit), tab.names[" ".join(hit.split())], hit
    return None


def _scale_abbr(text: str, pos: int, tab: CurrencyTable) -> tuple[int, int] | None:
    """A spaced money scale abbreviation after the amount ("$5 bn", "Rp 5 T")."""
    for p in _gaps(text, pos, after=True)[1:]:
        for abbr, v in sorted(tab.scale_abbr.items(), key=lambda kv: -len(kv[0])):
            if text.startswith(abbr, p) and not text[p + len(abbr):p + len(abbr) + 1].isalnum():
                return p + len(abbr), v
    return None


#: Currency names several countries use ("rupee", "roupie", "روبية": India, Pakistan, Sri Lanka,
#: Nepal — and, in French and Arabic news, Indonesia's rupiah). The article's countries decide,
#: see :func:`resolve_currency_families`; the language file's default stands otherwise.
CURRENCY_FAMILIES: dict[str, tuple[str, ...]] = {
    "rupee": ("INR", "PKR", "LKR", "NPR", "IDR", "MUR", "SCR"),
    "dinar": ("DZD", "BHD", "IQD", "JOD", "KWD", "LYD", "RSD", "TND"),
    "riyal": ("SAR", "QAR", "OMR", "YER", "IRR"),
    "pound": ("GBP", "EGP", "LBP", "SYP", "SDG", "SSP"),
    "franc": ("XOF", "XAF", "CHF", "GNF", "RWF", "BIF", "DJF", "KMF", "CDF", "MGA"),
}
AMBIGUOUS_NAMES: dict[str, str] = {
    "rupee": "rupee", "rupees": "rupee", "roupie": "rupee", "roupies": "rupee", "روبية": "rupee",
    "روبيه": "rupee", "dinar": "dinar", "dinars": "dinar", "دينار": "dinar", "riyal": "riyal",
    "riyals": "riyal", "rial": "riyal", "rials": "riyal", "ريال": "riyal", "pound": "pound",
    "pounds": "pound", "livre": "pound", "livres": "pound", "جنيه": "pound", "franc": "franc",
    "francs": "franc", "francs cfa": "franc", "franc cfa": "franc",
}


def resolve_currency_families(facts_by_doc: Mapping[str, Sequence[Fact]],
                              countries_by_doc: Mapping[str, Mapping[str, int]]) -> dict[tuple[str, int, int], str]:
    """(doc, start, end) -> ISO for amounts in an ambiguous currency: the currency of the
    country the article names most (then the one all articles name most) among the family's."""
    from babel.numbers import get_territory_currencies

    total: dict[str, int] = {}
    for counts in countries_by_doc.values():
        for c, n in counts.items():
            total[c] = total.get(c, 0) + n
    def most_named(counts: Mapping[str, int]) -> list[str]:
        return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    everywhere = most_named(total)
    out = {}
    for doc, facts in facts_by_doc.items():
        ranked = most_named(countries_by_doc.get(doc, {})) + everywhere
        for f in facts:
            family = CURRENCY_FAMILIES.get(str(f.attrs.get("currency_family", "")))
            iso = next((cur for country in ranked for cur in get_territory_currencies(country, tender=True)
                        if cur in family), None) if family else None
            if iso:
                out[(doc, f.start, f.end)] = iso
    return out


def find_money(text: str, ctx: Context) -> list[Fact]:
    """Every amount of money in ``text`` with its ISO currency."""
    lang = ctx.language
    tab = currency_table(lang)
    folded = fold(text)
    facts: list[Fact] = []
    last_end = 0
    for m in scan_numbers(text, lang, glued=tab.glued, suffixes=tab.scale_abbr):
        if m.percent or m.weak or m.start < last_end:
            continue
        amount = Decimal(str(m.value))
        end = m.num_end
        pre = _currency_before(text, folded, m.start, tab)
        scaled = m.scaled
        abbr = _scale_abbr(text, end, tab) if pre else None
        if abbr:
            end, amount, scaled = abbr[0], amount * abbr[1], True
        post = _currency_after(text, folded, end, tab, scaled)
        if pre is None and post is None:
            continue
        if pre is not None and pre[0] < last_end:
            pre = None                       # that currency belongs to the previous amount
            if post is None:
                continue
        if pre is not None:
            start, iso, surface = pre
            if post is not None and post[1] == iso:
                end = post[0]
        else:
            assert post is not None
            start = m.start
            end, iso, surface = post
        sub = tab.subunit_re.match(folded, end)
        if sub is not None:                  # "$20 and 43 cents"
            amount += Decimal(sub.group("n")) / 100
            end = sub.end()
        attrs: dict[str, object] = {"estimate": False}
        e = tab.estimate_re.search(folded, max(0, start - 40), start)
        if e:
            start, attrs["estimate"] = e.start(), True
        else:
            x = tab.exact_re.search(folded, max(0, start - 40), start)
            if x:
                start = x.start()
        if surface.strip() in ASSUMED or surface.strip().lower() in (
                "dollar", "dollars", "dolar", "دولار", "دولارات"):
            attrs["currency_assumed"] = True
        family = AMBIGUOUS_NAMES.get(fold(surface.strip()))
        if family:
            attrs["currency_family"] = family
        rule = f"{lang}.money." + ("currency_amount" if pre is not None else "amount_currency")
        if scaled:
            rule += "_scale"
        facts.append(Fact("money", start, end, text[start:end],
                          Money(to_number(amount), iso), rule, attrs))
        last_end = end
    return facts


if __name__ == "__main__":  # pragma: no cover
    write_currency_data()

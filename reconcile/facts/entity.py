"""Entity facts (people, organisations, places) and one canonical id per real-world entity.

No NER model is available offline, so finding is rule-based: in Latin-script text, runs of
capitalised words (with name particles such as "bin", "de", "al-" inside), minus capitalised
non-names, split at titles ("Defense Minister X") and known places; in Arabic text, names after
a title or a given name, and known places. Places come from a gazetteer built from CLDR (babel):
country and city names in id/en/fr/ar, so "Maroc", "Morocco" and "المغرب" are one id already.

Linking (``link_entities``) then gives mentions from different documents one canonical id when
they are spellings of one name: same normalized form, same consonant skeleton of surname and
given names (so "Abdel Fattah X" / "Abdelfattah X-variant" / the Arabic script form agree), or a
surname-only mention ("Macron") that matches one full name. A spelling difference is therefore a
*variant* of one entity, never a conflict between two.
"""
from __future__ import annotations

import dataclasses
import importlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from rapidfuzz import fuzz

from ..types import Context, Fact
from .translit import (ARABIC_RE, is_arabic, normalize, skeleton, skeleton_word,
                       strip_harakat)

Kind = str  # "person" | "org" | "place" | "unknown"
MentionKey = tuple[str, int, int]  # (doc_id, start, end)

def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


_ROMAN = frozenset(_to_roman(n) for n in range(1, 31))     # regnal numbers: "VI", "XVI"
_NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "al", "el", "abu", "abou", "de", "da",
                             "di", "del", "van", "von", "der", "den", "du", "la", "le", "y", "ul",
                             "ould", "dos", "das", "bn", "abn", "bnt"})
_CONJUNCTIONS = frozenset({"and", "et", "dan", "y", "und"})
_PERSON_PARTICLES = frozenset({"bin", "ibn", "bint", "abu", "abou", "ould"})


# --------------------------------------------------------------------------- rules (data)

@dataclass(frozen=True)
class _Rules:
    titles: frozenset[str]
    abbreviations: frozenset[str]
    portfolio: frozenset[str]
    particles: frozenset[str]
    connectors: frozenset[str]
    stop_capitals: frozenset[str]
    acronym_stop: frozenset[str]
    org_cues: frozenset[str]
    place_cues: frozenset[str]
    given_names: frozenset[str]
    common: frozenset[str]
    place_aliases: Mapping[str, str]


def _module(lang: str):
    try:
        return importlib.import_module(f"reconcile.lang.{lang}.entity")
    except ImportError:
        return None


@lru_cache(maxsize=None)
def _rules(lang: str) -> _Rules:
    """The per-language word lists; unknown languages get the English ones."""
    mod = _module(lang) or _module("en")
    en = _module("en")
    key = _ar_key if lang == "ar" else str.lower

    def get(name: str) -> frozenset[str]:
        return frozenset(key(w) for w in getattr(mod, name, ()))

    given = get("GIVEN_NAMES")
    if lang != "ar" and en is not None:  # Latin given names are shared across Latin scripts
        given |= frozenset(w.lower() for w in getattr(en, "GIVEN_NAMES", ()))
    return _Rules(
        titles=get("TITLES"), abbreviations=get("ABBREVIATIONS"), portfolio=get("PORTFOLIO"),
        particles=get("PARTICLES"), connectors=get("CONNECTORS"),
        stop_capitals=get("STOP_CAPITALS"), acronym_stop=frozenset(getattr(mod, "ACRONYM_STOP", ())),
        org_cues=get("ORG_CUES"), place_cues=get("PLACE_CUES"), given_names=given,
        common=get("COMMON_WORDS"),
        place_aliases={key(k): v for k, v in getattr(mod, "PLACE_ALIASES", {}).items()},
    )


# --------------------------------------------------------------------------- gazetteer

# ى is kept apart from ي: folding would make the preposition على the given name علي.
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه"})


def _ar_key(word: str) -> str:
    """Arabic lookup key: no diacritics/tatweel, one alef, ة -> ه."""
    return strip_harakat(word).translate(_AR_FOLD)


@dataclass(frozen=True)
class _Place:
    code: str       # CLDR territory code or tz id
    english: str    # canonical English name

    @property
    def value(self) -> str:
        return "place:" + "_".join(normalize(self.english).split())


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, _Place], dict[str, _Place], int]:
    """Country, city and world-region names from CLDR in id/en/fr/ar: (latin keys, arabic keys,
    max words). A name already taken keeps its first place (countries before cities, regions)."""
    from babel import Locale

    latin: dict[str, _Place] = {}
    arabic: dict[str, _Place] = {}
    en = Locale("en")
    locales = {code: Locale(code) for code in ("id", "en", "fr", "ar")}

    def add(name: str, place: _Place, shortest: int = 3) -> None:
        if "(" in name:   # "Myanmar (Burma)": both names, unless the aside is a phrase
            base, aside = name.split("(", 1)
            aside = aside.rstrip(") ")
            add(base.strip(), place, shortest)
            if " " not in aside:
                add(aside, place, shortest)
            return
        if not name or len(name) < shortest:
            return
        if is_arabic(name):
            arabic.setdefault(" ".join(_ar_key(w) for w in name.split()), place)
        else:
            latin.setdefault(normalize(name), place)

    for code, name_en in en.territories.items():
        if not code.isalpha() or code in {"ZZ", "QO", "EU", "EZ", "UN"}:
            continue
        place = _Place(code, name_en.split(" (")[0])
        for loc in locales.values():
            add(loc.territories.get(code, ""), place)
    for tz in locales["ar"].time_zones:
        if "/" not in tz or tz.startswith("Etc/"):
            continue
        city_en = en.time_zones.get(tz, {}).get("city") or tz.rsplit("/", 1)[1].replace("_", " ")
        place = _Place(tz, city_en)
        add(city_en, place)
        for loc in locales.values():
            add(loc.time_zones.get(tz, {}).get("city", ""), place)
    for code, name_en in en.territories.items():
        if code.isdigit() and code != "001":    # world regions ("Central America"); not "world"
            place = _Place(code, name_en)
            for loc in locales.values():
                add(loc.territories.get(code, ""), place)
    for lang in ("id", "en", "fr", "ar"):
        mod = _module(lang)
        for alias, code in getattr(mod, "PLACE_ALIASES", {}).items():
            if code in en.territories:
                add(alias, _Place(code, en.territories[code]), shortest=2)
    longest = max(len(k.split()) for k in list(latin) + list(arabic))
    return latin, arabic, longest


@lru_cache(maxsize=4096)
def place_country(code: str) -> str | None:
    """The country (CLDR territory code) a gazetteer place lies in: itself, or a city's country."""
    if len(code) == 2:
        return code
    from babel.core import get_global

    zone = get_global("zone_aliases").get(code, code)
    return get_global("zone_territories").get(zone) or get_global("zone_territories").get(code)


_DEMONYM_SUFFIXES = ("ienne", "ien", "aise", "ais", "aine", "ain", "ian", "ese", "ean", "an",
                     "i", "n")


@lru_cache(maxsize=1)
def _country_prefixes() -> Mapping[str, str | None]:
    """Every 4+ letter prefix of every one-word country name -> its code (for the demonym test);
    None for a prefix two countries share ("Austr-")."""
    latin, _, _ = _gazetteer()
    seen: dict[str, set[str]] = defaultdict(set)
    for k, place in latin.items():
        if len(place.code) == 2 and " " not in k:
            for n in range(4, len(k) + 1):
                seen[k[:n]].add(place.code)
    return {k: (next(iter(v)) if len(v) == 1 else None) for k, v in seen.items()}


@lru_cache(maxsize=8192)
def _demonym(word: str) -> tuple[bool, str | None]:
    """(is a demonym, its country code when only one country fits)."""
    latin, gaz, _ = _gazetteer()
    if is_arabic(word):
        k = _ar_key(word)
        k = k[2:] if k.startswith("ال") else k
        stems = [k[:-1]] if k.endswith("ي") else []
        stems += [k[:-2]] if k.endswith("يه") else []
        for st in stems:
            if len(st) < 3:
                continue
            for form in (st, "ال" + st, st + "ا", "ال" + st + "ا", "ال" + st + "يه"):
                place = gaz.get(form)
                if place is not None:
                    return True, place_country(place.code)
        return False, None
    low = normalize(word)
    if low in latin:
        return False, None
    prefixes = _country_prefixes()
    for form in dict.fromkeys((low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low)):
        for suf in _DEMONYM_SUFFIXES:
            if form.endswith(suf) and form[:-len(suf)] in prefixes:
                return True, prefixes[form[:-len(suf)]]
    return False, None


def _is_demonym(word: str) -> bool:
    """"Israeli", "Moroccan", "Marocain", "الإسرائيلي": an adjective of a known country."""
    return _demonym(word)[0]


def demonym_country(word: str) -> str | None:
    """"Israeli", "Moroccan", "marocaines", "الإسرائيلي": the country code of a demonym, or None."""
    return _demonym(word)[1]


def countries_named(text: str) -> frozenset[str]:
    """Countries a text names by demonym ("the Ethiopian government", "les villes ukrainiennes")."""
    out = set()
    for m in re.finditer(r"[^\W\d_]{4,}", text):
        code = demonym_country(m.group())
        if code:
            out.add(code)
    return frozenset(out)


# --------------------------------------------------------------------------- fact building

def _value(kind: Kind, surface: str) -> str:
    return f"{kind}:" + "_".join(normalize(surface).split())


def _fact(text: str, start: int, end: int, kind: Kind, rule: str,
          place: _Place | None = None) -> Fact:
    surface = text[start:end]
    attrs = {"kind": kind, "normalized": normalize(surface), "skeleton": skeleton(surface),
             "surface": surface}
    if place is not None:
        attrs["gazetteer"] = place.code
        country = place_country(place.code)
        if country:
            attrs["country"] = country
    return Fact(type="entity", start=start, end=end, text=surface,
                value=place.value if place is not None else _value(kind, surface),
                rule=rule, attrs=attrs)


# --------------------------------------------------------------------------- Latin script

_LATIN_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ELISION_RE = re.compile(r"^(?:[dlDL]|qu|Qu)['’](?=\w)")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_SENTENCE_END = set(".!?:;\n•·|–—-«»\"“”(")


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    word: str

    @property
    def low(self) -> str:
        return self.word.lower()


def _latin_tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _LATIN_TOKEN_RE.finditer(text):
        start, word = m.start(), m.group()
        el = _ELISION_RE.match(word)
        if el and len(word) > el.end():
            start, word = start + el.end(), word[el.end():]
        poss = _POSSESSIVE_RE.search(word)
        if poss and len(word) > poss.end() - poss.start() + 1:
            word = word[:poss.start()]
        out.append(_Tok(start, start + len(word), word))
    return out


def _is_cap(word: str) -> bool:
    if word[0].isupper():
        return True
    head, sep, tail = word.partition("-")  # al-Assad, el-Sisi, bin-Salman
    return bool(sep) and head.lower() in _NAME_PARTICLES and tail[:1].isupper()


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0'‘’\"“”«»([*#_":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _joinable(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end:b.start]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _gaz_match(words: Sequence[str], i: int) -> tuple[int, _Place] | None:
    """Longest gazetteer name starting at words[i]: (number of words, place)."""
    latin, _, longest = _gazetteer()
    for n in range(min(longest, len(words) - i), 0, -1):
        place = latin.get(normalize(" ".join(words[i:i + n])))
        if place is not None:
            return n, place
    return None


def _find_latin(text: str, lang: str) -> list[Fact]:
    r = _rules(lang)
    toks = _latin_tokens(text)
    long_words = [t for t in toks if len(t.word) > 3]
    # Title Case Headline: capitals say nothing there, so common words are dropped everywhere.
    headline = (5 <= len(long_words) <= 25 and not text.rstrip().endswith((".", "”", '"'))
                and sum(_is_cap(t.word) for t in long_words) >= 0.75 * len(long_words))
    keep_words = r.titles | r.org_cues | r.place_cues | r.abbreviations

    def stop(t: _Tok) -> bool:
        w, low = t.word, t.low
        if len(w) == 1 or low in r.stop_capitals:
            return True
        if w.isupper() and len(w) > 1:
            return w in r.acronym_stop
        if low in keep_words or low in r.given_names:
            return False
        if _is_demonym(w):
            return True
        if low in r.common and (headline or _sentence_initial(text, t.start)):
            return _gaz_match([w], 0) is None
        return False

    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    pending: list[_Tok] = []
    places: list[Fact] = []
    skip_to = 0
    for x, t in enumerate(toks):
        if x < skip_to:
            continue
        last = pending[-1] if pending else (cur[-1] if cur else None)
        if _is_cap(t.word) and not cur:
            # place names with lower-case words: "Arabie saoudite", "Émirats arabes unis"
            k = x + 1
            while k < len(toks) and k - x < 4 and _joinable(text, toks[k - 1], toks[k]):
                k += 1
            m = _gaz_match([u.word for u in toks[x:k]], 0)
            if m and m[0] > 1 and not all(_is_cap(u.word) for u in toks[x:x + m[0]]):
                places.append(_fact(text, t.start, toks[x + m[0] - 1].end, "place",
                                    "entity.gazetteer", m[1]))
                skip_to = x + m[0]
                continue
        if _is_cap(t.word) and not stop(t):
            if cur and last is not None and _joinable(text, last, t):
                cur += pending + [t]
            else:
                if cur:
                    runs.append(cur)
                cur = [t]
            pending = []
        elif (cur and t.low in (r.particles | r.connectors) and len(pending) < 2
              and last is not None and _joinable(text, last, t)):
            pending.append(t)
        else:
            if cur:
                runs.append(cur)
            cur, pending = [], []
    if cur:
        runs.append(cur)

    facts: list[Fact] = places
    for run in runs:
        for part in _split_connectors(run, r):
            facts.extend(_split_run(text, part, r, toks, headline))
    return sorted(facts, key=lambda f: f.start)


def _split_connectors(run: list[_Tok], r: _Rules) -> list[list[_Tok]]:
    """Cut "Israel and Morocco" in two, but keep "Bank of England", "Trinidad and Tobago"."""
    lows = {t.low for t in run}
    cued = bool(lows & (r.org_cues | r.place_cues | r.titles | r.abbreviations))
    conn = [i for i, t in enumerate(run) if t.low not in _NAME_PARTICLES and (
        t.low in _CONJUNCTIONS or (t.low in r.connectors and not cued))]
    if not conn:
        return [run]
    parts, prev = [], 0
    for i in conn + [len(run)]:
        part = run[prev:i]
        if parts and part:  # glue back names that contain the connector: Trinidad and Tobago
            glued = parts[-1] + [run[prev - 1]] + part
            m = _gaz_match([t.word for t in glued], 0)
            if m and m[0] == len(glued):
                parts[-1] = glued
                prev = i + 1
                continue
        parts.append(part)
        prev = i + 1
    return [p for p in parts if p]


def _title_before(text: str, run: list[_Tok], r: _Rules, toks: list[_Tok]) -> bool:
    """A title word among the few words before the run, in the same sentence ("le ministre X")."""
    idx = next(i for i, t in enumerate(toks) if t.start == run[0].start)
    nxt = run[0].start
    for t in reversed(toks[max(0, idx - 6):idx]):
        if t.low in r.titles or t.low in r.abbreviations:
            return True
        if any(c in ".!?\n" for c in text[t.end:nxt]):
            return False
        nxt = t.start
    return False


def _strip(run: list[_Tok], drop: frozenset[str]) -> list[_Tok]:
    while run and (run[0].low in drop or not _is_cap(run[0].word)):
        run = run[1:]
    while run and (run[-1].low in drop or not _is_cap(run[-1].word)):
        run = run[:-1]
    return run


def _split_run(text: str, run: list[_Tok], r: _Rules, toks: list[_Tok],
               headline: bool = False) -> list[Fact]:
    """One run of capitalised words -> entity facts: titles cut off, places split out."""
    words = [t.word for t in run]
    lows = [t.low for t in run]
    title_idx = [i for i, w in enumerate(lows) if w in r.titles or w in r.abbreviations]
    glue = r.connectors | r.particles
    facts: list[Fact] = []

    def places_in(part: list[_Tok]) -> list[Fact]:
        out, i = [], 0
        ws = [t.word for t in part]
        while i < len(part):
            m = _gaz_match(ws, i) if _is_cap(ws[i]) else None
            if m:
                n, place = m
                out.append(_fact(text, part[i].start, part[i + n - 1].end, "place", "entity.gazetteer", place))
                i += n
            else:
                i += 1
        return out

    if title_idx:
        first, last = title_idx[0], title_idx[-1]
        facts += places_in(run[:first])
        rest = run[last + 1:]
        # skip the title's continuation: portfolio words, connectors, places ("of France")
        while rest:
            m = _gaz_match([t.word for t in rest], 0)
            if m:
                n, place = m
                facts.append(_fact(text, rest[0].start, rest[n - 1].end, "place", "entity.gazetteer", place))
                rest = rest[n:]
            elif rest[0].low in r.portfolio or rest[0].low in glue or rest[0].low in r.titles:
                rest = rest[1:]
            else:
                break
        rest = _strip(rest, glue)
        if rest:
            kind = "org" if any(t.low in r.org_cues for t in rest) else "person"
            facts.append(_fact(text, rest[0].start, rest[-1].end, kind, "entity.title"))
        return facts

    run = _strip(run, glue)
    if not run:
        return facts
    words = [t.word for t in run]
    lows = [t.low for t in run]
    if len(run) == 1 and "-" in words[0]:  # "Maroko-Israel": two places, not one name
        parts = words[0].split("-")
        hits = [_gaz_match([p], 0) for p in parts]
        if len(parts) > 1 and all(hits):
            out, pos = [], run[0].start
            for p, hit in zip(parts, hits):
                out.append(_fact(text, pos, pos + len(p), "place", "entity.gazetteer", hit[1]))
                pos += len(p) + 1
            return out
    whole = _gaz_match(words, 0)
    if whole and whole[0] < len(run) and not any(w in r.org_cues for w in lows) and (
            lows[whole[0]] in r.given_names or _title_before(text, run, r, toks)):
        # "(minister of) Israel Firstname Lastname": the place, then the person
        n, place = whole
        facts.append(_fact(text, run[0].start, run[n - 1].end, "place", "entity.gazetteer", place))
        run, words, lows = run[n:], words[n:], lows[n:]
        whole = None
    if whole and whole[0] == len(run):
        return [_fact(text, run[0].start, run[-1].end, "place", "entity.gazetteer", whole[1])]
    if whole and headline:  # "Morocco Sign Military Deal": the place, not the rest
        n, place = whole
        return [_fact(text, run[0].start, run[n - 1].end, "place", "entity.gazetteer", place)]
    if len(run) == 1 and (lows[0] in r.org_cues or lows[0] in r.place_cues or lows[0] in r.portfolio):
        return facts  # a lone cue word ("Bureau", "Defense") is not a name
    if any(w in r.org_cues for w in lows):
        kind = "org"
    elif any(w in r.place_cues for w in lows):
        kind = "place"
    elif (lows[0] in r.given_names or any(w in _PERSON_PARTICLES for w in lows)
          or lows[0].split("-")[0] in {"abdel", "abdul", "abd", "abu", "abou", "ibn"}
          or any(w[:3] in ("al-", "el-") and not words[k][0].isupper()
                 for k, w in enumerate(lows) if k)
          or _title_before(text, run, r, toks)):
        kind = "person"
    elif len(run) == 1 and words[0].isupper():
        kind = "org"
    else:
        kind = "unknown"
    if kind == "unknown" and headline:
        return facts  # Title Case words are not evidence of a name
    facts.append(_fact(text, run[0].start, run[-1].end, kind, "entity.capitalised"))
    return facts


# --------------------------------------------------------------------------- Arabic script

_AR_NAME_STARTS = frozenset({"عبد", "ابو"})  # (folded) "Abd al-...", "Abu ...": always a name
_AR_TOKEN_RE = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF][\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF\u0640]*")


def _ar_forms(key: str) -> list[tuple[int, str]]:
    """(prefix length, form) for a word and the word without clitics و ف ب ل ك ("والمغرب")."""
    forms = [(0, key)]
    if len(key) > 3 and key[0] in "وف":
        forms.append((1, key[1:]))
    for cut, f in list(forms):
        if len(f) > 3 and f.startswith("لل"):
            forms.append((cut + 1, "ا" + f[1:]))
        elif len(f) > 3 and f[0] in "بلك":
            forms.append((cut + 1, f[1:]))
    return forms


def _ar_in(key: str, words: frozenset[str]) -> bool:
    return any(f in words for _, f in _ar_forms(key))


def _find_arabic(text: str) -> list[Fact]:
    r = _rules("ar")
    _, gaz, longest = _gazetteer()
    toks = [(m.start(), m.end(), _ar_key(m.group())) for m in _AR_TOKEN_RE.finditer(text)]
    n = len(toks)
    used = [False] * n
    facts: list[Fact] = []

    def joinable(i: int, j: int) -> bool:
        gap = text[toks[i][1]:toks[j][0]]
        return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""

    # 1. places
    i = 0
    while i < n:
        hit = None
        for size in range(min(longest, n - i), 0, -1):
            if any(not joinable(k, k + 1) for k in range(i, i + size - 1)):
                continue
            rest = " ".join(t[2] for t in toks[i + 1:i + size])
            for cut, form in _ar_forms(toks[i][2]):
                place = gaz.get((form + " " + rest).strip())
                if place is not None:
                    hit = (size, cut, place)
                    break
            if hit:
                break
        if hit:
            size, cut, place = hit
            start = toks[i][0] + cut if cut and text[toks[i][0] + cut - 1] != "ل" else toks[i][0] + cut
            facts.append(_fact(text, start, toks[i + size - 1][1], "place", "entity.gazetteer", place))
            for k in range(i, i + size):
                used[k] = True
            i += size
        else:
            i += 1

    def name_from(j: int, first_ok: bool = False) -> list[int]:
        """Indexes of the name words starting at j (1-4 words, particles keep the next)."""
        names: list[int] = []
        while j < n and len(names) < 5 and not used[j]:
            if names and not joinable(names[-1], j):
                break
            k = toks[j][2]
            after_particle = bool(names) and toks[names[-1]][2] in r.particles
            if not (first_ok and not names):
                if k in r.common or _ar_in(k, r.titles) or _ar_in(k, r.org_cues) or _ar_in(k, r.common):
                    break
                if not k.startswith("ال") and any(f.startswith("ال") for c, f in _ar_forms(k) if c):
                    break  # "بالمستشار": a clitic + article word is never inside a name
                if _is_demonym(k):
                    break
                if k.startswith("ال") and not after_particle:
                    # a family name with the article ends the name: "... السيسي"; verbal
                    # nouns (التعاون, الاتصالات, الإعلان) never do
                    if (names and k not in r.portfolio and not _ar_in(k, r.place_cues)
                            and not k.startswith(("الت", "الا", "است"))):
                        names.append(j)
                    break
                if (len(names) >= 2 and k[0] in "يت" and k not in r.given_names
                        and not after_particle):
                    break  # an imperfect verb after a full name ("... يزور")
            names.append(j)
            j += 1
            if len([x for x in names if toks[x][2] not in r.particles]) >= 4:
                break
        while names and toks[names[-1]][2] in r.particles:
            names.pop()
        return names

    def emit(names: list[int], rule: str) -> None:
        end = toks[names[-1]][1]
        # a regnal ordinal in two words ends the name: "بندكت السادس عشر" (Benedict XVI)
        teen = re.match(r"[ \u00a0]عشر(?![\u0600-\u06ff])", text[end:])
        if teen:
            from .ordinal import find_ordinals

            span = text[toks[names[-1]][0]:end + teen.end()]
            if any(f.start == 0 and f.end == len(span) for f in find_ordinals(span, Context("ar"))):
                end += teen.end()
        facts.append(_fact(text, toks[names[0]][0], end, "person", rule))
        for k in names:
            used[k] = True

    # 2. a title, its continuation, then the name
    for i in range(n):
        if used[i] or not _ar_in(toks[i][2], r.titles):
            continue
        j = i + 1
        while j < n and joinable(j - 1, j) and (
                used[j] or toks[j][2].startswith("ال") or toks[j][2] in r.portfolio
                or toks[j][2] in r.titles):
            j += 1
        if j < n and j > i and joinable(j - 1, j):
            names = name_from(j)
            if names:
                emit(names, "entity.title")

    # 3. a given name and what follows it
    for i in range(n):
        if used[i]:
            continue
        forms = _ar_forms(toks[i][2])
        if not any(f in r.given_names or f in _AR_NAME_STARTS for _, f in forms):
            continue
        names = name_from(i, first_ok=True)
        if len(names) >= 2:
            emit(names, "entity.given_name")
    return sorted(facts, key=lambda f: f.start)


# --------------------------------------------------------------------------- public finder

def find_entities(text: str, ctx: Context) -> list[Fact]:
    """Entity mentions in ``text``; value is a provisional id ("person:vladimir_putin").

    Provisional ids already agree across languages for gazetteer places; for names,
    ``link_entities`` maps the provisional ids of several documents to canonical ones.
    """
    if not text.strip():
        return []
    facts = []
    if ctx.language == "ar" or ARABIC_RE.search(text):
        facts += _find_arabic(text)
    if ctx.language != "ar" or re.search(r"[A-Za-z]", text):
        latin = _find_latin(text, ctx.language if ctx.language != "ar" else "en")
        facts += [f for f in latin if not any(f.start < g.end and g.start < f.end for g in facts)]
    return sorted(facts, key=lambda f: (f.start, f.end))


# --------------------------------------------------------------------------- linking

@dataclass
class _Mention:
    key: MentionKey
    surface: str
    kind: Kind
    gazetteer: str | None
    norm: str
    core: tuple[str, ...]        # normalized words without particles / articles / numerals
    skel: tuple[str, ...]        # skeleton of each core word
    roman: tuple[str, ...]       # regnal numerals ("ii"), which must agree
    arabic: bool

    @property
    def surname(self) -> str:
        return self.skel[-1] if self.skel else ""

    @property
    def given(self) -> str:
        return re.sub(r"(.)\1+", r"\1", "".join(self.skel[:-1]))

    @property
    def joined(self) -> str:
        return re.sub(r"(.)\1+", r"\1", "".join(self.skel))


def _arabic_regnal(surface: str) -> tuple[str, str | None]:
    """"محمد السادس" -> ("محمد", "vi"): a name ending in an ordinal word is a regnal number."""
    from .ordinal import find_ordinals

    ords = [f for f in find_ordinals(surface, Context("ar")) if f.end == len(surface.rstrip())]
    if not ords or not isinstance(ords[-1].value, int) or not 1 <= ords[-1].value <= 30 or ords[-1].start == 0:
        return surface, None
    return surface[:ords[-1].start].rstrip(), _to_roman(ords[-1].value)


def _mention(key: MentionKey, surface: str, kind: Kind, gazetteer: str | None) -> _Mention:
    return _Mention(key, surface, kind, gazetteer, *_mention_forms(surface, gazetteer is None))


@lru_cache(maxsize=65536)
def _mention_forms(surface: str, may_be_regnal: bool
                   ) -> tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool]:
    """(norm, core, skel, roman, arabic) of a surface: computed once per distinct spelling,
    since a feed repeats names (and Arabic word windows) thousands of times."""
    regnal = None
    name = surface
    if is_arabic(surface) and may_be_regnal:
        name, regnal = _arabic_regnal(surface)
    words = normalize(name).split()
    core = tuple(w for w in words if w not in _NAME_PARTICLES and w not in _ROMAN)
    roman = tuple(w for w in words if w in _ROMAN and surface.upper() != surface.lower())
    if regnal:
        roman += (regnal,)
    skel = tuple(skeleton_word(w) or w for w in core)
    return " ".join(words), core, skel, roman, is_arabic(surface)


def _kinds_ok(a: _Mention, b: _Mention) -> bool:
    return a.kind == b.kind or "unknown" in (a.kind, b.kind)


def _close(x: str, y: str, threshold: float) -> bool:
    return x == y or (min(len(x), len(y)) >= 3 and fuzz.ratio(x, y) >= threshold)


def _same_full_name(a: _Mention, b: _Mention) -> bool:
    """Two multi-word names of one entity: surnames and given names agree on their skeletons."""
    if not _kinds_ok(a, b) or a.roman != b.roman:
        return False
    if a.gazetteer or b.gazetteer:
        return a.gazetteer == b.gazetteer
    if a.norm == b.norm:
        return True
    if re.findall(r"\d+", a.norm) != re.findall(r"\d+", b.norm):
        return False  # "2022 X election" is not "2023 X election"
    ia = [w for w in a.core[1:-1] if len(w) == 1]
    ib = [w for w in b.core[1:-1] if len(w) == 1]
    if ia and ib and ia != ib:  # George H. W. X is not George W. X
        return False
    if "person" not in (a.kind, b.kind):
        # organisations, places, untyped names: every word must agree, not just the last
        if a.arabic == b.arabic:
            return fuzz.token_sort_ratio(a.norm, b.norm) >= 90
        return fuzz.token_sort_ratio(" ".join(a.skel), " ".join(b.skel)) >= 92
    if not _close(a.surname, b.surname, 80):
        # word breaks differ ("Nasrallah" / "نصر الله"): the whole skeleton must agree
        return (len(a.core) != len(b.core) and a.skel[0] == b.skel[0]
                and len(a.joined) >= 5 and fuzz.ratio(a.joined, b.joined) >= 90)
    ga, gb = a.given, b.given
    if len(a.core[0]) == 1 or len(b.core[0]) == 1:  # an initial: "J. Widodo"
        return a.core[0][0] == b.core[0][0]
    if _close(ga, gb, 75):
        return True
    # same letters, different vowels and word breaks: compare the whole name
    return fuzz.ratio(a.joined, b.joined) >= 88 and fuzz.ratio(ga, gb) >= 60


def _same_single(a: _Mention, b: _Mention) -> bool:
    """Two one-word mentions: same form, or same skeleton across scripts/spellings."""
    if not _kinds_ok(a, b) or a.roman != b.roman:
        return False
    if a.gazetteer or b.gazetteer:
        return a.gazetteer == b.gazetteer
    if a.norm == b.norm:
        return True
    # a regnal number that agrees vouches for a short skeleton: "Muhammad VI" / "محمد السادس"
    if len(a.surname) < (2 if a.roman else 3) or a.surname != b.surname:
        return False
    return a.arabic != b.arabic or bool(a.roman) or fuzz.ratio(a.norm, b.norm) >= 75


def _surname_of(single: _Mention, full: _Mention) -> bool:
    """A one-word mention that is the surname (or the whole skeleton) of a full name."""
    if not _kinds_ok(single, full) or full.gazetteer or single.gazetteer or full.kind == "org":
        return False
    if single.roman and single.roman != full.roman:
        return False
    if not single.skel or not full.skel:
        return False
    s = single.surname
    if single.core[-1] == full.core[-1]:
        return True
    if len(s) >= 3 and s == full.surname:
        return single.arabic != full.arabic or fuzz.ratio(single.core[-1], full.core[-1]) >= 75
    return False


class _Groups:
    """Union-find over mention indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _arabic_windows(doc: str, text: str) -> list[tuple[MentionKey, str]]:
    """Every run of 1-4 Arabic words (first word without clitics) as a candidate mention."""
    toks = [(m.start(), m.end(), m.group()) for m in _AR_TOKEN_RE.finditer(text)]
    common = _rules("ar").common
    out = []
    for i in range(len(toks)):
        for size in range(1, 5):
            j = i + size - 1
            if j >= len(toks):
                break
            if size > 1 and text[toks[j - 1][1]:toks[j][0]].strip(" \u00a0"):
                break
            key0 = _ar_key(toks[i][2])
            for cut, _ in _ar_forms(key0):
                if size == 1 and (_ar_key(toks[i][2])[cut:] in common):
                    continue
                start = toks[i][0] + cut
                out.append(((doc, start, toks[j][1]), text[start:toks[j][1]]))
    return out


def _close_pairs(left: Sequence[str], right: Sequence[str], scorer, cutoff: float) -> list[tuple[int, int]]:
    """Index pairs (i, j) with ``scorer(left[i], right[j]) >= cutoff``, scored in C by
    rapidfuzz's ``process.cdist`` over distinct strings, in row chunks to bound memory.

    Why: a superset of the pairs a fuzzy rule can accept, without a Python all-pairs loop;
    the rule itself still decides each pair, so links are unchanged. The cut-off is lowered a
    hair so float rounding can only add candidates, never drop one.
    """
    from rapidfuzz import process

    if not left or not right:
        return []
    rows = max(1, 2_000_000 // len(right))
    out: list[tuple[int, int]] = []
    for lo in range(0, len(left), rows):
        scores = process.cdist(left[lo:lo + rows], right, scorer=scorer, score_cutoff=cutoff - 0.01,
                               dtype="float32")
        out.extend((lo + int(i), int(j)) for i, j in zip(*scores.nonzero()))
    return out


def _blocked_pairs(keys: Sequence[Sequence[tuple]]) -> set[tuple[int, int]]:
    """Pairs (x, y), x < y, of items sharing at least one key (``keys[x]`` lists item x's keys)."""
    block: dict[tuple, list[int]] = defaultdict(list)
    for x, ks in enumerate(keys):
        for k in set(ks):
            block[k].append(x)
    return {(a, b) for members in block.values() for n, a in enumerate(members) for b in members[n + 1:]}


def _fuzzy_blocks(values: Sequence[str], scorer, cutoff: float, tag: str) -> list[list[tuple]]:
    """Per item, one key per distinct value within ``cutoff`` of its own (so close items share a key)."""
    distinct = list(dict.fromkeys(values))
    where = {v: n for n, v in enumerate(distinct)}
    near: dict[int, list[int]] = defaultdict(list)
    for i, j in _close_pairs(distinct, distinct, scorer, cutoff):
        if i <= j:
            near[j].append(i)   # j's key is (tag, i) for every close i <= j: a shared key per pair
    return [[(tag, i) for i in near[where[v]]] for v in values]


def _full_name_candidates(ms: list[_Mention], reps: list[int]) -> list[tuple[int, int]]:
    """Pairs of full-name representatives that ``_same_full_name`` might accept, in loop order.

    A pair it accepts shares a normalized form or gazetteer code, or the first skeleton word
    (word breaks differ), or has close surnames (person names), or close token-sorted forms or
    skeletons (other names): each is a block; the fuzzy ones are scored by ``process.cdist``.
    """
    if len(reps) < 2:
        return []
    rs = [ms[i] for i in reps]
    keys: list[list[tuple]] = [[("norm", m.norm), ("skel0", m.skel[0] if m.skel else "")]
                               + ([("gaz", m.gazetteer)] if m.gazetteer else []) for m in rs]
    for extra in (_fuzzy_blocks([m.surname for m in rs], fuzz.ratio, 80, "surname"),
                  _fuzzy_blocks([m.norm for m in rs], fuzz.token_sort_ratio, 90, "sorted"),
                  _fuzzy_blocks([" ".join(m.skel) for m in rs], fuzz.token_sort_ratio, 92, "skel")):
        for ks, more in zip(keys, extra):
            ks.extend(more)
    return sorted(_blocked_pairs(keys))


def link_entities(mentions: Sequence[tuple[str, Fact]],
                  texts: Mapping[str, str] | None = None) -> dict[MentionKey, str]:
    """Canonical id for every entity mention of several documents.

    ``mentions``: (doc_id, entity Fact with document offsets). ``texts``: doc_id -> document
    text; when given, Arabic documents are also searched for spellings of names found elsewhere
    (Arabic has no capitals, so the finder misses untitled names).
    Returns {(doc_id, start, end): canonical id}, one key per mention, plus one per Arabic
    mention found in ``texts``. Ids are readable and stable: "person:abdel_latif_example",
    named after the most frequent Latin-script full form of the group.
    """
    ms: list[_Mention] = []
    for doc, f in mentions:
        if f.type != "entity":
            continue
        kind = f.attrs.get("kind", "unknown") if f.attrs else "unknown"
        gaz = f.attrs.get("gazetteer") if f.attrs else None
        if gaz is None and isinstance(f.value, str) and f.value.startswith("place:") and f.rule == "entity.gazetteer":
            gaz = f.value
        ms.append(_mention((doc, f.start, f.end), f.text, kind, gaz))

    groups = _Groups(len(ms))
    multi = [i for i, m in enumerate(ms) if len(m.core) >= 2]
    single = [i for i, m in enumerate(ms) if len(m.core) < 2]

    # 1. full names with full names (by distinct form, to stay fast on long documents)
    first_of: dict[tuple[str, str], int] = {}
    for i in range(len(ms)):
        k = (ms[i].norm, ms[i].kind if ms[i].kind != "unknown" else "")
        if ms[i].gazetteer:
            k = (ms[i].gazetteer, "gaz")
        elif len(ms[i].core) < 2:
            continue  # one-word mentions are linked below, document by document
        if k in first_of:
            groups.union(first_of[k], i)
        else:
            first_of[k] = i
    reps = [i for i in multi if first_of.get((ms[i].norm, ms[i].kind if ms[i].kind != "unknown" else "")) == i]
    for x, y in _full_name_candidates(ms, reps):
        if _same_full_name(ms[reps[x]], ms[reps[y]]):
            groups.union(reps[x], reps[y])

    # 2. Arabic spellings of full names found elsewhere
    if texts:
        _link_arabic_texts(ms, groups, texts, multi)
        multi = [i for i, m in enumerate(ms) if len(m.core) >= 2]
        single = [i for i, m in enumerate(ms) if len(m.core) < 2]

    # 3. one-word mentions: the surname of one full name (same document first), else alike
    _link_singles(ms, groups, multi, single)
    return _name_groups(ms, groups)


def _signature(m: _Mention) -> tuple:
    """Everything but the position: mentions with one signature link alike."""
    return (m.kind, m.gazetteer, m.norm, m.core, m.skel, m.roman, m.arabic)


def _link_singles(ms: list[_Mention], groups: _Groups, multi: list[int], single: list[int]) -> None:
    """Step 3 of :func:`link_entities`, linear in repeated mentions (a long article repeats names).

    Same result as trying every single against every full name and every other single: full
    names are bucketed by last word and surname (``_surname_of`` needs one of them equal),
    singles by surname or gazetteer id (``_same_single`` needs it), and a single whose
    signature was already tried changes nothing (each of its matches was tried then).
    """
    by_last: dict[str, list[int]] = defaultdict(list)
    by_surname: dict[str, list[int]] = defaultdict(list)
    reps: dict[tuple, int] = {}
    for j in multi:   # one full name per document and signature: step 1 put its twins in one group
        rep = reps.setdefault((ms[j].key[0], _signature(ms[j])), j)
        if rep == j and ms[j].core:
            by_last[ms[j].core[-1]].append(j)
            by_surname[ms[j].surname].append(j)
    cands_of: dict[tuple, list[int]] = {}
    for i in single:
        m = ms[i]
        if m.gazetteer:
            continue
        sig = _signature(m)
        if sig not in cands_of:
            pool = set(by_last.get(m.core[-1], ())) if m.core else set()
            if len(m.surname) >= 3:
                pool |= set(by_surname.get(m.surname, ()))
            cands_of[sig] = [j for j in sorted(pool) if _surname_of(m, ms[j])]
        cands = cands_of[sig]
        same_doc = {groups.find(j) for j in cands if ms[j].key[0] == m.key[0]}
        anywhere = {groups.find(j) for j in cands}
        if len(same_doc) == 1:
            groups.union(i, same_doc.pop())
        elif not same_doc and len(anywhere) == 1:
            groups.union(i, anywhere.pop())
    with_full = {groups.find(k) for k in multi}
    bucket: dict[tuple, list[int]] = defaultdict(list)
    for i in single:
        m = ms[i]
        bucket[(m.roman, m.gazetteer) if m.gazetteer else (m.roman, None, m.surname)].append(i)
    done: set[tuple] = set()
    for i in single:
        m = ms[i]
        sig = _signature(m)
        if sig in done:
            continue
        done.add(sig)
        for j in bucket[(m.roman, m.gazetteer) if m.gazetteer else (m.roman, None, m.surname)]:
            if j <= i or not _same_single(m, ms[j]):
                continue
            a, b = groups.find(i), groups.find(j)
            # never merge two different full names through their surname
            if a != b and not (a in with_full and b in with_full):
                groups.union(i, j)
                if a in with_full or b in with_full:
                    with_full.add(groups.find(i))


def _link_arabic_texts(ms: list[_Mention], groups: _Groups, texts: Mapping[str, str],
                       multi: list[int]) -> None:
    """Add Arabic mentions of Latin full names, matched on the consonant skeleton."""
    latin_full: dict[int, _Mention] = {}
    for i in multi:
        m = ms[i]
        if not m.arabic and not m.gazetteer and m.kind in ("person", "unknown") and len(m.joined) >= 4:
            latin_full.setdefault(groups.find(i), m)
    if not latin_full:
        return
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    index_of: dict[MentionKey, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        taken[m.key[0]].append((m.key[1], m.key[2]))
        index_of[m.key].append(i)
    order = {root: n for n, root in enumerate(latin_full)}
    roots_by_surname: dict[str, list[int]] = defaultdict(list)
    for root, full in latin_full.items():
        roots_by_surname[full.surname].append(root)
    all_windows = {doc: [(key, surface, _mention(key, surface, "person", None))
                         for key, surface in _arabic_windows(doc, text)]
                   for doc, text in texts.items() if text and is_arabic(text)}
    # the Latin surnames close to each Arabic window's surname, scored once in C (process.cdist)
    surnames = list(roots_by_surname)
    window_surnames = list(dict.fromkeys(c.surname for ws in all_windows.values() for _, _, c in ws
                                         if len(c.core) >= 2))
    close_roots: dict[str, list[int]] = defaultdict(list)
    for i, j in _close_pairs(window_surnames, surnames, fuzz.ratio, 80):
        close_roots[window_surnames[i]].extend(roots_by_surname[surnames[j]])
    for ws in window_surnames:
        close_roots[ws].extend(roots_by_surname.get(ws, ()))
    ordered = {ws: sorted(set(roots), key=order.__getitem__) for ws, roots in close_roots.items()}
    for doc, windows in all_windows.items():
        found: list[tuple[float, MentionKey, str, int]] = []
        for key, surface, cand in windows:
            if len(cand.core) < 2:
                continue
            for root in ordered.get(cand.surname, ()):
                full = latin_full[root]
                if _close(cand.surname, full.surname, 80) and _same_full_name(cand, full):
                    found.append((fuzz.ratio(cand.joined, full.joined) + 100, key, surface, root))
        # one-word mentions: the surname of a full name, as spelled in Arabic where seen
        arabic_surnames = {(cand.surname, root) for _, _, cand, root in
                           ((s, k, _mention(k, t, "person", None), r) for s, k, t, r in found)}
        seen_roots: dict[str, set[int]] = defaultdict(set)
        for surname, root in arabic_surnames:
            seen_roots[surname].add(root)
        for key, surface, cand in windows:
            if len(cand.core) != 1 or len(cand.surname) < 3:
                continue
            near = seen_roots.get(cand.surname, set()) | set(roots_by_surname.get(cand.surname, ()))
            for root in (sorted(near, key=order.__getitem__) if len(near) > 1 else near):
                full = latin_full[root]
                if (cand.surname, root) in arabic_surnames or (
                        len(cand.surname) >= 4 and cand.surname == full.surname):
                    found.append((fuzz.ratio(cand.surname, full.surname), key, surface, root))
        # best match first; on ties the shorter window (no stray verb before the name)
        for _, key, surface, root in sorted(found, key=lambda x: (-x[0], x[1][2] - x[1][1], x[1])):
            spans = taken[doc]
            hit = [(s, e) for s, e in spans if s < key[2] and key[1] < e]
            if hit:
                # an existing mention of the same words: link it instead of adding one
                for s, e in hit:
                    if s <= key[1] and key[2] <= e:
                        for i in index_of.get((doc, s, e), ()):
                            if len(ms[i].core) == len(_mention(key, surface, "person", None).core):
                                groups.union(i, root)
                continue
            ms.append(_mention(key, surface, latin_full[root].kind, None))
            index_of[key].append(len(ms) - 1)
            groups.parent.append(len(groups.parent))
            groups.union(len(ms) - 1, root)
            spans.append((key[1], key[2]))


def _name_groups(ms: list[_Mention], groups: _Groups) -> dict[MentionKey, str]:
    members: dict[int, list[_Mention]] = defaultdict(list)
    for i, m in enumerate(ms):
        members[groups.find(i)].append(m)
    out: dict[MentionKey, str] = {}
    used: set[str] = set()
    for root in sorted(members, key=lambda r: members[r][0].key):
        group = members[root]
        kinds = Counter(m.kind for m in group if m.kind != "unknown")
        kind = kinds.most_common(1)[0][0] if kinds else "unknown"
        gaz = next((m for m in group if m.gazetteer), None)
        if gaz is not None:
            cid = _gaz_value(gaz)
        else:
            pool = [m for m in group if not m.arabic] or group
            pool = [m for m in pool if len(m.core) >= 2] or pool
            counts = Counter(m.norm for m in pool)
            best = min(counts, key=lambda n: (-counts[n], -len(n), n))
            cid = f"{kind}:" + "_".join(best.split())
        base, k = cid, 2
        while cid in used and gaz is None:
            cid, k = f"{base}~{k}", k + 1
        used.add(cid)
        for m in group:
            out[m.key] = cid
    return out


def _gaz_value(m: _Mention) -> str:
    code = m.gazetteer or ""
    if code.startswith("place:"):
        return code
    latin, arabic, _ = _gazetteer()
    for place in list(latin.values()) + list(arabic.values()):
        if place.code == code:
            return place.value
    return "place:" + "_".join(m.norm.split())


def as_mention(name: str, language: str = "en", kind: Kind = "unknown") -> Fact:
    """A whole string as one entity mention (offsets 0..len): the finder's fact when it covers
    the string, else a fact of ``kind``. For linking names that come from elsewhere."""
    name = name.strip()
    found = find_entities(name, Context(language))
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(name):
        return found[0]
    return _fact(name, 0, len(name), kind, "entity.given")


def canonical_ids(mentions: Sequence[tuple[str, Fact]],
                  texts: Mapping[str, str] | None = None) -> dict[MentionKey, str]:
    """Alias of ``link_entities`` under the name the architecture table uses."""
    return link_entities(mentions, texts)


def apply_links(mentions: Sequence[tuple[str, Fact]],
                links: Mapping[MentionKey, str]) -> list[tuple[str, Fact]]:
    """The mentions with ``value`` set to the canonical id (the provisional id kept in attrs)."""
    out = []
    for doc, f in mentions:
        cid = links.get((doc, f.start, f.end))
        if cid is None or f.type != "entity":
            out.append((doc, f))
            continue
        attrs = dict(f.attrs or {})
        attrs.setdefault("provisional", f.value)
        out.append((doc, dataclasses.replace(f, value=cid, attrs=attrs)))
    return out


def entity_variants(links: Mapping[MentionKey, str],
                    texts: Mapping[str, str] | None = None,
                    mentions: Sequence[tuple[str, Fact]] = ()) -> dict[str, dict[str, list[str]]]:
    """Per canonical id, per document, the distinct spellings used (for "variant" findings).

    Surfaces come from ``mentions`` (fact text) or else from ``texts`` slices.
    """
    surface_of = {(doc, f.start, f.end): f.text for doc, f in mentions}
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, cid in links.items():
        doc, start, end = key
        surface = surface_of.get(key)
        if surface is None and texts and doc in texts:
            surface = texts[doc][start:end]
        if surface:
            out[cid][doc].add(surface)
    return {cid: {doc: sorted(s) for doc, s in sorted(per.items())} for cid, per in out.items()}


def spelling_variants(links: Mapping[MentionKey, str], texts: Mapping[str, str] | None = None,
                      mentions: Sequence[tuple[str, Fact]] = (),
                      include_places: bool = False) -> dict[str, dict[str, list[str]]]:
    """Only the ids spelled differently (after normalization) in at least two documents.

    Gazetteer places are left out unless asked for: "Maroc" / "Morocco" is a translation,
    not a spelling variant worth a finding.
    """
    out = {}
    for cid, per in entity_variants(links, texts, mentions).items():
        if cid.startswith("place:") and not include_places:
            continue
        forms = {normalize(s) for spellings in per.values() for s in spellings}
        if len(per) >= 2 and len(forms) >= 2:
            out[cid] = per
    return out

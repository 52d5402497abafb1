"""Entity facts: people, organisations and places found in one text (linking is ``reconcile.link``).

No NER model is available offline, so finding is rule-based: in Latin-script text, runs of
capitalised words (with name particles such as "bin", "de", "al-" inside), minus capitalised
non-names, split at titles ("Defense Minister X") and known places; in Arabic text, names after
a title or a given name, and known places. Places come from :mod:`reconcile.facts.gazetteer`
(CLDR names in id/en/fr/ar), so "Maroc", "Morocco" and "المغرب" are one id already. The word
lists are data, one file per language: ``reconcile/lang/<code>/entity.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Mapping

from ..lang import optional_rules, rules
from ..types import Context, EntityRef, Fact
from .arabic import ARABIC_RE, name_key
from .gazetteer import Place, gazetteer, is_demonym, latin_match, place_country
from .translit import normalize, skeleton

Kind = str  # "person" | "org" | "place" | "unknown"


def to_roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


ROMAN = frozenset(to_roman(n) for n in range(1, 31))     # regnal numbers: "VI", "XVI"
NAME_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "al", "el", "abu", "abou", "de", "da",
                            "di", "del", "van", "von", "der", "den", "du", "la", "le", "y", "ul",
                            "ould", "dos", "das", "bn", "abn", "bnt"})
_CONJUNCTIONS = frozenset({"and", "et", "dan", "y", "und"})
_PERSON_PARTICLES = frozenset({"bin", "ibn", "bint", "abu", "abou", "ould"})


# --------------------------------------------------------------------------- rules (data)

@dataclass(frozen=True)
class Rules:
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

    @cached_property
    def glue(self) -> frozenset[str]:
        """Words that may sit inside a name or a title's continuation ("of", "bin")."""
        return self.particles | self.connectors

    @cached_property
    def keep(self) -> frozenset[str]:
        """Capitalised words that are never dropped as common words: titles and cues."""
        return self.titles | self.org_cues | self.place_cues | self.abbreviations


@lru_cache(maxsize=None)
def entity_rules(lang: str) -> Rules:
    """The per-language word lists; unknown languages get the English ones."""
    en = rules("en", "entity")
    mod = optional_rules(lang, "entity") or en
    key = name_key if lang == "ar" else str.lower

    def get(name: str) -> frozenset[str]:
        return frozenset(key(w) for w in getattr(mod, name, ()))

    given = get("GIVEN_NAMES")
    if lang != "ar":  # Latin given names are shared across Latin scripts
        given |= frozenset(w.lower() for w in getattr(en, "GIVEN_NAMES", ()))
    return Rules(
        titles=get("TITLES"), abbreviations=get("ABBREVIATIONS"), portfolio=get("PORTFOLIO"),
        particles=get("PARTICLES"), connectors=get("CONNECTORS"),
        stop_capitals=get("STOP_CAPITALS"), acronym_stop=frozenset(getattr(mod, "ACRONYM_STOP", ())),
        org_cues=get("ORG_CUES"), place_cues=get("PLACE_CUES"), given_names=given,
        common=get("COMMON_WORDS"),
        place_aliases={key(k): v for k, v in getattr(mod, "PLACE_ALIASES", {}).items()},
    )


# --------------------------------------------------------------------------- fact building

def _value(kind: Kind, surface: str) -> str:
    return f"{kind}:" + "_".join(normalize(surface).split())


def _fact(text: str, start: int, end: int, kind: Kind, rule: str,
          place: Place | None = None) -> Fact:
    surface = text[start:end]
    attrs = {"kind": kind, "normalized": normalize(surface), "skeleton": skeleton(surface),
             "surface": surface}
    if place is not None:
        attrs["gazetteer"] = place.code
        country = place_country(place.code)
        if country:
            attrs["country"] = country
    return Fact(type="entity", start=start, end=end, text=surface,
                value=EntityRef(place.value if place is not None else _value(kind, surface)),
                rule=rule, attrs=attrs)


def _place_fact(text: str, start: int, end: int, place: Place) -> Fact:
    return _fact(text, start, end, "place", "entity.gazetteer", place)


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
    return bool(sep) and head.lower() in NAME_PARTICLES and tail[:1].isupper()


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0'‘’\"“”«»([*#_":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _joinable(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end:b.start]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _is_headline(text: str, toks: list[_Tok]) -> bool:
    """A Title Case Headline: capitals say nothing there, so common words are dropped everywhere."""
    long_words = [t for t in toks if len(t.word) > 3]
    return (5 <= len(long_words) <= 25 and not text.rstrip().endswith((".", "”", '"'))
            and sum(_is_cap(t.word) for t in long_words) >= 0.75 * len(long_words))


def _is_stop(text: str, t: _Tok, r: Rules, headline: bool) -> bool:
    """A capitalised word that starts no name: one letter, a listed capital or acronym, a
    demonym, or a common word capitalised only by its place (sentence start, headline)."""
    w, low = t.word, t.low
    if len(w) == 1 or low in r.stop_capitals:
        return True
    if w.isupper() and len(w) > 1:
        return w in r.acronym_stop
    if low in r.keep or low in r.given_names:
        return False
    if is_demonym(w):
        return True
    if low in r.common and (headline or _sentence_initial(text, t.start)):
        return latin_match([w], 0) is None
    return False


def _place_with_lower_words(text: str, toks: list[_Tok], x: int) -> tuple[int, Fact] | None:
    """A place name with lower-case words at toks[x] ("Arabie saoudite", "Émirats arabes unis"),
    which no run of capitals holds whole: (its number of words, its fact)."""
    k = x + 1
    while k < len(toks) and k - x < 4 and _joinable(text, toks[k - 1], toks[k]):
        k += 1
    m = latin_match([u.word for u in toks[x:k]], 0)
    if m and m[0] > 1 and not all(_is_cap(u.word) for u in toks[x:x + m[0]]):
        return m[0], _place_fact(text, toks[x].start, toks[x + m[0] - 1].end, m[1])
    return None


def _capital_runs(text: str, toks: list[_Tok], r: Rules,
                  headline: bool) -> tuple[list[Fact], list[list[_Tok]]]:
    """Runs of adjacent capitalised words, up to two particles or connectors inside a run
    ("Bank of England"), and the places with lower-case words met on the way."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    pending: list[_Tok] = []
    places: list[Fact] = []
    skip_to = 0
    for x, t in enumerate(toks):
        if x < skip_to:
            continue
        last = pending[-1] if pending else (cur[-1] if cur else None)
        place = _place_with_lower_words(text, toks, x) if _is_cap(t.word) and not cur else None
        if place:
            places.append(place[1])
            skip_to = x + place[0]
        elif _is_cap(t.word) and not _is_stop(text, t, r, headline):
            if cur and last is not None and _joinable(text, last, t):
                cur += pending + [t]
            else:
                if cur:
                    runs.append(cur)
                cur = [t]
            pending = []
        elif (cur and t.low in r.glue and len(pending) < 2
              and last is not None and _joinable(text, last, t)):
            pending.append(t)
        else:
            if cur:
                runs.append(cur)
            cur, pending = [], []
    if cur:
        runs.append(cur)
    return places, runs


def _find_latin(text: str, lang: str) -> list[Fact]:
    r = entity_rules(lang)
    toks = _latin_tokens(text)
    headline = _is_headline(text, toks)
    facts, runs = _capital_runs(text, toks, r, headline)
    for run in runs:
        for part in _split_connectors(run, r):
            facts.extend(_split_run(text, part, r, toks, headline))
    return sorted(facts, key=lambda f: f.start)


def _split_connectors(run: list[_Tok], r: Rules) -> list[list[_Tok]]:
    """Cut "Israel and Morocco" in two, but keep "Bank of England", "Trinidad and Tobago"."""
    lows = {t.low for t in run}
    cued = bool(lows & (r.org_cues | r.place_cues | r.titles | r.abbreviations))
    conn = [i for i, t in enumerate(run) if t.low not in NAME_PARTICLES and (
        t.low in _CONJUNCTIONS or (t.low in r.connectors and not cued))]
    if not conn:
        return [run]
    parts, prev = [], 0
    for i in conn + [len(run)]:
        part = run[prev:i]
        if parts and part:  # glue back names that contain the connector: Trinidad and Tobago
            glued = parts[-1] + [run[prev - 1]] + part
            m = latin_match([t.word for t in glued], 0)
            if m and m[0] == len(glued):
                parts[-1] = glued
                prev = i + 1
                continue
        parts.append(part)
        prev = i + 1
    return [p for p in parts if p]


def _title_before(text: str, run: list[_Tok], r: Rules, toks: list[_Tok]) -> bool:
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


def _places_in(text: str, part: list[_Tok]) -> list[Fact]:
    """The gazetteer places among a run's capitalised words, longest names first."""
    out, i = [], 0
    ws = [t.word for t in part]
    while i < len(part):
        m = latin_match(ws, i) if _is_cap(ws[i]) else None
        if m:
            n, place = m
            out.append(_place_fact(text, part[i].start, part[i + n - 1].end, place))
            i += n
        else:
            i += 1
    return out


def _split_titled(text: str, run: list[_Tok], first: int, last: int, r: Rules) -> list[Fact]:
    """A run with titles at run[first..last]: places before them, then the title's continuation
    (portfolio words, connectors, places: "Minister of Foreign Affairs of France") skipped, then
    the name the titles introduce."""
    facts = _places_in(text, run[:first])
    rest = run[last + 1:]
    while rest:
        m = latin_match([t.word for t in rest], 0)
        if m:
            n, place = m
            facts.append(_place_fact(text, rest[0].start, rest[n - 1].end, place))
            rest = rest[n:]
        elif rest[0].low in r.portfolio or rest[0].low in r.glue or rest[0].low in r.titles:
            rest = rest[1:]
        else:
            break
    rest = _strip(rest, r.glue)
    if rest:
        kind = "org" if any(t.low in r.org_cues for t in rest) else "person"
        facts.append(_fact(text, rest[0].start, rest[-1].end, kind, "entity.title"))
    return facts


def _hyphenated_places(text: str, run: list[_Tok]) -> list[Fact] | None:
    """"Maroko-Israel": one hyphenated word made of places is two places, not one name."""
    if len(run) != 1 or "-" not in run[0].word:
        return None
    parts = run[0].word.split("-")
    hits = [latin_match([p], 0) for p in parts]
    if len(parts) < 2 or not all(hits):
        return None
    out, pos = [], run[0].start
    for p, hit in zip(parts, hits):
        out.append(_place_fact(text, pos, pos + len(p), hit[1]))
        pos += len(p) + 1
    return out


def _kind_of(text: str, run: list[_Tok], r: Rules, toks: list[_Tok]) -> Kind:
    """What a run of capitals names, by its cue words, given names, particles or a title before."""
    words = [t.word for t in run]
    lows = [t.low for t in run]
    if any(w in r.org_cues for w in lows):
        return "org"
    if any(w in r.place_cues for w in lows):
        return "place"
    if (lows[0] in r.given_names or any(w in _PERSON_PARTICLES for w in lows)
            or lows[0].split("-")[0] in {"abdel", "abdul", "abd", "abu", "abou", "ibn"}
            or any(w[:3] in ("al-", "el-") and not words[k][0].isupper()
                   for k, w in enumerate(lows) if k)
            or _title_before(text, run, r, toks)):
        return "person"
    if len(run) == 1 and words[0].isupper():
        return "org"
    return "unknown"


def _split_run(text: str, run: list[_Tok], r: Rules, toks: list[_Tok],
               headline: bool = False) -> list[Fact]:
    """One run of capitalised words -> entity facts: titles cut off, places split out."""
    title_idx = [i for i, t in enumerate(run) if t.low in r.titles or t.low in r.abbreviations]
    if title_idx:
        return _split_titled(text, run, title_idx[0], title_idx[-1], r)
    run = _strip(run, r.glue)
    if not run:
        return []
    hyphenated = _hyphenated_places(text, run)
    if hyphenated is not None:
        return hyphenated
    facts: list[Fact] = []
    lows = [t.low for t in run]
    whole = latin_match([t.word for t in run], 0)
    if whole and whole[0] < len(run) and not any(w in r.org_cues for w in lows) and (
            lows[whole[0]] in r.given_names or _title_before(text, run, r, toks)):
        # "(minister of) Israel Firstname Lastname": the place, then the person
        n, place = whole
        facts.append(_place_fact(text, run[0].start, run[n - 1].end, place))
        run, lows = run[n:], lows[n:]
        whole = None
    if whole and (whole[0] == len(run) or headline):
        # the whole run is a place; or "Morocco Sign Military Deal": the place, not the rest
        return [_place_fact(text, run[0].start, run[whole[0] - 1].end, whole[1])]
    if len(run) == 1 and (lows[0] in r.org_cues or lows[0] in r.place_cues or lows[0] in r.portfolio):
        return facts  # a lone cue word ("Bureau", "Defense") is not a name
    kind = _kind_of(text, run, r, toks)
    if kind == "unknown" and headline:
        return facts  # Title Case words are not evidence of a name
    facts.append(_fact(text, run[0].start, run[-1].end, kind, "entity.capitalised"))
    return facts


# --------------------------------------------------------------------------- Arabic script

_AR_NAME_STARTS = frozenset({"عبد", "ابو"})  # (folded) "Abd al-...", "Abu ...": always a name
AR_TOKEN_RE = re.compile(r"[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF][\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF\u0640]*")
_ArTok = tuple[int, int, str]   # (start, end, folded key)


def ar_forms(key: str) -> list[tuple[int, str]]:
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
    return any(f in words for _, f in ar_forms(key))


def _ar_joinable(text: str, toks: list[_ArTok], i: int, j: int) -> bool:
    gap = text[toks[i][1]:toks[j][0]]
    return 0 < len(gap) <= 2 and gap.strip(" \u00a0") == ""


def _arabic_place_at(text: str, toks: list[_ArTok], i: int) -> tuple[int, int, Place] | None:
    """The longest place name starting at toks[i], its first word with or without clitics:
    (number of words, clitic length, place)."""
    _, gaz, longest = gazetteer()
    for size in range(min(longest, len(toks) - i), 0, -1):
        if any(not _ar_joinable(text, toks, k, k + 1) for k in range(i, i + size - 1)):
            continue
        rest = " ".join(t[2] for t in toks[i + 1:i + size])
        for cut, form in ar_forms(toks[i][2]):
            place = gaz.get((form + " " + rest).strip())
            if place is not None:
                return size, cut, place
    return None


def _arabic_places(text: str, toks: list[_ArTok], used: list[bool]) -> list[Fact]:
    """Gazetteer places, left to right; their words are marked used (no name holds them)."""
    facts: list[Fact] = []
    i = 0
    while i < len(toks):
        hit = _arabic_place_at(text, toks, i)
        if hit is None:
            i += 1
            continue
        size, cut, place = hit
        facts.append(_place_fact(text, toks[i][0] + cut, toks[i + size - 1][1], place))
        for k in range(i, i + size):
            used[k] = True
        i += size
    return facts


def _arabic_word_role(k: str, count: int, after_particle: bool, r: Rules) -> str:
    """What word ``k`` is to a name of ``count`` words so far: "in" it, "last" (a family name
    with the article, which ends the name: "... السيسي"), or "out" (the name ended before it)."""
    if k in r.common or _ar_in(k, r.titles) or _ar_in(k, r.org_cues) or _ar_in(k, r.common):
        return "out"
    if not k.startswith("ال") and any(f.startswith("ال") for c, f in ar_forms(k) if c):
        return "out"  # "بالمستشار": a clitic + article word is never inside a name
    if is_demonym(k):
        return "out"
    if k.startswith("ال") and not after_particle:
        # verbal nouns (التعاون, الاتصالات, الإعلان) never end a name
        if (count and k not in r.portfolio and not _ar_in(k, r.place_cues)
                and not k.startswith(("الت", "الا", "است"))):
            return "last"
        return "out"
    if count >= 2 and k[0] in "يت" and k not in r.given_names and not after_particle:
        return "out"  # an imperfect verb after a full name ("... يزور")
    return "in"


def _arabic_name(text: str, toks: list[_ArTok], used: list[bool], j: int, r: Rules,
                 first_ok: bool = False) -> list[int]:
    """Indexes of the name words starting at j (1-4 words, particles keep the next)."""
    names: list[int] = []
    while j < len(toks) and len(names) < 5 and not used[j]:
        if names and not _ar_joinable(text, toks, names[-1], j):
            break
        after_particle = bool(names) and toks[names[-1]][2] in r.particles
        role = "in" if first_ok and not names else _arabic_word_role(toks[j][2], len(names),
                                                                     after_particle, r)
        if role != "out":
            names.append(j)
        if role != "in":
            break
        j += 1
        if len([x for x in names if toks[x][2] not in r.particles]) >= 4:
            break
    while names and toks[names[-1]][2] in r.particles:
        names.pop()
    return names


def _arabic_person(text: str, toks: list[_ArTok], used: list[bool], names: list[int],
                   rule: str) -> Fact:
    """The person fact of name words ``names`` (marked used)."""
    end = toks[names[-1]][1]
    # a regnal ordinal in two words ends the name: "بندكت السادس عشر" (Benedict XVI)
    teen = re.match(r"[ \u00a0]عشر(?![\u0600-\u06ff])", text[end:])
    if teen:
        from .ordinal import find_ordinals

        span = text[toks[names[-1]][0]:end + teen.end()]
        if any(f.start == 0 and f.end == len(span) for f in find_ordinals(span, Context("ar"))):
            end += teen.end()
    for k in names:
        used[k] = True
    return _fact(text, toks[names[0]][0], end, "person", rule)


def _titled_arabic_names(text: str, toks: list[_ArTok], used: list[bool], r: Rules) -> list[Fact]:
    """A title, its continuation (article words, portfolio, more titles), then the name."""
    facts: list[Fact] = []
    n = len(toks)
    for i in range(n):
        if used[i] or not _ar_in(toks[i][2], r.titles):
            continue
        j = i + 1
        while j < n and _ar_joinable(text, toks, j - 1, j) and (
                used[j] or toks[j][2].startswith("ال") or toks[j][2] in r.portfolio
                or toks[j][2] in r.titles):
            j += 1
        if j < n and j > i and _ar_joinable(text, toks, j - 1, j):
            names = _arabic_name(text, toks, used, j, r)
            if names:
                facts.append(_arabic_person(text, toks, used, names, "entity.title"))
    return facts


def _given_arabic_names(text: str, toks: list[_ArTok], used: list[bool], r: Rules) -> list[Fact]:
    """A given name (or "Abd ...", "Abu ...") and the words of the name that follow it."""
    facts: list[Fact] = []
    for i in range(len(toks)):
        if used[i]:
            continue
        if not any(f in r.given_names or f in _AR_NAME_STARTS for _, f in ar_forms(toks[i][2])):
            continue
        names = _arabic_name(text, toks, used, i, r, first_ok=True)
        if len(names) >= 2:
            facts.append(_arabic_person(text, toks, used, names, "entity.given_name"))
    return facts


def _find_arabic(text: str) -> list[Fact]:
    """Places first, then titled names, then names after a given name: each step skips the
    words an earlier one took (Arabic has no capitals to mark a name)."""
    r = entity_rules("ar")
    toks = [(m.start(), m.end(), name_key(m.group())) for m in AR_TOKEN_RE.finditer(text)]
    used = [False] * len(toks)
    facts = _arabic_places(text, toks, used)
    facts += _titled_arabic_names(text, toks, used, r)
    facts += _given_arabic_names(text, toks, used, r)
    return sorted(facts, key=lambda f: f.start)


# --------------------------------------------------------------------------- public finder

def find_entities(text: str, ctx: Context) -> list[Fact]:
    """Entity mentions in ``text``; value is a provisional id ("person:vladimir_putin").

    Provisional ids already agree across languages for gazetteer places; for names,
    :func:`reconcile.link.link_entities` maps the provisional ids of several documents to
    canonical ones.
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

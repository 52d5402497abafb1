"""Organisation and named-facility mentions: a generic head noun with the words of its name.

Why a finder of its own: the entity finder (:mod:`reconcile.facts.entity`) takes runs of
capitals, so "l'Organisation mondiale de la santé" (lower-case complements) and Arabic names
("منظمة الصحة العالمية", no capitals at all) come out in pieces or not at all, and cross-lingual
linking has nothing whole to compare. Here a mention is found by its head (what it *is*: an
office, a federation, an airport — ``reconcile/lang/<code>/org.py``), then extended:

- Latin scripts: capitalised words and connectors after the head ("Office for the Coordination of
  Humanitarian Affairs"), in French also lower-case complements ("mondiale de la santé": the first
  lower-case word right after the head or a connector, any other only when it ends like an
  adjective, "Nations unies"), in
  English also the capitalised words before it ("Libyan Red Crescent"); a title ends it (a person's
  name follows). A mention is a name, not a description: a capitalised word besides its head, or
  two words besides it ("Organisation mondiale de la santé", not "l'Organisation internationale").
  "(OCHA)" after it is its acronym.
- Arabic: the head (with or without clitics and article), then a construct chain: words without
  the article, then words with it (adjectives, genitives, "لل…"), up to a stop word; a head
  with the article and one adjective describes ("المنظمة الإغاثية") and is no mention.

Bare acronyms ("OCHA") are mentions too, with no concept: they link by acronym only. Pure: text in,
:class:`reconcile.types.OrgMention` out (offsets shifted by ``offset``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from ..lang import optional_rules, rules
from ..types import OrgMention
from .arabic import name_key
from .entity import AR_TOKEN_RE, ar_forms, entity_rules
from .gazetteer import is_demonym

_WORD_RE = re.compile(r"[^\W\d_]+(?:[-–'’][^\W\d_]+)*")
_ELISION_RE = re.compile(r"^(?:[dlDL]|[Qq]u)['’](?=\w)")
_GAP_RE = re.compile(r"[ \u00a0]{1,2}(?:(?:[dlDL]|[Qq]u)['’])?")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z&\-]{1,9})\)")
_ACRONYM_RE = re.compile(r"^[A-Z]{2,8}$")
_MAX_WORDS = 14


@dataclass(frozen=True)
class OrgRules:
    """One language's head nouns and continuation words (``reconcile/lang/<code>/org.py``)."""

    heads: Mapping[tuple[str, ...], tuple[str, str]]   # head words -> (concept, kind)
    longest: int
    connectors: frozenset[str]
    stop: frozenset[str]
    titles: frozenset[str]
    adj_suffixes: tuple[str, ...]
    lower_continuation: bool
    premodifiers: bool
    max_indefinite: int


@lru_cache(maxsize=None)
def org_rules(lang: str) -> OrgRules:
    """The language's rules; a language without them gets English's."""
    mod = optional_rules(lang, "org") or rules("en", "org")
    arabic = lang == "ar"
    fold = name_key if arabic else str.lower
    heads = {tuple(fold(w) for w in words.split()): (concept, kind) for words, concept, kind in mod.HEADS}
    stop = {fold(w) for w in getattr(mod, "STOP_WORDS", ())}
    if not arabic:
        stop |= entity_rules(lang).stop_capitals
    return OrgRules(heads=heads, longest=max(len(h) for h in heads),
                    connectors=frozenset(getattr(mod, "CONNECTORS", ())), stop=frozenset(stop),
                    titles=entity_rules(lang).titles if not arabic else frozenset(),
                    adj_suffixes=tuple(getattr(mod, "ADJ_SUFFIXES", ())),
                    lower_continuation=bool(getattr(mod, "LOWER_CONTINUATION", False)),
                    premodifiers=bool(getattr(mod, "PREMODIFIERS", False)),
                    max_indefinite=int(getattr(mod, "MAX_INDEFINITE", 3)))


# --------------------------------------------------------------------------- Latin script

@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    word: str
    possessive: bool = False

    @property
    def low(self) -> str:
        return self.word.lower()

    @property
    def cap(self) -> bool:
        return self.word[:1].isupper()


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _WORD_RE.finditer(text):
        start, word = m.start(), m.group()
        el = _ELISION_RE.match(word)
        if el and len(word) > el.end():
            start, word = start + el.end(), word[el.end():]
        poss = len(word) > 3 and word[-2:] in ("'s", "’s")
        out.append(_Tok(start, start + len(word) - 2 * poss, word[:-2] if poss else word, poss))
    return out


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Adjacent words of one name: a space or two between them (an elision "l'" counts)."""
    return not a.possessive and _GAP_RE.fullmatch(text, a.end, b.start) is not None


def _head_at(text: str, toks: list[_Tok], i: int, r: OrgRules) -> tuple[int, str, str] | None:
    """(number of words, concept, kind) of the longest head starting at toks[i]."""
    for size in range(min(r.longest, len(toks) - i), 0, -1):
        if any(not _joined(text, toks[k], toks[k + 1]) for k in range(i, i + size - 1)):
            continue
        hit = r.heads.get(tuple(t.low for t in toks[i:i + size]))
        if hit:
            return size, hit[0], hit[1]
    return None


def _left(text: str, toks: list[_Tok], i: int, r: OrgRules) -> int:
    """The first word of the name before a head at toks[i]: capitalised words ("Libyan")."""
    k = i
    while (r.premodifiers and k > 0 and i - k < 4 and toks[k - 1].cap and toks[k - 1].low not in r.stop
           and _joined(text, toks[k - 1], toks[k])):
        k -= 1
    return k


def _right(text: str, toks: list[_Tok], j: int, r: OrgRules) -> int:
    """One past the last word of the name after a head ending before toks[j]."""
    end, pending, lower_run = j, 0, 0
    k = j
    while k < len(toks) and k - j < _MAX_WORDS and _joined(text, toks[k - 1], toks[k]):
        t = toks[k]
        if t.low in r.connectors and not t.cap:
            pending += 1
            if pending > 2:
                break
        elif t.low in r.stop or t.low in r.titles:
            break   # a title starts a person's name ("... Pope Francis"), not the organisation's
        elif t.cap or (r.lower_continuation and (lower_run == 0 or pending or t.low.endswith(r.adj_suffixes))):
            lower_run = 1 if t.cap or pending else lower_run + 1
            end, pending = k + 1, 0
        else:
            break
        k += 1
    return end


def _named(words: list[_Tok], at: int, size: int, r: OrgRules) -> bool:
    """A name, not a description: a capitalised word besides the head ("Wadi Derna"), or two
    words besides it and its connectors ("Organisation mondiale de la santé", not "Organisation
    internationale"), or one after a head of several words ("Croissant rouge libyen")."""
    rest = words[:at] + words[at + size:]
    head = words[at:at + size]
    content = [t for t in rest if t.low not in r.connectors]
    if any(t.cap for t in rest):
        return True
    if len(head) > 1 or "-" in head[0].word:   # "Croix-Rouge française": the head is a name itself
        return head[0].cap and bool(content)
    return any(t.cap for t in words) and len(content) >= 2


_Span = tuple[int, int, "str | None", str, "str | None", str]   # start, end, concept, kind, acronym, head


def _latin_mentions(text: str, lang: str) -> list[_Span]:
    """(start, end, concept, kind, acronym, head) of each mention, left to right."""
    r = org_rules(lang)
    toks = _tokens(text)
    out = []
    i = 0
    while i < len(toks):
        head = _head_at(text, toks, i, r)
        if head is None:
            i += 1
            continue
        size, concept, kind = head
        first, end = _left(text, toks, i, r), _right(text, toks, i + size, r)
        words = toks[first:end]
        if _named(words, i - first, size, r):
            acro = _ACRONYM_AFTER.match(text, words[-1].end)
            out.append((words[0].start, words[-1].end, concept, kind, acro.group(1) if acro else None,
                        text[toks[i].start:toks[i + size - 1].end]))
        i = max(end, i + size)
    return out


def _bare_acronyms(text: str, lang: str, taken: list[tuple[int, int]]) -> list[_Span]:
    """Upper-case words that are not document furniture, outside the names found."""
    stop = entity_rules(lang).acronym_stop
    out = []
    for t in _tokens(text):
        if _ACRONYM_RE.match(t.word) and t.word not in stop and not any(s <= t.start < e for s, e in taken):
            inside = text[max(0, t.start - 1):t.end + 1]
            if not (inside.startswith("(") and inside.endswith(")")):
                out.append((t.start, t.end, None, "org", t.word, ""))
    return out


# --------------------------------------------------------------------------- Arabic script

def _ar_head_at(toks: list[tuple[int, int, str]], i: int, r: OrgRules) -> tuple[int, int, str, str] | None:
    """(number of words, clitic length, concept, kind) of a head at toks[i]: its first word with
    or without clitics and article ("والمنظمة"), the others as written."""
    for size in range(min(r.longest, len(toks) - i), 0, -1):
        rest = tuple(t[2] for t in toks[i + 1:i + size])
        for cut, form in ar_forms(toks[i][2]):
            for bare in ((form, form[2:]) if form.startswith("ال") else (form,)):
                hit = r.heads.get((bare, *rest))
                if hit:   # "للهلال" is li- + "الهلال": the mention keeps the whole word
                    return size, cut if toks[i][2][cut:] == form else 0, hit[0], hit[1]
    return None


def _definite(key: str) -> bool:
    return any(f.startswith("ال") for _, f in ar_forms(key))


def _ar_right(text: str, toks: list[tuple[int, int, str]], j: int, r: OrgRules, definite: bool) -> int:
    """One past the last word of an Arabic name continuing at toks[j]: words without the article
    (a construct chain or a name), then words with it; "لجمعيات" (li- + noun) after them."""
    end, indefinite = j, 0
    for k in range(j, min(len(toks), j + _MAX_WORDS)):
        gap = text[toks[k - 1][1]:toks[k][0]]
        key = toks[k][2]
        if gap.strip(" \u00a0") or any(f in r.stop for _, f in ar_forms(key)):
            break
        if _definite(key):
            definite = True
        elif definite and not (key[0] == "ل" and len(key) > 3 and key[1] not in "يتن"):
            break   # "لجمعيات" (of the societies) continues; "ليعبروا" (li- + a verb) does not
        else:
            indefinite += 1
            if indefinite > r.max_indefinite:
                break
        end = k + 1
    return end


def _ar_description(toks: list[tuple[int, int, str]], i: int, size: int, end: int) -> bool:
    """"المنظمة الإغاثية" (the relief organisation): a one-word head with the article and one
    adjective describes; a nisba of a place names ("الاتحاد الأوروبي")."""
    return (size == 1 and end == i + 2 and _definite(toks[i][2]) and _definite(toks[i + 1][2])
            and not is_demonym(toks[i + 1][2]))


def _arabic_mentions(text: str) -> list[_Span]:
    r = org_rules("ar")
    toks = [(m.start(), m.end(), name_key(m.group())) for m in AR_TOKEN_RE.finditer(text)]
    out = []
    i = 0
    while i < len(toks):
        head = _ar_head_at(toks, i, r)
        if head is None:
            i += 1
            continue
        size, cut, concept, kind = head
        end = _ar_right(text, toks, i + size, r, _definite(toks[i + size - 1][2]))
        if end > i + size and not _ar_description(toks, i, size, end):
            out.append((toks[i][0] + cut, toks[end - 1][1], concept, kind, None,
                        text[toks[i][0] + cut:toks[i + size - 1][1]]))
        i = max(end, i + size)
    return out


# --------------------------------------------------------------------------- public finder

def find_orgs(text: str, language: str, *, doc: str = "", claim: str = "", offset: int = 0) -> list[OrgMention]:
    """Organisation and named-facility mentions of ``text`` (and its bare acronyms), in order."""
    spans = _arabic_mentions(text) if language == "ar" else []
    if language != "ar" or re.search(r"[A-Za-z]", text):
        lang = language if language != "ar" else "en"
        latin = _latin_mentions(text, lang)
        spans += latin + _bare_acronyms(text, lang, [(s, e) for s, e, *_ in latin])
    return [OrgMention(doc=doc, claim=claim, start=s + offset, end=e + offset, text=text[s:e],
                       language=language, concept=concept, kind=kind, acronym=acro, head=head)
            for s, e, concept, kind, acro, head in sorted(spans)]

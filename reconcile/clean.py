"""Stage 2: find boilerplate lines (read-more links, bylines, share bars...) and keep the rest.

Cleaning never rewrites text: it returns the spans it drops (each with the rule that dropped it,
so a report can explain itself) and the spans it keeps, all offsets into ``Document.text``.

Two kinds of evidence are used:

* per-language patterns, as data in ``reconcile/lang/<code>/boilerplate.py`` (English web
  furniture is applied to every language: "READ MORE" turns up on Indonesian pages too), then
  every outlet's own patterns, as data in ``reconcile/sites/`` (a portal's member footer, a news
  agency's desk code), applied to every document;
* structural signals that need no word list: exact repeats of an earlier line, a line that is
  the headline with something glued to it (a navigation crumb or a photo caption), bullet lines
  that are only a name, an editor's name under an editor credit, and very short lines without
  sentence punctuation after the headline.

The headline (first line no pattern drops) is always kept, however short.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lang import rules
from .sites import site_rules
from .types import LANGUAGES, Boilerplate, Document, Span

# Words of a line (letters or digits); punctuation-only tokens don't count.
_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?؟。…:;»”\"')\]]\s*$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_BULLET_NAME = re.compile(
    r"[•·▪‣◦●■*\-–—]\s*[^\W\d_][\w’'.\-]*(?:\s+[^\W\d_][\w’'.\-]*){0,3}"
)
_CAPITALIZED = re.compile(r"[A-ZÀ-ÝĀ-Ž]")
# An agency/site footer such as "Example News Agency (ENA)": capitalized words naming a medium.
_AGENCY_FOOTER = re.compile(
    r"(?:[A-Z][\w’'.\-]*\s+){0,5}(?:Agency|News|Press|Media|Times|Post|TV|Network|Wire|Daily)"
    r"(?:\s+[A-Z][\w’'.\-]*){0,3}\s*\([A-Z][A-Za-z\-]{1,11}\)"
)

SHORT_LINE_WORDS = 3  # a non-headline line this short without sentence punctuation is furniture
EDITOR_NAME_WORDS = 4


@dataclass(frozen=True)
class _Rules:
    line: tuple[tuple[str, re.Pattern[str]], ...]
    tail: tuple[tuple[str, re.Pattern[str]], ...]
    dateline: tuple[re.Pattern[str], ...] = ()


@functools.lru_cache(maxsize=None)
def rules_for(language: str) -> _Rules:
    """Compiled patterns for ``language``, the English ones, then every outlet's (cached: built
    once per language)."""
    codes = [language] if language in LANGUAGES else []
    if "en" not in codes:
        codes.append("en")
    line: list[tuple[str, re.Pattern[str]]] = []
    tail: list[tuple[str, re.Pattern[str]]] = []
    dateline: list[re.Pattern[str]] = []
    for code in codes:
        mod = rules(code, "boilerplate")
        line += [(name, re.compile(rx)) for name, rx in mod.LINE_PATTERNS]
        tail += [(name, re.compile(rx)) for name, rx in mod.TAIL_PATTERNS]
        dateline += [re.compile(rx) for rx in getattr(mod, "DATELINE_PATTERNS", ())]
    for site in site_rules():
        line += [(name, re.compile(rx)) for name, rx in site.line]
        tail += [(name, re.compile(rx)) for name, rx in site.tail]
    return _Rules(tuple(line), tuple(tail), tuple(dateline))


def match_boilerplate(text: str, language: str) -> str | None:
    """The rule name when ``text`` (a whole line or sentence) is boilerplate by pattern, else None."""
    stripped = text.strip()
    for name, rx in rules_for(language).line:
        if rx.fullmatch(stripped):
            return name
    return None


def match_dateline(text: str, language: str) -> bool:
    """Is ``text`` (a whole sentence) a publication line ("Publié le 19 janvier 2022 à 16h05")?"""
    stripped = text.strip()
    return any(rx.fullmatch(stripped) for rx in rules_for(language).dateline)


def word_count(text: str) -> int:
    """Number of words (runs of letters/digits), script-independent."""
    return len(_WORD.findall(text))


# Invisible characters that edge a line without being part of it: BOM, zero-width space,
# left-to-right / right-to-left marks (common around Arabic text).
_INVISIBLE = frozenset("\ufeff\u200b\u200e\u200f")


def is_blank_char(ch: str) -> bool:
    """Whitespace or an invisible mark: stripped from the edges of lines and sentences."""
    return ch.isspace() or ch in _INVISIBLE


def _lines(doc: Document) -> list[tuple[int, int]]:
    """Stripped, non-blank ``(start, end)`` line spans of the body."""
    out: list[tuple[int, int]] = []
    text = doc.text
    pos = doc.body_offset
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and is_blank_char(text[s]):
            s += 1
        while e > s and is_blank_char(text[e - 1]):
            e -= 1
        if s < e:
            out.append((s, e))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and is_blank_char(text[s]):
        s += 1
    while e > s and is_blank_char(text[e - 1]):
        e -= 1
    return s, e


def _glued_to_headline(line: str, headline: str) -> str | None:
    """'breadcrumb' for "World" + headline, 'photo_caption' for headline + glued caption text."""
    if word_count(headline) < 3 or line == headline:
        return None
    if line.endswith(headline):
        prefix = line[: -len(headline)]
        if word_count(prefix) <= 3 and not re.search(r"[.!?؟,،]", prefix):
            return "breadcrumb"
    if line.startswith(headline):
        rest = line[len(headline):]
        if rest and not rest[0].isspace() and _HAS_LETTER.match(rest[0]):
            return "photo_caption"
    return None


def find_boilerplate(doc: Document, language: str) -> list[Boilerplate]:
    """Spans of ``doc`` (after its front matter) that are page furniture, each with its rule."""
    rules = rules_for(language)
    text = doc.text
    lines = _lines(doc)
    # Pass 1: rules that need no headline (patterns, repeats, editor credits).
    first: list[str | None] = []
    seen: set[str] = set()
    expect_editor_name = False
    for s, e in lines:
        line = text[s:e]
        if line in seen:
            rule = "repeated_line"
        elif not _HAS_LETTER.search(line):
            rule = "no_letters"
        else:
            rule = next((name for name, rx in rules.line if rx.fullmatch(line)), None)
            if rule is None and _AGENCY_FOOTER.fullmatch(line):
                rule = "agency_footer"
        title_only = rule == "editor_credit" and word_count(line) <= 3
        if rule is None and expect_editor_name and word_count(line) <= EDITOR_NAME_WORDS \
                and not _SENTENCE_END.search(line):
            rule = "editor_credit"
        expect_editor_name = title_only
        seen.add(line)
        first.append(rule)
    # The headline: the first surviving line of 3+ words (a site name above it is furniture),
    # else the first surviving line at all.
    free = [i for i, rule in enumerate(first) if rule is None]
    head = next((i for i in free if word_count(text[lines[i][0]:lines[i][1]]) >= 3), free[0] if free else -1)
    headline = text[lines[head][0]:lines[head][1]] if head >= 0 else ""
    # Pass 2: structural rules relative to the headline, then tail patterns.
    found: list[Boilerplate] = []
    for i, ((s, e), rule) in enumerate(zip(lines, first)):
        if i == head:
            continue
        line = text[s:e]
        if rule is None and headline:
            rule = _glued_to_headline(line, headline)
        if rule is None and _BULLET_NAME.fullmatch(line) and all(
                _CAPITALIZED.match(w) or not w.isalpha() for w in _WORD.findall(line)):
            rule = "bullet_name"
        if rule is None and word_count(line) <= SHORT_LINE_WORDS and not _SENTENCE_END.search(line):
            rule = "short_fragment"
        if rule is not None:
            found.append(Boilerplate(s, e, rule))
            continue
        for name, rx in rules.tail:
            m = rx.search(line)
            if m and m.start() > 0:
                ts, te = _strip_span(text, s + m.start(), s + m.end())
                if ts < te:
                    found.append(Boilerplate(ts, te, name))
                break
    return found


def kept_spans(doc: Document, language: str) -> list[Span]:
    """The body minus boilerplate: one stripped span per kept (part of a) line, in order."""
    dropped = sorted(find_boilerplate(doc, language), key=lambda b: b.start)
    text = doc.text
    out: list[Span] = []
    i = 0
    for s, e in _lines(doc):
        pieces = [(s, e)]
        while i < len(dropped) and dropped[i].start < e:
            b = dropped[i]
            i += 1
            nxt = []
            for ps, pe in pieces:
                if b.end <= ps or b.start >= pe:
                    nxt.append((ps, pe))
                    continue
                nxt += [(ps, b.start), (b.end, pe)]
            pieces = nxt
        for ps, pe in pieces:
            ps, pe = _strip_span(text, ps, pe)
            if ps < pe:
                out.append(Span(ps, pe))
    return out

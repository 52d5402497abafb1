"""Frames: what a comparable value measures, so that only like is compared with like.

"13 radars" and "42 fighter jets" are both counts, "a 13-hour flight" and "a three-day visit" both
lengths, "the second agreement" and "the first visit" both ordinals — but none of these pairs can
disagree. Each count, length and ordinal gets a *frame* from the words around it, per language
(``reconcile/lang/<code>/frame.py``: concept lexicons with example corpora):

- a count: ``count:<concept>`` — the counted thing ("dead", "aircraft", "country"...). A generic
  noun ("people", "orang", "personnes", "شخص") takes its concept from the words around it ("125
  people were *killed*"); a noun no lexicon knows keeps a language-local frame
  ``count~<lang>:<noun>``, comparable only within that language;
- a length: ``duration:<concept>`` (flight, visit, mourning, age...) or ``duration:?``;
- an ordinal: ``ordinal:<referent>`` ("first *visit*"), or ``ordinal:?`` when nothing says.

A bound ("more than 17 hours", "at least 125") is recorded as ``attrs["bound"]``: a lower bound is
not contradicted by a larger figure. Counts of tallies (dead, injured, missing...) change as a
story unfolds, so :func:`is_tally` lets the comparer call a later figure an update.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from .facts.numeral import lang_module, norm_word
from .types import Claim, Duration, Fact, Quantity

#: A letter, or an Arabic vowel mark inside a word ("أُصيب" is one word, not "أ" and "صيب").
_L = r"(?:[^\W\d_]|[\u064B-\u065F\u0670])"
_WORD = re.compile(rf"{_L}+(?:[-'’]{_L}+)*|\d+(?:[.,\s]\d+)*")
_BREAK = re.compile(r"(?<!\d)[,.](?!\d)|[,.](?=\s)|[;:!?()\[\]\"“”«»؛،]")
#: Words either side of a value that may say what it is about.
WINDOW_BEFORE = 6
WINDOW_AFTER = 5
#: Words before a bare figure in which a tally verb ("has increased to") is looked for.
TALLY_CUE_WORDS = 3
#: Words before a count of people in which a capacity word ("holds", "يتسع لـ") is looked for.
CAPACITY_CUE_WORDS = 2
_AR_CLITICS = ("وال", "فال", "بال", "لل", "كال", "ال", "و", "ف", "ب", "ل", "ك")


@dataclass(frozen=True)
class FrameData:
    """One language's frame lexicons, normalized for lookup."""

    language: str
    counts: dict[str, str]             # word -> concept
    measures: dict[str, str]           # unit word -> unit of measure (km, tonne...): not a count
    magnitude_cues: frozenset[str]     # words beside a bare number that make it a magnitude
    generic: frozenset[str]
    referents: dict[str, str]
    durations: dict[str, str]
    bounds: tuple[tuple[str, str], ...]  # (normalized phrase, bound kind), longest first
    breaks: frozenset[str]
    order: tuple[str, ...]             # which side of a count or length to read first
    ordinal_order: tuple[str, ...]     # the same for an ordinal's referent
    tally_cues: frozenset[str]         # "has risen to", "mencapai": a bare figure is the tally named earlier
    inclusions: tuple[str, ...] = ()   # "dont", "including": an aside between commas ("131 people, including 32 children, died")
    partitives: tuple[str, ...] = ()   # "parmi", "among": the group a count is taken from, not what happened to it


def _keys(word: str, language: str) -> list[str]:
    """Lookup keys of a word: itself, without a plural ending, without Arabic clitics."""
    w = norm_word(word, language).strip("'’-")
    keys = [w]
    if language in ("en", "fr") and len(w) > 3 and w[-1] in "sx":
        keys.append(w[:-1])
    if language == "id":
        if "-" in w:
            keys.append(w.split("-", 1)[0])        # "korban-korban"
        if len(w) > 5 and w.endswith("nya"):
            keys.append(w[:-3])                    # "kunjungannya"
    if language == "ar":
        for c in _AR_CLITICS:
            if w.startswith(c) and len(w) - len(c) >= 2:
                keys.append(w[len(c):])
        keys += [k[:-1] for k in list(keys) if len(k) > 3 and k.endswith("ا")]   # tanween alif
        keys += [k[:-2] for k in list(keys) if len(k) > 4 and k.endswith(("هم", "ها"))]
    return keys


def _table(groups: dict[str, tuple[str, ...]], language: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for concept, words in groups.items():
        for w in words:
            out.setdefault(norm_word(w, language), concept)
    return out


@lru_cache(maxsize=None)
def frame_data(language: str) -> FrameData | None:
    """The language's frame data, built once; None when the language has none."""
    mod: ModuleType | None = lang_module(language, "frame")
    if mod is None:
        return None
    n = lambda w: norm_word(w, language)  # noqa: E731
    bounds = sorted(((" ".join(n(x) for x in p.split()), kind) for kind, ps in mod.BOUNDS.items() for p in ps),
                    key=lambda t: -len(t[0]))
    return FrameData(language, _table(mod.COUNT_CONCEPTS, language), _table(mod.MEASURES, language),
                     frozenset(n(w) for w in mod.MAGNITUDE_CUES), frozenset(n(w) for w in mod.GENERIC),
                     _table(mod.ORDINAL_REFERENTS, language),
                     _table(mod.DURATION_FRAMES, language), tuple(bounds),
                     frozenset(n(w) for w in mod.CLAUSE_BREAKS), tuple(mod.ORDER), tuple(mod.ORDINAL_ORDER),
                     frozenset(k for w in mod.TALLY_CUES for k in _keys(w, language)),
                     tuple(" ".join(n(x) for x in p.split()) for p in getattr(mod, "INCLUSIONS", ())),
                     tuple(" ".join(n(x) for x in p.split()) for p in getattr(mod, "PARTITIVES", ())))


def _lookup(table: dict[str, str], word: str, language: str) -> str | None:
    if " " in word:
        return table.get(" ".join(norm_word(w, language) for w in word.split()))
    for k in _keys(word, language):
        if k in table:
            return table[k]
    return None


def _words_before(text: str, end: int, data: FrameData) -> list[str]:
    """Up to WINDOW_BEFORE words before ``end``, nearest first, stopping at a clause break."""
    chunk = text[max(0, end - 80):end]
    cut = max((m.end() for m in _BREAK.finditer(chunk)), default=0)
    words = [m.group() for m in _WORD.finditer(chunk[cut:]) if not m.group()[:1].isdigit()][::-1]
    out = []
    for w in words[:WINDOW_BEFORE]:
        out.append(w)
        if norm_word(w, data.language) in data.breaks:
            break
    return out


def _words_after(text: str, start: int, data: FrameData) -> list[str]:
    """Up to WINDOW_AFTER words after ``start``, stopping at a clause break. An aside that an
    inclusion word opens between commas ("131 people, including 32 children, died") is skipped,
    and so is the group a partitive names ("34 people among the fans died"): the predicate that
    follows says what is counted."""
    chunk = _skip_aside(text[start:start + 120], data)[:80]
    m = _BREAK.search(chunk)
    chunk = chunk[:m.start()] if m else chunk
    words = [m.group() for m in _WORD.finditer(chunk) if not m.group()[:1].isdigit()]
    out = []
    skip = 0
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            if _lookup(data.counts, w, data.language):
                skip = 0                  # the group's noun: the partitive phrase ends here
            continue
        if _starts_phrase(words, i, data.partitives, data.language):
            skip = PARTITIVE_WORDS + len(_starts_phrase(words, i, data.partitives, data.language).split()) - 1
            continue
        if norm_word(w, data.language) in data.breaks or _lookup_clitic_break(w, data):
            break
        out.append(w)
        if len(out) == WINDOW_AFTER:
            break
    return out


#: Words after a partitive ("among the fans") that may name the group it picks from.
PARTITIVE_WORDS = 3
_ASIDE_END = re.compile(r"[,،;:()؛]")


def _starts_phrase(words: list[str], i: int, phrases: tuple[str, ...], language: str) -> str | None:
    """The phrase of ``phrases`` that the words from ``i`` on begin with, if any."""
    for p in phrases:
        n = len(p.split())
        if " ".join(norm_word(w, language) for w in words[i:i + n]) == p:
            return p
    return None


def _skip_aside(chunk: str, data: FrameData) -> str:
    """``chunk`` without a leading aside ", including two officers," (the aside must close)."""
    m = re.match(r"\s*[,،]\s*", chunk)
    if not m or not data.inclusions:
        return chunk
    words = [w.group() for w in _WORD.finditer(chunk[m.end():m.end() + 30])]
    if not _starts_phrase(words, 0, data.inclusions, data.language):
        return chunk
    close = _ASIDE_END.search(chunk, m.end())
    if not close or chunk[close.start()] not in ",،":
        return chunk
    return chunk[close.end():]


def _lookup_clitic_break(word: str, data: FrameData) -> bool:
    """Arabic "و" + a counted concept starts the next item of a list ("وإصابة 21")."""
    return data.language == "ar" and word.startswith("و") and _lookup(data.counts, word[1:], "ar") is not None


def _around(text: str, start: int, end: int, data: FrameData, order: tuple[str, ...] | None = None) -> list[str]:
    """Words and two-word phrases near a value, nearest first, one side after the other."""
    after = _words_after(text, end, data)
    before = _words_before(text, start, data)          # nearest first
    sides = {"after": [p for i, w in enumerate(after) for p in (_pair(after[i:i + 2]), w) if p],
             "before": [p for i, w in enumerate(before) for p in (_pair(before[i:i + 2][::-1]), w) if p]}
    return [w for side in (order or data.order) for w in sides[side]]


def _pair(words: list[str]) -> str | None:
    return " ".join(words) if len(words) == 2 else None


def _count_frame(fact: Fact, text: str, start: int, end: int, data: FrameData) -> str:
    unit = str(fact.value.unit or "") if isinstance(fact.value, Quantity) else ""
    measure = _lookup(data.measures, unit, data.language) if unit else None
    if measure:
        return f"measure:{measure}"
    if _is_magnitude(unit, text, start, data):
        return "magnitude"
    concept = _lookup(data.counts, unit, data.language) if unit else None
    generic = not unit or any(k in data.generic for k in _keys(unit, data.language))
    if (generic or concept == "attendance") and _capacity_before(text, start, data):
        return "count:capacity"        # "a stadium that holds 42,000 spectators": seats, not a crowd
    if concept and not generic:
        return f"count:{concept}"
    if not concept and not generic:
        # a noun no lexicon knows is still the counted thing ("10 hospitals"): the words
        # around it are about something else
        return f"count~{data.language}:{_keys(unit, data.language)[-1]}"
    for w in _around(text, start, end, data):
        c = _lookup(data.counts, w, data.language)
        if c and not any(k in data.generic for k in _keys(w, data.language)):
            return f"count:{c}"
    return f"count:{concept}" if concept else "count:people"


def _tally_frame(text: str, start: int, end: int, data: FrameData) -> str | None:
    """A bare figure of a running tally: "the death toll has risen to 11,300", "11300 ... لقوا حتفهم".
    Only tally concepts: a figure without its noun is too loose to be any other count. A figure
    that a tally verb introduces ("The death toll from Saturday's crush, in Malang, has increased
    to 131") is the tally its sentence named earlier, however far back."""
    for w in _around(text, start, end, data):
        c = _lookup(data.counts, w, data.language)
        if c in TALLIES and not any(k in data.generic for k in _keys(w, data.language)):
            return f"count:{c}"
    if not any(k in data.tally_cues for w in _words_before(text, start, data)[:TALLY_CUE_WORDS]
               for k in _keys(w, data.language)):
        return None
    earlier = [m.group() for m in _WORD.finditer(text[:start]) if not m.group()[:1].isdigit()][::-1]
    named = [c for c in (_lookup(data.counts, w, data.language) for w in earlier) if c in TALLIES]
    return f"count:{named[0]}" if named else None


def _capacity_before(text: str, start: int, data: FrameData) -> bool:
    """A capacity word (or two-word phrase ending) right before a count of people ("holds",
    "berkapasitas", "يتسع لـ", "pouvait compter (que)")."""
    before = _words_before(text, start, data)
    pairs = [f"{before[i + 1]} {before[i]}" for i in range(min(CAPACITY_CUE_WORDS, len(before) - 1))]
    return any(_lookup(data.counts, w, data.language) == "capacity"
               for w in before[:CAPACITY_CUE_WORDS] + pairs)


def _is_magnitude(unit: str, text: str, start: int, data: FrameData) -> bool:
    """"magnitude 7.8", "bermagnitudo 7,8", "بقوة ٧٫٨ درجات": a quake's size, not a count."""
    near = [unit] + _words_before(text, start, data)[:2]
    return any(k in data.magnitude_cues for w in near if w for k in _keys(w, data.language))


def _duration_frame(text: str, start: int, end: int, data: FrameData) -> str:
    inside = [m.group() for m in _WORD.finditer(text[start:end])]
    for w in inside + _around(text, start, end, data):
        c = _lookup(data.durations, w, data.language)
        if c:
            return f"duration:{c}"
    return "duration:?"


def _ordinal_frame(text: str, start: int, end: int, data: FrameData) -> str:
    words = _around(text, start, end, data, data.ordinal_order)
    for w in words:
        c = _lookup(data.referents, w, data.language)
        if c:
            return f"ordinal:{c}"
    nouns = [w for w in words if " " not in w and not w[:1].isdigit()]
    return f"ordinal~{data.language}:{_keys(nouns[0], data.language)[-1]}" if nouns else "ordinal:?"


def _bound(text: str, start: int, data: FrameData) -> str | None:
    """"more than", "at least", "nearly"... right before the value (or at the start of its span)."""
    words = " ".join(norm_word(w, data.language) for w in _words_before(text, start, data)[:4][::-1])
    for phrase, kind in data.bounds:
        if words == phrase or words.endswith(" " + phrase):
            return kind
    return None


def frame_of(fact: Fact, text: str, offset: int, language: str) -> tuple[str | None, str | None]:
    """(frame, bound) of a fact inside ``text`` (a claim starting at document offset ``offset``)."""
    data = frame_data(language)
    if data is None or fact.type not in ("quantity", "duration", "ordinal", "number", "time"):
        return None, None
    s, e = fact.start - offset, fact.end - offset
    if fact.type == "time":
        zone = str((fact.attrs or {}).get("zone") or "").upper()
        return f"time:{'utc' if zone in UNIVERSAL_ZONES else 'local'}", _bound(text, s, data)
    if fact.type == "number":
        if _is_magnitude("", text, s, data):
            return "magnitude", None
        tally = _tally_frame(text, s, e, data)
        return (tally, _bound(text, s, data)) if tally else (None, None)
    if fact.type == "quantity":
        return _count_frame(fact, text, s, e, data), _bound(text, s, data)
    if fact.type == "duration":
        lead = _leading_bound(fact.text, data)
        if _apposed_years(fact, text, s, e):
            return "duration:age", None
        return _duration_frame(text, s, e, data), lead or _bound(text, s, data)
    return _ordinal_frame(text, s, e, data), None


_APPOSITION_BEFORE = re.compile(r"[,(（]\s*$")
_APPOSITION_AFTER = re.compile(r"^\s*[,)）]")


def _apposed_years(fact: Fact, text: str, start: int, end: int) -> bool:
    """"François, 87 ans, ..." / "(87 عاما)": a number of years set off beside a name is an age."""
    value = fact.value.iso if isinstance(fact.value, Duration) else ""
    return (value.startswith("P") and value.endswith("Y") and "T" not in value
            and bool(_APPOSITION_BEFORE.search(text[max(0, start - 3):start]))
            and bool(_APPOSITION_AFTER.match(text[end:end + 3])))


@lru_cache(maxsize=8)
def _duration_lead(language: str) -> re.Pattern[str] | None:
    """The words that open a duration's span as a period ("for", "selama", "over the next"), from
    the language's duration grammar (``LEAD`` in ``reconcile/lang/<code>/duration.py``)."""
    from .facts.date import fold_regex

    mod = lang_module(language, "duration")
    lead = getattr(mod, "LEAD", "") if mod is not None else ""
    prefix = getattr(mod, "CLITIC_PREFIX", "") if mod is not None else ""
    return re.compile(rf"\s*{prefix}(?:{fold_regex(lead)})\s*") if lead else None


def _leading_bound(span: str, data: FrameData) -> str | None:
    """A bound inside a duration's own span ("selama lebih dari 17 jam"), read after the words that
    open it as a period: "over the next 10 days" is the next ten days, not more than ten."""
    from .facts.date import fold

    lead = _duration_lead(data.language)
    m = lead.match(fold(span)) if lead is not None else None
    if m:
        span = span[m.end():]
    words = " ".join(norm_word(w, data.language) for w in _WORD.findall(span))
    for phrase, kind in data.bounds:
        if f" {phrase} " in f" {words} ":
            return kind
    return None


def assign_frames(claim: Claim) -> Claim:
    """The claim with ``frame`` (and ``bound``, where one is said) in its facts' attrs."""
    facts = []
    changed = False
    for f in claim.facts:
        frame, bound = frame_of(f, claim.text, claim.start, claim.language)
        if frame is None:
            facts.append(f)
            continue
        attrs = {**f.attrs, "frame": frame}
        if bound:
            attrs["bound"] = bound
        facts.append(dataclasses.replace(f, attrs=attrs))
        changed = True
    return dataclasses.replace(claim, facts=tuple(facts)) if changed else claim


def frame(fact: Fact) -> str | None:
    return fact.attrs.get("frame") if fact.attrs else None


#: Zones written beside a clock time that are not the place's own time.
UNIVERSAL_ZONES = frozenset({"GMT", "UTC", "غرينتش", "ت غ", "ت.غ", "تغ", "ت. غ"})

#: Measure frame -> (dimension, size of one unit in the dimension's base unit): "7,055 miles" and
#: "11,354 km" are one distance.
MEASURE_BASE: dict[str, tuple[str, float]] = {
    "km": ("length", 1000.0), "mile": ("length", 1609.344), "metre": ("length", 1.0),
    "tonne": ("mass", 1000.0), "kg": ("mass", 1.0), "hectare": ("area", 1.0),
    "litre": ("volume", 1.0), "barrel": ("volume", 158.987), "megawatt": ("power", 1.0),
}

#: Frames that describe one place or crowd two ways, never one fact: a venue's capacity and the
#: crowd present ("a 42,000-seat stadium" / "42,000 attended"; reconcile/moments.py).
CLASHING_FRAMES: tuple[tuple[str, str], ...] = (("count:capacity", "count:attendance"),)

#: Concepts whose figures change as a story unfolds: a later figure is an update, not a conflict.
TALLIES = frozenset({"dead", "injured", "missing", "rescued", "evacuated", "displaced", "arrested", "victim"})


def needs_close_context(frame_name: str | None) -> bool:
    """Figures that news gives side by side from several authorities or times (tallies), that
    say only "people", or measures (a leg and the whole trip): two of them contradict only when
    stated in near-identical words."""
    return (is_tally(frame_name) or frame_name == "count:people"
            or bool(frame_name and frame_name.startswith("measure:")))


#: Concepts that count people: "10 million people" may agree with "10 millions d'habitants".
PERSONS = frozenset({"people", "population", "dead", "injured", "missing", "rescued", "evacuated", "displaced",
                     "arrested", "attendance", "official", "soldier", "child", "victim", "seat_parliament"})


def agreeable(a: str | None, b: str | None) -> bool:
    """May equal values with these frames corroborate each other? Not when both name known,
    different things ("2 countries" / "2 officials"); a frame no lexicon knows does not object."""
    if a == b:
        return True
    known = [f for f in (a, b) if f and "~" not in f and not f.endswith(":?")]
    if len(known) < 2:
        return True
    x, y = known
    if x.split(":")[0] != y.split(":")[0]:
        return False
    cx, cy = x.split(":", 1)[1], y.split(":", 1)[1]
    if "people" in (cx, cy) and {cx, cy} <= PERSONS:
        return True
    return frames_comparable(x, y)


def is_tally(frame_name: str | None) -> bool:
    """Counts that change as the story unfolds (dead, injured...), and ages."""
    if not frame_name:
        return False
    if frame_name == "duration:age":
        return True
    if not frame_name.startswith("count:"):
        return False
    return frame_name[len("count:"):] in TALLIES


def comparison_key(frame_name: str | None, language: str | None) -> str | None:
    """Values may contradict only within one key; None: never (an ordinal of nothing known)."""
    if not frame_name or frame_name == "ordinal:?":
        return None
    if "~" in frame_name:
        return f"{frame_name}@{language}"
    if frame_name == "ordinal:occasion":
        return "ordinal:visit"        # "the first time" a minister came is his first visit
    return frame_name


def frames_comparable(a: str | None, b: str | None, lang_a: str | None = None, lang_b: str | None = None) -> bool:
    """May values with these frames be two reports of one thing? (Same :func:`comparison_key`.)"""
    key = comparison_key(a, lang_a)
    return key is not None and key == comparison_key(b, lang_b)

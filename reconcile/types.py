"""Typed, frozen data passed between pipeline stages.

Every ``start``/``end`` is a character offset (Python ``str`` index) into the raw text of
the document it belongs to (``Document.text``): the file decoded as UTF-8, before any
cleaning. Nothing downstream ever rewrites that text, so every claim and fact can always be
quoted verbatim from its source.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Union

FactType = Literal["date", "time", "duration", "number", "money", "quantity", "ordinal", "entity"]
FindingKind = Literal["conflict", "update", "agreement", "variant", "single_source"]
Slot = Literal["date", "duration", "money", "quantity", "ordinal", "entity", "other"]
Severity = Literal["high", "medium", "low", "info"]
AnchorSource = Literal["front_matter", "dateline", "text", "latest", "borrowed", "none"]

LANGUAGES = ("id", "en", "fr", "ar")


@dataclass(frozen=True)
class Span:
    """A half-open ``[start, end)`` character range into a document's raw text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def slice(self, text: str) -> str:
        return text[self.start:self.end]


@dataclass(frozen=True)
class Document:
    """One article: raw text plus what its front matter / manifest said about it."""

    id: str
    path: str
    text: str
    language: str | None = None          # from front matter / manifest; None until detected
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    body_offset: int = 0                 # where the body starts (after front matter)


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (one line)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a headline / line) kept after cleaning, with its offsets."""

    doc_id: str
    start: int
    end: int
    text: str                            # == document.text[start:end]
    paragraph: int                       # index of the paragraph in the document
    index: int                           # index of the sentence in the document
    is_headline: bool = False
    language: str | None = None


@dataclass(frozen=True)
class Boilerplate:
    """A span the cleaner dropped, and the rule that dropped it (for explanation)."""

    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Anchor:
    """The reference date relative/weekday dates of a document resolve against."""

    date: _dt.date | None
    source: AnchorSource
    text: str | None = None              # the words it came from, when from the text
    start: int | None = None
    end: int | None = None
    borrowed_from: str | None = None     # document id, when source == "borrowed"
    # A dateline without its year ("Rabu (24/11)") completed from the dates aligned documents
    # report: the documents the year came from (the day and weekday are the document's own).
    year_from: str | None = None


@dataclass(frozen=True)
class Context:
    """What a fact parser may know besides the text: language and reference date."""

    language: str
    reference_date: _dt.date | None = None
    # How a bare weekday resolves: "news_week" = the day of that name in the reference date's
    # Monday-to-Sunday week (what a news article means by "on Wednesday"), except that a day
    # more than 3 days ahead is the previous week's (Monday's "on Saturday"); "next" = the next
    # such day strictly after the reference date (Duckling's convention, used by the bench).
    weekday_policy: Literal["news_week", "next"] = "news_week"
    # The day the report is made for (an input, never read from the clock inside the pipeline):
    # it only bounds the future (a document's anchor is never a date after it); it never picks
    # the year of a weekday. None: no bound.
    today: _dt.date | None = None


# --------------------------------------------------------------------------- fact values
# Each value class holds one normalized reading; ``to_json()`` is exactly the v1 JSON value the
# report and the index carry, and ``value_from_json(fact_type, obj)`` reads it back.


@dataclass(frozen=True)
class DateValue:
    """A calendar date as ISO 8601 text: "2021-11-23" (day), "2021-11" (month), "2021" (year),
    "--11-24" / "--11" (partial: the words gave no year), "2021-11-23/2021-11-25" (interval).

    Equality and hashing are the ISO text's; the parts are read from it once."""

    iso: str
    year: int | None = field(init=False, compare=False, repr=False)
    month: int | None = field(init=False, compare=False, repr=False)
    day: int | None = field(init=False, compare=False, repr=False)
    end: "DateValue | None" = field(init=False, compare=False, repr=False)   # interval end

    def __post_init__(self) -> None:
        start, _, end = self.iso.partition("/")
        partial = start.startswith("--")
        parts = [int(p) for p in (start[2:] if partial else start).split("-")]
        if partial:
            parts.insert(0, None)                         # type: ignore[arg-type]
        parts += [None] * (3 - len(parts))                # type: ignore[list-item]
        for name, v in zip(("year", "month", "day"), parts):
            object.__setattr__(self, name, v)
        object.__setattr__(self, "end", DateValue(end) if end else None)

    @property
    def granularity(self) -> Literal["day", "month", "year"]:
        """The finest part written (of the start, for an interval)."""
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @property
    def partial(self) -> bool:
        """Written without its year ("--11-24")."""
        return self.year is None

    @property
    def is_day(self) -> bool:
        """One whole calendar day ("2021-11-23"): not partial, not an interval."""
        return self.day is not None and self.year is not None and self.end is None

    @property
    def weekday(self) -> int | None:
        """The calendar weekday (0 = Monday) of a whole day, else None."""
        d = self.as_date()
        return None if d is None else d.weekday()

    def as_date(self) -> _dt.date | None:
        return _dt.date(self.year, self.month, self.day) if self.is_day else None  # type: ignore[arg-type]

    @classmethod
    def of(cls, day: _dt.date) -> "DateValue":
        return cls(day.isoformat())

    def __str__(self) -> str:
        return self.iso

    def to_json(self) -> str:
        return self.iso

    @classmethod
    def from_json(cls, obj: str) -> "DateValue":
        return cls(obj)


@dataclass(frozen=True)
class Money:
    """An amount in an ISO 4217 currency (None when the words name none we know)."""

    amount: int | float | None
    currency: str | None

    def to_json(self) -> dict:
        return {"amount": self.amount, "currency": self.currency}

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> "Money":
        return cls(obj.get("amount"), obj.get("currency"))


@dataclass(frozen=True)
class Quantity:
    """A count of something: ``count`` of ``unit`` (the noun as written, lower-cased; what is
    counted, its frame, stays in ``Fact.attrs["frame"]``)."""

    count: int | float | None
    unit: str | None

    def to_json(self) -> dict:
        return {"count": self.count, "unit": self.unit}

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> "Quantity":
        return cls(obj.get("count"), obj.get("unit"))


_ISO_DURATION = re.compile(r"P((?:[\d.]+[YMWD])*)(?:T((?:[\d.]+[HMS])+))?")
_DATE_SECONDS = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400}
_TIME_SECONDS = {"H": 3600, "M": 60, "S": 1}


def iso_seconds(iso: str | None) -> float | None:
    """Approximate length in seconds of an ISO 8601 duration (year = 365 days, month = 30 days),
    so that durations written with different units compare ("PT1.5H" == "PT90M"); None for
    anything else (an interval)."""
    m = _ISO_DURATION.fullmatch(iso or "")
    if not m:
        return None
    total = 0.0
    for n, u in re.findall(r"([\d.]+)([YMWD])", m.group(1) or ""):
        total += float(n) * _DATE_SECONDS[u]
    for n, u in re.findall(r"([\d.]+)([HMS])", m.group(2) or ""):
        total += float(n) * _TIME_SECONDS[u]
    return total


@dataclass(frozen=True)
class Duration:
    """A length as ISO 8601 ("P2D", "P2Y", "PT3H") or an interval ("2021-11-23/2021-11-25",
    "../2021-11-25" until, "2021/.." since)."""

    iso: str

    @property
    def is_interval(self) -> bool:
        return "/" in self.iso

    @property
    def seconds(self) -> float | None:
        """The length in seconds (see :func:`iso_seconds`); None for an interval."""
        return iso_seconds(self.iso)

    def __str__(self) -> str:
        return self.iso

    def to_json(self) -> str:
        return self.iso

    @classmethod
    def from_json(cls, obj: str) -> "Duration":
        return cls(obj)


@dataclass(frozen=True)
class ClockTime:
    """A clock time, 24-hour (the zone, when written, is in ``Fact.attrs["zone"]``)."""

    hour: int
    minute: int

    @property
    def minutes(self) -> int:
        """Minutes since midnight."""
        return self.hour * 60 + self.minute

    def __str__(self) -> str:
        return self.to_json()

    def to_json(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"

    @classmethod
    def from_json(cls, obj: str) -> "ClockTime":
        h, m = obj.split(":")
        return cls(int(h), int(m))


@dataclass(frozen=True)
class Number:
    """A bare number (a count, a magnitude, a year) as written."""

    value: int | float

    def to_json(self) -> int | float:
        return self.value

    @classmethod
    def from_json(cls, obj: int | float) -> "Number":
        return cls(obj)


@dataclass(frozen=True)
class Ordinal:
    """A rank: "third", "ke-3", "3e" -> 3."""

    value: int

    def to_json(self) -> int:
        return self.value

    @classmethod
    def from_json(cls, obj: int) -> "Ordinal":
        return cls(obj)


@dataclass(frozen=True)
class EntityRef:
    """A canonical entity id "kind:name" ("person:gantz", "place:myanmar", "unknown:x")."""

    id: str

    @property
    def kind(self) -> str:
        """The id's prefix: "person", "org", "place", "unknown"."""
        return self.id.split(":", 1)[0]

    def __str__(self) -> str:
        return self.id

    def to_json(self) -> str:
        return self.id

    @classmethod
    def from_json(cls, obj: str) -> "EntityRef":
        return cls(obj)


FactValue = Union[DateValue, Money, Quantity, Duration, ClockTime, Number, Ordinal, EntityRef]
#: The value class of each fact type.
VALUE_CLASS: Mapping[str, type] = {"date": DateValue, "time": ClockTime, "duration": Duration,
                                   "number": Number, "money": Money, "quantity": Quantity,
                                   "ordinal": Ordinal, "entity": EntityRef}
FACT_VALUE_TYPES = tuple(VALUE_CLASS.values())


def value_from_json(fact_type: str, obj: Any) -> FactValue | None:
    """A fact's value read back from its v1 JSON (``None`` stays None)."""
    return None if obj is None else VALUE_CLASS[fact_type].from_json(obj)  # type: ignore[attr-defined]


def value_to_json(value: Any) -> Any:
    """The v1 JSON of a fact value; anything else (None, JSON already) as it is."""
    return value.to_json() if isinstance(value, FACT_VALUE_TYPES) else value


def magnitude(value: Any) -> int | float | None:
    """The figure of a money amount, a count, a number or a rank (None for anything else)."""
    if isinstance(value, Money):
        return value.amount
    if isinstance(value, Quantity):
        return value.count
    if isinstance(value, (Number, Ordinal)):
        return value.value
    return None


def _check_value(value: object) -> None:
    if value is not None and not isinstance(value, FACT_VALUE_TYPES):
        raise TypeError(f"a fact value is one of the value classes, not {type(value).__name__}: {value!r}")


@dataclass(frozen=True)
class Fact:
    """A typed, normalized value found in a claim, with the exact words it came from.

    ``value`` is one of the frozen value classes above (None for a date the words do not
    resolve), comparable with ``==`` across languages; ``value.to_json()`` is the v1 JSON:
      date      DateValue   "2021-11-23" (day) | "2021-11" (month) | "2021" (year) |
                            "--11-24" (no year written): granularity, year/month/day, weekday
      time      ClockTime   "11:25" (24-hour; attrs["zone"]: "WIB", "GMT" or None for local)
      duration  Duration    ISO-8601 "P2D", "P2Y", "PT3H" (seconds), or an interval "2021/.."
      number    Number      int or float
      money     Money       {"amount": 48000000, "currency": "USD"}
      quantity  Quantity    {"count": 3, "unit": "drone"}  (unit: lower-case lemma as written)
      ordinal   Ordinal     int
      entity    EntityRef   canonical entity id, e.g. "person:gantz" (kind: its prefix)
    ``attrs`` carries type-specific detail, e.g. for dates: granularity ("day"|"week"|"month"|
    "year", what the words meant), inferred (bool), weekday (0=Mon, as written), expr (the
    unresolved expression, so the date can be re-resolved against another anchor); for money:
    estimate (bool); for entities: kind ("person"|"org"|"place"), surface/normalized forms.
    """

    type: FactType
    start: int
    end: int
    text: str
    value: FactValue | None
    rule: str
    attrs: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _check_value(self.value)


@dataclass(frozen=True)
class Claim:
    """A sentence (or clause) that carries checkable content, with its facts."""

    id: str
    doc_id: str
    start: int
    end: int
    text: str
    language: str
    facts: tuple[Fact, ...] = ()
    is_headline: bool = False
    sentence_index: int = 0


@dataclass(frozen=True)
class OrgMention:
    """A name of an organisation or a named facility, found by its head noun ("Organisation
    mondiale de la santé", "منظمة الصحة العالمية", "Soekarno-Hatta airport") or a bare acronym
    ("OCHA"); offsets into the document's raw text (:mod:`reconcile.facts.org`)."""

    doc: str
    claim: str
    start: int
    end: int
    text: str
    language: str
    concept: str | None              # what the head names ("office", "airport"); None: a bare acronym
    kind: str = "org"                # "org" or "place" (a named facility or water course)
    acronym: str | None = None       # "(OCHA)" after the name, or the bare acronym itself
    head: str = ""                   # the head's words as written ("Office"); "" for a bare acronym


@dataclass(frozen=True)
class Cluster:
    """Claims from different documents that report the same fact."""

    id: str
    claim_ids: tuple[str, ...]
    similarity: float = 0.0              # mean pairwise cosine of members
    pair_scores: Mapping[str, float] = field(default_factory=dict)  # "c1|c2" -> score


@dataclass(frozen=True)
class Evidence:
    doc: str
    claim: str
    start: int
    end: int
    text: str
    value: FactValue | None
    language: str | None = None

    def __post_init__(self) -> None:
        _check_value(self.value)

    @classmethod
    def of(cls, claim: "Claim", fact: "Fact") -> "Evidence":
        """A claim's fact as cited evidence: its document, claim, span, words and value."""
        return cls(claim.doc_id, claim.id, fact.start, fact.end, fact.text, fact.value, claim.language)


@dataclass(frozen=True)
class Finding:
    id: str
    kind: FindingKind
    slot: Slot
    severity: Severity
    summary: str
    cluster: str | None
    evidence: tuple[Evidence, ...]
    explanation: tuple[str, ...] = ()    # the steps/rules that produced it, like ftfy's
    frame: str | None = None             # what the compared values measure ("count:dead"), see frames.py


@dataclass(frozen=True)
class Event:
    """One story of the feed: the documents that report it (a round-up may be in several)."""

    id: str                              # "e1", "e2", ... in order of start
    label: str                           # title or headline of its most central document
    documents: tuple[str, ...]           # document ids, in input order
    start: _dt.date | None = None        # first and last publication (anchor) date
    end: _dt.date | None = None
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    clusters: tuple[Cluster, ...]
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...] = ()
    anchors: Mapping[str, Anchor] = field(default_factory=dict)     # doc id -> anchor
    consistency: Mapping[str, Any] = field(default_factory=dict)
    metadata: Mapping[str, Any] = field(default_factory=dict)
    events: tuple[Event, ...] = ()       # stories the documents were grouped into (reconcile.events)

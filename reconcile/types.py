"""Typed, frozen data passed between pipeline stages.

Every ``start``/``end`` is a character offset (Python ``str`` index) into the raw text of
the document it belongs to (``Document.text``): the file decoded as UTF-8, before any
cleaning. Nothing downstream ever rewrites that text, so every claim and fact can always be
quoted verbatim from its source.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Literal, Mapping

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


@dataclass(frozen=True)
class Fact:
    """A typed, normalized value found in a claim, with the exact words it came from.

    ``value`` is JSON-serializable and comparable with ``==`` across languages:
      date      "2021-11-23" (day) | "2021-11" (month) | "2021" (year) |
                "2021-11-23/2021-11-25" (interval)      -- None when unresolvable
      time      clock time "11:25" (24-hour; attrs["zone"]: "WIB", "GMT" or None for local)
      duration  ISO-8601 duration "P2D", "P2Y", "PT3H"
      number    int or float
      money     {"amount": 48000000, "currency": "USD"}
      quantity  {"count": 3, "unit": "drone"}   (unit: lower-case lemma as written, best effort)
      ordinal   int
      entity    canonical entity id, e.g. "person:gantz"
    ``attrs`` carries type-specific detail, e.g. for dates: granularity ("day"|"month"|"year"),
    inferred (bool), weekday (0=Mon), expr (the unresolved expression, so the date can be
    re-resolved against another anchor); for money: estimate (bool); for entities: kind
    ("person"|"org"|"place"), surface/normalized forms.
    """

    type: FactType
    start: int
    end: int
    text: str
    value: Any
    rule: str
    attrs: Mapping[str, Any] = field(default_factory=dict)


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
    value: Any
    language: str | None = None


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

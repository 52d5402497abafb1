"""Reference dates ("anchors") that relative and weekday dates of a document resolve against.

Order of preference, recorded in the report so a reader can see it: the front matter's
``published``; a dateline (a full date near the top of the body); the latest full date in the
text; else, after alignment, the anchor of the document that shares the most clusters with it
("borrowed") — an article that only says "this Wednesday" is read in the week of the event its
aligned sources date.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Mapping, Sequence

from .config import AnchorConfig
from .types import Anchor, Claim, Cluster, Context, Document, Fact

DEFAULT = AnchorConfig()


def _full_dates(facts: Sequence[Fact]) -> list[Fact]:
    return [f for f in facts if f.type == "date" and f.value is not None and f.value.is_day
            and (f.attrs or {}).get("granularity", "day") == "day"]


def document_anchor(doc: Document, claims: Sequence[Claim], language: str,
                    today: dt.date | None = None, cfg: AnchorConfig = DEFAULT) -> Anchor:
    """The document's own anchor, from front matter or from full dates in its claims (a full date
    within ``cfg.dateline_window`` characters of the body's start is its dateline).

    A date after ``today`` (the report's reference day, an input) announces something to come;
    it does not date the document.
    """
    if doc.published is not None:
        return Anchor(date=doc.published, source="front_matter")
    from .extract import finder

    find_dates = finder("date")
    if find_dates is None:
        return Anchor(date=None, source="none")
    ctx = Context(language=language, reference_date=None, today=today)
    dated: list[Fact] = []
    for claim in claims:
        for f in _full_dates(find_dates(claim.text, ctx)):
            if today is not None and f.value.as_date() > today:
                continue
            dated.append(dataclasses.replace(f, start=f.start + claim.start, end=f.end + claim.start))
    if not dated:
        return _partial_anchor(doc, claims, find_dates, ctx, cfg)
    top = [f for f in dated if f.start - doc.body_offset <= cfg.dateline_window]
    if top:
        f = min(top, key=lambda f: f.start)
        source = "dateline"
    else:
        f = max(dated, key=lambda f: (f.value.iso, -f.start))
        source = "latest"
    return Anchor(date=f.value.as_date(), source=source, text=f.text, start=f.start, end=f.end)


def _partial_anchor(doc: Document, claims: Sequence[Claim], find_dates, ctx: Context,
                    cfg: AnchorConfig = DEFAULT) -> Anchor:
    """No full date: the first weekday, day and month without a year ("Rabu (24/11)": the weekday
    pins the year once a nearby one is known) is kept as the words
    of an anchor without a date (``dateline`` near the top, else ``text``), whose year
    :func:`complete_years` may find from aligned documents."""
    for claim in claims:
        for f in find_dates(claim.text, ctx):
            v = f.value
            if v is not None and v.partial and v.granularity == "day" and (f.attrs or {}).get("weekday") is not None:
                start = f.start + claim.start
                source = "dateline" if start - doc.body_offset <= cfg.dateline_window else "text"
                return Anchor(date=None, source=source, text=f.text, start=start, end=f.end + claim.start)
    return Anchor(date=None, source="none")


def _votes(anchors: Mapping[str, Anchor], claims: Sequence[Claim],
           clusters: Sequence[Cluster]) -> dict[str, list[tuple[dt.date, str]]]:
    """For each document without an anchor date: the full dates of other documents' claims that
    share a cluster with one of its claims, with the document each came from."""
    by_id = {c.id: c for c in claims}
    votes: dict[str, list[tuple[dt.date, str]]] = {}
    for k in clusters:
        members = [by_id[c] for c in k.claim_ids if c in by_id]
        for c in members:
            if anchors.get(c.doc_id) is not None and anchors[c.doc_id].date is not None:
                continue
            for other in members:
                if other.doc_id == c.doc_id:
                    continue
                for f in _full_dates(other.facts):
                    try:
                        votes.setdefault(c.doc_id, []).append((f.value.as_date(), other.doc_id))
                    except ValueError:
                        continue
    return votes


def _best_vote(vs: list[tuple[dt.date, str]], window: int) -> tuple[dt.date, int, list[str]]:
    """The date with the most votes within ``window`` days of it (the later on a tie), its support
    and donors."""
    def support(d: dt.date) -> int:
        return sum(1 for v, _ in vs if abs((v - d).days) <= window)
    best = max(sorted({v for v, _ in vs}), key=lambda d: (support(d), d))
    return best, support(best), sorted({doc for v, doc in vs if abs((v - best).days) <= window})


def complete_years(anchors: Mapping[str, Anchor], claims: Sequence[Claim], clusters: Sequence[Cluster],
                   languages: Mapping[str, str], cfg: AnchorConfig = DEFAULT) -> dict[str, Anchor]:
    """Give a dateline without its year ("Rabu (24/11)") the year of the dates its aligned claims
    report: the year, within one of theirs, in which that day falls on that weekday (or the
    nearest such day without a weekday). The day stays the document's own; the donors are
    recorded in ``year_from``. Runs before :func:`borrow_anchors`, so the completed document
    dates the others as a document with its own dateline would."""
    from .extract import finder

    find_dates = finder("date")
    votes = _votes(anchors, claims, clusters)
    out = dict(anchors)
    for doc_id, a in anchors.items():
        if a.date is not None or not a.text or doc_id not in votes or find_dates is None:
            continue
        best, _, donors = _best_vote(votes[doc_id], cfg.vote_window_days)
        got = [f for f in find_dates(a.text, Context(languages.get(doc_id, "en"), best))
               if f.value is not None and f.value.is_day]
        if got and not (got[0].attrs or {}).get("weekday_mismatch"):
            out[doc_id] = dataclasses.replace(a, date=got[0].value.as_date(),
                                              year_from=", ".join(donors))
    return out


def borrow_anchors(anchors: Mapping[str, Anchor], claims: Sequence[Claim],
                   clusters: Sequence[Cluster], cfg: AnchorConfig = DEFAULT) -> dict[str, Anchor]:
    """Give each document without an anchor one from the dates its aligned claims report.

    Every full date (day granularity) in a claim of another document that shares a cluster with
    one of this document's claims is a vote; the anchor is the date with the most votes within
    ``cfg.vote_window_days`` (a week) of it. The documents that aligned with ours say when the event happened; that is when
    our "this Wednesday" is. The donor documents are recorded.
    """
    votes = _votes(anchors, claims, clusters)
    out = dict(anchors)
    for doc_id, vs in votes.items():
        if doc_id in out and out[doc_id].date is not None:
            continue
        best, n, donors = _best_vote(vs, cfg.vote_window_days)
        out[doc_id] = Anchor(date=best, source="borrowed", borrowed_from=", ".join(donors),
                             text=f"{n} dates in aligned claims of {', '.join(donors)}")
    return out

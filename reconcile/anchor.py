"""Reference dates ("anchors") that relative and weekday dates of a document resolve against.

Order of preference, recorded in the report so a reader can see it: the front matter's
``published``; a dateline (a full date near the top of the body); the latest full date in the
text; else, after alignment, the anchor of the document that shares the most clusters with it
("borrowed") — an article that only says "this Wednesday" is read in the week of the event its
aligned sources date.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Mapping, Sequence

from .types import Anchor, Claim, Cluster, Context, Document, Fact

#: A full date this close to the start of the body counts as the dateline.
DATELINE_WINDOW = 400


def _full_dates(facts: Sequence[Fact]) -> list[Fact]:
    return [f for f in facts if f.type == "date" and isinstance(f.value, str) and len(f.value) == 10
            and (f.attrs or {}).get("granularity", "day") == "day"]


def document_anchor(doc: Document, claims: Sequence[Claim], language: str) -> Anchor:
    """The document's own anchor, from front matter or from full dates in its claims."""
    if doc.published is not None:
        return Anchor(date=doc.published, source="front_matter")
    from .extract import finder

    find_dates = finder("date")
    if find_dates is None:
        return Anchor(date=None, source="none")
    ctx = Context(language=language, reference_date=None)
    dated: list[Fact] = []
    for claim in claims:
        for f in _full_dates(find_dates(claim.text, ctx)):
            dated.append(Fact(f.type, f.start + claim.start, f.end + claim.start, f.text, f.value, f.rule,
                              f.attrs))
    if not dated:
        return Anchor(date=None, source="none")
    top = [f for f in dated if f.start - doc.body_offset <= DATELINE_WINDOW]
    if top:
        f = min(top, key=lambda f: f.start)
        source = "dateline"
    else:
        f = max(dated, key=lambda f: (f.value, -f.start))
        source = "latest"
    return Anchor(date=dt.date.fromisoformat(f.value), source=source, text=f.text, start=f.start, end=f.end)


def borrow_anchors(anchors: Mapping[str, Anchor], claims: Sequence[Claim],
                   clusters: Sequence[Cluster]) -> dict[str, Anchor]:
    """Give each document without an anchor the anchor of its most-aligned anchored document."""
    doc_of = {c.id: c.doc_id for c in claims}
    shared: dict[str, Counter] = {}
    for k in clusters:
        docs = {doc_of[c] for c in k.claim_ids if c in doc_of}
        for a in docs:
            for b in docs - {a}:
                shared.setdefault(a, Counter())[b] += 1
    out = dict(anchors)
    for doc_id, anchor in anchors.items():
        if anchor.date is not None:
            continue
        candidates = [(n, b) for b, n in shared.get(doc_id, Counter()).items() if anchors.get(b)
                      and anchors[b].date is not None]
        if candidates:
            n, donor = max(candidates, key=lambda t: (t[0], t[1]))
            out[doc_id] = Anchor(date=anchors[donor].date, source="borrowed", borrowed_from=donor,
                                 text=anchors[donor].text)
    return out

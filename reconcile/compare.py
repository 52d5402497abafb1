"""Turn clusters of aligned claims (with typed facts) into findings and a consistency score.

Embedding similarity cannot see that "48 million" and "52 million" disagree; the typed facts can.
Within each cluster (claims about one fact of one event) the values of each slot are compared
document by document:

- **conflict**: two documents give incompatible values for the slot (dates compared at the
  coarser of the two granularities, money in the same currency beyond a tolerance, counts,
  ordinals, durations);
- **agreement**: two or more documents give the same value after normalization;
- **variant**: one entity, several spellings across documents (information, never a conflict);
- **single_source**: a checkable value (number, amount, count, ordinal, full date) that only one
  document reports.

Severity (how much it matters to a fact-checker): ``high`` — a contradicted date, amount or count;
``medium`` — a contradicted ordinal or duration, or an amount where one side is an estimate, or a
single-source amount; ``low`` — other single-source values; ``info`` — agreements and variants.

Consistency per document pair = agreements / (agreements + conflicts) over the slots both report
in shared clusters (1.0 when they share none, with ``shared`` = 0 shown beside it); overall = the
same ratio over all pairs. Coverage = share of a document's clustered claims that another
document corroborates.
"""
from __future__ import annotations

import datetime as dt
import dataclasses
import itertools
import json
from collections import defaultdict
from typing import Callable, Mapping, Sequence

from .compare_values import (SLOT_OF, FRAMED, AsOf, Val as _Val, as_of_days, at_other_times, comparable,
                             compatible, context_window, dates_compatible as _dates_compatible, key_of,
                             near_identical, same, value_text, values_of)
from .config import CompareConfig
from .facts.year import is_bare_year
from .frames import agreeable, comparison_key, is_tally, needs_close_context
from .roles import date_role, role_frame
from .slips import weekday_slips
from .name_conflicts import name_conflicts
from .substitutions import entity_conflicts
from .types import Anchor, Claim, Cluster, Document, Evidence, Finding, Money, value_to_json

__all__ = ["COMPARED", "SLOT_OF", "compare", "consistency", "context_window", "frame_label", "value_text",
           "FINDING_ORDER", "insert_findings", "last_finding_number", "_dates_compatible", "as_of_days"]

COMPARED = ("date", "money", "quantity", "ordinal", "duration", "other")
SINGLE_SOURCE_TYPES = ("money", "quantity", "number", "ordinal", "date", "time", "duration")
ContextSimilarity = Callable[[str, str], float]


def _evidence(v: _Val) -> Evidence:
    return Evidence.of(v.claim, v.fact)


def _show(v: _Val) -> str:
    estimate = isinstance(v.fact.value, Money) and v.fact.attrs.get("estimate")
    return value_text(v.fact.value, bool(estimate))


def _pair_score(cluster: Cluster, a: str, b: str) -> float:
    scores = cluster.pair_scores or {}
    return float(scores.get(f"{a}|{b}", scores.get(f"{b}|{a}", 0.0)))


#: The order of findings in a report, by kind (then severity, then id).
FINDING_ORDER = {"conflict": 0, "update": 1, "agreement": 2, "variant": 3, "single_source": 4}


def last_finding_number(findings: Sequence[Finding]) -> int:
    """The highest n of the ids "fn" in ``findings``: stages after compare number on from it."""
    return max((int(f.id[1:]) for f in findings if f.id[1:].isdigit()), default=0)


def insert_findings(findings: Sequence[Finding], new: Sequence[Finding]) -> list[Finding]:
    """``findings`` (in report order) with ``new`` (of one kind) after the findings of their kind."""
    if not new:
        return list(findings)
    rank = FINDING_ORDER[new[0].kind]
    at = next((k for k, f in enumerate(findings) if FINDING_ORDER[f.kind] > rank), len(findings))
    return [*findings[:at], *new, *findings[at:]]


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"f{self.n}"




def _context_sims(cluster: Cluster, vals: list[_Val], similarity: ContextSimilarity | None,
                  words: int) -> dict[tuple[int, int], float]:
    """How well the contexts of two values of different documents align (i < j); without a
    similarity, the claims' pair score stands in."""
    sims: dict[tuple[int, int], float] = {}
    for i, j in itertools.combinations(range(len(vals)), 2):
        va, vb = vals[i], vals[j]
        if va.doc == vb.doc:
            continue
        sims[(i, j)] = (similarity(context_window(va.claim, va.fact, words), context_window(vb.claim, vb.fact, words))
                        if similarity is not None else _pair_score(cluster, va.claim.id, vb.claim.id))
    return sims


class _Points:
    """The cluster's values of one slot joined into points (at most one value per document)."""

    def __init__(self, cluster: Cluster, vals: list[_Val], slot: str, similarity: ContextSimilarity | None,
                 as_of: AsOf | None, cfg: CompareConfig):
        self.cluster, self.vals, self.slot, self.as_of, self.cfg = cluster, vals, slot, as_of, cfg
        self.embedded = similarity is not None
        self.sims = _context_sims(cluster, vals, similarity, cfg.context_words)
        self.point = list(range(len(vals)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(vals))}
        self.ranked = sorted(((s, i, j) for (i, j), s in self.sims.items()), reverse=True)

    def can_contradict(self, x: int, y: int) -> bool:
        """A plausible contradiction: comparable values, same time, confidently aligned claims and contexts."""
        va, vb, cfg = self.vals[x], self.vals[y], self.cfg
        context = self.sims[(min(x, y), max(x, y))]
        return (comparable(self.slot, va, vb, cfg) and not at_other_times(va, vb, self.as_of)
                and _pair_score(self.cluster, va.claim.id, vb.claim.id) >= cfg.conflict_min_score
                and (not self.embedded or context >= cfg.context_min_similarity)
                and (not needs_close_context(va.frame) or context >= cfg.tally_min_context
                     or near_identical(va, vb, cfg)))

    def join(self, i: int, j: int, equal_only: bool) -> None:
        a, b = self.point[i], self.point[j]
        vals, members = self.vals, self.members
        if a == b or {vals[m].doc for m in members[a]} & {vals[m].doc for m in members[b]}:
            return
        for x in members[a]:
            for y in members[b]:
                if compatible(self.slot, vals[x], vals[y], self.cfg):
                    continue
                if equal_only or not self.can_contradict(x, y):
                    return
        for m in members[b]:
            self.point[m] = a
        members[a] += members.pop(b)

    def join_equal(self) -> set[tuple[int, str]]:
        """Equal values first, best context first; returns (value, other document) so matched."""
        equal_in: set[tuple[int, str]] = set()
        for _, i, j in self.ranked:
            if same(self.slot, self.vals[i], self.vals[j], self.cfg):
                self.join(i, j, equal_only=True)
                if self.point[i] == self.point[j]:
                    equal_in |= {(i, self.vals[j].doc), (j, self.vals[i].doc)}
        return equal_in

    def join_mutual_best(self, equal_in: set[tuple[int, str]]) -> None:
        """The rest pair only as mutual best matches across their two documents, among values
        that could be readings of one thing (compatible, or plausibly contradicting)."""
        vals, slot, cfg = self.vals, self.slot, self.cfg
        best: dict[tuple[int, str], int] = {}
        for _, i, j in self.ranked:
            if (i, vals[j].doc) in equal_in or (j, vals[i].doc) in equal_in:
                continue
            if not (compatible(slot, vals[i], vals[j], cfg) or comparable(slot, vals[i], vals[j], cfg)):
                continue
            best.setdefault((i, vals[j].doc), j)
            best.setdefault((j, vals[i].doc), i)
        for _, i, j in self.ranked:
            if best.get((i, vals[j].doc)) == j and best.get((j, vals[i].doc)) == i:
                self.join(i, j, equal_only=False)

    def tally(self, pair_stats: dict, paired: set) -> list[tuple[_Val, _Val, float]]:
        """Count agreements and conflicts per document pair; return the conflicting pairs."""
        out = []
        for group in self.members.values():
            if len(group) > 1:
                paired.update(_span_key(_evidence(self.vals[m])) for m in group)
            for x, y in itertools.combinations(sorted(group), 2):
                va, vb = self.vals[x], self.vals[y]
                stats = pair_stats[tuple(sorted((va.doc, vb.doc)))]
                stats["shared"] += 1
                if compatible(self.slot, va, vb, self.cfg):
                    stats["agree"] += 1
                else:
                    stats["conflict"] += 1
                    out.append((va, vb, self.sims[(x, y)]))
        return out


def _slot_pairs(cluster: Cluster, vals: list[_Val], slot: str, similarity: ContextSimilarity | None,
                pair_stats: dict, paired: set, as_of: AsOf | None = None,
                cfg: CompareConfig = CompareConfig()) -> list[tuple[_Val, _Val, float]]:
    """Group the cluster's values into points (at most one value per document), then compare.

    Equal values join first, best context first ("$30 million" in two sources is one point).
    The rest join when they are each other's best match by context across their two documents
    (mutual best, like claim alignment), provided every pair of values in the joined point is
    compatible or a plausible contradiction between confidently aligned claims and contexts.
    A point holding incompatible values is a conflict. Grouping across all documents at once
    lets "$42 million" = "42 مليون دولار" keep the French "45 millions" from pairing with the
    runner-up's "30 millions".
    """
    points = _Points(cluster, vals, slot, similarity, as_of, cfg)
    points.join_mutual_best(points.join_equal())
    return points.tally(pair_stats, paired)


def _conflict_finding(cluster: Cluster, slot: str, conflicts: list[tuple[_Val, _Val, float]], fid: str,
                      cfg: CompareConfig) -> Finding:
    """One finding per cluster and slot; each side = the values that agree with each other."""
    vals: list[_Val] = []
    for va, vb, _ in conflicts:
        for v in (va, vb):
            if not any(v.fact is w.fact for w in vals):
                vals.append(v)
    sides: list[list[_Val]] = []
    for v in sorted(vals, key=lambda v: -len(str(value_to_json(v.key)))):
        for side in sides:
            if all(compatible(slot, v, o, cfg) for o in side):
                side.append(v)
                break
        else:
            sides.append([v])
    sides.sort(key=lambda x: len({v.doc for v in x}), reverse=True)
    est = slot == "money" and any(v.fact.attrs.get("estimate") for v in vals)
    severity = "high" if slot in ("date", "money", "quantity") and not est else "medium"
    frame = vals[0].frame
    return Finding(
        id=fid, kind="conflict", slot=slot, severity=severity, frame=frame,
        summary=_conflict_summary(frame_label(slot, frame), [(_show(x[0]), sorted({v.doc for v in x})) for x in sides]),
        cluster=cluster.id,
        evidence=tuple(_evidence(v) for x in sides for v in x),
        explanation=(f"cluster {cluster.id}: claims aligned across documents",
                     "values aligned by the words around them; incompatible aligned values are a conflict",
                     *(f"{va.doc} {va.fact.text!r} ({_show(va)}) vs {vb.doc} {vb.fact.text!r} ({_show(vb)}): "
                       f"context similarity {ctx:.3f}, claim score "
                       f"{_pair_score(cluster, va.claim.id, vb.claim.id):.3f}" for va, vb, ctx in conflicts),
                     *(f"{v.doc}: {v.fact.text!r} -> {_show(v)} by rule {v.fact.rule}" for v in vals)))


def frame_label(slot: str, frame: str | None) -> str:
    """"count of dead", "duration of flight", "ordinal of visit"; the slot when unframed."""
    if not frame or frame.endswith(":?"):
        return slot
    if ":" not in frame:
        return frame
    kind, _, what = frame.replace("~", ":", 1).partition(":")
    what = what.split(":")[-1].replace("_", " ")
    if kind == "time":
        return "UTC time" if what == "utc" else f"{what} time"      # "local time", not "time of local"
    return f"{kind} of {what}"


def _update_findings(cluster: Cluster, vals: list[_Val], slot: str, as_of: AsOf | None,
                     new_id: _Ids, paired: set) -> list[Finding]:
    """A running tally given at different times: an update, never a conflict."""
    if as_of is None:
        return []
    by_frame: dict[str, list[_Val]] = defaultdict(list)
    when: dict[int, dt.date] = {}
    for v in vals:
        days = as_of(v) if is_tally(v.frame) else frozenset()
        if days:
            by_frame[str(v.frame)].append(v)
            when[id(v)] = min(days)
    out = []
    for frame, vs in sorted(by_frame.items()):
        snapshots = sorted({(when[id(v)], str(value_to_json(v.key))) for v in vs})
        if len({t for t, _ in snapshots}) < 2 or len({k for _, k in snapshots}) < 2 or len({v.doc for v in vs}) < 2:
            continue
        ordered = sorted(vs, key=lambda v: (when[id(v)], v.doc, v.fact.start))
        paired.update(_span_key(_evidence(v)) for v in ordered)       # spoken to: not single-source
        steps = "; ".join(f"{_show(v)} as of {when[id(v)]} ({v.doc})" for v in ordered)
        out.append(Finding(
            id=new_id(), kind="update", slot=slot, severity="info", frame=frame,
            summary=f"{frame_label(slot, frame)} changes over time: {steps}", cluster=cluster.id,
            evidence=tuple(_evidence(v) for v in ordered),
            explanation=(f"cluster {cluster.id}: a running tally stated at different times is an update",)))
    return out


def _cluster_findings(cluster: Cluster, claims: Sequence[Claim], new_id: _Ids,
                      pair_stats: dict, similarity: ContextSimilarity | None,
                      paired: set, as_of: AsOf | None, cfg: CompareConfig) -> list[Finding]:
    findings: list[Finding] = []
    for slot in COMPARED:
        vals = values_of(claims, slot)
        for group in _by_frame(slot, vals):
            findings += _frame_findings(cluster, slot, group, new_id, pair_stats, similarity, paired, as_of, cfg)
        findings += _agreements(cluster, slot, vals, new_id, cfg)
    return findings


def _by_frame(slot: str, vals: list[_Val]) -> list[list[_Val]]:
    """Values that may be compared with each other: one group per frame; unframed slots whole."""
    if slot not in FRAMED:
        return [vals]
    groups: dict[str, list[_Val]] = defaultdict(list)
    for v in vals:
        key = comparison_key(v.frame, v.claim.language)
        if key is not None:
            groups[key].append(v)
    return [groups[k] for k in sorted(groups)]


def _frame_findings(cluster: Cluster, slot: str, vals: list[_Val], new_id: _Ids, pair_stats: dict,
                    similarity: ContextSimilarity | None, paired: set, as_of: AsOf | None,
                    cfg: CompareConfig) -> list[Finding]:
    """Conflicts and updates among one cluster's values of one slot and frame."""
    if len({v.doc for v in vals}) < 2:
        return []
    findings: list[Finding] = []
    conflicts = _slot_pairs(cluster, vals, slot, similarity, pair_stats, paired, as_of, cfg)
    if conflicts:
        findings.append(_conflict_finding(cluster, slot, conflicts, new_id(), cfg))
    findings += _update_findings(cluster, vals, slot, as_of, new_id, paired)
    return findings


def _agreements(cluster: Cluster, slot: str, vals: list[_Val], new_id: _Ids, cfg: CompareConfig) -> list[Finding]:
    """A value given by two or more documents (frames that name different things never agree)."""
    findings: list[Finding] = []
    groups: list[list[_Val]] = []
    for v in vals:
        for g in groups:
            if same(slot, g[0], v, cfg):
                g.append(v)
                break
        else:
            groups.append([v])
    for g in groups:
        gdocs = sorted({v.doc for v in g})
        if len(gdocs) < 2:
            continue
        # every mention of the value in the cluster, document by document: a source that
        # says "first" twice corroborates with both sentences
        mentions = {_span_key(_evidence(v)): v for v in sorted(g, key=lambda v: (v.doc, v.fact.start))}
        findings.append(Finding(
            id=new_id(), kind="agreement", slot=slot, severity="info", frame=g[0].frame,
            summary=f"{len(gdocs)} sources agree on {frame_label(slot, g[0].frame)} {_show(g[0])} ({', '.join(gdocs)})",
            cluster=cluster.id, evidence=tuple(_evidence(v) for v in mentions.values()),
            explanation=(f"cluster {cluster.id}: same normalized {slot} value in {len(gdocs)} documents",)))
    return findings


def _variant_findings(claims: Sequence[Claim], new_id: _Ids) -> list[Finding]:
    """One entity (canonical id), several spellings across documents."""
    mentions: dict[str, dict[str, _Val]] = defaultdict(dict)
    for c in claims:
        for f in c.facts:
            # Places named in each language ("Maroc", "Morocco") are translations, not spellings.
            if f.type == "entity" and f.value and f.value.kind != "place":
                mentions[f.value.id].setdefault(c.doc_id + "\x00" + f.text.strip(), _Val(f, c, f.value))
    out = []
    for ent, ms in sorted(mentions.items()):
        # "RABAT" in a dateline and "Rabat" in the text are one spelling
        spellings = {m.fact.text.strip().casefold(): m.fact.text.strip() for m in ms.values()}
        spellings = set(spellings.values())
        docs = {m.doc for m in ms.values()}
        if len(docs) < 2 or len(spellings) < 2:
            continue
        per_doc: dict[str, _Val] = {}
        for m in ms.values():
            cur = per_doc.get(m.doc)
            if cur is None or len(m.fact.text) > len(cur.fact.text):
                per_doc[m.doc] = m
        if len({m.fact.text.strip().casefold() for m in per_doc.values()}) < 2:
            continue
        out.append(Finding(
            id=new_id(), kind="variant", slot="entity", severity="info",
            summary=f"one entity, {len(spellings)} spellings: " + " / ".join(sorted(spellings)),
            cluster=None, evidence=tuple(_evidence(per_doc[d]) for d in sorted(per_doc)),
            explanation=(f"entity id {ent}: spellings linked across scripts and documents",)))
    return out


def _single_source(claims: Sequence[Claim], clusters: Sequence[Cluster], new_id: _Ids,
                   paired: set, cfg: CompareConfig) -> list[Finding]:
    """Checkable values no other source speaks to.

    A typed value (amount, count, date, ordinal, clock time, length) is spoken to when another
    source's value joined it as one point (agreeing or contradicting) or gives the same value; "$440 million in total"
    stays single-source beside aligned sources that only give the winner's share. A bare number
    is spoken to when an aligned source reports anything in its slot.
    """
    cluster_of: dict[str, list[Cluster]] = defaultdict(list)
    for k in clusters:
        for cid in k.claim_ids:
            cluster_of[cid].append(k)
    by_id = {c.id: c for c in claims}
    out = []
    for c in claims:
        mates = [by_id[m] for k in cluster_of.get(c.id, []) for m in k.claim_ids
                 if m in by_id and by_id[m].doc_id != c.doc_id]
        for f in c.facts:
            if f.type not in SINGLE_SOURCE_TYPES or f.value is None:
                continue
            if f.type == "date" and not f.value.is_day:
                continue
            if f.type == "duration" and f.value.is_interval:
                continue          # an open interval ("since 2020") is no checkable length
            if f.type == "number" and is_bare_year(f.value.value):
                continue
            slot = SLOT_OF[f.type]
            v = _Val(f, c, key_of(f))
            others = values_of(mates, slot)
            # "compatible" lets other currencies pass; corroboration needs the same currency
            if any(_speaks_to(slot, v, o, cfg) for o in others):
                continue
            if f.type == "number":
                if others:       # a bare number: any value in its slot from an aligned source
                    continue
            elif _span_key(_evidence(v)) in paired:
                continue
            sev = "medium" if f.type == "money" else "low"
            out.append(Finding(
                id=new_id(), kind="single_source", slot=slot if slot != "quantity" or f.type != "number" else "other",
                severity=sev, summary=f"only {c.doc_id} reports {f.type} {_show(v)}: uncorroborated",
                cluster=(cluster_of[c.id][0].id if cluster_of.get(c.id) else None),
                evidence=(_evidence(v),),
                explanation=(("claim aligned with no other source" if not mates else
                              "aligned sources do not report this slot"),)))
    return out


def _speaks_to(slot: str, v: _Val, o: _Val, cfg: CompareConfig) -> bool:
    """Does another source's value ``o`` speak to ``v`` (corroborate it or stand within its
    tolerance or bound)? An equal value does when the frames do not name two things; a different
    value only within one frame: "at most 3,000 of them" says nothing about "13 cars"."""
    if slot == "money":
        return same(slot, v, o, cfg)
    if not compatible(slot, v, o, cfg):
        return False
    if slot not in FRAMED:
        return True
    if v.key == o.key:
        return agreeable(v.frame, o.frame)
    return comparison_key(v.frame, v.claim.language) == comparison_key(o.frame, o.claim.language)


def _span_key(e: Evidence) -> tuple:
    return (e.doc, e.start, e.end)


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    """Overlapping clusters see the same disagreement or corroboration more than once: keep the
    finding whose evidence contains the others' (same kind and slot)."""
    keyed = [(f, frozenset(_span_key(e) for e in f.evidence)) for f in findings]
    keyed.sort(key=lambda t: -len(t[1]))
    kept: list[tuple[Finding, frozenset]] = []
    for f, key in keyed:
        if any(k.kind == f.kind and k.slot == f.slot and k.frame == f.frame and key <= kk for k, kk in kept):
            continue
        kept.append((f, key))
    return [f for f, _ in kept]



def _conflict_summary(slot: str, sides: list[tuple[str, list[str]]]) -> str:
    """"date conflict: 3 of 4 sources say 2022-12-18 (a, b, c); 1 of 4 sources say 2022-12-17 (d)",
    plus who gives more than one value. ``sides``: (value text, documents) per side."""
    docs = sorted({d for _, ds in sides for d in ds})
    several = sorted(d for d in docs if sum(d in ds for _, ds in sides) > 1)
    parts = [f"{len(ds)} of {len(docs)} sources say {text} ({', '.join(ds)})" for text, ds in sides]
    summary = f"{slot} conflict: " + "; ".join(parts)
    if several:
        summary += f"; {', '.join(several)} give{'s' if len(several) == 1 else ''} more than one value"
    return summary


def _with_role_frame(f: Finding, by_id: Mapping[str, Claim]) -> Finding:
    """A date conflict whose values all have one role says so: "date of arrival conflict"."""
    if f.kind != "conflict" or f.slot != "date" or f.frame is not None:
        return f
    claims = [(by_id[e.claim], e) for e in f.evidence if e.claim in by_id]
    roles = {date_role(c.text, e.start - c.start, e.end - c.start, c.language) for c, e in claims}
    frame = role_frame(roles)
    if frame is None:
        return f
    summary = f.summary.replace("date conflict:", f"{frame_label('date', frame)} conflict:", 1)
    return dataclasses.replace(f, frame=frame, summary=summary)


def _merge_conflicts(findings: list[Finding]) -> list[Finding]:
    """One finding per disagreement: conflicts of one slot that share evidence are merged (the
    same contradiction is seen from several overlapping clusters)."""
    conflicts = [f for f in findings if f.kind == "conflict"]
    others = [f for f in findings if f.kind != "conflict"]
    merged: list[list[Finding]] = []
    for f in conflicts:
        keys = {_span_key(e) for e in f.evidence}
        hit = [g for g in merged if g[0].slot == f.slot and g[0].frame == f.frame
               and keys & {_span_key(e) for x in g for e in x.evidence}]
        for g in hit:
            merged.remove(g)
        merged.append(sum(hit, []) + [f])
    out = []
    for group in merged:
        if len(group) == 1:
            out.append(group[0])
            continue
        ev: dict[tuple, Evidence] = {}
        for f in group:
            for e in f.evidence:
                ev.setdefault(_span_key(e), e)
        by_value: dict[str, list[Evidence]] = defaultdict(list)
        for e in ev.values():
            by_value[json.dumps(value_to_json(e.value), sort_keys=True, default=str)].append(e)
        sides = sorted(by_value.values(), key=lambda side: (-len({e.doc for e in side}), str(value_to_json(side[0].value))))
        first = group[0]
        summary = _conflict_summary(frame_label(first.slot, first.frame),
                                    [(value_text(side[0].value), sorted({e.doc for e in side})) for side in sides])
        out.append(Finding(
            id=first.id, kind="conflict", slot=first.slot, frame=first.frame,
            severity=min((f.severity for f in group), key=["high", "medium", "low", "info"].index),
            summary=summary, cluster=first.cluster,
            evidence=tuple(e for side in sides for e in side),
            explanation=(f"merged from clusters {', '.join(sorted({f.cluster or '-' for f in group}))}",
                         *dict.fromkeys(x for f in group for x in f.explanation[1:]))))
    return out + others


def compare(claims: Sequence[Claim], clusters: Sequence[Cluster], documents: Sequence[Document],
            similarity: ContextSimilarity | None = None,
            anchors: Mapping[str, Anchor] | None = None,
            cfg: CompareConfig = CompareConfig()) -> tuple[list[Finding], dict]:
    """Findings (conflicts first) and the consistency figures.

    ``similarity(text_a, text_b)`` scores how well the contexts of two values align (the
    pipeline passes the embedder's cosine); without it, the claims' pair score stands in.
    ``anchors`` (doc id -> reference date) date running tallies, so that a later figure is an
    update rather than a conflict; without them tallies are compared as any count. ``cfg``: every
    tolerance and threshold (:class:`reconcile.config.CompareConfig`).
    """
    as_of = as_of_days(anchors) if anchors is not None else None
    by_id = {c.id: c for c in claims}
    new_id = _Ids()
    doc_ids = sorted(d.id for d in documents)
    pair_stats = {p: {"shared": 0, "agree": 0, "conflict": 0} for p in itertools.combinations(doc_ids, 2)}
    findings: list[Finding] = []
    paired: set = set()          # values that met another source's value in some cluster
    for k in clusters:
        members = [by_id[c] for c in k.claim_ids if c in by_id]
        findings += _cluster_findings(k, members, new_id, pair_stats, similarity, paired, as_of, cfg)
    findings = [_with_role_frame(f, by_id) for f in _merge_conflicts(_deduplicate(findings))]
    findings += entity_conflicts(clusters, by_id, new_id, _pair_score, cfg)
    findings += name_conflicts(claims, documents, similarity, new_id, cfg)
    findings += _variant_findings(claims, new_id)
    findings += _single_source(claims, clusters, new_id, paired, cfg)
    findings += weekday_slips(claims, new_id, {(e.doc, e.start, e.end) for f in findings
                                               if f.kind == "single_source" for e in f.evidence})
    sev = {"high": 0, "medium": 1, "low": 2, "info": 3}
    findings.sort(key=lambda f: (FINDING_ORDER[f.kind], sev[f.severity], int(f.id[1:])))
    return findings, consistency(pair_stats, claims, clusters)


def consistency(pair_stats: Mapping[tuple[str, str], Mapping[str, int]], claims: Sequence[Claim],
                clusters: Sequence[Cluster]) -> dict:
    agree = sum(s["agree"] for s in pair_stats.values())
    conflict = sum(s["conflict"] for s in pair_stats.values())
    pairs = {f"{a}|{b}": {**s, "score": (s["agree"] / (s["agree"] + s["conflict"])
                                         if s["agree"] + s["conflict"] else None)}
             for (a, b), s in pair_stats.items()}
    clustered = {c for k in clusters for c in k.claim_ids}
    per_doc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in claims:
        per_doc[c.doc_id][1] += 1
        per_doc[c.doc_id][0] += c.id in clustered
    return {
        "formula": "agreements / (agreements + conflicts) over slots both documents report in shared clusters",
        "overall": agree / (agree + conflict) if agree + conflict else None,
        "agreements": agree, "conflicts": conflict,
        "pairs": pairs,
        "coverage": {d: {"claims": n, "corroborated": k, "share": k / n if n else 0.0}
                     for d, (k, n) in sorted(per_doc.items())},
    }

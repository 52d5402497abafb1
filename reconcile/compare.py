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

import itertools
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from .frames import agreeable, comparison_key, frame as frame_of, is_tally, needs_close_context
from .roles import fact_role, roles_agree
from .slips import weekday_slips
from .substitutions import entity_conflicts
from .types import Anchor, Claim, Cluster, Document, Evidence, Fact, Finding

SLOT_OF = {"date": "date", "time": "other", "duration": "duration", "money": "money", "quantity": "quantity",
           "ordinal": "ordinal", "entity": "entity", "number": "quantity"}
COMPARED = ("date", "money", "quantity", "ordinal", "duration", "other")
SINGLE_SOURCE_TYPES = ("money", "quantity", "number", "ordinal", "date")
#: A conflict is only claimed between two claims aligned at least this confidently (pair score of
#: the aligner): loosely related claims in a cluster ("arrived Tuesday" / "signed Wednesday") are
#: compared for agreement, not accused of contradicting each other.
CONFLICT_MIN_SCORE = 0.84
MONEY_TOLERANCE = 0.005          # exact amounts: 0.5 % apart is a rounding, not a conflict
ESTIMATE_TOLERANCE = 0.10        # "about $50 million" is compatible with 48 million


#: Words either side of a fact that make up its context (what the value is *about*).
CONTEXT_WORDS = 6
#: Two values are only compared when their contexts align at least this well (cosine of the
#: embedded context windows): "arrived on the 23rd" is not contradicted by "signed on the 24th".
CONTEXT_MIN_SIMILARITY = 0.82
#: Two figures of a running tally (the dead, the missing) contradict only when they are stated
#: in near-identical words (one statement, quoted twice): otherwise they are likely two counts
#: by two authorities or at two times, which news reports side by side.
TALLY_MIN_CONTEXT = 0.95

ContextSimilarity = Callable[[str, str], float]


def context_window(claim: Claim, fact: Fact, words: int = CONTEXT_WORDS) -> str:
    """The fact with up to ``words`` words either side, inside its claim (verbatim)."""
    text = claim.text
    s, e = fact.start - claim.start, fact.end - claim.start
    left = text[:s].split()
    right = text[e:].split()
    return " ".join(left[-words:] + [text[s:e]] + right[:words])


@dataclass(frozen=True)
class _Val:
    """A comparable reading of a fact's value."""

    fact: Fact
    claim: Claim
    key: Any                     # what equality means for this slot

    @property
    def doc(self) -> str:
        return self.claim.doc_id

    @property
    def frame(self) -> str | None:
        return frame_of(self.fact)


def _key(f: Fact) -> Any:
    """What equality means: the count for a quantity, the value itself otherwise."""
    if f.type == "quantity" and isinstance(f.value, dict):
        return f.value.get("count")
    return f.value


def _dates_compatible(a: str, b: str) -> bool:
    """Compare at the coarser granularity: "2021-11" is compatible with "2021-11-24", and a date
    without its year ("--11-24") with any year's 24 November."""
    if a.startswith("--") != b.startswith("--"):
        full, part = (b, a) if a.startswith("--") else (a, b)
        return full[4:4 + len(part) - 1] == part[1:]
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _same_duration(a: str, b: str) -> bool:
    """"P7D" and "P1W" are one length; intervals compare as written."""
    if a == b:
        return True
    from .facts.duration import duration_seconds

    x, y = duration_seconds(a), duration_seconds(b)
    return x is not None and y is not None and x > 0 and abs(x - y) <= 1e-6 * max(x, y)


#: "about 100,000" and "87,000" are this far apart at most to be one figure.
APPROX_TOLERANCE = 0.10


def _magnitude(v: "_Val", slot: str) -> float | None:
    if slot == "duration":
        from .facts.duration import duration_seconds

        try:
            return duration_seconds(str(v.key))
        except Exception:
            return None
    return _number(v)


def _within_bounds(slot: str, a: "_Val", b: "_Val") -> bool:
    """A bound is not contradicted by a figure inside it: "more than 20 years" holds 23 years."""
    x, y = _magnitude(a, slot), _magnitude(b, slot)
    if x is None or y is None:
        return False
    ba, bb = a.fact.attrs.get("bound"), b.fact.attrs.get("bound")
    if ba == bb == "min" or ba == bb == "max":
        return False                 # "more than 13 hours" vs "more than 17 hours": two claims
    for (p, bp), (q, _) in (((x, ba), (y, bb)), ((y, bb), (x, ba))):
        if bp == "min" and q >= p or bp == "max" and q <= p:
            return True
    if "approx" in (ba, bb):
        return abs(x - y) <= APPROX_TOLERANCE * max(abs(x), abs(y), 1e-9)
    return False


#: "about 11:15" is compatible with 11:20; exact clock times must be equal.
APPROX_MINUTES = 10
#: Two clock times further apart than this are two moments (landing vs arrival at a venue is
#: often an hour; a source that gets one moment wrong is usually off by less).
MAX_TIME_GAP_MINUTES = 90


def _minutes(v: "_Val") -> int | None:
    try:
        h, m = str(v.key).split(":")
        return int(h) * 60 + int(m)
    except ValueError:
        return None


def _time_gap(a: "_Val", b: "_Val") -> int | None:
    x, y = _minutes(a), _minutes(b)
    if x is None or y is None:
        return None
    d = abs(x - y)
    return min(d, 24 * 60 - d)


def _compatible(slot: str, a: _Val, b: _Val) -> bool:
    if slot == "date":
        return _dates_compatible(str(a.key), str(b.key))
    if slot == "other":
        gap = _time_gap(a, b)
        approx = "approx" in (a.fact.attrs.get("bound"), b.fact.attrs.get("bound"))
        return gap is not None and gap <= (APPROX_MINUTES if approx else 0)
    if slot in ("duration", "quantity") and _within_bounds(slot, a, b):
        return True
    if slot == "duration":
        return _same_duration(str(a.key), str(b.key))
    if slot == "money":
        va, vb = a.fact.value, b.fact.value
        if va.get("currency") != vb.get("currency"):
            return True                      # different currencies are not compared blindly
        x, y = float(va.get("amount") or 0), float(vb.get("amount") or 0)
        est = a.fact.attrs.get("estimate") or b.fact.attrs.get("estimate")
        tol = ESTIMATE_TOLERANCE if est else MONEY_TOLERANCE
        return abs(x - y) <= tol * max(abs(x), abs(y), 1e-9)
    return a.key == b.key


def _same(slot: str, a: _Val, b: _Val) -> bool:
    if slot in FRAMED and not agreeable(a.frame, b.frame):
        return False
    if slot == "money":
        return _compatible(slot, a, b) and a.fact.value.get("currency") == b.fact.value.get("currency")
    if slot == "date":
        return str(a.key) == str(b.key)
    if slot == "duration":
        return _same_duration(str(a.key), str(b.key))
    return a.key == b.key


def _values(claims: Iterable[Claim], slot: str) -> list[_Val]:
    out = []
    for c in claims:
        for f in c.facts:
            if SLOT_OF.get(f.type) != slot or f.value is None:
                continue
            if f.type == "number" and frame_of(f) is None:
                continue                 # a bare number is compared only when framed ("magnitude 7.8")
            if slot in ("date", "other") and not isinstance(f.value, str):
                continue
            if slot == "money" and not (isinstance(f.value, dict) and f.value.get("amount") is not None):
                continue
            out.append(_Val(f, c, _key(f)))
    return out


def _evidence(v: _Val) -> Evidence:
    return Evidence(doc=v.doc, claim=v.claim.id, start=v.fact.start, end=v.fact.end, text=v.fact.text,
                    value=v.fact.value, language=v.claim.language)


def _show(v: _Val) -> str:
    estimate = isinstance(v.fact.value, dict) and "amount" in v.fact.value and v.fact.attrs.get("estimate")
    return value_text(v.fact.value, bool(estimate))


def _pair_score(cluster: Cluster, a: str, b: str) -> float:
    scores = cluster.pair_scores or {}
    return float(scores.get(f"{a}|{b}", scores.get(f"{b}|{a}", 0.0)))


class _Ids:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> str:
        self.n += 1
        return f"f{self.n}"


#: Thresholds below were chosen by scripts/sweep_compare.py over every dev corpus at once
#: (table: docs/sweeps/compare.md).
#: Beyond these ratios two values are about different things, not a disagreement about one:
#: "3 drones" vs "4 drones" contradict; "21,000 dead" vs "5 million displaced" do not.
MAX_RATIO = {"quantity": 5.0, "money": 2.5, "duration": 2.0}
#: Two full dates further apart than this are different events (a source that gets the day wrong
#: is off by days, not months).
MAX_DATE_GAP_DAYS = 14
MAX_ORDINAL_GAP = 3
#: Two magnitudes further apart than this are two quakes (agencies differ by a few tenths).
MAX_MAGNITUDE_GAP = 0.5


def _number(v: _Val) -> float | None:
    val = v.fact.value
    if isinstance(val, dict):
        val = val.get("amount", val.get("count"))
    return float(val) if isinstance(val, (int, float)) else None


#: Slots whose values carry a frame (what is counted, what lasts, what is first).
FRAMED = ("quantity", "duration", "ordinal", "other")


def _scale_slip(ratio: float) -> bool:
    """"50 juta" vs "50 000 millions": the same figure a thousand (or million) times off is a
    scale error in one source, one of the disagreements a fact-checker most wants to see."""
    return any(abs(ratio - k) <= 1e-9 * k for k in (1e3, 1e6, 1e9))


def _comparable(slot: str, a: _Val, b: _Val) -> bool:
    """Could these two values be two reports of one thing (so that a difference is a conflict)?

    Only values of one frame are ever compared (:func:`_by_frame` groups them first).
    """
    if slot == "duration":
        if ("/" in str(a.key)) != ("/" in str(b.key)):
            return False          # a length ("P2D") and an interval ("2021-11-23/..") differ in kind
        x, y = _magnitude(a, slot), _magnitude(b, slot)
        return bool(x and y) and max(x, y) / min(x, y) <= MAX_RATIO["duration"]
    if slot == "date":
        if not roles_agree(fact_role(a.claim, a.fact), fact_role(b.claim, b.fact)):
            return False          # "arrived on Tuesday" is not contradicted by "signed on Wednesday"
        ka, kb = str(a.key), str(b.key)
        if len(ka) != len(kb) or ka.startswith("--") != kb.startswith("--"):
            return False          # "October" vs "24 November", or a date without its year ("--11-24")
        if len(ka) < 10 and (a.fact.attrs.get("relative") or b.fact.attrs.get("relative")):
            return False          # "last year" resolved to a year is too loose to accuse anyone
        if len(ka) == 10 and len(kb) == 10:
            import datetime as _dt

            return abs((_dt.date.fromisoformat(ka) - _dt.date.fromisoformat(kb)).days) <= MAX_DATE_GAP_DAYS
        return True
    if slot == "ordinal":
        try:
            return abs(int(a.key) - int(b.key)) <= MAX_ORDINAL_GAP
        except (TypeError, ValueError):
            return False
    if slot == "other":
        gap = _time_gap(a, b)
        return gap is not None and gap <= MAX_TIME_GAP_MINUTES
    if a.frame == "magnitude":
        x, y = _number(a), _number(b)
        return x is not None and y is not None and abs(x - y) <= MAX_MAGNITUDE_GAP
    if slot in MAX_RATIO:
        x, y = _number(a), _number(b)
        if x is None or y is None or x <= 0 or y <= 0:
            return False
        ratio = max(x, y) / min(x, y)
        return ratio <= MAX_RATIO[slot] or (slot in ("money", "quantity") and _scale_slip(ratio))
    return True


#: Same-language contexts this alike (rapidfuzz token-sort ratio, digits and punctuation masked)
#: are one statement quoted twice.
NEAR_IDENTICAL_RATIO = 85
_DIGITS = re.compile(r"[\d\u0660-\u0669]+(?:[.,\u00a0\u202f]\d+)*")
_PUNCT = re.compile(r"[^\w#\s]+")


def _near_identical(a: _Val, b: _Val) -> bool:
    """"Total ada 130 korban meninggal dunia," kata X / "Total ada 187 korban ...", kata X."""
    if a.claim.language != b.claim.language:
        return False
    wa, wb = (_PUNCT.sub(" ", _DIGITS.sub("#", context_window(v.claim, v.fact))).lower() for v in (a, b))
    return fuzz.token_sort_ratio(wa, wb) >= NEAR_IDENTICAL_RATIO


AsOf = Callable[[_Val], frozenset]


def as_of_days(anchors: Mapping[str, Anchor] | None) -> AsOf:
    """When a figure was stated: the days its claim names, else its article's reference date."""
    def as_of(v: _Val) -> frozenset:
        days = frozenset(f.value for f in v.claim.facts
                         if f.type == "date" and isinstance(f.value, str) and len(f.value) == 10)
        if days:
            return days
        anchor = (anchors or {}).get(v.doc)
        return frozenset({anchor.date.isoformat()}) if anchor is not None and anchor.date else frozenset()
    return as_of


def _at_other_times(a: _Val, b: _Val, as_of: AsOf | None) -> bool:
    """Two snapshots of a running tally ("5 dead by Sunday", "14 dead as of Tuesday")."""
    if as_of is None or not is_tally(a.frame):
        return False
    ta, tb = as_of(a), as_of(b)
    return bool(ta and tb and not ta & tb)


def _slot_pairs(cluster: Cluster, vals: list[_Val], slot: str, similarity: ContextSimilarity | None,
                pair_stats: dict, paired: set, as_of: AsOf | None = None) -> list[tuple[_Val, _Val, float]]:
    """Group the cluster's values into points (at most one value per document), then compare.

    Equal values join first, best context first ("$30 million" in two sources is one point).
    The rest join when they are each other's best match by context across their two documents
    (mutual best, like claim alignment), provided every pair of values in the joined point is
    compatible or a plausible contradiction between confidently aligned claims and contexts.
    A point holding incompatible values is a conflict. Grouping across all documents at once
    lets "$42 million" = "42 مليون دولار" keep the French "45 millions" from pairing with the
    runner-up's "30 millions".
    """
    n = len(vals)
    sims: dict[tuple[int, int], float] = {}
    for i, j in itertools.combinations(range(n), 2):
        va, vb = vals[i], vals[j]
        if va.doc == vb.doc:
            continue
        sims[(i, j)] = (similarity(context_window(va.claim, va.fact), context_window(vb.claim, vb.fact))
                        if similarity is not None else _pair_score(cluster, va.claim.id, vb.claim.id))
    point = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def can_contradict(x: int, y: int) -> bool:
        va, vb = vals[x], vals[y]
        context = sims[(min(x, y), max(x, y))]
        return (_comparable(slot, va, vb) and not _at_other_times(va, vb, as_of)
                and _pair_score(cluster, va.claim.id, vb.claim.id) >= CONFLICT_MIN_SCORE
                and (similarity is None or context >= CONTEXT_MIN_SIMILARITY)
                and (not needs_close_context(va.frame) or context >= TALLY_MIN_CONTEXT
                     or _near_identical(va, vb)))

    def join(i: int, j: int, equal_only: bool) -> None:
        a, b = point[i], point[j]
        if a == b or {vals[m].doc for m in members[a]} & {vals[m].doc for m in members[b]}:
            return
        for x in members[a]:
            for y in members[b]:
                if _compatible(slot, vals[x], vals[y]):
                    continue
                if equal_only or not can_contradict(x, y):
                    return
        for m in members[b]:
            point[m] = a
        members[a] += members.pop(b)

    ranked = sorted(((s, i, j) for (i, j), s in sims.items()), reverse=True)
    equal_in: set[tuple[int, str]] = set()    # (value, other document) already matched by an equal value
    for _, i, j in ranked:
        if _same(slot, vals[i], vals[j]):
            join(i, j, equal_only=True)
            if point[i] == point[j]:
                equal_in |= {(i, vals[j].doc), (j, vals[i].doc)}
    # The rest pair only as mutual best matches across their two documents, among values that
    # could be readings of one thing (compatible, or plausibly contradicting).
    best: dict[tuple[int, str], int] = {}
    for _, i, j in ranked:
        if (i, vals[j].doc) in equal_in or (j, vals[i].doc) in equal_in:
            continue
        if not (_compatible(slot, vals[i], vals[j]) or _comparable(slot, vals[i], vals[j])):
            continue
        best.setdefault((i, vals[j].doc), j)
        best.setdefault((j, vals[i].doc), i)
    for _, i, j in ranked:
        if best.get((i, vals[j].doc)) == j and best.get((j, vals[i].doc)) == i:
            join(i, j, equal_only=False)
    out = []
    for group in members.values():
        if len(group) > 1:
            paired.update(_span_key(_evidence(vals[m])) for m in group)
        for x, y in itertools.combinations(sorted(group), 2):
            va, vb = vals[x], vals[y]
            stats = pair_stats[tuple(sorted((va.doc, vb.doc)))]
            stats["shared"] += 1
            if _compatible(slot, va, vb):
                stats["agree"] += 1
            else:
                stats["conflict"] += 1
                out.append((va, vb, sims[(x, y)]))
    return out


def _conflict_finding(cluster: Cluster, slot: str, conflicts: list[tuple[_Val, _Val, float]], fid: str) -> Finding:
    """One finding per cluster and slot; each side = the values that agree with each other."""
    vals: list[_Val] = []
    for va, vb, _ in conflicts:
        for v in (va, vb):
            if not any(v.fact is w.fact for w in vals):
                vals.append(v)
    sides: list[list[_Val]] = []
    for v in sorted(vals, key=lambda v: -len(str(v.key))):
        for side in sides:
            if all(_compatible(slot, v, o) for o in side):
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
    return f"{kind} of {what}"


def _update_findings(cluster: Cluster, vals: list[_Val], slot: str, as_of: AsOf | None,
                     new_id: _Ids, paired: set) -> list[Finding]:
    """A running tally given at different times: an update, never a conflict."""
    if as_of is None:
        return []
    by_frame: dict[str, list[_Val]] = defaultdict(list)
    when: dict[int, str] = {}
    for v in vals:
        days = as_of(v) if is_tally(v.frame) else frozenset()
        if days:
            by_frame[str(v.frame)].append(v)
            when[id(v)] = min(days)
    out = []
    for frame, vs in sorted(by_frame.items()):
        snapshots = sorted({(when[id(v)], str(v.key)) for v in vs})
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
                      paired: set, as_of: AsOf | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for slot in COMPARED:
        vals = _values(claims, slot)
        for group in _by_frame(slot, vals):
            findings += _frame_findings(cluster, slot, group, new_id, pair_stats, similarity, paired, as_of)
        findings += _agreements(cluster, slot, vals, new_id)
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
                    similarity: ContextSimilarity | None, paired: set, as_of: AsOf | None) -> list[Finding]:
    """Conflicts and updates among one cluster's values of one slot and frame."""
    if len({v.doc for v in vals}) < 2:
        return []
    findings: list[Finding] = []
    conflicts = _slot_pairs(cluster, vals, slot, similarity, pair_stats, paired, as_of)
    if conflicts:
        findings.append(_conflict_finding(cluster, slot, conflicts, new_id()))
    findings += _update_findings(cluster, vals, slot, as_of, new_id, paired)
    return findings


def _agreements(cluster: Cluster, slot: str, vals: list[_Val], new_id: _Ids) -> list[Finding]:
    """A value given by two or more documents (frames that name different things never agree)."""
    findings: list[Finding] = []
    groups: list[list[_Val]] = []
    for v in vals:
        for g in groups:
            if _same(slot, g[0], v):
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
            if f.type == "entity" and f.value and not str(f.value).startswith("place:"):
                mentions[str(f.value)].setdefault(c.doc_id + "\x00" + f.text.strip(), _Val(f, c, f.value))
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
                   paired: set) -> list[Finding]:
    """Checkable values no other source speaks to.

    A typed value (amount, count, date, ordinal) is spoken to when another source's value joined
    it as one point (agreeing or contradicting) or gives the same value; "$440 million in total"
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
            if f.type == "date" and not (isinstance(f.value, str) and len(f.value) == 10):
                continue
            if f.type == "number" and isinstance(f.value, (int, float)) and 1900 <= f.value <= 2100:
                continue
            slot = SLOT_OF[f.type]
            v = _Val(f, c, _key(f))
            others = _values(mates, slot)
            # "compatible" lets other currencies pass; corroboration needs the same currency
            if any((_same(slot, v, o) if slot == "money" else _compatible(slot, v, o))
                   and (slot not in FRAMED or agreeable(v.frame, o.frame)) for o in others):
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


def value_text(value: Any, estimate: bool = False) -> str:
    """A normalized value as people read it: "48,000,000 USD", "~50,000,000 USD", "3 drones".

    The one value formatter: finding summaries, every report format and ``check`` messages all
    write values with it, so one value never reads two ways.
    """
    if isinstance(value, dict) and "amount" in value:
        amt = value.get("amount")
        if isinstance(amt, (int, float)):
            amt = f"{amt:,.0f}" if float(amt).is_integer() else f"{amt:,}"
        return ("~" if estimate else "") + f"{amt} {value.get('currency') or '?'}"
    if isinstance(value, dict) and "count" in value:
        return f"{value['count']} {value.get('unit') or ''}".strip()
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None:
        return "(unresolved)"
    return str(value)


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
            by_value[json.dumps(e.value, sort_keys=True, default=str)].append(e)
        sides = sorted(by_value.values(), key=lambda side: (-len({e.doc for e in side}), str(side[0].value)))
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
            anchors: Mapping[str, Anchor] | None = None) -> tuple[list[Finding], dict]:
    """Findings (conflicts first) and the consistency figures.

    ``similarity(text_a, text_b)`` scores how well the contexts of two values align (the
    pipeline passes the embedder's cosine); without it, the claims' pair score stands in.
    ``anchors`` (doc id -> reference date) date running tallies, so that a later figure is an
    update rather than a conflict; without them tallies are compared as any count.
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
        findings += _cluster_findings(k, members, new_id, pair_stats, similarity, paired, as_of)
    findings = _merge_conflicts(_deduplicate(findings))
    findings += entity_conflicts(clusters, by_id, new_id, CONFLICT_MIN_SCORE, _pair_score)
    findings += _variant_findings(claims, new_id)
    findings += _single_source(claims, clusters, new_id, paired)
    findings += weekday_slips(claims, new_id, {(e.doc, e.start, e.end) for f in findings
                                               if f.kind == "single_source" for e in f.evidence})
    order = {"conflict": 0, "update": 1, "agreement": 2, "variant": 3, "single_source": 4}
    sev = {"high": 0, "medium": 1, "low": 2, "info": 3}
    findings.sort(key=lambda f: (order[f.kind], sev[f.severity], int(f.id[1:])))
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

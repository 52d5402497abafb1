"""The whole pipeline as one function: ``run(paths) -> Report``. The CLI is a thin layer over it."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from typing import Callable, Sequence

import numpy as np

from . import __version__
from .align import align
from .anchor import borrow_anchors, complete_years, document_anchor
from .compare import compare
from .event_agreements import event_agreements
from .config import DEFAULT, AnchorConfig, Config
from .errors import InputError
from .extract import extract_claim_facts
from .org_link import add_org_variants
from .types import (Anchor, Claim, Cluster, Context, Document, EntityRef, Event, Fact, Finding, Report, Skipped,
                    value_to_json)

Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    return None


@dataclasses.dataclass(frozen=True)
class Prepared:
    """Documents turned into claims with facts: everything before embedding."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    anchors: dict
    skipped: tuple[Skipped, ...]


def prepare_documents(documents: Sequence[Document], skipped: Sequence[Skipped] = (), strict: bool = False,
                      progress: Progress = _quiet, today: dt.date | None = None,
                      config: Config = DEFAULT) -> Prepared:
    """Clean, segment, detect language, select claims and extract facts for each document.

    A document that fails (e.g. its language cannot be identified) is skipped with its reason,
    unless ``strict``; what was computed for the others is kept. ``today`` (an input, see
    :class:`reconcile.types.Context`) only bounds the future: no anchor after it.
    """
    from .claims import is_dateline, select_claims
    from .clean import kept_spans
    from .language import detect_document_language
    from .segment import segment

    docs: list[Document] = []
    claims: list[Claim] = []
    anchors: dict[str, Anchor] = {}
    skipped = list(skipped)
    for n, doc in enumerate(documents):
        progress("reading", n, len(documents))
        try:
            language = detect_document_language(doc)
        except InputError as exc:
            if strict:
                raise
            skipped.append(Skipped(doc.path, exc.reason))
            continue
        doc = dataclasses.replace(doc, language=language)
        kept = kept_spans(doc, language)
        sentences = segment(doc, kept, language)
        doc_claims = select_claims(doc, sentences, language)
        anchor = document_anchor(doc, doc_claims, language, today, config.anchor)
        doc_claims = [extract_claim_facts(c, Context(c.language or language, anchor.date, today=today))
                      for c in doc_claims]
        doc_claims = [c for c in doc_claims if not is_dateline(c)]
        docs.append(doc)
        claims.extend(doc_claims)
        anchors[doc.id] = anchor
    progress("reading", len(documents), len(documents))
    return Prepared(tuple(docs), tuple(_renumber(claims)), anchors, tuple(skipped))


def _renumber(claims: Sequence[Claim]) -> list[Claim]:
    return [dataclasses.replace(c, id=f"c{n}") for n, c in enumerate(claims, 1)]


def link_entities(claims: Sequence[Claim], texts: dict[str, str] | None = None) -> list[Claim]:
    """Give entity facts one canonical id across documents, spellings and scripts.

    With ``texts`` (doc id -> raw text), the linker also finds spellings in scripts without
    capitals (Arabic) of names seen in other documents; those become entity facts of the claim
    that contains them.
    """
    try:
        from .link import link_entities as _link
    except ImportError:
        return list(claims)
    mentions = [(c.doc_id, f) for c in claims for f in c.facts if f.type == "entity"]
    if not mentions:
        return list(claims)
    ids = _link(mentions, texts) if texts else _link(mentions)
    known = {(c.doc_id, f.start, f.end) for c in claims for f in c.facts if f.type == "entity"}
    extra: dict[str, list[tuple[int, int, str]]] = {}
    for (doc_id, start, end), eid in ids.items():
        if (doc_id, start, end) not in known:
            extra.setdefault(doc_id, []).append((start, end, eid))
    out = []
    for c in claims:
        facts = [dataclasses.replace(f, value=EntityRef(ids[(c.doc_id, f.start, f.end)]))
                 if f.type == "entity" and (c.doc_id, f.start, f.end) in ids else f for f in c.facts]
        for start, end, eid in extra.get(c.doc_id, ()):
            inside = c.start <= start and end <= c.end
            if inside and not any(f.type == "entity" and f.start < end and start < f.end for f in facts):
                facts.append(Fact("entity", start, end, c.text[start - c.start:end - c.start], EntityRef(eid),
                                  "entity.cross_script_link", {"kind": eid.split(":", 1)[0]}))
        facts.sort(key=lambda f: (f.start, f.end))
        out.append(dataclasses.replace(c, facts=tuple(facts)))
    return out


class ContextSimilarity:
    """Cosine between embedded context windows of facts, each text embedded once."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.vectors: dict[str, np.ndarray] = {}

    def prefetch(self, texts) -> None:
        missing = sorted({t for t in texts if t not in self.vectors})
        if missing:
            for t, v in zip(missing, self.embedder.encode(missing)):
                self.vectors[t] = v

    def __call__(self, a: str, b: str) -> float:
        self.prefetch([a, b])
        return float(self.vectors[a] @ self.vectors[b])


def context_similarity(embedder, claims: Sequence[Claim], clusters,
                       words: int = DEFAULT.compare.context_words) -> ContextSimilarity | None:
    """A similarity for ``compare``, with the contexts of every clustered fact embedded in one batch."""
    if embedder is None:
        return None
    from .compare import COMPARED, SLOT_OF, context_window

    sim = ContextSimilarity(embedder)
    clustered = {cid for k in clusters for cid in k.claim_ids}
    sim.prefetch(context_window(c, f, words) for c in claims if c.id in clustered for f in c.facts
                 if SLOT_OF.get(f.type) in COMPARED)
    return sim


def apply_currency_context(claims: Sequence[Claim]) -> list[Claim]:
    """Amounts in a currency name several countries share ("50 مليون روبية", "roupies") take the
    currency of the country their article (else the whole input) names most."""
    from collections import Counter

    from .facts.gazetteer import countries_named
    from .facts.money import resolve_currency_families

    money: dict[str, list[Fact]] = {}
    for c in claims:
        for f in c.facts:
            if f.type == "money" and f.attrs.get("currency_family"):
                money.setdefault(c.doc_id, []).append(f)
    if not money:                 # most inputs: no need to read every claim for countries
        return list(claims)
    countries: dict[str, Counter] = {}
    for c in claims:
        named = countries.setdefault(c.doc_id, Counter())
        named.update(countries_named(c.text))
        named.update(f.attrs["country"] for f in c.facts
                     if f.type == "entity" and f.attrs and f.attrs.get("country"))
    iso = resolve_currency_families(money, countries)
    out = []
    for c in claims:
        facts = tuple(dataclasses.replace(f, value=dataclasses.replace(f.value, currency=iso[(c.doc_id, f.start, f.end)]),
                                          attrs={**f.attrs, "currency_from": "article countries"})
                      if f.type == "money" and (c.doc_id, f.start, f.end) in iso else f for f in c.facts)
        out.append(dataclasses.replace(c, facts=facts) if facts != c.facts else c)
    return out


def reresolve(claims: Sequence[Claim], old: dict, new: dict) -> list[Claim]:
    """Re-extract facts of documents whose anchor changed (borrowed), so their dates resolve.

    Entities do not depend on the anchor: the claim keeps its linked entity facts (so linking
    need not run again), except where a newly resolved date or number now covers the words.
    """
    out = []
    for c in claims:
        if new.get(c.doc_id) is not old.get(c.doc_id) and new[c.doc_id].date is not None:
            fresh = [f for f in extract_claim_facts(c, Context(c.language, new[c.doc_id].date)).facts
                     if f.type != "entity"]
            kept = [f for f in c.facts if f.type == "entity"
                    and not any(g.start < f.end and f.start < g.end for g in fresh)]
            c = dataclasses.replace(c, facts=tuple(sorted(fresh + kept, key=lambda f: (f.start, f.end))))
        out.append(c)
    return out


def settle_anchors(claims: Sequence[Claim], clusters, anchors: dict,
                   documents: Sequence[Document], cfg: AnchorConfig = DEFAULT.anchor) -> tuple[list[Claim], dict]:
    """Anchors after a first alignment, and the claims re-resolved against them.

    A dateline without its year ("Rabu (24/11)") first takes the year its aligned sources
    report, so that document then dates the others like any dated document; documents with no
    date at all then borrow one (:mod:`reconcile.anchor`).
    """
    languages = {d.id: d.language or "en" for d in documents}
    own = complete_years(anchors, claims, clusters, languages, cfg)
    claims = reresolve(claims, anchors, own)
    settled = borrow_anchors(own, claims, clusters, cfg)
    return reresolve(claims, own, settled), settled


def _backends(embedder, n_claims: int) -> dict | None:
    """The embedding backends and the one that embedded the claims (batch size decides, see
    ``embed.RoutedEmbedder``); None for a single-backend embedder."""
    info = embedder.info() if hasattr(embedder, "info") else {}
    if not info.get("backends"):
        return None
    return {**info["backends"], "claims": embedder.backend_for(n_claims)}


def run(paths: Sequence[str], *, model: str | None = None, device: str | None = None,
        cache_dir: str | None = None, strict: bool = False, embedder=None,
        progress: Progress = _quiet, today: dt.date | None = None, generated: str | None = None,
        max_bytes: int | None = None, one_event: bool = False, config: Config = DEFAULT) -> Report:
    """Read articles (files/folders), group them into events (stories), and report per event
    which claims they share and where they differ (``one_event``: the input is one story).

    The report is a function of its inputs: ``today`` (the reference day, recorded in the
    metadata; None = no bound on future dates) and ``generated`` (a timestamp to record, if
    any) are given, never read from the clock here. ``config``: every threshold (recorded whole in
    the metadata); ``max_bytes`` overrides ``config.limits.max_bytes``.
    """
    from .ingest import load_documents

    documents, skipped = load_documents(list(paths), strict=strict, max_bytes=max_bytes or config.limits.max_bytes)
    if not documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise InputError(", ".join(map(str, paths)), f"no usable document ({reasons})" if reasons else "no documents found")
    return run_documents(documents, skipped, model=model, device=device, cache_dir=cache_dir, strict=strict,
                         embedder=embedder, progress=progress, today=today,
                         generated=generated, one_event=one_event, config=config)


def cite_once(finding: Finding) -> Finding:
    """A claim is cited once per value (its first span): the same sentence quoted twice on one
    side reads as two sources."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for ev in finding.evidence:
        key = (ev.claim, json.dumps(value_to_json(ev.value), sort_keys=True, default=str))
        if key not in seen:
            seen.add(key)
            kept.append(ev)
    return finding if len(kept) == len(finding.evidence) else dataclasses.replace(finding, evidence=tuple(kept))


def run_documents(documents: Sequence[Document], skipped: Sequence[Skipped] = (), *, model: str | None = None,
                  device: str | None = None, cache_dir: str | None = None, strict: bool = False,
                  embedder=None, progress: Progress = _quiet, today: dt.date | None = None,
                  generated: str | None = None, one_event: bool = False, config: Config = DEFAULT) -> Report:
    """Prepare documents, then :func:`run_prepared`."""
    prepared = prepare_documents(documents, skipped, strict=strict, progress=progress, today=today, config=config)
    return run_prepared(prepared, model=model, device=device, cache_dir=cache_dir, embedder=embedder,
                        progress=progress, today=today, generated=generated, one_event=one_event, config=config)


def run_prepared(prepared: Prepared, *, model: str | None = None, device: str | None = None,
                 cache_dir: str | None = None, embedder=None, progress: Progress = _quiet,
                 today: dt.date | None = None, generated: str | None = None, one_event: bool = False,
                 config: Config = DEFAULT) -> Report:
    """Everything after the per-document stages: embed, then :func:`analyse` (the part that sees
    all documents at once; :mod:`reconcile.distributed` prepares them on a cluster)."""
    if not prepared.documents:   # e.g. a sole article in an unsupported language: an error, not an empty report
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in prepared.skipped[:3])
        raise InputError(", ".join(sorted({s.path for s in prepared.skipped})) or "input",
                         f"no usable document ({reasons})" if reasons else "no usable document")
    if embedder is None and prepared.claims:
        from .embed import load_embedder

        embedder = load_embedder(model, device=device, cache_dir=cache_dir)
    claims = prepared.claims
    progress("embedding", 0, len(claims))
    emb = embedder.encode([c.text for c in claims]) if claims else np.zeros((0, 1), dtype=np.float32)
    progress("embedding", len(claims), len(claims))
    return analyse(prepared, emb, embedder, progress=progress, today=today, generated=generated,
                   one_event=one_event, config=config)


def analyse(prepared: Prepared, embeddings: np.ndarray, embedder=None, *,
            progress: Progress = _quiet, today: dt.date | None = None, generated: str | None = None,
            extra_metadata: dict | None = None, one_event: bool = False, config: Config = DEFAULT) -> Report:
    """The report of prepared documents whose claims are already embedded (row i = claim i).

    The one core of ``report`` and ``check``: entity linking with the texts, grouping into
    events (unless ``one_event``), then per event two alignment passes around anchor borrowing
    and compare with embedded context similarity, so no cluster or finding spans two events.
    ``check`` calls it with corpus documents and vectors taken from its index.
    """
    texts = {d.id: d.text for d in prepared.documents}
    claims = apply_currency_context(link_entities(prepared.claims, texts))
    emb = np.asarray(embeddings, dtype=np.float32)
    progress("grouping", 0, 1)
    events = _events(prepared, claims, emb, one_event, config)
    progress("grouping", 1, 1)
    progress("aligning", 0, 1)
    if len(events) <= 1:
        claims, clusters, findings, consistency, anchors = reconcile_event(
            claims, emb, prepared.anchors, prepared.documents, embedder, config)
    else:
        claims, clusters, findings, consistency, anchors = _reconcile_events(
            events, claims, emb, prepared, embedder, config)
    progress("aligning", 1, 1)
    from .events import dated

    events = dated(events, anchors)
    metadata = {
        "tool": "reconcile", "version": __version__,
        **({"generated": generated} if generated else {}),
        "today": today.isoformat() if today else None,
        "model": getattr(embedder, "name", type(embedder).__name__) if embedder is not None else None,
        "model_fingerprint": getattr(embedder, "fingerprint", None),
        "similarity": getattr(embedder, "similarity", "cosine"),
        "embedding_backends": _backends(embedder, len(claims)),
        "align": dataclasses.asdict(config.align),
        "events": {"grouped": not one_event, **dataclasses.asdict(config.events)},
        "config": config.to_dict(),
        **(extra_metadata or {}),
    }
    return Report(documents=prepared.documents, claims=tuple(claims), clusters=tuple(clusters),
                  findings=tuple(findings), skipped=prepared.skipped, anchors=anchors,
                  consistency=consistency, metadata=metadata, events=events)


def _events(prepared: Prepared, claims: Sequence[Claim], emb: np.ndarray, one: bool,
            config: Config) -> tuple[Event, ...]:
    from .events import group_events, one_event

    if one or len(prepared.documents) < 2:
        return one_event(prepared.documents, claims, emb, prepared.anchors, config.events)
    return group_events(prepared.documents, claims, emb, prepared.anchors, config.events)


def reconcile_event(claims: Sequence[Claim], emb: np.ndarray, anchors: dict, documents: Sequence[Document],
                    embedder, config: Config = DEFAULT):
    """Align and compare the claims of one event: (claims, clusters, findings, consistency, anchors)."""
    # Two passes: documents without their own anchor borrow one from the documents they align
    # with; their weekday and relative dates then resolve, and count as evidence in pass two.
    first = align(claims, emb, anchors, config.align)
    claims, settled = settle_anchors(claims, first, anchors, documents, config.anchor)
    claims = apply_currency_context(claims)
    clusters = align(claims, emb, settled, config.align)
    similarity = context_similarity(embedder, claims, clusters, config.compare.context_words)
    findings, consistency = compare(claims, clusters, documents, similarity, settled, config.compare)
    findings = add_org_variants(findings, claims, embedder.encode if embedder is not None else None,
                                config.compare.org_min_cosine)
    findings = event_agreements(claims, findings, config.compare)
    return claims, clusters, [cite_once(f) for f in findings], consistency, settled


_CLUSTER_ID = re.compile(r"\bk\d+\b")


def _reconcile_events(events: Sequence[Event], claims: Sequence[Claim], emb: np.ndarray, prepared: Prepared,
                      embedder, config: Config):
    """Reconcile each event apart, then number clusters and findings across events.

    A document in several events (a round-up) keeps the claims, facts and anchor of its first.
    """
    final: dict[str, Claim] = {}
    anchors: dict[str, Anchor] = {}
    clusters: list[Cluster] = []
    findings: list[Finding] = []
    consistency: dict = {"formula": None, "agreements": 0, "conflicts": 0, "pairs": {}, "coverage": {},
                         "events": {}}
    for event in events:
        members = set(event.documents)
        rows = [n for n, c in enumerate(claims) if c.doc_id in members]
        sub = [claims[n] for n in rows]
        docs = [d for d in prepared.documents if d.id in members]
        got, ks, fs, cons, anch = reconcile_event(sub, emb[rows], {d: prepared.anchors[d] for d in members},
                                                  docs, embedder, config)
        for c in got:
            final.setdefault(c.id, c)
        for d in event.documents:
            anchors.setdefault(d, anch[d])
        rename = {k.id: f"k{len(clusters) + n}" for n, k in enumerate(ks, 1)}
        clusters += [dataclasses.replace(k, id=rename[k.id]) for k in ks]

        def renamed(text: str) -> str:
            return _CLUSTER_ID.sub(lambda m: rename.get(m.group(), m.group()), text)

        findings += [dataclasses.replace(f, cluster=rename.get(f.cluster, f.cluster),
                                         explanation=tuple(map(renamed, f.explanation))) for f in fs]
        consistency["formula"] = cons["formula"]
        consistency["agreements"] += cons["agreements"]
        consistency["conflicts"] += cons["conflicts"]
        consistency["pairs"].update(cons["pairs"])
        for d, cov in cons["coverage"].items():
            consistency["coverage"].setdefault(d, cov)
        consistency["events"][event.id] = {"overall": cons["overall"], "agreements": cons["agreements"],
                                           "conflicts": cons["conflicts"]}
    total = consistency["agreements"] + consistency["conflicts"]
    consistency["overall"] = consistency["agreements"] / total if total else None
    order = {"conflict": 0, "update": 1, "agreement": 2, "variant": 3, "single_source": 4}
    sev = {"high": 0, "medium": 1, "low": 2, "info": 3}
    findings.sort(key=lambda f: (order[f.kind], sev[f.severity]))
    findings = [dataclasses.replace(f, id=f"f{n}") for n, f in enumerate(findings, 1)]
    return [final.get(c.id, c) for c in claims], clusters, findings, consistency, {
        d.id: anchors.get(d.id, prepared.anchors[d.id]) for d in prepared.documents}

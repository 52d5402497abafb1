"""The whole pipeline as one function: ``run(paths) -> Report``. The CLI is a thin layer over it."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Callable, Sequence

import numpy as np

from . import __version__
from .align import AlignConfig, align
from .anchor import borrow_anchors, document_anchor
from .compare import compare
from .errors import InputError
from .extract import extract_claim_facts
from .types import Anchor, Claim, Context, Document, Fact, Report, Skipped

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
                      progress: Progress = _quiet) -> Prepared:
    """Clean, segment, detect language, select claims and extract facts for each document.

    A document that fails (e.g. its language cannot be identified) is skipped with its reason,
    unless ``strict``; what was computed for the others is kept.
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
        anchor = document_anchor(doc, doc_claims, language)
        doc_claims = [extract_claim_facts(c, Context(c.language or language, anchor.date)) for c in doc_claims]
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
        from .facts.entity import link_entities as _link
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
        facts = [dataclasses.replace(f, value=ids.get((c.doc_id, f.start, f.end), f.value))
                 if f.type == "entity" else f for f in c.facts]
        for start, end, eid in extra.get(c.doc_id, ()):
            inside = c.start <= start and end <= c.end
            if inside and not any(f.type == "entity" and f.start < end and start < f.end for f in facts):
                facts.append(Fact("entity", start, end, c.text[start - c.start:end - c.start], eid,
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


def context_similarity(embedder, claims: Sequence[Claim], clusters) -> ContextSimilarity | None:
    """A similarity for ``compare``, with the contexts of every clustered fact embedded in one batch."""
    if embedder is None:
        return None
    from .compare import COMPARED, SLOT_OF, context_window

    sim = ContextSimilarity(embedder)
    clustered = {cid for k in clusters for cid in k.claim_ids}
    sim.prefetch(context_window(c, f) for c in claims if c.id in clustered for f in c.facts
                 if SLOT_OF.get(f.type) in COMPARED)
    return sim


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


def run(paths: Sequence[str], *, model: str | None = None, device: str | None = None,
        cache_dir: str | None = None, strict: bool = False, embedder=None,
        align_config: AlignConfig = AlignConfig(), progress: Progress = _quiet) -> Report:
    """Read articles (files/folders), and report which claims they share and where they differ."""
    from .ingest import load_documents

    documents, skipped = load_documents(list(paths), strict=strict)
    if not documents:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise InputError(", ".join(map(str, paths)), f"no usable document ({reasons})" if reasons else "no documents found")
    return run_documents(documents, skipped, model=model, device=device, cache_dir=cache_dir, strict=strict,
                         embedder=embedder, align_config=align_config, progress=progress)


def run_documents(documents: Sequence[Document], skipped: Sequence[Skipped] = (), *, model: str | None = None,
                  device: str | None = None, cache_dir: str | None = None, strict: bool = False,
                  embedder=None, align_config: AlignConfig = AlignConfig(),
                  progress: Progress = _quiet) -> Report:
    prepared = prepare_documents(documents, skipped, strict=strict, progress=progress)
    return run_prepared(prepared, model=model, device=device, cache_dir=cache_dir, embedder=embedder,
                        align_config=align_config, progress=progress)


def run_prepared(prepared: Prepared, *, model: str | None = None, device: str | None = None,
                 cache_dir: str | None = None, embedder=None, align_config: AlignConfig = AlignConfig(),
                 progress: Progress = _quiet) -> Report:
    """Everything after the per-document stages: link, embed, align, compare (the part that sees
    all documents at once; :mod:`reconcile.distributed` prepares them on a cluster)."""
    texts = {d.id: d.text for d in prepared.documents}
    claims = link_entities(prepared.claims, texts)
    if embedder is None and claims:
        from .embed import load_embedder

        embedder = load_embedder(model, device=device, cache_dir=cache_dir)
    progress("embedding", 0, len(claims))
    emb = embedder.encode([c.text for c in claims]) if claims else np.zeros((0, 1), dtype=np.float32)
    progress("embedding", len(claims), len(claims))
    progress("aligning", 0, 1)
    # Two passes: documents without their own anchor borrow one from the documents they align
    # with; their weekday and relative dates then resolve, and count as evidence in pass two.
    first = align(claims, emb, prepared.anchors, align_config)
    anchors = borrow_anchors(prepared.anchors, claims, first)
    claims = reresolve(claims, prepared.anchors, anchors)
    clusters = align(claims, emb, anchors, align_config)
    progress("aligning", 1, 1)
    findings, consistency = compare(claims, clusters, prepared.documents,
                                    context_similarity(embedder, claims, clusters))
    metadata = {
        "tool": "reconcile", "version": __version__,
        "generated": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "model": getattr(embedder, "name", type(embedder).__name__) if embedder is not None else None,
        "model_fingerprint": getattr(embedder, "fingerprint", None),
        "similarity": getattr(embedder, "similarity", "cosine"),
        "align": dataclasses.asdict(align_config),
    }
    return Report(documents=prepared.documents, claims=tuple(claims), clusters=tuple(clusters),
                  findings=tuple(findings), skipped=prepared.skipped, anchors=anchors,
                  consistency=consistency, metadata=metadata)

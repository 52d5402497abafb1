"""``reconcile check``: a CI gate that compares new articles with a corpus and fails on new conflicts.

Why not simply ``run(corpus + new)``? A corpus of thousands of articles cannot be re-read,
re-embedded and re-aligned for every pull request. The corpus lives in an index
(:mod:`reconcile.index`); each new claim asks the vector index for its top-k nearest corpus claims
(no scan), and the few corpus documents those neighbours belong to, as stored (prepared claims,
own anchors, vectors), go with the new articles through the report's own core,
:func:`reconcile.pipeline.analyse` (two alignment passes around anchors, entity linking with the
texts, compare with embedded context similarity). So ``check`` finds what ``report`` finds: its
findings are exactly those of that report that involve a new article. A conflict on a point
the corpus already disputes is ``known``; one whose fingerprint is in the baseline file is
``baselined``; the rest are ``new``.

Exit codes: 0 no new conflict at/above ``fail_on``; 1 new conflicts; 2 usage or input error.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Literal, Mapping, Sequence

import numpy as np

from .config import DEFAULT, AlignConfig, Config
from .errors import EXIT_CONFLICTS, EXIT_OK, CacheError, InputError
from .index import (DB_NAME, REBUILD_HINT, Index, Stored, StoredFirst, is_index_dir, looks_like_index, sha256_text,
                    update_index)
from .types import Anchor, Claim, Document, Evidence, Finding, Report, Skipped, value_to_json

if TYPE_CHECKING:
    from .pipeline import Prepared

Status = Literal["new", "known", "baselined"]
FAIL_ON = ("high", "medium", "low")
_RANK = {"high": 0, "medium": 1, "low": 2, "info": 3}
DEFAULT_CACHE = ".reconcile-cache"


@dataclasses.dataclass(frozen=True)
class CheckFinding:
    """A finding that involves a new article, with its status and a stable fingerprint."""

    finding: Finding
    status: Status
    fingerprint: str
    new_docs: tuple[str, ...]          # the new articles it is about (see :func:`offenders`)
    message: str                       # quotes the new article's and the corpus article's words
    at: Evidence | None = None         # the new article's words it is about (where annotations point)


@dataclasses.dataclass(frozen=True)
class CheckResult:
    new_documents: tuple[Document, ...]
    corpus_documents: tuple[str, ...]  # corpus documents compared (the sub-corpus)
    findings: tuple[CheckFinding, ...]
    report: Report                     # the report of new + sub-corpus documents
    fail_on: str
    exit_code: int
    skipped: tuple[Skipped, ...] = ()
    metadata: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def conflicts(self) -> tuple[CheckFinding, ...]:
        return tuple(f for f in self.findings if f.finding.kind == "conflict")

    @property
    def failing(self) -> tuple[CheckFinding, ...]:
        """New conflicts at or above the threshold: what makes the check fail."""
        return tuple(f for f in self.conflicts if f.status == "new" and fails(f.finding, self.fail_on))


def fails(f: Finding, fail_on: str) -> bool:
    return _RANK.get(f.severity, 9) <= _RANK[fail_on]


# --------------------------------------------------------------------------- fingerprints & baseline

def fingerprint(f: Finding) -> str:
    """Stable across runs and unrelated edits: kind, slot, document ids, quoted words and values
    (no offsets, claim or finding ids, which change whenever the text around them does)."""
    ev = sorted((e.doc, e.text, json.dumps(value_to_json(e.value), sort_keys=True, ensure_ascii=False, default=str))
                for e in f.evidence)
    key = json.dumps([f.kind, f.slot, sorted({e.doc for e in f.evidence}), ev], ensure_ascii=False)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def load_baseline(path: str | Path, missing_ok: bool = False) -> set[str]:
    """Fingerprints in a baseline file: a JSON list of strings (or ``{"fingerprints": [...]}``)."""
    p = Path(path)
    if p.is_dir():
        raise InputError(str(p), "baseline is a folder, expected a JSON file")
    if not p.is_file():
        if missing_ok:
            return set()
        raise InputError(str(p), "baseline file not found (create it with --update-baseline)")
    try:
        data = json.loads(p.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(str(p), f"baseline is not valid JSON ({exc})") from None
    if isinstance(data, dict):
        data = data.get("fingerprints")
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        raise InputError(str(p), "baseline must be a JSON list of finding fingerprints")
    return set(data)


def write_baseline(path: str | Path, result: CheckResult, keep: Iterable[str] = ()) -> list[str]:
    """Write the current new (and baselined) conflicts, plus ``keep``, so they stop failing."""
    fps = set(keep) | {f.fingerprint for f in result.conflicts if f.status in ("new", "baselined")}
    out = sorted(fps)
    from .atomic import write_text

    write_text(path, json.dumps(out, indent=2) + "\n")
    return out


# --------------------------------------------------------------------------- the sub-corpus run

def _corpus_index(against: str | Sequence[str], embedder, index_dir: str | Path | None,
                  cache_dir: str | Path | None) -> Path:
    """The index to check against: ``against`` itself, or one kept up to date for a corpus folder."""
    paths = [against] if isinstance(against, (str, Path)) else list(against)
    if not paths:
        raise InputError("--against", "no corpus given")
    if len(paths) == 1 and is_index_dir(paths[0]):
        return Path(paths[0])
    if len(paths) == 1 and looks_like_index(paths[0]):
        raise CacheError(f"{paths[0]}: an index folder without its {DB_NAME} (deleted or never written); "
                         f"{REBUILD_HINT}")
    for p in paths:
        if not Path(p).exists():
            raise InputError(str(p), "corpus path not found (expected article files/folders or an index dir)")
    from .ingest import load_documents

    if index_dir is None:
        key = hashlib.sha256("\n".join(sorted(str(Path(p).resolve()) for p in paths)).encode()).hexdigest()[:16]
        index_dir = Path(cache_dir or DEFAULT_CACHE) / "check-index" / key
    docs, skipped = load_documents([str(p) for p in paths])
    if not docs:
        raise InputError(str(paths[0]), "the corpus holds no readable article")
    try:
        update_index(docs, index_dir, embedder, prune=True, skipped=skipped)
    except CacheError:
        # Our own cache (e.g. written by an older schema): rebuild it, keeping readable embeddings.
        update_index(docs, index_dir, embedder, prune=True, skipped=skipped, rebuild=True)
    return Path(index_dir)


def _neighbour_claims(idx: Index, rowids: Iterable[int]) -> dict[int, tuple[Claim, Anchor]]:
    """Corpus claims (facts only) and their documents' anchors, for the event-time veto."""
    from .index import anchor_from_json, fact_from_json

    ids = sorted(set(int(r) for r in rowids))
    out: dict[int, tuple[Claim, Anchor]] = {}
    for lo in range(0, len(ids), 500):
        part = ids[lo:lo + 500]
        for rid, facts, did, anchor in idx.conn.execute(
                "SELECT c.rowid, c.facts, d.id, d.anchor FROM claims c JOIN documents d ON d.rowid = c.doc_rowid "
                f"WHERE c.rowid IN ({','.join('?' * len(part))})", part):
            claim = Claim(id=f"r{rid}", doc_id=did, start=0, end=0, text="", language="",
                          facts=tuple(fact_from_json(f) for f in json.loads(facts)))
            out[rid] = (claim, anchor_from_json(anchor))
    return out


def select_corpus_documents(idx: Index, new_emb: np.ndarray, exclude: set[str],
                            k: int = DEFAULT.check.k_neighbours, max_docs: int = DEFAULT.check.max_corpus_docs,
                            new_claims: Sequence[Claim] = (), new_anchors: Mapping[str, Anchor] | None = None,
                            cfg: AlignConfig = DEFAULT.align) -> list[int]:
    """Rowids of the corpus documents nearest to the new claims (the k nearest documents of each
    claim among its nearest claims with cosine >= ``cfg.min_cosine``, bounded).

    Neighbours that ``align`` would veto (events further apart in time than it allows) are passed
    over before the top k are taken, so a corpus full of similar stories about other events does
    not crowd out the one about this event.
    """
    from .align import _Vetoes

    labels, sims = idx.nearest(new_emb, 4 * k + 8)
    owners = idx.doc_rowids_of_claims(int(x) for x in labels.ravel()) if labels.size else {}
    info = _neighbour_claims(idx, owners) if new_claims else {}
    # Per document: the sum, over new claims, of its best cosine to that claim (documents that
    # match many new claims closely come first; one template-like sentence in common counts little).
    score: dict[int, float] = {}
    for row in range(labels.shape[0]):
        best: dict[int, float] = {}
        for label, sim in zip(labels[row], sims[row]):
            owner = owners.get(int(label))
            if owner is None or owner[1] in exclude:
                continue
            if new_claims and int(label) in info:
                other, anchor = info[int(label)]
                mine = new_claims[row]
                veto = _Vetoes([mine, other], {mine.doc_id: (new_anchors or {}).get(mine.doc_id,
                                                                                    Anchor(None, "none")),
                                               other.doc_id: anchor}, cfg)
                if veto(0, 1):
                    continue
            if sim < cfg.min_cosine or (owner[0] not in best and len(best) >= k):
                break                        # k documents per claim, not k claims: one article in
            best[owner[0]] = max(best.get(owner[0], -1.0), float(sim))   # the claim's language
            # must not crowd out the other languages' articles
        for rid, sim in best.items():
            score[rid] = score.get(rid, 0.0) + sim
    ranked = sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))
    return [rid for rid, _ in ranked[:max_docs]]


def corpus_and_new(new: "Prepared", new_emb: np.ndarray, corpus: Stored) -> tuple["Prepared", np.ndarray, dict[str, int]]:
    """The sub-corpus (as stored: prepared claims, own anchors, vectors) followed by the new
    articles, as one prepared input for :func:`reconcile.pipeline.analyse` — the order
    ``report CORPUS NEW`` reads them in. Claims are numbered ``c1..`` as a report numbers them;
    the map gives the index rowid of each corpus claim."""
    from .pipeline import Prepared, _renumber

    claims = _renumber(list(corpus.claims) + list(new.claims))
    rowid_of = {c.id: r for c, r in zip(claims, corpus.rowids)}
    dim = new_emb.shape[1] if new_emb.size else corpus.embeddings.shape[1] if corpus.embeddings.size else 1
    emb = np.concatenate([np.asarray(corpus.embeddings, np.float32).reshape(-1, dim),
                          np.asarray(new_emb, np.float32).reshape(-1, dim)])
    anchors = {**{d.id: corpus.own_anchors.get(d.id, Anchor(None, "none")) for d in corpus.documents},
               **new.anchors}
    return (Prepared(tuple(corpus.documents) + tuple(new.documents), tuple(claims), anchors, tuple(new.skipped)),
            emb, rowid_of)


# --------------------------------------------------------------------------- status & messages

def _jkey(v: Any) -> str:
    return json.dumps(value_to_json(v), sort_keys=True, ensure_ascii=False, default=str)


def _sides(f: Finding) -> list[tuple[Any, list]]:
    out: dict[str, tuple[Any, list]] = {}
    for e in f.evidence:
        out.setdefault(json.dumps(value_to_json(e.value), sort_keys=True, default=str), (e.value, []))[1].append(e)
    return list(out.values())


def show_value(v: Any) -> str:
    """The report's own value formatter (:func:`reconcile.compare.value_text`), so a check and a
    report write a value the same way."""
    from .compare import value_text

    return value_text(v)


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def offenders(f: Finding, new_ids: set[str]) -> tuple[str, ...]:
    """The new articles a finding is about: in a conflict, those on a side no corpus article takes
    (a new article that sides with the corpus contradicts nothing); else every new article in it."""
    involved = sorted({e.doc for e in f.evidence if e.doc in new_ids})
    if f.kind != "conflict":
        return tuple(involved)
    lone = sorted({e.doc for _, evs in _sides(f) if not any(x.doc not in new_ids for x in evs)
                   for e in evs})
    return tuple(lone or involved)


def new_words(f: Finding, about: Sequence[str], new_ids: set[str]) -> list[Evidence]:
    """The new articles' evidence a conflict is about: on a side no corpus article takes (the
    contradicting words, not an agreeing dateline of the same article), else all of theirs."""
    lone = {_jkey(v) for v, evs in _sides(f) if all(e.doc in new_ids for e in evs)}
    mine = [e for e in f.evidence if e.doc in about]
    return [e for e in mine if not lone or _jkey(e.value) in lone] or mine


def message(f: Finding, new_ids: set[str], claims: Mapping[str, Claim],
            about: Sequence[str] | None = None) -> str:
    """One line a reviewer can act on: the new article's words against the corpus article's words."""
    def words(e) -> str:
        c = claims.get(e.claim)
        sentence = f" in “{_quote(c.text)}”" if c is not None and c.text.strip() != e.text.strip() else ""
        return f"{e.doc} says “{e.text}” ({show_value(e.value)}){sentence}"

    about = set(about if about is not None else offenders(f, new_ids))
    mine = new_words(f, sorted(about), new_ids)
    if f.kind != "conflict":
        return f"{f.slot} {f.kind}: " + "; ".join(words(e) for e in f.evidence)
    new_vals = {json.dumps(value_to_json(e.value), sort_keys=True, default=str) for e in mine}
    others = [e for e in f.evidence if e.doc not in about
              and json.dumps(value_to_json(e.value), sort_keys=True, default=str) not in new_vals]
    theirs = [e for e in others if e.doc not in new_ids]
    seen, quoted = set(), []
    for e in theirs or others:
        if e.doc not in seen:
            seen.add(e.doc)
            quoted.append(words(e))
    who = "corpus" if theirs else "new article"
    return f"{f.slot} conflict ({f.severity}): {'; '.join(words(e) for e in mine)}; but {who}: {'; '.join(quoted)}"


def _status(f: Finding, new_ids: set[str], idx: Index | None, claim_rowid: Mapping[str, int],
            report: Report, baseline: set[str], fp: str) -> Status:
    if f.kind == "conflict":
        # Known = the corpus already disputes this point AND the new article only repeats one of
        # the corpus's own values; a value no corpus article gives is a new contradiction.
        sides = _sides(f)
        lone = [v for v, evs in sides if all(e.doc in new_ids for e in evs)]
        corpus_sides = sum(1 for _, evs in sides if any(e.doc not in new_ids for e in evs))
        if not lone and corpus_sides >= 2:
            return "known"
        new_vals = {_jkey(v) for v in lone} or {_jkey(e.value) for e in f.evidence if e.doc in new_ids}
        if idx is not None and f.cluster is not None:
            cluster = next((k for k in report.clusters if k.id == f.cluster), None)
            rowids = [claim_rowid[c] for c in (cluster.claim_ids if cluster else ()) if c in claim_rowid]
            for slot, stored in idx.corpus_conflicts(rowids):
                if slot != f.slot:
                    continue
                held = [side for side in stored if isinstance(side, dict) and set(side["docs"]) - new_ids]
                if len(held) >= 2 and new_vals <= {_jkey(side["value"]) for side in held}:
                    return "known"
    if fp in baseline:
        return "baselined"
    return "new"


# --------------------------------------------------------------------------- the API

def _new_documents(new_paths: Sequence[str], documents: Sequence[Document] | None,
                   max_bytes: int) -> tuple[Sequence[Document], list[Skipped]]:
    """The new articles (given, or read from ``new_paths``) and those skipped."""
    skipped: list[Skipped] = []
    if documents is None:
        from .ingest import load_documents

        if not new_paths:
            raise InputError("check", "no new article given")
        documents, skipped = load_documents(list(new_paths), strict=True, max_bytes=max_bytes)
    if not documents:
        raise InputError(", ".join(map(str, new_paths)) or "check", "no readable new article")
    return documents, skipped


def _embed_new(idx: Index, embedder, prepared: "Prepared") -> tuple[np.ndarray, set[str]]:
    """The new claims' vectors, and the corpus documents to leave out (the new ones, by id or text)."""
    new_emb = idx.embed(embedder, [c.text for c in prepared.claims], persist=False) if prepared.claims \
        else np.zeros((0, idx.dim or 1), np.float32)
    new_shas = {sha256_text(d.text) for d in prepared.documents}
    exclude = {d.id for d in prepared.documents} | {i for i, s in idx.stored_hashes().items() if s in new_shas}
    return new_emb, exclude


def _check_findings(report: Report, new_ids: set[str], idx: Index, claim_rowid: Mapping[str, int],
                    base: set[str]) -> list[CheckFinding]:
    """The report's findings that involve a new article, with status, fingerprint and message."""
    by_id = {c.id: c for c in report.claims}
    out = []
    for f in report.findings:
        if not any(e.doc in new_ids for e in f.evidence):
            continue
        about = offenders(f, new_ids)
        fp = fingerprint(f)
        out.append(CheckFinding(f, _status(f, new_ids, idx, claim_rowid, report, base, fp), fp, about,
                                message(f, new_ids, by_id, about), new_words(f, about, new_ids)[0]))
    return out


def check(new_paths: Sequence[str], against: str | Sequence[str], embedder=None, fail_on: str = "high",
          baseline: str | Path | Iterable[str] | None = None, *, index_dir: str | Path | None = None,
          cache_dir: str | Path | None = None, k: int | None = None, max_docs: int | None = None,
          config: Config = DEFAULT, documents: Sequence[Document] | None = None,
          today: dt.date | None = None, generated: str | None = None) -> CheckResult:
    """Compare new articles with a corpus (article files/folders, or an index dir).

    The report behind the result is :func:`reconcile.pipeline.analyse` — the very pipeline of
    ``report`` — run on the nearest corpus articles (prepared claims, anchors and vectors read
    from the index, not recomputed) followed by the new articles; the check's findings are
    exactly that report's findings that involve a new article. ``documents`` may be given
    instead of ``new_paths`` (already loaded articles); ``today``/``generated`` as for ``run``;
    ``k``/``max_docs`` override ``config.check``.
    """
    from .pipeline import analyse, link_entities, prepare_documents

    if fail_on not in FAIL_ON:
        raise InputError("--fail-on", f"expected one of {', '.join(FAIL_ON)}, got {fail_on!r}")
    k = config.check.k_neighbours if k is None else k
    max_docs = config.check.max_corpus_docs if max_docs is None else max_docs
    if embedder is None:
        from .embed import load_embedder

        embedder = load_embedder(None)
    base = load_baseline(baseline) if isinstance(baseline, (str, Path)) else set(baseline or ())
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    documents, skipped = _new_documents(new_paths, documents, config.limits.max_bytes)
    index_path = _corpus_index(against, embedder, index_dir, cache_dir)
    timings["corpus_index_s"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    prepared = prepare_documents(documents, skipped, strict=True, today=today, config=config)
    fp_model = getattr(embedder, "fingerprint", None) or getattr(embedder, "name", type(embedder).__name__)
    with Index.open(index_path, fingerprint=str(fp_model)) as idx:
        new_emb, exclude = _embed_new(idx, embedder, prepared)
        timings["prepare_embed_s"] = time.perf_counter() - t1
        t2 = time.perf_counter()
        # Which corpus documents to compare with: the new claims' nearest neighbours (entities
        # linked within the new articles, for the vetoes).
        rowids = select_corpus_documents(idx, new_emb, exclude, k=k, max_docs=max_docs,
                                         new_claims=link_entities(prepared.claims),
                                         new_anchors=prepared.anchors, cfg=config.align) \
            if prepared.claims else []
        corpus = idx.load(rowids)
        timings["select_s"] = time.perf_counter() - t2
        t3 = time.perf_counter()
        joint, emb, claim_rowid = corpus_and_new(prepared, new_emb, corpus)
        report = analyse(joint, emb, StoredFirst(idx, embedder), today=today, generated=generated,
                         extra_metadata={"command": "check"}, config=config)
        out = _check_findings(report, {d.id for d in prepared.documents}, idx, claim_rowid, base)
        stale = idx.clusters_stale()
        n_corpus = idx.doc_count()
    timings["compare_s"] = time.perf_counter() - t3
    failing = [f for f in out if f.finding.kind == "conflict" and f.status == "new" and fails(f.finding, fail_on)]
    return CheckResult(new_documents=prepared.documents, corpus_documents=tuple(d.id for d in corpus.documents),
                       findings=tuple(out), report=report, fail_on=fail_on,
                       exit_code=EXIT_CONFLICTS if failing else EXIT_OK, skipped=prepared.skipped,
                       metadata={"index": str(index_path), "corpus_size": n_corpus, "clusters_stale": stale,
                                 "timings": timings, "k": k, "max_docs": max_docs,
                                 "today": today.isoformat() if today else None})

"""Entity linking: one canonical id per real-world entity across documents, spellings, scripts.

The finder (:mod:`reconcile.facts.entity`) gives each mention a provisional id from its own
spelling. Linking (:func:`link_entities`) then gives mentions from different documents one
canonical id when they are spellings of one name: same normalized form, same consonant skeleton
of surname and given names (so "Abdel Fattah X" / "Abdelfattah X-variant" / the Arabic script
form agree), or a surname-only mention ("Macron") that matches one full name. A spelling
difference is therefore a *variant* of one entity, never a conflict between two.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Mapping, Sequence

from rapidfuzz import fuzz

from .facts.arabic import is_arabic, name_key
from .facts.entity import AR_TOKEN_RE, ar_forms, entity_rules
from .facts.gazetteer import value_of_code
from .mentions import Groups, Mention, MentionKey, close_names, kinds_ok, make_mention
from .sub_names import link_sub_names, lower_case_words
from .types import EntityRef, Fact

def _settled(a: Mention, b: Mention) -> bool | None:
    """What every comparison of two mentions decides first: kinds and regnal numbers that clash,
    a gazetteer place on either side, the same normalized form; None when the names must decide."""
    if not kinds_ok(a, b) or a.roman != b.roman:
        return False
    if a.gazetteer or b.gazetteer:
        return a.gazetteer == b.gazetteer
    if a.norm == b.norm:
        return True
    return None


def _same_full_name(a: Mention, b: Mention) -> bool:
    """Two multi-word names of one entity: surnames and given names agree on their skeletons."""
    settled = _settled(a, b)
    if settled is not None:
        return settled
    if re.findall(r"\d+", a.norm) != re.findall(r"\d+", b.norm):
        return False  # "2022 X election" is not "2023 X election"
    ia = [w for w in a.core[1:-1] if len(w) == 1]
    ib = [w for w in b.core[1:-1] if len(w) == 1]
    if ia and ib and ia != ib:  # George H. W. X is not George W. X
        return False
    if "person" not in (a.kind, b.kind):
        # organisations, places, untyped names: every word must agree, not just the last
        if a.arabic == b.arabic:
            return fuzz.token_sort_ratio(a.norm, b.norm) >= 90
        return fuzz.token_sort_ratio(" ".join(a.skel), " ".join(b.skel)) >= 92
    if not close_names(a.surname, b.surname, 80):
        # word breaks differ ("Nasrallah" / "نصر الله"): the whole skeleton must agree
        return (len(a.core) != len(b.core) and a.skel[0] == b.skel[0]
                and len(a.joined) >= 5 and fuzz.ratio(a.joined, b.joined) >= 90)
    ga, gb = a.given, b.given
    if len(a.core[0]) == 1 or len(b.core[0]) == 1:  # an initial: "J. Widodo"
        return a.core[0][0] == b.core[0][0]
    if close_names(ga, gb, 75):
        return True
    # same letters, different vowels and word breaks: compare the whole name
    return fuzz.ratio(a.joined, b.joined) >= 88 and fuzz.ratio(ga, gb) >= 60


def _same_single(a: Mention, b: Mention) -> bool:
    """Two one-word mentions: same form, or same skeleton across scripts/spellings."""
    settled = _settled(a, b)
    if settled is not None:
        return settled
    # a regnal number that agrees vouches for a short skeleton: "Muhammad VI" / "محمد السادس"
    if len(a.surname) < (2 if a.roman else 3) or a.surname != b.surname:
        return False
    return a.arabic != b.arabic or bool(a.roman) or fuzz.ratio(a.norm, b.norm) >= 75


def _surname_of(single: Mention, full: Mention) -> bool:
    """A one-word mention that is the surname (or the whole skeleton) of a full name."""
    if not kinds_ok(single, full) or full.gazetteer or single.gazetteer or full.kind == "org":
        return False
    if single.roman and single.roman != full.roman:
        return False
    if not single.skel or not full.skel:
        return False
    s = single.surname
    if single.core[-1] == full.core[-1]:
        return True
    if len(s) >= 3 and s == full.surname:
        return single.arabic != full.arabic or fuzz.ratio(single.core[-1], full.core[-1]) >= 75
    return False


def _arabic_windows(doc: str, text: str) -> list[tuple[MentionKey, str]]:
    """Every run of 1-4 Arabic words (first word without clitics) as a candidate mention."""
    toks = [(m.start(), m.end(), m.group()) for m in AR_TOKEN_RE.finditer(text)]
    common = entity_rules("ar").common
    out = []
    for i in range(len(toks)):
        for size in range(1, 5):
            j = i + size - 1
            if j >= len(toks):
                break
            if size > 1 and text[toks[j - 1][1]:toks[j][0]].strip(" \u00a0"):
                break
            key0 = name_key(toks[i][2])
            for cut, _ in ar_forms(key0):
                if size == 1 and (name_key(toks[i][2])[cut:] in common):
                    continue
                start = toks[i][0] + cut
                out.append(((doc, start, toks[j][1]), text[start:toks[j][1]]))
    return out


def _close_pairs(left: Sequence[str], right: Sequence[str], scorer, cutoff: float) -> list[tuple[int, int]]:
    """Index pairs (i, j) with ``scorer(left[i], right[j]) >= cutoff``, scored in C by
    rapidfuzz's ``process.cdist`` over distinct strings, in row chunks to bound memory.

    Why: a superset of the pairs a fuzzy rule can accept, without a Python all-pairs loop;
    the rule itself still decides each pair, so links are unchanged. The cut-off is lowered a
    hair so float rounding can only add candidates, never drop one.
    """
    from rapidfuzz import process

    if not left or not right:
        return []
    rows = max(1, 2_000_000 // len(right))
    out: list[tuple[int, int]] = []
    for lo in range(0, len(left), rows):
        scores = process.cdist(left[lo:lo + rows], right, scorer=scorer, score_cutoff=cutoff - 0.01,
                               dtype="float32")
        out.extend((lo + int(i), int(j)) for i, j in zip(*scores.nonzero()))
    return out


def _blocked_pairs(keys: Sequence[Sequence[tuple]]) -> set[tuple[int, int]]:
    """Pairs (x, y), x < y, of items sharing at least one key (``keys[x]`` lists item x's keys)."""
    block: dict[tuple, list[int]] = defaultdict(list)
    for x, ks in enumerate(keys):
        for k in set(ks):
            block[k].append(x)
    return {(a, b) for members in block.values() for n, a in enumerate(members) for b in members[n + 1:]}


def _fuzzy_blocks(values: Sequence[str], scorer, cutoff: float, tag: str) -> list[list[tuple]]:
    """Per item, one key per distinct value within ``cutoff`` of its own (so close items share a key)."""
    distinct = list(dict.fromkeys(values))
    where = {v: n for n, v in enumerate(distinct)}
    near: dict[int, list[int]] = defaultdict(list)
    for i, j in _close_pairs(distinct, distinct, scorer, cutoff):
        if i <= j:
            near[j].append(i)   # j's key is (tag, i) for every close i <= j: a shared key per pair
    return [[(tag, i) for i in near[where[v]]] for v in values]


def _full_name_candidates(ms: list[Mention], reps: list[int]) -> list[tuple[int, int]]:
    """Pairs of full-name representatives that ``_same_full_name`` might accept, in loop order.

    A pair it accepts shares a normalized form or gazetteer code, or the first skeleton word
    (word breaks differ), or has close surnames (person names), or close token-sorted forms or
    skeletons (other names): each is a block; the fuzzy ones are scored by ``process.cdist``.
    """
    if len(reps) < 2:
        return []
    rs = [ms[i] for i in reps]
    keys: list[list[tuple]] = [[("norm", m.norm), ("skel0", m.skel[0] if m.skel else "")]
                               + ([("gaz", m.gazetteer)] if m.gazetteer else []) for m in rs]
    for extra in (_fuzzy_blocks([m.surname for m in rs], fuzz.ratio, 80, "surname"),
                  _fuzzy_blocks([m.norm for m in rs], fuzz.token_sort_ratio, 90, "sorted"),
                  _fuzzy_blocks([" ".join(m.skel) for m in rs], fuzz.token_sort_ratio, 92, "skel")):
        for ks, more in zip(keys, extra):
            ks.extend(more)
    return sorted(_blocked_pairs(keys))


def link_entities(mentions: Sequence[tuple[str, Fact]],
                  texts: Mapping[str, str] | None = None) -> dict[MentionKey, str]:
    """Canonical id for every entity mention of several documents.

    ``mentions``: (doc_id, entity Fact with document offsets). ``texts``: doc_id -> document
    text; when given, Arabic documents are also searched for spellings of names found elsewhere
    (Arabic has no capitals, so the finder misses untitled names).
    Returns {(doc_id, start, end): canonical id}, one key per mention, plus one per Arabic
    mention found in ``texts``. Ids are readable and stable: "person:abdel_latif_example",
    named after the most frequent Latin-script full form of the group.
    """
    ms: list[Mention] = []
    for doc, f in mentions:
        if f.type != "entity":
            continue
        kind = f.attrs.get("kind", "unknown") if f.attrs else "unknown"
        gaz = f.attrs.get("gazetteer") if f.attrs else None
        if gaz is None and isinstance(f.value, EntityRef) and f.value.kind == "place" and f.rule == "entity.gazetteer":
            gaz = f.value.id
        ms.append(make_mention((doc, f.start, f.end), f.text, kind, gaz))

    groups = Groups(len(ms))
    multi = [i for i, m in enumerate(ms) if len(m.core) >= 2]
    single = [i for i, m in enumerate(ms) if len(m.core) < 2]

    # 1. full names with full names (by distinct form, to stay fast on long documents)
    first_of: dict[tuple[str, str], int] = {}
    for i in range(len(ms)):
        k = (ms[i].norm, ms[i].kind if ms[i].kind != "unknown" else "")
        if ms[i].gazetteer:
            k = (ms[i].gazetteer, "gaz")
        elif len(ms[i].core) < 2:
            continue  # one-word mentions are linked below, document by document
        if k in first_of:
            groups.union(first_of[k], i)
        else:
            first_of[k] = i
    reps = [i for i in multi if first_of.get((ms[i].norm, ms[i].kind if ms[i].kind != "unknown" else "")) == i]
    for x, y in _full_name_candidates(ms, reps):
        if _same_full_name(ms[reps[x]], ms[reps[y]]):
            groups.union(reps[x], reps[y])

    # 1b. a shorter full name inside one longer run ("Listyo Prabowo" / "Listyo Sigit Prabowo")
    link_sub_names(ms, groups, reps, lower_case_words(texts or {}))

    # 2. Arabic spellings of full names found elsewhere
    if texts:
        _link_arabic_texts(ms, groups, texts, multi)
        multi = [i for i, m in enumerate(ms) if len(m.core) >= 2]
        single = [i for i, m in enumerate(ms) if len(m.core) < 2]

    # 3. one-word mentions: the surname of one full name (same document first), else alike
    _link_singles(ms, groups, multi, single)
    return _name_groups(ms, groups)


def _signature(m: Mention) -> tuple:
    """Everything but the position: mentions with one signature link alike."""
    return (m.kind, m.gazetteer, m.norm, m.core, m.skel, m.roman, m.arabic)


def _link_singles(ms: list[Mention], groups: Groups, multi: list[int], single: list[int]) -> None:
    """Step 3 of :func:`link_entities`, linear in repeated mentions (a long article repeats names).

    Same result as trying every single against every full name and every other single: full
    names are bucketed by last word and surname (``_surname_of`` needs one of them equal),
    singles by surname or gazetteer id (``_same_single`` needs it), and a single whose
    signature was already tried changes nothing (each of its matches was tried then).
    """
    by_last: dict[str, list[int]] = defaultdict(list)
    by_surname: dict[str, list[int]] = defaultdict(list)
    reps: dict[tuple, int] = {}
    for j in multi:   # one full name per document and signature: step 1 put its twins in one group
        rep = reps.setdefault((ms[j].key[0], _signature(ms[j])), j)
        if rep == j and ms[j].core:
            by_last[ms[j].core[-1]].append(j)
            by_surname[ms[j].surname].append(j)
    cands_of: dict[tuple, list[int]] = {}
    for i in single:
        m = ms[i]
        if m.gazetteer:
            continue
        sig = _signature(m)
        if sig not in cands_of:
            pool = set(by_last.get(m.core[-1], ())) if m.core else set()
            if len(m.surname) >= 3:
                pool |= set(by_surname.get(m.surname, ()))
            cands_of[sig] = [j for j in sorted(pool) if _surname_of(m, ms[j])]
        cands = cands_of[sig]
        same_doc = {groups.find(j) for j in cands if ms[j].key[0] == m.key[0]}
        anywhere = {groups.find(j) for j in cands}
        if len(same_doc) == 1:
            groups.union(i, same_doc.pop())
        elif not same_doc and len(anywhere) == 1:
            groups.union(i, anywhere.pop())
    with_full = {groups.find(k) for k in multi}
    bucket: dict[tuple, list[int]] = defaultdict(list)
    for i in single:
        m = ms[i]
        bucket[(m.roman, m.gazetteer) if m.gazetteer else (m.roman, None, m.surname)].append(i)
    done: set[tuple] = set()
    for i in single:
        m = ms[i]
        sig = _signature(m)
        if sig in done:
            continue
        done.add(sig)
        for j in bucket[(m.roman, m.gazetteer) if m.gazetteer else (m.roman, None, m.surname)]:
            if j <= i or not _same_single(m, ms[j]):
                continue
            a, b = groups.find(i), groups.find(j)
            # never merge two different full names through their surname
            if a != b and not (a in with_full and b in with_full):
                groups.union(i, j)
                if a in with_full or b in with_full:
                    with_full.add(groups.find(i))




_Window = tuple[MentionKey, str, "Mention"]            # (key, surface, mention as a person)
_Match = tuple[float, MentionKey, str, int]             # (score, key, surface, group root)


def _latin_full_names(ms: list[Mention], groups: Groups, multi: list[int]) -> dict[int, Mention]:
    """Group root -> its first Latin-script full person (or untyped) name: what Arabic text is
    searched for."""
    latin_full: dict[int, Mention] = {}
    for i in multi:
        m = ms[i]
        if not m.arabic and not m.gazetteer and m.kind in ("person", "unknown") and len(m.joined) >= 4:
            latin_full.setdefault(groups.find(i), m)
    return latin_full


def _roots_near(all_windows: Mapping[str, list[_Window]], roots_by_surname: Mapping[str, list[int]],
                order: Mapping[int, int]) -> dict[str, list[int]]:
    """Per surname of a multi-word Arabic window, the roots whose Latin surname is close (the
    same or a fuzzy ratio >= 80, scored once in C by ``process.cdist``), in root order."""
    surnames = list(roots_by_surname)
    window_surnames = list(dict.fromkeys(c.surname for ws in all_windows.values() for _, _, c in ws
                                         if len(c.core) >= 2))
    close_roots: dict[str, list[int]] = defaultdict(list)
    for i, j in _close_pairs(window_surnames, surnames, fuzz.ratio, 80):
        close_roots[window_surnames[i]].extend(roots_by_surname[surnames[j]])
    for ws in window_surnames:
        close_roots[ws].extend(roots_by_surname.get(ws, ()))
    return {ws: sorted(set(roots), key=order.__getitem__) for ws, roots in close_roots.items()}


def _full_name_matches(windows: list[_Window], near: Mapping[str, list[int]],
                       latin_full: Mapping[int, Mention]) -> list[_Match]:
    """Multi-word windows that are the same full name as a Latin one (scored 100 + ratio)."""
    found: list[_Match] = []
    for key, surface, cand in windows:
        if len(cand.core) < 2:
            continue
        for root in near.get(cand.surname, ()):
            full = latin_full[root]
            if close_names(cand.surname, full.surname, 80) and _same_full_name(cand, full):
                found.append((fuzz.ratio(cand.joined, full.joined) + 100, key, surface, root))
    return found


def _surname_matches(windows: list[_Window], full_matches: list[_Match],
                     latin_full: Mapping[int, Mention], roots_by_surname: Mapping[str, list[int]],
                     order: Mapping[int, int]) -> list[_Match]:
    """One-word windows: the surname of a full name, as spelled in Arabic where seen in full
    (``full_matches``), or as the Latin surname's skeleton when that is long enough."""
    arabic_surnames = {(make_mention(k, t, "person", None).surname, root) for _, k, t, root in full_matches}
    seen_roots: dict[str, set[int]] = defaultdict(set)
    for surname, root in arabic_surnames:
        seen_roots[surname].add(root)
    found: list[_Match] = []
    for key, surface, cand in windows:
        if len(cand.core) != 1 or len(cand.surname) < 3:
            continue
        near = seen_roots.get(cand.surname, set()) | set(roots_by_surname.get(cand.surname, ()))
        for root in (sorted(near, key=order.__getitem__) if len(near) > 1 else near):
            full = latin_full[root]
            if (cand.surname, root) in arabic_surnames or (
                    len(cand.surname) >= 4 and cand.surname == full.surname):
                found.append((fuzz.ratio(cand.surname, full.surname), key, surface, root))
    return found


def _add_matches(ms: list[Mention], groups: Groups, found: list[_Match], spans: list[tuple[int, int]],
                 index_of: dict[MentionKey, list[int]], latin_full: Mapping[int, Mention]) -> None:
    """Best match first; on ties the shorter window (no stray verb before the name). A window
    over an existing mention links that mention instead of adding one; others become mentions."""
    for _, key, surface, root in sorted(found, key=lambda x: (-x[0], x[1][2] - x[1][1], x[1])):
        hit = [(s, e) for s, e in spans if s < key[2] and key[1] < e]
        if hit:
            for s, e in hit:
                if s <= key[1] and key[2] <= e:
                    for i in index_of.get((key[0], s, e), ()):
                        if len(ms[i].core) == len(make_mention(key, surface, "person", None).core):
                            groups.union(i, root)
            continue
        ms.append(make_mention(key, surface, latin_full[root].kind, None))
        index_of[key].append(len(ms) - 1)
        groups.parent.append(len(groups.parent))
        groups.union(len(ms) - 1, root)
        spans.append((key[1], key[2]))


def _link_arabic_texts(ms: list[Mention], groups: Groups, texts: Mapping[str, str],
                       multi: list[int]) -> None:
    """Add Arabic mentions of Latin full names, matched on the consonant skeleton."""
    latin_full = _latin_full_names(ms, groups, multi)
    if not latin_full:
        return
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    index_of: dict[MentionKey, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        taken[m.key[0]].append((m.key[1], m.key[2]))
        index_of[m.key].append(i)
    order = {root: n for n, root in enumerate(latin_full)}
    roots_by_surname: dict[str, list[int]] = defaultdict(list)
    for root, full in latin_full.items():
        roots_by_surname[full.surname].append(root)
    all_windows = {doc: [(key, surface, make_mention(key, surface, "person", None))
                         for key, surface in _arabic_windows(doc, text)]
                   for doc, text in texts.items() if text and is_arabic(text)}
    near = _roots_near(all_windows, roots_by_surname, order)
    for doc, windows in all_windows.items():
        found = _full_name_matches(windows, near, latin_full)
        found += _surname_matches(windows, found, latin_full, roots_by_surname, order)
        _add_matches(ms, groups, found, taken[doc], index_of, latin_full)

def _name_groups(ms: list[Mention], groups: Groups) -> dict[MentionKey, str]:
    members: dict[int, list[Mention]] = defaultdict(list)
    for i, m in enumerate(ms):
        members[groups.find(i)].append(m)
    out: dict[MentionKey, str] = {}
    used: set[str] = set()
    for root in sorted(members, key=lambda r: members[r][0].key):
        group = members[root]
        kinds = Counter(m.kind for m in group if m.kind != "unknown")
        kind = kinds.most_common(1)[0][0] if kinds else "unknown"
        gaz = next((m for m in group if m.gazetteer), None)
        if gaz is not None:
            cid = _gaz_value(gaz)
        else:
            pool = [m for m in group if not m.arabic] or group
            pool = [m for m in pool if len(m.core) >= 2] or pool
            counts = Counter(m.norm for m in pool)
            best = min(counts, key=lambda n: (-counts[n], -len(n), n))
            cid = f"{kind}:" + "_".join(best.split())
        base, k = cid, 2
        while cid in used and gaz is None:
            cid, k = f"{base}~{k}", k + 1
        used.add(cid)
        for m in group:
            out[m.key] = cid
    return out



def _gaz_value(m: Mention) -> str:
    code = m.gazetteer or ""
    if code.startswith("place:"):
        return code
    return value_of_code(code) or "place:" + "_".join(m.norm.split())

"""Person-name conflicts: one surname, another given name, the same context (reconcile/name_conflicts.py)."""
from __future__ import annotations

import dataclasses

from reconcile.extract import extract_claim_facts
from reconcile.link import link_entities
from reconcile.name_conflicts import name_conflicts
from reconcile.types import Claim, Context, Document, EntityRef


def _claims(*texts: tuple[str, str]) -> tuple[list[Claim], list[Document]]:
    """One claim per document, entities linked as the pipeline links them."""
    claims = [extract_claim_facts(Claim(f"c{i}", f"d{i}", 0, len(t), t, lang), Context(lang, None))
              for i, (t, lang) in enumerate(texts)]
    ids = link_entities([(c.doc_id, f) for c in claims for f in c.facts if f.type == "entity"])
    claims = [dataclasses.replace(c, facts=tuple(
        dataclasses.replace(f, value=EntityRef(ids[(c.doc_id, f.start, f.end)])) if f.type == "entity" else f
        for f in c.facts)) for c in claims]
    docs = [Document(c.doc_id, f"{c.doc_id}.txt", c.text, c.language) for c in claims]
    return claims, docs


def _ids():
    it = iter(range(1, 100))
    return lambda: f"f{next(it)}"


ALIKE = lambda a, b: 0.9      # noqa: E731  (contexts that read alike)
UNLIKE = lambda a, b: 0.5     # noqa: E731


def test_another_given_name_in_the_same_context_is_a_conflict() -> None:
    claims, docs = _claims(("Hamid Lestari, the head of the relief mission, warned of a huge toll.", "en"),
                           ("Karim Lestari, the head of the relief mission, warned of a huge toll.", "en"))
    found = name_conflicts(claims, docs, ALIKE, _ids())
    assert [(f.kind, f.slot, f.frame, sorted(e.text for e in f.evidence)) for f in found] == [
        ("conflict", "entity", "entity:person", ["Hamid Lestari", "Karim Lestari"])]


def test_unlike_contexts_titles_and_co_mentions_are_not_conflicts() -> None:
    pair = (("Hamid Lestari, the head of the relief mission, warned of a huge toll.", "en"),
            ("Karim Lestari, the head of the relief mission, warned of a huge toll.", "en"))
    claims, docs = _claims(*pair)
    assert name_conflicts(claims, docs, UNLIKE, _ids()) == []
    assert name_conflicts(claims, docs, None, _ids()) == []
    # a document that names both: two people of one family
    claims, docs = _claims(*pair, ("Hamid Lestari and Karim Lestari both spoke.", "en"))
    assert name_conflicts(claims, docs, ALIKE, _ids()) == []
    # the word before the surname is one the feed writes in lower case: a description, not a name
    claims, docs = _claims(("Storm Lestari hit the coast on Sunday.", "en"),
                           ("Tempest Lestari hit the coast on Sunday, a storm of rare force.", "en"))
    assert name_conflicts(claims, docs, ALIKE, _ids()) == []


def test_spellings_of_one_name_are_not_conflicts() -> None:
    claims, docs = _claims(("Mohamed Lestari, the head of the relief mission, spoke.", "en"),
                           ("Mohammed Lestari, the head of the relief mission, spoke.", "en"))
    assert name_conflicts(claims, docs, ALIKE, _ids()) == []

"""Entity conflicts: another place or organisation in the same words (reconcile/substitutions.py)."""
from __future__ import annotations

import pytest

from reconcile.extract import extract_claim_facts
from reconcile.substitutions import entity_conflicts, substituted
from reconcile.types import Claim, Cluster, Context


def claim(text: str, lang: str, cid: str) -> Claim:
    return extract_claim_facts(Claim(cid, f"d-{cid}", 0, len(text), text, lang), Context(lang, None))


def entity(c: Claim, surface: str):
    return next(f for f in c.facts if f.type == "entity" and f.text == surface)


SUBSTITUTED = [
    ("Korban tewas dalam kerusuhan di Stadion Gelora, Kabupaten Bantul, Jawa Tengah, bertambah menjadi 40 orang.",
     "Kabupaten Bantul",
     "Korban tewas akibat kerusuhan di Stadion Gelora, Kabupaten Sleman, Jawa Tengah, bertambah menjadi 45 orang.",
     "Kabupaten Sleman", "id"),
]
NOT_SUBSTITUTED = [
    # a spelling of the same name
    ("The delegation flew to Marrakesh on Monday to meet the governor.", "Marrakesh",
     "The delegation flew to Marrakech on Monday to meet the governor.", "Marrakech", "en"),
    # the same name after other words: another slot
    ("The storm hit Greece before it reached the coast of Libya.", "Greece",
     "Aid from the United Nations reached the coast of Libya on Tuesday.", "United Nations", "en"),
]


@pytest.mark.parametrize("ta,ea,tb,eb,lang", SUBSTITUTED)
def test_another_name_in_the_same_words_is_substituted(ta, ea, tb, eb, lang) -> None:
    a, b = claim(ta, lang, "a"), claim(tb, lang, "b")
    assert substituted(a, entity(a, ea), b, entity(b, eb)) is True


@pytest.mark.parametrize("ta,ea,tb,eb,lang", NOT_SUBSTITUTED)
def test_spellings_and_other_slots_are_not_substituted(ta, ea, tb, eb, lang) -> None:
    a, b = claim(ta, lang, "a"), claim(tb, lang, "b")
    assert substituted(a, entity(a, ea), b, entity(b, eb)) is False


def test_one_finding_per_pair_only_between_confidently_aligned_claims() -> None:
    ta, _, tb, _, lang = SUBSTITUTED[0]
    a, b = claim(ta, lang, "a"), claim(tb, lang, "b")
    by_id = {"a": a, "b": b}
    ids = iter(range(1, 100))
    new_id = lambda: f"f{next(ids)}"  # noqa: E731
    k = Cluster(id="k1", claim_ids=("a", "b"), similarity=0.93, pair_scores={"a|b": 0.93})
    score = lambda cl, x, y: cl.pair_scores.get(f"{x}|{y}", 0.0)  # noqa: E731
    found = entity_conflicts([k, k], by_id, new_id, score)
    assert [(f.kind, f.slot, f.frame, [e.text for e in f.evidence]) for f in found] == [
        ("conflict", "entity", "entity:place", ["Kabupaten Bantul", "Kabupaten Sleman"])]
    weak = Cluster(id="k2", claim_ids=("a", "b"), similarity=0.8, pair_scores={"a|b": 0.80})
    assert entity_conflicts([weak], by_id, new_id, score) == []

"""Two snapshots of a tally are never aligned; one statement quoted twice, or claims sharing
another figure or day, still are (reconcile/snapshots.py)."""
from __future__ import annotations

import pytest

from reconcile.extract import extract_claim_facts
from reconcile.snapshots import distinct_snapshots, snapshot_rule
from reconcile.types import Claim, Context


def claim(text: str, lang: str, cid: str = "c") -> Claim:
    return extract_claim_facts(Claim(cid, f"d-{cid}", 0, len(text), text, lang), Context(lang, None))


SPLIT = [
    (("The floods killed 5,000 people, the minister said.", "en"),
     ("Les inondations ont fait 11 300 morts, selon le Croissant-Rouge.", "fr")),
    (("Banjir itu menewaskan 2.000 orang, kata pejabat setempat.", "id"),
     ("The floods killed 5,300 people, the government said.", "en")),
    (("Au moins 2 300 personnes sont mortes dans la tempête.", "fr"),
     ("The storm killed at least 5,200 people.", "en")),
]
TOGETHER = [
    # one figure inside the other's bound
    (("At least 5,000 people died in the floods.", "en"), ("Les inondations ont fait 5 100 morts.", "fr")),
    # the same figure
    (("The floods killed 11,300 people.", "en"), ("Banjir itu menewaskan 11.300 orang.", "id")),
    # a second figure in common: the claims share the 323 injured
    (("The crush killed 125 people and injured 323.", "en"), ("La bousculade a fait 131 morts et 323 blessés.", "fr")),
    # one statement quoted twice with one figure changed: the contradiction to flag
    (("Total ada 130 korban meninggal dunia, kata menteri.", "id"),
     ("Total ada 187 korban meninggal dunia, kata menteri.", "id")),
    # no tally on one side
    (("The floods killed 11,300 people.", "en"), ("Les inondations ont frappé la ville dimanche.", "fr")),
]


@pytest.mark.parametrize("a,b", SPLIT)
def test_two_snapshots_are_split(a, b) -> None:
    assert distinct_snapshots(claim(*a, "a"), claim(*b, "b")) is True
    assert distinct_snapshots(claim(*b, "b"), claim(*a, "a")) is True


@pytest.mark.parametrize("a,b", TOGETHER)
def test_one_snapshot_is_kept_together(a, b) -> None:
    assert distinct_snapshots(claim(*a, "a"), claim(*b, "b")) is False


def test_rule_is_symmetric_and_memoized() -> None:
    claims = [claim(*SPLIT[0][0], "a"), claim(*SPLIT[0][1], "b"), claim(*TOGETHER[4][1], "c")]
    rule = snapshot_rule(claims)
    assert [rule(0, 1), rule(1, 0), rule(0, 2), rule(2, 1)] == [True, True, False, False]

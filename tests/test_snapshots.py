"""Two snapshots of a tally are never aligned; one statement quoted twice, or claims sharing
another figure or day, still are (reconcile/snapshots.py)."""
from __future__ import annotations

import pytest

import dataclasses

from reconcile.config import DEFAULT
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


# A bound reaches only figures near it; two different tallies are two facts; one figure stated on
# two different days is two snapshots unless the claims share another figure or a day.
BOUND_REACH = [
    # "at least" a figure far below the other's: two statements of a growing toll
    (("The landslide killed at least 40 people, the governor said.", "en"),
     ("Le glissement de terrain a fait 95 morts.", "fr")),
    # a projection "could reach" far above the figure of the day
    (("Officials warned that the toll could climb to up to 900 people.", "en"),
     ("Longsor itu menewaskan 310 orang.", "id")),
]
ACROSS_TALLIES = [
    # counts of two different tallies, nothing else in common
    (("Around 70 people were injured in the blast.", "en"),
     ("L’explosion a fait 12 morts.", "fr")),
]
SPLIT_NEW = [
    # one figure, said on two different days, nothing else shared
    (("The toll rose to 2,150, the agency said on 6 March 2023.", "en"),
     ("Korban tewas mencapai 2.150 orang per Rabu (8/3/2023).", "id")),
]
TOGETHER_NEW = [
    # a bound close to the other's figure
    (("At least 40 people died in the landslide.", "en"), ("Le glissement de terrain a fait 44 morts.", "fr")),
    # one figure, two days, but a second figure in common: one update, its day in dispute
    (("The agency said on 6 March 2023 that 2,150 people died and 800 are missing.", "en"),
     ("Korban tewas 2.150 orang dan 800 orang hilang, kata badan itu pada Selasa (7/3/2023).", "id")),
    # one figure, no day on one side
    (("The toll rose to 2,150, the agency said on 6 March 2023.", "en"), ("Le bilan atteint 2 150 morts.", "fr")),
]


@pytest.mark.parametrize("a,b", SPLIT_NEW)
def test_bounds_tallies_and_statement_days_split(a, b) -> None:
    assert distinct_snapshots(claim(*a, "a"), claim(*b, "b")) is True
    assert distinct_snapshots(claim(*b, "b"), claim(*a, "a")) is True


@pytest.mark.parametrize("a,b", TOGETHER_NEW)
def test_near_bounds_and_shared_updates_stay_together(a, b) -> None:
    assert distinct_snapshots(claim(*a, "a"), claim(*b, "b")) is False
    assert distinct_snapshots(claim(*b, "b"), claim(*a, "a")) is False


@pytest.mark.parametrize("a,b", ACROSS_TALLIES)
def test_different_tallies_split_when_set(a, b) -> None:
    """Off by default: with every other rule on it costs alignment recall and saves no negative
    (docs/sweeps/negatives.md, "all but across tallies")."""
    across = dataclasses.replace(DEFAULT.align, snapshot_across_frames=True)
    assert distinct_snapshots(claim(*a, "a"), claim(*b, "b"), across) is True
    assert distinct_snapshots(claim(*a, "a"), claim(*b, "b")) is False


@pytest.mark.parametrize("a,b", BOUND_REACH)
def test_bound_reach_splits_far_figures_when_set(a, b) -> None:
    """Off by default (it costs ``bench itn`` cluster recall, docs/sweeps/negatives.md); 0.25 splits these."""
    reach = dataclasses.replace(DEFAULT.align, snapshot_bound_tolerance=0.25)
    assert distinct_snapshots(claim(*a, "a"), claim(*b, "b"), reach) is True
    assert distinct_snapshots(claim(*a, "a"), claim(*b, "b")) is False

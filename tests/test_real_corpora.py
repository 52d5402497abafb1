"""Real published coverage (``../shared/eval/real``, read in place, never copied): the required
conflicts found, the conflict precision floor, and no agreement or conflict between values that
measure different things. Skipped where the shared folder is absent."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from reconcile.evaluate import finding_matches, load_texts, score

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "real"
NAMES = sorted(p.name for p in REAL.iterdir() if (p / "gold.yaml").exists()) if REAL.is_dir() else []

#: Required gold conflicts each corpus's report matches today (measured 2026-12-01). A change
#: that loses one of these, or finds a new one, must update this table on purpose.
REQUIRED_FOUND = {
    "derna-floods-2023": {"flood_date", "ocha_update_day", "ifrc_official_first_name"},
    "kanjuruhan-2022": {"match_date", "muhadjir_quoted_toll", "compensation_amount", "mahfud_statement_month",
                        "mahfud_istana_remarks_day", "planned_visit_thursday_date", "regency_malang_vs_madiun",
                        # r11-kanju: "ne pouvait compter que N personnes" is a capacity (lang/fr/frame.py)
                        "stadium_capacity_38k_vs_42k"},
    "pope-francis-indonesia-2024": {"flight_duration", "jokowi_meeting_date", "nunciature_arrival_time_conflict"},
}
#: Conflict precision floor per corpus (today: 1.0, 1.0, 0.83).
PRECISION_FLOOR = {"derna-floods-2023": 0.99, "kanjuruhan-2022": 0.99, "pope-francis-indonesia-2024": 0.99}

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not NAMES, reason="../shared/eval/real not present")]


@pytest.fixture(scope="module")
def reports():
    from reconcile.pipeline import run
    from reconcile.render.json import to_dict

    out = {}
    for name in NAMES:
        gold = yaml.safe_load((REAL / name / "gold.yaml").read_text(encoding="utf-8"))
        report = json.loads(json.dumps(to_dict(run([str(REAL / name)]))))
        out[name] = (gold, report, load_texts(REAL / name, gold["documents"]))
    return out


@pytest.mark.parametrize("name", NAMES)
def test_required_conflicts_found(reports, name):
    gold, report, texts = reports[name]
    predicted = [f for f in report["findings"] if f["kind"] == "conflict"]
    found = {g["id"] for g in gold["findings"] if g["kind"] == "conflict" and not g.get("optional")
             and any(finding_matches(texts, g, p) for p in predicted)}
    assert found == REQUIRED_FOUND[name]


@pytest.mark.parametrize("name", NAMES)
def test_conflict_precision_floor(reports, name):
    gold, report, texts = reports[name]
    assert score(gold, report, texts)["conflict_precision"] >= PRECISION_FLOOR[name]


@pytest.mark.parametrize("name", NAMES)
def test_no_finding_joins_values_of_different_counted_things(reports, name):
    _, report, _ = reports[name]
    frame_of = {(c["doc"], f["start"], f["end"]): f.get("frame") for c in report["claims"] for f in c["facts"]}
    for f in report["findings"]:
        if f["kind"] not in ("conflict", "agreement") or f["slot"] != "quantity":
            continue
        frames = {frame_of[(e["doc"], e["start"], e["end"])] for e in f["evidence"]}
        known = {x for x in frames if x and "~" not in x}
        concepts = {x.split(":", 1)[1] for x in known}
        if f["kind"] == "conflict":
            assert len(frames) == 1, (f["summary"], frames)
        else:   # an agreement may join "people" with another count of persons, never two things
            from reconcile.frames import PERSONS

            assert len(concepts - {"people"}) <= 1 and (len(concepts) < 2 or concepts <= PERSONS), \
                (f["summary"], frames)

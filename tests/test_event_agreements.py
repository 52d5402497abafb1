"""Agreements across the whole event: one figure of one counted thing in claims that did not align
(reconcile/event_agreements.py)."""
from __future__ import annotations

import dataclasses
import datetime as dt

from reconcile.config import DEFAULT
from reconcile.event_agreements import event_agreements
from reconcile.extract import extract_claim_facts
from reconcile.types import Claim, Context, Evidence, Finding

TODAY = dt.date(2023, 3, 8)


def claim(text: str, lang: str, cid: str) -> Claim:
    return extract_claim_facts(Claim(cid, f"d-{cid}", 0, len(text), text, lang), Context(lang, TODAY))


def _added(claims, findings=(), **cfg):
    out = event_agreements(claims, list(findings), dataclasses.replace(DEFAULT.compare, **cfg))
    return [f for f in out if f not in findings]


def test_one_figure_of_one_counted_thing_agrees_across_the_event() -> None:
    claims = [claim("The death toll has risen to 131, the police said.", "en", "a"),
              claim("Au moins 131 personnes ont perdu la vie dans le stade.", "fr", "b"),
              claim("131 maisons ont été détruites par le feu.", "fr", "c")]
    found = _added(claims)
    assert [(f.kind, f.frame, sorted(e.doc for e in f.evidence), f.cluster) for f in found] == [
        ("agreement", "count:dead", ["d-a", "d-b"], None)]
    assert found[0].id == "f1"


def test_small_figures_vague_frames_and_cited_figures_add_nothing() -> None:
    small = [claim("Five people were killed in the blast.", "en", "a"),
             claim("Cinq personnes ont été tuées dans l'explosion.", "fr", "b")]
    assert _added(small) == []                              # under event_agreement_min
    assert len(_added(small, event_agreement_min=1)) == 1
    vague = [claim("Some 4,000 people gathered in the square.", "en", "a"),
             claim("Sekitar 4.000 orang berkumpul di alun-alun.", "id", "b")]
    assert _added(vague) == []                              # "people": what is counted is not known
    toll = [claim("The death toll has risen to 131, the police said.", "en", "a"),
            claim("Au moins 131 personnes ont perdu la vie dans le stade.", "fr", "b")]
    cited = Finding(id="f7", kind="agreement", slot="quantity", severity="info", summary="", cluster="k1",
                    evidence=tuple(Evidence(c.doc_id, c.id, f.start, f.end, f.text, f.value, c.language)
                                   for c in toll for f in c.facts if f.type in ("number", "quantity")))
    assert _added(toll, [cited]) == []                      # one agreement already cites both
    assert _added(toll, event_agreement_min=0) == []        # off

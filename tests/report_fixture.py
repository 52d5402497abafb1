"""A realistic hand-made ``Report`` for renderer tests (the pipeline's output is not needed).

Four short articles (id/en/fr/ar) on one event. Every offset is computed with ``str.index`` on
the document's raw text, so evidence and claims always quote the source verbatim.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from reconcile.types import (
    Anchor, Claim, Cluster, Document, Evidence, Fact, Finding, Report, Skipped, value_from_json,
)

ID_FRONT = "---\ntitle: Maroko dan Israel teken kerja sama pertahanan\ndate: 2021-11-24\n---\n"
ID_BODY = (
    "Rabat, MINA – Menteri Pertahanan Israel Benny Gantz tiba di Rabat pada Selasa (23/11) "
    "malam dalam kunjungan resmi pertama seorang menteri pertahanan Israel.\n"
    "Kedua negara menandatangani kesepakatan senilai 48 juta dolar AS untuk pembelian drone "
    "dan sistem radar.\n"
    "Kunjungan tersebut berlangsung hingga Kamis (25/11), kata sumber di Kementerian Pertahanan.\n"
)
EN_TEXT = (
    "RABAT, Nov 24 (Wire) - Israeli Defence Minister Benny Gantz arrived in Morocco on "
    "Wednesday, November 24, 2021, for the first official visit of its kind.\n"
    "The two countries signed a defence agreement worth $48 million covering drones and radar "
    "systems, officials said.\n"
    "Gantz also met advisers of King Mohammed VI | a meeting not confirmed by the palace.\n"
)
FR_TEXT = (
    "Le ministre israélien de la Défense, Benny Gantz, est arrivé au Maroc le mardi 23 novembre "
    "2021 pour une visite officielle.\n"
    "Les deux pays ont signé un accord de défense d'une valeur de 50 millions de dollars, "
    "selon la presse israélienne.\n"
)
AR_TEXT = (
    "الرباط - وصل وزير الدفاع الإسرائيلي بيني غانتس إلى الرباط يوم الثلاثاء 23 نوفمبر 2021 "
    "في أول زيارة رسمية من نوعها.\n"
    "ووقع البلدان اتفاقا دفاعيا بقيمة 48 مليون دولار يشمل طائرات مسيرة وأنظمة رادار.\n"
)


def _doc(id_: str, text: str, language: str, **kw: Any) -> Document:
    return Document(id=id_, path=f"articles/{id_}.txt", text=text, language=language, **kw)


def _fact(doc: Document, words: str, type_: str, value: Any, rule: str, **attrs: Any) -> Fact:
    start = doc.text.index(words)
    return Fact(type=type_, start=start, end=start + len(words), text=words, value=value_from_json(type_, value),
                rule=rule, attrs=attrs)


def _claim(cid: str, doc: Document, sentence: str, facts: tuple[Fact, ...], index: int,
           headline: bool = False) -> Claim:
    start = doc.text.index(sentence)
    for f in facts:
        assert start <= f.start and f.end <= start + len(sentence), (cid, f.text)
    return Claim(id=cid, doc_id=doc.id, start=start, end=start + len(sentence), text=sentence,
                 language=doc.language or "und", facts=facts, is_headline=headline,
                 sentence_index=index)


def _ev(claim: Claim, fact: Fact) -> Evidence:
    return Evidence(doc=claim.doc_id, claim=claim.id, start=fact.start, end=fact.end,
                    text=fact.text, value=fact.value, language=claim.language)


def _by_type(claim: Claim, type_: str) -> Fact:
    return next(f for f in claim.facts if f.type == type_)


def make_report() -> Report:
    """Build the fixture: 4 documents, 9 claims, 2 clusters, findings of every kind."""
    d_id = _doc("id_mina", ID_FRONT + ID_BODY, "id", title="Maroko dan Israel teken kerja sama "
                "pertahanan", source="MINA", published=dt.date(2021, 11, 24),
                body_offset=len(ID_FRONT))
    d_en = _doc("en_wire", EN_TEXT, "en", title="Israel & Morocco sign defence pact",
                source="Wire", url="https://example.org/wire/gantz-rabat")
    d_fr = _doc("fr_presse", FR_TEXT, "fr", title="Benny Gantz au Maroc", source="La Presse")
    d_ar = _doc("ar_akhbar", AR_TEXT, "ar", title="غانتس في الرباط", source="أخبار")

    c1 = _claim("c1", d_id, ID_BODY.splitlines()[0], (
        _fact(d_id, "Benny Gantz", "entity", "person:gantz", "entity.gazetteer", kind="person"),
        _fact(d_id, "Rabat", "entity", "place:rabat", "entity.gazetteer", kind="place"),
        _fact(d_id, "Selasa (23/11)", "date", "2021-11-23", "id.weekday_daymonth",
              granularity="day", inferred=True, weekday=1, expr="Selasa (23/11)"),
    ), 0)
    c2 = _claim("c2", d_id, ID_BODY.splitlines()[1], (
        _fact(d_id, "48 juta dolar AS", "money", {"amount": 48000000, "currency": "USD"},
              "id.money_scale"),
    ), 1)
    c3 = _claim("c3", d_id, ID_BODY.splitlines()[2], (
        _fact(d_id, "Kamis (25/11)", "date", "2021-11-25", "id.weekday_daymonth",
              granularity="day", inferred=True, weekday=3, expr="Kamis (25/11)"),
    ), 2)
    c4 = _claim("c4", d_en, EN_TEXT.splitlines()[0], (
        _fact(d_en, "Benny Gantz", "entity", "person:gantz", "entity.gazetteer", kind="person"),
        _fact(d_en, "Morocco", "entity", "place:morocco", "entity.gazetteer", kind="place"),
        _fact(d_en, "Wednesday, November 24, 2021", "date", "2021-11-24", "en.weekday_full_date",
              granularity="day", inferred=False, weekday=2),
    ), 0, headline=False)
    c5 = _claim("c5", d_en, EN_TEXT.splitlines()[1], (
        _fact(d_en, "$48 million", "money", {"amount": 48000000, "currency": "USD"},
              "en.money_symbol_scale"),
    ), 1)
    c6 = _claim("c6", d_en, EN_TEXT.splitlines()[2], (
        _fact(d_en, "King Mohammed VI", "entity", "person:mohammed_vi", "entity.gazetteer",
              kind="person"),
    ), 2)
    c7 = _claim("c7", d_fr, FR_TEXT.splitlines()[0], (
        _fact(d_fr, "Benny Gantz", "entity", "person:gantz", "entity.gazetteer", kind="person"),
        _fact(d_fr, "Maroc", "entity", "place:morocco", "entity.gazetteer", kind="place"),
        _fact(d_fr, "mardi 23 novembre 2021", "date", "2021-11-23", "fr.weekday_full_date",
              granularity="day", inferred=False, weekday=1),
    ), 0)
    c8 = _claim("c8", d_fr, FR_TEXT.splitlines()[1], (
        _fact(d_fr, "50 millions de dollars", "money", {"amount": 50000000, "currency": "USD"},
              "fr.money_scale"),
    ), 1)
    c9 = _claim("c9", d_ar, AR_TEXT.splitlines()[0], (
        _fact(d_ar, "بيني غانتس", "entity", "person:gantz", "entity.gazetteer", kind="person"),
        _fact(d_ar, "الرباط", "entity", "place:rabat", "entity.gazetteer", kind="place"),
        _fact(d_ar, "الثلاثاء 23 نوفمبر 2021", "date", "2021-11-23", "ar.weekday_full_date",
              granularity="day", inferred=False, weekday=1),
    ), 0)
    c10 = _claim("c10", d_ar, AR_TEXT.splitlines()[1], (
        _fact(d_ar, "48 مليون دولار", "money", {"amount": 48000000, "currency": "USD"},
              "ar.money_scale"),
    ), 1)
    claims = (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10)

    k1 = Cluster("k1", ("c1", "c4", "c7", "c9"), similarity=0.87, pair_scores={
        "c1|c4": 0.86, "c1|c7": 0.88, "c1|c9": 0.85, "c4|c7": 0.90, "c4|c9": 0.84,
        "c7|c9": 0.89})
    k2 = Cluster("k2", ("c2", "c5", "c8", "c10"), similarity=0.83, pair_scores={
        "c2|c5": 0.84, "c2|c8": 0.80, "c2|c10": 0.83, "c5|c8": 0.86, "c5|c10": 0.82,
        "c8|c10": 0.81})

    date = {c.id: _by_type(c, "date") for c in (c1, c4, c7, c9)}
    money = {c.id: _by_type(c, "money") for c in (c2, c5, c8, c10)}
    gantz = {c.id: c.facts[0] for c in (c1, c4, c7, c9)}
    place = {c.id: c.facts[1] for c in (c1, c4, c7, c9)}
    by_id = {c.id: c for c in claims}
    findings = (
        Finding("f2", "conflict", "money", "medium",
                "Deal value: 48,000,000 USD (id, en, ar) vs 50,000,000 USD (fr)", "k2",
                tuple(_ev(by_id[k], f) for k, f in money.items()),
                ("money values compared after normalization to USD",
                 "c8 differs from c2, c5, c10 by 4.2%, above the 1% tolerance")),
        Finding("f1", "conflict", "date", "high",
                "Arrival date: 2021-11-23 (id, fr, ar) vs 2021-11-24 (en)", "k1",
                tuple(_ev(by_id[k], f) for k, f in date.items()),
                ("c1 'Selasa (23/11)' resolved against front-matter anchor 2021-11-24",
                 "c4 states an explicit full date", "day-level dates differ by 1 day")),
        Finding("f3", "agreement", "entity", "info", "All sources name Benny Gantz", "k1",
                tuple(_ev(by_id[k], f) for k, f in gantz.items()),
                ("canonical id person:gantz in 4 documents",)),
        Finding("f4", "variant", "entity", "low",
                "Place given as Rabat (id, ar) or Morocco (en, fr)", "k1",
                tuple(_ev(by_id[k], f) for k, f in place.items()),
                ("place:rabat is inside place:morocco: compatible, different precision",)),
        Finding("f5", "single_source", "date", "info",
                "Only id_mina says the visit lasted until Thursday (25/11)", None,
                (_ev(c3, c3.facts[0]),), ("no aligned claim in other documents",)),
        Finding("f6", "single_source", "entity", "info",
                "Only en_wire reports a meeting with advisers of King Mohammed VI", None,
                (_ev(c6, c6.facts[0]),), ("no aligned claim in other documents",)),
    )

    dl = "Nov 24"
    anchors = {
        "id_mina": Anchor(dt.date(2021, 11, 24), "front_matter"),
        "en_wire": Anchor(dt.date(2021, 11, 24), "dateline", text=dl, start=EN_TEXT.index(dl),
                          end=EN_TEXT.index(dl) + len(dl)),
        "fr_presse": Anchor(dt.date(2021, 11, 23), "text", text="mardi 23 novembre 2021",
                            start=FR_TEXT.index("mardi 23"),
                            end=FR_TEXT.index("mardi 23") + len("mardi 23 novembre 2021")),
        "ar_akhbar": Anchor(dt.date(2021, 11, 24), "borrowed", borrowed_from="en_wire"),
    }
    consistency = {"overall": 0.8, "pairs": {
        "id_mina|en_wire": {"score": 0.67, "shared": 3, "agree": 2, "conflict": 1},
        "id_mina|fr_presse": {"score": 0.67, "shared": 3, "agree": 2, "conflict": 1},
        "id_mina|ar_akhbar": {"score": 1.0, "shared": 3, "agree": 3, "conflict": 0},
        "en_wire|fr_presse": {"score": 0.67, "shared": 3, "agree": 1, "conflict": 2},
        "en_wire|ar_akhbar": {"score": 0.67, "shared": 3, "agree": 2, "conflict": 1},
        "fr_presse|ar_akhbar": {"score": 0.67, "shared": 3, "agree": 2, "conflict": 1},
    }}
    metadata = {"model": "fake-multilingual-e5-small", "fingerprint": "sha256:3f9a1c0d",
                "similarity": "cosine", "generated": "2021-11-26T09:30:00+00:00",
                "version": "0.1.0"}
    return Report(
        documents=(d_id, d_en, d_fr, d_ar), claims=claims, clusters=(k1, k2),
        findings=findings,
        skipped=(Skipped("articles/scan_kompas.pdf", "unsupported file type .pdf"),
                 Skipped("articles/empty.txt", "no text after front matter")),
        anchors=anchors, consistency=consistency, metadata=metadata)

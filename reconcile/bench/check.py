"""How ``reconcile check`` scales: index build time per article, and the time and peak memory of
one check at two corpus sizes (the check must grow sublinearly: it queries the vector index and
compares a bounded sub-corpus, never the whole corpus).

The corpus is synthetic but shaped like news: many distinct made-up events (agreements, purchases,
openings, disasters), each reported by several short articles (3-5 sentences) in id/en/fr/ar with
varied entities, dates, amounts and counts, so the vector index has realistic near neighbours.
"""
from __future__ import annotations

import datetime as dt
import random
import resource
import shutil
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from ..types import Document

LANGS = ("en", "fr", "id", "ar")
COUNTRIES = {
    "en": ["Kenya", "Peru", "Vietnam", "Norway", "Chile", "Ghana", "Poland", "Malaysia", "Senegal", "Portugal",
           "Colombia", "Tunisia", "Finland", "Uganda", "Jordan", "Mongolia"],
    "fr": ["Kenya", "Pérou", "Vietnam", "Norvège", "Chili", "Ghana", "Pologne", "Malaisie", "Sénégal", "Portugal",
           "Colombie", "Tunisie", "Finlande", "Ouganda", "Jordanie", "Mongolie"],
    "id": ["Kenya", "Peru", "Vietnam", "Norwegia", "Chili", "Ghana", "Polandia", "Malaysia", "Senegal", "Portugal",
           "Kolombia", "Tunisia", "Finlandia", "Uganda", "Yordania", "Mongolia"],
    "ar": ["كينيا", "بيرو", "فيتنام", "النرويج", "تشيلي", "غانا", "بولندا", "ماليزيا", "السنغال", "البرتغال",
           "كولومبيا", "تونس", "فنلندا", "أوغندا", "الأردن", "منغوليا"],
}
FIRST = ["Amina", "Jonas", "Lucia", "Tomas", "Nadia", "Karim", "Elena", "Samuel", "Ines", "Rafael", "Leila", "Oskar"]
LAST = ["Okafor", "Lindqvist", "Moreno", "Haddad", "Nowak", "Tanaka", "Mensah", "Duarte", "Rahimi", "Kowalski",
        "Santos", "Bakker"]
FIRST_AR = ["أمينة", "يوناس", "لوسيا", "توماس", "نادية", "كريم", "إيلينا", "صامويل", "إيناس", "رافائيل", "ليلى", "أوسكار"]
LAST_AR = ["أوكافور", "ليندكفيست", "مورينو", "حداد", "نوفاك", "تاناكا", "مينساه", "دوارتي", "رحيمي", "كوفالسكي",
           "سانتوس", "باكر"]
ITEMS = {  # (en, fr, id, ar) plural nouns
    "patrol boats": ("patrol boats", "patrouilleurs", "kapal patroli", "زوارق دورية"),
    "helicopters": ("helicopters", "hélicoptères", "helikopter", "طائرات مروحية"),
    "trains": ("trains", "trains", "kereta", "قطارات"),
    "radars": ("radar systems", "systèmes radar", "sistem radar", "أنظمة رادار"),
    "buses": ("electric buses", "bus électriques", "bus listrik", "حافلات كهربائية"),
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
           "November", "Desember"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}


def _date(lang: str, d: dt.date) -> str:
    wd, m = WEEKDAYS[lang][d.weekday()], MONTHS[lang][d.month - 1]
    return {"en": f"{wd}, {d.day} {m} {d.year}", "fr": f"{wd} {d.day} {m} {d.year}",
            "id": f"{wd} ({d.day}/{d.month}/{d.year})", "ar": f"يوم {wd} {d.day} {m} {d.year}"}[lang]


def _money(lang: str, millions: int) -> str:
    return {"en": f"${millions} million", "fr": f"{millions} millions de dollars",
            "id": f"{millions} juta dolar AS", "ar": f"{millions} مليون دولار"}[lang]


def _article(lang: str, ev: dict[str, Any], variant: int, rng: random.Random) -> str:
    a, b = COUNTRIES[lang][ev["a"]], COUNTRIES[lang][ev["b"]]
    who = f"{FIRST_AR[ev['p1']]} {LAST_AR[ev['p2']]}" if lang == "ar" else f"{FIRST[ev['p1']]} {LAST[ev['p2']]}"
    arrive, sign = _date(lang, ev["arrive"]), _date(lang, ev["sign"])
    money, n = _money(lang, ev["millions"]), ev["count"]
    item = ITEMS[ev["item"]][LANGS.index(lang)]
    if lang == "en":
        s = [f"{b} and {a} sign a defence purchase agreement",
             f"{a}'s defence minister {who} arrived in the capital of {b} on {arrive} for an official visit.",
             rng.choice([f"{a} and {b} signed the agreement on {sign}, officials said.",
                         f"The agreement between {b} and {a} was signed on {sign}, the {b} ministry said."]),
             rng.choice([f"Under the deal {b} will buy {n} {item} from {a} for {money}.",
                         f"{b} agreed to pay {money} for {n} {item} built in {a}."]),
             f"It is the first agreement of its kind between {a} and {b}, according to the ministry."]
    elif lang == "fr":
        s = [f"{b} et {a} signent un accord d'achat militaire",
             f"Le ministre de la Défense de {a}, {who}, est arrivé dans la capitale de {b} le {arrive} pour une "
             f"visite officielle.",
             rng.choice([f"{a} et {b} ont signé l'accord le {sign}, selon des responsables.",
                         f"L'accord entre {b} et {a} a été signé le {sign}, a indiqué le ministère."]),
             f"Selon l'accord, {b} achètera {n} {item} pour {money}.",
             f"C'est le premier accord de ce type entre {a} et {b}, selon le ministère."]
    elif lang == "id":
        s = [f"{b} dan {a} teken perjanjian pembelian alat pertahanan",
             f"Menteri Pertahanan {a} {who} tiba di ibu kota {b} pada {arrive} dalam kunjungan resmi.",
             rng.choice([f"{a} dan {b} menandatangani perjanjian tersebut pada {sign}, kata pejabat.",
                         f"Perjanjian antara {b} dan {a} ditandatangani pada {sign}, kata kementerian."]),
             f"Dalam kesepakatan itu {b} akan membeli {n} {item} dari {a} senilai {money}.",
             f"Ini adalah perjanjian pertama antara {a} dan {b}, menurut kementerian."]
    else:
        s = [f"{b} و{a} توقعان اتفاقية شراء دفاعية",
             f"وصل وزير دفاع {a} {who} إلى عاصمة {b} {arrive} في زيارة رسمية.",
             rng.choice([f"ووقعت {a} و{b} الاتفاقية {sign}، بحسب مسؤولين.",
                         f"وتم توقيع الاتفاقية بين {b} و{a} {sign}، بحسب الوزارة."]),
             f"وبموجب الاتفاق ستشتري {b} {n} {item} من {a} مقابل {money}.",
             f"وهذه أول اتفاقية من نوعها بين {a} و{b}، بحسب الوزارة."]
    keep = [s[0], s[1]] + rng.sample(s[2:], k=min(3, 1 + variant % 3))
    return "\n".join([keep[0], ""] + keep[1:]) + "\n"


def _event(rng: random.Random) -> dict[str, Any]:
    a, b = rng.sample(range(len(COUNTRIES["en"])), 2)
    arrive = dt.date(2019, 1, 7) + dt.timedelta(days=rng.randrange(0, 5 * 365))
    return {"a": a, "b": b, "p1": rng.randrange(len(FIRST)), "p2": rng.randrange(len(LAST)), "arrive": arrive,
            "sign": arrive + dt.timedelta(days=rng.randrange(0, 3)), "millions": rng.randrange(5, 900),
            "count": rng.randrange(2, 40), "item": rng.choice(list(ITEMS))}


def make_corpus(n: int, seed: int = 7) -> tuple[list[Document], list[dict[str, Any]]]:
    """``n`` articles on ``n // 4`` distinct events, each reported in id/en/fr/ar; and the events."""
    rng = random.Random(seed)
    docs: list[Document] = []
    events: list[dict[str, Any]] = []
    while len(docs) < n:
        e, ev = len(events), _event(rng)
        events.append(ev)
        for v, lang in enumerate(LANGS):
            if len(docs) >= n:
                break
            pub = ev["sign"] + dt.timedelta(days=rng.randrange(0, 3))
            docs.append(Document(id=f"ev{e:05d}_{lang}", path=f"synthetic/ev{e:05d}_{lang}.txt",
                                 text=_article(lang, ev, v + e, rng), language=lang, published=pub))
    return docs, events


def contradicting(event: dict[str, Any], seed: int = 11) -> Document:
    """A new English article on ``event`` that gives another amount (what a check must catch)."""
    ev = {**event, "millions": event["millions"] + 250}
    rng = random.Random(seed)
    text = _article("en", ev, 2, rng)
    # make sure the amount sentence is in it
    if _money("en", ev["millions"]) not in text:
        text += f"Under the deal {COUNTRIES['en'][ev['b']]} will buy {ev['count']} {ITEMS[ev['item']][0]} from " \
                f"{COUNTRIES['en'][ev['a']]} for {_money('en', ev['millions'])}.\n"
    return Document(id="new_article", path="new/new_article.txt", text=text, language="en",
                    published=ev["sign"] + dt.timedelta(days=1))


def _check_once(new: Document, index_dir: Path, embedder, trace: bool = False) -> dict[str, Any]:
    """One check; timed without tracemalloc (which slows Python several-fold), or traced for memory."""
    from ..check import check

    if trace:
        tracemalloc.start()
    t = time.perf_counter()
    res = check([], str(index_dir), embedder, documents=[new])
    elapsed = time.perf_counter() - t
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.stop()
    return {"seconds": elapsed, "peak_mib": peak / 2**20, "exit_code": res.exit_code,
            "failing": sorted({f"{f.finding.slot}:{','.join(sorted({e.doc for e in f.finding.evidence}))}"
                               for f in res.failing}),
            "corpus_docs": len(res.corpus_documents), "timings": res.metadata.get("timings")}


def run(n_small: int = 200, n_large: int = 2000, embedder: str | Any = "default",
        workdir: str | None = None, repeats: int = 5) -> dict[str, Any]:
    """Build indexes of ``n_small`` and ``n_large`` articles and time one check against each."""
    from ..embed import load_embedder
    from ..index import update_index

    emb = load_embedder(None if embedder == "default" else embedder, cache=False) \
        if isinstance(embedder, str) else embedder
    out: dict[str, Any] = {"embedder": getattr(emb, "name", str(embedder))}
    docs, events = make_corpus(max(n_small, n_large))
    sample = [line for d in docs[:64] for line in d.text.splitlines() if line.strip()][:128]
    emb.encode(sample[:8])                                        # warm-up (model load excluded)
    t = time.perf_counter()
    emb.encode(sample)
    out["embed_sentences_per_s"] = round(len(sample) / (time.perf_counter() - t), 1)
    new = contradicting(events[0])
    root = Path(workdir or tempfile.mkdtemp(prefix="reconcile-bench-check-"))
    try:
        for label, n in (("small", n_small), ("large", n_large)):
            d = root / f"index-{n}"
            shutil.rmtree(d, ignore_errors=True)
            t = time.perf_counter()
            stats = update_index(docs[:n], d, emb)
            build = time.perf_counter() - t
            out[f"{label}_articles"] = n
            out[f"{label}_build_s"] = round(build, 1)
            out[f"{label}_build_ms_per_article"] = round(1000 * build / n, 1)
            out[f"{label}_claims_embedded"] = stats.embedded_texts
            _check_once(new, d, emb)                              # warm caches (files, imports)
            runs = [_check_once(new, d, emb) for _ in range(repeats)]
            out[f"{label}_check_s"] = round(statistics.median(r["seconds"] for r in runs), 3)
            out[f"{label}_check_peak_mib"] = round(_check_once(new, d, emb, trace=True)["peak_mib"], 1)
            out[f"{label}_check_exit_code"] = runs[0]["exit_code"]
            out[f"{label}_check_corpus_docs"] = runs[0]["corpus_docs"]
            out[f"{label}_check_failing"] = runs[0]["failing"]
            out[f"{label}_check_stages"] = {k: round(v, 3) for k, v in (runs[0]["timings"] or {}).items()}
        out["check_growth"] = round(out["large_check_s"] / max(out["small_check_s"], 1e-9), 2)
        out["corpus_growth"] = round(n_large / n_small, 2)
        out["sublinear"] = out["check_growth"] < out["corpus_growth"]
        out["max_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    finally:
        if workdir is None:
            shutil.rmtree(root, ignore_errors=True)
    return out


def main(**kwargs: Any) -> None:
    for k, v in run(**kwargs).items():
        print(f"{k:32} {v}")

"""Score our fact finders on Duckling's corpora (Numeral, Ordinal, AmountOfMoney; Time and
Duration when ``reconcile/bench/facts_time.py`` registers scorers) for id/en/fr/ar.

An example is correct when the finder yields exactly one fact of that dimension covering the
whole text with the expected value. Examples we cannot express by design (money intervals and
bounds, amounts without a named currency, cents, fractions, vague quantifiers, Duckling's
latent-only examples) are *skipped* with a reason, not counted wrong.

Usage: ``python -m reconcile.bench.facts [DUCKLING_DIR] [--dim Numeral] [--lang id]``.

Extending: ``SCORERS`` maps a Duckling dimension name to a scorer
``(example, text, language) -> Outcome``. ``reconcile.bench.facts_time`` (optional, imported
lazily) may add entries, either by mutating this dict on import or by defining its own
``SCORERS`` dict, which is merged in.
"""
from __future__ import annotations

import importlib
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from reconcile.bench.duckling import (REFERENCE_TIME, DucklingExample, corpus_paths,
                                      read_corpus_file)
from reconcile.lang import finder
from reconcile.types import Context, Fact, value_to_json

DEFAULT_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "external" / "duckling"
LANGS: tuple[str, ...] = ("id", "en", "fr", "ar")
MAIN_SECTIONS = frozenset({"allExamples", "defaultCorpus", "corpus"})


@dataclass(frozen=True)
class Outcome:
    status: str            # "ok" | "wrong" | "skip"
    detail: str = ""


Scorer = Callable[[DucklingExample, str, str], Outcome]

# Duckling's currency names that are not ISO codes -> the ISO codes we may answer with.
AMBIGUOUS_CURRENCIES: dict[str, frozenset[str]] = {
    "Dollar": frozenset({"USD"}),
    "Pound": frozenset({"GBP", "EGP", "LBP"}),
    "Dinar": frozenset({"IQD", "KWD", "JOD", "DZD", "TND", "LYD", "BHD"}),
    "Riyal": frozenset({"SAR", "QAR", "OMR", "YER"}),
    "Rial": frozenset({"IRR", "OMR", "YER"}),
}
_FRACTION = re.compile(r"^\s*-?\s*[\d٠-٩]+\s*/\s*[\d٠-٩]+\s*$")
_VAGUE = re.compile(r"^(a )?(few|couple( of)?|pair|single|nil|dozen of|a dozen of)$", re.I)


def _num(s: str) -> float:
    return float(s.replace("(", "").replace(")", "").replace(" ", ""))


def _close(a: Any, b: float) -> bool:
    return isinstance(a, (int, float)) and not isinstance(a, bool) and \
        math.isclose(float(a), b, rel_tol=1e-9, abs_tol=1e-9)


def _whole(text: str, f: Fact) -> bool:
    lead = len(text) - len(text.lstrip())
    return f.start == lead and f.end == len(text.rstrip())


def _one_fact(text: str, language: str, dim: str) -> tuple[Fact | None, str]:
    facts = [f for f in finder(dim)(text, Context(language, REFERENCE_TIME.date(), "next"))
             if f.type == dim]
    if len(facts) != 1:
        return None, f"{len(facts)} facts: {[(f.text, value_to_json(f.value)) for f in facts]}"
    if not _whole(text, facts[0]):
        return None, f"partial: {facts[0].text!r}={value_to_json(facts[0].value)!r}"
    return facts[0], ""


def score_numeral(ex: DucklingExample, text: str, language: str) -> Outcome:
    m = re.fullmatch(r"NumeralValue\s+(\(?\s*-?[\d.e+]+\s*\)?)", ex.value)
    if not m:
        return Outcome("skip", f"unknown value {ex.value}")
    if _FRACTION.match(text):
        return Outcome("skip", "fraction (slash numbers are read as dates)")
    if _VAGUE.match(text.strip()):
        return Outcome("skip", "vague quantifier")
    want = _num(m.group(1))
    f, why = _one_fact(text, language, "number")
    if f is None:
        return Outcome("wrong", why)
    return Outcome("ok") if _close(f.value.value, want) else Outcome("wrong", f"value {f.value.value!r}")


def score_ordinal(ex: DucklingExample, text: str, language: str) -> Outcome:
    m = re.fullmatch(r"OrdinalData\s+(\(?\s*-?\d+\s*\)?)", ex.value)
    if not m:
        return Outcome("skip", f"unknown value {ex.value}")
    want = _num(m.group(1))
    f, why = _one_fact(text, language, "ordinal")
    if f is None:
        return Outcome("wrong", why)
    return Outcome("ok") if _close(f.value.value, want) else Outcome("wrong", f"value {f.value.value!r}")


def score_money(ex: DucklingExample, text: str, language: str) -> Outcome:
    m = re.fullmatch(r"simple\s+(\w+)\s+(\(?\s*-?[\d.e+]+\s*\)?)", ex.value)
    if not m:
        kind = ex.value.split()[0]
        return Outcome("skip", f"{kind}: intervals and bounds are not a money value here")
    cur, amount = m.group(1), _num(m.group(2))
    if cur == "Unnamed":
        return Outcome("skip", "no currency named")
    if cur == "Cent":
        return Outcome("skip", "cents without a currency")
    ok_codes = AMBIGUOUS_CURRENCIES.get(cur, frozenset({cur}))
    f, why = _one_fact(text, language, "money")
    if f is None:
        return Outcome("wrong", why)
    v = f.value
    if not _close(v.amount, amount):
        return Outcome("wrong", f"amount {v.amount!r}")
    if v.currency not in ok_codes:
        return Outcome("wrong", f"currency {v.currency!r}")
    return Outcome("ok")


SCORERS: dict[str, Scorer] = {
    "Numeral": score_numeral,
    "Ordinal": score_ordinal,
    "AmountOfMoney": score_money,
}


def _load_extra_scorers() -> None:
    """Merge scorers of the optional dates bench module (Time, Duration) when it exists."""
    try:
        mod = importlib.import_module("reconcile.bench.facts_time")
    except ModuleNotFoundError as e:
        if e.name != "reconcile.bench.facts_time":
            raise
        return
    extra = getattr(mod, "SCORERS", None)
    if isinstance(extra, dict):
        for k, v in extra.items():
            SCORERS.setdefault(k, v)


def run(duckling_dir: str | Path = DEFAULT_DIR, dims: Iterable[str] | None = None,
        langs: Iterable[str] | None = None, sublocales: bool = False,
        console: Any = None) -> dict[str, Any]:
    """Score every (language, dimension) pair that has a Duckling corpus.

    Returns ``{"table": {lang: {dim: {"correct", "wrong", "skipped", "total", "accuracy"}}},
    "wrong": [...], "skipped": [...]}``; prints a rich table when ``console`` is given.
    """
    _load_extra_scorers()
    dims = list(dims or SCORERS)
    langs = list(langs or LANGS)
    table: dict[str, dict[str, dict[str, Any]]] = {}
    wrong: list[dict[str, str]] = []
    skipped: list[dict[str, str]] = []
    for lang in langs:
        for dim in dims:
            scorer = SCORERS.get(dim)
            paths = corpus_paths(duckling_dir, dim, lang, sublocales)
            if scorer is None or not paths:
                continue
            cell = {"correct": 0, "wrong": 0, "skipped": 0}
            for path in paths:
                for ex in read_corpus_file(path).examples:
                    for text in ex.texts:
                        row = {"lang": lang, "dim": dim, "text": text, "value": ex.value}
                        if ex.section not in MAIN_SECTIONS:
                            out = Outcome("skip", f"section {ex.section}")
                        else:
                            try:
                                out = scorer(ex, text, lang)
                            except Exception as e:  # noqa: BLE001 - a crash is a wrong answer
                                out = Outcome("wrong", f"error {type(e).__name__}: {e}")
                        if out.status == "ok":
                            cell["correct"] += 1
                        elif out.status == "skip":
                            cell["skipped"] += 1
                            skipped.append({**row, "reason": out.detail})
                        else:
                            cell["wrong"] += 1
                            wrong.append({**row, "detail": out.detail})
            scored = cell["correct"] + cell["wrong"]
            table.setdefault(lang, {})[dim] = {
                **cell, "total": scored, "accuracy": cell["correct"] / scored if scored else None}
    result = {"table": table, "wrong": wrong, "skipped": skipped}
    if console is not None:
        print_table(result, console)
    return result


def print_table(result: dict[str, Any], console: Any) -> None:
    """Accuracy per language x dimension as a rich table."""
    from rich.table import Table

    dims = sorted({d for row in result["table"].values() for d in row})
    t = Table(title="Duckling corpora: correct / scored (skipped)")
    t.add_column("lang")
    for d in dims:
        t.add_column(d, justify="right")
    for lang, row in result["table"].items():
        cells = []
        for d in dims:
            c = row.get(d)
            if c is None or c["accuracy"] is None:
                cells.append("-")
            else:
                cells.append(f"{c['accuracy']:.1%} {c['correct']}/{c['total']} ({c['skipped']})")
        t.add_row(lang, *cells)
    console.print(t)


def main(argv: list[str] | None = None) -> int:
    import argparse

    from rich.console import Console

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("duckling_dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--dim", action="append")
    ap.add_argument("--lang", action="append")
    ap.add_argument("--sublocales", action="store_true")
    ap.add_argument("--show-wrong", action="store_true")
    ap.add_argument("--show-skipped", action="store_true")
    a = ap.parse_args(argv)
    console = Console()
    res = run(a.duckling_dir, a.dim, a.lang, a.sublocales, console)
    if a.show_wrong:
        for w in res["wrong"]:
            console.print(f"[red]{w['lang']} {w['dim']}[/] {w['text']!r} <- {w['value']}: "
                          f"{w['detail']}", markup=True, highlight=False)
    if a.show_skipped:
        for s in res["skipped"]:
            console.print(f"{s['lang']} {s['dim']} {s['text']!r}: {s['reason']}",
                          highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

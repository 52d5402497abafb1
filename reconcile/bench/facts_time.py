"""Score our date and duration finders on Duckling's Time and Duration corpora.

Duckling resolves against Tuesday 2013-02-12 04:30 and reads a bare weekday as the next one,
so we score with ``weekday_policy="next"``. Only what our finders claim to cover counts: dates
at day/month/year granularity (absolute, weekday and relative). Times of day, hour/minute
intervals, holidays, weeks, quarters and seasons are listed as skipped with the reason.

One documented difference follows the policy: in ``"next"`` mode a *count* of months or years
from the reference ("three months ago", "dans deux ans") resolves one grain finer, as Duckling
does (the day / the month); the news default keeps the calendar month / year.

Known, deliberate misses (precision in news text): bare "May"/"March"/"mars", "sat"/"sun",
"2-15" (scores, ranges), "2014-10" (fiscal years like 2011-12), "2'"/"1\"" and "2m"
(feet, inches, millions, metres), Arabic bare singular units ("شهر", "ثانية" = second/ordinal).
Arabic "الثلاثاء الثالث من شهر ايلول" is read as a date (Tuesday 3 September), not Duckling's
third Tuesday of September.

    PYTHONPATH=. python -m reconcile.bench.facts_time [duckling_dir] [-v]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from reconcile.bench._common import PROJECT_ROOT
from reconcile.bench.duckling import REFERENCE_TIME, corpus_paths, read_corpus
from reconcile.facts.date import find_dates
from reconcile.facts.duration import duration_seconds, find_durations, iso_duration
from reconcile.types import Context, value_to_json

DEFAULT_DIR = str(PROJECT_ROOT.parent / "shared" / "external" / "duckling")
_DATETIME = re.compile(r"^datetime \((\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\) (\w+)$")
_DURATION = re.compile(r"^DurationData (\d+(?:\.\d+)?) (\w+)$")
_GRAINS = {"Second": "second", "Minute": "minute", "Hour": "hour", "Day": "day",
           "Week": "week", "Month": "month", "Quarter": "quarter", "Year": "year"}


# Constructions inside Day/Month/Year values that we do not claim to cover (reason, pattern).
OUT_OF_SCOPE_TEXT: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("holiday", r"christmas|easter|new year|thanksgiving|halloween|valentine|ides"),
        ("nth weekday/day of a month", r"\b(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?(?:day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon)s?\s+(?:of|in)\b"),
        ("day of another month", r"\b(?:of|day of)\s+(?:the\s+)?(?:next|previous|current|this|last)\s+month"),
        ("counted weekdays", r"\b(?:\w+)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days\s+(?:from|back|ago)"),
        ("upcoming N units", r"\bupcoming\b"),
        ("closest weekday", r"\bclosest\b"),
        ("time of day words", r"\bat this time\b|\bnow\b"),
        ("day of month alone", r"^(?:on\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)?|first)$"),
        ("era marker", r"\ba\.?d\.?$"),
    ],
    "fr": [
        ("holiday", r"noel|toussaint|jour de l'an|nouvel an|fete|jour des morts|paques"),
        ("nth weekday/day of a month", r"\b(?:premier|premiere|deuxieme|dernier|\d+e(?:me)?)\s+(?:\w+\s+)?(?:jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:de|du|d')"),
        ("weekday 'en huit/quinze'", r"\ben\s+(?:huit|8|quinze|15)$"),
        ("day of month alone", r"^(?:le\s+)?\d+$"),
        ("day and month without separator", r"^(?:le\s+)?\d{1,2}\s+\d{1,2}(?:\s+\d{2,4})?$"),
        ("time of day words", r"\bce moment\b|\bdans la journee\b"),
    ],
    "ar": [
        ("holiday", r"كريسماس|عيد"),
        # an ordinal before a weekday (or "day"), then "of/in <month>"; "الثالث عشر من شباط"
        # (13 February) is a day of the month and stays in scope.
        ("nth weekday/day of a month", r"(?:اخر|الاخير|اول|الاول|الأولى|ثالث|الثالث|ثاني|الثانيه|الثانية|ثان)\s+(?:يوم\s+)?(?:ال)?(?:اثنين|ثلاثاء|اربعاء|اربعا|خميس|جمعه|سبت|احد)\s+(?:من|في|ب)|الاخير من"),
        ("month by number", r"شهر\s+(?:\d+|ثلاثه|ثلاثة|عشره|عشرة)"),
    ],
}


def out_of_scope(text: str, lang: str) -> str | None:
    """The reason a Day/Month/Year example is outside what we claim, or None."""
    from reconcile.facts.date import fold, fold_regex

    t = fold(text)
    for reason, pat in OUT_OF_SCOPE_TEXT.get(lang, []):
        # fold_regex, not fold: folding lower-cases the regex escapes (\S would become \s).
        if re.search(fold_regex(pat), t):
            return f"out of scope: {reason}"
    return None


def expected_time(value: str) -> tuple[str | None, str | None]:
    """(our value, None) for an in-scope Duckling time value, else (None, reason skipped)."""
    m = _DATETIME.match(value)
    if not m:
        head = value.split(" ", 1)[0]
        return None, f"out of scope: {head}"
    y, mo, d, h, mi, s = (int(x) for x in m.groups()[:6])
    grain = m.group(7)
    if grain == "Day":
        return f"{y:04d}-{mo:02d}-{d:02d}", None
    if grain == "Month":
        return f"{y:04d}-{mo:02d}", None
    if grain == "Year":
        return f"{y:04d}", None
    return None, f"out of scope: {grain.lower()} granularity"


def expected_duration(value: str) -> tuple[str | None, str | None]:
    """ISO duration for ``DurationData n Grain``, else (None, reason skipped)."""
    m = _DURATION.match(value)
    if not m or m.group(2) not in _GRAINS:
        return None, f"out of scope: {value}"
    n = float(m.group(1))
    return iso_duration(int(n) if n.is_integer() else n, _GRAINS[m.group(2)]), None


def _whole(facts: list[Any], text: str) -> list[Any]:
    """Facts that cover the whole text (surrounding spaces and end punctuation aside)."""
    stripped = text.strip().rstrip(".?!")
    lead = len(text) - len(text.lstrip())
    return [f for f in facts if f.start <= lead and f.end >= lead + len(stripped)]


def _months(value: str) -> float:
    return sum(float(n) * (12 if u == "Y" else 1) for n, u in re.findall(r"([\d.]+)([YM])", value))


def _same(value: Any, want: str) -> bool:
    """Equal values; durations compare by length ("PT1.5H" == "PT90M", as Duckling writes it)."""
    got = value_to_json(value)            # the ISO text of a date or a duration
    if got == want:
        return True
    if re.fullmatch(r"P[\d.YM]+", str(got)) and re.fullmatch(r"P[\d.YM]+", want):
        return _months(str(got)) == _months(want)      # "P2Y3M" == "P27M"
    a, b = duration_seconds(str(got)), duration_seconds(want)
    return a is not None and b is not None and abs(a - b) < 1e-6 * max(1.0, b)


def _score(lang: str, corpus_path: str | Path, expected: Any, finder: Any) -> dict[str, Any]:
    ctx = Context(lang, REFERENCE_TIME.date(), weekday_policy="next")
    out: dict[str, Any] = {"correct": 0, "total": 0, "skipped": [], "errors": []}
    for ex in read_corpus(corpus_path):
        want, why = expected(ex.value)
        for text in ex.texts:
            reason = why or (out_of_scope(text, lang) if finder is find_dates else None)
            if reason:
                out["skipped"].append((text, reason))
                continue
            out["total"] += 1
            facts = finder(text, ctx)
            whole = _whole(facts, text)
            if any(_same(f.value, want) for f in whole):
                out["correct"] += 1
            else:
                got = [(f.text, value_to_json(f.value)) for f in facts]
                out["errors"].append((text, want, got))
    return out


def score_time(lang: str, corpus_path: str | Path) -> dict[str, Any]:
    """Accuracy of ``find_dates`` on one Duckling Time corpus (in-scope examples only)."""
    return _score(lang, corpus_path, expected_time, find_dates)


def score_duration(lang: str, corpus_path: str | Path) -> dict[str, Any]:
    """Accuracy of ``find_durations`` on one Duckling Duration corpus."""
    return _score(lang, corpus_path, expected_duration, find_durations)


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("-")]
    root = args[0] if args else DEFAULT_DIR
    verbose = "-v" in argv
    for dim, fn in (("Time", score_time), ("Duration", score_duration)):
        for lang in ("en", "fr", "ar"):
            for path in corpus_paths(root, dim, lang):
                r = fn(lang, path)
                pct = 100.0 * r["correct"] / r["total"] if r["total"] else 0.0
                print(f"{dim:8s} {lang}: {r['correct']}/{r['total']} = {pct:.1f}% "
                      f"(skipped {len(r['skipped'])})")
                if verbose:
                    for e in r["errors"]:
                        print("   ", e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

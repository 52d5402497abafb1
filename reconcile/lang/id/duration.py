"""Indonesian duration data: units, "se-" words (sehari = one day), interval words.

"<number> tahun" is a duration ("setelah 42 tahun", "selama dua hari"); followed by "lalu" it
is a date ("dua tahun lalu") and left to the date finder.
"""
from __future__ import annotations

from datetime import date

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

# The tables in duration.yaml: templates (``{NAME}`` placeholders filled by
# reconcile.facts.duration) and the example corpus, read on its reference date.
PATTERNS: list[tuple[str, str]] = _DATA.rows("PATTERNS")
CORPUS_REFERENCE_DATE = date(2025, 5, 30)   # a Friday
CORPUS: list[tuple[str, str]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

ONE_WORDS = {"satu": 1, "se": 1}
NUMBER_WORDS: tuple[str, ...] = ()
UNITS = {
    "hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year",
    "thn": "year", "bln": "month", "jam": "hour", "menit": "minute", "detik": "second",
    "dekade": "decade", "dasawarsa": "decade", "abad": "century", "windu": "windu",
}
SINGULAR_UNITS = {"sehari": "day", "sepekan": "week", "seminggu": "week", "sebulan": "month",
                  "setahun": "year", "sejam": "hour", "semenit": "minute", "sedetik": "second",
                  "satu dekade": "decade", "seabad": "century", "sedekade": "decade"}
APPROX = {"sekitar": "approx", "kira-kira": "approx", "hampir": "approx", "lebih dari": "min",
          "lebih kurang": "approx", "kurang lebih": "approx", "kurang dari": "max",
          "setidaknya": "min", "sedikitnya": "min", "paling tidak": "min", "nyaris": "approx",
          "lebih dari satu": "min"}
LEAD = r"selama|dalam\s+waktu|dalam|sepanjang|setelah|sesudah"
DATE_AFTER = r"\s+(?:(?:yang\s+)?(?:lalu|silam|sebelumnya|kemudian|lagi|mendatang)|setelah|sesudah|usai|pasca|sebelum)\b"
DATE_BEFORE = ""
SINCE = r"sejak|semenjak|mulai"
SINCE_TAIL = r"lalu|silam"
UNTIL = r"hingga|sampai|sampai\s+dengan|s\.?d\.?|s/d|berlangsung\s+hingga|berlangsung\s+sampai"
RANGE_FROM = r"dari|antara|mulai|sejak"
RANGE_TO = r"hingga|sampai|sampai\s+dengan|s/d|dan|-"

AND = r"dan"  # joins the parts of "2 years and 3 months"

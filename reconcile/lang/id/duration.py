"""Indonesian duration data: units, "se-" words (sehari = one day), interval words.

"<number> tahun" is a duration ("setelah 42 tahun", "selama dua hari"); followed by "lalu" it
is a date ("dua tahun lalu") and left to the date finder.
"""
from __future__ import annotations

from datetime import date

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

PATTERNS: list[tuple[str, str]] = [
    ("num_unit", r"(?:{LEAD}\s+)?(?:{APPROX}\s+)?{NUM}(?:\s+(?P<half>setengah))?\s+{UNIT}"),
    ("se_unit", r"(?:{LEAD}\s+)?(?:{APPROX}\s+)?{SING}"),
    ("half_unit", r"(?:{LEAD}\s+)?(?P<halfa>setengah)\s+{UNIT}"),
]

CORPUS_REFERENCE_DATE = date(2021, 11, 24)

CORPUS: list[tuple[str, str]] = [
    ("dua hari", "P2D"),
    ("selama dua hari", "P2D"),
    ("lebih dari dua tahun", "P2Y"),
    ("setelah 42 Tahun", "P42Y"),
    ("42 Tahun", "P42Y"),
    ("tiga bulan", "P3M"),
    ("sekitar lima jam", "PT5H"),
    ("seminggu", "P1W"),
    ("setahun", "P1Y"),
    ("selama 10 menit", "PT10M"),
    ("berlangsung hingga Kamis (25/11)", "../2021-11-25"),
    ("hingga Kamis (25/11)", "../2021-11-25"),
    ("sejak 2021", "2021/.."),
    ("sejak 2020 lalu", "2020/.."),
    ("dari Selasa hingga Kamis", "2021-11-23/2021-11-25"),
    ("dari 23 hingga 25 November", "2021-11-23/2021-11-25"),
    ("sejak tahun lalu", "2020/.."),
    ("dua pekan", "P2W"),
]

NEGATIVE_CORPUS: list[str] = [
    "enam pekan setelah gempa",          # an offset from an event, not a length
    "3 drone", "F5", "42", "Rp 33.000", "dua tahun lalu",
                              "T/R6/RI-1", "pada 2020", "tahun 2002", "Minggu"]

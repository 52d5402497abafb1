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

CORPUS_REFERENCE_DATE = date(2025, 5, 30)   # a Friday

CORPUS: list[tuple[str, str]] = [
    ("dua hari", "P2D"),
    ("selama dua hari", "P2D"),
    ("lebih dari dua tahun", "P2Y"),
    ("setelah 37 Tahun", "P37Y"),
    ("37 Tahun", "P37Y"),
    ("tiga bulan", "P3M"),
    ("sekitar lima jam", "PT5H"),
    ("seminggu", "P1W"),
    ("setahun", "P1Y"),
    ("selama 10 menit", "PT10M"),
    ("berlangsung hingga Senin (2/6)", "../2025-06-02"),
    ("hingga Senin (2/6)", "../2025-06-02"),
    ("sejak 2022", "2022/.."),
    ("sejak 2016 lalu", "2016/.."),
    ("dari Selasa hingga Kamis", "2025-05-27/2025-05-29"),
    ("dari 12 hingga 14 Mei", "2025-05-12/2025-05-14"),
    ("sejak tahun lalu", "2024/.."),
    ("dua pekan", "P2W"),
]

NEGATIVE_CORPUS: list[str] = [
    "enam pekan setelah gempa",          # an offset from an event, not a length
    "4 truk", "G7", "42", "Rp 27.500", "dua tahun lalu",
                              "K9/B/44-X", "pada 2020", "tahun 1998", "Minggu"]

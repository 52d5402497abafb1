"""Indonesian date data (Duckling has no Indonesian time rules: this is new work).

Modifiers follow the word they modify ("tahun lalu", "Rabu depan"); news writes the weekday
with the day/month in parentheses ("Selasa (23/11) malam"). Words are in folded form.
"""
from __future__ import annotations

from datetime import date

from reconcile.facts import date_builders as b
from reconcile.facts.date import Builder

MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
}
MONTH_ABBR = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
    "agst": 8, "ags": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12,
}
MONTHS_NEED_CONTEXT: set[str] = set()
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}
# "minggu" is also "week": a weekday only with a date, "pada" or "hari".
WEEKDAYS_NEED_CONTEXT = {"minggu"}
RELATIVE_DAYS = {
    "kemarin": -1, "kemaren": -1, "hari ini": 0, "besok": 1, "esok": 1, "esok hari": 1,
    "lusa": 2, "kemarin lusa": -2, "semalam": -1, "tadi malam": -1, "tadi pagi": 0,
    "pagi ini": 0, "malam ini": 0, "sore ini": 0, "siang ini": 0, "keesokan harinya": 1,
    "sehari sebelumnya": -1,
}
UNITS = {
    "hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year",
    "thn": "year", "bln": "month", "jam": "hour", "menit": "minute", "detik": "second",
    "dekade": "decade", "dasawarsa": "decade", "abad": "century",
}
SINGULAR_UNITS = {"sehari": "day", "sepekan": "week", "seminggu": "week", "sebulan": "month",
                  "setahun": "year"}
MODIFIERS = {
    "lalu": -1, "yang lalu": -1, "kemarin": -1, "silam": -1, "sebelumnya": -1, "lalu lalu": -1,
    "depan": 1, "mendatang": 1, "berikutnya": 1, "yang akan datang": 1, "ini": 0,
}
EDGES = {"akhir": "end", "awal": "start", "pertengahan": "mid", "penghujung": "end",
         "medio": "mid", "permulaan": "start"}
PARTS_OF_DAY = {
    "pagi": "morning", "siang": "noon", "sore": "afternoon", "petang": "evening",
    "malam": "night", "dini hari": "early_morning", "pagi hari": "morning",
    "siang hari": "noon", "sore hari": "afternoon", "malam hari": "night",
}
APPROX = {"sekitar": "approx", "kira-kira": "approx", "hampir": "approx", "lebih dari": "min",
          "lebih kurang": "approx", "kurang lebih": "approx", "kurang dari": "max",
          "setidaknya": "min", "sedikitnya": "min", "paling tidak": "min", "nyaris": "approx"}
DAY_SUFFIX = ""
SLASH_ORDER = "dmy"
PREP = r"(?:pada|pd\.?)(?:\s+(?:hari|tanggal|tgl\.?))?|hari|tanggal|tgl\.?"

PATTERNS: list[tuple[str, str, Builder]] = [
    ("day_month_year", r"(?:{PREP}\s+)?(?:{WEEKDAY},?\s+)?{DAY}\s+{MONTH}\.?(?:\s+{YEAR})?(?:\s+{POD})?", b.day_month_year),
    ("weekday_slash", r"(?:{PREP}\s+)?(?:{WEEKDAY},?\s+)?\(?{SLASH}\)?(?:\s+{POD})?", b.slash_date),
    ("iso", r"(?:{PREP}\s+)?{ISO}", b.iso_date),
    ("month_year", r"(?:(?:{PREP})\s+)?(?:bulan\s+)?{MONTH}\.?\s+{YEAR}", b.month),
    ("month", r"(?:(?P<prep>pada|sejak|hingga|bulan|pada\s+bulan)\s+)?{MONTHN}", b.month),
    ("month_mod", r"(?:(?:pada|bulan|pada\s+bulan)\s+)?{MONTHN}\s+{MOD}", b.month),
    ("edge_month", r"(?:pada\s+)?{EDGE}\s+(?:bulan\s+)?{MONTHN}(?:\s+{YEAR})?", b.month),
    ("year", r"(?:pada\s+(?:tahun\s+)?|(?:pada\s+)?(?:tahun|thn\.?)\s+){YEAR}", b.year),
    ("edge_year", r"(?:pada\s+)?{EDGE}\s+(?:tahun\s+)?{YEAR}", b.year),
    ("relday", r"(?:pada\s+)?{RELDAY}(?:\s+{POD})?", b.relative_day),
    ("unit_mod", r"(?:pada\s+)?(?:{EDGE}\s+)?{UNIT}\s+{MOD}", b.unit_offset),
    ("num_ago", r"(?:{APPROX}\s+)?{NUM}\s+{UNIT}\s+(?P<ago>yang\s+lalu|lalu|silam|sebelumnya)", b.units_ago),
    ("sing_ago", r"(?:{APPROX}\s+)?{SING}\s+(?P<ago>yang\s+lalu|lalu|silam|sebelumnya)", b.single_ago),
    ("num_later", r"{NUM}\s+{UNIT}\s+(?P<later>lagi|kemudian|mendatang|ke\s+depan)", b.units_later),
    ("weekday", r"(?:{PREP}\s+)?{WEEKDAY}(?:\s+{POD})?", b.weekday),
    ("weekday_mod", r"(?:{PREP}\s+)?{WEEKDAY}(?:\s+{POD})?\s+{MOD}", b.weekday),
    ("weekday_week", r"(?:{PREP}\s+)?{WEEKDAY}\s+(?:minggu|pekan)\s+{WMOD}", b.weekday),
]

CORPUS_REFERENCE_DATE = date(2019, 7, 31)   # a Wednesday, the last day of a month

CORPUS: list[tuple[str, str | None]] = [
    ("31 Juli 2019", "2019-07-31"),
    ("Pada 30 Juli 2019", "2019-07-30"),
    ("29 Jul 2019", "2019-07-29"),
    ("Senin (29/7)", "2019-07-29"),
    ("pada Selasa (30/7) malam", "2019-07-30"),
    ("Rabu (31/7)", "2019-07-31"),
    ("Kamis (1/8)", "2019-08-01"),
    ("Jumat (17/05/2024)", "2024-05-17"),
    ("(17/05/2024)", "2024-05-17"),
    ("03/09/2020", "2020-09-03"),
    ("2019-07-31", "2019-07-31"),
    ("pada 2017", "2017"),
    ("pada tahun 1998", "1998"),
    ("Maret 2018", "2018-03"),
    ("bulan Agustus", "2018-08"),              # August is still ahead: last year's
    ("Juni lalu", "2019-06"),
    ("akhir Mei", "2019-05"),
    ("kemarin", "2019-07-30"),
    ("hari ini", "2019-07-31"),
    ("besok pagi", "2019-08-01"),
    ("tahun lalu", "2018"),
    ("akhir tahun lalu", "2018"),
    ("Pada awal tahun lalu", "2018"),
    ("bulan lalu", "2019-06"),
    ("bulan depan", "2019-08"),
    ("pekan lalu", "2019-07-22"),
    ("minggu depan", "2019-08-05"),
    ("tahun ini", "2019"),
    ("dua tahun lalu", "2017"),
    ("setahun lalu", "2018"),
    ("3 hari yang lalu", "2019-07-28"),
    ("Rabu lalu", "2019-07-24"),
    ("Jumat", "2019-08-02"),
    ("pada Minggu", "2019-07-28"),       # 4 days ahead in the week: the Sunday just gone
    ("Senin malam", "2019-07-29"),
    ("Rabu minggu depan", "2019-08-07"),
]

NEGATIVE_CORPUS: list[str] = [
    "4 truk", "G7", "42", "Rp 27.500", "K9/B/44-X", "dua minggu", "minggu", "37 Tahun",
    "1/2", "Kanal 12",
]


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"\b(?:saat itu|kala itu|waktu itu|ketika itu|pada masa itu|silam)\b"
RECALL_CORPUS: list[str] = ['Gubernur saat itu meresmikan jembatan baru.', 'Banjir dua tahun silam merendam 40 desa.']
RECALL_NEGATIVE_CORPUS: list[str] = ['Gubernur meresmikan jembatan baru.', 'Wali kota tiba di Medan pada Kamis.']

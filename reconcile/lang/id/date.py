"""Indonesian date data (Duckling has no Indonesian time rules: this is new work).

Modifiers follow the word they modify ("tahun lalu", "Rabu depan"); news writes the weekday
with the day/month in parentheses ("Selasa (23/11) malam"). Words are in folded form.
"""
from __future__ import annotations

from datetime import date

from reconcile.facts.date import Builder
from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

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

PATTERNS: list[tuple[str, str, Builder]] = _DATA.with_builders("PATTERNS")

CORPUS_REFERENCE_DATE = date(2019, 7, 31)   # a Wednesday, the last day of a month

CORPUS: list[tuple[str, str | None]] = _DATA.rows("CORPUS")

NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")


#: A sentence in a tense that reports the past of the article's own time (a pluperfect, "at the
#: time"): in a follow-up published long after an event, such an undated sentence may be about
#: the event the article recalls (read by ``reconcile.claims.recalls_the_past``).
RECALL_PATTERN = r"\b(?:saat itu|kala itu|waktu itu|ketika itu|pada masa itu|silam)\b"
RECALL_CORPUS: list[str] = _DATA.strings("RECALL_CORPUS")
RECALL_NEGATIVE_CORPUS: list[str] = _DATA.strings("RECALL_NEGATIVE_CORPUS")

"""Indonesian counts (data; read by reconcile.facts.quantity): number, then the noun
("lima sistem pertahanan"), with classifiers ("tiga unit drone", "dua buah kapal")."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

SKIP: frozenset[str] = frozenset({"dari", "para"})
SKIP_CAPITALISED = False     # modifiers follow the noun in Indonesian
STOPWORDS: frozenset[str] = frozenset({
    "dan", "atau", "di", "ke", "dari", "pada", "untuk", "dengan", "yang", "adalah", "itu",
    "ini", "juga", "akan", "telah", "sudah", "lalu", "lebih", "kurang", "persen", "prosen",
    "kali", "sebagai", "oleh", "dalam", "antara", "hingga", "sampai", "sejak", "tersebut",
    "wib", "wita", "wit", "pm", "am", "pukul", "per", "saja", "pun", "kata", "ujar", "ribu",
    "juta", "miliar", "triliun", "puluh", "ratus", "belas", "koma", "tahun", "lagi", "masing",
    "se", "sekitar", "hampir", "bahwa", "namun", "tetapi", "serta", "ia", "mereka", "kami",
    "kita", "saat", "ketika", "jika", "bila", "tak", "tidak", "bukan", "belum", "kembali",
})
EXCLUDED_UNITS: frozenset[str] = frozenset({
    "detik", "menit", "jam", "hari", "minggu", "pekan", "bulan", "tahun", "dekade", "abad",
    "rb", "jt", "m", "k",
})
# Words shaped like verbs are not the thing counted ("12 melaporkan", "7,8 mengguncang"): the
# meng-/meny- prefixes and the -kan suffix make verbs; nouns of those shapes are rare.
NOT_A_NOUN = r"(?:meng|meny)\w+|\w{3,}kan"

# Classifiers skipped when a noun follows ("tiga unit drone" counts drones); alone they are
# the unit ("lima unit").
# Between two numbers, these make the first a part of the second ("8 of the 9 parties").
PARTITIVE = r"dari(?:\s+total)?"
CLASSIFIERS: frozenset[str] = frozenset({
    "buah", "unit", "ekor", "biji", "lembar", "batang", "butir", "pucuk", "helai", "potong",
    "pasang", "set",
})

CORPUS: list[tuple[str, dict]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

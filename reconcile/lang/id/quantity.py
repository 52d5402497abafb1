"""Indonesian counts (data; read by reconcile.facts.quantity): number, then the noun
("lima sistem pertahanan"), with classifiers ("tiga unit drone", "dua buah kapal")."""
from __future__ import annotations

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

CORPUS: list[tuple[str, dict]] = [
    ("8 dari 9 fraksi", {"count": 8, "unit": "fraksi"}),
    ("dua dari tiga korban", {"count": 2, "unit": "korban"}),
    ("lima sistem", {"count": 5, "unit": "sistem"}),
    ("tiga drone", {"count": 3, "unit": "drone"}),
    ("tiga unit drone", {"count": 3, "unit": "drone"}),
    ("dua buah kapal", {"count": 2, "unit": "kapal"}),
    ("lima orang", {"count": 5, "unit": "orang"}),
    ("1.200 orang", {"count": 1200, "unit": "orang"}),
    ("12 pesawat", {"count": 12, "unit": "pesawat"}),
    ("dua negara", {"count": 2, "unit": "negara"}),
    ("tujuh belas tentara", {"count": 17, "unit": "tentara"}),
    ("empat menteri", {"count": 4, "unit": "menteri"}),
    ("dua puluh rudal", {"count": 20, "unit": "rudal"}),
    ("5 juta warga", {"count": 5000000, "unit": "warga"}),
    ("enam kapal", {"count": 6, "unit": "kapal"}),
    ("tiga perjanjian", {"count": 3, "unit": "perjanjian"}),
    ("seratus tank", {"count": 100, "unit": "tank"}),
    ("delapan korban", {"count": 8, "unit": "korban"}),
    ("40 wartawan", {"count": 40, "unit": "wartawan"}),
    ("sembilan desa", {"count": 9, "unit": "desa"}),
    ("sepuluh ekor sapi", {"count": 10, "unit": "sapi"}),
    ("2,5 ton", {"count": 2.5, "unit": "ton"}),
    ("100 km", {"count": 100, "unit": "km"}),
    ("tiga unit", {"count": 3, "unit": "unit"}),
    ("satu kesepakatan", {"count": 1, "unit": "kesepakatan"}),
    ("dua pejabat", {"count": 2, "unit": "pejabat"}),
    ("15 anak", {"count": 15, "unit": "anak"}),
]
NEGATIVE_CORPUS: list[str] = [
    "pada 2021", "3 hari", "lima tahun", "10 persen", "Rp 5 juta", "ke-7 drone", "pukul 10.30",
    "2 dan 3", "23 November", "ribuan orang", "pertama kali", "12 melaporkan", "7,8 mengguncang",
    "dua menyatakan",
]

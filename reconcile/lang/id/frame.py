"""Indonesian frame data (read by reconcile.frames): what a count, ordinal or length is *of*.

Indonesian counts take a classifier or a generic noun ("125 orang meninggal dunia", "130 korban
tewas"): the words after it say what happened. Ordinals follow their noun ("kunjungan resmi
pertama"), so the words before are read first.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

COUNT_CONCEPTS: dict[str, tuple[str, ...]] = {
    "dead": ("tewas", "meninggal", "meninggal dunia", "wafat", "mati", "jenazah", "mayat", "jasad",
             "menewaskan", "korban jiwa", "jiwa melayang", "gugur", "kematian", "tenggelam", "dimakamkan", "dikuburkan", "korban jiwa"),
    "injured": ("luka", "luka-luka", "terluka", "cedera", "luka ringan", "luka berat", "mengalami"),
    "missing": ("hilang", "dinyatakan hilang"),
    "rescued": ("selamat", "diselamatkan", "dievakuasi"),
    "evacuated": ("mengungsi", "pengungsi", "evakuasi"),
    "displaced": ("kehilangan tempat tinggal", "telantar"),
    "arrested": ("ditangkap", "ditahan", "tersangka"),
    "attendance": ("penonton", "suporter", "jemaat", "umat", "hadirin", "dihadiri", "hadir",
                   "peziarah", "massa"),
    "capacity": ("kapasitas", "berkapasitas", "menampung", "kursi", "tempat duduk"),
    "population": ("penduduk", "berpenduduk", "populasi"),
    "party": ("partai", "fraksi", "parpol"),
    "crossing": ("perlintasan", "pos perbatasan"),
    "quake": ("gempa", "gempa susulan", "lindu"),
    "hospital": ("rumah sakit", "rs", "klinik"),
    "school": ("sekolah",),
    "family": ("keluarga", "kk"),
    "weapon": ("tank", "rudal", "roket", "radar", "sistem", "senjata", "meriam"),
    "country": ("negara",),
    "city": ("kota", "desa", "provinsi", "kabupaten", "kecamatan", "wilayah", "daerah", "kawasan"),
    "building": ("bangunan", "rumah", "gedung", "hunian"),
    "aircraft": ("pesawat", "jet", "drone", "helikopter", "jet tempur"),
    "ship": ("kapal", "perahu", "kapal selam"),
    "vehicle": ("kendaraan", "mobil", "truk", "bus", "motor"),
    "agreement": ("perjanjian", "kesepakatan", "nota kesepahaman", "mou", "kontrak", "traktat"),
    "official": ("pejabat", "menteri", "delegasi", "pemimpin", "diplomat"),
    "soldier": ("tentara", "prajurit", "personel", "polisi", "anggota", "relawan"),
    "child": ("anak", "anak-anak", "balita"),
    "vote": ("suara",),
    "seat_parliament": ("kursi parlemen", "anggota dewan"),
    "flight": ("penerbangan",),
    "visit": ("kunjungan", "lawatan", "perjalanan"),
    "night": ("malam",),
    "goal": ("gol",),
    "case": ("kasus", "insiden", "serangan"),
    "victim": ("korban",),
}
# Units of measure: a distance or a weight is not a count (legs and totals mix freely).
MEASURES: dict[str, tuple[str, ...]] = {
    "km": ("km", "kilometer"),
    "mile": ("mil",),
    "metre": ("meter",),
    "tonne": ("ton",),
    "kg": ("kg", "kilogram"),
    "hectare": ("hektare", "hektar", "ha"),
    "litre": ("liter",),
    "barrel": ("barel",),
    "megawatt": ("megawatt", "mw"),
}
# Words right before a bare number that make it a magnitude ("magnitude 7.8").
MAGNITUDE_CUES: tuple[str, ...] = ("bermagnitudo", "magnitudo", "berkekuatan", "kekuatan", "sr")
GENERIC: tuple[str, ...] = ("orang", "jiwa", "warga", "korban", "lainnya", "buah",
                            "unit", "ekor")
ORDINAL_REFERENTS: dict[str, tuple[str, ...]] = {
    "quake": ("gempa",),
    "visit": ("kunjungan", "lawatan", "perjalanan", "berkunjung"),
    "occasion": ("kali", "kalinya"),
    "person": ("paus", "presiden", "menteri", "pemimpin", "orang"),
    "stage": ("tahap", "etape", "persinggahan", "negara"),
    "agreement": ("perjanjian", "kesepakatan"),
    "match": ("pertandingan", "laga", "babak", "gol", "final"),
    "day": ("hari", "pekan", "malam", "minggu"),
    "flight": ("penerbangan",),
    "rank": ("terbesar", "terburuk", "tertinggi", "peringkat"),
}
DURATION_FRAMES: dict[str, tuple[str, ...]] = {
    "emergency": ("darurat", "tanggap darurat", "jam malam"),
    "flight": ("penerbangan", "terbang", "udara", "pesawat"),
    "visit": ("kunjungan", "lawatan", "berada", "tinggal", "perjalanan", "apostolik", "tur"),
    "mourning": ("berkabung", "duka"),
    "sentence": ("penjara", "bui", "divonis", "hukuman"),
    "age": ("berusia", "usia", "umur", "berumur"),
    "since": ("terakhir", "pertama", "sejak", "lalu"),
}
BOUNDS: dict[str, tuple[str, ...]] = {
    "min": ("lebih dari", "sedikitnya", "setidaknya", "minimal", "paling sedikit", "di atas"),
    "max": ("hingga", "sampai", "hampir", "kurang dari", "maksimal", "paling banyak"),
    "approx": ("sekitar", "kurang lebih", "kira-kira", "sekira", "lebih kurang"),
}
CLAUSE_BREAKS: tuple[str, ...] = ("dan", "serta", "sedangkan", "sementara", "termasuk")
# Verbs right before a bare figure that make it the tally its sentence named earlier.
TALLY_CUES: tuple[str, ...] = ("menjadi", "mencapai", "bertambah", "naik", "melonjak")
# Words opening an aside between commas after a count ("131 people, including 32 children, died"):
# the predicate after the aside says what is counted.
INCLUSIONS: tuple[str, ...] = ("termasuk", "di antaranya", "antara lain")
# Words naming the group a count is taken from ("34 people among the fans died"): that group
# is not what the count measures; the predicate after it is.
PARTITIVES: tuple[str, ...] = ("di antara", "dari antara")
# Which side of a value is read first: for counts and lengths, then for an ordinal's referent.
ORDER: tuple[str, ...] = ("after", "before")
ORDINAL_ORDER: tuple[str, ...] = ("before", "after")

FRAME_CORPUS: list[tuple[str, str, str]] = _DATA.rows("FRAME_CORPUS")
FRAME_NEGATIVE_CORPUS: list[tuple[str, str, str]] = _DATA.rows("FRAME_NEGATIVE_CORPUS")

#: What happened on a date, by the predicate governing it (reconcile/roles.py): two dates
#: contradict each other only when their roles agree or one has none.
DATE_ROLES: dict[str, tuple[str, ...]] = {
    "arrive": ("tiba", "mendarat", "datang", "kedatangan", "sampai", "berkunjung", "mengunjungi",
               "kunjungan", "dimulai", "dimulainya"),  # a visit that began that day
    "depart": ("bertolak", "berangkat", "meninggalkan", "keberangkatan", "bertolaknya"),
    "sign": ("menandatangani", "ditandatangani", "penandatanganan", "meneken", "diteken", "teken"),
    "meet": ("bertemu", "menemui", "pertemuan", "bertatap", "menerima", "diterima"),
    "say": ("kata", "mengatakan", "ujar", "ungkap", "menyampaikan", "menyatakan", "mengumumkan",
            "menjelaskan", "menegaskan", "katanya", "ujarnya", "per"),   # "data per Jumat": a tally as of that day
    "occur": ("terjadi", "melanda", "dilanda", "menerjang", "menghantam", "menggulung", "mengguncang",
              "diguncang", "ambruk", "jebol"),
}
#: (sentence, the date as written, its role or None).
#: Words just before a role word that make it a plan, not the event ("due to arrive"):
#: reconcile/roles.py reports the role as "<role>:planned".
PLAN_WORDS: tuple[str, ...] = ('dijadwalkan', 'direncanakan', 'rencananya', 'diperkirakan', 'dijadwal', 'berencana')
DATE_ROLE_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("DATE_ROLE_CORPUS")
#: Prepositions after a role word that introduce where it happened (reconcile/roles.py
#: ``role_place``): two clock times of one role at places neither claim shares are two moments.
PLACE_WORDS: tuple[str, ...] = ('di', 'ke', 'dari')
#: (sentence, the date or time as written, the start of its place as written, or None).
PLACE_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("PLACE_CORPUS")
#: (sentence, a duration's count as written, its bound or None): reconcile/frames.py.
DURATION_BOUND_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("DURATION_BOUND_CORPUS")

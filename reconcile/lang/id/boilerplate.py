"""Indonesian news-page boilerplate, as data (format: see ``reconcile/lang/en/boilerplate.py``).

One outlet's own furniture (a portal's member footer and disclaimer) is in ``reconcile/sites/``."""
from __future__ import annotations

LINE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("read_more", r"(?i)(?:baca\s+(?:juga|pula|selengkapnya)|simak\s+juga|lihat\s+juga|artikel\s+terkait)\b\s*[:>»|\-–—]?.*"),
    ("related", r"(?i)(?:berita|artikel)\s+(?:terkini|terkait|lainnya|populer|pilihan|terbaru|rekomendasi)(?:\s+(?:lainnya|hari\s+ini))?\s*:?"),
    ("related", r"(?i)(?:rekomendasi\s+untuk\s+anda|terpopuler|pilihan\s+editor|video\s+pilihan)\s*:?"),
    ("tags", r"(?i)(?:topik|tag|tagar|kata\s+kunci|label)\s*:.{0,200}"),
    ("byline", r"(?i)(?:penulis|editor|reporter|pewarta|redaktur|penyunting|kontributor|fotografer|sumber\s+foto)\s*:\s*.{0,80}"),
    ("share", r"(?i)(?:bagikan(?:\s+(?:artikel|berita)\s+ini)?|bagikan\s+ke\s+\w+|ikuti\s+kami\b.{0,60}|ikuti\s+berita\b.{0,100})\s*:?"),
    ("newsletter", r"(?i)(?:berlangganan|daftar(?:kan)?\s+(?:diri\s+)?(?:untuk\s+)?newsletter)\b.{0,100}"),
    ("banner", r"(?i)(?:breaking\s+news|terkini|eksklusif|iklan|advertorial)\s*:?"),
    ("caption_credit", r"(?i)(?:foto|ilustrasi)\s*:\s*.{1,120}"),
)

TAIL_PATTERNS: tuple[tuple[str, str], ...] = ()

CORPUS: list[str] = [
    "Baca Juga: Pasukan Israel Maju Lebih Jauh ke Suriah Selatan",
    "Baca juga : Iran Eksekusi Mati 4 Orang",
    "Simak juga: Video Prabowo di Canberra",
    "Berita Terkini Lainnya",
    "Berita Terkait",
    "Topik:",
    "Topik: Israel, Maroko",
    "Penulis: Budi Santoso",
    "Editor: Rina Wati",
    "Reporter: Ahmad",
    "Pewarta: Fulan",
    "Bagikan",
    "Bagikan artikel ini",
    "Foto: ANTARA/Budi",
]

NEGATIVE_CORPUS: list[str] = [
    "Maroko dan Israel Sepakat Perkuat Militer dan Cyber Security",
    "Hubungan Maroko dan Israel semakin erat",
    "1. Maroko dan Israel memiliki hubungan bilateral kembali sejak 2020 lalu",
    "Menteri Pertahanan Australia Richard Marles tiba di Jakarta pada Kamis (9/2) malam.",
    "Berita itu dibantah oleh Kementerian Pertahanan Maroko pada Rabu (24/11).",
    "Penulis buku tersebut mengatakan bahwa perjanjian itu bersejarah.",
    "Editor majalah itu ditangkap pada 2021.",
    "Topik utama pertemuan adalah kerja sama intelijen dan pertahanan udara.",
    "Bagikan bantuan kepada 300 keluarga dilakukan pada Kamis (25/11).",
    "Terkini, Maroko menerima lima sistem pertahanan anti-drone dari perusahaan yang sama.",
    "Presiden AS Joe Biden menyambut baik kesepakatan senilai Rp 5 triliun itu.",
]


#: A publication line ("Published on 3 March 2023, 10:12"): its date anchors the document's
#: relative dates, but it is not a claim. Whole-sentence patterns.
DATELINE_PATTERNS: tuple[str, ...] = (
    r"""(?i)(?:diterbitkan|dipublikasikan|diperbarui|diunggah|tayang|terbit)(?:\s+pada)?\s*:?\s*[^.!?]{0,15}\d[^.!?]{0,50}""",
)

DATELINE_CORPUS: list[str] = ['Diperbarui 3 Maret 2023, 10:12 WIB', 'Diterbitkan pada Senin, 12 Mei 2022 08:30', 'Tayang: 4 April 2023']

DATELINE_NEGATIVE_CORPUS: list[str] = ['Diterbitkan pada 2019, buku itu terjual 3 juta eksemplar.', 'Tayangan itu ditonton 2 juta orang.']

"""A citizen-journalism portal (Indonesian): a member's profile footer under each post, and the
portal's disclaimer that posts are their writers' own responsibility."""
from __future__ import annotations

LINE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("author_bio", r"(?i)member\s+.{1,60}\bcommunity\b.{0,120}"),
    ("author_bio", r"(?i).{0,80}\bmasih\s+malu-malu\s+menulis\b.{0,80}"),
    ("disclaimer", r"(?i).{0,80}\badalah\s+media\s+yang\s+menyediakan\s+platform\b.*"),
    ("disclaimer", r"(?i).{0,200}\bsepenuhnya\s+(?:menjadi\s+)?tanggung\s+jawab\s+(?:dari\s+)?(?:penulis|pengirim)\b.{0,40}"),
)

TAIL_PATTERNS: tuple[tuple[str, str], ...] = ()

CORPUS: list[str] = [
    "Member Suara Kampung Community ini masih malu-malu menulis tentang dirinya",
    "Member Warta Desa Community sejak 2019, suka menulis soal sepak bola.",
    "Sahabat pena kita ini masih malu-malu menulis profilnya",
    "Suara Kampung adalah media yang menyediakan platform bagi warga untuk menulis.",
    "Isi tulisan sepenuhnya menjadi tanggung jawab penulis.",
    "Setiap artikel yang dimuat adalah sepenuhnya tanggung jawab dari pengirim",
]

TAIL_CORPUS: list[tuple[str, str]] = []

NEGATIVE_CORPUS: list[str] = [
    "Warga menulis surat kepada bupati pada Senin (4/3) tentang jalan yang rusak.",
    "Komunitas nelayan setempat menerima 20 perahu baru dari pemerintah.",
    "Polisi mengatakan tanggung jawab atas kecelakaan itu masih diselidiki.",
    "Platform itu digunakan oleh 3 juta orang setiap bulan.",
]

"""A blog network's author box: the writer's name, a photo label and the "Verified Writer" badge,
run together on one line (in English, on pages of any language)."""
from __future__ import annotations

LINE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("author_bio", r"(?i).{0,80}\b(?:verified\s+(?:writer|author|contributor))\b.{0,80}"),
)

TAIL_PATTERNS: tuple[tuple[str, str], ...] = ()

CORPUS: list[str] = [
    "Jane Doe Photo Verified Writer Jane Doe",
    "Verified Writer",
    "Budi Hartono Verified Author",
    "Foto profil Verified Contributor Siti Aminah",
]

TAIL_CORPUS: list[tuple[str, str]] = []

NEGATIVE_CORPUS: list[str] = [
    "The writer said the figures had been verified by two agencies.",
    "Penulis itu mengatakan datanya sudah diverifikasi.",
    "Verified figures put the toll at 40 on Monday.",
]

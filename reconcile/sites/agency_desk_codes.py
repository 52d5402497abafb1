"""A news agency that ends each article with its desk code in parentheses, e.g. "(T/R6/RI-1)":
capital letters and digits in two to seven parts split by slashes, after the last sentence.
Only the code is dropped; the sentence before it is kept."""
from __future__ import annotations

LINE_PATTERNS: tuple[tuple[str, str], ...] = ()

TAIL_PATTERNS: tuple[tuple[str, str], ...] = (
    ("agency_code", r"\s*\((?:[A-Z][A-Z0-9\-]{0,7})(?:/[A-Z0-9][A-Z0-9\-]{0,7}){1,6}\)\s*$"),
)

CORPUS: list[str] = []

TAIL_CORPUS: list[tuple[str, str]] = [
    ("Bantuan itu tiba di pelabuhan pada Jumat pagi. (T/R6/RI-1)", "(T/R6/RI-1)"),
    ("The convoy reached the border crossing on Friday. (A/B2)", "(A/B2)"),
    ("Le convoi est arrivé vendredi à la frontière. (RS3/AK/P2)", "(RS3/AK/P2)"),
]

NEGATIVE_CORPUS: list[str] = [
    "Gantz tiba di Rabat pada Selasa (23/11)",
    "Rapat digelar pada Kamis (9/2) malam.",
    "The bill passed 310 to 102 (a two-thirds majority).",
    "Angka itu dirilis pada Senin (3/6).",
]

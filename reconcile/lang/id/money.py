"""Indonesian currency names and money cues (data; read by reconcile.facts.money)."""
from __future__ import annotations

NAMES: dict[str, str] = {
    "dolar": "USD", "dollar": "USD", "dolar as": "USD", "dolar a.s.": "USD",
    "dolar amerika": "USD", "dolar amerika serikat": "USD", "euro": "EUR", "euros": "EUR",
    "rupiah": "IDR", "pound": "GBP", "pound sterling": "GBP", "poundsterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ringgit": "MYR", "ringgit malaysia": "MYR",
    "dolar singapura": "SGD", "dolar australia": "AUD", "dolar hong kong": "HKD",
    "rupee": "INR", "rupe": "INR", "rupee india": "INR", "shekel": "ILS", "syikal": "ILS",
    "dirham": "MAD", "riyal": "SAR", "real": "SAR", "dinar": "IQD", "rubel": "RUB",
    "won": "KRW", "baht": "THB", "peso": "PHP", "franc": "CHF", "lira": "TRY",
}
SYMBOLS: dict[str, str] = {"Rp.": "IDR", "Rp": "IDR", "RM": "MYR", "S$": "SGD"}
SCALE_ABBREVIATIONS: dict[str, int] = {"rb": 10**3, "jt": 10**6, "T": 10**12}
CONNECTORS: tuple[str, ...] = ()
ESTIMATE_WORDS: tuple[str, ...] = (
    "sekitar", "kurang lebih", "hampir", "kira-kira", "kira kira", "sekira",
    "senilai sekitar", "lebih kurang")
EXACT_WORDS: tuple[str, ...] = ("tepat", "persis")
# Hundredths after an amount: "$20 and 43 cents" = 20.43.
SUBUNITS: tuple[str, ...] = ("sen", "cent", "sen")
SUBUNIT_CONJUNCTIONS: tuple[str, ...] = ("dan",)

CORPUS: list[tuple[str, dict]] = [
    ("8,1 miliar dolar AS", {"amount": 8100000000, "currency": "USD"}),
    ("Rp 27.500", {"amount": 27500, "currency": "IDR"}),
    ("Rp33 ribu", {"amount": 33000, "currency": "IDR"}),
    ("Rp27.500", {"amount": 27500, "currency": "IDR"}),
    ("IDR 27.500", {"amount": 27500, "currency": "IDR"}),
    ("IDR33000", {"amount": 33000, "currency": "IDR"}),
    ("Rp. 315,00", {"amount": 315, "currency": "IDR"}),
    ("Rp 20", {"amount": 20, "currency": "IDR"}),
    ("20 Rupiah", {"amount": 20, "currency": "IDR"}),
    ("20Rp", {"amount": 20, "currency": "IDR"}),
    ("Rp 1,5 triliun", {"amount": 1500000000000, "currency": "IDR"}),
    ("Rp5 juta", {"amount": 5000000, "currency": "IDR"}),
    ("$10", {"amount": 10, "currency": "USD"}),
    ("10$", {"amount": 10, "currency": "USD"}),
    ("sepuluh dolar", {"amount": 10, "currency": "USD"}),
    ("$10.000", {"amount": 10000, "currency": "USD"}),
    ("USD1,23", {"amount": 1.23, "currency": "USD"}),
    ("2 dolar", {"amount": 2, "currency": "USD"}),
    ("20€", {"amount": 20, "currency": "EUR"}),
    ("20 Euro", {"amount": 20, "currency": "EUR"}),
    ("dua puluh Euro", {"amount": 20, "currency": "EUR"}),
    ("EUR29,99", {"amount": 29.99, "currency": "EUR"}),
    ("£9", {"amount": 9, "currency": "GBP"}),
    ("sembilan pound sterling", {"amount": 9, "currency": "GBP"}),
    ("GBP 3,01", {"amount": 3.01, "currency": "GBP"}),
    ("10 yen", {"amount": 10, "currency": "JPY"}),
    ("48 juta dolar AS", {"amount": 48000000, "currency": "USD"}),
    ("US$ 1,5 miliar", {"amount": 1500000000, "currency": "USD"}),
    ("sekitar Rp 5 juta", {"amount": 5000000, "currency": "IDR"}),
    ("2 miliar dolar Singapura", {"amount": 2000000000, "currency": "SGD"}),
]
NEGATIVE_CORPUS: list[str] = [
    "kurs dolar naik", "5 juta orang", "Rp", "ribuan rupiah", "rupiah melemah 2 persen",
]

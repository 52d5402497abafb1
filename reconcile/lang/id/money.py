"""Indonesian currency names and money cues (data; read by reconcile.facts.money)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

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

CORPUS: list[tuple[str, dict]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

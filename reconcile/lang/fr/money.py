"""French currency names and money cues (data; read by reconcile.facts.money)."""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "dollars américains": "USD", "dollar américain": "USD",
    "euro": "EUR", "euros": "EUR", "livre": "GBP", "livres": "GBP", "livre sterling": "GBP",
    "livres sterling": "GBP", "pound": "GBP", "pounds": "GBP", "yen": "JPY", "yens": "JPY",
    "yuan": "CNY", "yuans": "CNY", "roupie": "INR", "roupies": "INR", "roupie indienne": "INR",
    "roupies indiennes": "INR", "roupie indonésienne": "IDR", "roupies indonésiennes": "IDR",
    "rupiah": "IDR", "rupiahs": "IDR", "shekel": "ILS", "shekels": "ILS", "sheqel": "ILS",
    "sheqels": "ILS", "shekalim": "ILS", "dirham": "MAD", "dirhams": "MAD",
    "dirhams marocains": "MAD", "dirhams émiratis": "AED", "riyal": "SAR", "riyals": "SAR",
    "rial": "IRR", "rials": "IRR", "dinar": "DZD", "dinars": "DZD", "dinars algériens": "DZD",
    "dinars tunisiens": "TND", "dinar tunisien": "TND", "franc": "CHF", "francs": "CHF",
    "francs suisses": "CHF", "francs cfa": "XOF", "franc cfa": "XOF", "rouble": "RUB",
    "roubles": "RUB", "livres égyptiennes": "EGP", "livre égyptienne": "EGP",
    "livres libanaises": "LBP", "livre libanaise": "LBP", "livres turques": "TRY",
    "dollars canadiens": "CAD", "dollars australiens": "AUD", "ringgit": "MYR",
    "ringgits": "MYR", "won": "KRW", "wons": "KRW",
}
SYMBOLS: dict[str, str] = {"$US": "USD", "$ US": "USD", "M$": "USD", "Dh": "MAD", "DH": "MAD",
                           "MDH": "MAD"}
SCALE_ABBREVIATIONS: dict[str, int] = {"M": 10**6, "Md": 10**9, "Mds": 10**9, "mds": 10**9,
                                       "k": 10**3}
# "36 millions de dollars", "un million d'euros"
CONNECTORS: tuple[str, ...] = ("de", "d'", "d’")
ESTIMATE_WORDS: tuple[str, ...] = (
    "environ", "près de", "quelque", "quelques", "presque", "autour de", "approximativement",
    "à peu près", "quasi", "presqu'")
EXACT_WORDS: tuple[str, ...] = ("exactement", "précisément")
# Hundredths after an amount: "$20 and 43 cents" = 20.43.
SUBUNITS: tuple[str, ...] = ("centimes", "centime", "cents", "cent", "c", "¢")
SUBUNIT_CONJUNCTIONS: tuple[str, ...] = ("et",)

CORPUS: list[tuple[str, dict]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

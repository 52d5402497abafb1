"""French currency names and money cues (data; read by reconcile.facts.money)."""
from __future__ import annotations

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

CORPUS: list[tuple[str, dict]] = [
    ("36 millions de dollars", {"amount": 36000000, "currency": "USD"}),
    ("1 million de dirhams", {"amount": 1000000, "currency": "MAD"}),
    ("un million d'euros", {"amount": 1000000, "currency": "EUR"}),
    ("$10", {"amount": 10, "currency": "USD"}),
    ("10$", {"amount": 10, "currency": "USD"}),
    ("dix dollars", {"amount": 10, "currency": "USD"}),
    ("$10.000", {"amount": 10000, "currency": "USD"}),
    ("10K$", {"amount": 10000, "currency": "USD"}),
    ("10 000 dollars", {"amount": 10000, "currency": "USD"}),
    ("10 000,00 $", {"amount": 10000, "currency": "USD"}),
    ("USD1,23", {"amount": 1.23, "currency": "USD"}),
    ("20€", {"amount": 20, "currency": "EUR"}),
    ("20 €", {"amount": 20, "currency": "EUR"}),
    ("20 euros", {"amount": 20, "currency": "EUR"}),
    ("EUR 20", {"amount": 20, "currency": "EUR"}),
    ("EUR29,99", {"amount": 29.99, "currency": "EUR"}),
    ("£9", {"amount": 9, "currency": "GBP"}),
    ("neuf livres", {"amount": 9, "currency": "GBP"}),
    ("GBP 3,01", {"amount": 3.01, "currency": "GBP"}),
    ("dix shekels", {"amount": 10, "currency": "ILS"}),
    ("5 dirhams", {"amount": 5, "currency": "MAD"}),
    ("8,1 milliards de dollars", {"amount": 8100000000, "currency": "USD"}),
    ("2,5 millions d’euros", {"amount": 2500000, "currency": "EUR"}),
    ("environ 36 millions de dollars", {"amount": 36000000, "currency": "USD"}),
    ("100 yuans", {"amount": 100, "currency": "CNY"}),
    ("1 USD et 23 centimes", {"amount": 1.23, "currency": "USD"}),
    ("3 000 roupies", {"amount": 3000, "currency": "INR"}),
    ("1,5 milliard de dollars américains", {"amount": 1500000000, "currency": "USD"}),
]
NEGATIVE_CORPUS: list[str] = [
    "des millions de dollars", "le dollar recule", "3 millions de personnes", "€",
    "une livre de beurre",
]

"""English currency names and money cues (data; read by reconcile.facts.money).

Babel supplies each currency's official names ("US dollars", "Moroccan dirhams"); these tables
add the bare everyday names, whose default currency is a news-reading choice.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

# lower-case name -> ISO 4217 code (bare names: the usual currency in international news)
NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "american dollars": "USD", "bucks": "USD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "rupees": "INR", "rupiah": "IDR", "rupiahs": "IDR", "ringgit": "MYR",
    "ringgits": "MYR", "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS",
    "dirham": "MAD", "dirhams": "MAD", "riyal": "SAR", "riyals": "SAR", "rial": "IRR",
    "rials": "IRR", "dinar": "IQD", "dinars": "IQD", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF", "swiss francs": "CHF",
    "lira": "TRY", "liras": "TRY", "lire": "TRY", "won": "KRW", "peso": "MXN", "pesos": "MXN",
    "baht": "THB", "hryvnia": "UAH", "hryvnias": "UAH", "tugrik": "MNT", "tugriks": "MNT",
    "egyptian pounds": "EGP", "egyptian pound": "EGP", "lebanese pounds": "LBP",
    "lebanese pound": "LBP", "saudi riyals": "SAR", "qatari riyals": "QAR",
    "kuwaiti dinar": "KWD", "kuwaiti dinars": "KWD", "australian dollars": "AUD",
    "canadian dollars": "CAD", "singapore dollars": "SGD", "hong kong dollars": "HKD",
    "malaysian ringgit": "MYR", "malaysia ringgit": "MYR", "malaysian ringgits": "MYR",
    "malaysia ringgits": "MYR", "indian rupees": "INR", "pakistani rupees": "PKR",
    "egyptianpound": "EGP", "l.e.": "EGP", "l.e": "EGP", "geneh": "EGP",
    "genihat masriya": "EGP", "saudiriyal": "SAR", "saudi riyal": "SAR",
    "emirati dirhams": "AED", "uae dirhams": "AED", "moroccan dirhams": "MAD",
}
# Symbols written before or after the amount.
SYMBOLS: dict[str, str] = {"Rs.": "INR", "Rs": "INR", "RM": "MYR", "NIS": "ILS", "LE": "EGP"}
# Attached or spaced abbreviations of scale used with money: "£5m", "$1.5bn".
SCALE_ABBREVIATIONS: dict[str, int] = {
    "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "k": 10**3}
# Words between a scale and the currency: none in English ("$5 million", "5 million dollars").
CONNECTORS: tuple[str, ...] = ()
ESTIMATE_WORDS: tuple[str, ...] = (
    "about", "around", "approximately", "nearly", "almost", "some", "roughly", "approx.",
    "an estimated", "close to", )
EXACT_WORDS: tuple[str, ...] = ("exactly", "precisely")
# Hundredths after an amount: "$20 and 43 cents" = 20.43.
SUBUNITS: tuple[str, ...] = (
    "cents", "cent", "c", "¢", "pence", "p", "sen", "sens", "kopiykas", "kopecks")
SUBUNIT_CONJUNCTIONS: tuple[str, ...] = ("and",)

CORPUS: list[tuple[str, dict]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

"""Arabic currency names and money cues (data; read by reconcile.facts.money).

Matched after the Arabic normalization of reconcile.facts.money.fold (hamza forms -> ا,
ة -> ه, ى -> ي), so "أمريكي"/"امريكي" need one entry.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

NAMES: dict[str, str] = {
    "دولار": "USD", "دولارات": "USD", "دولارا": "USD", "دولار أمريكي": "USD",
    "دولار امريكي": "USD", "دولارات أمريكية": "USD", "دولار أميركي": "USD",
    "الدولارات": "USD", "يورو": "EUR", "اورو": "EUR", "جنيه": "EGP", "جنيهات": "EGP",
    "جنيها": "EGP", "جنيه مصري": "EGP", "جنيهات مصرية": "EGP", "جنيه استرليني": "GBP",
    "جنيهات استرلينية": "GBP", "جنيه إسترليني": "GBP", "ليرة": "TRY", "ليرات": "TRY",
    "ليرة تركية": "TRY", "ليرة لبنانية": "LBP", "ليرات لبنانية": "LBP", "ليرة سورية": "SYP",
    "ريال": "SAR", "ريالات": "SAR", "ريالا": "SAR", "ريال سعودي": "SAR", "ريال قطري": "QAR",
    "ريالات قطرية": "QAR", "ريال عماني": "OMR", "ريال يمني": "YER", "ريال إيراني": "IRR",
    "دينار": "IQD", "دنانير": "IQD", "دينارا": "IQD", "دينار كويتي": "KWD",
    "دينار أردني": "JOD", "دنانير أردنية": "JOD", "دينار عراقي": "IQD", "دينار جزائري": "DZD",
    "دينار تونسي": "TND", "دينار ليبي": "LYD", "دينار بحريني": "BHD", "درهم": "MAD",
    "دراهم": "MAD", "درهما": "MAD", "درهم مغربي": "MAD", "درهم إماراتي": "AED",
    "شيكل": "ILS", "شيقل": "ILS", "شواقل": "ILS", "شيكلات": "ILS", "ين": "JPY",
    "ين ياباني": "JPY", "يوان": "CNY", "يوان صيني": "CNY", "روبية": "INR", "روبيه": "INR",
    "روبية هندية": "INR", "روبية إندونيسية": "IDR", "روبل": "RUB", "روبلات": "RUB",
    "فرنك": "CHF", "فرنك سويسري": "CHF",
}
SYMBOLS: dict[str, str] = {"ج.م.": "EGP", "ج.م": "EGP", "د.إ": "AED", "ر.س": "SAR",
                           "د.ك": "KWD", "د.م.": "MAD"}
SCALE_ABBREVIATIONS: dict[str, int] = {}
CONNECTORS: tuple[str, ...] = ("من",)
ESTIMATE_WORDS: tuple[str, ...] = (
    "حوالي", "حوالى", "نحو", "قرابة", "ما يقارب", "ما يقرب من", "زهاء", "تقريبا", "قرابة ال")
EXACT_WORDS: tuple[str, ...] = ("بالضبط",)
# Hundredths after an amount: "$20 and 43 cents" = 20.43.
SUBUNITS: tuple[str, ...] = ("سنت", "سنتات", "سينت", "سينتات", "قرش", "قروش", "فلس", "c", "¢")
SUBUNIT_CONJUNCTIONS: tuple[str, ...] = ("و",)

CORPUS: list[tuple[str, dict]] = _DATA.rows("CORPUS")
NEGATIVE_CORPUS: list[str] = _DATA.strings("NEGATIVE_CORPUS")

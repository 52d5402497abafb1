"""Arabic currency names and money cues (data; read by reconcile.facts.money).

Matched after the Arabic normalization of reconcile.facts.money.fold (hamza forms -> ا,
ة -> ه, ى -> ي), so "أمريكي"/"امريكي" need one entry.
"""
from __future__ import annotations

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

CORPUS: list[tuple[str, dict]] = [
    ("8.1 مليار دولار", {"amount": 8100000000, "currency": "USD"}),
    ("$1", {"amount": 1, "currency": "USD"}),
    ("1 دولار", {"amount": 1, "currency": "USD"}),
    ("$ 10", {"amount": 10, "currency": "USD"}),
    ("10 $", {"amount": 10, "currency": "USD"}),
    ("10 دولار", {"amount": 10, "currency": "USD"}),
    ("عشرة دولارات", {"amount": 10, "currency": "USD"}),
    ("10000 دولار", {"amount": 10000, "currency": "USD"}),
    ("$10,000", {"amount": 10000, "currency": "USD"}),
    ("20 يورو", {"amount": 20, "currency": "EUR"}),
    ("20 أورو", {"amount": 20, "currency": "EUR"}),
    ("20 €", {"amount": 20, "currency": "EUR"}),
    ("10 جنيه", {"amount": 10, "currency": "EGP"}),
    ("3 جنيهات استرلينية", {"amount": 3, "currency": "GBP"}),
    ("3 جنيه استرليني", {"amount": 3, "currency": "GBP"}),
    ("42 دينار كويتي", {"amount": 42, "currency": "KWD"}),
    ("42 ليرة لبنانية", {"amount": 42, "currency": "LBP"}),
    ("42 جنيه مصري", {"amount": 42, "currency": "EGP"}),
    ("42 ج.م", {"amount": 42, "currency": "EGP"}),
    ("42 ريال قطري", {"amount": 42, "currency": "QAR"}),
    ("42 ريال سعودي", {"amount": 42, "currency": "SAR"}),
    ("42 SAR", {"amount": 42, "currency": "SAR"}),
    ("5 دينار اردني", {"amount": 5, "currency": "JOD"}),
    ("5 دنانير أردنية", {"amount": 5, "currency": "JOD"}),
    ("5 شيقل", {"amount": 5, "currency": "ILS"}),
    ("خمسة شيكل", {"amount": 5, "currency": "ILS"}),
    ("20 دولار و43 سنت", {"amount": 20.43, "currency": "USD"}),
    ("٣ ملايين دولار", {"amount": 3000000, "currency": "USD"}),
    ("مليون درهم", {"amount": 1000000, "currency": "MAD"}),
    ("حوالي 5 ملايين دولار", {"amount": 5000000, "currency": "USD"}),
    ("١٫٥ مليار يوان", {"amount": 1500000000, "currency": "CNY"}),
]
NEGATIVE_CORPUS: list[str] = [
    "ملايين الدولارات", "سعر الدولار", "5 ملايين شخص", "دولار", "عشرات الآلاف",
]

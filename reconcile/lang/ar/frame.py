"""Arabic frame data (read by reconcile.frames): what a count, ordinal or length is *of*.

Arabic often names the event before the number ("مقتل 125 شخصا وإصابة 21" — the killing of 125,
the wounding of 21), so the words before a value are read first; a "و" + concept word after it
starts the next item. Words are matched after tashkeel, hamza and clitic folding.
"""
from __future__ import annotations

from reconcile.lang.tables import load_table

_DATA = load_table(__file__)

COUNT_CONCEPTS: dict[str, tuple[str, ...]] = {
    "dead": ("قتيل", "قتلى", "قتلي", "مقتل", "وفاة", "وفيات", "الوفيات", "حتفهم", "حتفه", "مصرع", "مصرعهم",
             "حياة", "بحياة", "جثة", "جثث", "موتى", "ميت", "توفي", "لقوا", "أودى", "ضحايا", "حصيلة", "قضوا",
             "غرق", "شهيد", "شهداء", "وفات", "دفن", "دفنت", "أرواح"),
    "injured": ("جريح", "جرحى", "إصابة", "إصابات", "مصاب", "مصابين", "أصيب", "أصيبوا", "بجروح"),
    "missing": ("مفقود", "مفقودين", "المفقودين", "فقدان", "مفقودا"),
    "rescued": ("إنقاذ", "أنقذ"),
    "evacuated": ("إجلاء",),
    "displaced": ("نازح", "نازحين", "مشرد", "مشردين", "تشريد", "نزوح"),
    "arrested": ("اعتقال", "معتقل", "موقوف", "توقيف", "مشتبه"),
    "attendance": ("متفرج", "مشجع", "مشجعين", "جمهور", "حضور", "مصل", "مصلين", "احتشد", "حاج", "حجاج"),
    "capacity": ("يتسع", "تتسع", "سعة", "مقعد", "يستوعب", "تستوعب"),
    "population": ("نسمة", "سكان", "ساكن", "تعداد", "تعدادها", "سكانها"),
    "party": ("حزب", "أحزاب", "كتلة", "كتل"),
    "crossing": ("معبر", "معابر"),
    "quake": ("زلزال", "زلازل", "هزة", "هزات", "هزة ارتدادية"),
    "hospital": ("مستشفى", "مستشفيات"),
    "school": ("مدرسة", "مدارس"),
    "family": ("أسرة", "أسر", "عائلة", "عائلات"),
    "weapon": ("دبابة", "دبابات", "صاروخ", "صواريخ", "رادار", "رادارات", "منظومة", "منظومات", "نظام", "أنظمة"),
    "country": ("دولة", "دول", "بلد", "بلدان"),
    "city": ("مدينة", "مدن", "قرية", "قرى", "محافظة", "منطقة", "مناطق", "ولاية", "ولايات", "إقليم", "أقاليم"),
    "building": ("مبنى", "مباني", "منزل", "منازل", "بيت", "بيوت", "مسكن"),
    "aircraft": ("طائرة", "طائرات", "مقاتلة", "مقاتلات", "مسيرة", "مسيرات", "مروحية", "مروحيات"),
    "ship": ("سفينة", "سفن", "قارب", "قوارب", "غواصة", "غواصات", "فرقاطة"),
    "vehicle": ("سيارة", "سيارات", "مركبة", "مركبات", "شاحنة", "شاحنات", "حافلة"),
    "agreement": ("اتفاق", "اتفاقية", "اتفاقيات", "مذكرة", "مذكرات", "عقد", "عقود", "معاهدة"),
    "official": ("مسؤول", "مسؤولين", "وزير", "وزراء", "مندوب", "قائد", "قادة", "دبلوماسي"),
    "soldier": ("جندي", "جنود", "عسكري", "شرطي", "شرطيان", "شرطة", "عنصر", "عناصر", "مسعف"),
    "child": ("طفل", "أطفال", "قاصر"),
    "vote": ("صوت", "أصوات",),
    "seat_parliament": ("نائب", "نواب"),
    "flight": ("رحلة", "رحلات"),
    "visit": ("زيارة", "زيارات", "جولة", "جولات"),
    "night": ("ليلة", "ليال", "ليالي"),
    "goal": ("هدف", "أهداف"),
    "case": ("حالة", "حالات", "حادث", "حوادث", "هجوم", "هجمات"),
}
# Units of measure: a distance or a weight is not a count (legs and totals mix freely).
MEASURES: dict[str, tuple[str, ...]] = {
    "km": ("كيلومتر", "كيلومترا", "كلم", "كم"),
    "mile": ("ميل", "أميال"),
    "metre": ("متر", "أمتار", "مترا"),
    "tonne": ("طن", "أطنان"),
    "kg": ("كيلوغرام", "كغ"),
    "hectare": ("هكتار", "هكتارا"),
    "litre": ("لتر", "لترا"),
    "barrel": ("برميل",),
    "megawatt": ("ميغاواط",),
}
# Words right before a bare number that make it a magnitude ("magnitude 7.8").
MAGNITUDE_CUES: tuple[str, ...] = ("بقوة", "قوته", "قوتها", "ريختر", "درجات", "درجة")
GENERIC: tuple[str, ...] = ("شخص", "أشخاص", "شخصا", "فرد", "أفراد", "آخرين", "آخرون",
                            "مواطن", "مواطنين", "ضحية", "ضحايا")
ORDINAL_REFERENTS: dict[str, tuple[str, ...]] = {
    "quake": ("زلزال", "هزة"),
    "visit": ("زيارة", "جولة", "رحلة"),
    "occasion": ("مرة",),
    "person": ("بابا", "رئيس", "وزير", "زعيم"),
    "stage": ("محطة", "مرحلة", "محطات"),
    "agreement": ("اتفاق", "اتفاقية", "مذكرة"),
    "match": ("مباراة", "شوط", "هدف", "نهائي"),
    "day": ("يوم", "أسبوع", "ليلة"),
    "flight": ("رحلة",),
    "rank": ("أكبر", "أسوأ", "أعلى"),
}
DURATION_FRAMES: dict[str, tuple[str, ...]] = {
    "emergency": ("طوارئ", "الطوارئ", "حظر"),
    "flight": ("رحلة", "طيران", "الطيران", "طائرة", "جوا"),
    "visit": ("زيارة", "جولة", "إقامة", "يقيم", "تستمر", "تدوم", "يمكث", "مدار"),
    "mourning": ("حداد", "حدادا"),
    "sentence": ("سجن", "السجن", "حكم", "عقوبة"),
    "age": ("عمر", "العمر", "البالغ", "عاما", "يبلغ"),
    "since": ("منذ", "أول", "لأول"),
}
BOUNDS: dict[str, tuple[str, ...]] = {
    "min": ("أكثر من", "لأكثر من", "على الأقل", "ما لا يقل عن", "لا يقل عن", "يزيد على", "يزيد عن"),
    "max": ("حتى", "نحو", "قرابة", "أقل من", "ما يصل إلى", "تصل إلى", "يصل إلى"),
    "approx": ("حوالي", "حوالى", "نحو", "قرابة", "زهاء", "تقريبا"),
}
CLAUSE_BREAKS: tuple[str, ...] = ("بينما", "فيما", "بينهم", "منهم")
# Verbs right before a bare figure that make it the tally its sentence named earlier.
TALLY_CUES: tuple[str, ...] = ("ارتفعت", "ارتفع", "بلغت", "بلغ", "وصلت", "تجاوزت", "تصل")
# Words opening an aside between commas after a count ("131 people, including 32 children, died"):
# the predicate after the aside says what is counted.
INCLUSIONS: tuple[str, ...] = ("بينهم", "منهم", "من بينهم")
# Words naming the group a count is taken from ("34 people among the fans died"): that group
# is not what the count measures; the predicate after it is.
PARTITIVES: tuple[str, ...] = ("من بين",)
# Which side of a value is read first: for counts and lengths, then for an ordinal's referent.
ORDER: tuple[str, ...] = ("before", "after")
ORDINAL_ORDER: tuple[str, ...] = ("before", "after")

FRAME_CORPUS: list[tuple[str, str, str]] = _DATA.rows("FRAME_CORPUS")
FRAME_NEGATIVE_CORPUS: list[tuple[str, str, str]] = _DATA.rows("FRAME_NEGATIVE_CORPUS")

#: What happened on a date, by the predicate governing it (reconcile/roles.py): two dates
#: contradict each other only when their roles agree or one has none.
DATE_ROLES: dict[str, tuple[str, ...]] = {
    "arrive": ("وصل", "وصلت", "يصل", "تصل", "وصول", "حط", "حطت", "هبطت", "هبط", "زيارة", "زار", "يزور", "بدأت", "بدأ", "تبدأ"),  # a visit begun that day
    "depart": ("غادر", "غادرت", "يغادر", "مغادرة", "أقلعت", "توجه"),
    "sign": ("وقع", "وقعت", "وقعتا", "وقعا", "يوقع", "توقيع", "وقّع", "وقّعت", "وقّعتا"),
    "meet": ("التقى", "يلتقي", "لقاء", "استقبل", "يستقبل", "اجتمع", "اجتماع"),
    "say": ("قال", "قالت", "أعلن", "أعلنت", "صرح", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت"),
    "occur": ("ضربت", "ضرب", "اجتاحت", "اجتاح", "انهار", "انهيار", "حدث", "اندلع"),
}
#: (sentence, the date as written, its role or None).
#: Words just before a role word that make it a plan, not the event ("due to arrive"):
#: reconcile/roles.py reports the role as "<role>:planned".
PLAN_WORDS: tuple[str, ...] = ('على أن', 'المقرر', 'مقرر', 'يتوقع', 'المتوقع', 'يعتزم')
DATE_ROLE_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("DATE_ROLE_CORPUS")
#: Prepositions after a role word that introduce where it happened (reconcile/roles.py
#: ``role_place``): two clock times of one role at places neither claim shares are two moments.
PLACE_WORDS: tuple[str, ...] = ('إلى', 'الى', 'في')
#: (sentence, the date or time as written, the start of its place as written, or None).
PLACE_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("PLACE_CORPUS")
#: (sentence, a duration's count as written, its bound or None): reconcile/frames.py.
DURATION_BOUND_CORPUS: list[tuple[str, str, str | None]] = _DATA.rows("DURATION_BOUND_CORPUS")

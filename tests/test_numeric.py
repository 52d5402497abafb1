"""Numbers, money, quantities and ordinals (reconcile/facts/{numeral,money,quantity,ordinal}.py),
the digit normalizer and the Duckling corpus reader/bench."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.bench.duckling import read_corpus, read_corpus_file
from reconcile.facts.digits import normalize_digits
from reconcile.facts.money import find_money
from reconcile.facts.numeral import find_numbers, interpret_digits, parse_number
from reconcile.facts.ordinal import find_ordinals, roman_to_int
from reconcile.facts.quantity import find_quantities
from reconcile.types import Context
from reconcile.types import value_to_json as jv

LANGS = ("id", "en", "fr", "ar")
DUCKLING = Path(__file__).resolve().parents[1].parent / "shared" / "external" / "duckling"


# -- digits ----------------------------------------------------------------------------------
def test_normalize_digits_keeps_length_and_maps() -> None:
    assert normalize_digits("٤٢ و ۱۲٫۵") == "42 و 12.5"
    assert normalize_digits("١٠٠٬٠٠٠") == "100,000"


@given(st.text())
def test_normalize_digits_is_length_preserving(s: str) -> None:
    assert len(normalize_digits(s)) == len(s)


# -- parse_number ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,value", [
    ("dua", "id", 2), ("quarante-deux", "fr", 42), ("twenty one", "en", 21), ("ثلاث", "ar", 3),
    ("٤٢", "ar", 42), ("8,1", "id", 8.1), ("8,1", "fr", 8.1), ("8.1", "en", 8.1),
    ("1.200.000", "id", 1200000), ("1.200.000", "fr", 1200000), ("1,200,000", "en", 1200000),
    ("100 000", "fr", 100000), ("3 juta", "id", 3000000), ("2 miliar", "id", 2000000000),
    ("lima ribu", "id", 5000), ("48 millions", "fr", 48000000), ("deux milliards", "fr", 2 * 10**9),
    ("1.5 billion", "en", 1500000000), ("three thousand", "en", 3000), ("مليون", "ar", 10**6),
    ("3 ملايين", "ar", 3000000), ("8.1 مليار", "ar", 8100000000), ("ثلاثة آلاف", "ar", 3000),
    ("١٢٫٥", "ar", 12.5), ("۴۲", "ar", 42), ("vingt et un", "fr", 21),
    ("quatre-vingt-dix-neuf", "fr", 99), ("seratus dua puluh dua", "id", 122),
    ("خمسمائة و خمسة و عشرون", "ar", 525), ("one hundred and five", "en", 105),
])
def test_parse_number(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text,lang", [
    ("two three", "en"), ("hello", "en"), ("", "id"), ("23.11.2021", "id"), ("10:30", "fr"),
    ("1 et 2", "fr"), ("thousands", "en"),
])
def test_parse_number_rejects(text: str, lang: str) -> None:
    assert parse_number(text, lang) is None


def test_group_separator_fallback_reads_decimals() -> None:
    # One group-kind separator with a tail that is not three digits is a decimal point.
    assert interpret_digits("8.1", "id") == Decimal("8.1")
    assert interpret_digits("1.200", "id") == Decimal("1200")
    assert interpret_digits("1,200", "en") == Decimal("1200")
    assert interpret_digits("1.2.3", "en") is None


def test_find_numbers_in_sentence_with_offsets() -> None:
    text = "Il y a 3 000 morts, soit 12,5 % de plus qu'en 2019, et quarante-deux blessés."
    facts = find_numbers(text, Context("fr"))
    assert [(f.text, jv(f.value)) for f in facts] == [
        ("3 000", 3000), ("12,5 %", 12.5), ("2019", 2019), ("quarante-deux", 42)]
    assert facts[1].attrs == {"unit": "percent"}
    assert all(text[f.start:f.end] == f.text for f in facts)


def test_lone_article_is_not_a_number_but_whole_text_is() -> None:
    assert find_numbers("une attaque", Context("fr")) == []
    assert [jv(f.value) for f in find_numbers("une", Context("fr"))] == [1]


def test_codes_times_and_dates_are_not_numbers() -> None:
    assert [jv(f.value) for f in find_numbers("pukul 10.30 WIB, 5 orang", Context("id"))] == [5]
    assert [jv(f.value) for f in find_numbers("at 10 pm, 5 people", Context("en"))] == [5]
    assert find_numbers("F-16 à 10:30 le 23/11/2021", Context("fr")) == []
    assert [jv(f.value) for f in find_numbers("forty-five (45) drones", Context("en"))] == [45]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["id", "en", "fr"]))
def test_babel_formatted_ints_parse_back(n: int, lang: str) -> None:
    assert parse_number(format_decimal(n, locale=lang), lang) == n


@settings(max_examples=150, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
       st.sampled_from(["id", "en", "fr"]))
def test_babel_formatted_decimals_parse_back(d: Decimal, lang: str) -> None:
    s = format_decimal(d, format="#,##0.00", locale=lang)
    assert Decimal(str(parse_number(s, lang))) == d


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_arabic_indic_grouped_digits_parse_back(n: int) -> None:
    ascii_ = f"{n:,}"
    arabic = ascii_.translate(str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬"))
    assert parse_number(arabic, "ar") == n


_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
             "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _en_words(n: int) -> str:
    """A plain English speller, independent of the parser's tables' layout."""
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        return _EN_TENS[n // 10] + ("-" + _EN_UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        return _EN_UNITS[n // 100] + " hundred" + (" and " + _en_words(n % 100) if n % 100 else "")
    for scale, word in ((10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            rest = n % scale
            return _en_words(n // scale) + " " + word + (" " + _en_words(rest) if rest else "")
    raise AssertionError(n)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_english_words_parse_back(n: int) -> None:
    assert parse_number(_en_words(n), "en") == n


_ID_UNITS = "nol satu dua tiga empat lima enam tujuh delapan sembilan".split()


def _id_words(n: int) -> str:
    if n < 10:
        return _ID_UNITS[n]
    if n < 20:
        return {10: "sepuluh", 11: "sebelas"}.get(n) or _ID_UNITS[n - 10] + " belas"
    if n < 100:
        return _ID_UNITS[n // 10] + " puluh" + (" " + _ID_UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        head = "seratus" if n // 100 == 1 else _ID_UNITS[n // 100] + " ratus"
        return head + (" " + _id_words(n % 100) if n % 100 else "")
    for scale, word in ((10**6, "juta"), (10**3, "ribu")):
        if n >= scale:
            rest = n % scale
            head = "seribu" if scale == 1000 and n // scale == 1 else \
                _id_words(n // scale) + " " + word
            return head + (" " + _id_words(rest) if rest else "")
    raise AssertionError(n)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_indonesian_words_parse_back(n: int) -> None:
    assert parse_number(_id_words(n), "id") == n


_PIECES = ["3", "1.200", "1,5", "dua puluh", "twenty-one", "$5m", "Rp 33.000", "€20", "٤٢",
           "مليون دولار", "48 millions de dollars", "first", "ke-7", "septième", "الأول", "drones",
           "orang", "%", " ", ", ", "(", ")", "-", "about", "sekitar", "2021", "10:30", "x"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join), st.sampled_from(LANGS))
def test_every_span_slices_its_text(text: str, lang: str) -> None:
    ctx = Context(lang)
    for finder in (find_numbers, find_money, find_quantities, find_ordinals):
        for f in finder(text, ctx):
            assert 0 <= f.start < f.end <= len(text)
            assert text[f.start:f.end] == f.text
            assert f.rule.startswith(f"{lang}.")


# -- money -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,amount,cur,estimate", [
    ("sekitar Rp 5 juta", "id", 5_000_000, "IDR", True),
    ("kurang lebih 8,1 miliar dolar AS", "id", 8_100_000_000, "USD", True),
    ("around $50 million", "en", 50_000_000, "USD", True),
    ("£5m", "en", 5_000_000, "GBP", False),
    ("près de 48 millions de dollars", "fr", 48_000_000, "USD", True),
    ("1 million de dirhams", "fr", 1_000_000, "MAD", False),
    ("حوالي 5 ملايين دولار", "ar", 5_000_000, "USD", True),
    ("ما يقارب 3 مليارات ريال", "ar", 3_000_000_000, "SAR", True),
])
def test_money(text: str, lang: str, amount: int, cur: str, estimate: bool) -> None:
    (f,) = find_money(text, Context(lang))
    assert jv(f.value) == {"amount": amount, "currency": cur}
    assert f.attrs["estimate"] is estimate
    assert (f.start, f.end) == (0, len(text))


def test_money_in_a_sentence() -> None:
    text = "The deal, worth $50 million, covers 3 drones; Morocco paid 20 euros and NIS 200."
    facts = find_money(text, Context("en"))
    got = [(f.text, jv(f.value)["amount"], jv(f.value)["currency"]) for f in facts]
    assert got == [("$50 million", 50_000_000, "USD"), ("20 euros", 20, "EUR"),
                   ("NIS 200", 200, "ILS")]
    assert find_money(text, Context("en"))[0].attrs.get("currency_assumed") is True


# -- quantities ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,count,unit", [
    ("Israel will deliver three Heron drones to Rabat", "en", 3, "drones"),
    ("Indonesia membeli lima sistem pertahanan udara", "id", 5, "sistem"),
    ("Le Maroc achète trois drones israéliens", "fr", 3, "drones"),
    ("اشترى المغرب ست طائرات مسيرة", "ar", 6, "طائرات"),
])
def test_quantity_in_sentence(text: str, lang: str, count: int, unit: str) -> None:
    (f,) = find_quantities(text, Context(lang))
    assert jv(f.value) == {"count": count, "unit": unit}
    assert text[f.start:f.end] == f.text


def test_quantity_excludes_years_money_percent_and_durations() -> None:
    text = "In 2021, 10% of $5 million went to 3 days of talks and 4 ships."
    assert [jv(f.value) for f in find_quantities(text, Context("en"))] == [
        {"count": 4, "unit": "ships"}]


# -- ordinals --------------------------------------------------------------------------------
def test_ordinals_in_sentences() -> None:
    en = "The first lady attended the second round, the 21st such meeting; at first nobody came."
    assert [(f.text, jv(f.value)) for f in find_ordinals(en, Context("en"))] == [
        ("second", 2), ("21st", 21)]
    fr = "La Première ministre a présidé la septième réunion du XXIe siècle, la 2e cette année."
    assert [(f.text, jv(f.value)) for f in find_ordinals(fr, Context("fr"))] == [
        ("septième", 7), ("XXIe", 21), ("2e", 2)]
    id_ = "Kedua negara sepakat; ini pertemuan ketujuh dan tahap ke-3."
    assert [(f.text, jv(f.value)) for f in find_ordinals(id_, Context("id"))] == [
        ("ketujuh", 7), ("ke-3", 3)]
    ar = "وقعت المذكرة في تشرين الأول، وهي الزيارة الأولى والثانية."
    assert [jv(f.value) for f in find_ordinals(ar, Context("ar"))] == [1, 2]


def test_roman_numerals() -> None:
    assert roman_to_int("XXI") == 21 and roman_to_int("XIV") == 14 and roman_to_int("Q") is None


# -- Duckling reader and bench ---------------------------------------------------------------
HS = '''
module X ( corpus, negativeCorpus ) where
-- a comment with examples (NumeralValue 9) [ "nine" ]
negativeCorpus :: NegativeCorpus
negativeCorpus = (testContext, testOptions, examples)
  where
    examples =
      [ "not \\"this\\""
      , "nor that"
      ]

allExamples :: [Example]
allExamples = concat
  [ examples (NumeralValue 33)
             [ "33"
             , "thirty three"
             ]
  , examples (datetime (2013, 2, 12, 4, 30, 0) Second) -- trailing comment
             [ "now", "caf\\233" ]
  {- examples (NumeralValue 1) [ "one" ] -}
  ]
'''


def test_read_corpus_synthetic(tmp_path: Path) -> None:
    p = tmp_path / "Corpus.hs"
    p.write_text(HS, encoding="utf-8")
    c = read_corpus_file(p)
    assert [(e.value, e.texts, e.section) for e in c.examples] == [
        ("NumeralValue 33", ("33", "thirty three"), "allExamples"),
        ("datetime (2013, 2, 12, 4, 30, 0) Second", ("now", "café"), "allExamples")]
    assert c.negatives == ('not "this"', "nor that")


@pytest.mark.skipif(not DUCKLING.is_dir(), reason="Duckling sources not available")
def test_read_real_corpus_and_bench() -> None:
    ex = read_corpus(DUCKLING / "Duckling/Numeral/ID/Corpus.hs")
    assert jv(ex[0].value) == "NumeralValue 0" and "nol" in ex[0].texts
    from reconcile.bench.facts import run
    res = run(DUCKLING, dims=["Numeral", "Ordinal"], langs=["id", "ar"])
    for lang in ("id", "ar"):
        for dim in ("Numeral", "Ordinal"):
            assert res["table"][lang][dim]["accuracy"] >= 0.9, (lang, dim)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=500), st.integers(min_value=1, max_value=500),
       st.sampled_from([("en", "{a} of the {b} parties", "parties"), ("fr", "{a} des {b} groupes", "groupes"),
                        ("id", "{a} dari {b} fraksi", "fraksi"), ("en", "{a} out of {b} victims", "victims")]))
def test_partitive_count_is_the_part_of_the_whole(a, b, case):
    from reconcile.facts.quantity import find_quantities
    from reconcile.types import Context
    lang, template, unit = case
    text = template.format(a=a, b=b)
    facts = find_quantities(text, Context(lang))
    assert [(f.start, f.end, jv(f.value), f.attrs.get("of")) for f in facts] == [
        (0, len(text), {"count": a, "unit": unit}, b)]


# --------------------------------------------------------------------------- currency phrase index

def _seed_texts() -> list[str]:
    from pathlib import Path

    return [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))]


@pytest.mark.parametrize("lang", ["en", "fr", "id", "ar"])
def test_phrase_index_finds_what_the_regex_alternation_found(lang) -> None:
    """``money.Phrases`` replaced compiled alternations: same phrase at every position near a number."""
    import re

    from reconcile.facts import money
    from reconcile.facts.numeral import fold

    tab = money.currency_table(lang)
    checks = 0
    for phrases, index, raw in ((list(tab.names), tab.name_index, False), (list(tab.symbols), tab.symbol_index, True)):
        forward = re.compile(money._alt(phrases))
        backward = re.compile(money._alt(phrases) + r"\Z")
        texts = _seed_texts() + ["US$ 5", "5  dolar  AS", "USD5", "xUSD 5", "5 euros.", "Rp5", "£5m", "5 dirhams"]
        for text in texts:
            s = text if raw else fold(text)
            near = sorted({q for i, ch in enumerate(s) if ch.isdigit() for q in range(max(0, i - 50), min(len(s), i + 50) + 1)})
            for q in near:
                m = forward.match(s, q)
                assert index.match(s, q) == (m.group() if m else None), (s[q:q + 30], q)
                m = backward.search(s, max(0, q - 48), q)
                assert index.match_end(s, max(0, q - 48), q) == ((m.start(), m.group()) if m else None), (s[max(0, q - 48):q], q)
                checks += 1
    assert checks > 1000


def test_shipped_currency_data_is_what_babel_gives() -> None:
    from reconcile.facts import money

    if not money._shipped():
        pytest.skip("currencies.json was made with another Babel version (read live instead)")
    for lang, data in money._shipped().items():
        assert data == money.babel_currencies(lang), f"rewrite it: python -m reconcile.facts.money ({lang})"


@pytest.mark.parametrize("text,expected", [
    ("au moins 8 500 habitants", [("8 500", 8500)]),
    ("Au moins 11 300 personnes sont mortes", [("11 300", 11300)]),
    ("du moins 30 morts", [("30", 30)]),
    ("il fait moins 5 degrés", [("moins 5", -5)]),
])
def test_french_au_moins_is_a_bound_not_a_sign(text: str, expected: list) -> None:
    """"au moins" is "at least": the figure stays positive (its bound is the frame's job)."""
    from reconcile.facts.numeral import find_numbers
    from reconcile.types import Context

    assert [(f.text, jv(f.value)) for f in find_numbers(text, Context("fr", None))] == expected

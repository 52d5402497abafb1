"""Arabic letter folding (reconcile/facts/arabic.py): each named variant on the letters it touches."""
from __future__ import annotations

import pytest

from reconcile.facts import arabic
from reconcile.facts.date import fold as date_fold
from reconcile.facts.numeral import fold as numeral_fold
from reconcile.facts.numeral import norm_word

LETTERS = "أإآٱىةؤئاي"


def test_name_key_folds_alefs_and_ta_marbuta_but_keeps_alef_maqsura() -> None:
    assert arabic.name_key(LETTERS) == "ااااىهؤئاي"
    assert arabic.name_key("على") != arabic.name_key("علي")          # the preposition is no name
    assert arabic.name_key("مُحَمَّد") == "محمد"                        # harakat dropped
    assert arabic.name_key("عـــلي") == "علي"                          # tatweel dropped
    assert arabic.name_key("\u06d6ب") == "ب"                           # Quranic signs dropped


def test_word_key_also_folds_alef_maqsura_and_keeps_quranic_signs() -> None:
    assert arabic.word_key(LETTERS) == "اااايهؤئاي"
    assert arabic.word_key("إحدى") == arabic.word_key("احدي") == "احدي"
    assert arabic.word_key("أَرْبَعَة") == "اربعه"
    assert arabic.word_key("\u06d6ب") == "\u06d6ب"


def test_char_fold_also_folds_hamza_carriers() -> None:
    assert "".join(arabic.CHAR_FOLD.get(c, c) for c in LETTERS) == "اااايهوياي"
    assert date_fold("مؤتمر الأربعاء") == "موتمر الاربعاء"


def test_fold_words_keeps_the_length() -> None:
    text = "في إحدى المرات، أيضاً"
    assert len(arabic.fold_words(text)) == len(text)
    assert arabic.fold_words(text) == "في احدي المرات، ايضاً"


@pytest.mark.parametrize("letter", list(LETTERS))
def test_callers_fold_each_letter_as_before(letter: str) -> None:
    """The folds the finders always used: names keep ى, numbers fold it, dates fold hamza too."""
    names = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه"}
    words = {**names, "ى": "ي"}
    dates = {**words, "ؤ": "و", "ئ": "ي"}
    assert arabic.name_key(letter) == names.get(letter, letter)
    assert norm_word(letter, "ar") == numeral_fold(letter) == words.get(letter, letter)
    assert date_fold(letter) == dates.get(letter, letter)


def test_is_arabic_and_strip_marks() -> None:
    assert arabic.is_arabic("Joko ويدودو") and not arabic.is_arabic("Joko Widodo")
    assert arabic.strip_marks("مُحَمَّدٌ") == "محمد"
    assert arabic.strip_harakat("مُحَمَّدٌ") == "محمد"

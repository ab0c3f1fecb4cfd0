"""Folding: the case- and accent-insensitive key every glossary look-up uses."""

from __future__ import annotations

import unicodedata

from hypothesis import given, strategies as st

from xlate.text.fold import fold, fold_all, strip_accents


def test_fold_drops_case_and_accents_whatever_the_script():
    assert fold("El País") == fold("el pais") == "el pais"
    assert fold("CANCIÓN Ñandú") == "cancion nandu"
    assert fold("Straße") == "strasse"                     # casefold, not lower
    assert fold("Việt Nam") == "viet nam"                  # two marks on one letter
    assert fold("Ἀθῆναι") == "αθηναι"                      # Greek marks outside the Latin accents
    assert strip_accents("São Tomé") == "Sao Tome"


@given(st.lists(st.text()))
def test_a_word_list_folds_as_its_words_do_one_by_one(words):
    """fold_all folds the words as one text: nothing may fold across the newline between two."""
    assert fold_all(words) == [fold(word) for word in words]


def test_a_word_list_folds_as_its_words_do_with_marks_at_their_edges():
    words = ["\u0301a", "é\u0301", "ᄀ", "ᅡ", "क\u093c", "ß", "ﬃ", "a\nb", "", "Ἀθῆναι", "x\u034f"]
    assert fold_all(words) == [fold(word) for word in words]
    assert fold_all(words[:7]) == [fold(word) for word in words[:7]]


def test_marks_that_combine_with_nothing_are_kept_and_what_is_left_recomposed():
    assert strip_accents("a\u034fb") == "a\u034fb"        # the grapheme joiner is no accent
    assert strip_accents("ß\u0301") == "ß"
    hebrew = "שָׁלוֹם"
    assert strip_accents(hebrew) == "".join(c for c in unicodedata.normalize("NFD", hebrew) if not unicodedata.combining(c))

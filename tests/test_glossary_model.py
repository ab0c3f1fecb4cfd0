"""Folding: the case- and accent-insensitive key every glossary look-up uses."""

from __future__ import annotations

import unicodedata

from xlate.text.fold import fold, strip_accents


def test_fold_drops_case_and_accents_whatever_the_script():
    assert fold("El País") == fold("el pais") == "el pais"
    assert fold("CANCIÓN Ñandú") == "cancion nandu"
    assert fold("Straße") == "strasse"                     # casefold, not lower
    assert fold("Việt Nam") == "viet nam"                  # two marks on one letter
    assert fold("Ἀθῆναι") == "αθηναι"                      # Greek marks outside the Latin accents
    assert strip_accents("São Tomé") == "Sao Tome"


def test_marks_that_combine_with_nothing_are_kept_and_what_is_left_recomposed():
    assert strip_accents("a\u034fb") == "a\u034fb"        # the grapheme joiner is no accent
    assert strip_accents("ß\u0301") == "ß"
    hebrew = "שָׁלוֹם"
    assert strip_accents(hebrew) == "".join(c for c in unicodedata.normalize("NFD", hebrew) if not unicodedata.combining(c))

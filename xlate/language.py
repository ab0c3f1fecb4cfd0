"""Fast English/Spanish identification from function words (no model to load)."""

from __future__ import annotations

from itertools import accumulate

import regex

_EN = frozenset("""the of and to in is was for that with on as by at from has have had it its his her
are were be been this which who said after an not but they their will would could should than
there these those into about over when what also more most other some such only our we you""".split())
_ES = frozenset("""el la los las del y en que un una por con para se su es al lo como más pero sus le ya
fue este ha porque esta son entre cuando muy sin sobre también hasta hay donde desde todo nos durante
uno ni contra ese eso ante ellos e esto mí antes algunos qué unos otro otras otra él tanto esa estos
mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros fueron según dijo""".split())
_ES_ONLY = _ES - _EN   # a word both lists hold counts for English
_WORD = regex.compile(r"\p{L}+")


def language_scores(text: str) -> tuple[int, int]:
    return _scores(_WORD.findall(text.lower()))


def _scores(lowercase_words: list[str]) -> tuple[int, int]:
    """(English, Spanish) function words among the words."""
    return sum(map(_EN.__contains__, lowercase_words)), sum(map(_ES_ONLY.__contains__, lowercase_words))


# Per word as written, for every word met this run: the function words language_scores finds in it.
_ENGLISH_COUNTS: dict[str, int] = {}
_SPANISH_COUNTS: dict[str, int] = {}
_MAX_WORDS = 200_000   # a bound so an archive's vocabulary cannot grow memory forever


def running_scores(words: list[str], distinct: frozenset[str]) -> tuple[list[int], list[int]]:
    """Running totals of language_scores over words (Document.tokens) and their distinct set:
    words[lo:hi] hold en[hi] - en[lo] English and es[hi] - es[lo] Spanish function words, as does
    their text unless it holds "İ", the one letter whose lowercase is not a letter. Each distinct
    word is scored once per run, and a paragraph's scores cost two subtractions."""
    if len(_ENGLISH_COUNTS) > _MAX_WORDS:
        _ENGLISH_COUNTS.clear()
        _SPANISH_COUNTS.clear()
    for word in distinct.difference(_ENGLISH_COUNTS):
        _ENGLISH_COUNTS[word], _SPANISH_COUNTS[word] = language_scores(word)
    return (list(accumulate(map(_ENGLISH_COUNTS.__getitem__, words), initial=0)),
            list(accumulate(map(_SPANISH_COUNTS.__getitem__, words), initial=0)))


def detect_language(text: str, min_evidence: int = 3) -> str | None:
    """'en', 'es', or None when the text carries too little evidence either way."""
    return decide(*language_scores(text), min_evidence)


def decide(en: int, es: int, min_evidence: int = 3) -> str | None:
    if max(en, es) < min_evidence or en == es:
        return None
    return "en" if en > es else "es"

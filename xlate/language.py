"""Fast English/Spanish identification from function words (no model to load)."""

from __future__ import annotations

from itertools import filterfalse

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


def word_scores(text: str, words: list[str]) -> tuple[int, int]:
    """language_scores(text) from the text's words (Document.tokens), without reading it again.
    A word of letters only is one \\p{L}+ run once lowercased; the others (don't, well-known,
    1990s) are split as language_scores splits them. "İ" is the one letter whose lowercase
    is not a letter, so a text holding it is read the long way."""
    if "İ" in text:
        return language_scores(text)
    plain = list(filter(str.isalpha, words))
    lowered = list(map(str.lower, plain))
    if len(plain) < len(words):
        lowered += [part for word in filterfalse(str.isalpha, words) for part in _WORD.findall(word.lower())]
    return _scores(lowered)


def detect_language(text: str, min_evidence: int = 3) -> str | None:
    """'en', 'es', or None when the text carries too little evidence either way."""
    return decide(*language_scores(text), min_evidence)


def decide(en: int, es: int, min_evidence: int = 3) -> str | None:
    if max(en, es) < min_evidence or en == es:
        return None
    return "en" if en > es else "es"

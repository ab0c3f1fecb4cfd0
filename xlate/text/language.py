"""Fast English/Spanish identification from function words (no model to load)."""

from __future__ import annotations

from itertools import accumulate


from xlate.infra import patterns

_EN = frozenset("""the of and to in is was for that with on as by at from has have had it its his her
are were be been this which who said after an not but they their will would could should than
there these those into about over when what also more most other some such only our we you""".split())
_ES = frozenset("""el la los las del y en que un una por con para se su es al lo como más pero sus le ya
fue este ha porque esta son entre cuando muy sin sobre también hasta hay donde desde todo nos durante
uno ni contra ese eso ante ellos e esto mí antes algunos qué unos otro otras otra él tanto esa estos
mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros fueron según dijo""".split())
_ES_ONLY = _ES - _EN   # a word both lists hold counts for English
_WORD = patterns.compile(r"\p{L}+")


def language_scores(text: str) -> tuple[int, int]:
    return _scores(_WORD.findall(text.lower()))


def _scores(lowercase_words: list[str]) -> tuple[int, int]:
    """(English, Spanish) function words among the words."""
    return sum(map(_EN.__contains__, lowercase_words)), sum(map(_ES_ONLY.__contains__, lowercase_words))


# Per word as written, for every word met this run: the function words language_scores finds in
# it, English + Spanish << _SPANISH_SHIFT, so that one running total over a text's words keeps both.
_PACKED_SCORES: dict[str, int] = {}
_SPANISH_SHIFT = 32   # a document holds fewer than 2**32 words
_MAX_WORDS = 200_000   # a bound so an archive's vocabulary cannot grow memory forever


class RunningScores:
    """language_scores of any run of a text's words (Document.tokens), by one subtraction: running
    totals over the words, each distinct word scored once per run. Equal to the scores of the run's
    text unless it holds "İ", the one letter whose lowercase is not a letter."""

    def __init__(self, words: list[str], distinct: frozenset[str]):
        if len(_PACKED_SCORES) > _MAX_WORDS:
            _PACKED_SCORES.clear()
        for word in distinct.difference(_PACKED_SCORES):
            lowered = word.lower()
            if lowered.isascii() and lowered.isalpha():   # most words: one word, no regex to split it
                english, spanish = lowered in _EN, lowered in _ES_ONLY
            else:
                english, spanish = language_scores(word)
            _PACKED_SCORES[word] = english + (spanish << _SPANISH_SHIFT)
        self._totals = list(accumulate(map(_PACKED_SCORES.__getitem__, words), initial=0))

    def of(self, lo: int, hi: int) -> tuple[int, int]:
        """(English, Spanish) function words among words[lo:hi]."""
        packed = self._totals[hi] - self._totals[lo]   # both counts only grow: no borrow between them
        return packed & ((1 << _SPANISH_SHIFT) - 1), packed >> _SPANISH_SHIFT


def detect_language(text: str, min_evidence: int = 3) -> str | None:
    """'en', 'es', or None when the text carries too little evidence either way."""
    return decide(*language_scores(text), min_evidence)


def decide(en: int, es: int, min_evidence: int = 3) -> str | None:
    if max(en, es) < min_evidence or en == es:
        return None
    return "en" if en > es else "es"

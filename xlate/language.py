"""Fast English/Spanish identification from function words (no model to load)."""

from __future__ import annotations

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
    words = _WORD.findall(text.lower())
    return sum(map(_EN.__contains__, words)), sum(map(_ES_ONLY.__contains__, words))


def detect_language(text: str, min_evidence: int = 3) -> str | None:
    """'en', 'es', or None when the text carries too little evidence either way."""
    en, es = language_scores(text)
    if max(en, es) < min_evidence or en == es:
        return None
    return "en" if en > es else "es"

"""How often words are written, from wordfreq: a veto on typo findings for rare but real words.

The dictionaries miss real words (fentanyl, zapoteco, the inflected ductos).
wordfreq's large lists have them, but also the commonest misspellings (teh,
thier, the unaccented ademas), so they cannot serve as a dictionary. What
they can tell is whether an unknown word is written often enough, next to
the word it would be a slip for, to be a word of its own.

The Zipf scale is log10 of uses per billion words: 3 is once per million. The
lists are read from wordfreq's data files without importing wordfreq and kept
in the compact cache as tenths of a Zipf unit, one byte a word, for the words
at MIN_ZIPF or above only: a rarer word is no word of its own, and a rarer
suggestion never outweighs a word that is not. Without wordfreq there is no
veto.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from xlate.text.fold import fold
from xlate.infra.tables import load_table
from xlate.spelling.dictionary import normalise

# An unknown word written at least this often (once per 100 million words) may be a word ...
MIN_ZIPF = 2.0
_MIN_TENTHS = round(MIN_ZIPF * 10)
# ... unless the word it is one slip from is written this much more often (teh 3.0 against the 7.7).
# Common misspellings sit 1.6 to 2.5 below their word (accomodate, recieve), rare real words mostly
# at less than 1.5 or above it: 1.5 keeps nearly all the misspellings and vetoes most rare words.
MAX_ZIPF_GAP = 1.5
_CENTIBELS_PER_TENTH = 10
_ZIPF_OF_FIRST_BUCKET = 900   # in hundredths: wordfreq's bucket i holds the words at Zipf 9 - i/100


def source_path(lang: str, size: str = "large") -> Path | None:
    """wordfreq's list for lang (large or small), found without importing wordfreq; None when it is missing."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0], "data", f"{size}_{lang}.msgpack.gz")
    return path if path.is_file() else None


def parse_source(source: Path, min_tenths: int = _MIN_TENTHS) -> dict[str, int]:
    """Word -> tenths of Zipf from a cBpack file (a header, then one list of words per centibel)."""
    import gzip
    import msgpack   # a wordfreq dependency, needed only to build the cache
    with gzip.open(source, "rb") as handle:
        header, *buckets = msgpack.unpack(handle, raw=False)
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"unexpected wordfreq list header in {source}: {header!r}")
    tenths = ((round((_ZIPF_OF_FIRST_BUCKET - index) / _CENTIBELS_PER_TENTH), bucket)
              for index, bucket in enumerate(buckets))
    return {word: zipf for zipf, bucket in tenths if zipf >= min_tenths
            for word in bucket if word.replace("'", "").isalpha()}


class Usage:
    """One language's words with their Zipf frequencies."""

    def __init__(self, tenths: Mapping[str, int]):
        self._tenths = tenths   # word -> tenths of Zipf
        self.name = getattr(tenths, "name", None)   # the cache file's, naming the list's version

    def words(self) -> Iterable[str]:
        return self._tenths.keys()

    def tenths(self) -> Mapping[str, int]:
        """Every word key (lower case, straight apostrophes) -> tenths of Zipf, for bulk reading."""
        return self._tenths.as_dict() if hasattr(self._tenths, "as_dict") else self._tenths

    def zipf(self, word: str) -> float:
        """Zipf frequency of word as written in any case; 0 when the list lacks it or it is under MIN_ZIPF."""
        return self._tenths.get(normalise(word), 0) / 10

    def is_word(self, word: str, suggestions: Sequence[str], distance: int = 1) -> bool:
        """Whether word, unknown to the dictionary, is a word of its own rather than a slip for
        the best suggestion, distance edits away: written often, and (for one edit) not much less
        often than that suggestion. A spelling that only lacks the accents of a more frequent
        suggestion is a slip however often it is written (ademas, podria); one with an accent the
        other lacks is a variant (cártel, cartel). Two slips in one word are rare enough that a
        word written often is a word of its own whatever it is two edits from (iraquí, aquí)."""
        zipf, key = self.zipf(word), normalise(word)
        if any(fold(s) == key and self.zipf(s) > zipf for s in suggestions):
            return False
        return zipf >= MIN_ZIPF and (distance > 1 or self.zipf(suggestions[0]) - zipf < MAX_ZIPF_GAP)


@lru_cache(maxsize=None)
def load_usage(lang: str) -> Usage | None:
    """wordfreq's frequencies for lang, shared by every run in this process; None without wordfreq."""
    source = source_path(lang)
    if source is None:
        return None
    try:
        return Usage(load_table(source, parse_source, typecode="B", variant=f"-z{_MIN_TENTHS}"))
    except (ImportError, ValueError, OSError):   # no msgpack, or a list of an unknown format
        return None


# The languages news copy in English or Spanish quotes most (Europe's, and Portuguese, Catalan):
# their common words tell a quoted passage from a cluster of slips (xlate/spelling/surroundings.py).
QUOTED_LANGUAGES = ("fr", "de", "it", "pt", "ca", "nl", "cs", "sk", "pl", "ro", "sv")
# Common there: written at least once per 100,000 words (Zipf 4): les, sont, eine, und, nad, ústav.
QUOTED_MIN_ZIPF = 4.0


def _parse_quoted(_source: Path) -> dict[str, int]:
    """Every word common in one of QUOTED_LANGUAGES (wordfreq's small lists), at its highest Zipf."""
    words: dict[str, int] = {}
    for lang in QUOTED_LANGUAGES:
        path = source_path(lang, "small")
        if path is not None:
            for word, zipf in parse_source(path, round(QUOTED_MIN_ZIPF * 10)).items():
                words[word] = max(words.get(word, 0), zipf)
    return words


@lru_cache(maxsize=None)
def load_quoted_words() -> frozenset[str] | Mapping[str, int]:
    """The common words of the languages copy quotes (QUOTED_LANGUAGES); empty without wordfreq."""
    source = source_path(QUOTED_LANGUAGES[0], "small")
    if source is None:
        return frozenset()
    try:
        return load_table(source, _parse_quoted, typecode="B",
                          variant=f"-quoted-{'-'.join(QUOTED_LANGUAGES)}-z{round(QUOTED_MIN_ZIPF * 10)}")
    except (ImportError, ValueError, OSError):
        return frozenset()

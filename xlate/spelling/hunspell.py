"""Which forms of the shipped Hunspell word lists join a dictionary, and how often they are written.

The frequency lists pyspellchecker ships hold common words (and, for Spanish, headwords only);
Hunspell's dictionaries hold every form of a curated vocabulary, and, apart, the names of people,
places and bodies it writes capitalised (load_names) (xlate/data/words, built by
scripts/build_word_lists.py): British spellings, new words, every inflection. A form the frequency
list lacks joins it at how often wordfreq says it is written, on the list's scale (about 10 ** Zipf:
casa is 1.5 million there and Zipf 5.8), else at 1, the rarest; suggestions rank by it.

One kind of form stays out: a plain spelling that is far rarer than a spelling of it with accents
(ademas, a form of the rare ademar, against además): in copy it is nearly always the accent slip,
and the typo check must still say so. A variant written about as often stays (periodo, período).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from functools import lru_cache
from pathlib import Path

from xlate.text.fold import fold_all
from xlate.infra.tables import load_table
from xlate.spelling.data import read_word_list, word_list_path
from xlate.spelling.usage import load_usage

# A plain form is an accent slip when an accented spelling of it is written this many Zipf units
# more often (10 times): ademas 4.3 against además 6.0; periodo 4.7 against período 4.5 is a variant.
ACCENT_SLIP_ZIPF_GAP = 1.0
# Unless the accented spelling is the same verb in another tense or person, the accent on the final
# syllable telling them apart: realizo / realizó (I carry out / he carried out), trabaje / trabajé,
# animaran / animarán (subjunctive / future). Both are right; which one is meant is grammar.
TENSE_ACCENTS = (("o", "ó"), ("e", "é"), ("ara", "ará"), ("aras", "arás"), ("aran", "arán"))
WEIGHING = f"g{ACCENT_SLIP_ZIPF_GAP}t"   # in the cached table's name: a new judgement, a new table


def weigh(lang: str, forms: list[str], frequencies: dict[str, int]) -> dict[str, int]:
    """form -> frequency for the forms to add to frequencies (which already holds the listed words).
    Both hold dictionary keys (lower case, straight apostrophes): Zipf is read from the table.
    (Sets, not loops: a first check after an install weighs 640,000 Spanish forms.)"""
    usage = load_usage(lang)
    tenths = usage.tenths() if usage else {}
    weighed = dict.fromkeys(forms, _frequency(0))   # in the list's order, which is sorted: the table sorts fast
    for form in weighed.keys() & frequencies.keys() | {""}:
        weighed.pop(form, None)
    accented = _most_written_accented(weighed.keys(), [*weighed, *frequencies], tenths)
    for form in weighed.keys() & accented.keys():
        if _is_accent_slip(form, tenths.get(form, 0), *accented[form]):
            del weighed[form]
    weighed.update((form, _frequency(tenths[form])) for form in weighed.keys() & tenths.keys())
    return weighed


def _is_accent_slip(plain: str, written: int, accented_written: int, spelling: str) -> bool:
    return accented_written - written >= ACCENT_SLIP_ZIPF_GAP * 10 and not is_tense_partner(plain, spelling)


@lru_cache(maxsize=None)
def _frequency(tenths: int) -> int:
    """A form's frequency on the list's scale from its Zipf in tenths (0: not in wordfreq, the rarest)."""
    return round(10 ** (tenths / 10)) if tenths else 1


def is_tense_partner(plain: str, accented: str) -> bool:
    """Whether accented is plain with the accent of a tense or person ending (TENSE_ACCENTS):
    realizó for realizo; not además for ademas, nor público for publico."""
    return any(plain.endswith(bare) and accented == plain[:-len(bare)] + marked for bare, marked in TENSE_ACCENTS)


def _most_written_accented(plains: Collection[str], words: list[str],
                           tenths: Mapping[str, int]) -> dict[str, tuple[int, str]]:
    """plain spelling -> (tenths of Zipf, spelling) of its most written spelling with accents among
    words, for the plain spellings asked about."""
    accented = [word for word in words if not word.isascii()]
    best: dict[str, tuple[int, str]] = {}
    for word, plain in zip(accented, fold_all(accented)):
        if plain in plains:
            best[plain] = max(best.get(plain, (0, "")), (tenths.get(word, 0), word))
    return best


@lru_cache(maxsize=None)
def load_names() -> Collection[str]:
    """Names as Hunspell's dictionaries write them (Delcy, Bocking, AMD), English and Spanish: a
    capitalised word the typo check cannot tell from a name by its position is one when listed.
    Kept as a table in the user cache, as the word lists are (data.py): a check asks about a few
    names, where unzipping the list into a set cost every check that asked 50 ms."""
    path = word_list_path("names")
    return load_table(path, _names_in, typecode="B") if path else frozenset()


def _names_in(path: Path) -> dict[str, int]:
    return dict.fromkeys(filter(None, read_word_list(path)), 1)

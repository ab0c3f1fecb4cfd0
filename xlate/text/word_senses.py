"""What a word of a clause may name in English, in either language, so two clauses can share a word
saying what their figures measure: "Scientists counted 18 colonies" and "Los especialistas contaron
once colonias" (count), "received 4.7 million visitors" and "recibió unos 3,2 millones de visitantes"
(receive), "the basilica's tallest" and "la más alta" (tall).

The table is data/word-translations.tsv.gz, built by scripts/build_translations.py from Apertium's
English-Spanish dictionaries over the words of the word classes: each noun, verb or adjective form
with every English lemma its readings and translations give ("contaron": count, explain; "alta":
high, tall). A word the table lacks names only itself.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from xlate.infra.tables import WordTable
from xlate.text.counted_nouns import translation_table

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "word-translations.tsv.gz"


@lru_cache(maxsize=65536)
def senses(word: str) -> frozenset[str]:
    """The English lemmas a folded word may name, read as English and as Spanish ("pie": pie, foot)."""
    table = _table()
    found = set()
    for language in ("en", "es"):
        index = table.get(f"{language}:{word}")
        if index is not None:
            found.update(table.word_at(index)[1:].split())
    return frozenset(found) if found else frozenset((word,))


@lru_cache(maxsize=1)
def _table() -> WordTable:
    return translation_table(WORDS_FILE)

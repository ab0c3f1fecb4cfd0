"""Word classes (parts of speech) of English and Spanish words, for XL401's token patterns
(xlate/rules/confusable_tokens.py): "profits" is a plural noun, "dijo" a finite verb, "tense" an
adjective, a noun or a verb.

The table is data/word-classes.tsv.gz, built by scripts/build_word_classes.py from LemmInflect's
English lexicon (the NIH SPECIALIST Lexicon) and the affix flags of the RLA-ES Hunspell dictionary;
see that script for what each class means. A word may be in several classes, and a word the table
lacks is in none: a token pattern that asks for a class never matches it (rare words decide nothing).
The table is read once per process, from the user cache when it is there (marshal, several times
faster than parsing the text), one language at a time.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from zlib import crc32

CLASSES_FILE = Path(__file__).resolve().parent.parent / "data" / "word-classes.tsv.gz"
CLASSES = {
    "en": ("noun", "plural", "verb", "past", "participle", "ing", "verb_s", "adj", "adv"),
    "es": ("noun", "adj", "nominal", "verb", "finite", "infinitive", "gerund", "participle"),
}


class UnknownWordClass(ValueError):
    pass


def bit(language: str, name: str) -> int:
    """The bit of class name in a word's mask."""
    try:
        return 1 << CLASSES[language].index(name)
    except (KeyError, ValueError):
        raise UnknownWordClass(f"no word class {name!r} in {language!r} "
                               f"(classes: {', '.join(CLASSES.get(language, ()))})") from None


@lru_cache(maxsize=4)
def class_masks(language: str, path: Path = CLASSES_FILE) -> dict[str, int]:
    """Each word of the language with the mask of its classes (see bit)."""
    from xlate.infra.cachefile import cache_dir, read_keyed, write_keyed
    try:
        stat = path.stat()
        key = (1, str(path.resolve()), stat.st_size, stat.st_mtime_ns, language)
        cached = cache_dir() / f"word-classes-{language}-{crc32(key[1].encode('utf-8', 'surrogatepass')):08x}.marshal"
    except OSError:
        key = cached = None
    stored = read_keyed(cached, key) if cached else None
    if stored is None:
        stored = _parse(path, language)
        if cached:
            write_keyed(cached, key, stored)
    return stored


def _parse(path: Path, language: str) -> dict[str, int]:
    import gzip   # only when the user cache lacks the table: a warm check never imports it
    names = CLASSES[language]
    masks: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, lang, classes = line.rstrip("\n").split("\t")
            if lang == language:
                masks[word] = sum(1 << names.index(c) for c in classes.split())
    return masks

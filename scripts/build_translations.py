"""Build xlate/data/noun-translations.tsv.gz and xlate/data/word-translations.tsv.gz: the English a
word of the word classes names, in English or Spanish, so that XL801 reads a figure's counted noun
and the words of its clause alike in either language.

    apt-get install apertium 'apertium-eng-spa=0.8.1*' && .venv/bin/python scripts/build_translations.py

- noun-translations: each noun form with the English singular it names ("40,000 inmates", "40.000
  reclusos": prisoner; "11 beaches", "siete playas": beach). XL801 compares two counts only of one
  noun (xlate/text/counted_nouns.py).
- word-translations: each noun, verb or adjective form with the English lemmas it may name, every
  reading and every translation the dictionary gives ("contaron": count, explain; "counted": count;
  "alta": tall, high; "tallest": tall), so that "Scientists counted 18 colonies" and "Los
  especialistas contaron once colonias" share a word saying what is counted (xlate/text/word_senses.py).

The words are those xlate/data/word-classes.tsv.gz already ships (scripts/build_word_classes.py):
the words seen by wordfreq. What each one names comes from Apertium's English-Spanish pair, read
here once through lt-proc (xlate reads the small files this writes, without Apertium):

- Spanish: the morphological analyser (spa-eng.automorf.bin) gives a form's lemma ("playas":
  playa, noun, feminine, plural); the bilingual dictionary (spa-eng.autobil.bin) its English
  lemma ("beach"). A lemma the dictionary lacks names itself ("guardaparques": guardaparque).
  word-translations also reads the other direction (eng-spa.autobil.bin), which lists other pairs:
  a Spanish lemma names the English lemmas that translate to it too ("cosecha": harvest, and crop
  and yield; "embarque": ship, and embark).
- English: the analyser (eng-spa.automorf.bin) gives a plural's singular ("women": woman), a verb
  form's infinitive ("found": find), a superlative's adjective; a plural it does not know is read by
  its ending, kept when the singular is itself a noun of the word classes ("hippos": hippo, "barns":
  barn, "beaches": beach).
- Apertium spells British English ("neighbour", "organisation", "centre"): an English noun is
  written as its American spelling when the word classes hold that as a noun, as the American
  lexicon they come from does.

Only forms whose English differs from the form are written: a word the files lack names itself. A
line is "form<TAB>language<TAB>english" (word-translations: English lemmas joined by spaces), forms
folded (lower case, no accents).
"""

from __future__ import annotations

import gzip
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.text.fold import fold  # noqa: E402

CLASSES = ROOT / "xlate" / "data" / "word-classes.tsv.gz"
OUT = ROOT / "xlate" / "data" / "noun-translations.tsv.gz"
WORDS_OUT = ROOT / "xlate" / "data" / "word-translations.tsv.gz"
APERTIUM = Path("/usr/share/apertium/apertium-eng-spa")
_UNIT = re.compile(r"\^(.*?)\$")
_NOUN = re.compile(r"^([^<]+)(<n>(?:<(?:m|f|mf|GD|ND|sg|pl|sp)>)*)$")


def _lt_proc(binary: str, lines: list[str], *flags: str) -> list[str]:
    """lt-proc's output, one unit a line, for the lines given (one unit each, null-flushed)."""
    text = "".join(line + "\0" for line in lines)
    done = subprocess.run(["lt-proc", "-z", *flags, str(APERTIUM / binary)], input=text, capture_output=True,
                          text=True, check=True)
    return done.stdout.split("\0")[:len(lines)]


def _nouns(language: str, kind: str = "noun") -> dict[str, str]:
    """word -> its classes, of the nouns (kind "": every word) of one language in the word classes."""
    found = {}
    with gzip.open(CLASSES, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, lang, classes = line.rstrip("\n").split("\t")
            if lang == language and (not kind or kind in classes.split()):
                found[word] = classes
    return found


def _noun_analyses(output: str) -> list[tuple[str, str]]:
    """(lemma, tags) of each noun reading of lt-proc's analysis of one word."""
    unit = _UNIT.search(output)
    if not unit:
        return []
    readings = unit.group(1).split("/")[1:]
    return [(match.group(1), match.group(2)) for match in map(_NOUN.match, readings) if match]


def spanish(english_nouns: dict[str, str]) -> dict[str, str]:
    words = sorted(_nouns("es"))
    analyses = [_noun_analyses(out) for out in _lt_proc("spa-eng.automorf.bin", words)]
    lemmas = {}
    for word, readings in zip(words, analyses):
        if readings:   # the reading whose lemma is the form itself, else the first ("abadesa", not "abad")
            lemmas[word] = next((r for r in readings if r[0] == word), readings[0])
    asked = sorted({(lemma, re.sub(r"<(?:pl|sp)>", "<sg>", tags)) for lemma, tags in lemmas.values()})
    english = {}
    for (lemma, tags), out in zip(asked, _lt_proc("spa-eng.autobil.bin", [f"^{l}{t}$" for l, t in asked], "-b")):
        unit = _UNIT.search(out)
        target = unit.group(1).split("/")[1] if unit and "/" in unit.group(1) else ""
        english[lemma] = american(fold(target.split("<")[0]), english_nouns) if target and not target.startswith("@") \
            else fold(lemma)
    table = {}
    for word, (lemma, _) in lemmas.items():
        key = english[lemma]
        if key and key != fold(word) and " " not in fold(word) + key:   # "muertos": "dead person", no one noun
            table[fold(word)] = key
    return table


# Apertium writes British English ("neighbour", "organisation", "centre"); the word classes, from an
# American lexicon, hold the American spelling too, which the English copy here mostly uses.
_BRITISH = ((re.compile(r"our$"), "or"), (re.compile(r"isation$"), "ization"), (re.compile(r"([^aeiou])re$"), r"\1er"),
            (re.compile(r"ence$"), "ense"), (re.compile(r"ogue$"), "og"), (re.compile(r"mme$"), "m"))


def american(word: str, nouns: dict[str, str]) -> str:
    """A British spelling as the American one, when that is a noun of the word classes."""
    for british, spelled in _BRITISH:
        other = british.sub(spelled, word)
        if other != word and other in nouns:
            return other
    return word


def _by_ending(word: str, nouns: dict[str, str]) -> str:
    for ending, replaced in (("ies", "y"), ("ves", "f"), ("es", ""), ("s", "")):
        if word.endswith(ending) and word[:-len(ending)] + replaced in nouns:
            return word[:-len(ending)] + replaced
    return ""


def english(nouns: dict[str, str]) -> dict[str, str]:
    plurals = sorted(word for word, classes in nouns.items() if "plural" in classes.split() and word.islower())
    table = {}
    for word, out in zip(plurals, _lt_proc("eng-spa.automorf.bin", plurals)):
        readings = [lemma for lemma, tags in _noun_analyses(out) if "<pl>" in tags]
        singular = american(readings[0], nouns) if readings else _by_ending(word, nouns)
        if singular and fold(singular) != fold(word) and " " not in singular:
            table[fold(word)] = fold(singular)
    return table


_CONTENT = re.compile(r"^([^<]+)<(n|vblex|vbmod|vbhaver|adj)>((?:<[^>]+>)*)$")   # a noun, verb or adjective reading


def _content_readings(output: str) -> list[tuple[str, str, str]]:
    """(lemma, category, tags) of each noun, verb or adjective reading of lt-proc's analysis of one word."""
    unit = _UNIT.search(output)
    if not unit:
        return []
    return [match.groups() for match in map(_CONTENT.match, unit.group(1).split("/")[1:]) if match]


def spanish_words(english_nouns: dict[str, str], english_readings: dict[str, list]) -> dict[str, set[str]]:
    words = sorted(_nouns("es", ""))
    readings = dict(zip(words, map(_content_readings, _lt_proc("spa-eng.automorf.bin", words))))
    asked = sorted({(lemma, category, tags) for found in readings.values() for lemma, category, tags in found})
    english: dict[tuple[str, str], set[str]] = {}
    outputs = _lt_proc("spa-eng.autobil.bin", [f"^{lemma}<{category}>{tags}$" for lemma, category, tags in asked], "-b")
    for (lemma, category, _), out in zip(asked, outputs):
        unit = _UNIT.search(out)
        targets = unit.group(1).split("/")[1:] if unit else []
        found = {fold(target.split("<")[0]) for target in targets if not target.startswith("@")}
        found = {american(word, english_nouns) if category == "n" else word for word in found if " " not in word}
        english.setdefault((lemma, category), set()).update(found or {fold(lemma)})
    # the other direction: "yield" and "crop" are "cosecha"
    for key, found in _english_naming(english, english_readings).items():
        english[key] = (english[key] - {fold(key[0])}) | found
    table: dict[str, set[str]] = {}
    for word, found in readings.items():
        lemmas = set().union(*(english[lemma, category] for lemma, category, _ in found)) if found else set()
        if lemmas and lemmas != {fold(word)} and " " not in word:
            table.setdefault(fold(word), set()).update(lemmas)
    return table


def _english_naming(spanish_lemmas, english_readings: dict[str, list]) -> dict[tuple[str, str], set[str]]:
    """(Spanish lemma, category) -> the English lemmas the English-Spanish direction translates to it: the
    dictionary's two directions list different pairs ("yield" and "crop" give "cosecha", which gives only
    "harvest"; "output" gives "producción"), so a word reached only one way names its English too."""
    asked = sorted({(lemma, category) for found in english_readings.values()
                    for lemma, category, _ in found if " " not in lemma and lemma.isalpha()})
    outputs = _lt_proc("eng-spa.autobil.bin", [f"^{lemma}<{category}>$" for lemma, category in asked], "-b")
    found: dict[tuple[str, str], set[str]] = {}
    for (lemma, category), out in zip(asked, outputs):
        unit = _UNIT.search(out)
        for target in (unit.group(1).split("/")[1:] if unit else []):
            spanish = target.split("<")[0]
            if not target.startswith("@") and (spanish, category) in spanish_lemmas and " " not in spanish:
                found.setdefault((spanish, category), set()).add(fold(lemma))
    return found


def _english_readings() -> dict[str, list[tuple[str, str, str]]]:
    """Each English word of the word classes (lower case, letters only) -> its noun, verb and adjective
    readings: one pass of eng-spa.automorf.bin, which english_words and _english_naming both read."""
    words = sorted(word for word in _nouns("en", "") if word.islower() and word.isalpha())
    return dict(zip(words, map(_content_readings, _lt_proc("eng-spa.automorf.bin", words))))


def english_words(nouns: dict[str, str], english_readings: dict[str, list]) -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for word, readings in english_readings.items():
        lemmas = {american(fold(lemma), nouns) if category == "n" else fold(lemma)
                  for lemma, category, _ in readings if " " not in lemma}
        if not lemmas and word in nouns:
            lemmas = {_by_ending(word, nouns) or word}
        if lemmas and lemmas != {fold(word)}:
            table.setdefault(fold(word), set()).update(lemmas | {fold(word)})   # "found": find, and found itself
    return table


def tables() -> dict[Path, str]:
    """Each table's path -> its text as this build writes it (header and rows)."""
    nouns, readings = _nouns("en"), _english_readings()
    english_rows, spanish_rows = english_words(nouns, readings), spanish_words(nouns, readings)
    return {
        OUT: _text([f"{form}\ten\t{key}" for form, key in sorted(english(nouns).items())]
                   + [f"{form}\tes\t{key}" for form, key in sorted(spanish(nouns).items())],
                   "Noun forms of English and Spanish with the English singular each names (counted nouns of XL801)."),
        WORDS_OUT: _text([f"{form}\ten\t{' '.join(sorted(keys))}" for form, keys in sorted(english_rows.items())]
                         + [f"{form}\tes\t{' '.join(sorted(keys))}" for form, keys in sorted(spanish_rows.items())],
                         "Noun, verb and adjective forms of English and Spanish with the English lemmas each may name (XL801)."),
    }


def _text(rows: list[str], what: str) -> str:
    header = (f"# {what}\n"
              f"# From Debian's apertium-eng-spa {_apertium_version()} (GPL-2; see translations-LICENSE.md) over the\n"
              "# words of word-classes.tsv.gz. Rebuilt by scripts/build_translations.py; do not edit.\n")
    return header + "\n".join(rows) + "\n"


def _apertium_version() -> str:
    """The installed apertium-eng-spa package's version, written into each table's header."""
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "apertium-eng-spa"], capture_output=True, text=True,
                          check=True).stdout


def main() -> None:
    for path, text in tables().items():
        with gzip.GzipFile(path, "wb", mtime=0) as out:
            out.write(text.encode("utf-8"))
        print(f"{path}: {text.count(chr(10)) - 3} forms")


if __name__ == "__main__":
    main()

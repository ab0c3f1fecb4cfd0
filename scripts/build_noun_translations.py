"""Build xlate/data/noun-translations.tsv.gz: each noun form of the word classes, in English or Spanish,
with the English singular it names, so that a figure's counted noun reads alike in either language
and in either number ("40,000 inmates", "40.000 reclusos": prisoner; "11 beaches", "siete playas":
beach). XL801 compares two counts only of one noun (xlate/text/counted_nouns.py).

    apt-get install apertium apertium-eng-spa && .venv/bin/python scripts/build_noun_translations.py

The nouns are those xlate/data/word-classes.tsv.gz already ships (scripts/build_word_classes.py):
the words seen by wordfreq. What each one names comes from Apertium's English-Spanish pair, read
here once through lt-proc (xlate reads the small file this writes, without Apertium):

- Spanish: the morphological analyser (spa-eng.automorf.bin) gives a form's lemma ("playas":
  playa, noun, feminine, plural); the bilingual dictionary (spa-eng.autobil.bin) its English
  lemma ("beach"). A lemma the dictionary lacks names itself ("guardaparques": guardaparque).
- English: the analyser (eng-spa.automorf.bin) gives a plural's singular ("women": woman); a
  plural it does not know is read by its ending, kept when the singular is itself a noun of the
  word classes ("hippos": hippo, "barns": barn, "beaches": beach).
- Apertium spells British English ("neighbour", "organisation", "centre"): an English word is
  written as its American spelling when the word classes hold that as a noun, as the American
  lexicon they come from does.

Only forms whose English singular differs from the form are written: a word the file lacks names
itself. A line is "form<TAB>language<TAB>english", forms folded (lower case, no accents).
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
APERTIUM = Path("/usr/share/apertium/apertium-eng-spa")
_UNIT = re.compile(r"\^(.*?)\$")
_NOUN = re.compile(r"^([^<]+)(<n>(?:<(?:m|f|mf|GD|ND|sg|pl|sp)>)*)$")


def _lt_proc(binary: str, lines: list[str], *flags: str) -> list[str]:
    """lt-proc's output, one unit a line, for the lines given (one unit each, null-flushed)."""
    text = "".join(line + "\0" for line in lines)
    done = subprocess.run(["lt-proc", "-z", *flags, str(APERTIUM / binary)], input=text, capture_output=True,
                          text=True, check=True)
    return done.stdout.split("\0")[:len(lines)]


def _nouns(language: str) -> dict[str, str]:
    """word -> its classes, of the nouns of one language in the word classes."""
    found = {}
    with gzip.open(CLASSES, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            word, lang, classes = line.rstrip("\n").split("\t")
            if lang == language and "noun" in classes.split():
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


def main() -> None:
    nouns = _nouns("en")
    rows = [f"{form}\ten\t{key}" for form, key in sorted(english(nouns).items())] \
        + [f"{form}\tes\t{key}" for form, key in sorted(spanish(nouns).items())]
    header = ("# Noun forms of English and Spanish with the English singular each names (counted nouns of XL801).\n"
              "# From Apertium's apertium-eng-spa (GPL-2; see noun-translations-LICENSE.md) over the nouns of\n"
              "# word-classes.tsv.gz. Rebuilt by scripts/build_noun_translations.py; do not edit.\n")
    with gzip.GzipFile(OUT, "wb", mtime=0) as out:
        out.write((header + "\n".join(rows) + "\n").encode("utf-8"))
    print(f"{OUT}: {len(rows)} forms")


if __name__ == "__main__":
    main()

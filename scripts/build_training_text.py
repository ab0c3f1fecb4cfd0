"""Gather the correct, edited text a language's confusion models learn from (XL401's learnt evidence,
scripts/build_confusion_model.py): every occurrence of a confusion set's word in it is a labelled
example of that word. One builder for both languages: SOURCES lists each language's sources.

    apt-get download manpages-es debian-reference-es maint-guide-es gnome-user-docs \
        installation-guide-amd64 debian-handbook libreoffice-help-es fortunes-es freeciv-data \
        wesnoth-1.16-data wesnoth-1.16-{did,dm,dw,ei,httt,l,low,nr,sof,sota,sotbe,thot,trow,tsg,ttb,utbs} \
        gimp-help-es aptitude-doc-es debian-edu-doc-es freedombox-doc-es ubuntu-packaging-guide-html-es \
        freedroidrpg-data widelands-data warzone2100-data sword-text-sparv
    for d in *.deb; do dpkg-deb -x "$d" unpacked/; done
    .venv/bin/python scripts/build_training_text.py --language es --root unpacked --out /tmp/text-es
    .venv/bin/python scripts/build_confusion_model.py --language es --corpus text:/tmp/text-es/train \
        --balanced --min-examples 50 --rate 0.2 --least-yield 0.001 --orders 5   # as the shipped model was built

    # English: the same packages (their English originals and documents) and these
    apt-get download debian-reference-en maint-guide python3.11-doc fortunes fortunes-min
    for d in *.deb; do dpkg-deb -x "$d" unpacked/; done
    .venv/bin/python scripts/build_training_text.py --language en --root unpacked --out /tmp/text-en
    .venv/bin/python scripts/build_confusion_model.py --language en --corpus brown:package \
        --corpus wordnet:/usr/share/wordnet --corpus text:/tmp/text-en/train   # see that script's usage

Nothing here is shipped or read at check time: the text stays where --out puts it, the models learnt
from it are shipped. Every source is a Debian package of main (licences in SOURCES; every one allows
reading the text to learn word statistics, and none of the text is redistributed). Spanish:

- the Spanish message catalogues of the installed packages (/usr/share/locale/es) and of Battle for
  Wesnoth (the campaigns' dialogue and narration: the one packaged Spanish text full of "tú", "él",
  "sé", "aún", "sí" and "más", which documentation rarely writes), and Freeciv's (its nations'
  histories: past tenses);
- Debian's and GNOME's Spanish documentation: man pages, the Debian Reference, the New Maintainers'
  Guide, the installation guide, the Debian Administrator's Handbook, GNOME's and LibreOffice's help;
- fortunes-es: proverbs, quotations and jokes;
- the dialogue and stories of FreedroidRPG, Widelands and Warzone 2100 (their es catalogues: "tú",
  "él", "sé" again, and the third person's past, "llegó", "dejó", that documentation never writes);
- more help: GIMP's, aptitude's, Debian Edu's, FreedomBox's manuals and Ubuntu's packaging guide;
- the Reina-Valera Bible of 1909 (public domain; SWORD's module), in today's spelling
  (modern_spelling): narration in the past ("echó", "llamó", "dejó") and the accented monosyllables
  ("dé", "él", "tú", "sé") by the thousand, where the rest has them by the dozen. Its sentences with
  "aun" or "aún" are left out (Source.leave_out): it accents them by the rule before 1959.

English:

- the English originals of Wesnoth's and Freeciv's catalogues (the message ids: dialogue written by
  people, full of "it's", "they're", "you're", "whose" and "there", which 1961's edited prose and
  WordNet's definitions hardly write);
- fortunes and fortunes-min: quotations, jokes, verse;
- Debian's, GNOME's and Python's English documentation: the Debian Reference, the New Maintainers'
  Guide, the installation guide, the Debian Administrator's Handbook, GNOME's help, and Python
  3.11's documentation.

Each source file becomes one text file of paragraphs, one per line, under --out's train/. Past sessions
counted XL401's false alarms on the Spanish catalogues and the Debian and GNOME documentation
(Source.measured), and now count English ones on the Debian documents: every --hold-out'th file of
those goes to held-out/ instead, never trained on, where false alarms are counted (the English
/usr/share/doc READMEs, Vim's help and WordNet's examples, counted since session 10, are no source at
all). A paragraph is kept when it reads as prose of the language (six words or more, few code
characters, more of the language's function words than of the other's): catalogues keep untranslated
English strings, man pages their commands.
"""

from __future__ import annotations

import argparse
import gettext
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

FUNCTION_WORDS = {
    "es": frozenset("el la los las de del que y en un una por con para no se su es al lo como más pero "
                    "sus le ya o este esta si porque muy sin sobre también me hasta donde hay".split()),
    "en": frozenset("the of and to in is that it for with as was on be by this are or from at which "
                    "you your not have can will an".split()),
}
OTHER = {"es": "en", "en": "es"}
CODE_CHARACTERS = frozenset("{}<>$=|/\\_[]#@%&*~^")
LEAST_WORDS = 6


def readable(paragraph: str, language: str) -> bool:
    """Prose of the language: long enough to give context, few characters of code, and more of its
    function words than of the other language's (an untranslated Spanish string reads as English,
    a Spanish name's description in an English page as Spanish)."""
    words = paragraph.split()
    if len(words) < LEAST_WORDS:
        return False
    if sum(char in CODE_CHARACTERS for char in paragraph) * 25 > len(paragraph):
        return False
    lowered = [word.strip(".,;:()¿?¡!«»\"'").lower() for word in words]
    own = sum(word in FUNCTION_WORDS[language] for word in lowered)
    other = sum(word in FUNCTION_WORDS[OTHER[language]] for word in lowered)
    return own >= 2 and own > other


def tidy(text: str) -> str:
    """One line: runs of white space as one space, and gettext's accelerator marks ("_Abrir") dropped,
    an underscore within a word kept (a name in code, which readable() then weighs)."""
    return re.sub(r"\s+", " ", re.sub(r"(?<!\w)_(?=\w)", "", text)).strip()


# ---- readers: one source file -> its paragraphs --------------------------------------------

def catalogue_paragraphs(path: Path) -> Iterator[str]:
    """The translations of a compiled gettext catalogue (.mo), each message one paragraph or several
    (a message with blank lines is several)."""
    with open(path, "rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    for key, message in catalogue._catalog.items():   # the stdlib exposes no other way to list them
        if key and isinstance(message, str):
            yield from re.split(r"\n\s*\n", message)


def catalogue_originals(path: Path) -> Iterator[str]:
    """The originals a compiled gettext catalogue translates (its message ids, English in every
    catalogue here), less a message's context ("ctxt\\x04message"), each one paragraph or several."""
    with open(path, "rb") as handle:
        catalogue = gettext.GNUTranslations(handle)
    for key in catalogue._catalog:   # the stdlib exposes no other way to list them
        original = key[0] if isinstance(key, tuple) else key
        if original:
            yield from re.split(r"\n\s*\n", original.rpartition("\x04")[2])


def html_paragraphs(path: Path) -> Iterator[str]:
    """The text of an HTML page's paragraphs and list items (no code, tables or menus)."""
    from lxml import html

    tree = html.parse(str(path))
    for element in tree.iter("p", "li", "dd"):
        for code in element.iter("pre", "code", "tt", "kbd", "samp"):
            code.drop_tree() if code is not element else None
        yield element.text_content()


def mallard_paragraphs(path: Path) -> Iterator[str]:
    """The paragraphs of a GNOME help page (Mallard XML)."""
    from lxml import etree

    tree = etree.parse(str(path))
    for element in tree.iter("{*}p"):
        yield "".join(element.itertext())


def man_paragraphs(path: Path) -> Iterator[str]:
    """A man page as man formats it on a wide terminal: its body's paragraphs, options left out."""
    env = dict(os.environ, MANWIDTH="2000", LANG="C.UTF-8", MAN_KEEP_FORMATTING="")
    page = subprocess.run(["man", "-l", "-E", "UTF-8", str(path)], capture_output=True, text=True, env=env).stdout
    plain = subprocess.run(["col", "-b"], input=page, capture_output=True, text=True).stdout
    for line in plain.splitlines():
        if line.startswith("       ") and not line.startswith("           "):
            yield line


def fortune_paragraphs(path: Path) -> Iterator[str]:
    """The fortunes of a strfile source, separated by lines of '%'."""
    yield from re.split(r"\n%\n", path.read_text(encoding="utf-8", errors="replace"))


# Spelling the 1959 reform of the Academy changed: the lone vowels "á", "é", "ó", "ú" (the preposition
# and conjunctions, accented in print before it) and the monosyllables "fué", "fuí", "dió", "vió"
_OLD_SPELLING = {"á": "a", "é": "e", "ó": "o", "ú": "u", "fué": "fue", "fuí": "fui", "dió": "dio", "vió": "vio"}
_OLD_SPELLING_RE = re.compile(r"(?<!\w)(%s)(?!\w)" % "|".join(sorted(_OLD_SPELLING, key=len, reverse=True)),
                              re.IGNORECASE)


def modern_spelling(text: str) -> str:
    """A text printed before 1959 in today's spelling of the words the reform changed ("Y llamó Dios á
    la luz Día": a), keeping a capital ("Á" -> "A")."""
    def today(match: re.Match) -> str:
        old = match.group(0)
        new = _OLD_SPELLING[old.lower()]
        return new.capitalize() if old[:1].isupper() else new
    return _OLD_SPELLING_RE.sub(today, text)


def sword_paragraphs(path: Path) -> Iterator[str]:
    """The paragraphs of one testament of a SWORD zText module (path: its .bzz; beside it the .bzs
    that gives each zlib block's offset and size), its OSIS markup dropped, in today's spelling."""
    import struct
    import zlib

    blocks = path.with_suffix(".bzs").read_bytes()
    data = path.read_bytes()
    for n in range(len(blocks) // 12):
        offset, size, _ = struct.unpack_from("<III", blocks, n * 12)
        osis = zlib.decompress(data[offset:offset + size]).decode("utf-8", errors="replace")
        osis = re.sub(r"<title[^>]*>.*?</title>|<note[^>]*>.*?</note>", " ", osis, flags=re.S)
        for paragraph in re.split(r'<div [^>]*type="x-p"[^>]*/>|<chapter [^>]*/>', osis):
            yield modern_spelling(re.sub(r"<[^>]*>", "", paragraph))


# ---- sources -------------------------------------------------------------------------------

Reader = Callable[[Path], Iterable[str]]


class LeftOut(NamedTuple):
    """A confusion pair a source gives no examples of, and why (its usage of the pair is not today's)."""
    pair: str    # "aun|aún", as confusables.toml names it
    why: str


class Source(NamedTuple):
    name: str
    pattern: str | tuple[str, ...]   # globs under the unpacked packages, or absolute ones (the installed system)
    read: Reader
    licence: str
    measured: bool = False   # past sessions counted XL401's false alarms on it: split by file
    leave_out: tuple[LeftOut, ...] = ()   # its sentences with a word of these pairs are not written


# The 1909 Bible accents "aun" by the rule before the 1959 reform (by its place: "aún" after the verb
# it bears on, "aun" before it), not by today's (by meaning: "aún" = "todavía"), which modern_spelling
# cannot restore without reading the meaning. "mas" (= "pero", 2,820 of the text's uses) and "más" are
# kept: their rule has not changed, so its "mas" is correct if old-fashioned.
_BIBLE_1909_LEFT_OUT = (LeftOut("aun|aún", "accented by position (before 1959), not by meaning (today)"),)


SOURCES: dict[str, list[Source]] = {
    "es": [
        Source("catalogues", "/usr/share/locale/es/LC_MESSAGES/*.mo", catalogue_paragraphs,
               "each package's own licence (free software, Debian main)", measured=True),
        Source("wesnoth", "usr/share/games/wesnoth/*/locale/es/LC_MESSAGES/*.mo", catalogue_paragraphs, "GPL-2+"),
        Source("freeciv", "usr/share/locale/es/LC_MESSAGES/freeciv-*.mo", catalogue_paragraphs, "GPL-2+"),
        Source("man", "usr/share/man/es/man*/*.gz", man_paragraphs, "manpages-es: GPL-3+ and the pages' own",
               measured=True),
        Source("debian-reference", "usr/share/debian-reference/*.es.html", html_paragraphs, "GPL-2+", measured=True),
        Source("maint-guide", "usr/share/doc/maint-guide-es/html/*.es.html", html_paragraphs, "GPL-2+", measured=True),
        Source("installation-guide", "usr/share/doc/installation-guide-amd64/es/**/*.html", html_paragraphs,
               "GPL-2+", measured=True),
        Source("debian-handbook", "usr/share/doc/debian-handbook/html/es-ES/*.html", html_paragraphs,
               "GPL-2+ or CC-BY-SA-3.0"),
        Source("gnome-help", "usr/share/help/es/*/*.page", mallard_paragraphs, "CC-BY-SA-3.0", measured=True),
        Source("libreoffice-help", "usr/share/libreoffice/help/es/**/*.html", html_paragraphs, "MPL-2.0"),
        Source("fortunes", "usr/share/games/fortunes/es/*.u8", fortune_paragraphs, "GPL-2+ and public domain"),
        Source("gimp-help", "usr/share/gimp/2.0/help/es/*.html", html_paragraphs, "GFDL-NIV-1.2+"),
        Source("aptitude-doc", "usr/share/doc/aptitude/html/es/*.html", html_paragraphs, "GPL-2+"),
        Source("debian-edu-doc", "usr/share/doc/debian-edu-doc-es/debian-edu-bookworm-manual.html", html_paragraphs,
               "GPL-2+"),
        Source("freedombox-doc", "usr/share/freedombox/manual/es/*.part.html", html_paragraphs, "CC-BY-SA-4.0"),
        Source("ubuntu-packaging-guide", "usr/share/doc/ubuntu-packaging-guide-html-es/*.html", html_paragraphs,
               "CC-BY-SA-3.0"),
        Source("freedroidrpg", "usr/share/locale/es/LC_MESSAGES/freedroidrpg-*.mo", catalogue_paragraphs, "GPL-2+"),
        Source("widelands", "usr/share/games/widelands/data/locale/es/LC_MESSAGES/*.mo", catalogue_paragraphs,
               "GPL-2+"),
        Source("warzone2100", "usr/share/locale/es/LC_MESSAGES/warzone2100.mo", catalogue_paragraphs, "GPL-2+"),
        Source("reina-valera", "usr/share/sword/modules/texts/ztext/spaRV1909eb/*.bzz", sword_paragraphs,
               "public domain", leave_out=_BIBLE_1909_LEFT_OUT),
    ],
    "en": [
        Source("wesnoth", "usr/share/games/wesnoth/*/locale/es/LC_MESSAGES/*.mo", catalogue_originals, "GPL-2+"),
        Source("freeciv", "usr/share/locale/es/LC_MESSAGES/freeciv-*.mo", catalogue_originals, "GPL-2+"),
        Source("fortunes", "usr/share/games/fortunes/*.u8", fortune_paragraphs,
               "fortunes, fortunes-min: BSD-4-clause (the collection; quotations for word statistics only)"),
        Source("debian-reference", "usr/share/debian-reference/*.en.html", html_paragraphs, "GPL-2+", measured=True),
        Source("maint-guide", "usr/share/doc/maint-guide/html/*.en.html", html_paragraphs, "GPL-2+", measured=True),
        Source("installation-guide", "usr/share/doc/installation-guide-amd64/en/**/*.html", html_paragraphs,
               "GPL-2+", measured=True),
        Source("debian-handbook", "usr/share/doc/debian-handbook/html/en-US/*.html", html_paragraphs,
               "GPL-2+ or CC-BY-SA-3.0", measured=True),
        Source("gnome-help", "usr/share/help/C/*/*.page", mallard_paragraphs, "CC-BY-SA-3.0"),
        # all of it, its library and C API references too (1.3M of its 1.8M words): measured without
        # them, 13 fewer dev errors caught and 3 more false alarms in Debian's and Vim's text
        # (docs/decisions.md, session 13)
        Source("python-docs", "usr/share/doc/python3.11-doc/html/*/**/*.html", html_paragraphs,
               "PSF-2.0 (Python's documentation licence)"),
    ],
}


def source_files(roots: list[Path], pattern: str | tuple[str, ...]) -> list[Path]:
    """The files of a source under any of the roots (the packages may be unpacked in several places),
    or on the installed system for an absolute pattern; a tuple of patterns is each's files."""
    patterns = (pattern,) if isinstance(pattern, str) else pattern
    return sorted({path for glob in patterns
                   for root in ([Path("/")] if glob.startswith("/") else roots) for path in root.glob(glob.lstrip("/"))})


def gather(language: str, roots: list[Path], out: Path, hold_out: int) -> dict[str, tuple[int, int, int]]:
    """Write out/train/<source>/<file>.txt for every source file, and every hold_out-th file of a
    measured source to out/held-out/<source>/ instead; files, words and files held out per source."""
    counts: dict[str, tuple[int, int, int]] = {}
    for source in SOURCES[language]:
        files = words = held = 0
        for path in source_files(roots, source.pattern):
            try:
                paragraphs = [tidy(p) for p in source.read(path)]
                paragraphs = without_words(paragraphs, left_out_words(source))
            except Exception as error:    # a damaged file is skipped, the others are read
                print(f"skipped {path}: {error}", file=sys.stderr)
                continue
            kept = [p for p in paragraphs if readable(p, language)]
            if not kept:
                continue
            files += 1
            holding = source.measured and hold_out and files % hold_out == 0
            held += bool(holding)
            words += 0 if holding else sum(len(p.split()) for p in kept)
            target = _unused(out / ("held-out" if holding else "train") / source.name, path.name.split(".")[0])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("\n".join(kept) + "\n", encoding="utf-8")
        counts[source.name] = (files, words, held)
    return counts


_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")


def left_out_words(source: Source) -> frozenset[str]:
    """The words of the pairs a source gives no examples of, lower case."""
    return frozenset(word.lower() for left in source.leave_out for word in left.pair.split("|"))


def without_words(paragraphs: list[str], words: frozenset[str]) -> list[str]:
    """The paragraphs without their sentences that hold one of the words (any case); the sentences
    kept on either side of a dropped one become two paragraphs, so that no context joins across it."""
    if not words:
        return paragraphs
    kept: list[str] = []
    for paragraph in paragraphs:
        run: list[str] = []
        for sentence in _SENTENCE_END_RE.split(paragraph):
            if words.isdisjoint(re.findall(r"\w+", sentence.lower())):
                run.append(sentence)
            elif run:
                kept.append(" ".join(run))
                run = []
        if run:
            kept.append(" ".join(run))
    return kept


def _unused(folder: Path, stem: str) -> Path:
    """folder/stem.txt, or stem-2.txt, stem-3.txt... when two source files share a stem."""
    target, n = folder / f"{stem}.txt", 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}.txt"
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", default="es", choices=sorted(SOURCES))
    parser.add_argument("--root", type=Path, action="append", required=True,
                        help="where the packages were unpacked (may be given more than once)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--hold-out", type=int, default=4,
                        help="every Nth file of a source past sessions measured false alarms on is kept out of training")
    args = parser.parse_args()
    for name, (files, words, held) in gather(args.language, args.root, args.out, args.hold_out).items():
        print(f"{name}\t{files} files\t{held} held out\t{words} words to train on")


if __name__ == "__main__":
    main()

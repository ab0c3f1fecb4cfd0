"""Princeton WordNet 3.0's dict files, read for the table builders (build_demonyms, build_word_concepts,
build_word_classes, build_homophones): one reader of their format (wndb(5WN)), not one per script.

    apt-get install wordnet-base     (Debian's copy: /usr/share/wordnet)

A data file (data.noun, data.verb, data.adj, data.adv) has a line per synset: its offset (the key the
pointers and the index use), its lexicographer file, its lemmas, its pointers, then " | " and its gloss.
An index file (index.noun, ...) has a line per lemma: its synsets, most often met sense first, and how
many of them WordNet's tagged texts met. Both open with a licence whose lines start with two spaces.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

WORDNET = Path("/usr/share/wordnet")      # apt-get install wordnet-base
PARTS = ("noun", "verb", "adj", "adv")    # the files' names: data.noun, index.noun, ...


class Pointer(NamedTuple):
    symbol: str    # "@" hypernym, "@i" instance of, "+" derivation, "\\" pertainym, "=" attribute, ...
    offset: str    # the synset pointed to
    part: str      # its part of speech: n, v, a, s (an adjective satellite), r
    words: str     # four hex digits, source word and target word ("0000": the synsets as a whole)


class Synset(NamedTuple):
    offset: str            # as written, eight digits ("08544813")
    lex_file: int          # lexicographer file (lexnames(5WN): 15 noun.location, 23 noun.quantity)
    lemmas: list[str]      # as written: "Argentine", "blood_vessel", "galore(ip)" (an adjective's position)
    pointers: list[Pointer]
    gloss: str


class Lemma(NamedTuple):
    lemma: str             # lowercase, "_" between words
    synsets: list[str]     # the offsets of its senses, the most often met first
    tagged: int            # how many of its senses WordNet's tagged texts met


def _lines(folder: Path, name: str) -> Iterator[str]:
    with open(folder / name, encoding="utf-8") as lines:
        yield from (line for line in lines if not line.startswith(" "))   # not the licence


def synsets(folder: Path, part: str) -> Iterator[Synset]:
    """Each synset of data.<part> (part one of PARTS)."""
    for line in _lines(folder, f"data.{part}"):
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = [Pointer(*fields[at + 1 + 4 * i:at + 5 + 4 * i]) for i in range(int(fields[at]))]
        yield Synset(fields[0], int(fields[1]), fields[4:at:2], pointers, gloss.rstrip("\n"))


def index(folder: Path, part: str) -> Iterator[Lemma]:
    """Each lemma of index.<part>."""
    for line in _lines(folder, f"index.{part}"):
        fields = line.split()
        count, pointers = int(fields[2]), int(fields[3])
        yield Lemma(fields[0], fields[6 + pointers:6 + pointers + count], int(fields[5 + pointers]))

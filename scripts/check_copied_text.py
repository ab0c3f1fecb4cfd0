#!/usr/bin/env python3
"""Report published text copied into the repository.

The project measures itself on published news kept outside the repository
(``../shared/real-news``) and must never copy any of it in: no sentence in a
test, a comment, a docstring or docs/decisions.md, no name of a person it
reports on.  This script finds such copies:

    python scripts/check_copied_text.py /work/shared/real-news [PATH ...]

It reports every run of 7 or more consecutive words that a file of the
repository shares with any file under CORPUS_DIR, as ``file:line: words``.
Words are compared case- and accent-folded with punctuation ignored, so a
quotation re-cased, re-accented or re-punctuated is still found.  It also
reports the names of people in the news that earlier reviews found copied
(kept below as digests, so that the list itself copies no name), even when
shorter than 7 words.  With --figure-runs it also reports the shorter runs
(5 words by default) that hold a figure ("turned 74 on thursday"): a source's
figure with its words around it is a copy where five ordinary words are not.

PATHS default to the repository's tracked files (``git ls-files``) less the
measurement and tuning data the project's own writers wrote (bench/heldout*,
bench/facts-dev*, bench/dev-confusables*), which no one may read here.
Exit status: 0 nothing found, 1 copies found, 2 usage error.

It is not a CI test, because CI has no copy of the corpus; the lead runs it
at the end of every stop (docs/decisions.md, session 15).
"""
from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlate.text.fold import fold  # noqa: E402  (the one comparison of words the checker makes too)

RUN_LENGTH = 7
FIGURE_RUN_LENGTH = 5   # --figure-runs without a length

# Data written for the project by its own writers, and measurement data no
# helper may open: never scanned by default.
WRITTEN_FOR_THE_PROJECT = ("bench/heldout", "bench/facts-dev", "bench/dev-confusables")

# sha256 of the folded words of names of people reported on in the corpus,
# found copied by review15 (session 15).  Add one with --digest "Name".
NAME_DIGESTS: frozenset[str] = frozenset({
    "132dc2b66f35221df47295f5e6c911b9f017aae8b76e0330963aa6968a1e68d6",
    "156a93affd6829142f27d707cef505b53b0cc52ecde8c7bcb2f25cd40bbd3e11",
    "34ab48180937aa3284782abb9d2e3ae5b218825e531e3dc6fd078b4dc395a4a1",
    "34b0cdca77201357d7c38ccfb77860410dca446330cab5dc5c9501b75e5d680e",
    "38ef9788bc46dc7271a15ec1530a0022f5ab37a6308b208b2f6068ad6f1fd444",
    "5c8e83d6159602f2b1ed0787441de28583289c5f71e9f1f02ccb07898d29826b",
    "7442d76ff1710c2baa226d441bec6b10096feb54d4c20ed2017a7663af382e0f",
    "80ec783800c4c59d26598a2c7567091289f4cf0a0eb47045d3e373abb6f028ec",
    "915be2af5307441501a359b76906b44be13d9c144920ea15111ef2d7c23e6ef8",
    "aefcf31fc0b6ad4f145f86a4da0d408759c792715d65dcbfdd3bdaf8dd6b9f86",
    "b6252c9af98eed58b6d8e2dfeb7f4f1b2d69e5e45e619a356395c512ae64e8f8",
    "b9ea4019b81e7e44069e138d96788d8eb2b680db35c231c543c7f8d9bbd2f5db",
    "cf782c15c6cdb124a3fa4aa5f29460fb6cd37d603f79e62aac3208e24833b5ef",
    "d23c3aa99d9a4f0506ca1ef7b14ba9c67847ebe22813876f721c66313875b436",
    "ec6512eeb33a5351940c6b8097058f351cde83c09655bd02879a216060da5bf8",
    "f62c2e9386e6007812e2314cf05f2c9ea55fd5e4dc9d6e057dcc899abbad611c",
})

# The corpus's own description of itself is no published news.
CORPUS_DESCRIPTION = ("README.md", "manifest.json")

# Runs any newsroom writes in its own words: the names of institutions, which
# the glossary and its tests must spell as published.
COMMON_RUNS = (
    "the inter american commission on human rights",
    "oficina nacional de procesos electorales",
)

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile(r"(?<=\w)['\u2019](?=\w)")


def words_of(text: str) -> list[str]:
    """The folded words of a text; an apostrophe inside a word joins it ("don't" -> "dont")."""
    return _WORD.findall(_APOSTROPHES.sub("", fold(text)))


def digest(words: list[str] | tuple[str, ...]) -> str:
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def window_hashes(words: list[str], length: int, figures_only: bool) -> list[int | None]:
    """The hash of each window of `length` words, None for one without a figure when figures_only."""
    hashes: list[int | None] = []
    for start in range(len(words) - length + 1):
        window = tuple(words[start:start + length])
        held = not figures_only or any(char.isdigit() for word in window for char in word)
        hashes.append(hash(window) if held else None)
    return hashes


def corpus_runs(corpus_dir: Path, length: int = RUN_LENGTH, figures_only: bool = False) -> set[int]:
    """Hashes of every `length`-word window (only those holding a figure when figures_only) of every
    text file under the corpus.

    Windows run across line ends: the corpus keeps one sentence a paragraph,
    and a copy may join two of them.
    """
    windows: set[int] = set()
    for path in sorted(corpus_dir.rglob("*")):
        if path.name in CORPUS_DESCRIPTION:
            continue
        text = read_text(path)
        if text is None:
            continue
        windows.update(window_hashes(words_of(text), length, figures_only))
    windows.discard(None)
    return windows


def read_text(path: Path) -> str | None:
    """A file's text, or None for a directory or a binary file."""
    if not path.is_file():
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None


def numbered_words(text: str) -> list[tuple[str, int]]:
    """Each folded word of a text with the number of the line it is on."""
    return [(word, number)
            for number, line in enumerate(text.splitlines(), start=1)
            for word in words_of(line)]


def copied_runs(text: str, windows: set[int], length: int = RUN_LENGTH,
                figures_only: bool = False) -> list[tuple[int, str]]:
    """(first line, words) of each maximal run of words that the corpus has too."""
    words = numbered_words(text)
    bare = [word for word, _ in words]
    shared = [window is not None and window in windows for window in window_hashes(bare, length, figures_only)]
    runs = []
    start = 0
    while start < len(shared):
        if not shared[start]:
            start += 1
            continue
        end = start
        while end + 1 < len(shared) and shared[end + 1]:
            end += 1
        run = " ".join(bare[start:end + length])
        if not any(common in run for common in COMMON_RUNS):
            runs.append((words[start][1], run))
        start = end + 1
    return runs


def copied_names(text: str, name_digests: frozenset[str]) -> list[tuple[int, str]]:
    """(line, words) of each name of the digest list, one to four words long."""
    if not name_digests:
        return []
    words = numbered_words(text)
    bare = [word for word, _ in words]
    found = []
    for start in range(len(bare)):
        for length in range(1, 5):
            group = bare[start:start + length]
            if len(group) == length and digest(group) in name_digests:
                found.append((words[start][1], " ".join(group)))
    return found


def tracked_files(root: Path) -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, check=True,
                            capture_output=True, text=True).stdout.split("\0")
    return [root / name for name in dict.fromkeys(listed)   # a file being merged is listed once a stage
            if name and not name.startswith(WRITTEN_FOR_THE_PROJECT)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", metavar="CORPUS_DIR",
                        help="folder of published text (../shared/real-news)")
    parser.add_argument("paths", type=Path, nargs="*", metavar="PATH",
                        help="files to scan (default: the repository's tracked files)")
    parser.add_argument("--digest", metavar="NAME",
                        help="print the digest of a name for NAME_DIGESTS and exit")
    parser.add_argument("--figure-runs", type=int, nargs="?", const=FIGURE_RUN_LENGTH, default=0, metavar="N",
                        help=f"also report runs of N words (default {FIGURE_RUN_LENGTH}) that hold a figure")
    args = parser.parse_args(argv)
    if args.digest:
        print(digest(words_of(args.digest)))
        return 0
    if args.corpus is None or not args.corpus.is_dir():
        parser.print_usage(sys.stderr)
        print(f"{parser.prog}: CORPUS_DIR must be a folder of text files", file=sys.stderr)
        return 2
    windows = corpus_runs(args.corpus)
    figure_windows = corpus_runs(args.corpus, args.figure_runs, figures_only=True) if args.figure_runs else set()
    paths = args.paths or tracked_files(ROOT)
    found = 0
    for path in paths:
        text = read_text(path)
        if text is None:
            continue
        long_runs = copied_runs(text, windows)
        figure_runs = [(line, run) for line, run in copied_runs(text, figure_windows, args.figure_runs, True)
                       if not any(run in long for _, long in long_runs)] if args.figure_runs else []
        for line, words in long_runs + figure_runs + copied_names(text, NAME_DIGESTS):
            print(f"{path}:{line}: {words}")
            found += 1
    print(f"{found} copied run(s) or name(s) in {len(paths)} file(s)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

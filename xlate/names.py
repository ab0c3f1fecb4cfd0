"""Capitalised name phrases and the content words that identify them.

"Center of Confinement of Terrorism" and "Terrorism Confinement Center" share
their content words; comparing those (not the word order or the small words
between them) is how calques and re-orderings of a name are recognised.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterator

import regex

from xlate.glossary.model import fold

CONNECTORS = frozenset("of the for against de del la las los el".split())
_BRITISH = {"centre": "center", "defence": "defense", "programme": "program", "labour": "labor",
            "organisation": "organization", "organised": "organized"}
_POSSESSIVE = regex.compile(r"['’]s$")


@dataclass(frozen=True)
class NamePhrase:
    start: int
    end: int
    text: str
    content: frozenset[str]   # content keys of its capitalised words


@lru_cache(maxsize=65536)
def content_key(word: str) -> str:
    """Fold case and accents, US spelling, no possessive or plural -s: 'Centres' -> 'center'."""
    key = fold(_POSSESSIVE.sub("", word))
    key = _BRITISH.get(key, key)
    if len(key) > 4 and key.endswith("s") and not key.endswith("ss"):
        key = _BRITISH.get(key[:-1], key[:-1])
    return key


def content_keys(text: str) -> frozenset[str]:
    return frozenset(content_key(w) for w in regex.findall(r"\p{L}[\p{L}\p{M}'’]*", text)
                     if fold(w) not in CONNECTORS)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def likely_cognates(english: str, spanish: str) -> bool:
    """confinement/confinamiento, court/corte, nation/nación: same first letter, mostly the same letters."""
    english, spanish = content_key(english), content_key(spanish)
    if english[:1] != spanish[:1] or min(len(english), len(spanish)) < 4:
        return english == spanish
    return SequenceMatcher(None, english, spanish, autojunk=False).ratio() >= 0.75


def content_sequence(text: str) -> tuple[str, ...]:
    """Content keys in their order: 'Centro de Confinamiento del Terrorismo' -> (centro, confinamiento, terrorismo)."""
    return tuple(content_key(w) for w in regex.findall(r"\p{L}[\p{L}\p{M}'’]*", text) if fold(w) not in CONNECTORS)


@dataclass(frozen=True)
class Chain:
    start: int
    end: int
    text: str
    content: tuple[str, ...]


def word_chains(doc, start: int, end: int, max_content: int = 6) -> Iterator[Chain]:
    """Every run of 2..max_content content words joined by single spaces and connectors, all of them
    capitalised or all lowercase, the way a word-for-word rendering of a Spanish name reads."""
    words = [w for w in doc.words if start <= w.start and w.end <= end]
    for i, first in enumerate(words):
        if fold(first.text) in CONNECTORS:
            continue
        caps = is_capitalised(first.text)
        content = [content_key(first.text)]
        for prev, word in zip(words[i:], words[i + 1:]):
            if doc.prose[prev.end:word.start] != " " or len(content) >= max_content:
                break
            if fold(word.text) in CONNECTORS:
                continue
            if is_capitalised(word.text) != caps:
                break
            content.append(content_key(word.text))
            yield Chain(first.start, word.end, doc.prose[first.start:word.end], tuple(content))


def name_phrases(doc, start: int = 0, end: int | None = None, min_words: int = 2) -> list[NamePhrase]:
    """Runs of capitalised words, with lowercase connectors between them, inside one line."""
    end = len(doc.prose) if end is None else end
    phrases, run = [], []

    def close() -> None:
        while run and not is_capitalised(run[-1].text):
            run.pop()
        capitalised = [w for w in run if is_capitalised(w.text) and fold(w.text) not in CONNECTORS]
        if len(capitalised) >= min_words:
            a, b = run[0].start, run[-1].end
            phrases.append(NamePhrase(a, b, doc.prose[a:b], frozenset(content_key(w.text) for w in capitalised)))
        run.clear()

    for word in doc.words:
        if word.start < start or word.end > end:
            continue
        joined = run and doc.prose[run[-1].end:word.start] == " "
        if not joined:
            close()
        if is_capitalised(word.text):
            if not run and fold(word.text) in CONNECTORS:
                continue   # a sentence-initial "The" starts no name
            run.append(word)
        elif run and word.text in CONNECTORS:
            run.append(word)
        else:
            close()
    close()
    return phrases

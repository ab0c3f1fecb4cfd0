"""Per-distinct-word judgements, made once per run and applied to a document with set operations.

A 20 MB archive has millions of words but only tens of thousands of distinct ones. A check that
asks "which of this document's words does the dictionary lack?" intersects the document's
distinct words with what earlier documents taught, and asks the dictionary only about new words.
"""

from __future__ import annotations

from typing import Callable


class WordClass:
    """The words for which test(word) holds, learned lazily."""

    __slots__ = ("test", "members", "judged")

    def __init__(self, test: Callable[[str], bool]):
        self.test = test
        self.members: set[str] = set()
        self.judged: set[str] = set()   # members and others: one set, so a document's new words are one difference

    def among(self, words: frozenset[str] | set[str]) -> set[str]:
        """The members of this class among words."""
        new = words.difference(self.judged)
        if new:
            self.members.update(filter(self.test, new))
            self.judged |= new
        return self.members.intersection(words)

    def holds(self, word: str) -> bool:
        """Whether word is a member, judged on first asking: for a class a rule needs of a few words
        only (those at a sentence's start, say), where judging every word of a document would waste."""
        if word not in self.judged:
            if self.test(word):
                self.members.add(word)
            self.judged.add(word)
        return word in self.members


def word_class(ctx, key: str, test: Callable[[str], bool]) -> WordClass:
    """The run's WordClass named key (built on first use and shared by every document)."""
    classes = ctx.shared("word_classes", dict)
    if key not in classes:
        classes[key] = WordClass(test)
    return classes[key]

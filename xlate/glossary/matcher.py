"""Finding every glossary term in a document in one pass.

Terms are indexed by their first folded token; the document's tokens that
some term holds are walked once and each looks up only the terms that can
start with it, so the cost grows with the text, not with the size of the
glossary. The tokens come from the document's words (Document.tokens), not
from a second split of the text.
"""

from __future__ import annotations

import bisect
import sys
from functools import lru_cache
from itertools import chain, compress
from operator import add, not_, or_
from typing import NamedTuple

from xlate.infra import patterns

from xlate.core.document import Tokens
from xlate.glossary.model import Concept, Glossary, Term
from xlate.text.fold import fold
from xlate.text.place_names import ARTICLES

TOKEN_RE = patterns.compile(r"[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*")
# The tokens a text's words (document.WORD_PATTERN) leave out: those led by a digit, which run on
# into the word they touch ("18th": the word is "th", the token "18th").
_DIGIT_TOKEN_SPLIT_RE = patterns.compile(r"((?<![\p{L}\p{Nd}]\p{M}*)\p{Nd}[\p{L}\p{M}\p{Nd}]*)")
_WORD_JOINER_RE = patterns.compile(r"['’\-]")   # splits a word into tokens
_JOINERS = frozenset("'’-")   # most words hold none: a set test is cheaper than a split
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-"})


def _separator(text: str) -> str:
    """Canonical gap between two tokens: runs of space are one space, dashes and apostrophes kept."""
    return " ".join(text.translate(_APOSTROPHES).split()) or ("" if not text else " ")


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    return fold(token)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


class Entry(NamedTuple):
    concept: Concept
    term: Term
    keys: tuple[str, ...]        # folded tokens
    separators: tuple[str, ...]  # canonical gaps between them
    written: str = ""            # the form these tokens stand for: the term, its plural, or a tail
    tail: bool = False           # the last words of a long name ("López Obrador")
    plural: bool = False         # a lowercase term's plural ("megacárceles")


class Match(NamedTuple):
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]   # every term these words can be, best first


# ARTICLES (text.place_names): a term may open with one ("la autoridad", "the canal") and a longer
# name start right after it ("La Autoridad del Canal de Panamá"); the longer name is what the words say.

_ACCENTED = str.maketrans("áéíóú", "aeiou")
_HEAD_ENDS = {"es": {"de", "del", "para", "por", "contra", "sin"}, "en": {"of", "for", "against", "in", "on"}}


def plural(word: str, lang: str) -> str:
    """Regular plural, enough to recognise 'megacárceles' and 'mega-prisons' in running text."""
    if lang == "es":
        if word[-1:] in "aeiouáéó":
            return word + "s"
        if word.endswith("z"):
            return word[:-1] + "ces"
        vowels = [c for c in word if c in "aeiouáéíóú"]
        if word[-1:] in "ns" and vowels and vowels[-1] in "áéíóú":   # común -> comunes, acción -> acciones
            i = word.rindex(vowels[-1])
            word = word[:i] + word[i].translate(_ACCENTED) + word[i + 1:]
        return word + "es"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plural_phrase(words: list[str], lang: str) -> list[str]:
    """Pluralise the head of a noun phrase: every Spanish word before 'de' ('ollas comunes de ...'),
    the last English word before 'of' ('states of exception')."""
    cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS[lang]), len(words))
    if lang == "es":
        return [plural(w, lang) for w in words[:cut]] + words[cut:]
    return words[:cut - 1] + [plural(words[cut - 1], lang)] + words[cut:] if cut else words


# An Entry without its concept and term, as plain data: (keys, separators, written, tail, plural);
# written is "" for the term as written (the term's own text, not a copy in the cache).
PlainEntry = tuple[tuple[str, ...], tuple[str, ...], str, bool, bool]
_SHARED_SEPARATORS: dict[tuple[str, ...], tuple[str, ...]] = {}


def entries_for(concept: Concept, term: Term) -> list[Entry]:
    """The term, the plural of a lowercase term, and the tails (two or more words) of a name of three
    or more capitalised words: people and bodies are named by their last words too ("López Obrador")."""
    return [_entry(concept, term, plain) for plain in plain_entries(term)]


def _entry(concept: Concept, term: Term, plain: PlainEntry) -> Entry:
    keys, seps, written, tail, is_plural = plain
    return Entry(concept, term, keys, seps, written or term.text, tail, is_plural)


def plain_entries(term: Term) -> tuple[PlainEntry, ...]:
    """entries_for's entries as plain data, which the glossary cache can keep between runs. Keys and
    separators are shared between terms (the cache keeps them shared): 50,000 concepts' "de" and
    "national" are one string each, their (" ", " ") one tuple."""
    tokens = tokenize(term.text)
    if not tokens:
        return ()
    keys = _folded_keys(t for _, _, t in tokens)
    seps = tuple(_separator(term.text[a[1]:b[0]]) for a, b in zip(tokens, tokens[1:]))
    seps = _SHARED_SEPARATORS.setdefault(seps, seps)
    entries = [(keys, seps, "", False, False)]
    words = [t for _, _, t in tokens]
    if term.text.islower() and not term.is_abbreviation:
        plurals = plural_phrase(words, term.lang)
        written = "".join(p + term.text[t[1]:(tokens[i + 1][0] if i + 1 < len(tokens) else len(term.text))]
                          for i, (p, t) in enumerate(zip(plurals, tokens)))
        entries.append((_folded_keys(plurals), seps, term.text[:tokens[0][0]] + written, False, True))
    if len(tokens) >= 3 and term.status != "deprecated" and all(w[:1].isupper() for w in words):
        for i in range(1, len(tokens) - 1):
            entries.append((keys[i:], seps[i:], term.text[tokens[i][0]:], True, False))
    return tuple(entries)


def _folded_keys(words) -> tuple[str, ...]:
    return tuple(sys.intern(fold_token(word)) for word in words)


# The term index as plain data, which the glossary cache can keep whole between runs: the entries of
# every term by their first key, as (position of the concept in the glossary, of the term in the
# concept, entry); every key token of every term; and what a match can start with: the terms of one
# key, and the first two keys of the longer ones.
PlainIndex = tuple[dict[str, list[tuple[int, int, PlainEntry]]], set[str], set[str], set[tuple[str, str]]]


def plain_index(glossary: Glossary, known: dict) -> tuple[PlainIndex, dict, int]:
    """The index as plain data, the plain entries of every term by what plain_entries reads of it
    ((text, lang, status, type): the values of known, worked out by an earlier run), and how many
    terms were not in known."""
    derived, by_first, worked_out = {}, {}, 0
    for position, concept in enumerate(glossary):
        for term_position, term in enumerate(concept.terms):
            key = (term.text, term.lang, term.status, term.type)
            plain = known.get(key)
            if plain is None:
                plain, worked_out = plain_entries(term), worked_out + 1
            derived[key] = plain
            for entry in plain:
                by_first.setdefault(entry[0][0], []).append((position, term_position, entry))
    keys = {key for plain in derived.values() for entry in plain for key in entry[0]}
    firsts = [entry[0][:2] for plain in derived.values() for entry in plain]
    one_key_terms = {first[0] for first in firsts if len(first) == 1}
    first_pairs = {first for first in firsts if len(first) == 2}
    return (by_first, keys, one_key_terms, first_pairs), derived, worked_out


# A text's key tokens: (starts, ends, tokens as written, folded keys), in text order.
KeyTokens = tuple[list[int], list[int], list[str], list[str]]


class _Node:
    """One token deep in the term trie: the tokens that may follow, and the terms that end here.
    A node grows (makes its entries and children) the first time either is read, so a run builds
    only the branches its documents reach: most of a 50,000-concept glossary never is."""
    __slots__ = ("next", "entries", "_concepts", "_pending", "_depth", "_ranked")

    def __init__(self, concepts: list[Concept], pending: list[tuple[int, int, PlainEntry]], depth: int):
        self._concepts = concepts   # the glossary's, which pending refers to by position
        self._pending = pending     # the entries at or below this node, in glossary order
        self._depth = depth         # how many keys lead here
        self._ranked: dict[tuple, tuple[Entry, ...]] | None = None

    def ranked(self, gaps: tuple[str, ...], text: str) -> tuple[Entry, ...]:
        """The entries ending here whose separators are gaps, best first for text as written; ()
        if none. Remembered: a name recurs across an archive, and with a large glossary many terms
        end at one node (50,000 concepts share their people's surnames)."""
        if self._ranked is None:
            self._ranked = {}
        key = (gaps, text)
        if key not in self._ranked:
            self._ranked[key] = tuple(_rank([e for e in self.entries if e.separators == gaps], text))
        return self._ranked[key]

    def __getattr__(self, name: str):
        """Reached only while `next` and `entries` are unset: grow, then read them as usual."""
        if name not in ("next", "entries"):
            raise AttributeError(name)
        self._grow()
        return object.__getattribute__(self, name)

    def _grow(self) -> None:
        concepts, depth, below = self._concepts, self._depth, {}
        self.entries = [_entry(concepts[c], concepts[c].terms[t], plain) for c, t, plain in self._pending
                        if len(plain[0]) == depth]
        for item in self._pending:
            keys = item[2][0]
            if len(keys) > depth:
                below.setdefault(keys[depth], []).append(item)
        self.next = {key: _Node(concepts, items, depth + 1) for key, items in below.items()}
        self._pending = None


class TermIndex:
    """A trie over folded tokens: a word looks up only the terms that continue with the next words,
    so 5,000 terms starting with "National" cost no more than one.

    plain: the index as plain_index made it for this glossary (Context.terms keeps it between runs);
    by default it is made here."""

    def __init__(self, glossary: Glossary, plain: PlainIndex | None = None):
        by_first, self._keys, self._one_key_terms, self._first_pairs = plain or plain_index(glossary, {})[0]
        self._token_keys = self._keys   # what a text's tokens are kept for: see share_tokens
        self.token_version = 0
        # Words (and digit-led tokens) as written -> their key tokens, by offset; then the words that
        # are one key token, whole, and the other words holding key tokens ("People's", "mega-prisons").
        self._word_keys: dict[str, tuple[tuple[int, str], ...]] = {}
        self._key_words: set[str] = set()
        self._split_words: set[str] = set()
        self._folded: dict[str, str] = {}   # each key token as written -> its folded key
        concepts = glossary.concepts
        self.root = _Node(concepts, [], 0)   # grown here: every document looks up its words in it
        self.root.entries, self.root.next = [], {key: _Node(concepts, items, 1) for key, items in by_first.items()}

    def __bool__(self) -> bool:
        return bool(self.root.next)

    def known_keys(self) -> set[str]:
        """Every folded token that appears in some glossary term."""
        return set(self._keys)

    def share_tokens(self, keys: set[str]) -> None:
        """Keep a text's tokens for these keys too (another index's), so that one list of key tokens
        (key_tokens) serves both indexes. Matches do not change: a token no term here holds can
        neither start nor continue a walk down this trie, as a gap holding letters fits no term."""
        self._token_keys = self._keys | keys
        self.token_version += 1
        self._word_keys, self._key_words, self._split_words, self._folded = {}, set(), set(), {}

    def find(self, text: str, words: Tokens | None = None, keyed: KeyTokens | None = None) -> list[Match]:
        """Longest, leftmost, non-overlapping matches; all same-length alternatives kept; a match that
        opens with an article yields to a longer term starting on the next word ("La Autoridad del
        Canal de Panamá" is the name, not the variant "la autoridad").
        words: the text's Tokens (Document.tokens), when they are at hand; keyed: the text's key tokens
        as made by this index or one whose tokens this one shares (share_tokens)."""
        starts, ends, tokens, keys = keyed or self.key_tokens(text, Tokens.of(text) if words is None else words)
        walks = self._walks(keys)
        if not walks:
            return []
        matches, free = [], 0
        for i in walks:
            if i < free:
                continue   # inside the previous match
            best, end, last = self._longest_at(text, starts, ends, keys, i)
            if best and keys[i] in ARTICLES and i + 1 < last:
                # "La Autoridad del Canal de Panamá": the article opens the longer name, not only the
                # description "la autoridad" that ends inside it
                longer, longer_end, longer_last = self._longest_at(text, starts, ends, keys, i + 1)
                if longer_last > last:
                    i, best, end, last = i + 1, longer, longer_end, longer_last
            if best:
                free = last
                matches.append(Match(starts[i], end, text[starts[i]:end], best))
        return matches

    def _longest_at(self, text: str, starts: list[int], ends: list[int], keys: list[str], i: int):
        """(entries, end offset, index of the key after it) of the longest term starting at key i;
        ((), 0, i) when none does."""
        best, end, last, count = (), 0, i, len(keys)
        node, j, gaps = self.root.next.get(keys[i]), i, ()
        while node is not None:
            j += 1
            if node.entries:
                fitting = node.ranked(gaps, text[starts[i]:ends[j - 1]])
                if fitting:
                    best, end, last = fitting, ends[j - 1], j
            node = node.next.get(keys[j]) if j < count and node.next else None
            if node is not None:
                gaps += (_separator(text[ends[j - 1]:starts[j]]),)
        return best, end, last

    def _walks(self, keys: list[str]) -> list[int]:
        """The indices of the keys a match may start at: a whole term, or a term's first key followed by
        its second. Most first keys in a text ("the", first names) are followed by none of their
        terms' second keys: tested in C, a walk down the trie from each cost twice as much."""
        pairs = chain(map(self._first_pairs.__contains__, zip(keys, keys[1:])), (False,))
        return list(compress(range(len(keys)), map(or_, map(self._one_key_terms.__contains__, keys), pairs)))

    def key_tokens(self, text: str, words: Tokens) -> KeyTokens:
        """(starts, ends, texts, folded keys) of the text's tokens that some term holds, in order. The
        others are left out: no term holds them, and the gap left where one was holds a letter or
        digit, which no term's separator does, so no match can span it. Most are whole words."""
        digits = Tokens.of(text, _DIGIT_TOKEN_SPLIT_RE)
        self._learn(words.distinct)
        self._learn(digits.distinct)
        is_key = list(map(self._key_words.__contains__, words.texts))
        starts, tokens = list(compress(words.starts, is_key)), list(compress(words.texts, is_key))
        glued = _glued_words(digits, words)
        for start, token in self._other_key_tokens(words, digits):   # a few: each put in its place
            if start not in glued:
                i = bisect.bisect_left(starts, start)
                starts.insert(i, start)
                tokens.insert(i, token)
        for start in glued.intersection(starts):
            i = bisect.bisect_left(starts, start)
            del starts[i], tokens[i]
        return starts, list(map(add, starts, map(len, tokens))), tokens, list(map(self._folded.__getitem__, tokens))

    def _other_key_tokens(self, words: Tokens, digits: Tokens) -> list[tuple[int, str]]:
        """(start, text) of the key tokens that are no whole word: digit-led tokens, parts of words."""
        found = [(digits.starts[i], digits.texts[i]) for i in digits.indices_of(self._key_words)]
        if not words.distinct.isdisjoint(self._split_words):
            found += [(words.starts[i] + offset, token) for i in words.indices_of(self._split_words)
                      for offset, token in self._word_keys[words.texts[i]]]
        return found

    def _learn(self, words: set[str]) -> None:
        """Remember the key tokens of each new word: its parts between hyphens and apostrophes. Most
        words hold no joiner and are no key: they are sifted against the keys in C, each folded as
        fold would (lowercase, for a word in ASCII), and only the parts of the others are found one by
        one (a folder's 13,000 words, a Python loop each: 20-40 ms)."""
        new = words.difference(self._word_keys)
        whole = [word for word in new if _JOINERS.isdisjoint(word)]
        folded = [word.lower() if word.isascii() else fold_token(word) for word in whole]
        self._word_keys.update(dict.fromkeys(whole, ()))
        for word, key in compress(zip(whole, folded), map(self._token_keys.__contains__, folded)):
            self._word_keys[word] = ((0, word),)
            self._key_words.add(word)
            self._folded[word] = key
        for word in new.difference(whole) if len(whole) < len(new) else ():   # "People's", "mega-prisons"
            found, offset = [], 0
            for part in _WORD_JOINER_RE.split(word):
                key = fold_token(part)
                if key in self._token_keys:
                    found.append((offset, part))
                    self._folded[part] = key
                offset += len(part) + 1
            self._word_keys[word] = found = tuple(found)
            if found == ((0, word),):
                self._key_words.add(word)
            elif found:
                self._split_words.add(word)


def _glued_words(digits: Tokens, words: Tokens) -> set[int]:
    """The starts of the words a digit-led token runs into ("th" of "18th"): no tokens of their own."""
    glued = set()
    for start, end in compress(zip(digits.starts, digits.ends), map(not_, map(str.isdecimal, digits.texts))):
        i = bisect.bisect_left(words.starts, start)
        if i < len(words) and words.starts[i] < end:
            glued.add(words.starts[i])
    return glued


def _rank(entries: list[Entry], text: str) -> list[Entry]:
    """Exact spelling first, then same letters ignoring case, then the rest."""
    def score(e: Entry) -> tuple:
        return (e.tail, e.written != text, e.written.casefold() != text.casefold(), e.term.status == "deprecated")
    return sorted(entries, key=score)

"""Words within two edits of a misspelling, from a symmetric-delete index built once per word list.

Generating every string two edits from a word (Norvig) costs about 50,000 strings for a
ten-letter word, and grows with the square of its length. SymSpell's symmetric delete turns the
search round: two strings are within two edits (insertions, deletions, replacements, transpositions
of neighbours) only if deleting at most two letters from each gives a common string. The index maps
each such deletion of every word to the word, so a query is the thirty-odd deletions of the
misspelling, each a hash look-up, and a check of the few words they lead to.

As SymSpell does, only the first PREFIX letters of a word are indexed: words with the same prefix
share one entry, and deleting up to two letters of two prefixes still finds every pair of words
within two edits (a common string of the whole words, cut where the prefixes end, is one of the
prefixes'). The candidates the prefixes lead to are then measured in full (distance.py).

The index is written to the user cache as one flat file and memory-mapped, as the word lists are
(data.py): a run reads only the pages its look-ups touch. Its name carries the names of the word
tables it was built from, which carry their sources' sizes and dates, so changed word lists get a
fresh index. Layout: the header; where each prefix group's words start in the word block (and
one more: one past its end); the hash buckets' start offsets into the postings; the postings (prefix
group numbers); the word block (the words sorted and joined by newlines, UTF-8). Numbers are 4-byte,
native order. A search reads a group's words straight from where the group starts: format 1 went
through each word's start offset, one more random page of a 2.6-6.4 MB array per group, 190 groups a
search (docs/decisions.md, session 15).
"""

from __future__ import annotations

import mmap
import struct
from array import array
from collections.abc import Callable, Iterable
from itertools import combinations

from xlate.infra.cachefile import cache_dir, write_atomically
from xlate.infra.tables import word_block

FORMAT = 2
PREFIX = 7          # SymSpell's default: 29 deletions a prefix at most
MAX_DISTANCE = 2
_HEADER = struct.Struct("<4sIIIIII")   # magic, format, words, prefix groups, buckets, postings, longest word
_MAGIC = b"XLNB"
# FNV-1a over a prefix's Latin-1 bytes: every letter of English and Spanish is one byte there; any
# other letter becomes "?", which only adds candidates that the measuring then drops.
_FNV_OFFSET, _FNV_PRIME, _WORD = 2166136261, 16777619, 0xFFFFFFFF


def _kept_positions(length: int) -> list[tuple[int, ...]]:
    """For a prefix of length letters: the positions each of its deletions keeps (itself included)."""
    return [kept for count in range(min(MAX_DISTANCE, length) + 1)
            for kept in combinations(range(length), length - count)]


def _latin1(text: str) -> bytes:
    return text.encode("latin-1", "replace")


def _fnv(data) -> int:
    hashed = _FNV_OFFSET
    for byte in data:
        hashed = ((hashed ^ byte) * _FNV_PRIME) & _WORD
    return hashed


def deletion_hashes(prefix: str) -> set[int]:
    """The hashes of prefix with up to MAX_DISTANCE letters deleted."""
    data = _latin1(prefix)
    return {_fnv(data[i] for i in kept) for kept in _kept_positions(len(data))}


def _all_deletion_hashes(prefixes: list[str]):
    """(hashes, groups): every prefix's deletion hashes and the prefix's number, as numpy arrays.
    The same hashes as deletion_hashes, computed column by column over all prefixes of one length
    at once: a fraction of a second for 100,000 prefixes, where a loop in Python takes tens."""
    import numpy   # only building an index needs it
    hashes, groups = [numpy.zeros(0, numpy.uint32)], [numpy.zeros(0, numpy.uint32)]
    lengths = numpy.array([len(p) for p in prefixes], dtype=numpy.int64)
    encoded = [_latin1(p) for p in prefixes]
    for length in range(1, PREFIX + 1):
        chosen = numpy.flatnonzero(lengths == length)
        if not len(chosen):
            continue
        letters = numpy.frombuffer(b"".join(encoded[i] for i in chosen), dtype=numpy.uint8)
        letters = letters.reshape(-1, length).astype(numpy.uint32)
        for kept in _kept_positions(length):
            hashed = numpy.full(len(chosen), _FNV_OFFSET, dtype=numpy.uint32)
            for position in kept:
                hashed ^= letters[:, position]
                hashed *= numpy.uint32(_FNV_PRIME)
            hashes.append(hashed)
            groups.append(chosen.astype(numpy.uint32))
    return numpy.concatenate(hashes), numpy.concatenate(groups)


def _bucket_bits(postings: int) -> int:
    """About as many buckets as postings: most buckets then hold one or two."""
    return min(30, max(4, postings.bit_length()))


def encode(words: Iterable[str]) -> bytes:
    """The index of words (any order, duplicates allowed)."""
    import numpy
    ordered = _sorted_unique(words)
    if ordered and not ordered[0]:   # no empty word: a search's candidates then need no pass to drop it
        del ordered[0]
    prefixes = [word[:PREFIX] for word in ordered]
    group_starts = [i for i, (before, prefix) in enumerate(zip(["\0", *prefixes], prefixes)) if prefix != before]
    hashes, groups = _all_deletion_hashes([prefixes[i] for i in group_starts])
    bits = _bucket_bits(len(hashes))
    # sorted by bucket, then group, in one sort of both as one number
    postings = numpy.sort((hashes >> numpy.uint32(32 - bits)).astype(numpy.int64) << 32 | groups)
    postings = postings[numpy.flatnonzero(numpy.diff(postings, prepend=-1))]   # a prefix's deletions repeat: "aab" gives "ab" twice
    buckets, groups = postings >> 32, postings.astype(numpy.uint32)
    # each bucket's first posting, summed straight into the file's 4-byte numbers: the 8 million
    # buckets of the Spanish index are then written once, not copied three times
    offsets = numpy.zeros((1 << bits) + 1, "=u4")
    numpy.cumsum(numpy.bincount(buckets, minlength=1 << bits), out=offsets[1:])
    block, starts = word_block(ordered, "surrogatepass")
    longest = max(map(len, ordered), default=0)
    header = _HEADER.pack(_MAGIC, FORMAT, len(ordered), len(group_starts), 1 << bits, len(groups), longest)
    group_bytes = array("I", [*map(starts.__getitem__, group_starts), starts[-1]])   # each group's first word's start
    sections = (group_bytes.tobytes(), offsets.tobytes(), groups.astype("=u4").tobytes())
    return b"".join((header, *sections, block))   # one copy of the 60 MB, not three


def _sorted_unique(words: Iterable[str]) -> list[str]:
    """words sorted, each once; a list that already is (a word table's keys) is taken as it is,
    where sorting a set of 700,000 words again costs a second of a first check."""
    words = list(words)
    return words if all(map(str.__lt__, words, words[1:])) else sorted(set(words))


class Nearby:
    """The words of an encoded index near a given word; opening one costs next to nothing."""

    def __init__(self, data: bytes | mmap.mmap):
        if len(data) < _HEADER.size:
            raise ValueError("not a xlate nearby-words index")
        magic, fmt, _words, groups, buckets, postings, self.longest = _HEADER.unpack_from(data)
        if magic != _MAGIC or fmt != FORMAT:
            raise ValueError("not a xlate nearby-words index")
        view, at, sections = memoryview(data), _HEADER.size, []
        for length in (groups + 1, buckets + 1, postings):
            if at + 4 * length > len(data):
                raise ValueError("truncated xlate nearby-words index")
            sections.append(view[at:at + 4 * length].cast("I"))
            at += 4 * length
        self._group_bytes, self._offsets, self._postings = sections
        if len(data) - at != max(self._group_bytes[-1] - 1, 0):
            raise ValueError("truncated xlate nearby-words index")
        self._data, self._block_at, self._shift = data, at, 32 - (buckets.bit_length() - 1)

    def candidates(self, word: str) -> list[str]:
        """Every indexed word within two edits of word, with some farther ones (to be measured), each
        once. The cost is that of a word of PREFIX letters, whatever its length. Not cut to the lengths
        two edits allow: the measuring (dictionary.Dictionary._near) rejects in C a word whose length
        four plain edits cannot reach (its Damerau pass then keeps two), where a pass over the words
        in Python to drop them cost more than it saved (a fifth of a suggestion search,
        docs/decisions.md, session 15)."""
        groups = set()
        offsets, postings, shift = self._offsets, self._postings, self._shift
        for hashed in deletion_hashes(word[:PREFIX]):
            bucket = hashed >> shift
            groups.update(postings[offsets[bucket]:offsets[bucket + 1]])
        if not groups:
            return []
        starts, data, at = self._group_bytes, self._data, self._block_at
        # a group's words are consecutive in the block: one slice a group, one decode and split in all;
        # groups are disjoint and no indexed word is empty, so no word comes twice and none is ""
        words = b"\n".join(data[at + starts[g]:at + starts[g + 1] - 1] for g in groups)
        return words.decode("utf-8", "surrogatepass").split("\n")


def cached_index(name: str, words: Callable[[], Iterable[str]]) -> Nearby:
    """The index called name from the user cache, built from words() on first use. An unreadable or
    unwritable cache only costs time: the index is then built in memory for this process."""
    path = cache_dir() / f"nearby-{name}-v{FORMAT}.bin"
    try:
        with open(path, "rb") as handle:
            return Nearby(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):
        pass
    data = encode(words())
    try:
        write_atomically(path, data)
    except OSError:
        pass
    return Nearby(data)

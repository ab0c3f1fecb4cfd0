"""Tables of words and values kept in the user cache and mapped into memory (the word lists, their
Zipf frequencies, Hunspell's names, the word pairs, the word classes).

Parsing a shipped list costs more than a checker may spend at start-up, so the first run writes a
compact copy to the user cache and later runs map that copy into memory. The copy is a hash table
(see WordTable): a pre-commit hook looks up a few thousand words and must not pay for building a
dict of 160,000. The cache name carries the size and checksum of the shipped file
(cachefile.content_stamp), so an upgraded package gets a fresh copy and a reinstall of the same one
keeps its copy.
"""

from __future__ import annotations

import mmap
import struct
import sys
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Callable
from zlib import crc32

from xlate.infra.cachefile import cache_dir, content_stamp, write_atomically

FORMAT = 4
# magic, format, word count, value typecode, hash slot count, bytes of the longest word; then the
# sections, each padded to 4 bytes:
# the values, the words' start offsets in the word block, the slots (word index + 1, 0 when empty) and
# the word block (the words sorted and joined by newlines, UTF-8).
_HEADER = struct.Struct("<4sIIc3xII")
_MAGIC = b"XLWF"
_NOT_SEEN = object()
_ALIGN = 4


def cache_path(source: Path, variant: str = "") -> Path:
    """variant names what the parse kept of the source, when that may change without the source changing."""
    size, crc = content_stamp(source)
    name = source.name.split(".")[0] + variant
    return cache_dir() / f"words-{name}-{size}-{crc:08x}-{sys.byteorder}-v{FORMAT}.bin"


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % _ALIGN)


def _slot_count(count: int) -> int:
    """A power of two at least twice the word count: linear probing then stays short."""
    return 1 << max(3, (2 * count).bit_length())


def _hash_slots(encoded: list[bytes]) -> array:
    """Each word's index + 1 in its slot: the first free one from its hash on (linear probing).
    Placed in rounds, all words at once (numpy), where a loop over 700,000 words costs half a
    second of a first check: each round, the words whose slot is free take it (one word a slot),
    and the rest move one slot on. A word passes only slots that are taken, as one placed alone
    would, so a look-up that probes from its hash finds it."""
    import numpy   # only building a table needs it
    slots = numpy.zeros(_slot_count(len(encoded)), numpy.uint32)
    mask = numpy.uint32(len(slots) - 1)
    waiting = numpy.arange(1, len(encoded) + 1, dtype=numpy.uint32)   # index + 1, as the slots hold it
    at = numpy.fromiter(map(crc32, encoded), numpy.uint32, len(encoded)) & mask
    while len(waiting):
        free = slots[at] == 0
        slots[at[free]] = waiting[free]   # of words that share a free slot, one is written last
        placed = slots[at] == waiting
        waiting, at = waiting[~placed], (at[~placed] + numpy.uint32(1)) & mask
    return array("I", slots.tobytes())


def encode(values: dict[str, int], typecode: str = "I") -> bytes:
    """values as a compact table: typecode is the array type their range fits (I for counts, B for bytes)."""
    words = _table_order(values)
    encoded = [word.encode("utf-8") for word in words]
    block, starts = word_block(words)
    slots = _hash_slots(encoded)
    longest = max(map(len, encoded), default=0)
    header = _HEADER.pack(_MAGIC, FORMAT, len(words), typecode.encode("ascii"), len(slots), longest)
    sections = (array(typecode, map(values.__getitem__, words)).tobytes(), starts.tobytes(), slots.tobytes())
    return b"".join((header, *map(_padded, sections), block))


def word_block(words: list[str], errors: str = "strict") -> tuple[bytes, array]:
    """words joined by newlines in UTF-8 (no word holds one), and each word's start offset in that
    block, with one more: the end of the last word + 1. What a table or an index keeps its words as
    (nearby.py too). Encoded as one text and the offsets read from where its newlines fall, in numpy:
    a first check encodes 700,000 Spanish words twice, where a word at a time cost 0.17 s."""
    import numpy   # only building a table needs it
    block = "\n".join(words).encode("utf-8", errors)
    if not words:
        return block, array("I", [0])
    breaks = numpy.flatnonzero(numpy.frombuffer(block, numpy.uint8) == ord("\n"))
    starts = numpy.concatenate(([0], breaks + 1, [len(block) + 1])).astype(numpy.uint32)
    return block, array("I", starts.tobytes())


def word_valued(forms: dict[str, str]) -> dict[str, int]:
    """The values of a table that maps a word to another (forms: "es:playas" -> "=beach"): each word
    of forms, and each word it maps to, -> the index of what it maps to (itself, for those) among the
    table's words, which WordTable.word_at reads back."""
    words = _table_order({*forms, *forms.values()})
    index = {word: at for at, word in enumerate(words)}
    return {word: index[forms.get(word, word)] for word in words}


def _table_order(words) -> list[str]:
    """The order a table holds its words in: encode writes them so, word_valued's indexes count so."""
    return sorted(words)


class WordTable(Mapping):
    """Word -> value, looked up in the encoded table where it lies (a memory map, say).

    Opening one costs next to nothing, each lookup a hash and a comparison, and a word looked up
    again a dict lookup (the rules ask about one word many times). Once the distinct words looked up
    outnumber an eighth of the table's (a large run), or when all the words are needed (keys()),
    the table builds a dict once and serves from it: never much slower than a dict from the start.
    longest is the length of the longest word in UTF-8 bytes (at least its length in letters), and
    name the cache file's name when the table was read from one (it names the word list's version).
    """

    name: str | None = None

    def __init__(self, data: bytes | mmap.mmap):
        magic, fmt, count, typecode, slot_count, self.longest = _HEADER.unpack_from(data)
        if magic != _MAGIC or fmt != FORMAT:
            raise ValueError("not a xlate word-frequency file")
        view, at = memoryview(data), _HEADER.size
        sections = []
        for code, length in ((typecode.decode("ascii"), count), ("I", count + 1), ("I", slot_count)):
            size = array(code).itemsize * length
            if at + size > len(data):
                raise ValueError("truncated xlate word-frequency file")
            sections.append(view[at:at + size].cast(code))
            at += size + (-size % _ALIGN)
        self._values, self._starts, self._slots = sections
        if len(data) - at != max(self._starts[-1] - 1, 0):
            raise ValueError("truncated xlate word-frequency file")
        self._data, self._words_at, self._mask = data, at, slot_count - 1
        self._dict: dict[str, int] | None = None
        self._seen: dict[str, int | None] = {}   # what was looked up, found or not: rules ask about a word again and again
        self._lookups_left = count // 8   # distinct words looked up before a dict of all is cheaper

    def get(self, word: str, default=None):
        if self._dict is not None:
            return self._dict.get(word, default)
        found = self._seen.get(word, _NOT_SEEN)
        if found is _NOT_SEEN:
            self._lookups_left -= 1
            if self._lookups_left < 0:
                return self.as_dict().get(word, default)
            index = self._index(word.encode("utf-8", "surrogatepass"))
            found = self._seen[word] = None if index is None else self._values[index]
        return default if found is None else found

    def _index(self, key: bytes) -> int | None:
        slots, starts, mask = self._slots, self._starts, self._mask   # every check's hottest loop: locals
        slot = crc32(key) & mask
        while found := slots[slot]:
            index = found - 1
            start, end = starts[index], starts[index + 1] - 1
            if end - start == len(key) and self._data[self._words_at + start:self._words_at + end] == key:
                return index
            slot = (slot + 1) & mask
        return None

    def word_at(self, index: int) -> str:
        """The index-th word in sorted order: a table whose values are indexes of its own words maps a
        word to another (counted_nouns: "playas" -> "=beach")."""
        start, end = self._starts[index], self._starts[index + 1] - 1
        return bytes(self._data[self._words_at + start:self._words_at + end]).decode("utf-8")

    def with_prefix(self, prefix: str) -> dict[str, int]:
        """The words that start with prefix, less the prefix, with their values: found by bisection in
        the sorted word block and decoded as one slice of it, so that a table of many small tables
        (confusion_model's weights, one pair's under the pair's name) gives one of them without a dict
        of all."""
        if self._dict is not None:
            return {word[len(prefix):]: value for word, value in self._dict.items() if word.startswith(prefix)}
        first = self._first_at_or_after(prefix)
        last = self._first_at_or_after(prefix + "\U0010ffff")   # sorts after every word with the prefix
        if first == last:
            return {}
        block = bytes(self._data[self._words_at + self._starts[first]:self._words_at + self._starts[last] - 1])
        cut = len(prefix)
        return {word[cut:]: value for word, value in zip(block.decode("utf-8").split("\n"), self._values[first:last])}

    def words_valued(self, value: int, prefix: str = "") -> list[str]:
        """The words that start with prefix and have value, less the prefix, in the table's order: a
        look-up from a value back to its words (counted_nouns: the Spanish forms a table maps to "=beach").
        The value's bytes are searched for in the prefix's values (bytes.find, where array.index boxes
        each item: 1 ms for 11,700) and only the words found are decoded; a dict of every value's words
        cost a tenth of a second to build for the few a check asks about."""
        first = self._first_at_or_after(prefix)
        values = self._values[first:self._first_at_or_after(prefix + "\U0010ffff")].tobytes()
        wanted, size = array(self._values.format, [value]).tobytes(), self._values.itemsize
        found, at = [], values.find(wanted)
        while at >= 0:
            if at % size == 0:   # the bytes of one value, not the end of one and the start of the next
                found.append(self.word_at(first + at // size)[len(prefix):])
            at = values.find(wanted, at + 1)
        return found

    def _first_at_or_after(self, key: str) -> int:
        # By hand: bisect.bisect_left(range(len(self._values)), key, key=self.word_at) finds the same
        # index but measured 15% slower (12.4 against 10.7 us a search over the shipped confusion model's
        # 57,133 words, medians of 15 interleaved rounds; docs/decisions.md, session 12, mend12c)
        low, high = 0, len(self._values)
        while low < high:
            middle = (low + high) // 2
            if self.word_at(middle) < key:
                low = middle + 1
            else:
                high = middle
        return low

    def words(self) -> list[str]:
        """The table's words in its order (sorted), read from its word block: no dict is built."""
        return self._data[self._words_at:].decode("utf-8").split("\n") if len(self._values) else []

    def as_dict(self) -> dict[str, int]:
        if self._dict is None:
            self._dict = dict(zip(self.words(), self._values))
            self._seen = {}
        return self._dict

    def __getitem__(self, word: str) -> int:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __contains__(self, word) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def keys(self):
        return self.as_dict().keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    def __len__(self) -> int:
        return len(self._values)


def decode(data: bytes) -> dict[str, int]:
    return dict(WordTable(data).as_dict())


def _map_file(path: Path) -> WordTable:
    """The cached table, mapped rather than read: a run touches only the pages its lookups land on."""
    with open(path, "rb") as handle:
        table = WordTable(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    table.name = path.name
    return table


def load_table(source: Path, parse: Callable[[Path], dict[str, int]], typecode: str = "I",
               variant: str = "") -> WordTable:
    """The words and values parse reads from source, from the compact cache, building it on first use.

    An unreadable or unwritable cache only costs speed: the shipped list is parsed instead.
    """
    cached = cache_path(source, variant)
    try:
        return _map_file(cached)
    except (OSError, ValueError, struct.error):
        pass
    data = encode(parse(source), typecode)
    table = WordTable(data)
    try:
        write_atomically(cached, data)
        table.name = cached.name
    except OSError:
        pass
    return table

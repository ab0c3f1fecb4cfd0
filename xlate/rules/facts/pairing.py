"""Which pairs of one entity's statements could disagree, found without trying every pair.

Trying each pair of the statements about one entity in one unit is quadratic: on the generated
corpus's 200 files, 376,000 pairs, of which 40% could never disagree. Two statements disagree only
when (1) the comparison may take them as one measure, which needs a key both share (compare.py
gives each statement its keys: the measure's label, or a word saying what it measures with the
kind of change), and (2) no value satisfies both wordings, so that one's range begins where the
other's ends or above it (quantities.overlap). Within the statements of one key sorted by their
lowest value, those above a statement's range are one slice, found by bisection. The pairs
tried are then those that disagree and those the comparison rejects on other grounds (another
date, one article, another story): the work grows with the findings, not with the square of the
statements.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from typing import Callable, Hashable, Iterable, Iterator, Protocol, Sequence


class Ranged(Protocol):
    low: float   # the lowest value the wording allows (quantities.Quantity)
    high: float


def pairs_apart(group: Sequence[Ranged], keys: Callable[[Ranged], Iterable[Hashable]]) -> Iterator[tuple[int, int]]:
    """The pairs (i, j), i < j, of group that share a key and whose ranges may be apart, in the
    order itertools.combinations gives them: a superset of the pairs of group that disagree. A group
    of one has no pair, and its item's keys are not asked for: most buckets of a corpus hold one figure."""
    if len(group) < 2:
        return
    holders: dict[Hashable, list[int]] = defaultdict(list)
    for index, item in enumerate(group):
        for key in dict.fromkeys(keys(item)):
            holders[key].append(index)
    partners = [0] * len(group)   # a bit set of each item's partners: a pair sharing two keys is one pair
    for indexes in holders.values():
        if len(indexes) > 1:
            _mark_apart(group, indexes, partners)
    for i, mask in enumerate(partners):
        mask >>= i + 1
        while mask:
            lowest = mask & -mask
            yield i, i + lowest.bit_length()
            mask ^= lowest


def _mark_apart(group: Sequence[Ranged], indexes: list[int], partners: list[int]) -> None:
    """Mark as partners the items of one key whose ranges may be apart: one's range begins at or
    above the other's end. The items above a range are a suffix of the items sorted by low, those
    below a prefix of the items sorted by high: bit sets built once per key, one bisection each."""
    by_low = sorted(indexes, key=lambda i: group[i].low)
    by_high = sorted(indexes, key=lambda i: group[i].high)
    lows, highs = [group[i].low for i in by_low], [group[i].high for i in by_high]
    above = _accumulated(reversed(by_low))[::-1] + [0]   # above[p]: the items by_low[p:]
    below = [0] + _accumulated(by_high)                  # below[p]: the items by_high[:p]
    points = 0   # a range of one value (none so far) may touch or lie inside any other
    for i in indexes:
        if group[i].low >= group[i].high:
            points |= 1 << i
    for i in indexes:
        low, high = group[i].low, group[i].high
        partners[i] |= points | (above[0] if low >= high else
                                 above[bisect_left(lows, high)] | below[bisect_right(highs, low)])


def _accumulated(indexes: Iterable[int]) -> list[int]:
    """The bit sets of the first 1, 2, ... of indexes."""
    sets, bits = [], 0
    for i in indexes:
        bits |= 1 << i
        sets.append(bits)
    return sets

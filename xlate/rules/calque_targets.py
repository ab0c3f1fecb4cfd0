"""The index of XL103's targets (xlate/rules/calque.py): the glossary's concepts that a word-for-word
rendering could stand for, found by the words of a phrase rather than by scanning every concept.

calque.py says what a concept contributes (its TargetParts, or None); this module keeps that per
concept between runs, in the glossary cache (xlate/glossary/cache.py memoized), as marshal-ready
plain data, and builds the index over it. The conversion between the two is done here, once.
"""

from __future__ import annotations

import sys
import zlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Callable, NamedTuple

from xlate.glossary.cache import memoized
from xlate.glossary.model import Concept, Glossary
from xlate.text.fold import fold


class TargetParts(NamedTuple):
    """What a concept gives XL103 to look for."""
    content: frozenset[str]              # content keys of the preferred English term
    spanish: tuple[tuple[str, ...], ...]  # content keys of each Spanish term of two words or more, in order


@dataclass(frozen=True, slots=True)   # one per concept of the glossary
class Target:
    """A glossary concept as XL103 looks for it: the content keys of its English and Spanish terms."""
    concept: Concept
    content: frozenset[str]                 # content keys of the preferred English term
    spanish: tuple[tuple[str, ...], ...]    # content keys of each Spanish term, in order
    position: int = 0                       # in the glossary

    @property
    def spanish_words(self) -> set[str]:
        return {w for seq in self.spanish for w in seq}

    # What a message says: read from the concept when one is reported, not kept for each target.
    @property
    def concept_id(self) -> str:
        return self.concept.id

    @property
    def label(self) -> str:
        return self.concept.label

    @property
    def preferred(self) -> str:
        return self.concept.preferred_en

    def lists(self, folded: str) -> bool:
        """The glossary already has this form for the concept (XL101 and XL102 judge those)."""
        return any(fold(t.text) == folded for t in self.concept.terms)


@dataclass
class TargetIndex:
    """Targets found without scanning every concept that shares a common word ("national"):
    by their exact set of English content keys (a reordering uses all of them, plus at most one
    more word) and by the first letters of a Spanish term (cognates share their first letter)
    together with each content key of the preferred English (the phrase must share one).

    Plain data (the glossary cache keeps it whole between runs) that names targets by their number;
    a Target is made when a document first needs it, as most never are."""
    concepts: list[Concept]                            # the glossary's, which targets refer to by position
    targets: list[tuple[int, frozenset[str], tuple]]   # (concept position, content, spanish)
    by_content: dict[frozenset[str], list[int]]
    by_letters: dict[str, list[int]]        # letters_key(initials, English key) -> target numbers
    mirror_keys: set[str]                   # English keys of the targets in by_letters
    matches: dict = field(default_factory=dict, compare=False)   # test name -> content -> targets, filled as documents are read
    _made: dict[int, Target] = field(default_factory=dict, compare=False)

    def __bool__(self) -> bool:
        return bool(self.targets)

    def with_content(self, content: frozenset[str]) -> list[Target]:
        return [self._target(i) for i in self.by_content.get(content, ())]

    def with_initials(self, content: tuple[str, ...]) -> list[Target]:
        """The targets with a Spanish term of as many content words as content, with the same
        initials, whose preferred English shares a content key with content."""
        keys = self.mirror_keys.intersection(content)
        if not keys:
            return []
        signature = letters(content)
        found = {t.position: t for key in keys for t in self._with_letters(letters_key(signature, key))}
        return list(found.values())

    def spanish_words(self) -> set[str]:
        return {w for _, _, spanish in self.targets for seq in spanish for w in seq}

    def _with_letters(self, key: str) -> list[Target]:
        return [self._target(i) for i in self.by_letters.get(key, ())]

    def _target(self, number: int) -> Target:
        if number not in self._made:
            position, content, spanish = self.targets[number]
            self._made[number] = Target(self.concepts[position], content, spanish, position)
        return self._made[number]


def letters(keys) -> str:
    """How many content keys, and their initials in order: '3cct' for (centro, confinamiento, terrorismo)."""
    return f"{len(keys)}{''.join(sorted(k[:1] for k in keys))}"


def letters_key(signature: str, english_key: str) -> str:
    """One string, not a tuple of tuples: a large glossary's index holds hundreds of thousands."""
    return f"{signature}|{english_key}"


PartsOf = Callable[[Concept], "TargetParts | None"]


def target_index(glossary: Glossary, parts_of: PartsOf, code: tuple[ModuleType, ...]) -> TargetIndex:
    """The index of the concepts parts_of makes targets of; order is the glossary's, which decides
    ties. What each concept contributes is kept between runs (xlate/glossary/cache.py) under the
    source of the modules in code (those that define parts_of) and of this one."""
    plain = memoized("calque", glossary, (*code, sys.modules[__name__]),
                     lambda known: _plain_index(glossary, known, parts_of))
    return TargetIndex(glossary.concepts, *plain)


def _plain_index(glossary: Glossary, known: dict, parts_of: PartsOf) -> tuple[tuple, dict, int]:
    """The index's plain data (all but the concepts), the plain parts of every concept by what they
    derive from (_concept_key), how many were new."""
    targets, by_content, by_letters, mirror_keys = [], {}, {}, set()
    parts, worked_out = {}, 0
    for position, concept in enumerate(glossary):
        key = _concept_key(concept)
        if key in known:
            parts[key] = known[key]
        else:
            parts[key], worked_out = _plain_parts(parts_of(concept)), worked_out + 1
        if parts[key] is None:
            continue
        content, spanish, letter_keys = parts[key]
        number = len(targets)
        targets.append((position, content, spanish))
        by_content.setdefault(content, []).append(number)
        for letter_key in letter_keys:
            by_letters.setdefault(letter_key, []).append(number)
        if letter_keys:
            mirror_keys.update(content)
    return (targets, by_content, by_letters, mirror_keys), parts, worked_out


def _plain_parts(parts: TargetParts | None) -> tuple | None:
    """A concept's parts as the cache keeps them: (content, spanish, by_letters keys: the letters of
    each Spanish term with each English content key). Every key is interned, and marshal keeps it
    interned: a word common to many concepts ("national") is then held once, not once per concept."""
    if parts is None:
        return None
    content = frozenset(map(sys.intern, parts.content))
    spanish = tuple(tuple(map(sys.intern, seq)) for seq in parts.spanish)
    signatures = {letters(seq) for seq in spanish}
    return content, spanish, tuple(sys.intern(letters_key(s, key)) for s in signatures for key in content)


def _concept_key(concept: Concept) -> tuple[str, int]:
    """What a concept's target parts derive from: its id and a CRC of its terms. A CRC, not the terms
    themselves, which every run would read back for every concept of a large glossary; two versions
    of one concept with the same CRC (one chance in four billion) would only keep a stale target."""
    terms = "\0".join(f"{t.text}\1{t.lang}\1{t.status}\1{t.type}" for t in concept.terms)
    return concept.id, zlib.crc32(f"{concept.keep_spanish}\0{concept.category}\0{terms}".encode())

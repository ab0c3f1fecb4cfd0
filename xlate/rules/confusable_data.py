"""The confusables data file (xlate/data/confusables.toml) as XL401 reads it: one Confusable per
entry, its context patterns compiled on first use, the whole read once per process and kept, parsed,
in the user cache between runs (_ParseCache); the patterns a run compiles are kept in the pattern
cache (xlate/infra/patterns.py).
"""

from __future__ import annotations

import marshal
import sys
from functools import lru_cache
from pathlib import Path
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple
from zlib import crc32

import regex

from xlate import __version__
from xlate.infra import patterns
from xlate.infra.cachefile import read_keyed, write_keyed
from xlate.rules import confusable_tokens
from xlate.rules.confusable_tokens import (TOKENS_MARK, ScreenedPattern, TokenPattern, TokenPatternError,
                                           lexicon_twins, parse_tokens)
from xlate.text import pattern_reading, word_classes
from xlate.text.pattern_reading import neighbour_words, pattern_cues

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "confusables.toml"
TARGET = "@"                    # stands for the suspect in a context string and in patterns
WINDOW = 8                      # words of context every entry's patterns read on each side of the suspect
# Word-pair odds at which the right form wins without a context pattern (see word_pair_odds): English
# only, since the counts are English; an entry may set its own ("evidence" in the data file).
DEFAULT_ODDS = {"en": 20.0, "es": 0.0}
# \b in a pattern means a token edge: apostrophes and hyphens belong to the word ("don't", "risk-averse"),
# and @ (the suspect) and # (a number) are tokens too.
TOKEN_EDGE = r"(?:(?<![\w'@#-])(?=[\w'@#-])|(?<=[\w'@#-])(?![\w'@#-]))"
MACRO_RE = regex.compile(r"(?<!\(\?P?)<([a-z_]+)>")   # not a named group (?<name>...)
# The modules whose code decides what the parse cache holds, and the word classes an entry's twins
# are read from: a change to any rebuilds it.
_CODE_FILES = (__file__, pattern_reading.__file__, confusable_tokens.__file__, word_classes.__file__,
               word_classes.CLASSES_FILE)
# Macros of word lists the rule's code reads as well, kept in one place (word_classes): a question's
# opener is one to the slot that reads a question (confusable_slots.question_verb_says) and to the
# data file's patterns that do
GRAMMAR_MACROS = {"asking": f"(?:{'|'.join(sorted(word_classes.ASKING_OPENERS))})"}


class ConfusableDataError(ValueError):
    """The confusables data file says something the rule cannot use."""


class Confusable(NamedTuple):
    id: str                         # stable: findings' statistics and data errors name it
    language: str
    forms: "Forms"                  # wrong form (lowercase, may be several words) -> right form
    why: str
    context: Sequence["LazyPattern | TokenPattern"]   # the regexes, then the token patterns (a tuple, or PackedPatterns)
    unless: Sequence["LazyPattern | TokenPattern"]    # the regexes, then the token patterns
    lowercase_only: bool            # a capitalised form mid-sentence is a name (the Capitol)
    evidence: float                 # word-pair odds for the right form that decide alone; 0: never
    lowercase_after: bool = False   # a capitalised word after the suspect is a name: "votó a Machado"
    sound_alike: bool = False       # generated from the homophones, not written (confusable_sound.py):
                                    # the part-of-speech slots alone decide it, never word pairs
    reach: int = WINDOW             # words of context its patterns read on each side: more for a cue
                                    # that may stand anywhere in the clause ("more ... than")

    @property
    def needs_no_pattern(self) -> bool:
        """Evidence that needs no context pattern may decide: word-pair odds and the part-of-speech
        slots (an entry that weighs word pairs), or the slots alone (a generated sound-alike)."""
        return bool(self.evidence) or self.sound_alike

    def forms_starting(self, word: str) -> tuple[tuple[str, str, int], ...]:
        """The entry's (form, right, words in form) whose first word is word: an entry read from the
        lexicon holds hundreds of forms ("cambió", "firmara"), and a suspect needs its own."""
        return self.forms.starting(word)

    def decides(self, window: str) -> bool:
        return any(p.search(window) for p in self.context) and not self.excused(window)

    def excused(self, window: str) -> bool:
        return any(p.search(window) for p in self.unless)

    def may_stand_between(self, before: str | None, after: str | None) -> bool:
        """False when every context pattern names the word before or after the suspect and the
        word there is none it names (None: not a word, or not known)."""
        return any(p.may_stand_between(before, after) for p in self.context)

    def may_decide(self, lowered: str, before: str | None = None, after: str | None = None) -> bool:
        """False when no context pattern can match a window whose prose, lowercased, is lowered,
        with the words before and after the suspect (None: not known): most suspects are ruled
        out by a set look-up or a few substring tests, before their window is built."""
        return any(p.may_match_beside(lowered, before, after) for p in self.context)


class Forms(dict):
    """An entry's forms, wrong form -> right form, which keep their index by first word: worked out
    on the first look-up, as most entries meet no suspect in a check. Built once, never changed."""
    __slots__ = ("_by_first_word",)

    def starting(self, word: str) -> tuple[tuple[str, str, int], ...]:
        """(form, right, words in form) for each form whose first word is word."""
        try:
            index = self._by_first_word
        except AttributeError:
            found: dict[str, list[tuple[str, str, int]]] = {}
            for form, right in self.items():
                found.setdefault(form.split(" ", 1)[0], []).append((form, right, form.count(" ") + 1))
            index = self._by_first_word = {first: tuple(forms) for first, forms in found.items()}
        return index.get(word, ())


class LazyPattern(ScreenedPattern):
    """A context pattern compiled on first use: a one-file check meets few of the listed words (5
    to 13 of 515 patterns on a real news file, 114 over 142 files), and compiling every pattern up
    front costs more than the check itself. Compiled through the pattern cache, which unpickles
    what an earlier run compiled, far faster than a compile (docs/decisions.md, issue 14, 17)."""
    __slots__ = ("written", "expanded", "where", "_compiled", "_cues", "_neighbours")

    def __init__(self, written: str, expanded: str, where: str, cues: frozenset[str] | None | bool = False):
        self.written, self.expanded, self.where, self._compiled = written, expanded, where, None
        self._cues = cues   # False until worked out (the parse cache keeps them)
        self._neighbours: tuple | None = None

    @property
    def neighbours(self) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        if self._neighbours is None:
            self._neighbours = neighbour_words(self.expanded.replace(TOKEN_EDGE, r"\b"))
        return self._neighbours

    @property
    def cues(self) -> frozenset[str] | None:
        if self._cues is False:
            self._cues = pattern_cues(self.expanded)
        return self._cues

    def search(self, text: str):
        if self._compiled is None:
            self._compiled = self.compile()
        return self._compiled.search(text)

    def compile(self):
        try:
            return patterns.compile(self.expanded)
        except regex.error as exc:
            raise ConfusableDataError(f"{self.where}: bad pattern {self.written!r}: {exc}") from None

    def prepare_to_keep(self) -> None:
        """Work out a context pattern's cues now: the parse cache keeps them, so later runs need not."""
        self._cues = pattern_cues(self.expanded)

    def plain(self) -> tuple:
        """The pattern as marshal can keep it: LazyPattern(*plain) makes it again."""
        return (self.written, self.expanded, self.where, self._cues)


def _expand(pattern: str, macros: dict[str, str], where: str) -> LazyPattern:
    def macro(match: regex.Match) -> str:
        if match.group(1) not in macros:
            raise ConfusableDataError(f"{where}: unknown macro <{match.group(1)}>")
        return macros[match.group(1)]

    return LazyPattern(pattern, MACRO_RE.sub(macro, pattern).replace(r"\b", TOKEN_EDGE), where)


def _patterns(value, macros: dict[str, str], where: str, need_target: bool) -> tuple[LazyPattern, ...]:
    patterns = [value] if isinstance(value, str) else list(value or ())
    for p in patterns:
        if need_target and TARGET not in p:
            raise ConfusableDataError(f"{where}: context {p!r} does not mark the word with {TARGET}")
    return tuple(_expand(p, macros, where) for p in patterns)


def _token_patterns(value, language: str, macros: dict[str, str], where: str) -> tuple[TokenPattern, ...]:
    try:
        return tuple(parse_tokens(p, language, macros, where) for p in ([value] if isinstance(value, str) else value or ()))
    except TokenPatternError as exc:
        raise ConfusableDataError(str(exc)) from None


def parse_entry(raw: dict, macros: dict[str, str], where: str) -> Confusable:
    missing = {"id", "language", "why"} - raw.keys()
    if not raw.keys() & {"forms", "twins"}:
        missing.add("forms")
    if missing:
        raise ConfusableDataError(f"{where}: missing {', '.join(sorted(missing))}")
    evidence = raw.get("evidence", DEFAULT_ODDS[raw["language"]])
    if evidence is False or evidence is True or not isinstance(evidence, (int, float)) or evidence < 0:
        raise ConfusableDataError(f"{where}: evidence must be odds of 0 (never) or more, not {evidence!r}")
    if not raw.get("context") and not raw.get("tokens") and not evidence:
        raise ConfusableDataError(f"{where}: neither a context nor word-pair evidence can decide it")
    forms = _twins(raw["twins"], raw["language"], macros, where) if "twins" in raw else {}
    forms.update({" ".join(k.lower().split()): v for k, v in raw.get("forms", {}).items()})
    return Confusable(
        id=raw["id"], language=raw["language"], forms=Forms(forms), why=raw["why"],
        context=_patterns(raw.get("context"), macros, where, need_target=True) + _token_patterns(
            raw.get("tokens"), raw["language"], macros, where),
        unless=_patterns(raw.get("unless"), macros, where, need_target=False) + _token_patterns(
            raw.get("unless_tokens"), raw["language"], macros, where),
        lowercase_only=raw.get("lowercase_only", False),
        evidence=float(evidence),
        lowercase_after=raw.get("lowercase_after", False),
        reach=_reach(raw.get("reach", WINDOW), where),
    )


def _reach(value, where: str) -> int:
    """An entry's reach: whole words, at least the window every entry reads (WINDOW)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < WINDOW:
        raise ConfusableDataError(f"{where}: reach must be a number of words of at least {WINDOW}, not {value!r}")
    return value


def _twins(specs: dict | list[dict], language: str, macros: dict[str, str], where: str) -> dict[str, str]:
    """An entry's forms read from the lexicon (its "twins": ending, twin, form, right and an optional
    stem, or a list of them for the endings of one kind, "ó"/"o" and "ió"/"ío"; see
    confusable_tokens.lexicon_twins)."""
    forms: dict[str, str] = {}
    for spec in [specs] if isinstance(specs, dict) else specs:
        missing = {"ending", "twin", "form", "right"} - spec.keys()
        if missing:
            raise ConfusableDataError(f"{where}: twins lack {', '.join(sorted(missing))}")
        try:
            forms.update(lexicon_twins(spec["ending"], spec["twin"], spec["form"], spec["right"], language, macros,
                                       where, spec.get("stem")))
        except TokenPatternError as exc:
            raise ConfusableDataError(str(exc)) from None
    return forms


def load_raw(path: Path = DATA_FILE) -> dict:
    return _parse_toml(path.read_bytes())


def _parse_toml(content: bytes) -> dict:
    """The data file, its macros joined by the word lists XL401's code reads too (GRAMMAR_MACROS)."""
    import tomllib
    data = tomllib.loads(content.decode())
    written = data.setdefault("macros", {})
    clash = sorted(written.keys() & GRAMMAR_MACROS.keys())
    if clash:
        raise ConfusableDataError(f"macro <{clash[0]}> is xlate's own word list (xlate/text/word_classes.py), "
                                  f"not the data file's")
    written.update(GRAMMAR_MACROS)
    return data


@lru_cache(maxsize=4)
def load_confusables(path: Path = DATA_FILE) -> "EntryIndex":
    """Entries keyed by each spelling of the first word of a wrong form, compiled once per process.

    Parsing the TOML and compiling the patterns cost more than a one-file check, so the entries
    of a data file that validated, with every pattern compiled, are kept in the user cache (see
    _ParseCache) and later runs only read them back.
    """
    content = path.read_bytes()
    cache = _ParseCache(path, content)
    index = cache.read()
    if index is None:
        index = EntryIndex.of(_build_index(_parse_toml(content), path))
        cache.write(index)
    return index


def _build_index(data: dict, path: Path) -> dict[str, list[Confusable]]:
    macros = data.get("macros", {})
    index: dict[str, list[Confusable]] = {}
    ids: set[str] = set()
    for n, raw in enumerate(data.get("confusable", []), 1):
        named = f" [{raw['id']}]" if "id" in raw else ""
        entry = parse_entry(raw, macros, f"{path.name} entry {n} ({', '.join(raw.get('forms', {}))}){named}")
        if entry.id in ids:
            raise ConfusableDataError(f"{path.name} entry {n}: id {entry.id!r} is used twice")
        ids.add(entry.id)
        for form in entry.forms:
            for key in spellings(form.split()[0]):
                bucket = index.setdefault(key, [])
                if not any(e is entry for e in bucket):
                    bucket.append(entry)
    return index


def spellings(word: str) -> set[str]:
    """How a lowercase word may be written in running text: capitalised, with a curly apostrophe."""
    curly = word.replace("'", "’")
    return {word, word[:1].upper() + word[1:], curly, curly[:1].upper() + curly[1:]}


CACHE_FORMAT = 7


class _ParseCache:
    """load_confusables' result for one data file, as plain tuples and dicts (marshal) in the user
    cache folder, each context pattern with its cues (the patterns themselves compile on first use,
    through the pattern cache: a first check compiles the few it meets, not all 515). The file is named after the data file's
    path (the shipped one's inside the package, wherever it is installed) and the code's version
    (_file_name) and holds a key: the data
    file's size and checksum, the size and checksum of the modules that read it (_CODE_FILES), the
    xlate, regex and Python versions. Contents, not modification times: a reinstall of the same
    files (a CI job restoring its cache) keeps the cache. A stale, damaged or unreadable cache is
    rebuilt; one that cannot be written only costs speed. A pattern that does not compile fails
    where it is used, run after run (tests compile every pattern of the shipped file).
    """

    def __init__(self, path: Path, content: bytes):
        from xlate.infra.cachefile import cache_dir, content_stamp
        self.file: Path | None = None
        try:
            code = [content_stamp(Path(file)) for file in _CODE_FILES]
            self.key = (CACHE_FORMAT, _named(path), len(content), crc32(content), code, __version__,
                        regex.__version__, sys.version)
            self.file = cache_dir() / _file_name(self.key, path)
        except OSError:
            pass               # no cache then

    def read(self) -> "EntryIndex | None":
        if self.file is None:
            return None
        try:
            checksum, payload = read_keyed(self.file, self.key)
            if crc32(payload) != checksum:
                return None
            entries, numbers = marshal.loads(payload)
            return EntryIndex(entries, numbers)
        except Exception:      # missing, stale or damaged: parse the data file instead
            return None

    def write(self, numbered: "EntryIndex") -> None:
        if self.file is None:
            return
        entries = numbered.entries
        try:
            for entry in entries:
                for pattern in entry.context:
                    pattern.prepare_to_keep()
        except Exception:      # a bad pattern is left to fail where it is used, as without a cache
            return
        plain = (list(map(_entry_to_plain, entries)), numbered.numbers)
        try:
            payload = marshal.dumps(plain)
        except ValueError:
            return
        write_keyed(self.file, self.key, (crc32(payload), payload))


def _file_name(key: tuple, path: Path) -> str:
    """One cache file per data file and code version: two installs of different versions that share
    a cache folder (a pre-commit hook's and an editor's) each keep theirs rather than rebuilding the
    other's at every run. A user's own data file, edited, replaces its file; the shipped one changes
    with the code."""
    name_key = key if path.resolve() == DATA_FILE else key[:2] + key[4:]   # without the data's size and CRC
    return f"confusables-{crc32(repr(name_key).encode()):08x}.marshal"


def _named(path: Path) -> str:
    """path as the cache names it: the shipped data file by its place in the package."""
    resolved = path.resolve()
    return f"xlate/{resolved.name}" if resolved == DATA_FILE else str(resolved)


def _entry_to_plain(entry: Confusable) -> tuple:
    """An entry as marshal can keep it: its fields in order, its context and unless patterns each
    packed (PackedPatterns) with their number."""
    return (entry.id, entry.language, dict(entry.forms), entry.why, *_packed(entry.context), *_packed(entry.unless),
            entry.lowercase_only, entry.evidence, entry.lowercase_after, entry.reach)


def _packed(patterns) -> tuple[bytes, int]:
    return marshal.dumps(tuple(p.plain() for p in patterns)), len(patterns)


def _pattern_from_plain(plain: tuple) -> "LazyPattern | TokenPattern":
    return TokenPattern.from_plain(plain) if plain[0] == TOKENS_MARK else LazyPattern(*plain)


def _entry_from_plain(row: tuple) -> Confusable:
    id, language, forms, why, context, contexts, unless, unlesses, lowercase_only, evidence, lowercase_after, reach = row
    return Confusable(id, language, Forms(forms), why, PackedPatterns(context, contexts),
                      PackedPatterns(unless, unlesses), lowercase_only, evidence, lowercase_after, reach=reach)


class EntryIndex(Mapping):
    """load_confusables' entries, keyed by each spelling of the first word of a wrong form, each
    word's entries in order. An entry read from the parse cache is made from its plain row, and a
    word's list, on the first look-up: a check asks about a few dozen of the 5,296 spellings, and
    making all 364 entries and 5,296 lists at every process's start was half of what reading the
    cache cost (docs/decisions.md, session 14, speed14s). A read-only dict to everything that reads it."""
    __slots__ = ("entries", "numbers", "_lists")

    def __init__(self, entries: list, numbers: dict[str, tuple[int, ...]]):
        self.entries = entries      # each a Confusable, or its plain row (_entry_to_plain) until asked for
        self.numbers = numbers      # word -> the numbers of its entries, in order
        self._lists: dict[str, list[Confusable]] = {}

    @classmethod
    def of(cls, index: Mapping[str, list[Confusable]]) -> "EntryIndex":
        """The index of a dict of entries: each entry numbered once, however many words list it."""
        numbers: dict[int, int] = {}
        entries: list[Confusable] = []
        for bucket in index.values():
            for entry in bucket:
                if id(entry) not in numbers:
                    numbers[id(entry)] = len(entries)
                    entries.append(entry)
        return cls(entries, {word: tuple(numbers[id(e)] for e in bucket) for word, bucket in index.items()})

    def with_entries(self, added: Iterable[tuple[Confusable, Iterable[str]]]) -> "EntryIndex":
        """A new index: this one's entries, then each added entry listed last under each of its words."""
        entries, numbers = list(self.entries), dict(self.numbers)
        for entry, words in added:
            entries.append(entry)
            for word in words:
                numbers[word] = numbers.get(word, ()) + (len(entries) - 1,)
        return EntryIndex(entries, numbers)

    def __getitem__(self, word: str) -> list[Confusable]:
        listed = self._lists.get(word)
        if listed is None:
            listed = self._lists[word] = [self._entry(n) for n in self.numbers[word]]
        return listed

    def _entry(self, number: int) -> Confusable:
        entry = self.entries[number]
        if not isinstance(entry, Confusable):
            entry = self.entries[number] = _entry_from_plain(entry)
        return entry

    def keys(self):
        return self.numbers.keys()

    def __contains__(self, word) -> bool:
        return word in self.numbers

    def __iter__(self):
        return iter(self.numbers)

    def __len__(self) -> int:
        return len(self.numbers)


class PackedPatterns(Sequence):
    """An entry's patterns as the parse cache keeps them (their plain forms, marshalled), made into
    patterns when the entry is first asked about them: unmarshalling the patterns and cues of all 364
    entries was most of what reading the cache cost, 15-25 ms of every process's start, and a
    one-file check asks about 5 to 13 entries. A tuple of patterns to everything that reads it."""
    __slots__ = ("_packed", "_count", "_patterns")

    def __init__(self, packed: bytes, count: int):
        self._packed, self._count, self._patterns = packed, count, None

    def _unpacked(self) -> tuple:
        if self._patterns is None:
            self._patterns = tuple(map(_pattern_from_plain, marshal.loads(self._packed)))
            self._packed = None
        return self._patterns

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        return self._unpacked()[index]

    def __iter__(self):
        return iter(self._unpacked())

    def __eq__(self, other) -> bool:
        return isinstance(other, (tuple, PackedPatterns)) and self._unpacked() == tuple(other)

    def __hash__(self) -> int:
        return hash(self._unpacked())

    def __repr__(self) -> str:
        return repr(self._unpacked())

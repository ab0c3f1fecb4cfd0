"""XL401 confusable: a correctly spelled word used where its sound-alike is meant.

A spell checker cannot see "sighting arbitrary detentions" (for "citing") or
"could effect the outcome" (for "affect"). Every confusion is data in
xlate/data/confusables.toml, one direction of one confusion set per entry, with
a stable id: the wrong forms, the right ones, and what decides between them.

Two kinds of evidence decide, and either is enough:
- Word pairs (English): published English writes the right form next to the
  words on both sides far more often than the written one (odds of 20 by
  default; Google Books counts, see xlate/spelling/word_pairs.py). This is
  what generalizes: "will effect the" loses to "will affect the" whatever the
  sentence is about. It is off where a possessive and a contraction both read
  well before any noun (its/it's, their/they're, your/you're) and for "to".
- Context patterns: regular expressions over the lowercased words around the
  suspect (see the data file's header), for cues further away than the next
  word ("more ... then", "sighting" + a kind of evidence) and for Spanish,
  which has no word-pair counts here: there word classes read from endings
  (a participle after "a" means "ha"; "esta" before a gerund means "está")
  stand where a part-of-speech lexicon would.
An entry's "unless" patterns excuse a use whatever the evidence.

Words are looked up by their first token in one dict, so a document is read in
one pass whatever the number of entries; context is only built around the few
words that are a known wrong form, and only where the words right beside it are
ones its patterns name (neighbour_screen: most Spanish "el" and "se" end there),
a cue word of the patterns is near (pattern_cues), or the word pairs already say
it is wrong.
"""

from __future__ import annotations

import marshal
import os
import sys
from functools import lru_cache
from pathlib import Path
from re import IGNORECASE
from typing import Iterable, NamedTuple
from zlib import crc32

import regex

from xlate import __version__
from xlate.infra.cachefile import read_keyed, write_keyed
from xlate.spelling.word_pairs import pair_counts
from xlate.core.document import WORD_PATTERN
from xlate.rules.base import Rule, register
from xlate.spelling.words import match_case

try:   # Python's own regex parser has no public interface (re._parser from 3.11): without it, no cues
    from re import _parser as _regex_parser
    from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN
except ImportError:   # pragma: no cover - a Python that renamed them
    _regex_parser = None

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "confusables.toml"
WINDOW = 8                      # words of context kept on each side of the suspect
TARGET = "@"                    # stands for the suspect in a context string and in patterns
# Word-pair odds at which the right form wins without a context pattern (see word_pair_odds): English
# only, since the counts are English; an entry may set its own ("evidence" in the data file).
DEFAULT_ODDS = {"en": 20.0, "es": 0.0}
GLUED_MARKS = ".,:;/"           # a mark glued to the word after it is not a token (".login")
# \b in a pattern means a token edge: apostrophes and hyphens belong to the word ("don't", "risk-averse"),
# and @ (the suspect) and # (a number) are tokens too.
TOKEN_EDGE = r"(?:(?<![\w'@#-])(?=[\w'@#-])|(?<=[\w'@#-])(?![\w'@#-]))"
CONTEXT_TOKEN_RE = regex.compile(
    f"({WORD_PATTERN})"                                               # a word, as Document.tokens reads it
    r"|(\p{N}+(?:[.,:/]\p{N}+)*)"                                      # a number -> "#"
    r"|(\n[ \t\r]*\n)"                                                # a blank line -> "¶"
    r"|(_+)"                                                           # masked non-prose -> "_"
    r"|(?![" + GLUED_MARKS + r"]\p{L})([^\s\p{L}\p{N}])")                # a mark, unless glued to a word
IDENTIFIER_CHARS = set("_/\\=@$<>{}|~^")
NOT_A_COUNT_RE = regex.compile(r"\{(?!\d*,?\d*\})")   # a brace that does not start {m}, {m,n}, {,n}, {m,}
MACRO_RE = regex.compile(r"(?<!\(\?P?)<([a-z_]+)>")   # not a named group (?<name>...)


class ConfusableDataError(ValueError):
    """The confusables data file says something the rule cannot use."""


class Confusable(NamedTuple):
    id: str                         # stable: findings' statistics and data errors name it
    language: str
    forms: dict[str, str]           # wrong form (lowercase, may be several words) -> right form
    why: str
    context: tuple["LazyPattern", ...]
    unless: tuple["LazyPattern", ...]
    lowercase_only: bool            # a capitalised form mid-sentence is a name (the Capitol)
    evidence: float                 # word-pair odds for the right form that decide alone; 0: never

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


@register
class Confusable401(Rule):
    """A real word that is the wrong one here: "sighting arbitrary detentions" for "citing", "could
    effect the outcome" for "affect", "more then" for "than". A confusion is reported when the
    words on both sides are far likelier with the other word in published English (English word-pair
    counts), or when a context pattern of the shipped list names a cue for it; a correct use of the
    same word ("a UFO sighting", "to effect change") is left alone, and the message says what each
    word means."""

    code = "XL401"
    name = "confusable"
    kind = "confusable"
    severity = "warning"
    summary = "A correctly spelled word that is the wrong one in context (cite/sight, affect/effect, than/then)."
    example = ('Rights groups raised alarm, sighting arbitrary detentions.\n'
               '  -> "sighting" here probably means "citing" (cite: to quote as evidence; sight: to see)')

    def check(self, doc, ctx) -> Iterable:
        index = load_confusables()
        languages = {p.language for p in doc.paragraphs}
        suspects = {word for word in index.keys() & doc.distinct_words
                    if any(entry.language in languages for entry in index[word])}
        if not suspects:
            return   # Spanish "a" (for "ha") is in every English document: not a suspect there
        reader = ContextReader(doc)
        texts = doc.tokens.texts
        screens = {word: neighbour_screen(word) for word in suspects}
        for i in doc.tokens.indices_of(suspects):
            screen = screens[texts[i]]
            if screen is None or not _screened_out(doc, i, screen):
                yield from self._check_word(doc, ctx, reader, i, index[texts[i]])

    def _check_word(self, doc, ctx, reader: ContextReader, i: int, entries: list[Confusable]):
        """The first entry that judges the word at i the wrong one: its context says so, or the
        words on either side are far likelier with the right form (word_pair_odds), and the entry
        does not excuse this use."""
        texts = doc.tokens.texts
        word = normalise(texts[i])
        before = _neighbour(doc, i - 1)
        seen: dict[int, tuple] = {}      # by span size: (after, lowered prose, window), each once

        def around(size: int) -> list:
            if size not in seen:
                seen[size] = [_neighbour(doc, i + size - 1, after=True), None, None]
            return seen[size]

        def window(size: int) -> str:
            if around(size)[2] is None:
                around(size)[2] = reader.window(i, i + size - 1)
            return around(size)[2]

        for entry in entries:
            for form, right in entry.forms.items():
                size = form.count(" ") + 1
                if (word if size == 1 else " ".join(map(normalise, texts[i:i + size]))) != form:
                    continue
                after = around(size)[0]
                if not entry.evidence and not entry.may_stand_between(before, after):
                    continue     # the cheapest test first: "de" and "el" are in every Spanish sentence
                start, end = doc.tokens.starts[i], doc.tokens.ends[i + size - 1]
                written = doc.text[start:end]
                # The language next: Spanish "a" (for "ha") is in every English sentence.
                if doc.language_at(start) != entry.language or not self._applies(doc, entry, written, start):
                    continue
                if around(size)[1] is None:
                    around(size)[1] = reader.lowered(i, i + size - 1)
                if (entry.may_decide(around(size)[1], before, after) and entry.decides(window(size))) or (
                        entry.evidence and self._plain_word(doc, written, start)
                        and word_pair_odds(doc, i, size, form, right) >= entry.evidence
                        and not entry.excused(window(size))):
                    message = f'"{written}" here probably means "{right}" ({entry.why})'
                    yield self.report(doc, start, end, message, (match_case(right, written),), ctx)
                    return

    @staticmethod
    def _plain_word(doc, written: str, start: int) -> bool:
        """Word-pair counts are of common words: a capital mid-sentence makes a name (General Council)."""
        return written.islower() or doc.is_sentence_start(start)

    @staticmethod
    def _applies(doc, entry: Confusable, written: str, start: int) -> bool:
        if written.isupper() and len(written) > 1:
            return False          # acronyms: LED lights, ITS
        end = start + len(written)
        if doc.text[start - 1:start] in IDENTIFIER_CHARS or doc.text[end:end + 1] in IDENTIFIER_CHARS:
            return False          # part of a name in code or a path: led_mask, its/
        if entry.lowercase_only and written[:1].isupper():
            return doc.is_sentence_start(start)
        return True


# ----------------------------------------------------------------------------- machinery
# Reading the data file, matching its patterns cheaply, weighing word pairs.


class LazyPattern:
    """A context pattern compiled on first use: a one-file check meets few of the listed words,
    and compiling every pattern up front costs more than the check itself. A pattern read from the
    parse cache comes with its compiled form pickled (see load_confusables): loading that is some
    thirty times cheaper than compiling."""
    __slots__ = ("written", "expanded", "where", "_compiled", "pickled", "_cues", "_neighbours")

    def __init__(self, written: str, expanded: str, where: str, pickled: bytes | None = None,
                 cues: frozenset[str] | None | bool = False):
        self.written, self.expanded, self.where, self._compiled = written, expanded, where, None
        self.pickled = pickled
        self._cues = cues   # False until worked out (the parse cache keeps them)
        self._neighbours: tuple | None = None

    @property
    def neighbours(self) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        if self._neighbours is None:
            self._neighbours = neighbour_words(self.expanded.replace(TOKEN_EDGE, r"\b"))
        return self._neighbours

    def may_match_beside(self, lowered: str, before: str | None, after: str | None) -> bool:
        """may_match, and False too when may_stand_between is."""
        return self.may_stand_between(before, after) and self.may_match(lowered)

    def may_stand_between(self, before: str | None, after: str | None) -> bool:
        """False when the pattern names the words right before or after the suspect and the word
        there (before, after: None when it is not known) is none of them (see neighbour_words)."""
        words_before, words_after = self.neighbours
        if before is not None and words_before is not None and before not in words_before:
            return False
        return after is None or words_after is None or after in words_after

    @property
    def cues(self) -> frozenset[str] | None:
        if self._cues is False:
            self._cues = pattern_cues(self.expanded)
        return self._cues

    def may_match(self, lowered: str) -> bool:
        """False when the pattern cannot match a window whose prose, lowercased, is lowered: every
        match holds one of its cues (see pattern_cues), and lowered holds none."""
        cues = self.cues
        return cues is None or any(map(lowered.__contains__, cues))

    def search(self, text: str):
        if self._compiled is None:
            self._compiled = self._unpickled() or self.compile()
        return self._compiled.search(text)

    def compile(self):
        try:
            return regex.compile(self.expanded)
        except regex.error as exc:
            raise ConfusableDataError(f"{self.where}: bad pattern {self.written!r}: {exc}") from None

    def _unpickled(self):
        if self.pickled is None:
            return None
        import pickle
        try:
            compiled = pickle.loads(self.pickled)
        except Exception:      # a damaged cache costs a compile, never a wrong answer
            return None
        return compiled if getattr(compiled, "pattern", None) == self.expanded else None


def pattern_cues(pattern: str) -> frozenset[str] | None:
    """Runs of letters, one of which is in every window the pattern matches (None: no such runs
    found). A run of letters in a window lies in one of its words, and a window's words are
    its prose's, lowercased; so a window can only match if its prose, lowercased, holds a cue.
    Read with Python's own regex parser: a pattern it cannot read has none, and so has one with a
    brace that is no count, the only syntax of the regex module it would read otherwise (fuzzy
    matching: "(?:sight){e<=1}" needs no "sight")."""
    if _regex_parser is None or NOT_A_COUNT_RE.search(pattern):
        return None
    try:
        parsed = _regex_parser.parse(pattern)
    except Exception:
        return None
    return None if parsed.state.flags & IGNORECASE else _required(parsed)


WORD_GROUP_BEFORE_RE = regex.compile(r"\(\?:((?:[\w' ]+\|)*[\w' ]+)\) @")
PLAIN_WORDS_RE = regex.compile(r"[\w' ]+")
NO_WORD_RE = regex.compile(r"[^\w\\]*|\[[^\]\w]*\]")       # "¶", "$", "[.,;:!?)]": no word can stand there


def neighbour_words(pattern: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The words one of which must stand right before the suspect, and right after it, for the
    pattern to match (None: any; empty: none, only a mark or the end), read from a group next to
    "@" ("(?:para|con) @", "@ (?:dijo|[.,;])") that is outside any other group, in a pattern without
    a top-level "|"."""
    depths = _depths(pattern)
    if depths is None:
        return None, None
    before = after = None
    m = WORD_GROUP_BEFORE_RE.search(pattern)
    if m and depths[m.start()] == 0:
        before = frozenset(words.split()[-1] for words in m.group(1).split("|"))
    at = pattern.find("@ (?:")
    if at >= 0 and depths[at] == 0:
        after = _first_words(_group_at(pattern, at + 2, depths))
    return before, after


def _group_at(pattern: str, start: int, depths: list[int]) -> list[str] | None:
    """The top-level alternatives of the group opening at start, when it is followed by a token
    edge, a space or the end (so that a plain word in it is a whole word)."""
    end = next((n for n in range(start + 1, len(pattern)) if pattern[n] == ")" and depths[n] == depths[start]), None)
    if end is None or not (pattern.startswith("\\b", end + 1) or pattern[end + 1:end + 2] in ("", " ")):
        return None
    alternatives, last = [], start + 3
    for n in range(start + 3, end):
        if pattern[n] == "|" and depths[n] == depths[start] + 1:
            alternatives.append(pattern[last:n])
            last = n + 1
    return alternatives + [pattern[last:end]]


def _first_words(alternatives: list[str] | None) -> frozenset[str] | None:
    """The first word of each alternative; None when one may start with a word it does not spell."""
    if alternatives is None:
        return None
    words = set()
    for alternative in alternatives:
        if PLAIN_WORDS_RE.fullmatch(alternative) and alternative.strip():
            words.add(alternative.split()[0])
        elif not NO_WORD_RE.fullmatch(alternative):
            return None
    return frozenset(words)


def _depths(pattern: str) -> list[int] | None:
    """The group depth at each character of a pattern; None when a "|" stands outside every group
    (then no word is required anywhere)."""
    depths, depth, escaped, in_class = [], 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
        depths.append(depth if char != "(" else depth - 1)
    return depths


def _required(nodes) -> frozenset[str] | None:
    """The most telling set of letter runs one of which every match of a node sequence holds:
    any element's will do, and the one with the longest shortest run rules out most windows."""
    options = [frozenset({run}) for run in _letter_runs(nodes)]
    for op, arg in nodes:
        if op is SUBPATTERN and not arg[1] & IGNORECASE:
            options.append(_required(arg[-1]))
        elif op is BRANCH:
            branches = [_required(branch) for branch in arg[1]]
            options.append(None if None in branches else frozenset().union(*branches))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            options.append(_required(arg[2]))
    return max(filter(None, options), key=lambda runs: (min(map(len, runs)), -len(runs)), default=None)


def _letter_runs(nodes) -> list[str]:
    """The runs of letters that literal characters next to each other spell. Not a sigma: how
    it lowercases depends on the letters around it."""
    spelled = "".join(chr(arg) if op is LITERAL else " " for op, arg in nodes)
    return "".join(c if c.isalpha() and c not in "σς" else " " for c in spelled).split()


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


def parse_entry(raw: dict, macros: dict[str, str], where: str) -> Confusable:
    missing = {"id", "language", "forms", "why"} - raw.keys()
    if missing:
        raise ConfusableDataError(f"{where}: missing {', '.join(sorted(missing))}")
    evidence = raw.get("evidence", DEFAULT_ODDS[raw["language"]])
    if evidence is False or evidence is True or not isinstance(evidence, (int, float)) or evidence < 0:
        raise ConfusableDataError(f"{where}: evidence must be odds of 0 (never) or more, not {evidence!r}")
    if not raw.get("context") and not evidence:
        raise ConfusableDataError(f"{where}: neither a context nor word-pair evidence can decide it")
    forms = {" ".join(k.lower().split()): v for k, v in raw["forms"].items()}
    return Confusable(
        id=raw["id"], language=raw["language"], forms=forms, why=raw["why"],
        context=_patterns(raw.get("context"), macros, where, need_target=True),
        unless=_patterns(raw.get("unless"), macros, where, need_target=False),
        lowercase_only=raw.get("lowercase_only", False),
        evidence=float(evidence),
    )


def load_raw(path: Path = DATA_FILE) -> dict:
    return _parse_toml(path.read_bytes())


def _parse_toml(content: bytes) -> dict:
    import tomllib
    return tomllib.loads(content.decode())


@lru_cache(maxsize=4)
def load_confusables(path: Path = DATA_FILE) -> dict[str, list[Confusable]]:
    """Entries keyed by each spelling of the first word of a wrong form, compiled once per process.

    Parsing the TOML and compiling the patterns cost more than a one-file check, so the entries
    of a data file that validated, with every pattern compiled, are kept in the user cache (see
    _ParseCache) and later runs only read them back.
    """
    content = path.read_bytes()
    cache = _ParseCache(path, content)
    index = cache.read()
    if index is None:
        index = _build_index(_parse_toml(content), path)
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


CACHE_FORMAT = 2


class _ParseCache:
    """load_confusables' result for one data file, as plain tuples and dicts (marshal) in the user
    cache folder, each pattern with its compiled form pickled (regex pickles the compiled code, not
    the source) and each context pattern with its cues. The file is named after the data file's
    path and holds a key: the data file's size, modification time and checksum, this module's size
    and modification time, the xlate, regex and Python versions. A stale, damaged or unreadable cache is rebuilt; one that cannot be
    written only costs speed. A data file whose patterns do not all compile is never cached, so its
    errors show up as they always did.
    """

    def __init__(self, path: Path, content: bytes):
        from xlate.infra.cachefile import cache_dir
        self.file: Path | None = None
        try:
            stat, code = path.stat(), Path(__file__).stat()
            self.key = (CACHE_FORMAT, str(path.resolve()), stat.st_size, stat.st_mtime_ns, crc32(content),
                        code.st_size, code.st_mtime_ns, __version__, regex.__version__, sys.version)
            self.file = cache_dir() / f"confusables-{crc32(os.fsencode(self.key[1])):08x}.marshal"
        except OSError:
            pass               # no cache then

    def read(self) -> dict[str, list[Confusable]] | None:
        if self.file is None:
            return None
        try:
            checksum, payload = read_keyed(self.file, self.key)
            if crc32(payload) != checksum:
                return None
            entries, buckets = marshal.loads(payload)
            objects = [Confusable(id, language, forms, why, _lazy(context), _lazy(unless), lowercase_only, evidence)
                       for id, language, forms, why, context, unless, lowercase_only, evidence in entries]
            return {word: [objects[n] for n in numbers] for word, numbers in buckets.items()}
        except Exception:      # missing, stale or damaged: parse the data file instead
            return None

    def write(self, index: dict[str, list[Confusable]]) -> None:
        if self.file is None:
            return
        import pickle
        numbers: dict[int, int] = {}
        entries = []
        for bucket in index.values():
            for entry in bucket:
                if id(entry) not in numbers:
                    numbers[id(entry)] = len(entries)
                    entries.append(entry)
        try:
            for entry in entries:
                for pattern in entry.context + entry.unless:
                    pattern._compiled = pattern.compile()
                    pattern.pickled = pickle.dumps(pattern._compiled, protocol=4)
                for pattern in entry.context:
                    pattern._cues = pattern_cues(pattern.expanded)
        except Exception:      # a bad pattern is left to fail where it is used, as without a cache
            return
        plain = ([(e.id, e.language, e.forms, e.why, _plain(e.context), _plain(e.unless), e.lowercase_only,
                   e.evidence)
                  for e in entries],
                 {word: tuple(numbers[id(e)] for e in bucket) for word, bucket in index.items()})
        try:
            payload = marshal.dumps(plain)
        except ValueError:
            return
        write_keyed(self.file, self.key, (crc32(payload), payload))


def _plain(patterns: tuple[LazyPattern, ...]) -> tuple:
    return tuple((p.written, p.expanded, p.where, p.pickled, p._cues) for p in patterns)


def _lazy(patterns: tuple) -> tuple[LazyPattern, ...]:
    return tuple(LazyPattern(*p) for p in patterns)


def spellings(word: str) -> set[str]:
    """How a lowercase word may be written in running text: capitalised, with a curly apostrophe."""
    curly = word.replace("'", "’")
    return {word, word[:1].upper() + word[1:], curly, curly[:1].upper() + curly[1:]}


def normalise(word: str) -> str:
    return word.lower().replace("’", "'")


class ContextReader:
    """Tokens around a word of a document, as the space-joined string patterns are matched against.

    The words are the document's own (Document.tokens reads them with the same pattern), so only
    the gaps between them are read with CONTEXT_TOKEN_RE: most gaps are one space, and the gaps a
    text repeats (", ", ".\\n\\n") are read once (gap_tokens). This gives the tokens a regex over the
    whole slice would, a third cheaper per window."""

    def __init__(self, doc):
        self.prose = doc.prose
        self.text = doc.text
        self.tokens = doc.tokens

    def context_tokens(self, start: int, end: int) -> list[str]:
        """The tokens of prose[start:end], a slice that starts and ends at word edges."""
        tokens = self.tokens
        lo, hi = tokens.between(start, end)
        if lo == hi:
            return list(gap_tokens(self.masked(start, end), followed_by_word=False))
        starts, ends = tokens.starts, tokens.ends
        if self.prose[start:end] == self.text[start:end]:
            inner = tokens.gaps[lo:hi - 1]
        else:
            inner = list(map(self.masked, ends[lo:hi - 1], starts[lo + 1:hi]))
        found: list[str] = []
        for word, gap in zip(tokens.texts[lo:hi], [self.masked(start, starts[lo]), *inner]):
            if gap and gap != " ":
                found += gap_tokens(gap, followed_by_word=True)
            found.append(normalise(word))
        tail = self.masked(ends[hi - 1], end)
        if tail:   # the slice ends here, so a glued mark at its end is a mark
            found += gap_tokens(tail, followed_by_word=False)
        return found

    def masked(self, start: int, end: int) -> str:
        """prose[start:end], where masked non-prose (code, a URL) shows as "_" rather than vanishing."""
        prose = self.prose[start:end]
        text = self.text[start:end]
        if prose != text:
            prose = "".join("_" if p != t and not t.isspace() else p for p, t in zip(prose, text))
        return prose

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Where the window of words[first..last] lies in the prose."""
        starts, ends = self.tokens.starts, self.tokens.ends
        start = starts[first - WINDOW] if first >= WINDOW else 0
        end = ends[last + WINDOW] if last + WINDOW < len(ends) else len(self.prose)
        return start, end

    def lowered(self, first: int, last: int) -> str:
        """The prose of the window of words[first..last], lowercased (see LazyPattern.may_match)."""
        start, end = self.span(first, last)
        return self.prose[start:end].lower()

    def window(self, first: int, last: int) -> str:
        """Context string for words[first..last] (the suspect, written as TARGET) and WINDOW words each side."""
        starts, ends = self.tokens.starts, self.tokens.ends
        start, end = self.span(first, last)
        left = self.context_tokens(start, starts[first])
        right = self.context_tokens(ends[last], end)
        return " ".join(left + [TARGET] + right)


@lru_cache(maxsize=4096)
def gap_tokens(gap: str, followed_by_word: bool) -> tuple[str, ...]:
    """The tokens of a stretch of prose without letters. A glued mark right before a word is
    dropped, as CONTEXT_TOKEN_RE drops it when it reads on into the word."""
    if followed_by_word and gap and gap[-1] in GLUED_MARKS:
        gap = gap[:-1]
    return tuple("#" if number else "¶" if blank_line else "_" if masked else mark
                 for _, number, blank_line, masked, mark in CONTEXT_TOKEN_RE.findall(gap))


class Screen(NamedTuple):
    before: frozenset[str]       # a word one of the patterns wants right before the suspect
    after: frozenset[str]        # ... or right after it
    all_before: bool             # every pattern names the word before
    all_after: bool              # every pattern names the word after


@lru_cache(maxsize=1024)
def neighbour_screen(word: str) -> Screen | None:
    """What must stand next to word (as written) for any of the shipped entries to report it (see
    neighbour_words; a form of several words names the word after its first); None when nothing
    must: an entry weighs word pairs, or has a pattern that names neither neighbour. Most "el"
    and "se" of a Spanish text are left after two set look-ups."""
    before: set[str] = set()
    after: set[str] = set()
    all_before = all_after = True
    for entry in load_confusables()[word]:
        if entry.evidence:
            return None
        several = {form.split()[1] for form in entry.forms if " " in form}   # "a ver": "ver" is next
        after |= several
        all_before = all_before and not several
        if all(" " in form for form in entry.forms):
            continue
        for pattern in entry.context:
            words_before, words_after = pattern.neighbours
            if words_before is None and words_after is None:
                return None
            before |= words_before or frozenset()
            after |= words_after or frozenset()
            all_before = all_before and words_before is not None
            all_after = all_after and words_after is not None
    return Screen(frozenset(before), frozenset(after), all_before, all_after)


def _screened_out(doc, i: int, screen: Screen) -> bool:
    """No pattern the screen sums up can match word i, by the words on either side of it."""
    before, after = _neighbour(doc, i - 1), _neighbour(doc, i, after=True)
    before_fails = (before not in screen.before) if before is not None else _after_a_mark(doc, i)
    after_fails = after is not None and after not in screen.after
    return (before_fails and after_fails) or (before_fails and screen.all_before) or (after_fails and screen.all_after)


def _after_a_mark(doc, i: int) -> bool:
    """Word i starts the text, or a mark that is a token of its own stands right before it
    (". El", "(el"): then no word does."""
    if i == 0:
        return doc.tokens.starts[0] == 0 or not doc.text[:doc.tokens.starts[0]].strip()
    gap = doc.text[doc.tokens.ends[i - 1]:doc.tokens.starts[i]]
    return gap == doc.prose[doc.tokens.ends[i - 1]:doc.tokens.starts[i]] and gap[-1:] == " " \
        and gap.rstrip()[-1:] != "" and gap.rstrip()[-1] in "!?¡¿()\"“”«».;:,"


def word_pair_odds(doc, i: int, size: int, form: str, right: str) -> float:
    """How many times likelier published English puts right than form (words[i:i + size]) between
    the words on either side (xlate/spelling/word_pairs.py); 0 when the counts cannot tell."""
    left, following = _neighbour(doc, i - 1), _neighbour(doc, i + size - 1, after=True)
    if left is None or following is None:
        return 0.0      # no evidence at a sentence's edge or next to a mark (see PairCounts)
    return _odds(left, form, right, following)


@lru_cache(maxsize=8192)
def _odds(left: str, form: str, right: str, following: str) -> float:
    return pair_counts().odds(left, form, right, following) or 0.0


def _neighbour(doc, n: int, after: bool = False) -> str | None:
    """The word before word n + 1 (or, after, the word after word n) when one plain space parts
    them: a mark, a line break or masked code between them ends the evidence."""
    tokens = doc.tokens
    if not 0 <= n < len(tokens.gaps) or tokens.gaps[n] != " " or doc.text[tokens.ends[n]] != " ":
        return None
    return normalise(tokens.texts[n + 1 if after else n])

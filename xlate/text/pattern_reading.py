"""What the source of a regular expression says about every text it matches, read without running it.

- pattern_cues: runs of letters one of which every match holds, so a window whose lowercased text
  holds none cannot match (a substring test instead of a regex search).
- neighbour_words: in a pattern where "@" marks the word under study, the words one of which must
  stand right before it, and right after it; after it, a word class (WordClass) when the pattern
  names the next word by its shape ("@ \\w+(?:ado|ido)\\b": a participle) rather than by spelling.

XL401 (xlate/rules/confusable.py) uses both to rule out most suspects before building their context.
"""

from __future__ import annotations

from re import IGNORECASE

import regex

from xlate.infra import patterns

try:   # Python's own regex parser has no public interface (re._parser from 3.11): without it, no cues
    from re import _parser as _regex_parser
    from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN
except ImportError:   # pragma: no cover - a Python that renamed them
    _regex_parser = None

NOT_A_COUNT_RE = patterns.compile(r"\{(?!\d*,?\d*\})")   # a brace that does not start {m}, {m,n}, {,n}, {m,}


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


WORD_GROUP_BEFORE_RE = patterns.compile(r"\(\?:((?:[\w' ]+\|)*[\w' ]+)\) @")
PLAIN_WORDS_RE = patterns.compile(r"[\w' ]+")
NO_WORD_RE = patterns.compile(r"[^\w\\]*|\[[^\]\w]*\]")       # "¶", "$", "[.,;:!?)]": no word can stand there


class WordClass(frozenset):
    """Words, the shapes of words (one pattern for a single word, such as "\\w+(?:ado|ido)") and
    word classes of a lexicon (lexicon: (language, class mask, mask of classes excluded) triples, see
    xlate/text/word_classes.py) any other member matches whole or belongs to: "in" tests all."""

    def __new__(cls, words=(), shapes: str | None = None, lexicon: tuple[tuple[str, int, int], ...] = ()):
        self = super().__new__(cls, words)
        # patterns.compile: a shape is shipped data, and the regex module's compile of one costs up to 20 ms
        self.shapes = patterns.compile(shapes.replace(r"\b", WORD_EDGE)) if shapes else None
        self.shaped: dict[str, bool] = {}   # the verdicts on words tried against the shapes: a text repeats its words
        self.lexicon = lexicon
        self.tables: list[tuple[dict[str, int], int, int]] | None = None   # the lexicon's, read on first use
        return self

    def __contains__(self, word) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if self.shapes is None and not self.lexicon:
            return False
        shaped = self.shaped.get(word)
        if shaped is None:
            if len(self.shaped) > 100_000:
                self.shaped.clear()
            shaped = self.shaped[word] = self._in_lexicon(word) or (
                self.shapes is not None and self.shapes.fullmatch(word) is not None)
        return shaped

    def _in_lexicon(self, word: str) -> bool:
        if not self.lexicon:
            return False
        if self.tables is None:
            from xlate.text.word_classes import lexicon
            self.tables = [(lexicon(language, mask | unless), mask, unless) for language, mask, unless in self.lexicon]
        return any(table.get(word, 0) & mask and not table.get(word, 0) & unless for table, mask, unless in self.tables)

    def __repr__(self) -> str:
        return f"WordClass({set(self)!r}, {self.shapes.pattern if self.shapes else None!r}, {self.lexicon!r})"


# A token edge as the context patterns mean \b (xlate/rules/confusable_data.py: apostrophes and hyphens
# belong to words), so a shape tried on one word alone reads its ends as the pattern does in a window.
WORD_EDGE = r"(?:(?<![\w'@#-])(?=[\w'@#-])|(?<=[\w'@#-])(?![\w'@#-]))"
# What a shape may not hold: a space or what can match one, or a look back past the word's start.
NOT_ONE_WORD_RE = patterns.compile(r"\s| |\\[sSWDB]|\.|\[\^|^\(\?<")


def neighbour_words(pattern: str) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The words one of which must stand right before the suspect, and right after it, for the
    pattern to match (None: any; empty: none, only a mark or the end), read from a group next to
    "@" ("(?:para|con) @", "@ (?:dijo|[.,;])") that is outside any other group, in a pattern without
    a top-level "|". After the suspect, alternatives that name one word by its shape, and a shape
    standing there alone ("@ \\w+(?:ado|ido)\\b"), make the words a WordClass."""
    depths = _depths(pattern)
    if depths is None:
        return None, None
    before = after = None
    m = WORD_GROUP_BEFORE_RE.search(pattern)
    if m and depths[m.start()] == 0:
        before = frozenset(words.split()[-1] for words in m.group(1).split("|"))
    at = pattern.find("@ ")
    if at >= 0 and depths[at] == 0:
        if pattern.startswith("(?:", at + 2):
            after = _first_words(_group_at(pattern, at + 2, depths))
        if after is None:
            after = _shape_after(pattern, at + 2, depths)
    return before, after


def _shape_after(pattern: str, start: int, depths: list[int]) -> WordClass | None:
    """The word class of what stands from start (right after "@ ") to the next space outside any
    group, when that is one word's pattern that ends at a word's end: a token edge, a space."""
    end = next((n for n in range(start, len(pattern)) if pattern[n] == " " and depths[n] == 0), None)
    shape = pattern[start:end]
    if not shape or NOT_ONE_WORD_RE.search(shape) or (end is None and not shape.endswith("\\b")):
        return None
    try:
        return WordClass((), shape)
    except regex.error:
        return None


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
    """The first word of each alternative, and the shape of those that are one word's pattern
    ("\\w{3,}ó": a WordClass); None when one may start with a word it neither spells nor shapes."""
    if alternatives is None:
        return None
    words, shapes = set(), []
    for alternative in alternatives:
        if PLAIN_WORDS_RE.fullmatch(alternative) and alternative.strip():
            words.add(alternative.split()[0])
        elif NO_WORD_RE.fullmatch(alternative):
            if _matches_number(alternative):
                words.add("#")      # a number in the window: "@ (?:#|mayo)"
        else:
            if NOT_ONE_WORD_RE.search(alternative):
                return None
            shapes.append(alternative)
    if not shapes:
        return frozenset(words)
    try:
        return WordClass(words, "|".join(f"(?:{shape})" for shape in shapes))
    except regex.error:
        return None


def _matches_number(alternative: str) -> bool:
    """The alternative, a pattern for no word, matches "#" (a number in the context string)."""
    try:
        return regex.fullmatch(alternative, "#") is not None
    except regex.error:
        return True


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

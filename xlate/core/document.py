"""Reading a file into a Document: prose with exact line/column mapping.

Non-prose (front matter, code, URLs, HTML comments and tags) is blanked out in
``prose`` character for character, so an offset in ``prose`` is an offset in
``text`` and every finding maps back to the file exactly.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, compress, groupby
from operator import attrgetter
from pathlib import Path
from typing import Any, Iterator, NamedTuple

import regex

from xlate.core.finding import Finding, Span
from xlate.formats import DEFAULT_MAX_BYTES, FileMap, ReadError, format_for, input_format, read_bytes
from xlate.infra import patterns
from xlate.text.language import RunningScores, decide, language_scores

WORD_PATTERN = r"\p{L}[\p{L}\p{M}\p{Nd}]*(?:['’\-]\p{L}[\p{L}\p{M}\p{Nd}]*)*"
WORD_RE = patterns.compile(WORD_PATTERN)
_WORD_SPLIT_RE = patterns.compile(f"({WORD_PATTERN})")
# The standard library's re splits text into words faster than regex. On the characters of _LATIN,
# Latin script with its punctuation and currency signs, the two patterns agree (tested character by
# character): \p{L} is re's [^\W\d_], [\p{L}\p{M}\p{Nd}] its [^\W_]. Other text takes regex's path.
# Possessive (*+): a word never gives letters back, so the engine keeps no states to backtrack to.
_LATIN = "\x00-\xb1\xb4-\xb8\xba\xbb\xbf-\u024f\u2000-\u206f\u20a0-\u20cf"   # not ², ¹, ¼, ⁴, ₂...
_BEYOND_LATIN_RE = re.compile(f"[^{_LATIN}]")
_LATIN_WORD_SPLIT_RE = re.compile(r"([^\W\d_][^\W_]*+(?:['’\-][^\W\d_][^\W_]*+)*+)")
PARAGRAPH_BREAK_RE = patterns.compile(r"\n[ \t\r]*\n|\n(?=[ \t]*(?:[-*+•]|\d+[.)])\s)")
_GAP_LETTER = bytes.maketrans(b"\0\1", b"| ")   # from "the gap is one space" (False, True)
# Matched at each line start: "[^\S\n]" is a space that does not end the line.
_CAPITALS_LINE_RE = patterns.compile(r"(?=[^\p{Ll}\n]*?\p{Lu})[^\p{Ll}\n]*+(?=\n|\Z)")   # no lowercase letter
_DATELINE_PLACE_RE = patterns.compile(r"(?:[\p{Lu}.]|[^\S\n])+(?=,|[^\S\n]\()")   # "CULIACÁN, Mexico —", "LIMA (AP) —"
SENTENCE_END = set(".!?…:;()[]|•·#>")

class Word(NamedTuple):
    start: int
    end: int
    text: str


_FEW_WANTED = 2   # up to this many words, indices_of scans for each in turn (list.index)


class Tokens:
    """The words of a text as three parallel lists (start, end, text), built by C-level splitting:
    the hot checks look at distinct words and a few positions, never at one object per word."""
    __slots__ = ("starts", "ends", "texts", "gaps", "_gap_letters", "_distinct")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str], gaps: list[str]):
        self.starts, self.ends, self.texts = starts, ends, texts
        self.gaps = gaps   # gaps[i]: the text between word i and word i + 1
        self._gap_letters: bytes | None = None
        self._distinct: frozenset[str] | None = None

    @classmethod
    def of(cls, text: str, splitter: regex.Pattern | None = None) -> "Tokens":
        """The words of text, or the matches of another splitter: a pattern in one capturing group."""
        if splitter is None:
            splitter = _WORD_SPLIT_RE if _BEYOND_LATIN_RE.search(text) else _LATIN_WORD_SPLIT_RE
        parts = splitter.split(text)   # separator, word, separator, word, ..., separator
        offsets = list(accumulate(map(len, parts), initial=0))
        return cls(offsets[1:-1:2], offsets[2::2], parts[1::2], parts[2:-1:2])

    def __len__(self) -> int:
        return len(self.texts)

    @property
    def distinct(self) -> frozenset[str]:
        """The distinct words (Document.distinct_words), made once for every check that asks."""
        if self._distinct is None:
            self._distinct = frozenset(self.texts)
        return self._distinct

    def between(self, start: int, end: int) -> tuple[int, int]:
        """Index range [lo, hi) of the words wholly inside [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        while hi > lo and self.ends[hi - 1] > end:
            hi -= 1
        return lo, hi

    def shape(self, letters: dict[str, str]) -> str:
        """The words as letters[word] (one ASCII letter each), interleaved with a letter per gap
        (" " for one space, "|" for anything else), so word i is at 2 * i: checks find runs of words
        with a regex over this string instead of a Python loop over the words."""
        if self._gap_letters is None:
            self._gap_letters = bytes(map(" ".__eq__, self.gaps)).translate(_GAP_LETTER)
        words = "".join(map(letters.__getitem__, self.texts)).encode()
        shape = bytearray(len(words) + len(self._gap_letters))
        shape[0::2], shape[1::2] = words, self._gap_letters   # interleaved in C
        return shape.decode("ascii")

    def indices_of(self, wanted, lo: int = 0, hi: int | None = None) -> list[int]:
        """Indices of the words whose text is in the set wanted, in order."""
        texts = self.texts
        hi = len(texts) if hi is None else hi
        if len(wanted) > _FEW_WANTED:
            return list(compress(range(lo, hi), map(wanted.__contains__, texts[lo:hi])))
        found = []   # a few words (a check's suspects, most often): list.index compares in C, no call per word
        for word in wanted:
            i = lo
            try:
                while True:
                    i = texts.index(word, i, hi)
                    found.append(i)
                    i += 1
            except ValueError:
                pass
        return sorted(found) if len(wanted) > 1 else found


class Paragraph(NamedTuple):
    start: int
    end: int
    language: str


@dataclass(slots=True)
class Analyses:
    """What checks work out once per document and share: the one list of them, each filled by the
    function named beside it on first use (None: not yet). A misspelt name is an AttributeError, not
    a second copy under another key."""
    paragraph_starts: list[int] | None = None                   # Document.paragraph_index
    name_shape: str | None = None                               # text/names.py: one letter per word
    name_phrases: dict = field(default_factory=dict)            # text/names.py: min words -> (phrases, starts)
    capitalised_mid_sentence: frozenset[str] | None = None      # spelling/words.py: the document's names
    key_tokens: tuple | None = None                             # rules/context.py: (token version, tokens)
    terms: list | None = None                                   # rules/context.py term_matches: glossary terms
    usages: list | None = None                                  # rules/usage.py: how each term is used
    listed_spans: Any = None                                    # rules/usage.py: where the terms are (Spans)
    calques: list | None = None                                 # rules/calque.py: XL103's, for XL701 too
    mirror_shape: str | None = None                             # rules/mirror_words.py: one letter per word
    mirror_seeds: list[int] | None = None                       # rules/mirror_words.py
    paragraph_numbers: dict = field(default_factory=dict)       # rules/pair_number.py: (start, end) -> what it states
    fact_ledger: Any = None                                     # rules/facts/ledger.py document_ledger
    fact_figures: list | None = None                            # rules/facts/figures.py document_figures
    fact_events: frozenset | None = None                        # rules/facts/referents.py _event_words
    fact_topic: str | None = None                               # rules/facts/referents.py story_topic
    fact_body: str | None = None                                # rules/facts/referents.py story_body
    fact_datelines: list | None = None                          # rules/facts/mentions.py _datelines
    fact_readings: Any = None                                   # rules/facts/ledger.py _FigureReadings


@dataclass
class Document:
    """One file's text as read, its prose (what its input format says is prose) and what the rules
    derive from it once and share (derived)."""
    path: str
    text: str
    format: str = "text"   # the name of its input format (xlate.formats), which says what is prose
    language_hint: str | None = None
    bom: bool = False
    prose: str = field(init=False)
    derived: Analyses = field(default_factory=Analyses, repr=False, compare=False)  # shared by rules
    # Where the text stands in the file when not line for line and column for column (an HTML page's
    # decoded entities, a .docx's headers and footnotes): None for most (formats/__init__.py)
    file_map: FileMap | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.prose = input_format(self.format).prose(self.text)

    @classmethod
    def from_path(cls, path: Path, display: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> "Document":
        name = display or str(path)
        text, bom, file_map = format_for(path).decode(read_bytes(path, max_bytes), name, max_bytes)
        return cls.from_text(name, text, bom, kind_of=path, file_map=file_map)

    @classmethod
    def from_text(cls, name: str, text: str, bom: bool = False, kind_of: Path | None = None,
                  file_map: FileMap | None = None) -> "Document":
        """A document for a file's text as written, from the file or from memory (the Python API, an
        editor's buffer), read the one way: the file name (kind_of, else name) says its input format
        (Markdown, HTML...), which reads the text (an HTML page's entities decoded) and, NAME.es.md,
        its language."""
        kind_of = kind_of or Path(name)
        fmt = format_for(kind_of)
        try:
            text, read_map = fmt.read(text)
        except ReadError as exc:   # a segment file translating into French (formats/segments.py): name it
            raise ReadError(name, exc.reason, exc.damaged) from None
        return cls(name, text, format=fmt.name, bom=bom, file_map=file_map or read_map,
                   language_hint=language_from_name(kind_of.name) or fmt.declared_language(text))

    def copy(self) -> "Document":
        """The same document with nothing worked out yet (its own derived results: for another thread)."""
        return Document(self.path, self.text, format=self.format, language_hint=self.language_hint, bom=self.bom,
                        file_map=self.file_map)

    # -- positions -------------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset, in the file."""
        return file_position(self.line_starts, self.file_map, offset)

    def positions(self) -> "Positions":
        """What locates this document's offsets in its file once the document is gone (XL104)."""
        starts, units = self.segments.located() if self.segments else ((), ())
        return Positions(array("I", self.line_starts), self.file_map, tuple(starts),
                         tuple((unit.id, unit.state) for unit in units))

    def text_line(self, line: int, unit: str = "") -> int:
        """The line of the text that a finding's line names: the same but in a file read in parts,
        where a part's lines count from 1 (a .docx's footnotes, the finding's unit)."""
        return self.file_map.text_line(line, unit) if self.file_map is not None and self.file_map.parts else line

    def offset_of(self, line: int, column: int, unit: str = "") -> int:
        """The code-point offset in the text of a 1-based line and column of the file (a finding's,
        an editor's): the inverse of position, through the FileMap (an HTML page's entities, a
        .docx's parts, unit being the part's name)."""
        line = min(max(self.text_line(line, unit), 1), len(self.line_starts))
        if self.file_map is not None:
            column = self.file_map.text_column(line, column)
        return self.line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.text.find("\n", start)
        return self.text[start:] if end == -1 else self.text[start:end].rstrip("\r")

    def span(self, start: int, end: int) -> Span:
        return Span(self.path, *self.position(start), *self.position(end), self.text[start:end], *self._where(start))

    def finding(self, start: int, end: int, *, code: str, kind: str, severity: str, message: str,
                suggestions: tuple[str, ...] | list[str] = ()) -> Finding:
        line, col = self.position(start)
        end_line, end_col = self.position(end)
        return Finding(self.path, line, col, end_line, end_col, code, kind, severity, message,
                       self.text[start:end], tuple(suggestions), *self._where(start))

    @cached_property
    def segments(self):
        """A bilingual file's translation units (xlate/formats/segments.py), else None."""
        return input_format(self.format).units(self.text)

    def unit_at(self, offset: int) -> str:
        """The id of the translation unit holding offset, in a bilingual file; the part holding it
        in a file read in parts (a .docx's header1, footnotes); else ""."""
        return self._where(offset)[0]

    def _where(self, offset: int) -> tuple[str, str]:
        """(unit_at(offset), the unit's state as the file gives it: fuzzy, needs-review-translation...)."""
        if self.file_map is not None and self.file_map.parts:
            return self.file_map.part(bisect.bisect_right(self.line_starts, offset)), ""
        unit = self.segments.unit_at(offset) if self.segments else None
        return (unit.id, unit.state) if unit else ("", "")

    # -- words, paragraphs, language ----------------------------------------------
    @cached_property
    def tokens(self) -> "Tokens":
        return Tokens.of(self.prose)

    @cached_property
    def distinct_words(self) -> frozenset[str]:
        return self.tokens.distinct

    def paragraph_hits(self, wanted) -> Iterator[tuple["Paragraph", list[int]]]:
        """Each paragraph holding a word in the set wanted, with the indices of those words."""
        tokens = self.tokens
        for paragraph in self.paragraphs:
            found = tokens.indices_of(wanted, *tokens.between(paragraph.start, paragraph.end))
            if found:
                yield paragraph, found

    @cached_property
    def words(self) -> list[Word]:
        return self.words_between(0, len(self.prose))

    def words_between(self, start: int, end: int) -> list[Word]:
        """The words inside [start, end), found by bisection rather than a scan of every word."""
        tokens = self.tokens
        lo, hi = tokens.between(start, end)
        return [Word(*w) for w in zip(tokens.starts[lo:hi], tokens.ends[lo:hi], tokens.texts[lo:hi])]

    @cached_property
    def language(self) -> str:
        return self.language_hint or decide(*self._language_scores(0, len(self.prose))) or "en"

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        spans = input_format(self.format).paragraph_spans(self.text, self.prose)
        if spans is not None:   # the format knows them: a .docx's paragraphs, an XLIFF file's units
            return [self._paragraph(*span) for span in spans if self.prose[span[0]:span[1]].strip()]
        paragraphs, start = [], 0
        for m in PARAGRAPH_BREAK_RE.finditer(self.prose):
            if self.prose[start:m.start()].strip():
                paragraphs.append(self._paragraph(start, m.start()))
            start = m.end()
        if self.prose[start:].strip():
            paragraphs.append(self._paragraph(start, len(self.prose)))
        return paragraphs

    def _paragraph(self, start: int, end: int, declared: str | None = None) -> Paragraph:
        """The paragraph with its language: the one the file declares for it (an HTML element's lang),
        else the document's hint (NAME.es.md, <html lang="es">), else what its words say."""
        if declared:
            return Paragraph(start, end, declared)
        if self.language_hint:
            return Paragraph(start, end, self.language_hint)
        return Paragraph(start, end, decide(*self._language_scores(start, end)) or self.language)

    @cached_property
    def _running_scores(self) -> RunningScores | None:
        """Function words over runs of words; None if the prose holds "İ", which they cannot score."""
        return None if "İ" in self.prose else RunningScores(self.tokens.texts, self.distinct_words)

    def _language_scores(self, start: int, end: int) -> tuple[int, int]:
        """language_scores(prose[start:end]) of a span that does not cut a word."""
        if self._running_scores is None:
            return language_scores(self.prose[start:end])
        return self._running_scores.of(*self.tokens.between(start, end))

    def paragraph_index(self, offset: int) -> int:
        """Index of the last paragraph starting at or before offset (-1 if none does)."""
        if self.derived.paragraph_starts is None:
            self.derived.paragraph_starts = [p.start for p in self.paragraphs]
        return bisect.bisect_right(self.derived.paragraph_starts, offset) - 1

    def language_at(self, offset: int) -> str:
        i = self.paragraph_index(offset)
        return self.paragraphs[i].language if i >= 0 and offset < self.paragraphs[i].end else self.language

    def stretches(self) -> Iterator[tuple[str, int, int]]:
        """(language, start, end) of each run of consecutive paragraphs in one language: a name or a
        sentence never crosses a paragraph break, so a check may read a whole stretch at once."""
        for language, group in groupby(self.paragraphs, key=attrgetter("language")):
            group = list(group)
            yield language, group[0].start, group[-1].end

    def in_capitals(self, offset: int) -> bool:
        """Inside an ALL-CAPS heading, or the capitalised place name of a dateline ("CULIACÁN, Mexico —")."""
        starts, ends = self.capital_spans
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]

    @cached_property
    def capital_spans(self) -> tuple[list[int], list[int]]:
        """(starts, ends) of the text in capitals, one span per line at most: the whole line of a
        heading, else the place name of a dateline."""
        starts, ends, text = [], [], self.text
        for start in self.line_starts:   # a match at each line start, not a search of the text: far cheaper
            second = text[start + 1:start + 2]
            if second.isalpha() and not second.isupper():   # "The ...": neither a heading nor a dateline
                continue
            end = _capitals_end(text, start)
            if end:
                starts.append(start)
                ends.append(end)
        return starts, ends

    def is_sentence_start(self, offset: int) -> bool:
        """True when only punctuation, quotes or list markers stand between the previous sentence and offset."""
        i = offset - 1
        while i >= 0:
            c = self.prose[i]
            if c == "\n":
                return True
            if c.isspace() or c in "\"“”‘’'«»¿¡*_-–—":
                i -= 1
                continue
            return c in SENTENCE_END
        return True


def file_position(line_starts, file_map: FileMap | None, offset: int) -> tuple[int, int]:
    """1-based (line, column) in the file of an offset of a text with those line starts."""
    line = bisect.bisect_right(line_starts, offset)
    column = offset - line_starts[line - 1] + 1
    return file_map.position(line, column) if file_map is not None else (line, column)


class Positions(NamedTuple):
    """A document's line starts (an array: small to keep and to send between processes), its
    FileMap and, in a bilingual file, where its units start with their (id, state): where its offsets
    are in the file, and in which unit or part."""
    line_starts: array
    file_map: FileMap | None
    unit_starts: tuple[int, ...] = ()
    units: tuple[tuple[str, str], ...] = ()

    def span(self, path: str, start: int, end: int, text: str) -> Span:
        return Span(path, *file_position(self.line_starts, self.file_map, start),
                    *file_position(self.line_starts, self.file_map, end), text, *self._where(start))

    def _where(self, offset: int) -> tuple[str, str]:
        """(unit or part, state), as Document.unit_at says it."""
        if self.file_map is not None and self.file_map.parts:
            return self.file_map.part(bisect.bisect_right(self.line_starts, offset)), ""
        i = bisect.bisect_right(self.unit_starts, offset) - 1
        return self.units[i] if i >= 0 else ("", "")


def _capitals_end(text: str, start: int) -> int:
    """Where the capitals that open the line at start end: past the line for an ALL-CAPS heading,
    after the place name for a dateline; 0 if the line does not open in capitals."""
    line = _CAPITALS_LINE_RE.match(text, start)
    if line and _is_heading(line.group()):
        return line.end() + 1
    place = _DATELINE_PLACE_RE.match(text, start)
    return place.end() if place else 0


def _is_heading(line: str) -> bool:
    """A line without lowercase letters is an ALL-CAPS heading when it has enough letters."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 8 and all(c.isupper() for c in letters)


def language_from_name(name: str) -> str | None:
    """Hugo-style NAME.es.md / NAME.en.md names the language."""
    parts = name.lower().split(".")
    if len(parts) >= 3 and parts[-2] in ("es", "en"):
        return parts[-2]
    return None

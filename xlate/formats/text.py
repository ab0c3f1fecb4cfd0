"""Plain text: UTF-8 (with or without a byte-order mark), where code fences, front matter, URLs,
e-mail addresses, HTML comments and tags are not prose.

Non-prose is blanked out character for character (line breaks kept), so an offset in the prose is
an offset in the text and every finding maps back to the file exactly.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from xlate.infra import patterns

from xlate.formats import DEFAULT_MAX_BYTES, ReadError, undecodable_at

WRITABLE = True   # the text is the file's own: --fix may write a fixed text back

_FRONT_MATTER_RE = patterns.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)", regex.S)
_FENCE = (r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", regex.S | regex.M)
_INDENTED_CODE = (r"(?:(?<=\A)|(?<=\n[ \t]*\n))(?:(?: {4}|\t)[^\n]*(?:\n|\Z))+", 0)
# Each pattern with a substring every match contains: most files hold no code, tags or URLs, and a
# substring test is far cheaper than a regex scan (or, in a one-file check, than compiling the regex).
_MASKS = [
    ("<!--", r"<!--.*?(?:-->|\Z)", regex.S),                 # HTML comments
    ("`", "inline code", 0),   # code_spans(), not a regex: the regex was quadratic in a run of backticks
    # Destinations, titles, labels and addresses are bounded (possessive, CommonMark's 999-character
    # labels) and a destination holds no bracket (a URL percent-encodes them): unbounded, each "](" or
    # "@" of a long run was scanned to the run's end, quadratic in the run ("[a](" repeated).
    ("](", r"\]\([^)\s\[\]]{0,2048}+(?:\s+\"[^\"\n]{0,2048}+\")?\)", 0),     # link targets, keep the link text
    ("]:", r"^[ \t]{0,3}\[[^\]\n]{1,999}+\]:[ \t]*\S+.*$", regex.M),     # reference definitions
    ("://", r"\b(?:https?|ftp)://[^\s<>\"')\]]+", regex.I),
    ("www.", r"\bwww\.[^\s<>\"')\]]+", regex.I),
    ("@", r"\b[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+)+\b", 0),   # e-mail addresses
    ("<", r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", 0),   # HTML tags
]

@lru_cache(maxsize=None)
def _compiled(pattern: str, flags: int) -> regex.Pattern:
    return patterns.compile(pattern, flags)


def decode(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bool]:
    """Decode UTF-8 (with or without BOM) or raise ReadError saying where it fails (max_bytes: read_bytes
    has already held the file to it)."""
    if b"\x00" in data[:8192]:
        if _looks_like_utf16(data):
            raise ReadError(path, "UTF-16 text; convert it to UTF-8 to check it (iconv -f UTF-16 -t UTF-8)")
        raise ReadError(path, "binary file (contains NUL bytes); skipped")
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8-sig"), bom
    except UnicodeDecodeError as exc:
        raise ReadError(path, f"not valid UTF-8 ({undecodable_at(data, exc)}); convert it to UTF-8 to check it") from None


def _looks_like_utf16(data: bytes) -> bool:
    """A UTF-16 byte-order mark, or text whose every other byte is NUL (Latin text in UTF-16)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:4096]
    return len(head) >= 8 and any(head[i::2].count(0) == len(head[i::2]) for i in (0, 1))


def prose(text: str) -> str:
    return mask_non_prose(text, markdown=False)


def _blank(text: str, start: int, end: int) -> str:
    """Spaces for every character of text[start:end] except line breaks."""
    return "".join(c if c in "\r\n" else " " for c in text[start:end])


def mask_non_prose(text: str, markdown: bool) -> str:
    masked = text
    front = _FRONT_MATTER_RE.match(text)
    if front:
        masked = _blank_spans(masked, [front.span()])
    if "```" in text or "~~~" in text:
        masked = _blank_spans(masked, [m.span() for m in _compiled(*_FENCE).finditer(text)])
    if markdown and ("    " in text or "\t" in text):
        masked = _blank_spans(masked, [m.span() for m in _compiled(*_INDENTED_CODE).finditer(text)])
    for needle, pattern, flags in _MASKS:
        if _mentions(masked, needle, flags & regex.I):
            spans = code_spans(masked) if pattern == "inline code" else [
                m.span() for m in _compiled(pattern, flags).finditer(masked)]
            masked = _blank_spans(masked, spans)
    return masked


_BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
_BACKTICKS_RE = re.compile(r"`+")


def code_spans(text: str) -> list[tuple[int, int]]:
    """The inline code spans of text, in order: a run of backticks up to the next run of the same
    length in its paragraph (CommonMark; a run without one is literal). One pass over the runs,
    whatever their number, where a regex tried each run against the rest of the paragraph."""
    spans, start = [], 0
    for blank in [*_BLANK_LINE_RE.finditer(text), None]:
        end = blank.start() if blank else len(text)
        if text.find("`", start, end) != -1:
            spans += _paragraph_code_spans(text, start, end)
        start = blank.end() if blank else end
    return spans


def _paragraph_code_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    runs = [m.span() for m in _BACKTICKS_RE.finditer(text, start, end)]
    by_length: dict[int, list[int]] = {}   # run length -> indices of the runs of that length, in order
    for i, (a, b) in enumerate(runs):
        by_length.setdefault(b - a, []).append(i)
    next_of = {length: 0 for length in by_length}   # per length: the first index not yet passed
    spans, i = [], 0
    while i < len(runs):
        length = runs[i][1] - runs[i][0]
        same, k = by_length[length], next_of[length]
        while k < len(same) and same[k] <= i:
            k += 1
        next_of[length] = k
        if k < len(same):
            spans.append((runs[i][0], runs[same[k]][1]))
            i = same[k] + 1
        else:
            i += 1
    return spans


def _mentions(text: str, needle: str, ignore_case: int) -> bool:
    """needle in text; ignoring case by a search rather than a lowercase copy of the whole text."""
    if ignore_case and needle.lower() != needle.upper():
        return _compiled(regex.escape(needle), regex.I).search(text) is not None
    return needle in text


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """text with each (start, end) span blanked; spans are in order and may overlap."""
    if not spans:
        return text
    pieces, done = [], 0
    for start, end in spans:
        start = max(start, done)
        if start >= end:
            continue
        pieces += [text[done:start], _blank(text, start, end)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)

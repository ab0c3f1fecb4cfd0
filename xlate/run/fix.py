"""--fix and --diff: apply the suggestions that cannot be wrong, and nothing else.

A finding is fixable when its rule says its fixes are safe (Rule.fixable) and it
carries exactly one suggestion. A fix is applied only if the file still says
what the finding says at that place. Files are rewritten atomically by
xlate/infra/atomic.py (links, mode and owner kept; a file edited meanwhile, read-only or
hard-linked is left alone with a reason) with their byte-order mark and line
endings untouched, since only the flagged spans change. Files without a
fixable finding are never opened for writing.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

import regex

from xlate.infra.atomic import replace_file
from xlate.formats import can_write, format_for, read_bytes
from xlate.core.finding import Finding


@dataclass
class FileFix:
    path: str
    before: str
    after: str
    bom: bool
    applied: list[Finding] = field(default_factory=list)

    def diff(self) -> str:
        return "".join(difflib.unified_diff(self.before.splitlines(keepends=True),
                                            self.after.splitlines(keepends=True),
                                            fromfile=self._label("a"), tofile=self._label("b")))

    def _label(self, side: str) -> str:
        return self.path if Path(self.path).is_absolute() else f"{side}/{Path(self.path).as_posix()}"

    def write(self) -> None:
        """Replace the file (xlate/infra/atomic.py: links, mode and owner kept), unless it changed since it
        was read: then NotReplaced, and an edit saved meanwhile is never lost."""
        bom = "\ufeff" if self.bom else ""
        replace_file(self.path, (bom + self.after).encode("utf-8"), expected=(bom + self.before).encode("utf-8"))


def is_fixable(finding: Finding, fixable_codes: set[str]) -> bool:
    return finding.code in fixable_codes and len(finding.suggestions) == 1


def _offset(line_starts: list[int], line: int, column: int) -> int:
    return line_starts[line - 1] + column - 1


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


def applicable(text: str, findings: list[Finding]) -> list[Finding]:
    """The findings whose suggestion applies to text, in order: taken back to front, each only where
    text still says what it found and where it does not overlap a later one already taken."""
    starts = _line_starts(text)
    applied, limit = [], len(text) + 1
    for f in sorted(findings, key=lambda f: (f.line, f.column), reverse=True):
        if f.end_line > len(starts):
            continue
        start, end = _offset(starts, f.line, f.column), _offset(starts, f.end_line, f.end_column)
        if end > limit or text[start:end] != f.text:
            continue   # overlaps a fix already made, or the file changed since it was checked
        applied.append(f)
        limit = start
    return applied[::-1]


def fix_file(path: str, findings: list[Finding]) -> FileFix | None:
    """The file's text with the findings' suggestions applied, back to front; None if nothing applies."""
    if not can_write(path):
        return None   # its text is extracted, not the file's own: nothing to write back
    text, bom, _ = format_for(Path(path)).decode(read_bytes(Path(path)), path)   # a writable format's own text
    applied = applicable(text, findings)
    starts, after = _line_starts(text), text
    for f in reversed(applied):
        start, end = _offset(starts, f.line, f.column), _offset(starts, f.end_line, f.end_column)
        after = after[:start] + rewrapped(f.suggestions[0], f.text) + after[end:]
    return FileFix(path, text, after, bom, applied) if applied else None


def rewrapped(replacement: str, written: str) -> str:
    """replacement with the line breaks written had, so a fix keeps a hard-wrapped paragraph's
    lines: each break (with the indentation after it) takes the place of the space after as many
    words, or of the last space when the replacement has fewer words."""
    if "\n" not in written:
        return replacement
    words, gaps = replacement.split(" "), [" "] * replacement.count(" ")
    if not gaps:
        return replacement
    for index, gap in enumerate(regex.findall(r"\s+", written.strip())):
        if "\n" in gap:
            gaps[min(index, len(gaps) - 1)] = gap
    return words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:]))


def unwritable(findings: list[Finding], fixable_codes: set[str]) -> list[tuple[str, str]]:
    """(path, reason) for each file with fixes that --fix cannot write back: its format's text is
    extracted or decoded (a .docx, an HTML page, an XLIFF file), not the file's own."""
    counts = Counter(f.path for f in findings if is_fixable(f, fixable_codes) and not can_write(f.path))
    return [(path, f"--fix cannot write {format_for(Path(path)).name} files back (xlate checks the text it reads "
                   f"from them, not the file itself); {count} fix{'es' * (count > 1)} not applied: make "
                   f"{'them' if count > 1 else 'it'} in the file's own editor")
            for path, count in sorted(counts.items())]


def plan_fixes(findings: list[Finding], fixable_codes: set[str]) -> list[FileFix]:
    fixable = sorted((f for f in findings if is_fixable(f, fixable_codes)), key=lambda f: f.path)
    fixes = [fix_file(path, list(group)) for path, group in groupby(fixable, key=lambda f: f.path)]
    return [fix for fix in fixes if fix]


def describe(finding: Finding) -> str:
    return f'{finding.path}:{finding.line}:{finding.column}: {finding.code} "{finding.text}" -> "{finding.suggestions[0]}"'

"""Markdown: read as plain text (xlate/formats/text.py), and indented code blocks are not prose either.

The regexes are right for nearly all copy (no file of real-news needs more) and fast. Where they can
be wrong, CommonMark's block structure decides, from markdown-it-py's parse: a line indented four
spaces after a blank line is code after a paragraph but a second paragraph in a numbered list item
("1. ...\n\n    More."), and a fence in a block quote or a list item is code the line-start regex
misses. Measured in bench/markdown_it_compare.py (docs/decisions.md).
"""

import re

from xlate.formats.text import decode, mask_non_prose

WRITABLE = True
__all__ = ["WRITABLE", "decode", "prose"]

INDENTED_AFTER_BLANK = re.compile(r"\n[ \t]*\n(?: {4}|\t)")
FENCE_QUOTED_OR_INDENTED = re.compile(r"^(?:[ \t]*>[ \t>]*|[ \t]{4,})(?:```|~~~)", re.M)
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")


def prose(text: str) -> str:
    if needs_block_parse(text):
        return mask_non_prose(without_code_blocks(text), markdown=False)
    return mask_non_prose(text, markdown=True)


def needs_block_parse(text: str) -> bool:
    return bool(INDENTED_AFTER_BLANK.search(text)) or (
        ("```" in text or "~~~" in text) and bool(FENCE_QUOTED_OR_INDENTED.search(text)))


def without_code_blocks(text: str) -> str:
    """text with the lines of CommonMark's code blocks (fenced or indented, in lists and quotes too)
    blanked, line breaks kept."""
    from markdown_it import MarkdownIt
    tokens = MarkdownIt("commonmark").parse(text)
    code = {n for token in tokens if token.type in ("fence", "code_block") and token.map for n in range(*token.map)}
    lines = text.split("\n")   # markdown-it counts lines at \n only; str.splitlines also breaks at \f, \x85, U+2028
    return "\n".join(_NOT_LINE_BREAK.sub(" ", line) if n in code else line for n, line in enumerate(lines))

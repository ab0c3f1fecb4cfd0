"""Markdown: read as plain text (xlate/formats/text.py), and indented code blocks are not prose either."""

from xlate.formats.text import decode, mask_non_prose

WRITABLE = True
__all__ = ["WRITABLE", "decode", "prose"]


def prose(text: str) -> str:
    return mask_non_prose(text, markdown=True)

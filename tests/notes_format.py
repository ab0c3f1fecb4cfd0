"""A small input format for tests/test_formats.py: "notes", plain text where a line starting with
"%" is a note to the editor, not prose. Extracted text in real formats sets WRITABLE = False."""

from xlate.formats.text import decode

WRITABLE = False
__all__ = ["WRITABLE", "decode", "prose"]


def prose(text: str) -> str:
    return "".join(" " * len(line.rstrip("\r\n")) + line[len(line.rstrip("\r\n")):] if line.startswith("%") else line
                   for line in text.splitlines(keepends=True))

"""Hover and go to definition on a glossary term in the copy."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types

from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.glossary.edit import source_line, source_path
from xlate.glossary.matcher import Match
from xlate.glossary.model import Concept

LANGUAGE_NAMES = {"es": "Spanish", "en": "English"}


def term_at(doc: Document, offset: int, ctx: Context) -> Match | None:
    """The glossary term written at offset (or just before it: the cursor after the last letter)."""
    return next((m for m in ctx.term_matches(doc) if m.start <= offset <= m.end), None)


def _terms(concept: Concept, lang: str, status: str) -> str:
    shown = []
    for term in concept.terms_in(lang, status):
        text = f"**{term.text}**" if status == "preferred" else f"~~{term.text}~~" if status == "deprecated" else term.text
        shown.append(f"{text} ({term.note})" if term.note else text)
    return ", ".join(shown)


def hover_text(concept: Concept) -> str:
    """The concept as Markdown: its renderings by language and status, and its note."""
    lines = [f"**{concept.label}** (glossary `{concept.id}`" + (f", {concept.category})" if concept.category else ")"), ""]
    for lang in ("es", "en"):
        parts = [f"{status}: {shown}" for status in ("preferred", "admitted", "deprecated")
                 if (shown := _terms(concept, lang, status))]
        if parts:
            lines.append(f"- {LANGUAGE_NAMES[lang]}: " + "; ".join(parts))
    if concept.keep_spanish:
        lines.append("- English copy keeps the Spanish name")
    if concept.note:
        lines += ["", concept.note]
    return "\n".join(lines)


def definition(concept: Concept) -> types.Location | None:
    """Where the concept is defined: its glossary file, at its entry's line where the format records one."""
    path = source_path(concept)
    if not path.is_file():
        return None
    line = max(0, (source_line(concept) or 1) - 1)
    start = types.Position(line, 0)
    return types.Location(Path(path).resolve().as_uri(), types.Range(start, start))

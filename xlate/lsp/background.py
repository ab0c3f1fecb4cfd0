"""The checks that need a translation engine (XL501, XL601), run apart from the ones that do not.

The server checks an open document with no engine while the writer types; this pass checks the
same text again with the project's engine on another thread, keeps only what the engine rules
found, and adds it to the first pass's findings where it does not cover the same words (the first
pass's findings are the more specific, as resolve_overlaps would keep them). It sees the document
and nothing else: XL501 and XL601 judge a document's own words.
"""

from __future__ import annotations

from pathlib import Path

from xlate.api import check_texts
from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.core.finding import Finding
from xlate.lsp.projects import Project
from xlate.rules import all_rules


def engine_context(project: Project, choice: str, cache_dir: Path | None) -> Context | None:
    """The project's Context with its translation engine, built once; None without an engine."""
    if project.engine_ctx is None and project.engine is None:
        from xlate.translate import select_engine
        project.engine = select_engine(choice, cache_dir).engine or False
        if project.engine:
            project.engine_ctx = Context(glossary=project.ctx.glossary, config=project.config, engine=project.engine)
    return project.engine_ctx


def engine_findings(project: Project, doc: Document, choice: str, cache_dir: Path | None) -> list[Finding]:
    ctx = engine_context(project, choice, cache_dir)
    if ctx is None:
        return []
    needing = {rule.code for rule in all_rules() if rule.needs_engine}
    fresh = doc.copy()   # its own derived results: another thread, another Context
    return [f for f in check_texts([fresh], ctx) if f.code in needing]


def merged(first: list[Finding], engine_found: list[Finding]) -> list[Finding]:
    """first, plus the engine's findings that cover none of its words."""
    def span(f: Finding):
        return (f.line, f.column), (f.end_line, f.end_column)
    taken = [span(f) for f in first]
    extra = [f for f in engine_found if not any(span(f)[0] < t[1] and t[0] < span(f)[1] for t in taken)]
    return sorted(first + extra, key=lambda f: f.sort_key)

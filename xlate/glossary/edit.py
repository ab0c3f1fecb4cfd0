"""Changing a project's glossary the one way every tool does (the CLI's `xlate glossary` commands
and the language server's code actions): in the file that defines the concept, through the locked,
atomic store (xlate/glossary/store.py), refused when the change brings a lint error it did not have.
The caller passes the linter (xlate/rules/glossary_lint.py lint_concepts): the glossary rules, their
codes and severities, live a layer above the glossary.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Callable

from xlate.core.finding import Finding
from xlate.glossary import store
from xlate.glossary.loader import glossary_files, loader_for
from xlate.glossary.model import Concept, GlossaryError, Term

REFUSED_WARNINGS = {"XL907"}   # two concepts the checker cannot tell apart: a clash, not just a risk
Linter = Callable[[list[Concept]], list[Finding]]


def _ignore(message: str) -> None:
    """The default for warn: a caller with nowhere to show warnings."""


def source_path(concept: Concept) -> Path:
    """The file a concept was read from (its source is "file:line" or "file:line:column")."""
    path = concept.source
    while ":" in path and path.rpartition(":")[2].isdigit():
        path = path.rpartition(":")[0]
    return Path(path)


def source_line(concept: Concept) -> int | None:
    """The 1-based line a concept's entry starts on, where its format records one."""
    parts = concept.source.split(":")
    numbers = [p for p in parts[1:] if p.isdigit()]
    return int(numbers[0]) if numbers else None


def other_concepts(paths: list[Path], target: Path) -> list[Concept]:
    """The concepts of every glossary file under paths but target (what a change is linted against)."""
    files = [f for p in paths if Path(p).exists() for f in glossary_files(Path(p))]
    return [c for f in files if f.resolve() != target.resolve() for c in loader_for(f)(f)]


def change_glossary(target: Path, others: list[Concept], change: Callable[[list[Concept]], None],
                    lint: Linter, warn: Callable[[str], None] = _ignore) -> None:
    """Apply change to the target file's concepts; refuse it if it brings a new lint error.
    New lint warnings are passed to warn."""
    with store.editing(target) as concepts:
        before = {(f.code, f.message) for f in lint(others + copy.deepcopy(concepts))}
        change(concepts)
        for concept in concepts:
            concept.source = concept.source or str(target)
        introduced = [f for f in lint(others + concepts) if (f.code, f.message) not in before]
        errors = [f for f in introduced if f.severity == "error" or f.code in REFUSED_WARNINGS]
        if errors:
            raise GlossaryError(str(target), "refused, nothing written: " + "; ".join(f.message for f in errors))
        for f in introduced:
            warn(f"warning: {f.code} {f.message}")


def edit_concept(paths: list[Path], found: Concept, edit: Callable[[Concept], None],
                 lint: Linter, warn: Callable[[str], None] = _ignore) -> Path:
    """Change the concept found (loaded from paths) inside its own file; returns that file."""
    target = source_path(found)

    def change(concepts: list[Concept]) -> None:
        concept = next((c for c in concepts if c.id == found.id), None)
        if concept is None:
            raise GlossaryError(str(target), f"refused: {found.id!r} is no longer in this file")
        edit(concept)
        if not concept.terms:
            raise GlossaryError(str(target), f"refused: {concept.id!r} would have no terms left")
    change_glossary(target, other_concepts(paths, target), change, lint, warn)
    return target


def set_variant(concept: Concept, text: str, lang: str, status: str, note: str = "") -> None:
    """text becomes an admitted or deprecated lang term of concept: a variant it lists already
    changes status; its preferred term cannot become a variant (choose another preferred first)."""
    current = next((t for t in concept.terms if t.lang == lang and t.text == text), None)
    if current and current.status == "preferred":
        raise GlossaryError(concept.source, f"refused: {text!r} is the preferred {lang} term of {concept.id!r}; "
                                            "set another with `xlate glossary edit` first")
    if current:
        current.status, current.note = status, note or current.note
    else:
        concept.terms.append(Term(text, lang, status, note=note))

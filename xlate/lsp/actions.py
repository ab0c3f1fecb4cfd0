"""Code actions for the findings under the cursor: what a writer does about a finding.

- apply a suggestion: one action per suggestion; the one `--fix` would apply (a fixable rule, a
  single suggestion) is the preferred action, and "fix all" applies exactly what `--fix` would;
- suppress it on this line: the inline comment `xlate check` reads (xlate/suppress.py);
- add the word to the project's word list (typos and Spanish words), a server command;
- add the rendering to the glossary as an admitted or a deprecated variant of the concept the
  finding suggests, a server command that goes through the CLI's locked glossary writer.
"""

from __future__ import annotations

from lsprotocol import types

from xlate.core.document import Document
from xlate.core.finding import Finding
from xlate.run.fix import applicable, is_fixable
from xlate.glossary.model import Concept, Glossary
from xlate.lsp.convert import client_column, finding_range

ADD_WORD = "xlate.addWord"
ADD_VARIANT = "xlate.addGlossaryVariant"
WORD_KINDS = {"typo", "untranslated"}          # a word the project may simply accept
VARIANT_KINDS = {"rendering", "untranslated"}   # a rendering of a glossary concept


def suppression(code: str) -> str:
    return f" <!-- xlate: ignore-line {code} -->"


def overlaps(f: Finding, doc: Document, start: int, end: int) -> bool:
    """Whether f covers any of the text's offsets start..end (f's lines and columns are the file's)."""
    first = doc.offset_of(f.line, f.column, f.unit)
    last = doc.offset_of(f.end_line, f.end_column, f.unit)
    return first <= end and start <= last


def concept_for(f: Finding, glossary: Glossary) -> Concept | None:
    """The glossary concept a finding points to: the one whose term it suggests."""
    if f.kind not in VARIANT_KINDS or not f.suggestions:
        return None
    wanted = f.suggestions[0]
    return next((c for c in glossary if any(t.text == wanted for t in c.terms)), None)


def replace(uri: str, f: Finding, doc: Document, encoding: str, text: str) -> types.WorkspaceEdit:
    return types.WorkspaceEdit(changes={uri: [types.TextEdit(finding_range(f, doc, encoding), text)]})


def actions_for(f: Finding, uri: str, doc: Document, encoding: str, fixable: set[str], glossary: Glossary,
                diagnostic: types.Diagnostic) -> list[types.CodeAction]:
    quick = types.CodeActionKind.QuickFix
    found = [diagnostic]
    actions = [types.CodeAction(f'Replace "{f.text}" with "{s}" ({f.code})', kind=quick, diagnostics=found,
                                is_preferred=is_fixable(f, fixable), edit=replace(uri, f, doc, encoding, s))
               for s in f.suggestions]
    line = doc.line_text(f.line)
    end = types.Position(f.line - 1, client_column(line, len(line), encoding))
    actions.append(types.CodeAction(
        f"Suppress {f.code} on this line", kind=quick, diagnostics=found,
        edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(types.Range(end, end), suppression(f.code))]})))
    if f.kind in WORD_KINDS and " " not in f.text.strip():
        actions.append(types.CodeAction(
            f'Add "{f.text}" to the project word list', kind=quick, diagnostics=found,
            command=types.Command(f'Add "{f.text}" to the project word list', ADD_WORD, arguments=[uri, f.text])))
    concept = concept_for(f, glossary)
    if concept is not None:
        language = doc.language_at(doc.offset_of(f.line, f.column, f.unit))
        for status in ("admitted", "deprecated"):
            title = f'Add "{f.text}" to the glossary of {concept.id} as {status} ({language})'
            actions.append(types.CodeAction(
                title, kind=quick, diagnostics=found,
                command=types.Command(title, ADD_VARIANT, arguments=[uri, concept.id, f.text, language, status])))
    return actions


def fix_all(findings: list[Finding], uri: str, doc: Document, encoding: str, fixable: set[str]) -> types.CodeAction | None:
    """What `xlate check --fix` would change in this document (xlate/fix.py), as one edit."""
    applied = applicable(doc.text, [f for f in findings if is_fixable(f, fixable)])
    if not applied:
        return None
    edits = [types.TextEdit(finding_range(f, doc, encoding), f.suggestions[0]) for f in applied]
    return types.CodeAction(f"Apply xlate's {len(edits)} safe fix(es) (as --fix)", kind=types.CodeActionKind.SourceFixAll,
                            edit=types.WorkspaceEdit(changes={uri: edits}))

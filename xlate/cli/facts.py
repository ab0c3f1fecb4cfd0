"""xlate facts: the fact ledger, every figure the files state, per entity."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import click

from xlate.cli.common import build_context, fail, glossary_option, handle_errors, notice, read_errors_exit
from xlate.run.configfile import config_for
from xlate.run.discovery import discover
from xlate.core.document import Document
from xlate.formats import ReadError
from xlate.rules.facts.compare import disagreements, measure_label
from xlate.rules.facts.entities import Entities
from xlate.rules.facts.ledger import Statement, document_ledger
from xlate.rules.facts.stories import COUNTRY, THING
from xlate.text.fold import fold


@click.command("facts")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@glossary_option
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--entity", "wanted", default="", metavar="NAME",
              help="Only entities whose name holds NAME (case and accents ignored): --entity cecot.")
@handle_errors
def facts_command(paths, glossaries, output_format, wanted):
    """List every figure the files state (value, unit, what it measures, date), per entity.

    An entity is a glossary concept (through all its renderings and acronyms) or a name; a
    figure is listed under each entity its sentence names. Statements that disagree with
    another (rule XL801) say so.

    \b
    Examples:
      xlate facts seeds/
      xlate facts --entity cecot --format json archive/
    """
    config = config_for(list(paths), None)
    ctx = build_context(list(paths), glossaries, config)
    found = discover(list(paths), config)
    for path, reason in found.errors:   # named, and cannot be read: missing, a pipe, a link loop
        fail(f"{path}: {reason}")
    for path, reason in found.problems:
        notice(f"{path}: {reason}")
    ledgers, errors = [], []
    for path in found.files:
        try:
            ledgers.append(document_ledger(Document.from_path(path, max_bytes=config.max_bytes), ctx))
        except ReadError as exc:
            if exc.damaged:
                errors.append((exc.path, exc.reason))   # a file its parser refuses: exit 2 after the table
            else:
                notice(f"{exc.path}: {exc.reason}")   # binary or not UTF-8: skipped, as check skips it
    if not found.files and found.problems:
        fail("no file to read")
    entities = Entities(ledgers)
    statements = [s for ledger in ledgers for s in ledger.statements]
    conflicts = disagreements(statements, entities)
    table = _by_entity(statements, entities, fold(wanted))
    write = _json if output_format == "json" else _text
    write(table, entities, conflicts)
    sys.exit(read_errors_exit(errors))


def _by_entity(statements: list[Statement], entities: Entities, wanted: str) -> dict[str, list[Statement]]:
    """Entity root -> its statements in file order; entities with most statements first. The story's thing
    a sentence opens with ("The rocket", "La planta": stories.THING) and its unnamed country ("del país") are
    listed where two files state figures of it in two articles of one story (Entities.same_story), one thing
    across its articles; what one article alone says so is no entity to list. A sentence's first word no document
    names mid-sentence ("Probablemente", "Si") is no entity (Entities.root: ""): a figure only it stands by is
    about nothing the table can name, and is not listed."""
    table: dict[str, list[Statement]] = defaultdict(list)
    for statement in statements:
        for root in dict.fromkeys(root for root in map(entities.root, statement.entities) if root):
            if not wanted or wanted in fold(entities.name(root)) or wanted in root:
                table[root].append(statement)
    for root in [root for root in table if root.startswith((THING, COUNTRY))]:
        paths = {row.path for row in table[root]}
        told = {path for path in paths if any(other != path and entities.same_story(path, other) for other in paths)}
        table[root] = [row for row in table[root] if row.path in told]
        if not table[root]:
            del table[root]
    return dict(sorted(table.items(), key=lambda item: (-len(item[1]), entities.name(item[0]).casefold())))


def _row(statement: Statement, entities: Entities, conflicts) -> dict:
    return {
        "path": statement.path, "line": statement.line, "column": statement.column, "text": statement.text,
        "measure": measure_label(statement, entities), "unit": statement.unit, "qualifier": statement.qualifier,
        "low": statement.low, "high": None if statement.high == float("inf") else statement.high,
        "date": statement.scope, "language": statement.language,
        "not_compared": statement.compared, "sentence": statement.sentence,
        "disagrees_with": [other.location for other, _ in conflicts.get(statement, ())],
        **({"part": statement.part} if statement.part else {}),   # a .docx's header1, footnotes; a unit's id
    }


def _json(table, entities, conflicts) -> None:
    data = {"version": 1, "entities": [
        {"key": root, "name": entities.name(root), "statements": [_row(s, entities, conflicts) for s in rows]}
        for root, rows in table.items()]}
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _text(table, entities, conflicts) -> None:
    for root, rows in table.items():
        click.echo(f"{entities.name(root)} ({len(rows)} figure{'s' if len(rows) != 1 else ''})")
        cells = [(measure_label(s, entities) or "-", s.text, s.scope or "-", s.location, _note(s, conflicts))
                 for s in rows]
        widths = [max(len(cell[i]) for cell in cells) for i in range(4)]
        for cell in cells:
            click.echo("  " + "  ".join(c.ljust(w) for c, w in zip(cell, widths)) + ("  " + cell[4] if cell[4] else ""))
        click.echo("")


def _note(statement: Statement, conflicts) -> str:
    others = conflicts.get(statement)
    if others:
        return "disagrees with " + ", ".join(other.location for other, _ in others)
    return f"({statement.compared})" if statement.compared else ""


COMMANDS = [facts_command]

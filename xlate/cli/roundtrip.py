"""xlate roundtrip: which sentences do not survive translation to the other language and back."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from xlate.run.documents import load_documents, Report
from xlate.cli.common import build_context, fail, notice, read_errors_exit
from xlate.cli.engine_options import cache_dir_option, choose_engine, engine_option, protect_option
from xlate.run.discovery import discover


PROGRESS_CHUNK = 500   # sentences per batch under a progress bar: each chunk costs two more engine calls


@click.command("roundtrip")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--below", type=float, default=None, metavar="SCORE",
              help="Only sentences scoring below SCORE (chrF, 0-100).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@engine_option
@cache_dir_option
@protect_option
def roundtrip_command(paths, below, output_format, engine, cache_dir, plain_engine):
    """Translate each sentence to the other language and back; print the lowest chrF scores first.

    A sentence whose words the engine copies through unchanged scores high and proves nothing.
    Glossary terms go through as the glossary renders them and people's names as written, both
    ways (--no-protect: the engine alone).

    \b
    Examples:
      xlate roundtrip seeds/
      xlate roundtrip --below 50 --format json article.md
    """
    from xlate.translate import EngineError   # translation code loads only when a command needs it
    from xlate.translate.sentences import document_sentences

    paths = list(paths) or [Path(".")]
    translator = choose_engine(engine, cache_dir, required=True)
    ctx = build_context(paths, ())
    if not plain_engine:
        from xlate.rules.protect import GlossaryEngine
        translator = GlossaryEngine(translator, ctx.glossary)
    found = discover(paths, ctx.config)
    for path, reason in found.errors:
        fail(f"{path}: {reason}")
    report = Report(skipped=list(found.problems))
    docs = load_documents(found.files, ctx, report)
    for path, reason in report.skipped:
        notice(f"{path}: {reason}")
    located = [(doc.path, doc.position(s.start)[0], s) for doc in docs for s in document_sentences(doc, min_words=2)]
    if sys.stderr.isatty():
        notice(f"round-tripping {len(located)} sentences from {len(docs)} files")
    try:
        trips = round_trips([(s.text, s.lang) for _, _, s in located], translator)
    except EngineError as exc:
        fail(str(exc))
    rows = sorted((dict(path=p, line=line, **t.to_dict()) for (p, line, _), t in zip(located, trips)),
                  key=lambda r: (r["score"], r["path"], r["line"]))
    rows = [r for r in rows if below is None or r["score"] < below]
    if output_format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in rows:
            click.echo(f'{r["path"]}:{r["line"]}: {r["score"]:5.1f}  {r["text"]}\n'
                       f'        -> {r["forward"]}\n        -> {r["back"]}')
    if report.errors:
        sys.exit(read_errors_exit(report.errors))


def round_trips(items: list[tuple[str, str]], translator) -> list:
    """round_trip over every item: in one batch, or, on a terminal, in chunks under a progress bar
    (a first run over an archive takes minutes; the chunks cost a few more engine calls)."""
    from xlate.translate.roundtrip import round_trip
    if len(items) <= PROGRESS_CHUNK or not sys.stderr.isatty():
        return round_trip(items, translator)
    trips = []
    with click.progressbar(length=len(items), label="round-tripping", file=sys.stderr) as bar:
        for start in range(0, len(items), PROGRESS_CHUNK):
            chunk = items[start:start + PROGRESS_CHUNK]
            trips += round_trip(chunk, translator)
            bar.update(len(chunk))
    return trips


COMMANDS = [roundtrip_command]

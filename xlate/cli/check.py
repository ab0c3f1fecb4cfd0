"""xlate check: report inconsistent renderings, untranslated Spanish, typos and confusables."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from xlate.run.check import check_paths
from xlate.cli.common import build_context, fail, findings_exit, glossary_option, handle_errors, notice, read_errors_exit
from xlate.cli.engine_options import cache_dir_option, choose_engine, engine_option
from xlate.cli.workflow import after_check, run_config, workflow_options
from xlate.core.finding import printable_path, with_printable_paths
from xlate.infra.collector import tune_for_checking
from xlate.run.progress import wanted as progress_wanted
from xlate.reporters import REPORTERS, get_reporter
from xlate.run.results import ResultCache
from xlate.rules import GlossaryRule, all_rules


def _codes(option: str, value: str) -> set[str]:
    from xlate.rules import codes_problem
    codes = {c.strip().upper() for c in value.split(",") if c.strip()}
    problem = codes_problem(codes)
    if problem:
        fail(f"{option}: {problem}")
    return codes


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@glossary_option
@click.option("--format", "output_format", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True,
              help="Output format.")
@click.option("--select", default="", help="Only these rule codes or prefixes, comma-separated (XL1,XL301).")
@click.option("--ignore", default="", help="Skip these rule codes or prefixes, comma-separated.")
@click.option("--max-file-size", type=click.IntRange(min=1), default=None, metavar="BYTES",
              help="Skip files larger than this (default 10 MiB).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Check files in N processes (default: all cores; small runs use one).")
@engine_option
@cache_dir_option
@click.option("--roundtrip/--no-roundtrip", default=False, show_default=True,
              help="Also report sentences that do not survive a round trip through translation (XL601, info).")
@click.option("--force-exclude", is_flag=True,
              help="Leave out files named on the command line that the configuration's exclude matches, "
                   "as pre-commit names every file (the hook passes it).")
@click.option("--no-cache", is_flag=True,
              help="Check every file again, ignoring and keeping no results of earlier runs "
                   "(kept in the cache folder for runs over 0.5 MB of text).")
@click.option("--watch", is_flag=True,
              help="Check, then check again whatever changes on disk, printing only what changed "
                   "(+ new, - gone) until Ctrl-C. Text output; not with --fix, --diff or baselines.")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress line (shown on a terminal, for the text report, when a check takes over 2 s).")
@workflow_options   # --config, --pair, --baseline, --write-baseline, --fix, --diff: xlate/cli/workflow.py
@handle_errors
def check_command(paths, glossaries, output_format, select, ignore, max_file_size, jobs, engine, cache_dir, roundtrip,
                  force_exclude, no_cache, watch, quiet, **workflow):
    """Check Markdown and text files for translation-consistency problems.

    Exit status: 0 no findings (or only info findings), 1 findings, 2 usage, configuration,
    glossary or missing-path error.

    \b
    Examples:
      xlate check seeds/
      xlate check --format json article.md
      xlate check --glossary terms.tbx --ignore XL301 drafts/
      xlate check --format sarif --baseline .xlate-baseline.json content/
      xlate check --pair nota.es.md nota.en.md
      xlate check --diff content/          # then --fix to apply
      xlate check --no-cache archive/      # every file checked again
      xlate check --watch drafts/          # keep checking as files change
    """
    tune_for_checking()
    paths = list(paths) or [p for pair in workflow["pairs"] for p in pair] or [Path(".")]
    config = run_config(paths, workflow)   # the configuration file; options below override it
    if select:
        config.select = _codes("--select", select)
    if ignore:
        config.ignore = _codes("--ignore", ignore)
    if engine:
        config.engine = engine
    if roundtrip:
        config.extend_select.add("XL601")
    if max_file_size:
        config.max_bytes = max_file_size
    config.force_exclude = config.force_exclude or force_exclude
    ctx = build_context(paths, glossaries, config)
    ctx.engine = choose_engine(config.engine, cache_dir, required=False, timeout=config.engine_timeout)
    jobs = jobs or os.cpu_count() or 1
    if not ctx.glossary:
        where = ", ".join(ctx.glossary.sources) or "no glossary/ folder in the project root and no --glossary"
        notice(f"the glossary is empty ({where}); only the checks that need no glossary ran")
    if watch:
        _watch(paths, ctx, output_format, workflow)
    results = None if no_cache else ResultCache(ctx, cache_dir)
    show_progress = progress_wanted(output_format, quiet)

    def run():
        return check_paths(paths, ctx, workflow["pairs"], jobs, results, show_progress)

    report = run()
    for path, reason in report.skipped:
        notice(f"{printable_path(path)}: {reason}")
    rules = [rule for rule in all_rules() if not issubclass(rule, GlossaryRule)]   # what check can report
    report = after_check(report, ctx, rules, workflow, run)
    if output_format != "sarif":   # SARIF names files by URI, where a byte that is not UTF-8 is %FF
        report.findings = with_printable_paths(report.findings)
    report.skipped = [(printable_path(path), reason) for path, reason in report.skipped]
    get_reporter(output_format)(report, rules, sys.stdout)
    errors = [(printable_path(path), reason) for path, reason in report.errors]
    sys.exit(read_errors_exit(errors) or findings_exit(report.findings))


def _watch(paths, ctx, output_format: str, workflow: dict) -> None:
    clashing = [name for name, on in (("--fix", workflow["fix"]), ("--diff", workflow["show_diff"]),
                                      ("--baseline", workflow["baseline"]), ("--write-baseline", workflow["write_baseline"]),
                                      ("--format " + output_format, output_format != "text")) if on]
    if clashing:
        fail(f"--watch prints text and changes nothing; it cannot be combined with {', '.join(clashing)}")
    from xlate.lsp.watch import watch
    sys.exit(findings_exit(watch(paths, ctx, sys.stdout)))


COMMANDS = [check_command]

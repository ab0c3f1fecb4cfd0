"""xlate check's editorial-workflow options: configuration file, pairs, baselines, --fix and --diff.

Kept apart from xlate/cli/check.py so the check command reads as the steps it takes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

import click

from xlate.cli.common import EXIT_CLEAN, EXIT_FINDINGS, notice, read_errors_exit
from xlate.core.config import Config
from xlate.run.configfile import config_for

WORKFLOW_OPTIONS = [
    click.option("--config", "config_file", type=click.Path(path_type=Path, dir_okay=False),
                 help="Configuration file (xlate.toml or pyproject.toml). Default: the nearest one above the "
                      "first path, up to the project root."),
    click.option("--pair", "pairs", nargs=2, multiple=True, type=click.Path(path_type=Path, dir_okay=False),
                 metavar="ES EN", help="Check an English translation against its Spanish original; repeatable. "
                                        "NAME.es.md / NAME.en.md files pair up by themselves."),
    click.option("--baseline", type=click.Path(path_type=Path, dir_okay=False),
                 help="Report only findings that are not in this baseline file."),
    click.option("--write-baseline", type=click.Path(path_type=Path, dir_okay=False),
                 help="Record the current findings as the baseline in this file, and exit 0."),
    click.option("--fix", is_flag=True, help="Apply unambiguous fixes in place, print them, report the rest."),
    click.option("--diff", "show_diff", is_flag=True, help="Print the fixes --fix would make as a diff; "
                                                           "change nothing."),
]


def workflow_options(func):
    for option in reversed(WORKFLOW_OPTIONS):
        func = option(func)
    return func


def run_config(paths: list[Path], workflow: dict) -> Config:
    return config_for(paths, workflow["config_file"])


def after_check(report, ctx, rules, workflow: dict, recheck: Callable[[], object]):
    """Write a baseline, or apply one, then fixes; returns the report to print."""
    if workflow["write_baseline"]:
        from xlate.run.baseline import file_line_reader, write_baseline

        write_baseline(workflow["write_baseline"], report.findings, file_line_reader(ctx.config.max_bytes),
                       ctx.config.root)
        notice(f"wrote {len(report.findings)} finding(s) to the baseline {workflow['write_baseline']}")
        sys.exit(read_errors_exit(report.errors) or EXIT_CLEAN)
    report = _without_baselined(report, ctx, workflow)
    if workflow["fix"] or workflow["show_diff"]:
        return _fix(report, rules, workflow, lambda: _without_baselined(recheck(), ctx, workflow))
    return report


def _without_baselined(report, ctx, workflow: dict):
    baseline = workflow["baseline"] or ctx.config.baseline
    if baseline:
        from xlate.run.baseline import file_line_reader, new_findings, read_baseline

        report.findings = new_findings(report.findings, read_baseline(baseline), file_line_reader(ctx.config.max_bytes),
                                       ctx.config.root)
    return report


def _fix(report, rules, workflow: dict, recheck):
    """--diff prints the fixes and exits; --fix writes them and returns a fresh check of what is left."""
    from xlate.infra.atomic import NotReplaced
    from xlate.run.fix import describe, plan_fixes, unwritable

    fixable = {rule.code for rule in rules if rule.fixable}
    refused = unwritable(report.findings, fixable)   # formats --fix cannot write: errors, exit 2
    fixes = plan_fixes(report.findings, fixable)
    if workflow["show_diff"]:
        for path, reason in refused:
            notice(f"{path}: {reason}")
        for fix in fixes:
            click.echo(fix.diff(), nl=False)
        sys.exit(read_errors_exit(report.errors) or (EXIT_FINDINGS if fixes else EXIT_CLEAN))
    unwritten = []
    for fix in fixes:
        try:
            fix.write()
        except NotReplaced as exc:
            unwritten.append((exc.path, exc.reason))
            continue
        for finding in fix.applied:
            notice("fixed " + describe(finding))
    report = recheck() if len(unwritten) < len(fixes) else report
    report.errors += refused + unwritten   # reported after the findings; the run exits 2
    return report

"""xlate cache info|clear: the persistent translation cache and the results of earlier checks."""

from __future__ import annotations

import click

from xlate.cli.engine_options import cache_dir_option


@click.group("cache")
def cache_group():
    """Show or empty the caches: translations, results of earlier checks, parsed glossaries
    (SQLite and small files in the user cache directory).

    \b
    Examples:
      xlate cache info
      xlate cache clear --cache-dir .xlate-cache
    """


@cache_group.command("info")
@cache_dir_option
def info_command(cache_dir):
    """Where the cache is, its size, how many translations it holds per engine and direction, and
    how many files' results from earlier checks.

    \b
    Example:
      xlate cache info
    """
    from xlate.translate import TranslationCache
    stats = TranslationCache(cache_dir).stats()
    click.echo(f"cache: {stats.path}")
    click.echo(f"size: {stats.size_bytes / 1024:.1f} KiB")
    if not stats.entries:
        click.echo("entries: none")
    for (engine, version, src, tgt), count in stats.entries.items():
        click.echo(f"  {engine} {src}->{tgt}: {count} ({version})")
    click.echo(f"results of earlier checks: {_results(cache_dir).count()} files")


def _results(cache_dir):
    from xlate.run.results import ResultCache
    return ResultCache(None, cache_dir)


@cache_group.command("clear")
@cache_dir_option
def clear_command(cache_dir):
    """Delete every cached translation, the results of earlier checks, and the parsed glossaries
    and their indexes.

    \b
    Example:
      xlate cache clear
    """
    from xlate.glossary import cache as glossary_cache
    from xlate.translate import TranslationCache
    removed = TranslationCache(cache_dir).clear()
    click.echo(f"removed {removed} cached translations")
    click.echo(f"removed the results of {_results(cache_dir).clear()} checked files")
    click.echo(f"removed {glossary_cache.clear(cache_dir)} cached glossary files and indexes")


COMMANDS = [cache_group]

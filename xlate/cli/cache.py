"""xlate cache info|clear: the persistent translation cache."""

from __future__ import annotations

import click

from xlate.cli.engine_options import cache_dir_option


@click.group("cache")
def cache_group():
    """Show or empty the translation cache (SQLite, in the user cache directory).

    \b
    Examples:
      xlate cache info
      xlate cache clear --cache-dir .xlate-cache
    """


@cache_group.command("info")
@cache_dir_option
def info_command(cache_dir):
    """Where the cache is, its size, and how many translations it holds per engine and direction.

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


@cache_group.command("clear")
@cache_dir_option
def clear_command(cache_dir):
    """Delete every cached translation, and the parsed glossaries and their indexes.

    \b
    Example:
      xlate cache clear
    """
    from xlate.glossary import cache as glossary_cache
    from xlate.translate import TranslationCache
    removed = TranslationCache(cache_dir).clear()
    click.echo(f"removed {removed} cached translations")
    click.echo(f"removed {glossary_cache.clear(cache_dir)} cached glossary files and indexes")


COMMANDS = [cache_group]

"""xlate models install|list: Argos packages, installed from files, never downloaded."""

from __future__ import annotations

from pathlib import Path

import click

from xlate.cli.common import fail


@click.group("models")
def models_group():
    """Argos Translate packages (the optional argos engine), installed from files, never downloaded.

    \b
    Examples:
      xlate models install translate-es_en-1_9.argosmodel
      xlate models list
    """


@models_group.command("install")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def install_command(file):
    """Install an Argos package from FILE.argosmodel (offline; nothing is downloaded).

    \b
    Example:
      xlate models install translate-es_en-1_9.argosmodel
    """
    from xlate.translate import EngineError
    from xlate.translate.argos import install_package
    try:
        package = install_package(file)
    except EngineError as exc:
        fail(str(exc))
    click.echo(f"installed {package.src}->{package.tgt} into {package.path}")


@models_group.command("list")
def list_command():
    """The installed Argos packages (in ARGOS_PACKAGES_DIR).

    \b
    Example:
      ARGOS_PACKAGES_DIR=~/argos xlate models list
    """
    from xlate.translate.argos import installed_packages, packages_dir
    packages = installed_packages()
    if not packages:
        click.echo(f"no Argos packages in {packages_dir()}")
    for package in packages:
        splitter = "" if package.has_splitter else "  (no sentence splitter: unusable offline)"
        click.echo(f"{package.src}->{package.tgt} {package.version}  {package.path}{splitter}")


COMMANDS = [models_group]

"""argostranslate (the optional `argos` extra): neural translation from installed Argos packages.

argostranslate is imported only when a translation is actually needed: it
pulls in torch, which takes seconds to load. xlate uses only installed
packages (argostranslate.translate, argostranslate.package.install_from_path,
ARGOS_PACKAGES_DIR); it never reads the package index or downloads anything.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from xlate.translate.engine import LANGUAGE_NAMES, Engine, EngineError

INSTALL_HINT = ("install the argos extra: `pip install torch==2.13.0` first, then `pip install 'xlate[argos]'`")
SPLITTER_DIRS = ("minisbd", "stanza")
_HEAD_BYTES = 1 << 20


AVAILABLE_BECAUSE = "Argos packages for Spanish<->English are installed"
UNAVAILABLE = "no Argos Spanish<->English packages"


def argos_available() -> bool:
    return importlib.util.find_spec("argostranslate") is not None


def available(directions) -> bool:
    return argos_available() and set(directions) <= installed_pairs()


def build(cache_dir: Path | None = None, timeout: float | None = None) -> "ArgosEngine":
    """timeout is not used: Argos translates in this process, with no child process to stop."""
    return ArgosEngine()


def packages_dir() -> Path:
    """Where argostranslate keeps installed packages, resolved as argostranslate itself does."""
    if os.environ.get("ARGOS_PACKAGES_DIR"):
        return Path(os.environ["ARGOS_PACKAGES_DIR"])
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "argos-translate" / "packages"


def missing_pair_hint(src: str, tgt: str) -> str:
    return (f"no Argos package translates {LANGUAGE_NAMES.get(src, src)} to {LANGUAGE_NAMES.get(tgt, tgt)}; "
            f"install one with `argospm install translate-{src}_{tgt}` or, offline, "
            f"`xlate models install FILE.argosmodel`")


@dataclass(frozen=True)
class ArgosPackage:
    path: Path
    src: str
    tgt: str
    version: str

    @property
    def has_splitter(self) -> bool:
        """Packages must carry a sentence splitter: without one argostranslate downloads one at first use."""
        return any(any((self.path / d).glob("*")) for d in SPLITTER_DIRS if (self.path / d).is_dir())

    def digest(self) -> str:
        """A cheap fingerprint of the model: metadata and vocabularies whole, model weights by size and ends."""
        import hashlib
        sha = hashlib.sha256()
        for name in ("metadata.json", "sentencepiece.model", "bpe.model", "model/config.json"):
            if (self.path / name).exists():
                sha.update((self.path / name).read_bytes())
        weights = self.path / "model" / "model.bin"
        if weights.exists():
            size = weights.stat().st_size
            with weights.open("rb") as f:
                sha.update(str(size).encode() + f.read(_HEAD_BYTES))
                f.seek(max(0, size - _HEAD_BYTES))
                sha.update(f.read())
        return sha.hexdigest()[:16]


def installed_packages(root: Path | None = None) -> list[ArgosPackage]:
    root = root or packages_dir()
    found = []
    for meta in sorted(root.glob("*/metadata.json")) if root.is_dir() else []:
        import json
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if data.get("type", "translate") == "translate" and data.get("from_code") and data.get("to_code"):
            found.append(ArgosPackage(meta.parent, data["from_code"], data["to_code"],
                                      str(data.get("package_version", ""))))
    return found


def installed_pairs() -> set[tuple[str, str]]:
    return {(p.src, p.tgt) for p in installed_packages()}


def _refuse_downloads() -> None:
    """argostranslate settings that would fetch a splitter or send text away are refused up front."""
    chunk = os.environ.get("ARGOS_CHUNK_TYPE", "DEFAULT").upper()
    if chunk not in ("DEFAULT", "ARGOSTRANSLATE", "MINISBD", "STANZA"):
        raise EngineError(f"ARGOS_CHUNK_TYPE={chunk} makes argostranslate download a sentence splitter; unset it")
    provider = os.environ.get("ARGOS_MODEL_PROVIDER", "OPENNMT").upper()
    if provider != "OPENNMT":
        raise EngineError(f"ARGOS_MODEL_PROVIDER={provider} sends text to a remote service; unset it to translate offline")


class ArgosEngine(Engine):
    name = "argos"

    def __init__(self):
        if not argos_available():
            raise EngineError(f"argostranslate is not installed; {INSTALL_HINT}")
        _refuse_downloads()
        self.packages = {(p.src, p.tgt): p for p in installed_packages()}

    def directions(self) -> set[tuple[str, str]]:
        return set(self.packages)

    @cached_property
    def version(self) -> str:
        from importlib.metadata import version
        models = ",".join(f"{s}-{t}:{p.digest()}" for (s, t), p in sorted(self.packages.items()))
        return f"argostranslate {version('argostranslate')} [{models}]"

    def unsupported(self, src: str, tgt: str) -> str:
        return missing_pair_hint(src, tgt)

    def translate_lines(self, lines: list[str], src: str, tgt: str) -> list[str]:
        package = self.packages[(src, tgt)]
        if not package.has_splitter:
            raise EngineError(f"the Argos package in {package.path} has no sentence splitter of its own "
                              f"(a {' or '.join(SPLITTER_DIRS)}/ folder), so argostranslate would download one; "
                              "xlate never downloads. Install a current package (argospm install "
                              f"translate-{src}_{tgt}, or xlate models install FILE.argosmodel)")
        from argostranslate import translate as argos_translate
        translation = argos_translate.get_translation_from_codes(src, tgt)
        # argostranslate translates line by line, so one call keeps the batch and the mapping exact.
        out = translation.translate("\n".join(lines)).split("\n")
        if len(out) != len(lines):
            out = [translation.translate(line).replace("\n", " ") for line in lines]
        return [line.strip() for line in out]


def check_package_file(path: Path) -> dict:
    """The metadata of an .argosmodel file, or EngineError saying why it cannot be installed."""
    import json
    import zipfile
    if not zipfile.is_zipfile(path):
        raise EngineError(f"{path} is not an Argos package (an .argosmodel zip archive)")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        meta_names = [n for n in names if n.count("/") == 1 and n.endswith("/metadata.json")]
        if not meta_names:
            raise EngineError(f"{path} has no <folder>/metadata.json; it is not an Argos package")
        folder = meta_names[0].split("/")[0]
        metadata = json.loads(archive.read(meta_names[0]))
        if not any(n.startswith(f"{folder}/{d}/") and not n.endswith("/") for n in names for d in SPLITTER_DIRS):
            raise EngineError(f"{path} has no sentence splitter ({' or '.join(SPLITTER_DIRS)}/ folder); "
                              "argostranslate would download one at first use, which xlate never does")
    return metadata


def install_package(path: Path) -> ArgosPackage:
    if not argos_available():
        raise EngineError(f"argostranslate is not installed; {INSTALL_HINT}")
    metadata = check_package_file(path)
    from argostranslate import package as argos_package
    argos_package.install_from_path(path)
    pair = (metadata.get("from_code"), metadata.get("to_code"))
    return next(p for p in installed_packages() if (p.src, p.tgt) == pair)

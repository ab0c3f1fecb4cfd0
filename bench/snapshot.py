"""Write the output of every check to a folder, to compare two versions of xlate byte for byte.

    python bench/snapshot.py /tmp/snap-main          # in the checkout to compare against
    python bench/snapshot.py /tmp/snap-mine          # in the changed checkout
    diff -r /tmp/snap-main /tmp/snap-mine            # a restructuring must leave no difference

Each command's stdout, stderr and exit code go to one file per command. The inputs are seeds/,
bench/heldout*/ (with their own glossary and with the project's), the files under tests/data/, a
small generated corpus (bench/corpus.py, seed 0) and the round-trip JSON; `xlate check` runs in
text and JSON, with no engine and with Apertium (when installed), with the result cache off. The
translation cache (translations are the engine's, not xlate's) is kept warm in --cache-dir between
snapshots, so a second snapshot takes seconds, not minutes. Paths in the output are relative to
the repository, so two checkouts give comparable files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The same path for every checkout compared: it shows in the output. $XLATE_SNAPSHOT_CORPUS gives a
# pair of snapshots a corpus of its own, apart from other people's runs.
CORPUS = Path(os.environ.get("XLATE_SNAPSHOT_CORPUS", "/tmp/xlate-snapshot-corpus"))


def commands(engines: list[str]) -> dict[str, list[str]]:
    """name -> xlate arguments."""
    inputs = {
        "seeds": ["seeds/"],
        "heldout": ["--glossary", "bench/heldout/glossary.tbx", "bench/heldout/"],
        "heldout-project-glossary": ["bench/heldout/"],
        "heldout2": ["--glossary", "bench/heldout2/glossary.tbx", "bench/heldout2/"],
        "heldout2-project-glossary": ["bench/heldout2/"],
        "heldout-confusables": ["bench/heldout-confusables/"],
        "tests-data-pair": ["tests/data/pair/"],
        "tests-data-lint-glossary": ["--glossary", "tests/data/lint/languages.tbx", "seeds/"],
        "corpus": [str(CORPUS)],
    }
    runs = {}
    for engine in engines:
        for name, args in inputs.items():
            for fmt in ("text", "json"):
                runs[f"check-{name}-{engine}.{fmt}"] = ["check", "--no-cache", "--jobs", "1", "--engine", engine,
                                                        "--format", fmt, *args]
        runs[f"check-seeds-roundtrip-{engine}.json"] = ["check", "--no-cache", "--engine", engine, "--roundtrip",
                                                        "--format", "json", "seeds/", "bench/heldout/"]
        runs[f"check-corpus-jobs2-{engine}.json"] = ["check", "--no-cache", "--jobs", "2", "--engine", engine,
                                                     "--format", "json", str(CORPUS)]
    if "apertium" in engines:
        for name in ("seeds/", "bench/heldout/", "bench/heldout2/"):
            runs[f"roundtrip-{name.strip('/').replace('/', '-')}.json"] = [
                "roundtrip", "--engine", "apertium", "--format", "json", name]
    for fmt in ("text", "json"):
        runs[f"glossary-lint.{fmt}"] = ["glossary", "lint", "--format", fmt]
        runs[f"glossary-lint-languages.{fmt}"] = ["glossary", "lint", "--format", fmt,
                                                  "--glossary", "tests/data/lint/languages.tbx"]
        runs[f"glossary-lint-heldout.{fmt}"] = ["glossary", "lint", "--format", fmt,
                                                "--glossary", "bench/heldout/glossary.tbx"]
    runs["glossary-suggest-seeds.txt"] = ["glossary", "suggest", "seeds/"]
    runs["glossary-suggest-heldout.txt"] = ["glossary", "suggest", "bench/heldout/", "bench/heldout2/"]
    runs["rules.txt"] = ["rules"]
    runs["rules.md"] = ["rules", "--format", "markdown"]
    return runs


def make_corpus() -> None:
    """Generated once and kept: snapshots of two checkouts may run at the same time and read it."""
    done = CORPUS / ".complete"
    if done.exists():
        return
    sys.path.insert(0, str(ROOT))
    from bench.corpus import generate_corpus
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    generate_corpus(CORPUS, files=60, total_bytes=600_000, seed=0)
    done.touch()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--cache-dir", type=Path, default=Path("/tmp/xlate-snapshot-cache"),
                        help="translation cache kept between snapshots (default: %(default)s)")
    parser.add_argument("--engines", default="none,apertium" if shutil.which("apertium") else "none")
    args = parser.parse_args()
    make_corpus()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "XLATE_CACHE_DIR": str(args.cache_dir), "COLUMNS": "200", "NO_COLOR": "1"}
    for name, xlate_args in commands(args.engines.split(",")).items():
        done = subprocess.run([sys.executable, "-m", "xlate", *xlate_args], cwd=ROOT, env=env,
                              capture_output=True, stdin=subprocess.DEVNULL)
        (args.out_dir / name).write_bytes(done.stdout + b"\n--- stderr ---\n" + done.stderr
                                          + f"\n--- exit {done.returncode} ---\n".encode())
        print(f"{name}: exit {done.returncode}", file=sys.stderr)


if __name__ == "__main__":
    main()

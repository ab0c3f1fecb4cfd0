"""The benchmark: xlate against codespell and typos on one generated corpus, and how xlate scales.

    python bench/run.py            # 2,000 files, about 20 MB; takes a while
    python bench/run.py --quick    # 200 files, about 2 MB: a smoke check

Every figure is the median of --runs runs under /usr/bin/time -v (wall
seconds, peak resident memory of the largest process). Corpora and glossaries
are generated deterministically into --workdir (a temporary folder by
default). Nothing here is a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import generate_corpus  # noqa: E402
from bench.glossary import write_glossary  # noqa: E402

TIME = "/usr/bin/time"
BIN = Path(sys.executable).parent
SEED_FILE = sorted((ROOT / "seeds").glob("000_*.txt"))[0]
_WALL_RE = re.compile(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)")
_RSS_RE = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")


@dataclass
class Timing:
    wall: float      # seconds, median
    rss_mb: float    # peak resident set of the largest process, MB, median


def tool(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


def measure(command: list[str], runs: int) -> Timing:
    walls, rss = [], []
    for _ in range(runs):
        done = subprocess.run([TIME, "-v", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, cwd=ROOT)
        wall, peak = _WALL_RE.search(done.stderr), _RSS_RE.search(done.stderr)
        if not wall or not peak:
            raise SystemExit(f"no timing for {' '.join(command)}:\n{done.stderr[-2000:]}")
        hours, minutes, seconds = wall.groups()
        walls.append(int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds))
        rss.append(int(peak.group(1)) / 1024)
    return Timing(statistics.median(walls), statistics.median(rss))


def xlate(glossary: Path, *args: str, cached: bool = False) -> list[str]:
    """An xlate check command; every figure but the re-run's is for real checking: no result cache."""
    return [sys.executable, "-m", "xlate", "check", "--engine", "none", "--glossary", str(glossary),
            *(() if cached else ("--no-cache",)), *args]


def words_in(folder: Path) -> int:
    return sum(len(re.findall(r"\w+", p.read_text(encoding="utf-8"))) for p in folder.glob("*.md"))


def recall(corpus: Path, glossary: Path) -> list[str]:
    """Planted findings that xlate reports (same file and line, overlapping columns, same kind)."""
    planted = json.loads((corpus / "MANIFEST.json").read_text(encoding="utf-8"))["planted"]
    done = subprocess.run(xlate(glossary, "--format", "json", str(corpus)), capture_output=True, text=True, cwd=ROOT)
    found = {(Path(f["path"]).name, f["line"], f["kind"]): f for f in json.loads(done.stdout)["findings"]}
    rows = []
    for kind in sorted({p["kind"] for p in planted}):
        mine = [p for p in planted if p["kind"] == kind]
        hits = sum(1 for p in mine if _hit(found.get((p["path"], p["line"], kind)), p))
        rows.append(f"  {kind:<13} {hits:>5} of {len(mine):>5} planted reported")
    return rows


def _hit(finding: dict | None, planted: dict) -> bool:
    return bool(finding) and finding["column"] < planted["column"] + len(planted["text"]) and \
        planted["column"] < finding["end_column"]


def row(label: str, t: Timing, extra: str = "") -> str:
    return f"  {label:<44} {t.wall:>8.2f} s {t.rss_mb:>8.0f} MB  {extra}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 files, about 2 MB")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is shown)")
    parser.add_argument("--jobs", type=int, default=None, help="xlate --jobs (default: all cores)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep corpora and glossaries here")
    parser.add_argument("--roundtrip", action="store_true",
                        help="also time --engine apertium --roundtrip with a warm translation cache "
                             "(the first, cold run fills WORKDIR/cache: about ten minutes on the 20 MB corpus)")
    args = parser.parse_args()
    if not Path(TIME).exists():
        print(f"bench: {TIME} is missing; install it with: sudo apt-get install time", file=sys.stderr)
        return 2
    files, size = (200, 2_000_000) if args.quick else (2000, 20_000_000)
    jobs = args.jobs or os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        print(f"bench: {os.cpu_count()} cores, xlate --jobs {jobs}, median of {args.runs} runs; "
              f"generating corpora and glossaries in {work}", flush=True)
        corpora = {n: generate_if_missing(work / f"corpus-{n}x", files * n, size * n) for n in (1, 2, 4)}
        glossaries = {n: glossary_if_missing(work / f"glossary-{n}.toml", n) for n in (500, 5000, 50000)}
        corpus, g5000 = corpora[1], glossaries[5000]
        words = words_in(corpus)
        megabytes = sum(p.stat().st_size for p in corpus.glob("*.md")) / 1e6
        jobs_flag = ["--jobs", str(jobs)]

        print(f"\nSide by side: {files} files, {megabytes:.1f} MB, {words:,} words; "
              f"xlate with a 5,000-concept glossary, no engine", flush=True)
        x = measure(xlate(g5000, *jobs_flag, str(corpus)), args.runs)
        print(row("xlate check", x, f"{words / x.wall:,.0f} words/s"), flush=True)
        others = {}
        for name in ("codespell", "typos"):
            exe = tool(name)
            if exe is None:
                print(f"  {name:<44} not installed (pip install {name})")
                continue
            others[name] = measure([exe, str(corpus)], args.runs)
            print(row(name, others[name], f"{words / others[name].wall:,.0f} words/s"), flush=True)
        for name, t in others.items():
            print(f"  xlate/{name}: {x.wall / t.wall:.2f}x wall")
        rerun = rerun_section(corpus, g5000, jobs_flag, work / "results-cache", args.runs)
        for name, t in others.items():
            print(f"  re-run xlate/{name}: {rerun.wall / t.wall:.2f}x wall")

        print(f"\nOne file ({SEED_FILE.relative_to(ROOT)}), what a pre-commit hook pays", flush=True)
        x1 = measure([sys.executable, "-m", "xlate", "check", "--engine", "none", str(SEED_FILE)], args.runs)
        print(row("xlate check (shipped glossary)", x1))
        if tool("codespell"):
            c1 = measure([tool("codespell"), str(SEED_FILE)], args.runs)
            print(row("codespell", c1))
            print(f"  xlate/codespell: {x1.wall / c1.wall:.2f}x wall")

        print("\nScaling with the corpus (5,000 concepts)", flush=True)
        base = None
        for n, folder in corpora.items():
            t = x if n == 1 else measure(xlate(g5000, *jobs_flag, str(folder)), args.runs)
            base = base or t
            print(row(f"{n}x corpus", t, f"{t.wall / base.wall:.2f}x time"), flush=True)

        print(f"\nScaling with the glossary ({files} files)", flush=True)
        base = None
        for n, glossary in glossaries.items():
            t = x if n == 5000 else measure(xlate(glossary, *jobs_flag, str(corpus)), args.runs)
            base = base or t
            print(row(f"{n:,} concepts", t, f"{t.wall / base.wall:.2f}x time"), flush=True)

        if args.roundtrip:
            roundtrip_section(corpus, g5000, jobs_flag, work / "cache", x, args.runs)

        print("\nPlanted findings in the 1x corpus (5,000 concepts)")
        print("\n".join(recall(corpus, g5000)))
    return 0


def rerun_section(corpus: Path, glossary: Path, jobs_flag: list[str], cache: Path, runs: int) -> Timing:
    """The same check again with the result cache (xlate/results.py) filled by a first run: what an
    editor re-running a folder, or a nightly archive check, pays when the files have not changed."""
    shutil.rmtree(cache, ignore_errors=True)
    command = xlate(glossary, *jobs_flag, "--cache-dir", str(cache), str(corpus), cached=True)
    measure(command, 1)
    rerun = measure(command, runs)
    print(row("xlate check again, files unchanged (cache)", rerun, f"{words_in(corpus) / rerun.wall:,.0f} words/s"),
          flush=True)
    return rerun


def roundtrip_section(corpus: Path, glossary: Path, jobs_flag: list[str], cache: Path, plain: Timing, runs: int) -> None:
    """--engine apertium --roundtrip against the no-engine run, once the translation cache is warm."""
    print("\nRound trips with a warm translation cache (Apertium)", flush=True)
    if tool("apertium") is None:
        print("  apertium not installed (sudo apt-get install apertium apertium-eng-spa)")
        return
    command = xlate(glossary, *jobs_flag, "--roundtrip", str(corpus))
    command[command.index("none")] = "apertium"
    command += ["--cache-dir", str(cache)]
    cold = measure(command, 1)   # fills the cache (or finds it filled by an earlier bench run)
    print(row("first run (cold unless cached before)", cold), flush=True)
    warm = measure(command, runs)
    print(row("xlate check --engine apertium --roundtrip", warm, f"{warm.wall / plain.wall:.2f}x the no-engine run"))


def generate_if_missing(folder: Path, files: int, size: int) -> Path:
    if not (folder / "MANIFEST.json").exists():
        generate_corpus(folder, files, size)
    return folder


def glossary_if_missing(path: Path, concepts: int) -> Path:
    return path if path.exists() else write_glossary(path, concepts)


if __name__ == "__main__":
    sys.exit(main())

"""The benchmark: xlate against codespell and typos on real copy and a generated corpus, and how xlate scales.

    python bench/run.py            # 2,000 generated files, about 20 MB; takes a while
    python bench/run.py --quick    # 200 generated files, about 2 MB: a smoke check
    python bench/run.py --real-only    # only the real-text sections (../shared/real-news)
    python bench/run.py --quick --brief          # real text, the generated corpus and one file, side by side
    python bench/run.py --quick --unknown-only   # the scaling run over the share of unknown words

Real text comes first: ../shared/real-news (English and Spanish published news; see its README),
read where it lies and never copied. Then the generated corpus, one file, the scaling runs (the
corpus, the glossary, and the share of unknown words in a text of fixed size: time must not grow
with it), and where the time goes per rule and per file (bench/costs.py).

Every figure is the median of --runs runs under /usr/bin/time -v (wall
seconds, CPU seconds of all processes, peak resident memory of the largest
process). The commands a ratio compares run in turn within each round, so a
busy spell of the machine slows both sides, and a ratio is the median of the
rounds' ratios. Corpora and glossaries are generated deterministically into
--workdir (a temporary folder by default). Nothing here is a test: timings
depend on the machine.
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
_CPU_RE = re.compile(r"(?:User|System) time \(seconds\): ([\d.]+)")


@dataclass
class Timing:
    wall: float      # seconds, median
    rss_mb: float    # peak resident set of the largest process, MB, median
    cpu: float       # user + system seconds of every process, median
    walls: list[float]   # each round's wall seconds, in order

    def ratio(self, other: "Timing") -> float:
        """Median over the rounds of this wall time over other's: the two ran in turn in each round."""
        return statistics.median(a / b for a, b in zip(self.walls, other.walls))


def tool(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


def measure(command: list[str], runs: int) -> Timing:
    return measure_together({"": command}, runs)[""]


def measure_together(commands: dict[str, list[str]], runs: int) -> dict[str, Timing]:
    """Each command once per round, in turn, for runs rounds."""
    samples: dict[str, list[tuple[float, float, float]]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            samples[label].append(_run_timed(command))
    return {label: Timing(statistics.median(s[0] for s in runs_), statistics.median(s[1] for s in runs_),
                          statistics.median(s[2] for s in runs_), [s[0] for s in runs_])
            for label, runs_ in samples.items()}


# Commands run with Python's bytecode cache on, as an installed xlate has it (pip compiles it at
# install time): an environment that turns it off would have every run compile xlate's source again.
CHILD_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def load_average() -> str:
    return "load average " + " ".join(f"{load:.1f}" for load in os.getloadavg())


def _run_timed(command: list[str]) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds) of one run."""
    done = subprocess.run([TIME, "-v", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, cwd=ROOT, env=CHILD_ENV)
    wall, peak = _WALL_RE.search(done.stderr), _RSS_RE.search(done.stderr)
    if not wall or not peak:
        raise SystemExit(f"no timing for {' '.join(command)}:\n{done.stderr[-2000:]}")
    hours, minutes, seconds = wall.groups()
    cpu = sum(float(t) for t in _CPU_RE.findall(done.stderr))
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds), int(peak.group(1)) / 1024, cpu


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


def real_news_folder(given: Path | None) -> Path | None:
    """../shared/real-news beside the repository (or beside the folder of its worktrees)."""
    for folder in ([given] if given else [ROOT.parent / "shared" / "real-news", ROOT.parent.parent / "shared" / "real-news"]):
        if folder.is_dir():
            return folder
    return None


def real_text_section(real: Path, jobs_flag: list[str], runs: int) -> None:
    """xlate (engine none, no result cache, the shipped glossary) and codespell on the same real
    copy, in turn within each round, xlate with --jobs 1 and with the jobs asked for (how the work
    splits over the cores: the CPU column shows what the second process repeats); then start-up,
    the slowest file and the cost per rule (bench/costs.py)."""
    glossary = ROOT / "glossary"
    sets = {"English": [real / "en"], "Spanish": [real / "es"]}
    for language, folders in sets.items():
        words = sum(words_in_tree(folder) for folder in folders)
        files = sum(1 for folder in folders for _ in folder.rglob("*.md"))
        print(f"\nReal text, {language}: {', '.join(str(f) for f in folders)} ({files} files, {words:,} words; "
              f"{load_average()})", flush=True)
        side = {f"xlate check {' '.join(jobs_flag)}": xlate(glossary, *jobs_flag, *map(str, folders))}
        if jobs_flag != ["--jobs", "1"]:
            side["xlate check --jobs 1"] = xlate(glossary, "--jobs", "1", *map(str, folders))
        if tool("codespell"):
            side["codespell"] = [tool("codespell"), *map(str, folders)]
        timings = measure_together(side, runs)
        for label, t in timings.items():
            print(row(label, t, f"{words / t.wall:,.0f} words/s"), flush=True)
        if "codespell" in timings:
            c = timings.pop("codespell")
            for label, x in timings.items():
                print(f"  {label}/codespell: {x.ratio(c):.2f}x wall, {x.cpu / c.cpu:.2f}x CPU")
    startup_section(runs)
    largest = max(((p.stat().st_size, p) for f in sets.values() for folder in f for p in folder.rglob("*.md")))[1]
    print(f"\nOne real file, the largest ({largest}), what a pre-commit hook pays ({load_average()})", flush=True)
    one = {"xlate check": [sys.executable, "-m", "xlate", "check", "--engine", "none", "--no-cache",
                           "--glossary", str(glossary), str(largest)]}
    if tool("codespell"):
        one["codespell"] = [tool("codespell"), str(largest)]
    one = measure_together(one, runs)
    for label, t in one.items():
        print(row(label, t), flush=True)
    if "codespell" in one:
        print(f"  xlate/codespell: {one['xlate check'].ratio(one['codespell']):.2f}x wall")
    print("\nWhere the time goes on the real text (one process, CPU; bench/costs.py)", flush=True)
    subprocess.run([sys.executable, "-m", "bench.costs", *(str(f) for fs in sets.values() for f in fs)], cwd=ROOT)


def startup_section(runs: int) -> None:
    """What every run pays before its first file: the interpreter, xlate's imports (every rule's
    module, as a check loads them), and a check of an empty file (word lists, indexes, glossary)."""
    print(f"\nStart-up, what every run pays ({load_average()})", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.md"
        empty.write_text("", encoding="utf-8")
        imports = "from xlate.cli import check; from xlate.rules import all_rules; all_rules()"
        timings = measure_together({
            "python, nothing imported": [sys.executable, "-c", "pass"],
            "xlate's imports, every rule": [sys.executable, "-c", imports],
            "xlate check, an empty file": xlate(ROOT / "glossary", str(empty)),
            **({"codespell, an empty file": [tool("codespell"), str(empty)]} if tool("codespell") else {}),
        }, runs)
    for label, t in timings.items():
        print(row(label, t), flush=True)


def words_in_tree(folder: Path) -> int:
    return sum(len(re.findall(r"\w+", p.read_text(encoding="utf-8"))) for p in folder.rglob("*.md"))


UNKNOWN_SHARES = (0.001, 0.01, 0.05, 0.2)


def with_unknown_words(source: Path, target: Path, share: float, seed: int = 0) -> Path:
    """A copy of the generated corpus source with about share of its lowercase words replaced by
    words no dictionary holds, each one new: half slips of the word (one or two letters changed,
    so suggestions are found and reported), half strings of random letters (no suggestion)."""
    import random
    if (target / "DONE").exists():
        return target
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    letters = "abcdefghijklmnopqrstuvwxyz"

    def unknown(word: str) -> str:
        if rng.random() < 0.5:
            return "".join(rng.choice(letters) for _ in range(len(word) + 2))
        chars = list(word)
        for _ in range(rng.choice((1, 2))):
            chars[rng.randrange(len(chars))] = rng.choice(letters)
        return "".join(chars)

    def replace(match: re.Match) -> str:
        return unknown(match.group()) if rng.random() < share else match.group()

    for path in sorted(source.glob("*.md")):
        (target / path.name).write_text(re.sub(r"\b[a-z]{4,}\b", replace, path.read_text(encoding="utf-8")),
                                        encoding="utf-8")
    (target / "DONE").write_text("")
    return target


def unknown_share_section(corpus: Path, work: Path, glossary: Path, jobs_flag: list[str], runs: int) -> None:
    """The same text with 0.1% to 20% of its words unknown: the time of a check must grow with the
    words, not with how many of them are unknown (each unknown word costs one index query)."""
    words = words_in(corpus)
    print(f"\nScaling with the share of unknown words (the 1x corpus, {words:,} words; generated; {load_average()})",
          flush=True)
    folders = {f"{share:.1%} unknown": with_unknown_words(corpus, work / f"unknown-{share}", share)
               for share in UNKNOWN_SHARES}
    print_ratios(measure_together({label: xlate(glossary, *jobs_flag, str(folder))
                                   for label, folder in folders.items()}, runs), "time")


def row(label: str, t: Timing, extra: str = "") -> str:
    return f"  {label:<44} {t.wall:>8.2f} s {t.cpu:>7.2f} s CPU {t.rss_mb:>6.0f} MB  {extra}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 files, about 2 MB")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (the median is shown)")
    parser.add_argument("--jobs", type=int, default=None, help="xlate --jobs (default: all cores)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep corpora and glossaries here")
    parser.add_argument("--real-news", type=Path, default=None,
                        help="the real-news folder (default: ../shared/real-news beside the repository)")
    parser.add_argument("--real-only", action="store_true", help="only the real-text sections")
    parser.add_argument("--unknown-only", action="store_true",
                        help="only the scaling run over the share of unknown words (the 1x generated corpus)")
    parser.add_argument("--brief", action="store_true",
                        help="the real-text sections, then the generated corpus beside codespell and typos and one "
                             "seed file: no re-run, scaling, glossary or recall sections (and only the 1x corpus)")
    parser.add_argument("--roundtrip", action="store_true",
                        help="also time --engine apertium --roundtrip with a warm translation cache "
                             "(the first, cold run fills WORKDIR/cache: about ten minutes on the 20 MB corpus)")
    args = parser.parse_args()
    if not Path(TIME).exists():
        print(f"bench: {TIME} is missing; install it with: sudo apt-get install time", file=sys.stderr)
        return 2
    files, size = (200, 2_000_000) if args.quick else (2000, 20_000_000)
    jobs = args.jobs or os.cpu_count() or 1
    real = real_news_folder(args.real_news)
    print(f"bench: {os.cpu_count()} cores, xlate --jobs {jobs}, median of {args.runs} runs, {load_average()}", flush=True)
    if args.unknown_only:
        with tempfile.TemporaryDirectory() as tmp:
            work = args.workdir or Path(tmp)
            unknown_share_section(generate_if_missing(work / "corpus-1x", files, size), work,
                                  glossary_if_missing(work / "glossary-5000.toml", 5000), ["--jobs", str(jobs)], args.runs)
        return 0
    if real is None:
        print("bench: no real-news folder (../shared/real-news); --real-news PATH names one", file=sys.stderr)
    else:
        real_text_section(real, ["--jobs", str(jobs)], args.runs)
    if args.real_only:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        print(f"\nbench: generating corpora and glossaries in {work}", flush=True)
        corpora = {n: generate_if_missing(work / f"corpus-{n}x", files * n, size * n) for n in ((1,) if args.brief else (1, 2, 4))}
        glossaries = {n: glossary_if_missing(work / f"glossary-{n}.toml", n) for n in ((5000,) if args.brief else (500, 5000, 50000))}
        corpus, g5000 = corpora[1], glossaries[5000]
        words = words_in(corpus)
        megabytes = sum(p.stat().st_size for p in corpus.glob("*.md")) / 1e6
        jobs_flag = ["--jobs", str(jobs)]

        print(f"\nSide by side: {files} files, {megabytes:.1f} MB, {words:,} words; "
              f"xlate with a 5,000-concept glossary, no engine; {load_average()}", flush=True)
        side = {"xlate check": xlate(g5000, *jobs_flag, str(corpus))}
        for name in ("codespell", "typos"):
            exe = tool(name)
            if exe is None:
                print(f"  {name:<44} not installed (pip install {name})")
            else:
                side[name] = [exe, str(corpus)]
        timings = measure_together(side, args.runs)
        for label, t in timings.items():
            print(row(label, t, f"{words / t.wall:,.0f} words/s"), flush=True)
        x = timings.pop("xlate check")
        for name, t in timings.items():
            print(f"  xlate/{name}: {x.ratio(t):.2f}x wall, {x.cpu / t.cpu:.2f}x CPU")
        if not args.brief:
            rerun = rerun_section(corpus, g5000, jobs_flag, work / "results-cache", args.runs)
            for name, t in timings.items():
                print(f"  re-run xlate/{name}: {rerun.wall / t.wall:.2f}x wall (medians of separate rounds)")

        print(f"\nOne file ({SEED_FILE.relative_to(ROOT)}), what a pre-commit hook pays", flush=True)
        one = {"xlate check (shipped glossary)": [sys.executable, "-m", "xlate", "check", "--engine", "none",
                                                  "--no-cache", str(SEED_FILE)]}
        if tool("codespell"):
            one["codespell"] = [tool("codespell"), str(SEED_FILE)]
        one = measure_together(one, args.runs)
        for label, t in one.items():
            print(row(label, t), flush=True)
        if "codespell" in one:
            print(f"  xlate/codespell: {one['xlate check (shipped glossary)'].ratio(one['codespell']):.2f}x wall")
        if args.brief:
            return 0

        print("\nScaling with the corpus (5,000 concepts)", flush=True)
        print_ratios(measure_together({f"{n}x corpus": xlate(g5000, *jobs_flag, str(folder))
                                       for n, folder in corpora.items()}, args.runs), "time")

        unknown_share_section(corpus, work, g5000, jobs_flag, args.runs)

        print(f"\nScaling with the glossary ({files} files)", flush=True)
        print_ratios(measure_together({f"{n:,} concepts": xlate(glossary, *jobs_flag, str(corpus))
                                       for n, glossary in glossaries.items()}, args.runs), "time")

        if args.roundtrip:
            roundtrip_section(corpus, g5000, jobs_flag, work / "cache", side["xlate check"], args.runs)

        print("\nPlanted findings in the 1x corpus (5,000 concepts)")
        print("\n".join(recall(corpus, g5000)))
    return 0


def print_ratios(timings: dict[str, Timing], what: str) -> None:
    """A row per command, each with its time over the first command's (median of the rounds' ratios)."""
    first = next(iter(timings.values()))
    for label, t in timings.items():
        print(row(label, t, f"{t.ratio(first):.2f}x {what}"), flush=True)


def rerun_section(corpus: Path, glossary: Path, jobs_flag: list[str], cache: Path, runs: int) -> Timing:
    """The same check again with the result cache (xlate/run/results.py) filled by a first run: what an
    editor re-running a folder, or a nightly archive check, pays when the files have not changed."""
    shutil.rmtree(cache, ignore_errors=True)
    command = xlate(glossary, *jobs_flag, "--cache-dir", str(cache), str(corpus), cached=True)
    measure(command, 1)
    rerun = measure(command, runs)
    print(row("xlate check again, files unchanged (cache)", rerun, f"{words_in(corpus) / rerun.wall:,.0f} words/s"),
          flush=True)
    return rerun


def roundtrip_section(corpus: Path, glossary: Path, jobs_flag: list[str], cache: Path, plain: list[str],
                      runs: int) -> None:
    """--engine apertium --roundtrip against the no-engine run (plain), once the translation cache is warm."""
    print("\nRound trips with a warm translation cache (Apertium)", flush=True)
    if tool("apertium") is None:
        print("  apertium not installed (sudo apt-get install apertium apertium-eng-spa)")
        return
    command = xlate(glossary, *jobs_flag, "--roundtrip", str(corpus))
    command[command.index("none")] = "apertium"
    command += ["--cache-dir", str(cache)]
    cold = measure(command, 1)   # fills the cache (or finds it filled by an earlier bench run)
    print(row("first run (cold unless cached before)", cold), flush=True)
    timings = measure_together({"xlate check, no engine": plain, "xlate check --engine apertium --roundtrip": command},
                               runs)
    print_ratios(timings, "the no-engine run")


def generate_if_missing(folder: Path, files: int, size: int) -> Path:
    if not (folder / "MANIFEST.json").exists():
        generate_corpus(folder, files, size)
    return folder


def glossary_if_missing(path: Path, concepts: int) -> Path:
    return path if path.exists() else write_glossary(path, concepts)


if __name__ == "__main__":
    sys.exit(main())

"""Time per megabyte on adversarial input against ordinary prose (issue 21): every step of a check
must cost about what its input's size says, whatever the text looks like.

    python bench/adversarial.py              # 1 MB of each kind; each kind in its own process
    python bench/adversarial.py --mb 2 --timeout 300 --kind backticks --kind prose

Ordinary prose is real published news, read from ../shared/real-news/en (never copied into the
repository), repeated to the size. Each adversarial kind is generated to the same size. Every kind
is read and checked (the shipped glossary, no engine, no result cache) in a fresh process, twice
(the faster run counts: the machine is shared); the table gives seconds per MB and the ratio to
prose (the issue asks for at most 2). A kind that passes --timeout is reported as such: a hang.
Nothing here is a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/real-news beside the checkout, whether it is the main one or a worktree under wt/
REAL_NEWS = next((p / "shared" / "real-news" / "en" for p in ROOT.parents if (p / "shared" / "real-news").is_dir()),
                 ROOT.parent / "shared" / "real-news" / "en")
MB = 1_000_000


def prose(size: int) -> str:
    folder = REAL_NEWS
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.md"))]
    if not texts:
        raise SystemExit(f"no real news under {folder}: the prose baseline reads it from there")
    whole = "\n\n".join(texts)
    return (whole * (size // len(whole) + 1))[:size]


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# kind -> text of about `size` characters; the ones REPORT.md (issue 21) found, and the list
KINDS = {
    "prose": prose,
    "long-tokens": lambda n: _fill("Then the crowd shouted " + "x7Kq" * 200 + " and left.\n\n", n),   # hashes, base64
    "long-letter-words": lambda n: _fill("The crowd shouted h" + "a" * 300 + " and left.\n\n", n),
    "punctuation-run": lambda n: "Some text " + "(" * (n // 2) + " word" * (n // 10) + "\n",
    "backticks": lambda n: "Some text " + "`" * (n // 10) + " word" * (n // 6) + "\n",
    "asterisks": lambda n: "Some text " + "*" * (n // 10) + " word" * (n // 6) + "\n",
    "brackets": lambda n: _fill("[a](", n // 2) + _fill(" [x]: y", n // 2),
    "nested-lists-quotes": lambda n: "".join(f"{'  ' * (i % 400)}- > {'>' * (i % 50)} item El Pais {i}\n"
                                             for i in range(n // 500)) + _fill("- > word\n", n // 2),
    "paragraphs-10000": lambda n: _fill("Cecot. El Pais said the megacarcel grew.\n\n", n),
    "one-long-line": lambda n: _fill("The Cecot prison, El Pais and the government said so. ", n),
    "findings-dense": lambda n: _fill("Cecot ", n),
    "html-comments": lambda n: _fill("<!-- xlate: disable ", n // 2) + _fill("word ", n // 2),
    "emails-urls": lambda n: _fill("a.b.c.d.e.f.g", n // 2) + _fill(" http://x.org/" + "a" * 50, n // 2),
}


def run_one(kind: str, size: int) -> dict:
    """In this process: build the text, then time reading it into a Document and checking it."""
    sys.path.insert(0, str(ROOT))
    from xlate.api import check_texts, load_context
    from xlate.core.document import Document
    text = KINDS[kind](size)
    ctx = load_context([ROOT / "glossary"])
    check_texts([Document.from_text("warm.md", "El Pais.\n")], ctx)   # load dictionaries before timing
    started = time.perf_counter()
    doc = Document.from_text("bench.md", text)
    doc.tokens, doc.paragraphs
    read = time.perf_counter() - started
    findings = check_texts([doc], ctx)
    total = time.perf_counter() - started
    megabytes = len(text.encode("utf-8")) / MB
    return {"kind": kind, "mb": megabytes, "read_s_per_mb": read / megabytes, "check_s_per_mb": total / megabytes,
            "findings": len(findings)}


def measure(kind: str, size: int, timeout: float) -> dict:
    runs = []
    for _ in range(2):
        try:
            out = subprocess.run([sys.executable, __file__, "--one", kind, "--size", str(size)], capture_output=True,
                                 text=True, timeout=timeout, check=True).stdout
        except subprocess.TimeoutExpired:
            return {"kind": kind, "hang": f"over {timeout:.0f} s"}
        runs.append(json.loads(out))
    return min(runs, key=lambda r: r["check_s_per_mb"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of each input in MB")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a kind counts as a hang")
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="only these (repeatable)")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.size)))
        return
    size = int(args.mb * MB)
    kinds = ["prose"] + [k for k in (args.kind or KINDS) if k != "prose"]
    rows = [measure(kind, size, args.timeout) for kind in kinds]
    base = rows[0].get("check_s_per_mb")
    print(f"{'kind':22} {'read s/MB':>10} {'check s/MB':>11} {'x prose':>8} {'findings':>9}")
    for row in rows:
        if "hang" in row:
            print(f"{row['kind']:22} {'':>10} {row['hang']:>11} {'HANG':>8}")
            continue
        ratio = row["check_s_per_mb"] / base if base else float("nan")
        print(f"{row['kind']:22} {row['read_s_per_mb']:10.2f} {row['check_s_per_mb']:11.2f} {ratio:8.2f} "
              f"{row['findings']:9d}")


if __name__ == "__main__":
    main()

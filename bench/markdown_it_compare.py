"""Should the Markdown reader use markdown-it-py (a CommonMark parser) for its block structure?

Compares xlate's Markdown masks (regexes: fences, indented code, inline code, links, tags) with a
reader that takes the code blocks (fenced and indented, in lists and block quotes too) from
markdown-it-py's CommonMark block parse and keeps xlate's inline masks:

1. correctness on tricky Markdown written here (nested lists, code in lists and quotes, HTML
   blocks, tables): for each case, the words that must be checked and those that must not;
2. speed on real text: CPU seconds to make the prose of every file of ../shared/real-news (read
   from there, never copied), medians of interleaved rounds.

    python -m bench.markdown_it_compare [--rounds 5] [--root ../shared/real-news]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench.real_news import find_root
from xlate.formats import markdown
from xlate.formats.text import mask_non_prose

# (name, Markdown, words that are prose, words that are not)
CASES = [
    ("paragraph continued in a numbered list",
     "1. The first point.\n\n    A second paragraph of the item, with recieve.\n", {"recieve"}, set()),
    ("code indented in a list item",
     "- Run this:\n\n      grep recieve notes.txt\n", set(), {"grep"}),
    ("fenced code in a block quote",
     "> Quoted:\n> ```\n> var teh = 1;\n> ```\n", set(), {"teh"}),
    ("fenced code in a list item",
     "- Step:\n\n  ```\n  make teh build\n  ```\n", set(), {"teh"}),
    ("indented code after a paragraph", "Text.\n\n    code teh\n", set(), {"teh"}),
    ("lazy continuation is not code", "Text goes on\n    and recieve\n", {"recieve"}, set()),
    ("table cells", "| Name | Note |\n|---|---|\n| Bukele | recieve |\n", {"recieve", "Bukele"}, set()),
    ("HTML block keeps its text", "<div class=\"box\">\nrecieve inside\n</div>\n", {"recieve"}, {"class", "box"}),
    ("inline code and links", "Use `teh` and [the report](http://x.org/teh) recieve.\n",
     {"recieve", "report"}, {"teh"}),
    ("four-space nested list item", "- a\n    - nested recieve\n", {"recieve"}, set()),
    ("unclosed fence runs to the end", "```\ncode teh\n", set(), {"teh"}),
]


def current(text: str) -> str:
    """The regexes alone (xlate's Markdown reader before this comparison)."""
    return mask_non_prose(text, markdown=True)


def with_markdown_it(text: str) -> str:
    """Code blocks from markdown-it-py's block parse for every text, then the inline masks."""
    return mask_non_prose(markdown.without_code_blocks(text), markdown=False)


hybrid = markdown.prose   # the reader: the block parse only where the regexes can be wrong


def words(prose: str) -> set[str]:
    return {w.strip(".,;:()[]`") for w in prose.split()}


READERS = (("current", current), ("markdown-it", with_markdown_it), ("hybrid", hybrid))


def correctness() -> dict[str, list[str]]:
    wrong: dict[str, list[str]] = {"current": [], "markdown-it": [], "hybrid": []}
    for name, text, prose_words, code_words in CASES:
        for reader, make in READERS:
            seen = words(make(text))
            if not prose_words <= seen or seen & code_words:
                wrong[reader].append(name)
    return wrong


def speed(rounds: int, root: Path) -> dict[str, float]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.md"))]
    times: dict[str, list[float]] = {reader: [] for reader, _ in READERS}
    for _ in range(rounds):   # interleaved, so load changes hit all alike
        for reader, make in READERS:
            before = time.process_time()
            for text in texts:
                make(text)
            times[reader].append(time.process_time() - before)
    used = sum(1 for text in texts if markdown.needs_block_parse(text))
    return {reader: round(statistics.median(values), 3) for reader, values in times.items()} | {
        "files": len(texts), "files needing the block parse": used}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--root", help="the real-news folder (default: shared/real-news found above)")
    args = parser.parse_args()
    wrong = correctness()
    for reader, names in wrong.items():
        print(f"{reader}: {len(CASES) - len(names)}/{len(CASES)} tricky cases right; wrong: {', '.join(names) or '-'}")
    print(speed(args.rounds, find_root(args.root)))


if __name__ == "__main__":
    main()

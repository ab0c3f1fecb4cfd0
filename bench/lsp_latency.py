"""How long `xlate lsp` takes to publish diagnostics after the debounce, with the server warm.

A real client (pytest-lsp's, on pygls) starts `xlate lsp --engine none` over stdio in a temporary
project with the shipped glossary, opens a 2,000-word article made of real published English news
(../shared/real-news/en/, read at run time and written only to the temporary folder), warms the
server with a few edits, then makes ROUNDS edits one at a time (a word appended to a paragraph, as
typing does) and times each from the change notification to the diagnostics of that version.
The figure is that time minus the debounce: what a writer waits once they stop typing.

    .venv/bin/python bench/lsp_latency.py                 # 30 rounds, 2,000 words
    .venv/bin/python bench/lsp_latency.py --words 5000 --rounds 50

Needs the lsp and test extras (pygls, pytest-lsp).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pytest_lsp import ClientServerConfig, client_capabilities

ROOT = Path(__file__).resolve().parent.parent
DEBOUNCE_MS = 100


def real_news() -> Path:
    """../shared/real-news of the repository, or of the checkout a worktree belongs to."""
    for folder in ROOT.parents:
        candidate = folder / "shared" / "real-news"
        if candidate.is_dir():
            return candidate
    sys.exit("bench: no shared/real-news folder above the repository")


def article(words: int) -> str:
    """About `words` words of real English news: whole files, in order, until there are enough."""
    parts, count = [], 0
    for path in sorted((real_news() / "en").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        parts.append(text.strip())
        count += len(text.split())
        if count >= words:
            break
    return "\n\n".join(parts) + "\n"


async def next_version(client, uri: str, version: int):
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:
            return params


async def measure(words: int, rounds: int, warmup: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / ".git").mkdir()
        shutil.copytree(ROOT / "glossary", root / "glossary")
        text = article(words)
        path = root / "article.md"
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        command = [sys.executable, "-m", "xlate", "lsp", "--engine", "none"]
        client = await ClientServerConfig(server_command=command).start()
        await client.initialize_session(types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"), root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(root.as_uri(), "bench")],
            initialization_options={"debounce": DEBOUNCE_MS}))
        client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, text)))
        await next_version(client, uri, 1)
        lines = text.split("\n")
        times = []
        for version in range(2, 2 + warmup + rounds):
            line = (version * 7) % len(lines)
            lines[line] += " word"
            started = time.perf_counter()
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=version, uri=uri),
                [types.TextDocumentContentChangeWholeDocument("\n".join(lines))]))
            await next_version(client, uri, version)
            if version >= 2 + warmup:
                times.append((time.perf_counter() - started) * 1000 - DEBOUNCE_MS)
        await client.shutdown_session()
    return times


def in_process(words: int, rounds: int) -> tuple[list[float], list[float]]:
    """The server's own work per edit, without the protocol: one document observed and concluded
    over (xlate/lsp/corpus.py), as wall and CPU milliseconds; CPU time is what a busy machine
    inflates least."""
    from xlate.core.document import Document
    from xlate.lsp.projects import Projects
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / ".git").mkdir()
        shutil.copytree(ROOT / "glossary", root / "glossary")
        path = str(root / "article.md")
        project = Projects().for_file(Path(path))
        text = article(words)
        walls, cpus = [], []
        for i in range(rounds + 3):
            wall, cpu = time.perf_counter(), time.process_time()
            project.corpus.observe_buffer(Document.from_text(path, text + " word" * i))
            project.corpus.findings(path)
            if i >= 3:
                walls.append((time.perf_counter() - wall) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
    return sorted(walls), sorted(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args()
    times = sorted(asyncio.run(measure(args.words, args.rounds, args.warmup)))
    words = len(article(args.words).split())
    print(f"xlate lsp, engine none, {words}-word real-news article, {args.rounds} edits after {args.warmup} warm-up: "
          f"diagnostics after the {DEBOUNCE_MS} ms debounce in median {statistics.median(times):.0f} ms, "
          f"p90 {times[int(len(times) * 0.9) - 1]:.0f} ms, max {times[-1]:.0f} ms")
    walls, cpus = in_process(args.words, args.rounds)
    print(f"the same check in-process (no protocol): median {statistics.median(walls):.0f} ms wall, "
          f"{statistics.median(cpus):.0f} ms CPU; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()

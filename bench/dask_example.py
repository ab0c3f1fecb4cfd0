"""Check a corpus with dask.distributed on a LocalCluster, and compare with one process.

The glossary and configuration are scattered to every worker once; each task
reads and checks one batch of files (observe_texts), and the client concludes
over the partials in batch order (docs/dask.md).

    python bench/dask_example.py [CORPUS_DIR] [--glossary G.toml] [--workers 2] [--batch 100]

Without CORPUS_DIR it generates a small bench corpus in a temporary folder.
Exits 1 if the distributed findings differ from the single-process ones.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from xlate.api import conclude, load_context, observe_texts  # noqa: E402
from xlate.run.check import check_paths  # noqa: E402
from xlate.run.discovery import discover  # noqa: E402
from xlate.core.document import Document  # noqa: E402


def check_batch(paths: list[str], ctx):
    """Runs on a worker: read a batch of files and check them, up to the corpus step."""
    return observe_texts([Document.from_path(Path(p)) for p in paths], ctx)


def dask_findings(files: list[Path], ctx, workers: int = 2, batch: int = 100):
    from dask.distributed import Client, LocalCluster
    batches = [[str(f) for f in files[i:i + batch]] for i in range(0, len(files), batch)]
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        shipped = client.scatter(ctx, broadcast=True)   # once per worker, not once per task
        partials = client.gather(client.map(check_batch, batches, ctx=shipped))
    return conclude(partials, ctx)                          # in batch order: the single-process answer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--glossary", type=Path, default=Path(__file__).resolve().parent.parent / "glossary")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if corpus is None:
            from bench.corpus import generate_corpus
            corpus = Path(tmp)
            generate_corpus(corpus, files=200, total_bytes=1_000_000)
        ctx = load_context(glossary=[args.glossary])
        files = discover([corpus], ctx.config).files
        distributed = dask_findings(files, ctx, args.workers, args.batch)
        single = check_paths([corpus], load_context(glossary=[args.glossary]), jobs=1).findings
    same = distributed == single
    print(f"{len(files)} files: {len(distributed)} findings on {args.workers} Dask workers, "
          f"{len(single)} in one process; identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

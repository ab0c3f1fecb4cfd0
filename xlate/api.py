"""The library interface: check texts with a glossary and a configuration, get findings back.

One process:

    from xlate.api import load_context, check_texts
    ctx = load_context(glossary=["glossary/"])
    findings = check_texts([("story.md", text)], ctx)

Many processes or machines (docs/dask.md): map observe_texts over batches of
documents, then conclude over the partials, in the batches' order. The result
is exactly check_texts over all the documents.

    partials = [observe_texts(batch, ctx) for batch in batches]   # anywhere
    findings = conclude(partials, ctx)                             # once

An editor (xlate/lsp/): keep each document's Partial (observe_texts of that document alone) while
it is unchanged, add observe_pairs for the pairs the edited document is in, and conclude over them
all: a keystroke re-checks one document, and the corpus rules still count every file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Union

from xlate.lint.steps import Partial, active_rules, check_pairs, conclude, observe_documents
from xlate.core.config import Config
from xlate.rules.context import Context
from xlate.core.document import Document
from xlate.core.finding import Finding
from xlate.formats import ReadError
from xlate.glossary import load_glossary
from xlate.lint.pairing import find_pairs

# A document: a Document, or a (path, text) pair; the path names it in findings and its
# suffix says whether it is Markdown (.md) and which language it is in (NAME.es.md).
DocumentLike = Union[Document, tuple[str, str]]

__all__ = ["Finding", "Partial", "load_context", "to_document", "check_texts", "observe_texts", "observe_pairs", "conclude"]


def load_context(glossary: Iterable[str | Path] = (), config: Config | None = None) -> Context:
    """A Context with the glossary files or folders loaded; picklable until it is first used. The
    glossary is loaded read-only: its indexes are kept between runs under the versions of its files,
    so change concepts in a glossary of your own (load_glossary) and build a Context over it."""
    return Context(glossary=load_glossary([Path(p) for p in glossary], read_only=True), config=config or Config())


def to_document(item: DocumentLike) -> Document:
    if isinstance(item, Document):
        return item
    path, text = item
    try:
        return Document.from_text(path, text)
    except ReadError as exc:   # a segment file translate-toolkit refuses: say which
        raise ReadError(path, exc.reason, exc.damaged) from None


def observe_texts(documents: Iterable[DocumentLike], ctx: Context) -> Partial:
    """The per-document step for a batch: findings of document and pair rules (pairs within the
    batch), observations for the corpus rules, suppression comments. Picklable."""
    return observe_documents([to_document(d) for d in documents], ctx)


def observe_pairs(documents: Iterable[DocumentLike], ctx: Context) -> Partial:
    """Only the pair rules, over the pairs the configuration's file-name patterns make among the
    documents (NAME.es.md with NAME.en.md): to conclude with Partials of the documents themselves."""
    docs = [to_document(d) for d in documents]
    return Partial(pair_findings=check_pairs(find_pairs(docs, ctx.config.pairs), ctx, active_rules(ctx)))


def check_texts(documents: Iterable[DocumentLike], ctx: Context) -> list[Finding]:
    """Every finding for the documents, sorted by path, line and column."""
    return conclude([observe_texts(documents, ctx)], ctx)

"""Running the rules: documents in, findings out, in a stable order."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from xlate.context import Context
from xlate.discovery import discover
from xlate.document import Document, ReadError
from xlate.finding import Finding
from xlate.pairs import Pair, find_pairs, unchecked_originals
from xlate.rules import CorpusRule, PairRule, Rule, all_rules
from xlate.suppress import Exemptions, without_exempt

# When two findings cover the same words, the more specific kind wins.
KIND_PRIORITY = {"rendering": 0, "untranslated": 1, "confusable": 2, "typo": 3, "roundtrip": 4, "glossary": 5}


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)   # (path, reason)
    notices: list[str] = field(default_factory=list)
    files_checked: int = 0


def active_rules(ctx: Context) -> list[Rule]:
    rules = []
    for cls in all_rules():
        if not ctx.config.enabled(cls.code, cls.default_enabled):
            continue
        if cls.needs_engine and ctx.engine is None:
            continue
        rules.append(cls())
    return rules


def check_document(doc: Document, ctx: Context, rules: list[Rule]) -> list[Finding]:
    findings: list[Finding] = []
    for rule in rules:
        if not isinstance(rule, CorpusRule):
            findings.extend(rule.check(doc, ctx))
    return findings


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep one finding per overlapping span in a file: the most specific kind, then the longest."""
    ranked = sorted(findings, key=lambda f: (KIND_PRIORITY.get(f.kind, 9),
                                             -(f.end_line - f.line), -(f.end_column - f.column), f.sort_key))
    kept: list[Finding] = []
    taken: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    for f in ranked:
        span = ((f.line, f.column), (f.end_line, f.end_column))
        spans = taken.setdefault(f.path, [])
        if any(span[0] < other[1] and other[0] < span[1] for other in spans):
            continue
        spans.append(span)
        kept.append(f)
    return sorted(kept, key=lambda f: f.sort_key)


def check_pairs(pairs: list[Pair], ctx: Context, rules: list[Rule]) -> list[Finding]:
    """Pair-level checks: each Spanish original against its English translation."""
    return [f for pair in pairs for rule in rules if isinstance(rule, PairRule) for f in rule.check_pair(pair, ctx)]


def check_documents(docs: Iterable[Document], ctx: Context, explicit_pairs=(), originals=()) -> list[Finding]:
    """The library entry point: check documents already in memory (see docs/api.md).
    explicit_pairs: (spanish path, english path) pairs besides those the file names make;
    originals: documents that are only the Spanish side of a pair, not checked themselves."""
    docs = list(docs)
    rules = active_rules(ctx)
    corpus_rules = [r for r in rules if isinstance(r, CorpusRule)]
    findings: list[Finding] = []
    observations: dict[str, list] = {r.code: [] for r in corpus_rules}
    exemptions: dict[str, Exemptions] = {}
    for doc in docs:
        findings.extend(check_document(doc, ctx, rules))
        for rule in corpus_rules:
            observations[rule.code].append(rule.observe(doc, ctx))
        exemptions[doc.path] = Exemptions.of(doc, ctx.config)
    for rule in corpus_rules:
        findings.extend(rule.conclude(observations[rule.code], ctx))
    findings = resolve_overlaps(findings)
    findings += check_pairs(find_pairs(docs + list(originals), ctx.config.pairs, explicit_pairs), ctx, rules)
    return sorted(without_exempt(findings, exemptions), key=lambda f: f.sort_key)


def load_documents(files: list[Path], ctx: Context, report: Report) -> list[Document]:
    docs = []
    for path in files:
        try:
            docs.append(Document.from_path(path, max_bytes=ctx.config.max_bytes))
        except ReadError as exc:
            report.skipped.append((exc.path, exc.reason))
    return docs


def check_paths(paths: list[Path], ctx: Context, explicit_pairs=()) -> Report:
    report = Report()
    paths = list(paths) + [p for pair in explicit_pairs for p in pair]
    found = discover(paths, ctx.config.include, ctx.config.exclude)
    report.skipped.extend(found.problems)
    docs = load_documents(found.files, ctx, report)
    report.files_checked = len(docs)
    originals = load_documents(unchecked_originals(docs, ctx.config.pairs), ctx, Report())
    report.findings = check_documents(docs, ctx, explicit_pairs, originals)
    return report

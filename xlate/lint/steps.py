"""Running the rules over documents in memory: the per-document step, the corpus-wide step, in a stable order."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from xlate.core.document import Document
from xlate.core.finding import KINDS, Finding
from xlate.core.pairs import Pair
from xlate.lint.pairing import find_pairs
from xlate.lint.suppress import Exemptions, without_exempt
from xlate.rules import CorpusRule, GlossaryRule, PairRule, Rule, all_rules
from xlate.rules.context import Context

KIND_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}   # the more specific kind wins an overlap


def active_rules(ctx: Context) -> list[Rule]:
    """The rules the configuration enables (those needing an engine only with one), made once per
    run: every batch of documents, the corpus-wide step and the pair rules use the same ones."""
    made = ctx.shared("rules", dict)   # by whether there is an engine, the one thing a run may change
    with_engine = ctx.engine is not None
    if with_engine not in made:
        made[with_engine] = [cls() for cls in all_rules() if not issubclass(cls, GlossaryRule)
                             and ctx.config.enabled(cls.code, cls.default_enabled)
                             and (with_engine or not cls.needs_engine)]
    return made[with_engine]


def check_document(doc: Document, ctx: Context, rules: list[Rule]) -> list[Finding]:
    findings: list[Finding] = []
    for rule in rules:
        if not isinstance(rule, CorpusRule):
            findings.extend(rule.check(doc, ctx))
    return findings


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep one finding per overlapping span in a file: the most specific kind, then the longest.
    n log n in the number of findings: a file may hold a million (a table of misspelt names)."""
    ranked = sorted(findings, key=lambda f: (KIND_PRIORITY.get(f.kind, 9),
                                             -(f.end_line - f.line), -(f.end_column - f.column), f.sort_key))
    kept: list[Finding] = []
    taken: dict[tuple[str, str], KeptSpans] = {}
    for f in ranked:
        span = ((f.line, f.column), (f.end_line, f.end_column))
        spans = taken.setdefault((f.path, f.unit), KeptSpans())   # a .docx's footnotes count lines of their own
        if not spans.overlaps(span):
            spans.add(span)
            kept.append(f)
    return sorted(kept, key=lambda f: f.sort_key)


class KeptSpans:
    """Spans (start, end) none of which overlaps another, in order: whether a new span overlaps one
    is a look at the one starting last before it ends (those before end no later than it starts)."""

    def __init__(self):
        from sortedcontainers import SortedList
        self.spans = SortedList()

    def overlaps(self, span: tuple) -> bool:
        start, end = span
        before = self.spans.bisect_left((end,)) - 1   # the last span starting before `end`
        return before >= 0 and start < self.spans[before][1] and self.spans[before][0] < end

    def add(self, span: tuple) -> None:
        self.spans.add(span)


def check_pairs(pairs: list[Pair], ctx: Context, rules: list[Rule]) -> list[Finding]:
    """Pair-level checks: each Spanish original against its English translation."""
    return [f for pair in pairs for rule in rules if isinstance(rule, PairRule) for f in rule.check_pair(pair, ctx)]


class PairsAsRead:
    """The pair rules over pairs of documents checked in one pass (observe_one_by_one), each pair
    as soon as its second side is read (a bilingual file as soon as it is): the rules then use what
    the document rules derived of both sides (words, paragraphs, term matches, calques), and no side
    is read twice. partners: each side's normalised path to the other's (lint.pairing.partners_within);
    a side waits, held, for its partner only."""

    def __init__(self, ctx: Context, partners: dict[str, str]):
        self.ctx, self.partners = ctx, partners
        self.held: dict[str, Document] = {}
        self.findings: list[Finding] = []

    def read(self, doc: Document) -> None:
        key = os.path.normpath(doc.path)
        partner = self.partners.get(key)
        if partner is None:
            return
        if partner == key:   # a bilingual file: its sources and its targets
            sides = [doc]
        elif partner in self.held:
            sides = [self.held.pop(partner), doc]
        else:
            self.held[key] = doc
            return
        pairs = find_pairs(sides, self.ctx.config.pairs)
        self.findings += check_pairs(pairs, self.ctx, active_rules(self.ctx))


@dataclass
class Partial:
    """What checking some documents yields before the corpus-wide step. Picklable, so the
    documents can be checked in other processes or on other machines (see docs/api.md)."""
    findings: list[Finding] = field(default_factory=list)        # document rules
    pair_findings: list[Finding] = field(default_factory=list)   # pair rules: never displace other findings
    observations: dict[str, list] = field(default_factory=dict)  # corpus rule code -> one per document
    exemptions: dict[str, Exemptions] = field(default_factory=dict)


def observe_one_by_one(docs: Iterable[Document], ctx: Context,
                       checked: Callable[[Document], None] | None = None) -> Iterator[tuple[str, Partial]]:
    """The per-document step, one (path, Partial) per document: document rules, corpus-rule
    observations, exemptions. checked is told of each document done (a progress line)."""
    rules = active_rules(ctx)
    corpus_rules = [r for r in rules if isinstance(r, CorpusRule)]
    for doc in docs:
        yield doc.path, Partial(findings=check_document(doc, ctx, rules),
                                observations={rule.code: [rule.observe(doc, ctx)] for rule in corpus_rules},
                                exemptions={doc.path: Exemptions.of(doc, ctx.config)})
        if checked:
            checked(doc)


def each_of(*callbacks: Callable[[Document], None] | None) -> Callable[[Document], None]:
    """One callback for observe_one_by_one that calls each of those given (None: none)."""
    chosen = [c for c in callbacks if c]

    def each(doc: Document) -> None:
        for callback in chosen:
            callback(doc)
    return each


def observe_each(docs: Iterable[Document], ctx: Context) -> Partial:
    """The per-document step over docs, as one Partial."""
    return merged(partial for _, partial in observe_one_by_one(docs, ctx))


def merged(partials: Iterable[Partial]) -> Partial:
    """One Partial holding those given, in their order."""
    whole = Partial()
    for partial in partials:
        whole.findings += partial.findings
        whole.pair_findings += partial.pair_findings
        whole.exemptions.update(partial.exemptions)
        for code, seen in partial.observations.items():
            whole.observations.setdefault(code, []).extend(seen)
    return whole


def observe_documents(docs: Iterable[Document], ctx: Context, explicit_pairs=(), originals=()) -> Partial:
    """observe_each, plus the pair rules over the pairs among docs.
    explicit_pairs: (spanish path, english path) pairs besides those the file names make;
    originals: documents that are only the Spanish side of a pair, not checked themselves."""
    docs = list(docs)
    partial = observe_each(docs, ctx)
    partial.pair_findings = check_pairs(find_pairs(docs + list(originals), ctx.config.pairs, explicit_pairs),
                                        ctx, active_rules(ctx))
    return partial


def conclude(partials: Iterable[Partial], ctx: Context) -> list[Finding]:
    """The corpus-wide step over partials in document order: corpus rules conclude, overlapping
    findings are resolved, suppressed ones dropped."""
    whole = merged(partials)
    findings = list(whole.findings)
    for rule in active_rules(ctx):
        if isinstance(rule, CorpusRule):
            findings.extend(rule.conclude(whole.observations.get(rule.code, []), ctx))
    kept = resolve_overlaps(findings) + whole.pair_findings
    return sorted(without_exempt(kept, whole.exemptions), key=lambda f: f.sort_key)


def check_documents(docs: Iterable[Document], ctx: Context, explicit_pairs=(), originals=()) -> list[Finding]:
    """The library entry point: check documents already in memory (see docs/api.md)."""
    return conclude([observe_documents(docs, ctx, explicit_pairs, originals)], ctx)

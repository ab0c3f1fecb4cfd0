"""What a check is: a Rule with a stable code, a readable name and a kind.

Document rules look at one document at a time. Corpus rules first observe
each document (a small, picklable summary, so files can be spread over
processes) and then conclude over all observations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, NamedTuple

from xlate.core.finding import KINDS, SEVERITIES, Finding, Span

if TYPE_CHECKING:
    from xlate.core.config import Config
    from xlate.rules.context import Context
    from xlate.core.document import Document
    from xlate.core.pairs import Pair

REGISTRY: dict[str, type["Rule"]] = {}


class Option(NamedTuple):
    """A number a rule reads from [tool.xlate.rules.XLnnn] (docs/configuration.md): declared once,
    so the configuration is checked against it and docs/rules.md lists it."""
    name: str
    default: float
    minimum: float
    maximum: float
    meaning: str

    def problem(self, value: Any) -> str | None:
        """Why value cannot be this option's, or None."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"expected a number, got {type(value).__name__} {value!r}"
        if not self.minimum <= value <= self.maximum:
            return f"{value!r} is out of range: use {self.minimum:g} to {self.maximum:g}"
        return None


class Case(NamedTuple):
    """A worked example of how a rule decides: shown in docs/rules.md, and run for every rule by one
    test (tests/test_rule_examples.py) with the project's glossary (glossary/), so what the
    documentation says is what the rule does. texts are the documents: a.md, b.md, ... in order; a
    pair rule's two are a.es.md (the Spanish original) and a.en.md; a glossary rule's one is a
    glossary file, terms.toml. A reported case names the text the finding covers (flagged), the
    rule's suggestion where it makes one, and its message word for word where given (a rule's first
    reported case gives it: docs/rules.md prints it)."""
    texts: tuple[str, ...]
    reported: bool
    why: str = ""              # what the case shows
    flagged: str = ""          # reported: the text the finding covers
    suggestion: str = ""       # reported: the rule's (first) suggestion; "" when it makes none
    message: str = ""          # reported: the message, word for word; "" to leave it unchecked

    @classmethod
    def wrong(cls, *texts: str, flagged: str, suggestion: str = "", message: str = "", why: str = "") -> "Case":
        return cls(texts, True, why, flagged, suggestion, message)

    @classmethod
    def right(cls, *texts: str, why: str = "") -> "Case":
        return cls(texts, False, why)


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    kind: ClassVar[str]
    severity: ClassVar[str] = "warning"
    summary: ClassVar[str]              # one line, shown by `xlate rules`
    needs_engine: ClassVar[bool] = False
    default_enabled: ClassVar[bool] = True
    rationale: ClassVar[str] = ""       # why what it reports matters, for docs/rules.md
    fixable: ClassVar[bool] = False     # --fix may apply a finding's suggestion when it is the only one
    options: ClassVar[tuple[Option, ...]] = ()   # what [tool.xlate.rules.XLnnn] may set
    cases: ClassVar[tuple[Case, ...]] = ()       # how it decides: wrong and right text, for docs/rules.md (and tested)

    @classmethod
    def declared(cls, name: str) -> Option:
        return next(option for option in cls.options if option.name == name)

    def option(self, ctx: "Context", name: str) -> float:
        """The configured value of one of this rule's options, else its default."""
        return ctx.config.option(self.code, name, self.declared(name).default)

    def check(self, doc: "Document", ctx: "Context") -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def description(cls) -> str:
        """The docstring as prose: each paragraph's lines joined into one, paragraphs kept apart by a
        blank line (a rule that decides many things says who, what and when in paragraphs of their own)."""
        paragraphs = re.split(r"\n[ \t]*\n", (cls.__doc__ or cls.summary).strip())
        return "\n\n".join(" ".join(paragraph.split()) for paragraph in paragraphs if paragraph.strip())

    @classmethod
    def example(cls) -> str:
        """The first reported case and what the rule says about it, as docs and SARIF show it."""
        case = next((c for c in cls.cases if c.reported and c.message), None)
        if case is None:
            return ""
        names = cls.case_documents(len(case.texts))
        texts = case.texts if len(case.texts) == 1 else [f"{n}: {t}" for n, t in zip(names, case.texts)]
        return "\n".join([*texts, f"-> {cls.code} {case.message}"])

    @classmethod
    def case_documents(cls, count: int) -> tuple[str, ...]:
        """The names of a case's documents (see Case)."""
        return tuple(f"{chr(ord('a') + i)}.md" for i in range(count))

    def report(self, doc: "Document", start: int, end: int, message: str, suggestions=(), ctx: "Context | None" = None) -> Finding:
        return doc.finding(start, end, code=self.code, kind=self.kind, severity=self.configured_severity(ctx and ctx.config),
                           message=message, suggestions=tuple(suggestions))

    def configured_severity(self, config: "Config | None") -> str:
        """The severity the configuration gives this rule, else its own: the one place findings take it from."""
        return config.severity_for(self.code, self.severity) if config else self.severity


class CorpusRule(Rule):
    """Observes each document (doc.span(start, end) for what it may report: small and picklable),
    then concludes over every observation, reporting with report_at."""

    def report_at(self, span: Span, message: str, suggestions=(), ctx: "Context | None" = None) -> Finding:
        return Finding(*span[:5], self.code, self.kind, self.configured_severity(ctx and ctx.config), message,
                       span.text, tuple(suggestions), span.unit, span.state)

    def check(self, doc: "Document", ctx: "Context") -> Iterable[Finding]:
        return ()

    def observe(self, doc: "Document", ctx: "Context") -> Any:
        raise NotImplementedError

    def conclude(self, observations: list[Any], ctx: "Context") -> Iterable[Finding]:
        raise NotImplementedError


class PairRule(Rule):
    """A check over a Spanish original and its English translation (xlate/core/pairs.py), run once per pair."""

    def check(self, doc: "Document", ctx: "Context") -> Iterable[Finding]:
        return ()

    def check_pair(self, pair: "Pair", ctx: "Context") -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def case_documents(cls, count: int) -> tuple[str, ...]:
        return ("a.es.md", "a.en.md")


class GlossaryRule(Rule):
    """A check of the glossary itself (XL9xx), run by `xlate glossary lint`, never over documents:
    problems() holds the judgement (xlate/glossary/lint.py), the rule its code and severity."""
    kind = "glossary"
    problems: ClassVar[Callable[[list], Iterable[Any]]]   # concepts -> Problems (path, line, message, text)

    def check(self, doc: "Document", ctx: "Context") -> Iterable[Finding]:
        return ()

    @classmethod
    def case_documents(cls, count: int) -> tuple[str, ...]:
        return ("terms.toml",)

    def lint(self, concepts: list, config: "Config | None" = None) -> list[Finding]:
        return [self.report_problem(problem, config) for problem in type(self).problems(concepts)]

    def report_problem(self, problem, config: "Config | None" = None) -> Finding:
        return Finding(problem.path, problem.line, 1, problem.line, 1, self.code, self.kind,
                       self.configured_severity(config), problem.message, problem.text)


def register(cls: type[Rule]) -> type[Rule]:
    if cls.code in REGISTRY and REGISTRY[cls.code] is not cls:
        raise ValueError(f"rule code {cls.code} registered twice")
    if cls.kind not in KINDS or cls.severity not in SEVERITIES:
        raise ValueError(f"rule {cls.code}: kind {cls.kind!r} or severity {cls.severity!r} is not one of "
                         f"{', '.join(KINDS)} / {', '.join(SEVERITIES)} (xlate/core/finding.py)")
    REGISTRY[cls.code] = cls
    return cls

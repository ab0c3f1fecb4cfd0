"""The glossary's own rules (XL9xx, kind glossary), run by `xlate glossary lint`: what makes a
glossary wrong (errors: a change that brings one is refused) or risky (warnings). The judgements
are in xlate/glossary/lint.py; here each gets its code, name, severity and summary, as every
other rule does, so `xlate rules`, docs/rules.md and select/ignore/severity cover them too."""

from __future__ import annotations

from typing import Iterable

from xlate.core.config import Config
from xlate.core.finding import Finding
from xlate.glossary import lint
from xlate.rules.base import REGISTRY, GlossaryRule, register


@register
class UnreadableGlossary(GlossaryRule):
    """A glossary file that cannot be read (bad TOML, TBX or CSV): nothing in it is checked."""
    code = "XL900"
    name = "unreadable-glossary"
    severity = "error"
    summary = "A glossary file that cannot be read."
    problems = staticmethod(lambda concepts: ())   # reported while loading: lint.load_leniently


@register
class DuplicateConcept(GlossaryRule):
    """Two concepts with the same id, or with the same Spanish and English preferred terms: the
    checker would hold two entries for one thing and report against either. Reported once, on the later
    concept; the other checks skip duplicate pairs so one problem is one finding."""
    code = "XL901"
    name = "duplicate-concept"
    severity = "error"
    summary = "Two concepts with the same id, or the same preferred terms."
    problems = staticmethod(lint.duplicate_concepts)


@register
class SharedPreferredTerm(GlossaryRule):
    """One Spanish or English term preferred in two concepts: a document using it cannot be told which
    concept it renders, so the rendering checks would contradict each other."""
    code = "XL902"
    name = "shared-preferred-term"
    severity = "error"
    summary = "One term is preferred in two concepts."
    problems = staticmethod(lint.shared_preferred_terms)


@register
class DeprecatedElsewherePreferred(GlossaryRule):
    """A term deprecated in one concept and preferred in another: XL101 would flag, in one concept's
    name, the very term the other requires."""
    code = "XL903"
    name = "deprecated-elsewhere-preferred"
    severity = "error"
    summary = "A deprecated variant is another concept's preferred term."
    problems = staticmethod(lint.deprecated_elsewhere_preferred)


@register
class AdmittedAndDeprecated(GlossaryRule):
    """A term both allowed (preferred or admitted) and deprecated in one concept, case and accents
    ignored: the checks cannot tell whether to accept or report it."""
    code = "XL904"
    name = "admitted-and-deprecated"
    severity = "error"
    summary = "A term is both allowed and deprecated in one concept."
    problems = staticmethod(lint.admitted_and_deprecated)


@register
class EmptyTerm(GlossaryRule):
    """An empty or whitespace-only term, which would match nothing or, worse, everything."""
    code = "XL905"
    name = "empty-term"
    severity = "error"
    summary = "An empty or whitespace-only term."
    problems = staticmethod(lint.empty_terms)


@register
class UnknownLanguage(GlossaryRule):
    """A language section whose code is not ISO 639-1 ("sp", "esp"): almost always a typo for es or en,
    and xlate reads only those two, so the terms are silently ignored."""
    code = "XL906"
    name = "unknown-language"
    severity = "error"
    summary = "A language code that is not ISO 639 (likely a typo for es or en)."
    problems = staticmethod(lint.unknown_languages)


@register
class CaseAccentVariant(GlossaryRule):
    """Terms of two concepts that differ only by case or accents ("Pais" and "País"): term matching folds
    both alike, so the checker cannot tell the concepts apart. A change to the glossary that brings one
    is refused like an error."""
    code = "XL907"
    name = "case-accent-variant"
    severity = "warning"
    summary = "Terms of two concepts differ only by case or accents."
    problems = staticmethod(lint.case_accent_variants)


@register
class AbbreviationIsWord(GlossaryRule):
    """An abbreviation that is also one of its language's 10,000 commonest words ("ICE", "ONE"):
    ordinary prose would match it, and the findings about it would be wrong."""
    code = "XL908"
    name = "abbreviation-is-word"
    severity = "warning"
    summary = "An abbreviation that is also a common word."
    problems = staticmethod(lint.abbreviations_that_are_words)


@register
class DeprecatedWithoutPreferred(GlossaryRule):
    """Deprecated renderings in a language where the concept has no preferred term: there is nothing
    to put in their place, so the rendering checks cannot report them. A name kept in Spanish
    (keep_spanish) needs no English preferred term: its Spanish one is written in English too."""
    code = "XL909"
    name = "deprecated-without-preferred"
    severity = "error"
    summary = "Deprecated renderings in a language with no preferred term to put in their place."
    problems = staticmethod(lint.deprecated_without_preferred)


@register
class MachineTranslationDiffers(GlossaryRule):
    """Needs an engine (`xlate glossary lint --engine auto`): the engine's English for each Spanish
    preferred term that the glossary does not list; `--add-mt-variants` adds them as deprecated."""
    code = "XL910"
    name = "machine-translation-differs"
    severity = "info"
    summary = "The engine renders a Spanish preferred term in a way the glossary does not list."
    needs_engine = True
    problems = staticmethod(lambda concepts: ())   # needs the engine's renderings: machine_translation


def glossary_rules(config: Config | None = None) -> list[GlossaryRule]:
    """The glossary rules the configuration enables (select, ignore), in code order."""
    rules = sorted((cls for cls in REGISTRY.values() if issubclass(cls, GlossaryRule)), key=lambda r: r.code)
    return [cls() for cls in rules if config is None or config.enabled(cls.code, cls.default_enabled)]


def lint_concepts(concepts: list, config: Config | None = None) -> list[Finding]:
    """Every enabled glossary rule's findings on concepts, sorted."""
    return sorted(f for rule in glossary_rules(config) for f in rule.lint(concepts, config))


def unreadable(problems: Iterable[lint.Problem], config: Config | None = None) -> list[Finding]:
    return _reported(UnreadableGlossary, problems, config)


def machine_translation(concepts: list, renderings: dict[str, str], config: Config | None = None) -> list[Finding]:
    return _reported(MachineTranslationDiffers, lint.machine_translation_problems(concepts, renderings), config)


def _reported(cls: type[GlossaryRule], problems: Iterable[lint.Problem], config: Config | None) -> list[Finding]:
    if config is not None and not config.enabled(cls.code, cls.default_enabled):
        return []
    rule = cls()
    return [rule.report_problem(problem, config) for problem in problems]

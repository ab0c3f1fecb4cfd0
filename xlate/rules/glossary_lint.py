"""The glossary's own rules (XL9xx, kind glossary), run by `xlate glossary lint`: what makes a
glossary wrong (errors: a change that brings one is refused) or risky (warnings). The judgements
are in xlate/glossary/lint.py; here each gets its code, name, severity and summary, as every
other rule does, so `xlate rules`, docs/rules.md and select/ignore/severity cover them too."""

from __future__ import annotations

from typing import Iterable

from xlate.core.config import Config
from xlate.core.finding import Finding
from xlate.glossary import lint
from xlate.rules.base import Case, REGISTRY, GlossaryRule, register


@register
class UnreadableGlossary(GlossaryRule):
    """A glossary file that cannot be read (bad TOML, TBX or CSV)."""
    code = "XL900"
    name = "unreadable-glossary"
    severity = "error"
    summary = "A glossary file that cannot be read."
    problems = staticmethod(lambda concepts: ())   # reported while loading: lint.load_leniently
    rationale = "Nothing in a glossary that cannot be read is checked: every rendering check runs without it."
    cases = (
        Case.wrong('[[concept]\nid = "cecot"\n', flagged="",
                   message="cannot read the glossary file: terms.toml: not valid TOML: Expected ']]' at the "
                           'end of an array declaration (at line 1, column 10)', why="a table header left open"),
        Case.right('[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\nen = "Terrorism Confinement Center"\n'),
    )


@register
class DuplicateConcept(GlossaryRule):
    """Two concepts with the same id, or with the same Spanish and English preferred terms. Reported
    once, on the later concept; the other checks skip duplicate pairs so one problem is one finding."""
    code = "XL901"
    name = "duplicate-concept"
    severity = "error"
    summary = "Two concepts with the same id, or the same preferred terms."
    problems = staticmethod(lint.duplicate_concepts)
    rationale = ("Two entries for one thing: the checks would report against either, and an edit to one leaves the "
                 "other stale.")
    cases = (
        Case.wrong('[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\nen = "Terrorism Confinement Center"\n\n'
                   '[[concept]]\nid = "cecot"\nes = "CECOT"\nen = "CECOT"\n', flagged="cecot",
                   message="concept 'cecot' repeats the id of 'cecot' (terms.toml:1)"),
        Case.right('[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\nen = "Terrorism Confinement Center"\n'),
    )


@register
class SharedPreferredTerm(GlossaryRule):
    """One Spanish or English term preferred in two concepts."""
    code = "XL902"
    name = "shared-preferred-term"
    severity = "error"
    summary = "One term is preferred in two concepts."
    problems = staticmethod(lint.shared_preferred_terms)
    rationale = ("A document using the term cannot be told which concept it renders, so the rendering checks would "
                 "contradict each other.")
    cases = (
        Case.wrong('[[concept]]\nid = "prison"\nes = "penal"\nen = "prison"\n\n'
                   '[[concept]]\nid = "jail"\nes = "cárcel"\nen = "prison"\n', flagged="prison",
                   message="en term 'prison' is preferred in both 'jail' and 'prison' (terms.toml:1)"),
        Case.right('[[concept]]\nid = "prison"\nes = "penal"\nen = "prison"\n\n'
                   '[[concept]]\nid = "jail"\nes = "cárcel"\nen = "jail"\n'),
    )


@register
class DeprecatedElsewherePreferred(GlossaryRule):
    """A term deprecated in one concept and preferred in another."""
    code = "XL903"
    name = "deprecated-elsewhere-preferred"
    severity = "error"
    summary = "A deprecated variant is another concept's preferred term."
    problems = staticmethod(lint.deprecated_elsewhere_preferred)
    rationale = "XL101 would flag, in one concept's name, the very term the other concept requires."
    cases = (
        Case.wrong('[[concept]]\nid = "prison"\nes = "penal"\nen = "prison"\n\n'
                   '[[concept]]\nid = "jail"\nes = "cárcel"\nen = "jail"\nen_deprecated = ["prison"]\n', flagged="prison",
                   message="'prison' is deprecated in 'jail' but preferred in 'prison' (terms.toml:1)"),
        Case.right('[[concept]]\nid = "jail"\nes = "cárcel"\nen = "jail"\nen_deprecated = ["gaol"]\n'),
    )


@register
class AdmittedAndDeprecated(GlossaryRule):
    """A term both allowed (preferred or admitted) and deprecated in one concept, case and accents
    ignored."""
    code = "XL904"
    name = "admitted-and-deprecated"
    severity = "error"
    summary = "A term is both allowed and deprecated in one concept."
    problems = staticmethod(lint.admitted_and_deprecated)
    rationale = "The checks cannot tell whether to accept the term or report it."
    cases = (
        Case.wrong('[[concept]]\nid = "jail"\nes = "cárcel"\nen = "jail"\nen_admitted = ["gaol"]\nen_deprecated = ["Gaol"]\n',
                   flagged="Gaol", message="'Gaol' is both admitted and deprecated in 'jail'"),
        Case.right('[[concept]]\nid = "jail"\nes = "cárcel"\nen = "jail"\nen_admitted = ["gaol"]\n'),
    )


@register
class EmptyTerm(GlossaryRule):
    """An empty or whitespace-only term."""
    code = "XL905"
    name = "empty-term"
    severity = "error"
    summary = "An empty or whitespace-only term."
    problems = staticmethod(lint.empty_terms)
    rationale = "An empty term matches nothing, or, worse, everything."
    cases = (
        Case.wrong('[[concept]]\nid = "jail"\nes = "cárcel"\nen = " "\n', flagged="",
                   message="concept 'jail' has an empty term"),
        Case.right('[[concept]]\nid = "jail"\nes = "cárcel"\nen = "jail"\n'),
    )


@register
class UnknownLanguage(GlossaryRule):
    """A language section whose code is not ISO 639-1 ("sp", "esp"): almost always a typo for es or en."""
    code = "XL906"
    name = "unknown-language"
    severity = "error"
    summary = "A language code that is not ISO 639 (likely a typo for es or en)."
    problems = staticmethod(lint.unknown_languages)
    rationale = "xlate reads only Spanish and English: a section marked with a typo (sp, esp) is silently ignored."
    cases = (
        Case.wrong('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2">\n'
                   '<tbxHeader><fileDesc><sourceDesc><p>terms</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n'
                   '<conceptEntry id="fiscalia">\n'
                   '  <langSec xml:lang="sp"><termSec><term>Fiscalía General</term></termSec></langSec>\n'
                   '  <langSec xml:lang="en"><termSec><term>Attorney General\'s Office</term></termSec></langSec>\n'
                   '</conceptEntry>\n</body></text>\n</tbx>\n', flagged="sp",
                   message="concept 'fiscalia' has terms in unknown language 'sp'; xlate reads only es and "
                           'en, so they are ignored'),
        Case.right('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2">\n'
                   '<tbxHeader><fileDesc><sourceDesc><p>terms</p></sourceDesc></fileDesc></tbxHeader>\n<text><body>\n'
                   '<conceptEntry id="fiscalia">\n'
                   '  <langSec xml:lang="es"><termSec><term>Fiscalía General</term></termSec></langSec>\n'
                   '  <langSec xml:lang="fr"><termSec><term>Parquet général</term></termSec></langSec>\n'
                   '</conceptEntry>\n</body></text>\n</tbx>\n', why="fr is a language: ignored, not a typo"),
    )

    @classmethod
    def case_documents(cls, count: int) -> tuple[str, ...]:
        return ("terms.tbx",)   # TBX: the glossary's own format has no language sections to misspell


@register
class CaseAccentVariant(GlossaryRule):
    """Terms of two concepts that differ only by case or accents ("Pais" and "País"). A change to the
    glossary that brings one is refused like an error."""
    code = "XL907"
    name = "case-accent-variant"
    severity = "warning"
    summary = "Terms of two concepts differ only by case or accents."
    problems = staticmethod(lint.case_accent_variants)
    rationale = "Term matching folds case and accents, so the checker cannot tell the two concepts apart."
    cases = (
        Case.wrong('[[concept]]\nid = "fiscalia"\nes = "Fiscalía General"\nen = "Attorney General\'s Office"\n\n'
                   '[[concept]]\nid = "fiscal-general"\nes = "Fiscalia General"\nen = "Attorney General"\n',
                   flagged="Fiscalia General",
                   message="'Fiscalia General' in 'fiscal-general' differs only by case or accents from "
                           "'Fiscalía General' in 'fiscalia' (terms.toml:1); the checker cannot tell them "
                           'apart'),
        Case.right('[[concept]]\nid = "fiscalia"\nes = "Fiscalía General"\nen = "Attorney General\'s Office"\n\n'
                   '[[concept]]\nid = "fiscal-general"\nes = "fiscal general"\nen = "Attorney General"\n',
                   why="another concept, another term"),
    )


@register
class AbbreviationIsWord(GlossaryRule):
    """An abbreviation that is also one of its language's 10,000 commonest words ("ICE", "ONE")."""
    code = "XL908"
    name = "abbreviation-is-word"
    severity = "warning"
    summary = "An abbreviation that is also a common word."
    problems = staticmethod(lint.abbreviations_that_are_words)
    rationale = "Ordinary prose would match the abbreviation, and every finding about it would be wrong."
    cases = (
        Case.wrong('[[concept]]\nid = "ice"\nes = "Servicio de Inmigración y Control de Aduanas"\n'
                   'en = "Immigration and Customs Enforcement"\nabbr = ["ICE"]\n', flagged="ICE",
                   message="abbreviation 'ICE' is also the common English word 'ice'; matches in ordinary "
                           "prose will be wrong"),
        Case.right('[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\n'
                   'en = "Terrorism Confinement Center"\nabbr = ["CECOT"]\n'),
    )


@register
class DeprecatedWithoutPreferred(GlossaryRule):
    """Deprecated renderings in a language where the concept has no preferred term. A name kept in
    Spanish (keep_spanish) needs no English preferred term: its Spanish one is written in English too."""
    code = "XL909"
    name = "deprecated-without-preferred"
    severity = "error"
    summary = "Deprecated renderings in a language with no preferred term to put in their place."
    problems = staticmethod(lint.deprecated_without_preferred)
    rationale = ("Without a preferred term there is nothing to suggest in the deprecated one's place, so the "
                 "rendering checks cannot report it.")
    cases = (
        Case.wrong('[[concept]]\nid = "jail"\nes = "cárcel"\nen_deprecated = ["gaol"]\n', flagged="gaol",
                   message="concept 'jail' deprecates 'gaol' but has no preferred en term, so the checks "
                           "cannot report it"),
        Case.right('[[concept]]\nid = "el-pais"\nkeep_spanish = true\nes = "El País"\nen_deprecated = ["The Country"]\n',
                   why="a name kept in Spanish is its own English"),
    )


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
    rationale = "Machine-translated copy will hold the engine's rendering: listed as deprecated, XL101 catches it."
    cases = (
        Case.wrong('[[concept]]\nid = "cecot"\nes = "Centro de Confinamiento del Terrorismo"\nen = "Terrorism Confinement Center"\n',
                   flagged="Centre of Confinement of the Terrorism",
                   message="machine translation renders 'Centro de Confinamiento del Terrorismo' as 'Centre "
                           "of Confinement of the Terrorism'; add it as deprecated with --add-mt-variants", why="with Apertium 3.8"),
        Case.right('[[concept]]\nid = "el-pais"\nkeep_spanish = true\nes = "El País"\n', why="a name kept in Spanish is not translated"),
    )


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

"""The rule catalogue: one module per check, each registering one Rule class (the other modules
here are the helpers those checks stand on: contexts, indexes, caches)."""

from __future__ import annotations

import importlib
import re

from xlate.rules.base import REGISTRY, CorpusRule, GlossaryRule, PairRule, Rule, register

CODE_RE = re.compile(r"^XL\d{0,3}$")   # a rule code (XL101) or a prefix of codes (XL1, XL)

# One line per check module; importing a module registers its rule.
RULE_MODULES = [
    "xlate.rules.deprecated_term",
    "xlate.rules.name_slip",
    "xlate.rules.calque",
    "xlate.rules.inconsistent_name",
    "xlate.rules.untranslated_term",
    "xlate.rules.typo",
    "xlate.rules.untranslated_word",
    "xlate.rules.english_word",
    "xlate.rules.pair_rendering",
    "xlate.rules.pair_number",
    "xlate.rules.segment_units",
    "xlate.rules.confusable",
    "xlate.rules.mt_rendering",
    "xlate.rules.roundtrip",
    "xlate.rules.fact_conflict",
    "xlate.rules.glossary_lint",
]


def all_rules() -> list[type[Rule]]:
    for module in RULE_MODULES:
        importlib.import_module(module)
    return sorted(REGISTRY.values(), key=lambda r: r.code)


def rule_by_code(code: str) -> type[Rule] | None:
    return next((rule for rule in all_rules() if rule.code == code), None)


def codes_problem(codes) -> str | None:
    """Why some of these codes or prefixes (XL101, XL1) name no check, or None: a selection that
    matches nothing would pass every file without a word."""
    known = [rule.code for rule in all_rules()]
    bad = sorted(c for c in codes if not CODE_RE.match(c))
    if bad:
        return f"{', '.join(bad)} is not a rule code or prefix (like XL101 or XL1)"
    unknown = sorted(c for c in codes if not any(code.startswith(c) for code in known))
    if unknown:
        return f"{', '.join(unknown)} matches no check (`xlate rules` lists them)"
    return None


__all__ = ["Rule", "CorpusRule", "PairRule", "GlossaryRule", "register", "all_rules", "rule_by_code", "codes_problem", "RULE_MODULES"]

"""The rule catalogue: one module per check, each registering one Rule class."""

from __future__ import annotations

import importlib

from xlate.rules.base import REGISTRY, CorpusRule, PairRule, Rule, register

# One line per check module; importing a module registers its rule.
RULE_MODULES = [
    "xlate.rules.deprecated_term",
    "xlate.rules.name_slip",
    "xlate.rules.calque",
    "xlate.rules.inconsistent_name",
    "xlate.rules.untranslated_term",
    "xlate.rules.typo",
    "xlate.rules.untranslated_word",
    "xlate.rules.pair_rendering",
    "xlate.rules.pair_number",
    "xlate.rules.confusable",
    "xlate.rules.mt_rendering",
    "xlate.rules.roundtrip",
]


def all_rules() -> list[type[Rule]]:
    for module in RULE_MODULES:
        importlib.import_module(module)
    return sorted(REGISTRY.values(), key=lambda r: r.code)


def rule_by_code(code: str) -> type[Rule] | None:
    return next((rule for rule in all_rules() if rule.code == code), None)


__all__ = ["Rule", "CorpusRule", "PairRule", "register", "all_rules", "rule_by_code", "RULE_MODULES"]

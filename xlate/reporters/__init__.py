"""Reporters render a Report; each format is one function taking (report, rules, stream)."""

from __future__ import annotations

import importlib

# format name -> "module:function"; imported only when chosen.
REPORTERS = {
    "text": "xlate.reporters.text:render",
    "json": "xlate.reporters.json:render",
    "sarif": "xlate.reporters.sarif:render",
    "github": "xlate.reporters.github:render",
}


def get_reporter(name: str):
    module, func = REPORTERS[name].split(":")
    return getattr(importlib.import_module(module), func)

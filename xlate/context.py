"""What every check may consult: the glossary, the configuration, dictionaries, an engine.

Heavy parts (dictionaries, engines, the term index) are built on first use,
so a run that does not need them never pays for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from xlate.config import Config
from xlate.glossary.cache import gc_paused
from xlate.glossary.model import Glossary


@dataclass
class Context:
    glossary: Glossary = field(default_factory=Glossary)
    config: Config = field(default_factory=Config)
    engine: Any = None   # a xlate.translate Engine, or None when no engine is in use
    _shared: dict = field(default_factory=dict, repr=False)

    def shared(self, key: str, build):
        """A structure built once per run (an index over the glossary, say) and shared by rules."""
        if key not in self._shared:
            with gc_paused():
                self._shared[key] = build()
        return self._shared[key]

    @cached_property
    def terms(self):
        from xlate.glossary.matcher import TermIndex
        with gc_paused():
            return TermIndex(self.glossary)

    def term_matches(self, doc):
        """Glossary terms in doc, computed once and shared by every glossary rule."""
        if "terms" not in doc.derived:
            doc.derived["terms"] = self.terms.find(doc.prose)
        return doc.derived["terms"]

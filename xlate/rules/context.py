"""What every check may consult: the glossary, the configuration, dictionaries, an engine.

Heavy parts (dictionaries, engines, the term index) are built on first use,
so a run that does not need them never pays for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from xlate.core.config import Config
from xlate.infra.collector import gc_paused
from xlate.glossary.cache import memoized
from xlate.glossary.model import Glossary


@dataclass
class Context:
    glossary: Glossary = field(default_factory=Glossary)
    config: Config = field(default_factory=Config)
    engine: Any = None   # a xlate.translate Engine, or None when no engine is in use
    _shared: dict = field(default_factory=dict, repr=False)
    # For a process that ends with the run (the CLI): what shared() and terms build is then frozen
    # out of the cyclic collector's reach (gc.freeze), which would otherwise walk a large glossary's
    # million objects again and again while documents are checked (1.3 s of 5 s at 50,000 concepts).
    # cli.common.build_context does the same for the glossary itself.
    freeze_builds: bool = False

    def shared(self, key: str, build):
        """A structure built once per run (an index over the glossary, say) and shared by rules."""
        if key not in self._shared:
            self._shared[key] = self._build(build)
        return self._shared[key]

    @cached_property
    def terms(self):
        from xlate.glossary import matcher, model

        def build():
            plain = memoized("terms", self.glossary, (matcher, model),
                             lambda known: matcher.plain_index(self.glossary, known))
            return matcher.TermIndex(self.glossary, plain)

        return self._build(build)

    def _build(self, build):
        with gc_paused(freeze=self.freeze_builds):
            return build()

    def term_matches(self, doc):
        """Glossary terms in doc, computed once and shared by every glossary rule."""
        if "terms" not in doc.derived:
            doc.derived["terms"] = self.terms.find(doc.prose, doc.tokens, self.key_tokens(doc))
        return doc.derived["terms"]

    def key_tokens(self, doc):
        """doc's tokens that some glossary term holds (or a term of an index sharing the glossary's
        tokens: TermIndex.share_tokens), made once per document for every index that reads them."""
        version, keyed = doc.derived.get("key-tokens", (None, None))
        if version != self.terms.token_version:
            keyed = self.terms.key_tokens(doc.prose, doc.tokens)
            doc.derived["key-tokens"] = (self.terms.token_version, keyed)
        return keyed

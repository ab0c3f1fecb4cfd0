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


@dataclass(slots=True)
class RunAnalyses:
    """What checks build once per run and share (Context.shared): the one list of them, each built by
    the function named beside it on first use (None: not yet). A misspelt name is an AttributeError."""
    rules: Any = None                     # lint/steps.py active_rules: the run's rules, made once
    glossary_keys: Any = None             # spelling/__init__.py, rules/inconsistent_name.py: TermIndex.known_keys
    dictionaries: Any = None              # spelling/__init__.py run_dictionaries
    word_classes: Any = None              # text/vocabulary.py word_class: name -> WordClass
    calque_targets: Any = None            # rules/calque.py targets (calque_targets.py TargetIndex)
    calque_mirror_words: Any = None       # rules/calque.py mirror_chains (mirror_words.py MirrorWords)
    fact_concept_notes: Any = None        # rules/facts/ledger.py: the glossary's notes by concept
    fact_concept_description_nouns: Any = None   # rules/facts/descriptions.py: nouns of variants such as "the pipeline"
    fact_concept_renderings: Any = None   # rules/facts/mentions.py: a glossary name's words written in lowercase
    mt_related_concepts: Any = None       # rules/mt_indexes.py: the glossary indexes XL501 reads ...
    mt_english_terms: Any = None
    mt_spanish_terms: Any = None
    mt_abbreviations: Any = None
    mt_related_ids: Any = None            # ... and what it found for each name and text (memos)
    mt_named_concepts: Any = None
    mt_glossary_terms: Any = None         # rules/mt_rendering.py: candidates that are glossary terms
    mt_variant_index: Any = None          # rules/mt_rendering.py: the engine's renderings of the glossary
    mt_verdicts: Any = None               # rules/mt_rendering.py (mt_verdicts.py VerdictStore)


@dataclass
class Context:
    """What every rule of a run reads besides the document: the glossary, the settings, the engine,
    and the analyses built once for the run."""
    glossary: Glossary = field(default_factory=Glossary)
    config: Config = field(default_factory=Config)
    engine: Any = None   # a xlate.translate Engine, or None when no engine is in use
    built: RunAnalyses = field(default_factory=RunAnalyses, repr=False)
    # For a process that ends with the run (the CLI): what shared() and terms build is then frozen
    # out of the cyclic collector's reach (gc.freeze), which would otherwise walk a large glossary's
    # million objects again and again while documents are checked (1.3 s of 5 s at 50,000 concepts).
    # cli.common.build_context does the same for the glossary itself.
    freeze_builds: bool = False

    def shared(self, name: str, build):
        """The run's analysis called name (a field of RunAnalyses), built on first use and shared by
        rules: an index over the glossary, say."""
        value = getattr(self.built, name)
        if value is None:
            value = self._build(build)
            setattr(self.built, name, value)
        return value

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
        if doc.derived.terms is None:
            doc.derived.terms = self.terms.find(doc.prose, doc.tokens, self.key_tokens(doc))
        return doc.derived.terms

    def key_tokens(self, doc):
        """doc's tokens that some glossary term holds (or a term of an index sharing the glossary's
        tokens: TermIndex.share_tokens), made once per document for every index that reads them."""
        version, keyed = doc.derived.key_tokens or (None, None)
        if version != self.terms.token_version:
            keyed = self.terms.key_tokens(doc.prose, doc.tokens)
            doc.derived.key_tokens = (self.terms.token_version, keyed)
        return keyed

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from functools import lru_cache

from xlate.finding import Finding
from xlate.glossary.matcher import fold_token
from xlate.names import is_capitalised
from xlate.rules.base import CorpusRule, register
from xlate.vocabulary import word_class


@register
class InconsistentName(CorpusRule):
    """Without any glossary entry for it, the same name written two ways across the corpus
    ("Cecot" and "CECOT", "Pais" and "País"): each occurrence of the less frequent form is
    reported and points at the more frequent one. Names are compared within one language, so
    "México" in Spanish copy and "Mexico" in English copy are both fine. Ties are not reported:
    there is no majority to follow."""

    code = "XL104"
    name = "inconsistent-name"
    kind = "rendering"
    severity = "warning"
    summary = "The same name written two ways across the corpus; follow the majority form."
    example = ('article 1: "toured CECOT"  article 2: "a tour of Cecot"\n'
               '-> XL104 "Cecot" is written "CECOT" 9 times elsewhere in the corpus')

    def observe(self, doc, ctx):
        """(path, {(language, folded name, form): positions}) of every capitalised word; positions
        are (line, column, end_column) triples packed in one array, so an archive's worth of
        observations stays small in memory and cheap to send between processes."""
        known = ctx.shared("glossary-keys", ctx.terms.known_keys)
        names = word_class(ctx, "unlisted-names", lambda word: _unlisted_name(word, known)).among(doc.distinct_words)
        seen: dict[tuple[str, str, str], array] = {}
        tokens = doc.tokens
        for language, start, end in doc.stretches():
            for i in tokens.indices_of(names, *tokens.between(start, end)):
                line, col = doc.position(tokens.starts[i])
                if col - 1 < doc.capitals_extent(line):
                    continue
                key, text = _name_form(tokens.texts[i])
                group = (language, key, text)
                if group not in seen:
                    seen[group] = array("I")
                seen[group].extend((line, col, col + len(text)))
        return doc.path, seen

    def conclude(self, observations, ctx):
        forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for _, seen in observations:
            for (lang, key, form), positions in seen.items():
                forms[lang, key][form] += len(positions) // 3
        majority = {}
        for group, counts in forms.items():
            ranked = counts.most_common()
            if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
                majority[group] = ranked[0]
        for path, seen in observations:
            for (lang, key, form), positions in seen.items():
                best = majority.get((lang, key))
                if not best or form == best[0]:
                    continue
                for i in range(0, len(positions), 3):
                    line, col, end_col = positions[i:i + 3]
                    yield Finding(path, line, col, line, end_col, self.code, self.kind,
                                  ctx.config.severity_for(self.code, self.severity),
                                  f'"{form}" is written "{best[0]}" {best[1]} times elsewhere in the corpus',
                                  form, (best[0],))


def _without_possessive(word: str) -> str:
    return word.removesuffix("’s").removesuffix("'s")


@lru_cache(maxsize=65536)
def _name_form(word: str) -> tuple[str, str]:
    """(folded name, name as written) of a word, without its possessive."""
    text = _without_possessive(word)
    return fold_token(text), text


def _unlisted_name(word: str, glossary_keys: set[str]) -> bool:
    """A capitalised word of two letters or more that no glossary term uses."""
    key, text = _name_form(word)
    return is_capitalised(text) and len(text) >= 2 and key not in glossary_keys

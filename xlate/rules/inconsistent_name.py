from __future__ import annotations

from collections import Counter, defaultdict

from xlate.finding import Finding
from xlate.glossary.matcher import fold_token
from xlate.names import is_capitalised
from xlate.rules.base import CorpusRule, register


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
        """(language, folded name, form, line, column, end_line, end_column) of every capitalised word."""
        known = ctx.shared("glossary-keys", ctx.terms.known_keys)
        seen = []
        for word in doc.words:
            text = word.text.removesuffix("’s").removesuffix("'s")
            if not is_capitalised(text) or len(text) < 2 or doc.in_capitals(word.start):
                continue
            key = fold_token(text)
            if key in known:
                continue
            line, col = doc.position(word.start)
            seen.append((doc.language_at(word.start), key, text, doc.path, line, col, col + len(text)))
        return seen

    def conclude(self, observations, ctx):
        forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for seen in observations:
            for lang, key, form, *_ in seen:
                forms[lang, key][form] += 1
        majority = {}
        for group, counts in forms.items():
            ranked = counts.most_common()
            if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
                majority[group] = ranked[0]
        for seen in observations:
            for lang, key, form, path, line, col, end_col in seen:
                best = majority.get((lang, key))
                if best and form != best[0]:
                    yield Finding(path, line, col, line, end_col, self.code, self.kind,
                                  ctx.config.severity_for(self.code, self.severity),
                                  f'"{form}" is written "{best[0]}" {best[1]} times elsewhere in the corpus',
                                  form, (best[0],))


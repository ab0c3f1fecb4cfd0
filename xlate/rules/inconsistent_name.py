from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from functools import lru_cache

from xlate.glossary.matcher import fold_token
from xlate.text.names import is_capitalised
from xlate.rules.base import Case, CorpusRule, register
from xlate.spelling import run_dictionaries
from xlate.text.vocabulary import word_class


@register
class InconsistentName(CorpusRule):
    """Without any glossary entry for it, the same name written two ways across the corpus
    ("Cecot" and "CECOT", "Pais" and "País"): each occurrence of the less frequent form is
    reported and points at the more frequent one. Names are compared within one language, so
    "México" in Spanish copy and "Mexico" in English copy are both fine. Ties are not reported:
    there is no majority to follow. A capital says nothing of a name in two places, which are
    left out: a sentence opening with an ordinary word of the language ("¿Cómo has vivido",
    "Como dijo", "Sí"/"Si", "It"), and a word in capitals beside another (a headline, a slogan,
    a table, a dateline: "HAPPY NEW YEAR", "PORT-AU-PRINCE, HAITI") rather than an acronym
    among lowercase words ("CECOT"). The first word of a longer name is left out too: a given
    name alone names no one person, and two people write theirs each their own way (Víctor
    Quintanilla, Victor Lindqvist); a surname, a second surname (Enrique Peña Nieto) and a name
    written alone still count."""

    code = "XL104"
    name = "inconsistent-name"
    kind = "rendering"
    severity = "warning"
    summary = "The same name written two ways across the corpus; follow the majority form."
    rationale = ("One place or body spelt two ways across a corpus reads as two, and one of the forms is usually a "
                 "slip.")
    cases = (
        Case.wrong("Visitors to Chalatenango saw the prison. The road to Chalatenango was closed by police.",
                   "The prison near Chalatenángo was secured during the visit by the army.", flagged="Chalatenángo",
                   suggestion="Chalatenango",
                   message='"Chalatenángo" is written "Chalatenango" 2 times elsewhere in the corpus', why="two to one across the corpus"),
        Case.right("They went to Chalatenango and then to Chalatenángo, the report says in full.",
                   why="a tie: no majority to follow"),
    )

    def observe(self, doc, ctx):
        """(path, positions, {(language, folded name, form): offsets}) of every capitalised word.
        Offsets and line starts are packed in arrays, so an archive's worth of observations stays
        small and cheap to send between processes; only the few minority forms ever get a line and
        column, in conclude."""
        known = ctx.shared("glossary_keys", ctx.terms.known_keys)
        names = word_class(ctx, "unlisted-names", lambda word: _unlisted_name(word, known)).among(doc.distinct_words)
        by_word: dict[tuple[str, str], list[int]] = {}
        tokens = doc.tokens
        dictionaries = run_dictionaries(ctx)
        for language, start, end in doc.stretches():
            # judged only where a name opens a sentence: the dictionary's derivations are costly
            ordinary = _ordinary_words(ctx, dictionaries.get(language), language)
            for i in tokens.indices_of(names, *tokens.between(start, end)):
                word, offset = tokens.texts[i], tokens.starts[i]
                if ((doc.is_sentence_start(offset) and ordinary.holds(word)) or _in_capitals_beside_capitals(tokens.texts, i)
                        or _opens_a_longer_name(tokens, i)):
                    continue
                by_word.setdefault((language, word), []).append(offset)
        seen: dict[tuple[str, str, str], array] = {}
        for (language, word), offsets in by_word.items():
            if doc.capital_spans[0]:   # words in a heading or a dateline are written in capitals for show
                offsets = [offset for offset in offsets if not doc.in_capitals(offset)]
            if not offsets:
                continue
            group = (language, *_name_form(word))
            if group in seen:   # "Cecot" and "Cecot's": one form
                offsets = sorted([*seen[group], *offsets])
            seen[group] = array("I", offsets)
        return doc.path, doc.positions(), seen

    def conclude(self, observations, ctx):
        forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for _, _, seen in observations:
            for (lang, key, form), offsets in seen.items():
                forms[lang, key][form] += len(offsets)
        majority = {}
        for group, counts in forms.items():
            ranked = counts.most_common()
            if len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
                majority[group] = ranked[0]
        for path, positions, seen in observations:
            for (lang, key, form), offsets in seen.items():
                best = majority.get((lang, key))
                if not best or form == best[0]:
                    continue
                for offset in offsets:   # the file's line and column (an HTML page's entities, a .docx's parts)
                    yield self.report_at(positions.span(path, offset, offset + len(form), form),
                                         f'"{form}" is written "{best[0]}" {best[1]} times elsewhere in the corpus',
                                         (best[0],), ctx)


def _ordinary_words(ctx, dictionary, language: str):
    """The run's capitalised words whose lower-case form is a word of language: "Como", "Está", "It"."""
    return word_class(ctx, f"ordinary-capitalised-{language}",
                      lambda word: dictionary is not None and dictionary.knows(word.lower()))


def _opens_a_longer_name(tokens, i: int) -> bool:
    """Whether word i, not in capitals, is followed by a capitalised word after one space and not
    preceded by one: the first word of a name of two or more (a given name, "Union" of "Union
    Montréal"). An acronym before a word ("FIFA President") is a name of its own."""
    texts, gaps = tokens.texts, tokens.gaps
    if _is_capitals(texts[i]) or i + 1 >= len(texts) or gaps[i] != " " or not is_capitalised(texts[i + 1]):
        return False
    return i == 0 or gaps[i - 1] != " " or not is_capitalised(texts[i - 1])


def _is_capitals(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _in_capitals_beside_capitals(texts: list[str], i: int) -> bool:
    """A word in capitals next to another: a headline, slogan, table row or dateline set in capitals."""
    return _is_capitals(texts[i]) and ((i > 0 and _is_capitals(texts[i - 1]))
                                       or (i + 1 < len(texts) and _is_capitals(texts[i + 1])))


def _without_possessive(word: str) -> str:
    return word.removesuffix("’s").removesuffix("'s")


@lru_cache(maxsize=65536)
def _name_form(word: str) -> tuple[str, str]:
    """(folded name, name as written) of a word, without its possessive."""
    text = _without_possessive(word)
    return fold_token(text), text


def _unlisted_name(word: str, glossary_keys: set[str]) -> bool:
    """A capitalised word of two letters or more that no glossary term uses."""
    if not is_capitalised(word):   # most words; without its possessive, a word keeps its first letter
        return False
    key, text = _name_form(word)
    return is_capitalised(text) and len(text) >= 2 and key not in glossary_keys

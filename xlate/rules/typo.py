from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache

from xlate.core.document import Word
from xlate.rules.base import Case, Rule, register
from xlate.rules.untranslated_word import is_lone_spanish_word
from xlate.spelling import run_dictionaries
from xlate.spelling.hunspell import load_names
from xlate.spelling.dictionary import NO_SUGGESTIONS, Suggestions
from xlate.spelling.surroundings import (after_user, in_foreign_name, in_foreign_passage, in_handle_or_address,
                                         in_quotation_marks, is_unit_after_number, mentioned_as_a_word)
from xlate.spelling.usage import load_usage
from xlate.spelling.words import (Part, before_a_name, capitalised_mid_sentence, has_foreign_letter,
                                  has_inner_capital, is_capitalised, is_elided, is_roman_numeral, is_truncated,
                                  match_case, opens_sentence, typing_slip, unknown_parts)
from xlate.text.vocabulary import word_class

OTHER_LANGUAGE = {"en": "es", "es": "en"}
# Misspellings common enough that pyspellchecker's lists hold them as words; each is a typo wherever
# it stands. Not here: spellings that are also words (calender, wont, wether, cant, dependant).
MISSPELLINGS = {"en": {"untill": "until", "basicly": "basically", "finaly": "finally", "truely": "truly",
                       "tomatos": "tomatoes", "thats": "that's", "whats": "what's"}}


@register
class Typo(Rule):
    """A word that is in neither the English nor the Spanish dictionary (for the paragraph's
    language), the project word list or the glossary, and is one or two edits from a word that is.
    Names are left alone: capitalised words mid-sentence, acronyms, words with digits, words with
    letters the language does not write (accents in English copy), and
    sentence-initial capitalised words (a word after "(", a title such as "Prof." or an initial is
    mid-sentence) unless the document never writes them capitalised mid-sentence, Hunspell's names
    (people, places, bodies) lack them, no capitalised word follows (a surname: "Cian Morrow",
    also after a name's particles: "Omar al-Zafir"), the other language does not know them, the
    document does not open another sentence with them (a slip is not repeated letter for letter:
    "Kasten ... Kasten recomienda"), and they are one edit from a word. Possessives, contractions and hyphenated
    compounds of known words are fine; lowercase words of the other language are the
    untranslated-word check's business, not typos, unless one is a common word of the copy's
    language with two neighbouring letters swapped ("will procede with": proceed). A word the dictionary lacks but that is
    written about as often as the word it would be a slip for (wordfreq's counts) is a rare
    word, not a typo: fentanyl, ductos; teh and thier, far rarer than the and their, are typos. A few
    misspellings that the word lists hold as words (untill, truely) are typos too. What the copy
    quotes is not checked: a passage of a third language, the rest of a foreign name, a term alone
    in quotation marks, a word mentioned as a word (the Latin word trifidus), handles and addresses
    (xlate/spelling/surroundings.py), and an unknown word
    the document writes three times that wordfreq does not list (the writer's term)."""

    code = "XL301"
    name = "typo"
    kind = "typo"
    severity = "warning"
    summary = "Misspelled word (not in the English or Spanish dictionary)."
    rationale = ("A misspelling in published copy costs the desk credibility, and a misspelt name is not found by "
                 "search.")
    cases = (
        Case.wrong("Bukele has been criticzed for rounding up journalists.", flagged="criticzed",
                   suggestion="criticized", message='"criticzed" is not a word; did you mean "criticized"?'),
        Case.right("Bukele has been criticized for rounding up journalists."),
    )

    def check(self, doc, ctx):
        dictionaries = run_dictionaries(ctx)
        unknown: dict[str, set[str]] = {}   # per language: the document's words its dictionary lacks
        tokens = doc.tokens
        for language, start, end in doc.stretches():
            own = dictionaries.get(language)
            if own is None:
                continue
            if language not in unknown:
                listed = MISSPELLINGS.get(language, {})
                lacks = word_class(ctx, f"unknown-{language}",
                                   lambda w, own=own, listed=listed: not own.knows(w) or w.lower() in listed)
                unknown[language] = lacks.among(doc.distinct_words)
            if not unknown[language]:
                continue
            other = dictionaries[OTHER_LANGUAGE[language]]
            usage = load_usage(language)
            terms = _terms_of(doc, unknown[language], usage)
            lo, hi = tokens.between(start, end)
            for i in tokens.indices_of(unknown[language], lo, hi):
                word = Word(tokens.starts[i], tokens.ends[i], tokens.texts[i])
                if word.text in terms or not self._checkable(doc, word, language):
                    continue
                listed = MISSPELLINGS.get(language, {}).get(word.text.lower())
                parts = [Part(word.start, word.end, word.text)] if listed else _unknown_parts(word, own, other)
                slips = [(part, suggestions) for part in parts
                         for suggestions in [(match_case(listed, part.text),) if listed
                                             else self._suggestions(doc, word.start, part, own, other, usage)]
                         if suggestions]
                # Whether the word is quoted comes last: it may take a suggestion search for the word
                # and its neighbours, and most unknown words (names) are ruled out without one.
                if not slips or _quoted(doc, i, word, language, own, other):
                    continue
                for part, suggestions in slips:
                    what = "Spanish, not an English word" if _in_other_language(part.text, other) else "not a word"
                    yield self.report(doc, part.start, part.end,
                                      f'"{part.text}" is {what}; did you mean "{suggestions[0]}"?',
                                      suggestions, ctx)

    @staticmethod
    def _checkable(doc, word, lang: str) -> bool:
        """Words with digits, acronyms, brands, foreign words, numerals and truncated excerpts are not checked."""
        return not (_never_checked(word.text, lang) or is_truncated(doc, word))

    @classmethod
    def _suggestions(cls, doc, word_start: int, part: Part, own, other, usage) -> tuple[str, ...]:
        """Suggestions when part is a misspelling, () when it is a name, a foreign or rare word or unknown."""
        distance, found = cls._candidates(doc, word_start, part, own, other, usage)
        if not found or (usage and usage.is_word(part.text, found, distance)):
            return ()
        if usage:   # words people write first: the inflection rules also admit forms nobody uses
            found = tuple(w for w in found if own.lists(w) or usage.zipf(w)) or found
        return tuple(w[:1].upper() + w[1:] for w in found) if is_capitalised(part.text) else found

    @staticmethod
    def _candidates(doc, word_start: int, part: Part, own, other, usage) -> Suggestions:
        """What part may be a slip for; every test that may rule it out comes before the search."""
        if len(part.text) < 2:
            return NO_SUGGESTIONS
        if is_capitalised(part.text):
            sentence_initial = part.start == word_start and opens_sentence(doc, part.start)
            if (not sentence_initial or part.text in capitalised_mid_sentence(doc) or part.text in load_names()
                    or before_a_name(doc, part.end) or other.knows_form(part.text.lower())
                    or _written_again_capitalised(doc, part.text, own)):
                return NO_SUGGESTIONS   # a name, or a word of the other language opening a title or a dateline
            found = own.suggest(part.text)
            return found if found.distance == 1 else NO_SUGGESTIONS
        if _in_other_language(part.text, other):
            return _slip_into_spanish(doc, part, own, other, usage)
        return own.suggest(part.text)


def _written_again_capitalised(doc, text: str, own) -> bool:
    """Whether doc opens another sentence with text too, and never writes it in lower case: a name
    (Kasten ... Kasten recomienda), since a slip of the keys is not repeated letter for letter. A
    known word without its accent (Tambien) is a habit of the writer's, and stays a typo."""
    written = [doc.tokens.texts[i] for i in doc.tokens.indices_of({text, text.lower()})]
    return written.count(text) >= 2 and text.lower() not in written and not own.accented_forms(text.lower())


# An unknown word a document writes this many times, letter for letter, is the writer's term.
TERM_REPEATS = 3


def _terms_of(doc, unknown: set[str], usage) -> set[str]:
    """The unknown words doc writes TERM_REPEATS times or more (singular and plural together) that
    wordfreq does not list: a term,
    a name or a loan the writer chose (rakfisk, palapas, hetmánes), not a slip of the keys, which is
    not repeated letter for letter. A misspelling writers repeat because they believe it right
    (recieve, seperate, tambien) is common enough for wordfreq to list, and stays a typo; so does
    every repeated word when wordfreq is missing (usage None)."""
    if usage is None:
        return set()
    tokens = doc.tokens
    written = [tokens.texts[i] for i in tokens.indices_of(unknown)]
    counts = Counter(map(_term_key, written))
    return {word for word in set(written) if counts[_term_key(word)] >= TERM_REPEATS and not usage.zipf(word)}


def _term_key(word: str) -> str:
    """A term's singular and plural, in any case, count as one (palapa, palapas)."""
    key = word.lower()
    return key[:-1] if key.endswith("s") else key


def _quoted(doc, i: int, word: Word, language: str, own, other) -> bool:
    """Whether word i is part of something quoted rather than written in the copy's language: a
    passage of a third language, the rest of a foreign name, a term in quotation marks, a word
    mentioned as a word (the Latin word trifidus), a unit after a figure, an account in a credit
    line, a handle or an address."""
    def unknown(text: str) -> bool:
        return not own.knows(text) and not other.knows(text)

    def like_no_word(text: str) -> bool:   # nothing of the copy's language is one or two edits away
        return not own.suggest(text)
    return (in_handle_or_address(doc, word.start, word.end) or is_unit_after_number(doc, word.start, word.end)
            or after_user(doc.tokens, i) or mentioned_as_a_word(doc.tokens, i)
            or in_quotation_marks(doc, doc.tokens, i, unknown)
            or in_foreign_name(doc.tokens, i, unknown)
            or in_foreign_passage(doc.tokens, i, language, unknown, like_no_word))


def _unknown_parts(word: Word, own, other) -> list[Part]:
    """The pieces of word own does not know, but for the lowercase pieces of a name whose first
    piece neither language knows (Ma Ying-jeou, Chen Shui-bian: a slip in "Anti-corruptoin" stays)
    and combining forms (phylo-sovereignty)."""
    parts = unknown_parts(word, own)
    first = word.text.split("-", 1)[0]
    if "-" in word.text and is_capitalised(first) and not own.knows(first) and not other.knows(first):
        return [p for p in parts if p.start == word.start]
    return [p for p in parts if not _combining_form(p, word, own)]


def _combining_form(part: Part, word: Word, own) -> bool:
    """A piece ending in -o before a hyphen and a known word is a combining form (phylo-sovereignty,
    esquizo-afectiva, socio-economic): Greek and Latin stems written so, not misspelt words."""
    rest = word.text[part.end - word.start:]
    following = rest[1:].split("-", 1)[0]
    return part.text.endswith("o") and rest.startswith("-") and len(part.text) > 3 and own.knows(following)


def _in_other_language(text: str, other) -> bool:
    """A lowercase word the other language writes (up to accents): only a typing slip into Spanish
    (_slip_into_spanish) is reported as a typo."""
    return other.knows_form(text) or bool(other.accented_forms(text))


def _slip_into_spanish(doc, part: Part, en, es, usage) -> Suggestions:
    """The English word for a Spanish word standing alone in English copy that is a common English
    word with two neighbouring letters swapped ("will procede with"), else none: XL202 leaves it to
    this check. A word of a Spanish phrase is untranslated Spanish, whatever it looks like."""
    slip = typing_slip(part.text, en, usage) if en.lang == "en" else None
    return Suggestions(1, (slip,)) if slip and is_lone_spanish_word(doc, part.start, en, es) else NO_SUGGESTIONS


@lru_cache(maxsize=65536)
def _never_checked(text: str, lang: str) -> bool:
    """What the word alone says, once per distinct word. Letters are compared composed (NFC): text
    saved on a Mac may write "é" as "e" and a combining accent, which is the same foreign letter.
    An elided article or pronoun glued to a word (l'action, d'euros, n'est) is French or Italian,
    which neither language writes: a quotation, not a misspelling."""
    return (any(c.isdigit() for c in text) or has_inner_capital(text) or is_elided(text)
            or has_foreign_letter(unicodedata.normalize("NFC", text), lang) or is_roman_numeral(text))

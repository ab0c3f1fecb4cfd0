from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from xlate.rules.base import Case, Rule, register
from xlate.rules.usage import is_glossed
from xlate.spelling import run_dictionaries
from xlate.spelling.dictionary import Dictionary, normalise
from xlate.spelling.usage import load_usage
from xlate.spelling.words import typing_slip
from xlate.text.vocabulary import word_class

# Only well-attested Spanish counts: the tail of the frequency list holds names and noise.
MIN_FREQUENCY = 100
# A lone word must be longer and common, so English typos that happen to spell a rare Spanish word pass.
SINGLE_WORD_MIN_LENGTH = 5
SINGLE_WORD_MIN_FREQUENCY = 1000
# ... and one English writes at least once per million words (wordfreq's Zipf 3) is English there,
# whatever the dictionary says: intro, vice versa, cheque, pueblo.
SINGLE_WORD_MAX_ENGLISH_ZIPF = 3.0


class RunWord(NamedTuple):
    start: int
    end: int
    text: str
    spanish_frequency: int   # 0 for a word English shares (de, la, con) that may only join a run


@register
class UntranslatedWord(Rule):
    """Spanish words left in English copy that the glossary does not cover: a run of lowercase
    words the Spanish dictionary knows (accents optional) and the English one does not, such as
    "the mano dura policy". Conservative: a lone word must be long and common in Spanish, words
    English shares never count on their own, and Spanish glossed in parentheses is fine. With a
    translation engine the finding suggests an English rendering. A lone word English itself writes
    often (wordfreq: "vice versa", "intro", "cheque") is English, and one that is a common English
    word with two neighbouring letters swapped ("will procede with") is a typing slip, which XL301
    reports."""

    code = "XL202"
    name = "untranslated-word"
    kind = "untranslated"
    severity = "warning"
    summary = "Spanish words left untranslated in English copy."
    rationale = ("Spanish left in English copy is usually a phrase the translator skipped: a reader without Spanish "
                 "loses it.")
    cases = (
        Case.wrong("The families asked the authorities for the liberación de los presos políticos last week.",
                   flagged="liberación de los presos políticos",
                   message='"liberación de los presos políticos" is Spanish left in English copy; translate '
                           'it or gloss it in parentheses'),
        Case.right("The families asked the authorities for the release of the political prisoners last week."),
    )

    def check(self, doc, ctx):
        en = run_dictionaries(ctx)["en"]
        for run in runs_left_in(doc, ctx, "es", "en"):
            start, end = run[0].start, run[-1].end
            if len(run) == 1 and not _spanish_on_its_own(run[0].text, en):
                continue
            if convincing(run) and not is_glossed(doc.prose, start, end):
                yield left_in_copy(self, doc, start, end, ctx, "es", "en", "translate it or gloss it in parentheses")


def runs_left_in(doc, ctx, source: str, copy: str):
    """Runs of words of language source (spanish_runs, with the languages' roles as asked) in the
    paragraphs of doc written in language copy."""
    dictionaries = run_dictionaries(ctx)
    home, foreign = dictionaries[copy], dictionaries[source]
    words = word_class(ctx, f"{LANGUAGE_NAMES[source].lower()}-only",
                       lambda w: bool(spanish_only_frequency(w, home, foreign))).among(_words_written_in(doc, copy))
    if not words:
        return   # a run needs a word the copy's language lacks: most documents have none
    for paragraph, _ in doc.paragraph_hits(words):
        if paragraph.language == copy:
            yield from spanish_runs(doc.prose, doc.words_between(paragraph.start, paragraph.end), home, foreign)


def _words_written_in(doc, language: str) -> frozenset[str]:
    """The distinct words of doc's paragraphs in language: only they can be left in its copy (a
    Spanish article's words are never judged as English copy's)."""
    stretches = [(start, end) for written, start, end in doc.stretches() if written == language]
    if len(stretches) == 1 and stretches[0] == (doc.paragraphs[0].start, doc.paragraphs[-1].end):
        return doc.distinct_words   # a document in one language: most are
    texts = doc.tokens.texts
    return frozenset(word for start, end in stretches for word in texts[slice(*doc.tokens.between(start, end))])


@lru_cache(maxsize=4096)
def _spanish_on_its_own(text: str, en: Dictionary) -> bool:
    """A lone word English lacks is Spanish left in the copy unless English writes it often (a word
    the dictionary misses) or it is a typing slip for a common English word, which XL301 reports
    ("procede" for "proceed")."""
    usage = load_usage("en")
    return not (usage and usage.zipf(text) >= SINGLE_WORD_MAX_ENGLISH_ZIPF or typing_slip(text, en, usage))


@lru_cache(maxsize=65536)   # once per distinct word; dictionaries do not change once built
def spanish_frequency(text: str, en: Dictionary, es: Dictionary) -> int | None:
    """Spanish frequency of a lowercase word English does not know (0 when both know it),
    None when it cannot be part of a Spanish run."""
    if not _plain_lowercase(text):
        return None
    if en.knows(text):
        return 0 if es.knows(text) else None
    return spanish_only_frequency(text, en, es) or None


@lru_cache(maxsize=65536)
def spanish_only_frequency(text: str, en: Dictionary, es: Dictionary) -> int:
    """spanish_frequency of a word English does not know, else 0: what finds the words a run needs,
    without asking the Spanish dictionary about every English word (its derivations are costly)."""
    if not _plain_lowercase(text) or en.knows(text):
        return 0
    key = normalise(text)
    return es.form_frequency(key) or max(map(es.frequency, es.accented_forms(key)), default=0)


LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def left_in_copy(rule, doc, start: int, end: int, ctx, source: str, target: str, advice: str):
    """The finding for words of language source left in copy in language target: with an engine,
    its translation as the suggestion; without one, the advice."""
    text = doc.text[start:end]
    written, copy = LANGUAGE_NAMES[source], LANGUAGE_NAMES[target]
    if ctx.engine is not None:
        [translation] = ctx.engine.translate([text], source, target)
        translation = _in_case_of(translation, text)
        if translation and normalise(translation) != normalise(text):
            return rule.report(doc, start, end, f'"{text}" is {written}; in {copy}, perhaps "{translation}"',
                               [translation], ctx)
    return rule.report(doc, start, end, f'"{text}" is {written} left in {copy} copy; {advice}', (), ctx)


def _in_case_of(translation: str, text: str) -> str:
    """An engine writes a lone fragment as a sentence, with a capital ("street vendors" ->
    "Vendedores de calle"): where the words left in the copy have no capital, neither has the
    suggestion's first word, unless the engine wrote it all in capitals (an acronym) or it
    holds another capital (a name: "McDonald's")."""
    first = translation.split(" ", 1)[0]
    if text.islower() and first[:1].isupper() and first[1:].islower():
        return translation[:1].lower() + translation[1:]
    return translation


def _plain_lowercase(text: str) -> bool:
    if text != text.lower():
        return False
    # letters only, most words: no digit (a digit is never a letter), apostrophe or hyphen; told in C
    return text.isalpha() or not any(c.isdigit() or c in "'’-" for c in text)


def spanish_runs(prose: str, words, en: Dictionary, es: Dictionary) -> list[list[RunWord]]:
    """Maximal runs of space-separated Spanish words, trimmed to start and end on a word English lacks."""
    runs: list[list[RunWord]] = []
    current: list[RunWord] = []
    for word in words:
        frequency = spanish_frequency(word.text, en, es)
        if current and (frequency is None or prose[current[-1].end:word.start].strip()):
            runs.append(current)
            current = []
        if frequency is not None:
            current.append(RunWord(word.start, word.end, word.text, frequency))
    runs.append(current)
    return [trimmed for run in runs if (trimmed := _trim(run))]


def is_lone_spanish_word(doc, start: int, en: Dictionary, es: Dictionary) -> bool:
    """Whether the word at start, in English copy, is the only word English lacks in its run of
    Spanish (spanish_runs): a word on its own, not one of a Spanish phrase or quote."""
    paragraph = doc.paragraphs[doc.paragraph_index(start)]
    for run in spanish_runs(doc.prose, doc.words_between(paragraph.start, paragraph.end), en, es):
        if run[0].start <= start < run[-1].end:
            return len(run) == 1
    return True


def _trim(run: list[RunWord]) -> list[RunWord]:
    spanish = [i for i, w in enumerate(run) if w.spanish_frequency]
    return run[spanish[0]:spanish[-1] + 1] if spanish else []


def convincing(run: list[RunWord]) -> bool:
    spanish = [w for w in run if w.spanish_frequency]
    if any(w.spanish_frequency < MIN_FREQUENCY for w in spanish):
        return False
    if len(spanish) > 1:
        return True
    [word] = spanish
    return len(word.text) >= SINGLE_WORD_MIN_LENGTH and word.spanish_frequency >= SINGLE_WORD_MIN_FREQUENCY

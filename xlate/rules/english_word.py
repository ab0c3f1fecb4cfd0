from __future__ import annotations

from functools import lru_cache


from xlate.infra import patterns
from xlate.rules.base import Case, Rule, register
from xlate.rules.usage import is_glossed
from xlate.rules.untranslated_word import SINGLE_WORD_MIN_LENGTH, convincing, left_in_copy, runs_left_in
from xlate.spelling.usage import load_usage

# An English word Spanish itself writes often is a loanword there: marketing (wordfreq's Zipf 4.2
# in Spanish), online, software, show, email (3.8). wordfreq's Spanish lists hold English text too
# ("the" 5.4, "fair" 3.4, "trial" 3.1), so the bar is high.
LOANWORD_MIN_SPANISH_ZIPF = 3.8
SINGLE_WORD_MIN_FREQUENCY = 1000
SINGLE_WORD_MAX_SPANISH_ZIPF_ALONE = 1.5


@register
class EnglishWord(Rule):
    """English words left in Spanish copy: a run of lowercase words the English dictionary knows
    and the Spanish one does not, such as "los gang members" or "el state of exception". XL202's
    mirror, as conservative: a lone word must be long, common in English and rare in Spanish
    (loanwords such as "marketing" are Spanish by now); names (capitalised), quoted English and
    English glossed in parentheses stay clean. With a translation engine the finding suggests a
    Spanish rendering. An English glossary term is XL201's, with the glossary's Spanish term."""

    code = "XL203"
    name = "english-word"
    kind = "untranslated"
    severity = "warning"
    summary = "English words left untranslated in Spanish copy."
    rationale = ("English left in Spanish copy is usually a phrase the translator skipped, or jargon a Spanish reader "
                 "may not know.")
    cases = (
        Case.wrong("El gobierno prometió un fair hearing para todos los detenidos del penal.",
                   flagged="fair hearing",
                   message='"fair hearing" is English left in Spanish copy; translate it or put it in quotes'),
        Case.right("La campaña de marketing online costó millones a la empresa, según el informe.",
                   why="loanwords Spanish writes itself"),
    )

    def check(self, doc, ctx):
        for run in runs_left_in(doc, ctx, "en", "es"):
            start, end = run[0].start, run[-1].end
            # Words Spanish lacks and does not borrow either: "marketing online" has none, and
            # "blog y bloggers" one, which must then be English on its own.
            english = {w.text: w.spanish_frequency for w in run if w.spanish_frequency and not _loanword(w.text)}
            if not english or (len(english) == 1 and not _english_on_its_own(*english.popitem())):
                continue
            if convincing(run) and not is_glossed(doc.prose, start, end) \
                    and not is_quoted(doc.prose, doc.paragraphs[doc.paragraph_index(start)].start, start):
                yield left_in_copy(self, doc, start, end, ctx, "en", "es", "translate it or put it in quotes")


@lru_cache(maxsize=4096)
def _loanword(text: str) -> bool:
    """An English word Spanish writes often itself (marketing, online): it may stand in a run of
    English, never make one."""
    usage = load_usage("es")
    return bool(usage and usage.zipf(text) >= LOANWORD_MIN_SPANISH_ZIPF)


def _english_on_its_own(text: str, english_frequency: int) -> bool:
    """A lone English word is English left in the copy when it is long, common in English and
    all but unwritten in Spanish (wordfreq's Spanish lists hold English loans near Zipf 2.5:
    rounds, roaming, kindergarten, which style guides tolerate)."""
    usage = load_usage("es")
    return (len(text) >= SINGLE_WORD_MIN_LENGTH and english_frequency >= SINGLE_WORD_MIN_FREQUENCY
            and not (usage and usage.zipf(text) >= SINGLE_WORD_MAX_SPANISH_ZIPF_ALONE))


QUOTE_RE = patterns.compile(r'["“”«»]|(?<!\w)[\'‘]|[\'’](?!\w)')


def is_quoted(prose: str, paragraph_start: int, start: int) -> bool:
    """Whether a quotation opened before start in its paragraph is still open there."""
    marks = QUOTE_RE.findall(prose, paragraph_start, start)
    straight = marks.count('"')
    opened = marks.count("“") + marks.count("«") - marks.count("”") - marks.count("»")
    single = marks.count("'") % 2 == 1 or marks.count("‘") > marks.count("’")
    return straight % 2 == 1 or opened > 0 or single

"""XL401 confusable: a correctly spelled word used where its sound-alike is meant.

A spell checker cannot see "sighting arbitrary detentions" (for "citing") or
"could effect the outcome" (for "affect"). Every confusion is data in
xlate/data/confusables.toml, one direction of one confusion set per entry, with
a stable id: the wrong forms, the right ones, and what decides between them.

Four kinds of evidence decide, and any one is enough:
- Word pairs (English): published English writes the right form next to the
  words on both sides far more often than the written one (odds of 20 by
  default; Google Books counts, see xlate/spelling/word_pairs.py). This is
  what generalizes: "will effect the" loses to "will affect the" whatever the
  sentence is about. It is off where a possessive and a contraction both read
  well before any noun (its/it's, their/they're, your/you're) and for "to".
- Part of speech (English): the word written is of no class the slot its neighbours make takes,
  and the sound-alike is ("will advice", "the breathe of", "they advice"; confusable_slots.py),
  read from the lexicon for every entry that weighs word pairs, so a set no pattern was written
  for is judged by grammar too.
- A classifier learnt from correct text (xlate/spelling/confusion_model.py): for each pair of
  one-word forms, a model trained at build time on every occurrence of either word in correct text
  (English: the Brown corpus, WordNet's definitions and Debian's English text; Spanish: Debian's;
  build_training_text.py), by Golding and Roth's features (the words and word classes within three
  words, collocations of one or two neighbours), says how much likelier the other word is in this
  context. One rule decides in both languages (ConfusionModel.finds, their differences as data in
  confusion_model.BARS): the margin passes the direction's threshold (calibrated on text the model
  did not learn from) and every right example of the data file, and, with the word pairs' log-odds
  in English, reaches the language's least; where the word pairs favour the word written, margin and
  log-odds together must pass the threshold.
  It decides beside an entry's patterns as well, where none matched, by one reading in both languages
  (learnt_beside_patterns; their differences, the word pairs and the interrogatives, as data in BARS):
  Spanish entries, and English ones whose word pairs are off (its -> it's, affect -> effect, your ->
  you're).
- Context patterns: regular expressions over the lowercased words around the
  suspect (see the data file's header), for cues further away than the next
  word ("more ... then", "sighting" + a kind of evidence) and for Spanish,
  which has no word-pair counts here: there word classes read from endings
  (a participle after "a" means "ha"; "esta" before a gerund means "está")
  stand where a part-of-speech lexicon would.
An entry's "unless" patterns excuse a use whatever the evidence.

Beside the hand-written entries, English words that sound alike and differ in part of speech are
confusion sets of their own, generated from the CMU Pronouncing Dictionary (confusable_sound.py,
xlate/data/homophones-en.tsv): "would lesson the burden", "will mussel their way in". They are
decided by the part-of-speech slots alone, read more narrowly, and never where a hand-written
entry names one of their words. Spanish sound-alikes come from spelling read as sound (b/v, h,
ll/y, seseo, g/j: "sus vienes" for "bienes", "me ciento" for "siento"), judged by Spanish slots
(confusable_slots_es.py).

Words are looked up by their first token in one dict, so a document is read in
one pass whatever the number of entries; context is only built around the few
words that are a known wrong form, and only where the words right beside it are
ones its patterns name (neighbour_screen: most Spanish "el" and "se" end there),
a cue word of the patterns is near (pattern_cues), or the word pairs already say
it is wrong. The machinery is elsewhere: the data file, its entries and their
patterns in confusable_data.py, the words around a suspect in
confusable_context.py, what a pattern's source requires in
xlate/text/pattern_reading.py.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Iterator, NamedTuple

from xlate.rules.base import Case, Rule, register
from xlate.rules.confusable_context import (ContextReader, Surroundings, cue_runs, near_cues, neighbour,
                                            neighbour_screen, normalise, screened_in)
from xlate.rules.confusable_data import Confusable
from xlate.rules.confusable_slots import DETERMINERS, part_of_speech_says, question_verb_says
from xlate.rules.confusable_sound import confusables_with_sound_alikes, sound_alike_says
from xlate.spelling.confusion_model import (BARS, NUMBER, START, confusion_model, context, gap_tokens,
                                            is_word)
from xlate.spelling.word_pairs import pair_counts
from xlate.spelling.words import match_case
from xlate.text.word_classes import ASKING_OPENERS, has_class

IDENTIFIER_CHARS = set("_/\\=@$<>{}|~^")   # a word touching one is part of a name in code or a path


@register
class Confusable401(Rule):
    """A real word that is the wrong one here: "sighting arbitrary detentions" for "citing", "could
    effect the outcome" for "affect", "more then" for "than". A confusion is reported when the
    words on both sides are far likelier with the other word in published English (English word-pair
    counts), or a classifier trained on correct text (the Brown corpus, WordNet's definitions and
    English text from Debian) finds it far likelier from the words and word classes around it, or
    when a context pattern of the shipped list names a cue for it; a correct use of the
    same word ("a UFO sighting", "to effect change") is left alone, and the message says what each
    word means. English sound-alikes nobody wrote an entry for (from the CMU Pronouncing
    Dictionary) are reported where the sentence's grammar takes the other's part of speech only:
    "would lesson the burden"; Spanish ones too, from spelling read as sound: "sus vienes"."""

    code = "XL401"
    name = "confusable"
    kind = "confusable"
    severity = "warning"
    summary = "A correctly spelled word that is the wrong one in context (cite/sight, affect/effect, than/then)."
    rationale = "A real word in the wrong place passes any spell checker and changes what the sentence says."
    cases = (
        Case.wrong("Rights groups raised alarm, sighting arbitrary detentions.", flagged="sighting",
                   suggestion="citing",
                   message='"sighting" here probably means "citing" — cite: to quote as evidence; sight: to '
                           'see; site: a place, to place'),
        Case.right("Residents reported a sighting of the missing boat near the coast.", why="sighting as seeing"),
        Case.wrong("Officials said the new rules would lesson the burden on farmers.", flagged="lesson",
                   suggestion="lessen",
                   why="a sound-alike of another part of speech, with no hand-written entry: after a modal a verb"),
        Case.right("The lesson of the crisis is that reserves matter.", why="lesson as a noun"),
        Case.wrong("The reform made the tax system fairer then before.", flagged="then", suggestion="than",
                   why="no pattern names this frame: the classifier learnt from correct text weighs a "
                       "comparative before it and a preposition after"),
        Case.right("Prices rose and then fell before the election.", why="then as next"),
        Case.wrong("La guía describe como funciona la red eléctrica.", flagged="como", suggestion="cómo",
                   why="no Spanish pattern names this frame: the model learnt from correct Spanish weighs a verb "
                       "of telling before the word and a verb after it (an indirect question)"),
        Case.right("La guía funciona como un mapa de la red eléctrica.", why="como as 'like'"),
    )

    def check(self, doc, ctx) -> Iterable:
        index = confusables_with_sound_alikes()
        languages = {p.language for p in doc.paragraphs}
        suspects = {word for word in index.keys() & doc.distinct_words if not _languages_of(word).isdisjoint(languages)}
        if not suspects:
            return   # Spanish "a" (for "ha") is in every English document: not a suspect there
        reader = ContextReader(doc)
        texts = doc.tokens.texts
        places: dict[str, list[int]] = {}
        for i in doc.tokens.indices_of(suspects):
            places.setdefault(texts[i], []).append(i)
        kept: set[int] = set()
        screened: dict[int, tuple] = {}    # words of one screen are screened in one call
        for word, indices in places.items():
            screen = neighbour_screen(word)
            if screen is None:
                kept.update(indices)
                continue
            screened.setdefault(id(screen), (screen, []))[1].extend(indices)
            runs = cue_runs(word)
            if runs:
                kept.update(near_cues(doc, indices, runs))
        for screen, indices in screened.values():
            kept.update(screened_in(doc, indices, screen))
        leaning = set(learnt_suspects(doc, places))
        kept.update(leaning)
        for i in sorted(kept):
            yield from self._check_word(doc, ctx, reader, i, index[texts[i]], i in leaning)

    def _check_word(self, doc, ctx, reader: ContextReader, i: int, entries: list[Confusable], leaning: bool):
        """The first entry that judges the word at i the wrong one (_finds: its context says so, or the
        words on either side are far likelier with the right form, or a model learnt from correct text
        finds it so, where the neighbours lean to the right form for an entry with patterns: leaning,
        see learnt_suspects), in the entry's language and where it applies."""
        texts = doc.tokens.texts
        word = normalise(texts[i])
        around = Surroundings(doc, reader, i)
        for entry in entries:
            for form, right, size in entry.forms_starting(word):
                if size > 1 and " ".join(map(normalise, texts[i:i + size])) != form:
                    continue
                before, after = around.before, around.after(size)
                # the cheapest test first: "de" and "el" are in every Spanish sentence
                patterned = not entry.needs_no_pattern and entry.may_stand_between(before, after)
                learns = leaning and (entry.language, form, right) in learnt_directions(word)
                if not (entry.needs_no_pattern or patterned or learns):
                    continue
                start, end = doc.tokens.starts[i], doc.tokens.ends[i + size - 1]
                written = doc.text[start:end]
                # The language next: Spanish "a" (for "ha") is in every English sentence.
                if doc.language_at(start) != entry.language or not self._applies(doc, entry, written, start):
                    continue
                if entry.lowercase_after and texts[i + size:i + size + 1] and texts[i + size][:1].isupper():
                    continue     # a name after it: "votó a Machado" is no "ha" + participle
                found = self._finds(doc, i, size, form, right, entry, around, written, patterned, learns)
                if found is not None:
                    # A generated entry's why says only that the two sound alike: the slot says why here.
                    why = f"{entry.why}; {found.slot}" if entry.sound_alike and found.slot else entry.why
                    # A dash, not parentheses: many an entry's why has parentheses of its own.
                    message = f'"{written}" here probably means "{right}" — {why}'
                    yield self.report(doc, start, end, message, (match_case(right, written),), ctx)
                    return

    def _finds(self, doc, i: int, size: int, form: str, right: str, entry: Confusable, around: Surroundings,
               written: str, patterned: bool, learns: bool) -> "Evidence | None":
        """Whether the entry finds the word at i (form) the wrong one, by three tests in turn: its
        patterns name the frame; or, for an entry that needs none, other evidence finds it; or, for one
        whose patterns did not, the learnt model does beside them. The last two read common words only
        (a capital mid-sentence makes a name). None when no test finds it."""
        if self._patterns_name(entry, around, size, patterned):
            return Evidence(None)
        if not self._plain_word(doc, written, doc.tokens.starts[i]):
            return None
        if entry.needs_no_pattern:
            return self._evidence_finds(doc, i, size, form, right, entry, around)
        if (learns and learnt_beside_patterns(doc, i, size, form, right, entry)
                and not entry.excused(around.window(size, entry.reach))):
            return Evidence(None)
        return None

    @staticmethod
    def _patterns_name(entry: Confusable, around: Surroundings, size: int, patterned: bool) -> bool:
        """The first test: one of the entry's context patterns names this frame ("sighting" + a kind of
        evidence, "more ... then"); patterned says its words beside allow one to."""
        before, after = around.before, around.after(size)
        return ((entry.needs_no_pattern or patterned) and entry.may_decide(around.lowered(size, entry.reach), before, after)
                and entry.decides(around.window(size, entry.reach)))

    @staticmethod
    def _evidence_finds(doc, i: int, size: int, form: str, right: str, entry: Confusable,
                        around: Surroundings) -> "Evidence | None":
        """The second test, for an entry that needs no pattern: the word pairs, the slot the neighbours
        make, or the model learnt from correct text find right the word meant, and the entry does not
        excuse this use. What found it (the slot's reason, when the slot did); None when nothing did."""
        before, after = around.before, around.after(size)
        slot = None
        if not ((entry.evidence and word_pair_odds(doc, i, size, form, right) >= entry.evidence)
                or (slot := slot_evidence(doc, i, size, form, right, before, after, entry))
                or learnt_evidence(doc, i, size, form, right, before, after, entry)):
            return None
        return None if entry.excused(around.window(size, entry.reach)) else Evidence(slot)

    @staticmethod
    def _plain_word(doc, written: str, start: int) -> bool:
        """Word-pair counts are of common words: a capital mid-sentence makes a name (General Council)."""
        return written.islower() or doc.is_sentence_start(start)

    @staticmethod
    def _applies(doc, entry: Confusable, written: str, start: int) -> bool:
        if written.isupper() and len(written) > 1:
            return False          # acronyms: LED lights, ITS
        end = start + len(written)
        if doc.text[start - 1:start] in IDENTIFIER_CHARS or doc.text[end:end + 1] in IDENTIFIER_CHARS:
            return False          # part of a name in code or a path: led_mask, its/
        if entry.lowercase_only and written[:1].isupper():
            return doc.is_sentence_start(start)
        return True


class Evidence(NamedTuple):
    """What found a word the wrong one without a pattern: slot, what the slot its neighbours make
    takes, when the slot did ("a modal takes a verb"); None when the word pairs or the model did."""
    slot: str | None


@lru_cache(maxsize=8192)
def _languages_of(word: str) -> frozenset[str]:
    """The languages of the entries of word (as written)."""
    return frozenset(entry.language for entry in confusables_with_sound_alikes()[word])


def word_pair_odds(doc, i: int, size: int, form: str, right: str) -> float:
    """How many times likelier published English puts right than form (words[i:i + size]) between
    the words on either side (xlate/spelling/word_pairs.py); 0 when the counts cannot tell."""
    left, following = neighbour(doc, i - 1), neighbour(doc, i + size - 1, after=True)
    if left is None or following is None:
        return 0.0      # no evidence at a sentence's edge or next to a mark (see PairCounts)
    return _odds(left, form, right, following)


def learnt_evidence(doc, i: int, size: int, form: str, right: str, before: str | None, after: str | None,
                    entry: Confusable) -> bool:
    """Whether the classifier learnt from correct text for the pair (xlate/spelling/confusion_model.py)
    says right is far likelier than form in this context, by its words and their classes within three
    words either side ("the new rules will effect farmers": a modal, people after), whatever the
    sentence is about, by the one rule of ConfusionModel.finds: in English the margin passes the
    direction's threshold (set at build time where correct uses in text the model did not learn from
    raise at most 0.01 alarms per 10,000 words) and every right example's of the data file, and with
    the word pairs' odds where they tell (a bigram model's view of the same two neighbours) reaches
    the language's least; where the word pairs find the word written the likelier, margin and odds
    together pass the threshold. Where the model reads the word's edges (edges_read: a sentence's or a clause's
    start before it, "Their were no injuries", "The senator, who's son"; a figure or a comma after it,
    "more then 300", "not yet in site, the envoy said"), the side that is no word is its token;
    elsewhere a mark, a quote or a sentence's end beside it makes the context too thin ("... to
    here.") or the word a mention, not a use ('"then" -> "than"'). Not before a name (a capital mid-sentence), which the model would read lowercased as the
    word it spells ("pretend they're Labour" is no "their labour")."""
    model = confusion_model(entry.language)
    if model is None or not model.weighs(form, right):
        return False     # no model for the pair, or one that caught too few errors in text it had not seen
    if before is None or after is None:
        edges = edges_read(doc, i, size)
        if edges is None:
            return False
        before, after = edges
    if is_word(after) and doc.tokens.texts[i + size][:1].isupper() and doc.tokens.texts[i + size] != "I":
        return False     # a name after it, read lowercased as the word it spells: "pretend they're Labour"
    return _model_finds(doc, i, size, form, right, entry.language, model, before, after,
                        lambda: model.margin_at(doc.tokens.texts, doc.tokens.gaps, i, form, right, size))


def _model_finds(doc, i: int, size: int, form: str, right: str, language: str, model, before: str, after: str,
                 margin: Callable[[], float]) -> bool:
    """The end both learnt readings share (learnt_evidence, learnt_beside_patterns): only where the
    neighbours weigh for right (ConfusionModel.may_favour), with the word pairs' odds where the language's
    bars read them, by ConfusionModel.finds; the margin, the costly part, read last."""
    if not model.may_favour(form, right, before, after):
        return False     # no neighbour the model weighs for right: most "their" and "then" end here
    odds = word_pair_odds(doc, i, size, form, right) if BARS[language].word_pairs else 0.0
    return model.finds(form, right, margin(), odds)


EDGES_BEFORE = frozenset({START, ","})   # a sentence's start, a clause's after a comma: the model learnt both
EDGES_AFTER = frozenset({NUMBER, ","})  # a figure, "more then 300 people"; a clause's end, "paid them a complement,"


def edges_read(doc, i: int, size: int) -> tuple[str, str] | None:
    """The tokens right before and after the word at i (of size words) as the model reads them, where
    one side is no plain word but an edge the model learnt as a token of its own (EDGES_BEFORE,
    EDGES_AFTER) and the other is a word; None otherwise (a quote, a bracket, a sentence's end)."""
    before, after = context(doc.tokens.texts, doc.tokens.gaps, i, size, window=1)
    left, following = before[0], after[0]
    if not (is_word(left) or left in EDGES_BEFORE) or not (is_word(following) or following in EDGES_AFTER):
        return None
    return (left, following) if is_word(left) or is_word(following) else None


def learnt_beside_patterns(doc, i: int, size: int, form: str, right: str, entry: Confusable) -> bool:
    """Whether the model learnt from correct text finds right far likelier than form here, for an entry
    whose patterns did not decide, in either language by the one rule of ConfusionModel.finds (with the
    word pairs' odds where the language's bars read them: English "Its hard to say" is "It's"; Spanish
    "la guía describe como funciona la red" is "cómo", while "Confían en el y la otra parte" stays "el",
    below a right example of the data file). Read between two words, or at a sentence's start before a
    word ("Se que no será fácil": sé), but not where the right form is one of the language's
    interrogatives there (Bars.interrogatives: a direct question opens with "¿"); and only where the
    neighbours weigh for right (ConfusionModel.may_favour). learnt_suspects chose the places: no mark
    on either side, no name after."""
    model, bars = confusion_model(entry.language), BARS[entry.language]
    before, after = context(doc.tokens.texts, doc.tokens.gaps, i, size)
    if not is_word(after[0]):
        return False
    if not (is_word(before[0]) or (before[0] == START and right not in bars.interrogatives)):
        return False
    # learnt_suspects' screen asked of any of the word's directions: _model_finds asks again of this one
    return _model_finds(doc, i, size, form, right, entry.language, model, before[0], after[0],
                        lambda: model.margin(form, right, before, after))


@lru_cache(maxsize=4096)
def learnt_directions(word: str) -> frozenset[tuple[str, str, str]]:
    """The (language, form, right) of word's entries with patterns that a learnt model may decide
    beside them (the language's Bars.beside_patterns): one word each, a direction the model weighs and
    tells apart well enough (ConfusionModel.tells_apart)."""
    found = set()
    for entry in confusables_with_sound_alikes()[word]:
        model = confusion_model(entry.language)
        if model is None or not BARS[entry.language].beside_patterns or entry.needs_no_pattern:
            continue
        for form, right, size in entry.forms_starting(normalise(word)):
            if size == 1 and model.weighs(form, right) and model.tells_apart(form, right):
                found.add((entry.language, form, right))
    return frozenset(found)


def learnt_suspects(doc, places: dict[str, list[int]]) -> Iterator[int]:
    """The places of words a learnt model may judge beside their entries' patterns: where a word
    beside it is one of the model's cues for the other word (ConfusionModel.cues). The word after
    must be a word and no name ("con el Time": a capital mid-sentence makes one), the one before a
    word or the sentence's start; the rest of "el", "a", "se" in every Spanish sentence is never
    read whole."""
    texts, gaps = doc.tokens.texts, doc.tokens.gaps
    last = len(texts) - 1
    for word, indices in places.items():
        directions = learnt_directions(word)
        if not directions:
            continue
        screens = [(model.cues(form, right), model.classes.tag)
                   for language, form, right in directions for model in (confusion_model(language),)]
        for i in indices:
            if i == last or gap_tokens(gaps[i]) != () or texts[i + 1][:1].isupper():
                continue
            marks = gap_tokens(gaps[i - 1]) if i else None
            if marks:
                continue     # a mark before it: a list, a parenthesis, a quotation
            left, following = START if marks is None else texts[i - 1].lower(), texts[i + 1].lower()
            for cues, tag in screens:
                if cues.favour(left, following, tag):
                    yield i
                    break


def slot_evidence(doc, i: int, size: int, form: str, right: str, before: str | None, after: str | None,
                  entry: Confusable) -> str | None:
    """What the slot its neighbours make takes ("a modal takes a verb"), when the word's part of
    speech cannot fill it and right's can (confusable_slots.py): one word against one word; None
    when no slot decides. A generated sound-alike is judged more narrowly, and in its language
    (confusable_sound.sound_alike_says)."""
    if size > 1 or " " in right:
        return None
    if before == "i" and _numeral_in_a_name(doc, i - 1):
        return None      # "Phase I sea trials", "World War I days": no subject, no verb's slot
    if entry.sound_alike:
        return sound_alike_says(neighbour(doc, i - 2), before, form, right, after, _antecedent(doc, i, before),
                                entry.language)
    return (part_of_speech_says(neighbour(doc, i - 2), before, form, right, after, _antecedent(doc, i, before))
            or question_verb_says(form, right, after, lambda: _question_opener(doc, i)))


def _question_opener(doc, i: int) -> str | None:
    """The modal or "do" that opens a question whose subject ends right before word i: a determiner,
    up to two modifiers and a noun ("How will the strike effect", "Did the new president loose"),
    wherever the question stands ("The question is, will the strike effect"), or an inversion
    ("Nor will the new levy effect"). None otherwise. The data file's question frames read the same
    (en-effect-affect, en-loose-lose)."""
    head = neighbour(doc, i - 1)
    if head is None or not has_class("en", head, "noun", "plural"):
        return None
    n = i - 2
    for _ in range(2):      # modifiers between the determiner and the head
        word = neighbour(doc, n)
        if word is None or word in DETERMINERS or not has_class("en", word, "noun", "adj"):
            break
        n -= 1
    if neighbour(doc, n) not in DETERMINERS:
        return None
    opener = neighbour(doc, n - 1)
    if opener is None or opener not in ASKING_OPENERS:
        return None
    return opener


def _numeral_in_a_name(doc, n: int) -> bool:
    """ "I" at n ends a name as its numeral when a capitalised word stands right before it mid-sentence
    (Phase I, World War I, Act I, Charles I), or a noun that is no adverb opens the sentence with it
    ("Phase I sea trials began"); the pronoun follows a lowercase word or an opening adverb
    ("Yesterday I", "Then I")."""
    if n < 1 or doc.tokens.texts[n] != "I" or doc.tokens.gaps[n - 1] != " ":
        return False
    name = doc.tokens.texts[n - 1]
    if not name[:1].isupper():
        return False
    if not doc.is_sentence_start(doc.tokens.starts[n - 1]):
        return True
    return has_class("en", name.lower(), "noun") and not has_class("en", name.lower(), "adv")


def _antecedent(doc, i: int, before: str | None) -> str | None:
    """The word before "who" at i - 1, across a comma as well ("the former mayor, who led")."""
    if before != "who" or i < 2 or doc.tokens.gaps[i - 2] not in (" ", ", "):
        return None
    return normalise(doc.tokens.texts[i - 2])


@lru_cache(maxsize=8192)
def _odds(left: str, form: str, right: str, following: str) -> float:
    return pair_counts().odds(left, form, right, following) or 0.0

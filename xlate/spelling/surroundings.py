"""Where an unknown word stands: in a passage of a third language, a foreign name, a handle or an address.

Published copy quotes languages it is not written in (a French sentence left in a translated
article, an Aymara line in a translator's profile, a German book title), names institutions in
their own language (Hospodářské noviny), and cites handles, hashtags and addresses (@mvsnotes,
#18deagosto, Sedmička.cz). The words there are unknown to both dictionaries and none of them is a
misspelling. A slip of the keys stands among words the dictionary knows, or beside one other slip
("on Wed esday eveneing"); a third language fills its sentence with words neither dictionary knows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping

import regex

from xlate.infra import patterns

from xlate.core.document import Document, Tokens
from xlate.spelling.usage import load_quoted_words, load_usage
from xlate.spelling.words import has_foreign_letter, is_elided

# Words looked at on each side of an unknown word, within its sentence ...
PASSAGE_REACH = 3
# ... of which this many, written in lower case, belong to neither language: a passage of a third
# language. One is not enough: two slips may stand side by side.
PASSAGE_FOREIGN_WORDS = 2
# A whole sentence is in another language when this share of its lowercase words are foreign (and
# at least PASSAGE_FOREIGN_WORDS besides the word judged, itself plainly foreign): French shares
# many short words with Spanish and English (y, sur, que, les, a), so a French sentence may not
# show two foreign words near each of its own.
SENTENCE_FOREIGN_SHARE = 1 / 3
SENTENCE_REACH = 40   # words on each side: a run with no sentence end is not scanned whole for each word
# A word counts toward a passage of a third language when it is this many Zipf points (10**1.5,
# about 30 times) commoner in that language than in English and Spanish: au, du, des, und.
QUOTED_MARGIN = 1.5
QUOTED_WORDS = 3   # a quotation this short, of words neither language knows, is a term or a title
_SENTENCE_BREAKS = frozenset(".!?;:")
# How the second, Latin half of a species' name ends: hallae, aegypti, falciparum, vulgaris.
_EPITHET_ENDINGS = ("ae", "ii", "i", "um", "us", "is", "ensis", "oides", "orum", "arum")
# Glued right before a word, a sign that makes it a handle, a hashtag, a code or a censored word:
# @mvsnotes, #tnelec, #18deagosto, (3arabawy), m**rda.
_HANDLE_MARKS = frozenset("@#*_0123456789")
_USER_WORDS = frozenset(("user", "usuario", "usuaria"))
_VOWELS = frozenset("aeiouyáéíóúü")
_OPENING_QUOTES = frozenset("\"'“‘«")
_CLOSING_QUOTES = frozenset("\"'”’»")


def in_foreign_passage(tokens: Tokens, i: int, lang: str, unknown: Callable[[str], bool],
                       like_no_word: Callable[[str], bool]) -> bool:
    """Whether word i, in copy in lang, stands among lowercase words of another language: a quoted
    passage, whose words are no misspellings. Those words are known to neither dictionary
    (unknown(text)), and one of them at least is plainly foreign, which a slip never is: elided
    (l'action), with a letter lang does not write (société), a common word of a language copy
    quotes (les, eine: wordfreq's lists) or like no word of lang at all (like_no_word(text):
    cumputaduranakax). Two plainly foreign words side by side are a phrase too (sotto voce). Two
    or three slips side by side ("on Wed esday eveneing") are still slips."""
    def foreign(text: str) -> bool:   # an abbreviation without a vowel (mln, bpd) belongs to no passage
        return text.islower() and (unknown(text) or _commoner_abroad(text)) and not _abbreviation(text)

    def passage(words: list[str]) -> bool:
        return len(words) >= PASSAGE_FOREIGN_WORDS and any(_plainly_foreign(w, lang, like_no_word) for w in words)

    if passage([w for w in _words_around(tokens, i, PASSAGE_REACH) if foreign(w)]):
        return True
    if not _plainly_foreign(tokens.texts[i], lang, like_no_word):
        return False   # the sentence's share is no evidence for a word that may be a slip (goverment)
    if any(foreign(w) and _plainly_foreign(w, lang, like_no_word) for w in _beside(tokens, i)):
        return True    # two plainly foreign words side by side: a phrase (sotto voce, il signore)
    lowercase = [w for w in _words_around(tokens, i, SENTENCE_REACH) if w.islower()]
    others = [w for w in lowercase if foreign(w)]
    return passage(others) and len(others) + 1 >= SENTENCE_FOREIGN_SHARE * (len(lowercase) + 1)


def in_foreign_name(tokens: Tokens, i: int, unknown: Callable[[str], bool]) -> bool:
    """Whether lowercase word i is the rest of a name in its own language: after one space, it
    follows a capitalised word (no acronym) with a letter neither English nor Spanish writes
    (Hospodářské noviny, Jedličkův ústav), or it is a common word of a language copy quotes after
    a capitalised word neither dictionary knows (unknown(text)): Orlické hory, Thurn und Taxis,
    Ústí nad Labem, or the Latin epithet of a species after its genus (Tawa hallae). Spanish names
    in English copy (Andrés López) and capitalised words of either language ("El publico") do not
    count: a slip after one is still a slip."""
    if i == 0 or tokens.gaps[i - 1] != " " or not tokens.texts[i].islower():
        return False
    before = tokens.texts[i - 1]   # capitalised, not an acronym (ČSSD propusó: a sentence goes on after one)
    if not before[:1].isupper() or before.isupper():
        return False
    if has_foreign_letter(before, "en") and has_foreign_letter(before, "es"):
        return True
    if _species_epithet(tokens.texts[i]) and unknown(tokens.texts[i]):
        return True
    return tokens.texts[i] in load_quoted_words() and unknown(before)


def _species_epithet(word: str) -> bool:
    """Whether word, after a capitalised word, may be the Latin second half of a species' name
    (Tawa hallae, Aedes aegypti, Plasmodium falciparum): a Latin epithet's ending."""
    return word.endswith(_EPITHET_ENDINGS) and len(word) > 4


def in_quotation_marks(doc: Document, tokens: Tokens, i: int, unknown: Callable[[str], bool]) -> bool:
    """Whether word i stands in quotation marks with at most QUOTED_WORDS words, every one of them
    unknown to both dictionaries: a term or a title the copy mentions rather than uses (the
    "gelataio", a 'krysha', "il signore"), written as its language writes it. A comma or a full
    stop may close it inside the marks. A slip among words of the copy ("recieve button") stays."""
    first = last = i
    while first > 0 and i - first < QUOTED_WORDS and tokens.gaps[first - 1] == " ":
        first -= 1
    while last + 1 < len(tokens) and last - i < QUOTED_WORDS and tokens.gaps[last] == " ":
        last += 1
    prose = doc.prose
    for start in range(first, i + 1):
        if prose[tokens.starts[start] - 1:tokens.starts[start]] not in _OPENING_QUOTES:
            continue
        if tokens.starts[start] >= 2 and prose[tokens.starts[start] - 2].isalnum():
            continue   # an apostrophe inside a word, not a quotation mark
        for end in range(i, min(last, start + QUOTED_WORDS - 1) + 1):
            after = tokens.ends[end] + (prose[tokens.ends[end]:tokens.ends[end] + 1] in (",", "."))
            if prose[after:after + 1] in _CLOSING_QUOTES and all(
                    unknown(tokens.texts[j]) for j in range(start, end + 1) if j != i):
                return True
    return False


# Nouns that introduce a word as a word rather than use it: the Latin word trifidus, la palabra
# quechua "ayni", the term jejemon.
_MENTIONING_NOUNS = frozenset(("word", "words", "term", "palabra", "palabras", "término", "vocablo", "voz"))


def mentioned_as_a_word(tokens: Tokens, i: int) -> bool:
    """Whether word i is mentioned as a word, right after "word" or "term" ("palabra", "término"),
    with a language's name between or not (the Latin word trifidus, la palabra latina trifidus):
    a word quoted from its language, not misspelt in the copy's. Only lowercase words count."""
    if not tokens.texts[i].islower():
        return False
    for back in (1, 2):
        j = i - back
        if j < 0 or any(gap.strip(" \"'“‘«") for gap in tokens.gaps[j:i]):
            return False
        if tokens.texts[j].lower() in _MENTIONING_NOUNS:
            return True
    return False


def is_unit_after_number(doc: Document, start: int, end: int) -> bool:
    """Whether the word between start and end is a unit's abbreviation after a figure, or after
    another such unit: short, of consonants only (225 kmh, 60 mph, 2.1 mln bpd), which no word of
    either language is."""
    if not _abbreviation(doc.prose[start:end]):
        return False
    if regex.search(r"\d[\s\u00a0]?$", doc.prose[max(0, start - 2):start]) is not None:
        return True
    before = _PREVIOUS_WORD_RE.search(doc.prose, max(0, start - 7), start)
    return before is not None and is_unit_after_number(doc, before.start(1), before.end(1))


_PREVIOUS_WORD_RE = patterns.compile(r"(\p{L}+)[\s\u00a0]$")


def _abbreviation(text: str) -> bool:
    """Short and of consonants only (mln, bpd, kmh): an abbreviation, which no word of either language is."""
    return len(text) <= 5 and text.isalpha() and _VOWELS.isdisjoint(unicodedata.normalize("NFD", text.lower()))


def after_user(tokens: Tokens, i: int) -> bool:
    """Whether lowercase word i names an account in a credit line: after "user" or "usuario", with
    the site's name between or not (Flickr user kamoda, del usuario Flickr funkz)."""
    before = [w.lower() for w in tokens.texts[max(0, i - 2):i]]
    return tokens.texts[i].islower() and bool(before) and (
        before[-1] in _USER_WORDS or (len(before) == 2 and before[0] in _USER_WORDS and tokens.texts[i - 1][:1].isupper()))


def in_handle_or_address(doc: Document, start: int, end: int) -> bool:
    """Whether the word between start and end is part of a handle, a hashtag, a code or a web
    address: glued to a mark before it (@, #, a digit, * of a censored word), to a slash after a
    space (a path cut from its address), or to a dot and letters on either side (a domain:
    youtu.be, Sedmička.cz)."""
    prose = doc.prose
    before = prose[start - 1] if start else ""
    if before in _HANDLE_MARKS:
        return True
    if before == "/" and (start < 2 or prose[start - 2] in " /"):
        return True
    if before == "." and start >= 2 and prose[start - 2].isalpha():
        return True
    return prose[end:end + 1] == "." and prose[end + 1:end + 2].isalpha()


def _commoner_abroad(text: str) -> bool:
    """A common word of a language copy quotes that is far commoner there than in English or
    Spanish, though their dictionaries list it (au, du, eu, fond, des, und): the small words that
    make a quoted sentence, which copy writes only in borrowings and names. A word Spanish writes
    often (de, la, que) is not one: in English copy it is Spanish, the untranslated-word check's."""
    quoted = load_quoted_words()
    tenths = quoted.get(text, 0) if isinstance(quoted, Mapping) else 0
    if not tenths:
        return False
    usages = [usage for usage in map(load_usage, ("en", "es")) if usage is not None]
    return len(usages) == 2 and tenths / 10 - max(usage.zipf(text) for usage in usages) >= QUOTED_MARGIN


def _plainly_foreign(text: str, lang: str, like_no_word: Callable[[str], bool]) -> bool:
    """A word no slip of lang makes: elided (l'action), with a letter lang does not write
    (société in English), a common word of a language copy quotes, or like no word of lang."""
    return (is_elided(text) or has_foreign_letter(text, lang) or text in load_quoted_words()
            or like_no_word(text))


def _beside(tokens: Tokens, i: int) -> list[str]:
    """The words right before and after word i, a space apart."""
    before = [tokens.texts[i - 1]] if i > 0 and tokens.gaps[i - 1] == " " else []
    after = [tokens.texts[i + 1]] if i + 1 < len(tokens) and tokens.gaps[i] == " " else []
    return before + after


def _words_around(tokens: Tokens, i: int, reach: int) -> list[str]:
    """Up to reach words on each side of word i, not across a sentence's end or a paragraph break."""
    found = []
    j = i
    while j > 0 and i - j < reach and not _breaks(tokens.gaps[j - 1]):
        j -= 1
        found.append(tokens.texts[j])
    j = i
    while j + 1 < len(tokens) and j - i < reach and not _breaks(tokens.gaps[j]):
        j += 1
        found.append(tokens.texts[j])
    return found


def _breaks(gap: str) -> bool:
    """A sentence's end or a paragraph break (a blank line, also in a CRLF file)."""
    return not _SENTENCE_BREAKS.isdisjoint(gap) or _BLANK_LINE_RE.search(gap) is not None


_BLANK_LINE_RE = patterns.compile(r"\n[ \t\r]*\n")

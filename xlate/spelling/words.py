"""Word-level helpers shared by the spelling checks: compounds, clitics, case, paragraphs."""

from __future__ import annotations

from itertools import compress
from operator import not_
from typing import NamedTuple


from xlate.core.document import Document, Word
from xlate.infra import patterns
from xlate.spelling import ALPHABETS
from xlate.spelling.dictionary import DERIVATION_GROWTH, Dictionary

# English possessive and contraction endings, after apostrophes are straightened.
CLITICS = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")
_PART_RE = patterns.compile(r"[^\-‐‑]+")
_JOIN_RE = patterns.compile(r"['’\-‐‑]")   # what a clitic or a compound needs (an apostrophe, a hyphen)
_LETTERS = {lang: frozenset(alphabet) for lang, alphabet in ALPHABETS.items()}
_ROMAN_NUMERAL_RE = patterns.compile(r"(?i)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")


class Part(NamedTuple):
    """A word, or one piece of a hyphenated compound, with its offsets in the document."""
    start: int
    end: int
    text: str


def without_clitic(word: Word) -> Part:
    """The word without a trailing 's, n't, 're ... (straight or curly apostrophe)."""
    straight = word.text.replace("’", "'")
    for clitic in CLITICS:
        if straight.endswith(clitic) and len(straight) > len(clitic):
            end = word.end - len(clitic)
            return Part(word.start, end, word.text[:len(word.text) - len(clitic)])
    return Part(word.start, word.end, word.text)


def is_one_piece(text: str) -> bool:
    """A word with no apostrophe and no hyphen has no clitic (each of CLITICS holds an apostrophe) and is no
    compound: it is its one piece, and the splitting below can be skipped (most words of a text)."""
    return _JOIN_RE.search(text) is None


def compound_parts(part: Part) -> list[Part]:
    return [Part(part.start + m.start(), part.start + m.end(), m.group()) for m in _PART_RE.finditer(part.text)]


def unknown_parts(word: Word, dictionary: Dictionary) -> list[Part]:
    """The pieces of word the dictionary does not know: none when the whole word, the word
    without its clitic, the compound written solid (co-operate) or every piece is known."""
    if dictionary.knows(word.text):
        return []
    if is_one_piece(word.text):
        return [Part(word.start, word.end, word.text)]
    stem = without_clitic(word)
    if dictionary.knows(stem.text):
        return []
    parts = compound_parts(stem)
    if len(parts) > 1 and dictionary.knows("".join(p.text for p in parts)):
        return []
    return [p for p in parts if not dictionary.knows(p.text)]


# A slip must turn into a word written at least this often (Zipf 3: once per million words) ...
SLIP_MIN_ZIPF = 3.0
# ... and be this long: short words of the other language swap into common ones by chance (por, pro).
SLIP_MIN_LENGTH = 5


def typing_slip(text: str, dictionary: Dictionary, usage) -> str | None:
    """The common word of the dictionary's language that text is with two neighbouring letters
    swapped, if text is not a word of its own there (usage.is_word): the commonest typing slip,
    and one that a word of the other language seldom makes by chance ("procede" for "proceed").
    None without wordfreq's counts (usage), which tell how often each is written."""
    if usage is None or not SLIP_MIN_LENGTH <= len(text) <= dictionary.longest + DERIVATION_GROWTH:
        return None   # too short to tell, or too long to be any word: no quadratic search of a blob
    for i in range(len(text) - 1):
        if text[i] != text[i + 1]:
            swapped = text[:i] + text[i + 1] + text[i] + text[i + 2:]
            if dictionary.knows(swapped) and usage.zipf(swapped) >= SLIP_MIN_ZIPF:
                return None if usage.is_word(text, (swapped,)) else swapped
    return None


# Abbreviations a name follows: titles, English and Spanish ("Prof. Edmundo", "Gral. Padrino").
TITLES = frozenset("""mr mrs ms dr dra prof profa maj gen gral col cnel capt cap lt sgt sen rep gov gob pres st
sr sra srta lic ing arq mons hon rev fr sto sta""".split())


def opens_sentence(doc: Document, offset: int) -> bool:
    """Whether the word at offset opens a sentence, where a capital says nothing of a name: not
    after "(", "[", ":" or ";" (a name, an aside or a list: "(Delcy Rodríguez)", "moved in: Quelba,"),
    a title ("Maj. Edmundo") or an initial ("Juan R. Epsy"), which the document's rule of sentence
    ends counts as ends."""
    i = offset - 1
    while i >= 0 and doc.prose[i] in " \t\"“‘'«":
        i -= 1
    if i >= 0 and doc.prose[i] in "([:;":
        return False
    if i >= 0 and doc.prose[i] == ".":
        start = i
        while start > 0 and doc.prose[start - 1].isalpha():
            start -= 1
        before = doc.prose[start:i]
        if (len(before) == 1 and before.isupper()) or before.lower() in TITLES:
            return False
    return doc.is_sentence_start(offset)


# Particles inside a name, between a given name and a surname: Omar al-Zafir, Osama bin Laden,
# Vincent van Gogh, Ursula von der Leyen, Lula da Silva. Not de, del or la, which a Spanish sentence
# writes before a capital anywhere (Tambien de Madrid).
_NAME_PARTICLES_RE = patterns.compile(r" (?:(?:al|el|ad|as|ash|at|az)-|(?:bin|ibn|ben|van|von|der|den|ter|du|da|dos|das|di) )+"
                                   r"\p{Lu}\p{Ll}")


def before_a_name(doc: Document, end: int) -> bool:
    """Whether the word ending at end is followed, after one space, by a capitalised word that is not
    all capitals, or by a name's particles and one: a given name before a surname ("Cian Morrow",
    "Omar Haddad", "Omar al-Zafir") opening a sentence."""
    following = doc.prose[end + 1:end + 3]
    if doc.prose[end:end + 1] != " ":
        return False
    return (len(following) == 2 and following[0].isupper() and following[1].islower()) or \
        _NAME_PARTICLES_RE.match(doc.prose, end, end + 40) is not None


def is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def match_case(word: str, written: str) -> str:
    """word cased as written is: all in capitals, capitalised, or as it is."""
    if written.isupper() and len(written) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


def has_inner_capital(text: str) -> bool:
    """Acronyms (OHCHR), brands and run-together names (XChile, LogoBlindspot): never typos."""
    return any(c.isupper() for c in text[1:])


def has_foreign_letter(text: str, lang: str) -> bool:
    """A letter the language does not write marks a foreign word or name: São or Łódź in either
    language, Culiacán or Iván in English."""
    return any(c.isalpha() and c.lower() not in _LETTERS[lang] for c in text)


_ELIDED_RE = patterns.compile(r"(?i)(?:[cdjlmnst]|qu)['’]\p{L}")


def is_elided(text: str) -> bool:
    """French or Italian elision: an article or pronoun glued to a word by an apostrophe (l'action)."""
    return _ELIDED_RE.match(text) is not None


def is_roman_numeral(text: str) -> bool:
    """Clause numbers (ii, xiv) are not misspellings."""
    return bool(text) and _ROMAN_NUMERAL_RE.fullmatch(text) is not None


def is_truncated(doc: Document, word: Word) -> bool:
    """A word cut short by an ellipsis (internati…) is an excerpt, not a misspelling."""
    return doc.prose.startswith(("…", "..."), word.end)


def capitalised_mid_sentence(doc: Document) -> frozenset[str]:
    """Every capitalised word or compound piece that appears mid-sentence: the document's names."""
    if doc.derived.capitalised_mid_sentence is None:
        names = set()
        tokens = doc.tokens
        # a word with no capital letter (str.islower: cased, all lowercase) has no capitalised piece:
        # only the few others are looked at, one Word each (most words of a text are lowercase)
        capitals = compress(range(len(tokens)), map(not_, map(str.islower, tokens.texts)))
        for i in capitals:
            text = tokens.texts[i]
            if is_one_piece(text):
                if is_capitalised(text) and not doc.is_sentence_start(tokens.starts[i]):
                    names.add(text)
                continue
            parts = compound_parts(without_clitic(Word(tokens.starts[i], tokens.ends[i], text)))
            if not doc.is_sentence_start(tokens.starts[i]) and is_capitalised(parts[0].text):
                names.add(parts[0].text)
            names.update(p.text for p in parts[1:] if is_capitalised(p.text))
        doc.derived.capitalised_mid_sentence = frozenset(names)
    return doc.derived.capitalised_mid_sentence

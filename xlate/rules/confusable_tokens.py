"""Token patterns of XL401 (the data file's `tokens` field): a sequence of token tests around the
suspect, where a test may name a word class (xlate/text/word_classes.py) as well as words.

    tokens = ["<det> @ <noun> <modal>", "@ <adj>&!<noun> <end>"]

A context pattern (a regex) can only name words; "it's" before a noun and a verb, "el" before a
finite verb, "principle" before a noun need the class of words no list can hold. A token pattern is
read over the same window as the regexes (xlate/rules/confusable_context.py: lowercased words and
marks, one space apart, the suspect written @), token by token outward from @:

    word            that word ("would"); a|b|c any of them; a mark (",", ".") or "#" (a number)
    <name>          a word class of the entry's language (noun, plural, verb, past, participle, ing,
                    verb_s, adj, adv, and what a noun means by its first sense in WordNet: n.act,
                    n.artifact, n.person, n.communication... ; Spanish noun, adj, nominal, verb,
                    finite, infinitive, gerund, participle, and the meanings of the English noun a
                    Spanish noun translates: "valla" n.artifact), else a macro of the data file that
                    lists plain words ("(?:the|a|an)") or classes ("<n.act>|<n.state>")
    <end>           a mark that ends a clause (. , ; : ! ? ) ¶ and closing quotes) or the window's edge
    <start>         a mark that opens one (. ! ? ; : ¶ ( and opening quotes) or the window's edge
    /shape/         a word the regex matches whole ("/\\w+(?:s|ste)/")
    *               any one token; <word> any one word (a test of negations alone also holds
                    for a mark: "<word>&!<noun>" wants a word that is no noun)
    A&B  !A         both tests; not the test (a word the lexicon lacks is in no class)
    <a>|!<b>        an alternative may be a class negated alone: a word of class a or of no class b
                    ("<nominal>|!<finite>": a word that is no verb form unless it is a noun too)
    test?           the token may be missing (tried with it first)

The grammar, in full (tokens are parted by spaces; "&" and "|" outside a /shape/ only):

    pattern     = token { " " token }            exactly one token is "@"
    token       = "@" | test { "&" test } [ "?" ]
    test        = [ "!" ] alternative { "|" alternative }
    alternative = word | "<" name ">" | "!<" name ">" | "<word>" | "<start>" | "<end>" | "/" regex "/" | "*"

A test holds when any alternative does ("!" negates the whole test); a token holds when all its
tests do. The tests before "@" are read leftward from it, those after rightward; a pattern needs no
more tokens than the ones it names, so "<det> @" says nothing about the words past "the".

Run on a window as confusable_context.py writes it (the class test reads the lexicon):

    >>> p = parse_tokens("<det> @ <noun>&!<plural> will|would", "en", {"det": "(?:the|a|an)"}, "example")
    >>> p.search("officials said the @ budget would rise")
    True
    >>> p.search("officials said the @ budgets would rise")       # a plural
    False
    >>> p.search("officials said that @ budget would rise")       # no determiner
    False
    >>> q = parse_tokens("took a <adj>? @ !off", "en", {}, "example")    # an optional token
    >>> q.search("workers took a @ on friday"), q.search("workers took a long @ on friday")
    (True, True)
    >>> q.search("he took a @ off the shelf")
    False

A token pattern is screened as the regexes are (neighbours: the words a pattern allows right next to
the suspect, classes included) and kept in the parse cache as plain tuples.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from xlate.infra import patterns
from xlate.text.word_classes import CLASSES, UnknownWordClass, bit, lexicon
from xlate.text.pattern_reading import WordClass

TARGET = "@"
TOKENS_MARK = "\x00tokens"      # first item of a token pattern's plain form (a regex's is its source)
PLAIN_MACRO_RE = regex.compile(r"\(\?:((?:[\w' ]+\|)*[\w' ]+)\)")
CLASS_MACRO_RE = regex.compile(r"<[\w.]+>(?:\|<[\w.]+>)*")
WORDLIKE_RE = regex.compile(r"[\w'#-]")

# A test is (negated, words, class mask, any, marks, shape, unmask) in a tuple: words a frozenset, mask
# an int, marks the marks it allows (and with them the window's edge), shape a regex's source or None,
# unmask the classes of its "!<class>" alternatives (a word of none of them passes).
WORD_ONLY = 2                   # the "any" of <word>: any word, no mark
END_MARKS = frozenset(".,;:!?)¶”»…")
START_MARKS = frozenset(".!?;:¶(“«¿¡\"")
# A part of a token is a tuple of tests that must all hold; a token is (tests, optional).


class TokenPatternError(ValueError):
    pass


def _parse_test(text: str, language: str, macros: dict[str, str], where: str) -> tuple:
    negated = text.startswith("!")
    body = text[1:] if negated else text
    words: set[str] = set()
    shapes: list[str] = []
    mask = unmask = 0
    marks: frozenset[str] = frozenset()
    anything: bool | int = False
    for alternative in _alternatives(body):
        if alternative.startswith("!<") and alternative.endswith(">"):
            unmask |= _class_bit(language, alternative[2:-1], where)
        elif len(alternative) > 2 and alternative[0] == alternative[-1] == "/":
            shapes.append(alternative[1:-1])
        elif alternative == "*":
            anything = True
        elif alternative == "<word>":
            anything = anything or WORD_ONLY
        elif alternative in ("<start>", "<end>"):
            marks |= START_MARKS if alternative == "<start>" else END_MARKS
        elif alternative.startswith("<") and alternative.endswith(">"):
            name = alternative[1:-1]
            if name in CLASSES.get(language, ()):
                mask |= bit(language, name)
            elif name in macros and CLASS_MACRO_RE.fullmatch(macros[name]):
                for member in macros[name].split("|"):      # a class of classes: "<n.act>|<n.state>"
                    mask |= _class_bit(language, member[1:-1], where)
            elif name in macros:
                m = PLAIN_MACRO_RE.fullmatch(macros[name])
                if not m:
                    raise TokenPatternError(f"{where}: macro <{name}> is no list of plain words or classes")
                words.update(m.group(1).split("|"))
            else:
                mask |= _class_bit(language, name, where)
        elif alternative:
            words.add(alternative)
        else:
            raise TokenPatternError(f"{where}: empty test in {text!r}")
    shape = "|".join(f"(?:{source})" for source in shapes) or None
    if shape is not None:
        try:
            regex.compile(shape)
        except regex.error as exc:
            raise TokenPatternError(f"{where}: bad shape in {text!r}: {exc}") from None
    return (negated, frozenset(words), mask, anything, marks, shape, unmask)


def _class_bit(language: str, name: str, where: str) -> int:
    try:
        return bit(language, name)
    except UnknownWordClass as exc:
        raise TokenPatternError(f"{where}: {exc}") from None


def _alternatives(body: str) -> list[str]:
    """The alternatives of a test, parted by "|" outside a /shape/ (whose regex may hold one)."""
    return _parted(body, "|")


def _split_tests(token: str) -> list[str]:
    """The tests of a token, parted by "&" outside a /shape/."""
    return _parted(token, "&")


def _parted(text: str, separator: str) -> list[str]:
    """text cut at each separator that stands outside a /shape/ (one opens where a part, or a
    negation, starts)."""
    found, current, in_shape = [], [], False
    for char in text:
        if char == "/" and (in_shape or not current or current[-1] in "!|"):
            in_shape = not in_shape
        if char == separator and not in_shape:
            found.append("".join(current))
            current = []
        else:
            current.append(char)
    found.append("".join(current))
    return found


def parse_tokens(written: str, language: str, macros: dict[str, str], where: str) -> "TokenPattern":
    tokens = written.split()
    if tokens.count(TARGET) != 1:
        raise TokenPatternError(f"{where}: token pattern {written!r} must hold {TARGET} once")
    parsed = []
    for token in tokens:
        if token == TARGET:
            parsed.append(None)
            continue
        optional = token.endswith("?") and len(token) > 1
        body = token[:-1] if optional else token
        parsed.append((tuple(_parse_test(part, language, macros, where) for part in _split_tests(body)), optional))
    at = parsed.index(None)
    return TokenPattern(written, where, language, tuple(reversed(parsed[:at])), tuple(parsed[at + 1:]))


def lexicon_twins(ending: str, twin: str, form: str, right: str, language: str, macros: dict[str, str],
                  where: str, stem: str | None = None) -> dict[str, str]:
    """The pairs of words the lexicon holds that differ only in their last letters, ending and twin,
    where the word passes the token test form and its twin the test right (and, given a stem test,
    what is left of the word when the ending is cut passes it): the accent pairs of a kind, read from
    the lexicon rather than listed by hand.

    >>> twins = lexicon_twins("o", "ó", "<finite>&!<nominal>", "<finite>", "es", {}, "example")
    >>> twins["publico"], twins["llevo"]
    ('publicó', 'llevó')
    >>> "anuncio" in twins           # a noun as well as a first person: no verb form alone
    False
    >>> futures = lexicon_twins("a", "á", "<finite>", "<finite>", "es", {}, "example", stem="<infinitive>")
    >>> futures["firmara"], "mira" in futures     # firmar + a; "mir" is no infinitive ("mirá": voseo)
    ('firmará', False)
    """
    form_tests, right_tests = (tuple(_parse_test(part, language, macros, where) for part in _split_tests(test))
                               for test in (form, right))
    stem_tests = tuple(_parse_test(part, language, macros, where) for part in _split_tests(stem)) if stem else ()
    masks = lexicon(language, 0)
    cut = len(ending)
    return {word: word[:-cut] + twin for word in masks
            if word.endswith(ending) and _holds(form_tests, word, masks)
            and _holds(right_tests, word[:-cut] + twin, masks)
            and (not stem_tests or _holds(stem_tests, word[:-cut], masks))}


class ScreenedPattern:
    """What the screens ask of a context pattern, a regex or a token pattern, from its neighbours
    (the words it allows right before and after the suspect) and its cues."""
    __slots__ = ()

    def may_match_beside(self, lowered: str, before: str | None, after: str | None) -> bool:
        """may_match, and False too when may_stand_between is."""
        return self.may_stand_between(before, after) and self.may_match(lowered)

    def may_stand_between(self, before: str | None, after: str | None) -> bool:
        """False when the pattern names the words right before or after the suspect and the word
        there (before, after: None when it is not known) is none of them."""
        words_before, words_after = self.neighbours
        if before is not None and words_before is not None and before not in words_before:
            return False
        return after is None or words_after is None or after in words_after

    def may_match(self, lowered: str) -> bool:
        """False when the pattern cannot match a window whose prose, lowercased, is lowered: every
        match holds one of its cues, and lowered holds none."""
        cues = self.cues
        return cues is None or any(map(lowered.__contains__, cues))


class TokenPattern(ScreenedPattern):
    """A token pattern, with the interface of a context regex (confusable_data.LazyPattern):
    search a window, the words it allows beside the suspect, its cues, its plain form."""
    __slots__ = ("written", "where", "language", "before", "after", "_neighbours", "_cues", "_mask")

    def __init__(self, written: str, where: str, language: str, before: tuple, after: tuple):
        self.written, self.where, self.language = written, where, language
        self.before, self.after = before, after       # before: outward from the suspect
        self._neighbours = None
        self._cues = False
        self._mask: int | None = None

    @property
    def expanded(self) -> tuple:
        """The parsed tests (a regex's counterpart is its source with the macros expanded)."""
        return (self.before, self.after)

    # -- matching

    def search(self, window: str) -> bool:
        sides = _sides(window)
        if sides is None:
            return False
        classes = self._classes
        masks = lexicon(self.language, classes) if classes else None
        return _match(self.before, sides[0], masks) and _match(self.after, sides[1], masks)

    @property
    def _classes(self) -> int:
        """The classes the pattern's tests name, as one mask (worked out on the first search)."""
        if self._mask is None:
            found = 0
            for token in (*self.before, *self.after):
                for test in token[0]:
                    found |= test[2] | test[6]
            self._mask = found
        return self._mask

    # -- what the screens read (see LazyPattern)

    @property
    def neighbours(self) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        if self._neighbours is None:
            self._neighbours = (self._next_words(self.before, after=False), self._next_words(self.after, after=True))
        return self._neighbours

    def _next_words(self, side: tuple, after: bool) -> frozenset[str] | None:
        """The words that may stand right beside the suspect (None: any word may). After it, a
        test that also allows a mark still lists its words: the screens never rule a suspect out
        by a mark after it; before it they take a mark for no word, so a mark allows anything."""
        if not side or side[0][1]:
            return None            # nothing asked, or the token may be missing
        tests, _ = side[0]
        # classes a test of one negated class rules out ("<finite>&!<nominal>": no noun)
        unless = 0
        for negated, words, mask, anything, marks, shape, unmask in tests:
            if negated and mask and not (words or anything or marks or shape or unmask):
                unless |= mask
        for negated, words, mask, anything, marks, shape, unmask in tests:
            if negated or anything or (marks and not after) or shape or unmask:
                continue           # no words to list: a negation, a shape
            # the first test that lists words will do: the others only narrow it
            return WordClass(words, lexicon=((self.language, mask, unless),)) if mask else frozenset(words)
        return None

    @property
    def cues(self) -> frozenset[str] | None:
        """Words one of which every match holds: the longest-worded required token of plain words."""
        if self._cues is False:
            best = None
            for tests, optional in (*self.before, *self.after):
                if optional:
                    continue
                for negated, words, mask, anything, marks, shape, unmask in tests:
                    if (negated or mask or anything or marks or shape or unmask or not words
                            or not all(map(str.isalpha, words))):
                        continue
                    if best is None or min(map(len, words)) > min(map(len, best)):
                        best = words
            self._cues = best
        return self._cues

    @property
    def cue_run(self) -> tuple[frozenset[str], ...]:
        """The longest run of required tokens of plain words that stand side by side, in the
        text's order ("<es_wish> que" of "<es_wish> que <es_det>? <word>? @ ..."): every match holds
        those words in a row (screens read them: confusable_context.near_cues)."""
        best: list[frozenset[str]] = []
        for side, outward in ((self.before, True), (self.after, False)):
            run: list[frozenset[str]] = []
            for tests, optional in side:
                words = _plain_words(tests) if not optional else None
                if words is None:
                    run = []
                    continue
                run.append(words)
                if len(run) > len(best):
                    best = run[::-1] if outward else list(run)
        return tuple(best)

    # -- the parse cache

    def prepare_to_keep(self) -> None:
        pass   # a token pattern's cues are read from its tests when asked, at no cost worth keeping

    def plain(self) -> tuple:
        return (TOKENS_MARK, self.written, self.where, self.language, self.before, self.after)

    @classmethod
    def from_plain(cls, plain: tuple) -> "TokenPattern":
        _, written, where, language, before, after = plain
        return cls(written, where, language, before, after)


def _plain_words(tests: tuple) -> frozenset[str] | None:
    """The words a token's tests allow when they are one test of plain words, else None."""
    if len(tests) != 1:
        return None
    negated, words, mask, anything, marks, shape, unmask = tests[0]
    if negated or mask or anything or marks or shape or unmask or not words or not all(map(str.isalpha, words)):
        return None
    return words


@lru_cache(maxsize=64)
def _sides(window: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The window's tokens before the suspect, read outward from it, and after it (None: no suspect
    in it); split once for all the token patterns a window is tried with, and kept as tuples, since
    every caller is handed the same cached ones."""
    tokens = tuple(window.split(" "))
    try:
        at = tokens.index(TARGET)
    except ValueError:
        return None
    return tokens[at - 1::-1] if at else (), tokens[at + 1:]


def _match(side: tuple, tokens: tuple[str, ...], masks: dict[str, int] | None) -> bool:
    """The tokens, read outward from the suspect, match the side's tests (optional ones may be
    skipped). Past the window's edge stands no token (None). Read as a set of the places the
    tests so far may have reached, so a run of optional tokens costs each place once rather than
    each way of skipping them ("<word>&!<finite>? <word>&!<finite>? ... <end>")."""
    places = {0}
    for tests, optional in side:
        reached = set(places) if optional else set()
        for place in places:
            if _holds(tests, tokens[place] if place < len(tokens) else None, masks):
                reached.add(place + 1)
        if not reached:
            return False
        places = reached
    return True


@lru_cache(maxsize=256)
def _shape(source: str):
    return patterns.compile(source)   # kept between runs: one shape may take 20 ms to compile


def _holds(tests: tuple, token: str | None, masks: dict[str, int] | None) -> bool:
    """Every test holds for the token (None: the window's edge, which only marks allow, so a
    negated test holds there)."""
    is_word = token is not None and WORDLIKE_RE.match(token) is not None
    for negated, words, mask, anything, marks, shape, unmask in tests:
        if token is None:
            ok = bool(marks)
        else:
            ok = (anything is True or (anything == WORD_ONLY and is_word) or token in words
                  or (not is_word and token in marks)) or bool(
                mask and is_word and masks is not None and masks.get(token, 0) & mask) or bool(
                shape and is_word and _shape(shape).fullmatch(token) is not None) or bool(
                unmask and is_word and masks is not None and not masks.get(token, 0) & unmask)
        if ok == negated:
            return False
    return True

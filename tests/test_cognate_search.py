"""The cognate tests' shortcuts (issue 17) answer as the plain comparisons do: likely_cognates
settles most pairs with a bound on difflib's ratio, and XL801's descriptions compare a noun only
with the wanted nouns that can be its cognates."""

from difflib import SequenceMatcher

from hypothesis import given, settings
from hypothesis import strategies as st

from xlate.rules.facts.descriptions import WantedNouns, cognate_nouns, one_thing_named
from xlate.rules.mirror_words import MirrorWords, cognate_lengths
from xlate.text.names import content_key, likely_cognates

# Few letters, so that random words share many of them; "e" and "s" for the prothetic e.
_WORDS = st.text(alphabet="estaionrcáé", min_size=1, max_size=12)


def _plain_likely_cognates(english: str, spanish: str) -> bool:
    english, spanish = content_key(english), content_key(spanish)
    if english[:1] != spanish[:1] or min(len(english), len(spanish)) < 4:
        return english == spanish
    return SequenceMatcher(None, english, spanish, autojunk=False).ratio() >= 0.75


@settings(max_examples=400, deadline=None)
@given(_WORDS, _WORDS)
def test_likely_cognates_answers_as_difflib(first, second):
    assert likely_cognates(first, second) == _plain_likely_cognates(first, second)


def test_likely_cognates_examples():
    assert likely_cognates("confinement", "confinamiento")
    assert likely_cognates("nation", "nación")
    assert not likely_cognates("prison", "presidente")


@settings(max_examples=300, deadline=None)
@given(st.sets(_WORDS, max_size=12), _WORDS)
def test_wanted_nouns_finds_every_cognate(wanted, key):
    expected = [key] if key in wanted else sorted(w for w in wanted if cognate_nouns(key, w))
    assert sorted(WantedNouns(wanted).matching(key)) == expected


def test_wanted_nouns_prothetic_e():
    wanted = WantedNouns({"stadium", "prison", "bridge"})
    assert wanted.matching("estadio") == ["stadium"]
    assert wanted.matching("prision") == ["prison"]
    assert wanted.matching("prison") == ["prison"]
    assert wanted.matching("bank") == []


# Nouns of built things and places, bodies of people, and words of neither: what one_thing_named is asked of.
_THING_NOUNS = ["tower", "spire", "planta", "fabrica", "route", "road", "bridge", "puente", "prison", "carcel",
                "association", "institute", "mill", "factory", "dam", "represa", "year", "people", "lake", "lago"]


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from(_THING_NOUNS), max_size=10), st.sampled_from(_THING_NOUNS))
def test_wanted_nouns_asks_one_thing_named_only_where_it_may_hold(wanted, key):
    """Without a cognate, the wanted nouns a key names one thing with (WordNet) are those one_thing_named
    says, in order, though only the wanted nouns of built things and places are asked."""
    cognates = sorted(w for w in wanted if cognate_nouns(key, w)) if len(key) >= 4 else []
    expected = [key] if key in wanted else cognates or [w for w in sorted(wanted) if one_thing_named(key, w)]
    assert sorted(WantedNouns(wanted).matching(key)) == sorted(expected)


def test_wanted_nouns_one_thing_examples():
    wanted = WantedNouns({"tower", "planta", "institute"})
    assert wanted.matching("spire") == ["tower"]
    assert wanted.matching("fabrica") == ["planta"]
    assert wanted.matching("association") == []   # bodies of people: too many synonyms


def test_cognate_lengths_are_those_difflibs_ratio_allows():
    for size in range(4, 200):
        shortest, longest = cognate_lengths(size)
        for length in range(0, 420):
            possible = 4 <= length < 2 * size and 2 * min(size, length) >= 0.75 * (size + length)
            assert possible == (shortest <= length <= longest), (size, length)


@settings(max_examples=300, deadline=None)
@given(st.sets(_WORDS, min_size=1, max_size=12), _WORDS)
def test_mirror_words_finds_a_cognate_when_one_is_there(spanish, word):
    """XL103's letter for a word: a cognate of one of the targets' Spanish words, by likely_cognates."""
    key = content_key(word)
    assert MirrorWords(spanish).is_cognate(key) == any(likely_cognates(key, content_key(s)) for s in spanish)

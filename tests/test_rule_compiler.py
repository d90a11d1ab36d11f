"""The rule compiler's rewrites keep every match where it was: which text is blanked, and where.

``rule_compiler.compile_rule`` rewrites a rule's parse tree for speed (a leading word boundary moved
after the first letter, alternatives grouped by first letter, groups that open a choice opened, the
words of a gap read whole). The shipped rules are checked against their written form on the corpus in
``test_safety_phrases``; these are the shapes where a careless rewrite would change the answer: which
alternative wins when several could, groups that capture, gaps that end where a word could go on.
"""

from __future__ import annotations

import re

import pytest

from steady_ground import rule_compiler
from steady_ground.rule_compiler import compile_rule
from tests.support.regex import CONSTANTS as constants
from tests.support.regex import assert_same_matches, compiled_tree

TEXTS = [
    "he said he would kill me",
    "she says that one day he is going to get me",
    "they told me off and then told me to go",
    "he a b c d e said it",
    "he said",
    "said he",
    "ab abc abd a b c",
    "do me in did you in done me in",
    "the baby kicked me and the dog bit my slipper",
    "kill killer killing it killed me alive",
    "x yy zz x y",
    "the dog bit me and the cat kicked me then he bit me",
    "not he hit me but she hit me",
    "i track it and she tracks me and watches me",
    "told him and told her",
    "",
]

PATTERNS = [
    # which alternative wins: the first that matches at a place, as written
    r"\b(?:a|ab|abc)\b",
    r"(?:(?:a|ab)|x)",
    r"(?:(?:\w|ab)|x)",
    r"(?:(?:\w|ab)c?|x)",
    r"\b(?:(?:\w+ )?(?:he|she) (?:said|says)|(?:said|he) \w+)",
    r"(?:(?:a|ab)c?|x)",
    r"\b(?:(?:kill|killer|killing)(?: it)?|k)",
    r"\b(?:(?:do|done) me?|d)",
    r"\b(?:(?:ab|a)b|abc|a)",
    r"(?:(?:a|ab)(?:c|d)|ab)",
    r"\b(?:(?:do|did|done) (?:me|you) in\b|kill\w*)",
    r"\b(?:(?:kill|killer)(?: \w+)? (?:me|it)\b|killing|kill)",
    r"(?:(?:baby|dog) (?:kicked|bit) (?:me|my)|the)",
    # a group that captures is never written twice
    r"\b(?:(ab)|a)(?:c|d)",
    r"\b((?:a|ab))b?",
    # gaps of words, then a space; gaps that end where a word could go on
    r"\b(?:he|she|they)\b(?: \w+){0,4}? (?:said|says|told me)\b",
    r"\bhe\b(?: \w+){0,4} said",
    r"x(?: \w+){1,3}?\b",
    r"x(?: \w+){1,3}y",
    r"\b(?:he|she)(?: \w+){0,2}?\w",
    r"\b(?:he|she|they)\b(?: \w+){0,12}? (?:(?:kill|hurt) (?:me|you)|(?:going to|will) get (?:me|you)|or else)",
    # look behinds beside the leading word boundary, before or after it, moved after the first letter
    r"(?<!dog )(?<!cat )\b(?:bit|kick\w*) me\b",
    r"\b(?<!not )(?:he|she) (?:hit|hurt) me",
    r"(?<!\bi )\b(?:track\w*|watch\w*)",
    r"(?<=told )\b(?:him|her)\b",
    r"(?<!dog )\b(?:aa|bb|cc|dd|ee|ff|gg|hh|ii|bit|bites) me",
    r"(?<!dog )\bbit me|(?<!the )\bhe hit|\bshe",
    # look behinds before the boundary, then a choice of more than a few words: the boundary and a look at
    # the first letter checked first
    r"(?<!dog )(?<!cat )\b(?:bit|kick\w*|kicked|track\w*|watch\w*|slap\w*|hit|hurt|tracks|baby) me\b",
    r"(?<!\bi )(?<!\bnot )\b(?:track|tracks|watch\w*|slap\w*|kill\w*|hit|hurt|bit|kicked|b\w+) (?:me|it)",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_a_rule_compiled_for_speed_blanks_exactly_what_it_says(source: str) -> None:
    fast, written = compile_rule(source), re.compile(source)
    assert fast.pattern is None  # rewritten, not the source compiled again
    for text in TEXTS:
        assert fast.sub("~", text) == written.sub("~", text), (source, text)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in written.finditer(text)], (source, text)
        found, expected = fast.search(text), written.search(text)
        assert (found and found.groups()) == (expected and expected.groups()), (source, text)


def test_a_search_of_part_of_the_text_reads_as_the_written_rule_does() -> None:
    # the screen searches between two places; lookbehinds read before the first, "$" ends at the second
    source = r"\b(?<!not )(?:he|she)\b(?: \w+){0,3}? (?:hit|hurt) me$"
    fast, written = compile_rule(source), re.compile(source)
    text = "i am not he said he hit me and she never hurt me"
    for start in range(0, len(text) + 1, 3):
        for end in range(start, len(text) + 1, 4):
            got, want = fast.search(text, start, end), written.search(text, start, end)
            assert (got and got.span()) == (want and want.span()), (start, end)


@pytest.mark.parametrize(
    "source",
    [r"(?<!dog )(?<!cat )\b(?:bit|kick\w*) me\b", r"\b(?<!not )(?:he|she) (?:hit|hurt) me", r"(?<!dog )\bbit me|(?<!the )\bhe"],
)
def test_a_rule_led_by_look_behinds_starts_with_a_letter_the_engine_can_skip_to(source: str) -> None:
    # Written, the looks are tried at every place of the text; compiled, the rule starts with its first
    # letters (the looks checked once one is found), so a search skips the places that cannot start it.
    import importlib

    parser = importlib.import_module("re._parser")
    fast = compile_rule(source)
    ways = rule_compiler._starts(list(parser.parse(source).data))
    assert ways is not None
    assert all(way[0][0] is parser.LITERAL or way[0][0] is parser.BRANCH for way, _ in ways)
    assert [m.span() for m in fast.finditer(TEXTS[-5])] == [m.span() for m in re.finditer(source, TEXTS[-5])]


def test_look_behinds_before_a_long_choice_are_read_only_where_a_word_of_it_could_start(monkeypatch) -> None:
    # Written, the rule's many look behinds are tried at every place of the text (the letters inside
    # words too); compiled, the word boundary and a look at the first letter come first, so the look
    # behinds are read only where one of the choice's words could begin. The same matches either way.
    source = PATTERNS[-2]
    fast = compile_rule(source)
    first, second = compiled_tree(monkeypatch, source)[:2]
    assert first == (constants.AT, constants.AT_BOUNDARY)
    assert second[0] is constants.ASSERT and second[1][0] == 1  # a look ahead
    assert {chr(c) for _, c in second[1][1].data[0][1]} == set("bkstwh")
    for text in TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(source, text)], text


LOOKS_THEN_WORDS = (
    r"(?:(?<!dog )(?<!cat )|(?=(?:\w+ ){1,3}?(?:set|sent) (?:it|him) on\b))"
    r"\b(?:bit|kick\w*|kicked|track\w*|watch\w*|slap\w*|hit|hurt|tracks|baby) me\b"
)
LOOK_TEXTS = [
    *TEXTS,
    "the dog bit me and he set it on me",
    "the dog bit me because he set it on me",
    "the cat hit me and the dog bit me after he sent him on",
    "dog bit me set it on",
    "he kicked me hit me set him on me",
]


def test_a_choice_of_looks_before_a_long_choice_is_read_once_and_only_where_a_word_of_it_could_start(monkeypatch) -> None:
    # "Not after 'dog ', unless someone set it on me": written, the rule is tried at every place of the
    # text, and where the looks behind hold but no word of the choice follows, the engine tries the look
    # ahead too (it reads up to fourteen words). Compiled, the word boundary and the first letter come
    # first, and the choice of looks is tried at once: the look ahead is read only where a look behind
    # failed. The same matches either way.
    tree = compiled_tree(monkeypatch, LOOKS_THEN_WORDS)
    assert tree[0] == (constants.AT, constants.AT_BOUNDARY)
    assert tree[1][0] is constants.ASSERT and tree[1][1][0] == 1  # a look at the first letter
    assert tree[2][0] is constants.ATOMIC_GROUP
    assert_same_matches(LOOKS_THEN_WORDS, LOOK_TEXTS, 5)
    fast = compile_rule(LOOKS_THEN_WORDS)
    assert fast.search("the dog bit me") is None and fast.search("the dog bit me he set it on me")


def test_look_behinds_of_one_width_are_read_as_one(monkeypatch) -> None:
    # "(?<!dog )(?<!cat )(?<!dogs )": none of them holds exactly when "(?<!dog |cat )(?<!dogs )" holds; the
    # engine steps back once for each width, not once for each look, and checks only the ways that start
    # with the letter it finds there.
    source = r"(?<!dog )(?<!cat )(?<!dogs )(?<!pig )\b(?:bit|kick\w*|kicked|track\w*|watch\w*|slap\w*|hit|hurt|tracks|baby) me\b"
    tree = compiled_tree(monkeypatch, source)
    looks = [item for item in tree if item[0] is constants.ASSERT_NOT and item[1][0] == -1]
    assert sorted(item[1][1].getwidth()[0] for item in looks) == [4, 5]
    fast = compile_rule(source)
    for text in [*LOOK_TEXTS, "the pig bit me", "the dogs bit me", "a cat hit me", "a hog bit me and pigs bit me"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(source, text)], text


NOT_AFTER_I = (
    r"(?!(?<=\bi kept )|(?<=\bi )|(?<=\bwe have ))(?<!\bnot )"
    r"\b(?:track|tracks|tracking|watch\w*|check\w*|read\w*|spy\w* on|hack\w*|log\w* into|listen\w* to) (?:my|every) (?:phone|texts)\b"
)
NOT_AFTER_TEXTS = [
    *TEXTS,
    "he reads my texts and i kept checking my phone",
    "i read my texts then we have watched my phone and not hacking my phone",
    "she keeps tracking my phone he logs into my texts i listen to my phone",
    "checking every phone we have checked my phone",
]


def test_a_look_ahead_that_no_look_behind_of_its_choice_holds_is_read_as_look_behinds(monkeypatch) -> None:
    # "(?!(?<=\bi )|(?<=\bwe have ))": written, a look ahead the engine tries at every place of the text,
    # each of its look behinds in turn; compiled, the look behinds that must not hold, read only where the
    # word boundary and a first letter of the choice hold. The same matches, from any place a search starts.
    tree = compiled_tree(monkeypatch, NOT_AFTER_I)
    assert tree[0] == (constants.AT, constants.AT_BOUNDARY)
    assert tree[1][0] is constants.ASSERT and tree[1][1][0] == 1  # a look at the first letter
    assert not [item for item in tree if item[0] is constants.ASSERT_NOT and item[1][0] == 1]  # no look ahead left
    assert [item for item in tree if item[0] is constants.ASSERT_NOT and item[1][0] == -1]  # its look behinds instead
    assert_same_matches(NOT_AFTER_I, NOT_AFTER_TEXTS, 3)
    fast = compile_rule(NOT_AFTER_I)
    assert fast.search("he reads my texts") and not fast.search("i read my texts") and not fast.search("we have read my texts")


RUN_OFF = (
    r"(?<!keeps )\b(?!(?:(?<=\bhe )|(?<=\bit ))(?:ran|run) off\b(?: with the ball| into the park)|(?<=\bit )run out\b)"
    r"(?:ran|run|running|fled|flee|fleeing|escaped|snuck|sneaked|sneak\w*) (?:away|out|off)\b"
)
RUN_OFF_TEXTS = [
    *TEXTS,
    "the dog ran off with the ball and he ran off with the kids",
    "it ran off into the park then it run out and i ran away",
    "he keeps running off she fled away and we snuck out it run out",
    "he ran off with the ball he ran off",
]


def test_look_aheads_beside_a_leading_boundary_are_read_only_where_a_word_of_the_choice_could_start(monkeypatch) -> None:
    # "\b(?!the dog ran off with the ball)(?:ran|run|fled ...) away": written, the look ahead (and the look
    # behinds inside it) is tried at every word's start; compiled, the first letter is checked first.
    tree = compiled_tree(monkeypatch, RUN_OFF)
    assert tree[0] == (constants.AT, constants.AT_BOUNDARY)
    assert tree[1][0] is constants.ASSERT and tree[1][1][0] == 1
    assert {chr(c) for _, c in tree[1][1][1].data[0][1]} == set("refs")
    assert_same_matches(RUN_OFF, RUN_OFF_TEXTS, 3)
    fast = compile_rule(RUN_OFF)
    assert fast.search("she ran off with the kids") and not fast.search("he ran off with the ball")

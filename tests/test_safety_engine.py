"""The rule engine reads what a search of every rule would read: anchors and windows only skip work.

A blank ("pushed me to ", "hit me up with") can end inside a run of letters, so its "~" is glued to the
word after it ("he ~kill myself"). The rules read that word as a word (a "~" is not a letter); the
anchor index must find it there too, or the danger after an idiom is never heard.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from steady_ground import safety, safety_en

ROOT = Path(__file__).resolve().parent.parent
TUNING = sorted((ROOT / "tests" / "corpora" / "safety").glob("tuning*.tsv"))
LEADS = ("he pushed me to ", "she pushed me to ", "my husband pushes me to ")  # blanked whole, the "~" glued on


def _danger() -> list[str]:
    rows: list[dict[str, str]] = []
    for path in TUNING:
        with path.open(encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["text"] for r in rows if not r["class"].startswith("safe_")]


def _everything(said: str) -> str | None:
    """The class of the first rule, in order, that a search of the whole text finds (no index)."""
    rules = safety._rules_for("en-US")
    return next((cls for _, cls, src in rules.rules if rules.compiled(src).search(said)), None)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("he pushed me to kill myself", safety.SELF_HARM),
        ("my husband pushed me to hurt myself", safety.SELF_HARM),
    ],
)
def test_danger_right_after_an_idiom_is_heard(text: str, cls: str) -> None:
    said, _ = safety.normalise(text, "en-US")
    assert "~" in said  # the idiom was blanked, its "~" glued to the danger that follows
    found = safety.screen(text, "en-US")
    assert found is not None and found.cls == cls and found.clear


def test_a_word_glued_to_a_blank_reaches_the_rules_a_search_of_everything_reaches() -> None:
    texts = [lead + text.lower() for text in _danger()[::3] for lead in LEADS]
    glued = 0
    for text in texts:
        said, _ = safety.normalise(text, "en-US")
        glued += "~" in said and " ~ " not in f" {said} "
        found = safety.screen(text, "en-US", use_model=False)
        assert (found.cls if found else None) == _everything(said), text
    assert glued > len(texts) // 2  # the texts do glue a "~" to a word


# Each anchor set knows how far a match reads before and after a word of the set (tools/safety_anchors.py),
# so a rule whose anchor words spread over a long answer is searched only around them (_search_near).

REACHING = [
    # (rule, the anchor sets with what a match reads before and after a word of each)
    (r"\bhe (?:said|says)\b(?: \w+){0,12}? (?:kill|hurt) me\b", {("hurt", "kill"): [14, 1], ("said", "says"): [1, 14]}),
    (r"\b(?:left|escaped) (?:him|her)$", {("escaped", "left"): [0, 2], ("her", "him"): [1, 1]}),  # "$" reads on
    (r"\b(?:slapped|smacked) me\b(?! on the wrist)", {("slapped", "smacked"): [0, 4]}),  # so does a look ahead
    (r"\b(?:slapped|smacked) me\b(?<!\bnot slapped me)", {("slapped", "smacked"): [2, 3]}),  # a look behind, back
]
FILLER = ["we", "talked", "about", "the", "bins", "and", "the", "school", "run", "and", "the", "car", "and", "whose", "turn", "it", "was"]
PIECES = ["he said", "he says", "kill me", "hurt me", "i left him", "escaped her", "slapped me", "not slapped me",
          "smacked me on the wrist", "smacked me on the"]


def _index_tool():
    import sys

    sys.path.insert(0, str(ROOT))
    from tools import safety_anchors

    return safety_anchors


@pytest.mark.parametrize(("rule", "sets"), REACHING)
def test_the_index_knows_how_far_a_match_reads_either_side_of_each_anchor_word(rule: str, sets: dict) -> None:
    tool = _index_tool()
    assert {tuple(sorted(s)): around for s, around in tool.ranked(rule)} == sets


def _texts(seed: int, count: int) -> list[str]:
    """Long answers (120 to 300 words) of everyday filler with the rules' pieces strewn through them,
    some at the very start or the very end, at gaps of 0 to 16 words from each other."""
    import random

    rand = random.Random(seed)
    out = []
    for _ in range(count):
        words: list[str] = []
        for _ in range(rand.randint(6, 14)):
            words.extend(rand.choice(FILLER) for _ in range(rand.randint(0, 16)))
            words.extend(rand.choice(PIECES).split())
        while len(words) < rand.randint(120, 300):
            words.insert(rand.choice((0, len(words))) if rand.random() < 0.2 else rand.randint(0, len(words)),
                         rand.choice(FILLER))
        out.append(" ".join(words))
    return out


def _engine(rule: str, around: bool = True) -> safety._Rules:
    """An engine holding only this rule (English words, no blanks), its index built by the tool."""
    from types import SimpleNamespace

    tool = _index_tool()
    entry = {"sets": [sorted(s) for s, _ in tool.ranked(rule)], "reach": tool.reach(rule)}
    if around:
        entry["around"] = [sides for _, sides in tool.ranked(rule)]
    if tool.ends_at_end(rule):
        entry["at_end"] = True
    lang = SimpleNamespace(**{k: getattr(safety.safety_en, k) for k in dir(safety.safety_en) if k.isupper()})
    lang.RULES, lang.IDIOMS, lang.NEGATIONS = {"threat": {safety.CLEAR: [rule]}}, [], []
    return safety._Rules(lang, {rule: entry})  # type: ignore[arg-type]


@pytest.mark.parametrize(("rule", "sets"), REACHING)
def test_a_rule_searched_only_where_its_anchor_words_allow_finds_what_a_search_of_everything_finds(
    rule: str, sets: dict
) -> None:
    # Every match found in the whole text is found in the span searched, and nothing else: a span that
    # stopped one word short would miss the threat 12 words after "he said", or let "$" or the look ahead
    # read the span's end as the text's end ("i left him" mid-answer, "smacked me on the wrist" cut short).
    import re

    written = re.compile(rule)
    engine = _engine(rule)
    found = missed = 0
    for text in _texts(seed=13, count=300):
        hit = safety._first_rule(engine, text, text.split()) is not None
        assert hit == (written.search(text) is not None), text
        found += hit
        missed += not hit
    assert found >= 10 and missed >= 10  # both kinds of answer were screened


def test_a_rule_that_ends_with_the_text_is_searched_only_near_its_end() -> None:
    # "i left him$" said early in a long answer cannot match there (it must end the answer): the engine
    # leaves the rule out rather than search from that early "left" to the end; said last, it is heard.
    rule = r"\b(?:left|escaped) (?:him|her)$"
    engine = _engine(rule)
    everyday = " ".join(FILLER * 6)
    early = f"i left him {everyday}".split()
    late = f"{everyday} and i left him".split()
    assert engine.placed(early) == []
    assert engine.at_end == {0: 2}  # its reach: one space, and the end "$" reads
    assert engine.placed(late) == [(0, len(late) - 2, len(late))]
    assert safety._first_rule(engine, " ".join(late), late) == 0
    assert safety._first_rule(engine, " ".join(early), early) is None


def test_a_rule_anchored_on_words_far_apart_is_searched_only_around_them() -> None:
    # Every word the rule needs ("he", "said", "hurt", "me") at the start and again at the end of a long
    # answer: a threat could lie only near one of the words of its anchor set (it reads at most a few words
    # either side), so the hundred everyday words between are never searched; a threat at the end is heard.
    rule = r"\bhe (?:said|says)\b(?: \w+){0,3}? (?:kill|hurt) me\b"
    engine = _engine(rule)
    searched: list[int] = []
    search = re.compile(rule).search

    def spy(said: str, start: int = 0, end: int = 10**9) -> re.Match[str] | None:
        searched.append(min(end, len(said)) - start)
        return search(said, start, end)

    engine.searches[0] = spy
    middle = " ".join(FILLER * 6)
    for ending, heard in (("he said he would hurt me", True), ("he said he would hurt nobody but me", False)):
        text = f"he said he would never hurt a fly and me neither {middle} and then {ending}"
        searched.clear()
        assert (safety._first_rule(engine, text, text.split()) == 0) is heard
        assert (re.search(rule, text) is not None) is heard
        assert sum(searched) < len(text) // 4  # two short windows, not the hundred words between


def test_a_threat_far_into_a_long_answer_is_heard_as_near_its_start() -> None:
    # "he said" many times in a long answer spreads the rule's anchor words over all of it: the threat
    # is heard wherever it lies, in the first words or the last.
    everyday = "we had a long talk about the dishes and he said the school run was my turn and he said fine " * 4
    threat = "he said if i ever leave him he will kill me"
    for text in (f"{threat} {everyday}", f"{everyday} and then {threat}", f"{everyday} {threat} {everyday}"):
        said, _ = safety.normalise(text, "en-US")
        assert len(said.split()) > 80 and said.count("he said") > 8
        found = safety.screen(text, "en-US", use_model=False)
        assert found is not None and found.cls == "threat" and found.clear, text
        assert found.cls == _everything(said)
    assert safety.screen(everyday, "en-US", use_model=False) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("My husband's drunk again", "he is drunk again"),
        ("my other half's gun is in the car, my husband said", "his gun is in the car he said"),
        ("the kids saw my partner my partner's temper", "the kids saw he his temper"),
        ("it's five o'clock and I told my", "it is five oclock and i told my"),
    ],
)
def test_the_partner_however_named_is_folded_wherever_they_are_named(text: str, said: str) -> None:
    # Only a determiner ("my", "the") can start the partner's name: the words are read from each one,
    # the first word, the last, or one right after another partner.
    assert safety.normalise(text, "en-US")[0] == said


def _blanked_everywhere(words: list[str]) -> str:
    """Each blank the words hold the anchors of, in order, replacing its matches anywhere in the text."""
    rules = safety._rules_for("en-US")
    said = " ".join(words)
    for i in rules.blanks_for(words):
        said = rules.compiled(rules.blanks[i]).sub("~", said)
    return said


def test_blanks_searched_only_near_their_anchor_words_leave_the_text_a_search_of_everything_leaves() -> None:
    # The model reads the normalised text: blanking an idiom only where its anchor words allow must give
    # the same text, also after the blanks before it shortened the text (a span placed on the words as
    # they were would miss the idioms after the first, or bring "~" words within a blank's reach).
    rows: list[dict[str, str]] = []
    for path in TUNING:
        with path.open(encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    idioms = [r["text"] for r in rows if r["class"] == "safe_idiom"]
    texts = [" and ".join(idioms[k : k + 12]) for k in range(0, len(idioms), 12)]
    rules = safety._rules_for("en-US")
    blanked = 0
    for text in texts:
        words, _ = safety._strip_fillers(safety._words(text, rules), rules)
        said = safety.normalise(text, "en-US")[0]
        assert said == _blanked_everywhere(words), text
        blanked += said.count("~")
    # the texts are dense with idioms (543 blanks in 111 texts of twelve at wave 13: the young people's and
    # regional idioms of hands u to x are often ones no blank needs, so fewer than five a text now)
    assert blanked > 4 * len(texts)


def test_a_lone_nt_from_speech_to_text_is_the_word_not_and_a_long_answer_holding_it_is_still_screened():
    # Speech to text sometimes hands over "do n't" as two tokens. The lone "n't" was an empty word, and in a
    # long answer full of idioms the blanks' windows then read past the end of their word list: the screen
    # raised, so the danger in the answer went unheard.
    idioms = ("my feet are killing me after that shift and the traffic was murder and honestly the kids are driving "
              "me up the wall and i could strangle him for forgetting the bins and work is choking me lately ")
    said = (idioms + "i do n't know what to do ") * 5 + "he said he'd kill me if i ever left"
    assert len(said) > 1000
    found = safety.screen(said, "en-US")
    assert found is not None and found.cls == "threat", found
    assert safety.normalise("i do n't know", "en-US")[0] == "i do not know"
    assert safety.screen((idioms + "we do n't argue much ") * 5, "en-US") is None


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"he hit me|she hit me", [r"he hit me", r"she hit me"]),
        (r"(?:he|she) hit me", [r"(?:he|she) hit me"]),  # a choice inside a group is not split
        (r"a[|]b|c", [r"a[|]b", r"c"]),  # nor a "|" inside a character class
        (r"a[]|]b|c", [r"a[]|]b", r"c"]),  # a "]" first in a class is a letter of it
        (r"a[^]|]b|c", [r"a[^]|]b", r"c"]),
        (r"a\|b|c", [r"a\|b", r"c"]),  # an escaped bar is a letter
        (r"\bhelp\b", [r"\bhelp\b"]),
    ],
)
def test_a_rule_is_searched_branch_by_branch_only_where_it_truly_branches(pattern, branches):
    assert safety.alternatives(pattern) == branches


def test_every_rules_branches_compile_and_join_back_into_the_rule():
    for by_tier in safety_en.RULES.values():
        for rules in by_tier.values():
            for rule in rules:
                parts = safety.alternatives(rule)
                assert "|".join(parts) == rule
                for part in parts:
                    re.compile(part)


def test_the_negated_harm_blank_starts_with_its_negation_word_so_a_search_skips_to_one(monkeypatch) -> None:
    # "he's never hurt me" is blanked, "he doesn't get to hit me" is left to the rules: the test of what
    # follows reads after the negation word, not before it, so the blank starts with a letter ("n") and a
    # search skips the places that hold none (a look ahead first is tried at every word of a long answer).
    from tests.support.regex import CONSTANTS as constants
    from tests.support.regex import compiled_tree

    assert compiled_tree(monkeypatch, safety_en.NEGATIONS[0])[0] == (constants.LITERAL, ord("n"))
    for text, blanked in [
        ("he has never hurt me", True),
        ("he would never hit me", True),
        ("nobody hurt anyone", True),
        ("he does not get to hit me", False),
        ("he will not hit me again", False),
        ("he is not violent anymore", False),
        ("no one gets to put his hands on me", False),
    ]:
        assert ("~" in safety.normalise(text, "en-US")[0]) is blanked, text

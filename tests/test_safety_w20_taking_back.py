"""Wave 20: words said to the app alone are not weighed by the learned backstop, so they never get "are you safe
right now?": taking back what the person was saying ("never mind, cancel it"), or pausing the talk here ("let me
stop here", "I have to stop there for tonight"). Danger said with the same words is still heard.

The retrained backstop (wave 20) heard "never mind cancel it" as a possible danger: at the notes step the person
who cancelled a note was asked whether they were safe. The model before it, and this one, heard "let me stop here"
and "I have to stop here" the same way, in the middle of an exercise. The whole screen is asked here, model included.
"""

from __future__ import annotations

import pytest

from steady_ground import safety

TAKEN_BACK = [
    "never mind cancel it",
    "never mind, cancel it",
    "oh never mind, cancel that",
    "no wait, scratch that",
    "actually no, forget what i said",
    "sorry, ignore that please",
]

PAUSED_HERE = [
    "let me stop here",
    "i have to stop here",
    "i think i need to stop there for tonight",
    "okay, i'll have to stop here",
    "can we stop here please",
]

STILL_DANGER = [
    ("never mind, he said he'd kill me if i ever told anyone", "threat"),
    ("forget it, i just want it all to stop for good", "self_harm"),
    ("cancel that, he's got a knife and he's in the kitchen", "weapon"),
    ("never mind cancel it, can you give me the number for a refuge", "asks_help"),
    ("i just need it all to stop", "self_harm"),
    ("let me stop here, he said he'll hurt me if he hears this", "threat"),
]


@pytest.mark.parametrize("said", TAKEN_BACK)
def test_taking_back_what_was_said_gets_no_safety_check(said):
    assert safety.screen(said, "en-US") is None


@pytest.mark.parametrize("said", PAUSED_HERE)
def test_pausing_the_talk_here_gets_no_safety_check(said):
    assert safety.screen(said, "en-US") is None


@pytest.mark.parametrize(("said", "cls"), STILL_DANGER)
def test_danger_said_with_the_same_words_is_still_heard_at_its_class(said, cls):
    found = safety.screen(said, "en-US")
    assert found is not None
    assert found.cls == cls

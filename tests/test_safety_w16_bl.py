"""Wave 16 (helper bl), issue 13: harm refused as a boundary or a prohibition is not a denial of harm.

"He's never hurt me" is blanked before the rules read it, and must stay everyday. But the same blank hid
"my boundary is he doesn't get to hit me", "he is not allowed to hit me again", "he won't hit me again, he
promised": a boundary or a prohibition against being hit, choked, threatened or forced says the harm
happened or is feared, and those sentences got no safety answer at all. Each danger sentence below got
none before this change and now gets at least the calm check, in its class; each everyday sentence (a
denial, a boundary about something else, a house rule for the children, a game, an idiom, the heart's
hurt) got none before and gets none now. Fresh sentences, written for this family; the whole screen is
asked (rules and backstop), as a person would meet it.

And "I don't want to hurt myself" (the thought there, and unwanted) now gets the calm check first, not
the resources at once; wanting to, "again", and the words of dying keep the resources at once.
"""

from __future__ import annotations

import pytest

from steady_ground import safety

# (said, the class the answer is about)
REFUSED_HARM = [
    ("my boundary is he doesn't get to hit me", "violence"),
    ("he doesn't get to put his hands on me again", "violence"),
    ("he is not allowed to hit me again", "violence"),
    ("my boundary is no hitting", "violence"),
    ("she doesn't get to slap me ever again", "violence"),
    ("he's not allowed to punch me anymore", "violence"),
    ("he won't hit me again he promised", "violence"),
    ("he promised he'd never hit me again", "violence"),
    ("she swore she would never lay a hand on me again", "violence"),
    ("he's not going to kick me again i told him that", "violence"),
    ("my boundary is nobody gets to hit me", "violence"),
    ("he doesn't hit me anymore not since he stopped drinking", "violence"),
    ("he hasn't choked me again since march", "strangulation"),
    ("my boundary is no more choking", "strangulation"),
    ("i told him no more hitting", "violence"),
    ("he is never going to slap me again", "violence"),
    ("my husband doesn't get to beat me again", "violence"),
    ("he will never again hit me", "violence"),
    ("he is not allowed to hurt me again", "violence"),
    ("my wife isn't allowed to kick me anymore", "violence"),
    ("he hasn't threatened me again since the police came", "threat"),
    ("my partner knows he doesn't get to hit me again or i'm gone", "violence"),
    ("my ex can't put his hands on me anymore because of the order", "violence"),
    ("my girlfriend is not allowed to hit me", "violence"),
    ("so yeah basically my boundary is he does not get to lay a finger on me ever again", "violence"),
    ("no more hitting me i said to him", "violence"),
    ("they won't punch me again, they said it was the drink", "violence"),
    ("my ex isn't violent anymore since the court thing", "violence"),
    ("he doesn't get to put his hands on my neck again", "strangulation"),
    ("honestly my red line is no more slapping and no more grabbing", "violence"),
    ("no one gets to kick me, that's my line now", "violence"),
    ("my boundary is no more threats to hurt me", "threat"),
    ("my partner isnt allowed to beat me up anymore", "violence"),
]

EVERYDAY = [
    # denials
    "he's never hurt me",
    "he would never hit me",
    "he doesn't hit me he just shuts down",
    "he's never laid a finger on me",
    "she's never once raised a hand to me, she just goes quiet",
    "they would never hurt me they just forget to text back",
    "my ex never hit me, it just fizzled out",
    "she'd never hurt me, she's the gentlest person i know",
    "honestly he has never hit me not once in twenty years",
    "he'd never put his hands on me, he's just really cold",
    "she would never ever lay a hand on me, she's just got a sharp tongue",
    "they've never been violent, just really messy",
    "he didn't hurt me he just said some stupid things",
    # boundaries about other things, and the heart's hurt
    "he doesn't get to shout at me",
    "my boundary is he doesn't get to raise his voice at me",
    "my boundary is no phones at dinner",
    "my boundary is no more sarcasm",
    "my boundary is no name calling when we argue",
    "my boundary is he does not get to interrupt me",
    "my boundary is no more shouting",
    "my boundary is no more threats to leave every time we argue",
    "he doesn't get to make me feel small again",
    "he doesn't get to push my buttons anymore",
    "he doesn't get to hurt my feelings anymore",
    "he doesn't get to hurt me again by lying",
    "my ex will never hurt me again, i'm done crying over him",
    "he can't hurt me anymore i'm over him",
    # children, pets and the house rules
    "no hitting your sister",
    "no hitting in the house",
    "the kids aren't allowed to hit each other",
    "i told my son no more hitting his brother",
    "he's not allowed to hit his sister",
    "my boundary for the kids is no hitting",
    "my boundary with my son is no hitting",
    "the rule in our house is no hitting and no name calling",
    "no kicking under the table, i tell the kids",
    "i told them no more kicking the ball at the window",
    "my toddler doesn't hit me anymore",
    "my limit with the dog is no jumping",
    # games, sport, sleep, idioms
    "he's not allowed to hit the ball over the fence again",
    "he's not allowed to kick the football in the kitchen anymore",
    "she's not allowed to beat me at scrabble again",
    "she's never going to beat me at chess again",
    "he won't hit the gym again this week",
    "no more hitting snooze, that's my limit",
    "he is not allowed to hit me up after midnight anymore",
    "he doesn't kick me in his sleep anymore",
    "he doesn't get to kick me out of bed again",
    "he's not going to hurt his back again lifting that",
]


@pytest.mark.parametrize(("said", "cls"), REFUSED_HARM)
def test_harm_refused_as_a_boundary_gets_a_safety_answer(said: str, cls: str) -> None:
    found = safety.screen(said, "en-US")
    assert found is not None, said
    assert found.cls == cls, (said, found)
    assert found.tier in (safety.CLEAR, safety.POSSIBLE)


@pytest.mark.parametrize("said", EVERYDAY)
def test_denials_and_other_boundaries_stay_everyday(said: str) -> None:
    assert safety.screen(said, "en-US") is None, said


def test_a_boundary_about_reading_the_phone_is_still_heard_as_watching() -> None:
    found = safety.screen("he doesn't get to read my phone", "en-US")
    assert found is not None and found.cls == "stalking"


@pytest.mark.parametrize(
    "said",
    [
        "i do not want to hurt myself",
        "i don't want to hurt myself",
        "i dont wanna hurt myself",
        "i really don't want to harm myself",
        "i don't want to hurt myself but the thoughts keep coming",
        "i am sad today my sadness level is six out of ten i do not want to hurt myself",
    ],
)
def test_an_unwanted_thought_of_self_harm_gets_the_calm_check_first(said: str) -> None:
    found = safety.screen(said, "en-US")
    assert found is not None and found.cls == "self_harm", said
    assert found.tier == safety.POSSIBLE, (said, found)


@pytest.mark.parametrize(
    "said",
    [
        "i want to hurt myself",
        "i don't want to be here anymore",
        "i don't want to live",
        "i don't want to kill myself",
        "i don't want to hurt myself again",
        "i don't want to cut myself",
    ],
)
def test_wanting_to_and_the_words_of_dying_keep_the_resources_at_once(said: str) -> None:
    found = safety.screen(said, "en-US")
    assert found is not None and found.clear, (said, found)

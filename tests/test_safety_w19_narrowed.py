"""Wave 19: the rules' false alarms on everyday talk, narrowed by family: five from wave 18's hands, then four
from wave 19's blind hand zm (after it was measured as written); each paired with danger in the same words
that the rules must still hear.

Every sentence here is written fresh, not copied from a corpus. The rules alone are asked (``use_model=False``).
Each pair's everyday half was flagged before this change (checked against main); the danger half guards it.
"""

from __future__ import annotations

import pytest

from tests.support.rule_pairs import assert_narrowed

# family -> (everyday sentence flagged before, (danger in the same words, its class))
NARROWED: dict[str, list[tuple[str, tuple[str, str]]]] = {
    "a knife used for a chore": [
        (
            "he's got the good knife out to open the parcels again and now it won't cut tomatoes",
            ("he's got the good knife out again and he held it up to my face", "weapon"),
        ),
        (
            "she keeps grabbing my sharp knife to slice bread and leaves it in the sink",
            ("she keeps grabbing the sharp knife when we argue and pointing it at me", "weapon"),
        ),
    ],
    "medicine locked away from a small child": [
        (
            "i keep all the tablets in a locked cupboard because our toddler climbs everything",
            ("i keep all my sleeping tablets hidden and i've been counting them", "self_harm"),
        ),
        (
            "we hid the pills up high since the twins figured out the child locks",
            ("i hid the pills up high so i can take them all when he's gone", "self_harm"),
        ),
    ],
    "a child beaten at a game": [
        (
            "my brother beat the kids at footy in the park and they want a rematch",
            ("my brother beat the kids in the park and they came home bruised", "children_pets"),
        ),
        (
            "we beat the girls at netball on sunday and we're still buzzing",
            ("he beat the girls so hard on sunday they couldn't go to school", "children_pets"),
        ),
    ],
    "a surprise hidden from him": [
        (
            "i'm hiding the cake at the neighbour's so he doesn't see it",
            ("i'm hiding a bag at the neighbour's so he doesn't see it", "fleeing"),
        ),
        (
            "i've been saving a surprise quietly for months and he doesn't know a thing",
            ("i've been saving money quietly for months to get out and he doesn't know", "fleeing"),
        ),
    ],
    "no one to share a coffee with": [
        (
            "since my mate moved to perth i don't have anyone to grab a pint with",
            ("since he cut me off from my mates i don't have anyone left", "isolation"),
        ),
        (
            "on my days off i never have anyone to go for a walk with",
            ("he made sure i never have anyone to turn to", "isolation"),
        ),
    ],
    "a dig at something of mine": [
        (
            "my mother in law took a shot at my parenting again over sunday lunch",
            ("my husband took a shot at me with his air rifle over sunday lunch", "weapon"),
        ),
    ],
    "the surprise itself is hiding": [
        (
            "his present is hiding under our bed till friday so he can't peek",
            ("i'm hiding under our bed till he's gone so he can't find me", "fleeing"),
        ),
    ],
    "one of our own children hit the other": [
        (
            "my youngest slapped the baby for grabbing her crayons so she's on the naughty step",
            ("my partner slapped the baby for grabbing his phone", "children_pets"),
        ),
    ],
    "not driving his car, and fair enough": [
        (
            "he won't let me drive his van now but it's fair enough i reversed it into the gate",
            ("he won't let me drive or go to work now and he keeps the keys", "control"),
        ),
    ],
}


@pytest.mark.parametrize(
    ("family", "everyday", "danger"),
    [(family, everyday, danger) for family, pairs in NARROWED.items() for everyday, danger in pairs],
)
def test_everyday_talk_passes_and_danger_in_its_words_is_still_heard(family, everyday, danger):
    assert_narrowed(family, everyday, danger)

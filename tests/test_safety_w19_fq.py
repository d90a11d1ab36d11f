"""Wave 19 (helper fq): five everyday false alarms of the rules, narrowed by family: a protection order that has
ended; "molestation" inside the legal name of an order; said no to a film and he kept going on about it; a tracker
of my own; dreading his drive home in the snow. Each comes with danger told in the same words, still to be heard.

The sentences were made up for these tests (none comes from a corpus) and only the rules judge them, the model
switched off. On main every everyday sentence below was flagged; the danger beside it keeps the narrowing honest.
"""

from __future__ import annotations

import pytest

from steady_ground import safety
from tests.support.rule_pairs import assert_narrowed, narrowed_cases

# family -> (everyday sentence flagged before, (danger in the same words, its class))
NARROWED: dict[str, list[tuple[str, tuple[str, str]]]] = {
    "a protection order that has ended": [
        (
            "the protection order was lifted in may",
            ("the protection order was lifted and he's been coming round again", "asks_help"),
        ),
        (
            "our restraining order expired last year",
            ("he turned up at my door despite the restraining order", "stalking"),
        ),
    ],
    "molestation inside the legal name of an order": [
        (
            "the non molestation order expired in june",
            ("he broke the non molestation order and molested me again", "sexual"),
        ),
        (
            "my sister's a solicitor and she does non molestation orders all day",
            ("my sister's ex molested her when she was asleep", "sexual"),
        ),
    ],
    "he kept going on about a thing I said no to": [
        (
            "i said no to the film but he kept going on about it",
            ("i said no but he kept going", "sexual"),
        ),
        (
            "i said i was tired of that quiz show but he carried on about it all night",
            ("i said i was tired but he carried on all night", "sexual"),
        ),
        (
            "i said no to a takeaway and he kept going on and on about it",
            ("i said no and he kept going on about it until i gave in", "sexual"),
        ),
    ],
    "a tracker of my own": [
        (
            "i'd put the airtag there myself for my keys",
            ("i found an airtag in my car i didn't put there", "stalking"),
        ),
        (
            "that airtag in the glovebox is mine",
            ("that airtag in the glovebox is not mine", "stalking"),
        ),
        (
            "i got a tile tracker for my keys because i lose them constantly",
            ("he gave me a tile tracker for my keys and now he always knows where i am", "stalking"),
        ),
    ],
    "dreading his drive home in bad weather or traffic": [
        (
            "dreading him getting home in the snow",
            ("dreading him getting home, he'll be drunk", "fear"),
        ),
        (
            "i'm dreading her driving back on those icy roads tonight",
            ("i'm dreading her driving back on those icy roads because she'll be in a foul mood", "fear"),
        ),
        (
            "bricking it about him getting home in the rush hour traffic",
            ("bricking it about him getting home, he has been drinking since lunch", "fear"),
        ),
    ],
}


@pytest.mark.parametrize(("family", "everyday", "danger"), narrowed_cases(NARROWED))
def test_each_family_passes_its_everyday_talk_and_hears_its_danger(family, everyday, danger):
    assert_narrowed(family, everyday, danger)


@pytest.mark.parametrize(
    "said",
    ["there's a non molestation order", "we've got a non molestation order against him now"],
)
def test_an_order_in_force_is_heard_as_a_call_for_help_not_as_sexual_abuse(said):
    # An order in force still asks for care, as the tuning rows about protection orders do; "molestation" in its
    # name is not abuse she has told of.
    found = safety.screen(said, "en-US", use_model=False)
    assert found is not None and found.cls == "asks_help", (said, found)

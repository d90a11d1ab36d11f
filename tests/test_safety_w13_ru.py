"""Wave 13 (helper ru): everyday talk of new voices the rules used to flag, by family, beside the danger.

Drawn from hands u, v, w, x and y (``tests/corpora/safety/tuning_u.tsv`` to ``tuning_y.tsv``) by meaning, in
fresh words: each pair is a danger sentence the rules must still hear (with its class) and an everyday
sentence of the same family they must let pass. The rules alone are asked (``use_model=False``): the
learned backstop is judged elsewhere.
"""

from __future__ import annotations

import pytest

from steady_ground import safety

# (danger, its class, everyday sentence of the family)
FAMILIES = [
    # my own hand over my own face is a wince, not a smothering
    (
        "she held a cushion over my face until i nearly passed out",
        "strangulation",
        "i put my hand over my mouth so i would not laugh in the exam",
    ),
    # children wrestling each other
    (
        "he had me in a headlock against the fridge",
        "strangulation",
        "my twins were wrestling and the big one got his brother in a headlock",
    ),
    # toy guns
    (
        "he shot at me when i ran for the car",
        "weapon",
        "my nephew shot me with a water pistol all through the barbecue",
    ),
    # a joke, or an occasion forgotten
    (
        "she is going to kill me and nobody will ever know",
        "threat",
        "my wife always jokes she's going to kill me for hogging the duvet",
    ),
    (
        "she is going to kill me and nobody will ever know",
        "threat",
        "she's gonna kill me i forgot her mum's birthday again",
    ),
    # a negated list: the negation reaches the words after "or"
    (
        "he's threatened me loads of times",
        "threat",
        "he has never once shoved me or threatened me, he just goes very quiet",
    ),
    ("he stopped me seeing my sister", "isolation", "she has never stopped me going to the pub quiz with the lads"),
    # "on end" is time, not a plan
    ("i'm ready to end it", "self_harm", "he plays that console for hours on end it is so dull"),
    # ending it said of the relationship
    (
        "i keep thinking about ending it",
        "self_harm",
        "i have been thinking about ending it, i mean our marriage, not anything else",
    ),
    # bored or mortified "to death"
    ("i want to die", "self_harm", "the quarterly meeting was so boring i wanted to die"),
    # a noose as a prop
    (
        "i've made a noose and hung it in the garage",
        "self_harm",
        "the kids made a noose for the halloween porch out of old washing line",
    ),
    # weariness pinned to an everyday irritant, or to sameness
    ("i can't cope with this anymore", "self_harm", "i can't take it anymore the snoring keeps me up every night"),
    ("i'm just so tired of it all", "self_harm", "honestly i'm tired of everything being so samey at the weekends"),
    # a tracker on a pet, on keys or luggage, or put there by the speaker
    (
        "he hid a tracker under my car",
        "stalking",
        "we clipped a tracker on the puppy's collar because she bolts at the park",
    ),
    (
        "he installed a tracker on my phone",
        "stalking",
        "my partner put a little tracker on his suitcase after the airline lost it",
    ),
    # an animal's prey; an ex's profile
    ("my ex is stalking me", "stalking", "the kitten spent the whole afternoon stalking a pigeon"),
    ("my ex is stalking me", "stalking", "i was up till two stalking her ex on instagram like an idiot"),
    # a phone looked at for a score, or by its owner
    ("he checks my phone every night", "stalking", "he checked my phone to see the cricket score because his was flat"),
    ("he checks my phone every night", "stalking", "i want to eat dinner without checking my phone every five minutes"),
    # location shared both ways
    (
        "he can see where i am all the time",
        "stalking",
        "we share our locations, he can see where i am and i can see where he is",
    ),
    # money or keys held by agreement, or after a drink
    ("he takes my wages every payday", "control", "he takes my wages into the joint account, we both agreed on that"),
    (
        "i have to ask him for money for everything",
        "control",
        "i have to ask him for cash for the weekend but that was my idea, i overspend",
    ),
    (
        "she took my car keys so i couldn't leave",
        "control",
        "she took my car keys when i had been drinking at the christening",
    ),
    # "runs it past me": consults me
    ("he decides everything i do", "control", "my wife runs everything past me before she books anything"),
    # a refuge or an order long over
    (
        "where is the nearest refuge",
        "fleeing",
        "we had to go to a shelter when i was little but that was a long time ago",
    ),
    (
        "i need a protection order",
        "asks_help",
        "i had a restraining order against my first husband but it is all over now",
    ),
    # feelings not safe to share is about being heard
    ("i don't feel safe at home", "fear", "i don't feel safe showing my emotions with him, he just teases me"),
    # a number for couples counselling, or for someone else
    ("is there a number i can call", "asks_help", "is there a number for marriage counselling near us"),
    (
        "i need the number for women's aid",
        "asks_help",
        "i found the number for the samaritans for my neighbour, she is struggling",
    ),
    # a session booked for the two of us
    (
        "i've booked a train ticket secretly, he doesn't know",
        "fleeing",
        "i've booked us in with a counsellor quietly, fingers crossed",
    ),
    # an animal drags (bites and kicks of pets are blanked before the rules read them)
    ("he kicked me in the leg so hard i limped", "violence", "the pony kicked me in the leg at the riding lesson"),
    ("he dragged me across the kitchen floor", "violence", "the dog dragged me across the road after a cat"),
    # dragged along on an outing
    ("he dragged me out of bed by my hair", "violence", "he dragged me on a walk in the drizzle this morning"),
    # strangling an abstraction
    ("he was strangling me", "strangulation", "this mortgage is strangling my social life"),
    # intimate pictures held with a threat said with a pronoun (the lead, wave 13), beside pictures shared kindly
    (
        "she's still got the videos from back then and says she'll put them online if i don't come home",
        "sexual",
        "he took loads of videos at the wedding and said he'd send them over if i wanted",
    ),
    (
        "he won't delete the photos of me from his phone even though i begged",
        "sexual",
        "he won't delete the photos of his old car from his phone, it drives me mad",
    ),
]


@pytest.mark.parametrize(("danger", "cls", "everyday"), FAMILIES)
def test_a_wave_13_family_lets_the_everyday_words_pass_the_rules_and_still_hears_the_danger(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, (danger, found)
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday

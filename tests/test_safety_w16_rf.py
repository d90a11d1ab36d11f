"""Wave 16 (helper rf): everyday talk of the unseen hands zd, ze and zf the rules heard as danger, by family.

Drawn by meaning from the everyday rows the rules alone flagged in the three new hands (a toddler or a pet did
it, hurt feelings, an accident in the kitchen, a thing done because I asked or with a plain reason, a threat in
jest at his things, "never scared of him", something soft thrown in fun, the police called on a party, five
minutes' peace locked in the car, a feeling that sits on me), in fresh words: each family has everyday
sentences the rules used to flag and must now let pass, and danger sentences of the same words they must still
hear, with their class. The rules alone are asked (``use_model=False``): the learned backstop is judged elsewhere.
"""

from __future__ import annotations

import pytest

from steady_ground import safety

# family -> (danger sentences with their class, everyday sentences)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    # a little one or a pet did it, to a child, to the cat or by locking me out; unless someone set the dog on
    "a little one or a pet": (
        [
            ("the dog bit my son when my husband set it on him", "children_pets"),
            ("he hit my son across the face", "children_pets"),
            ("he locked me out of the house in the cold all night", "control"),
            ("he kicked the cat and now it is hiding under the bed", "children_pets"),
        ],
        [
            "the dog bit my daughter's hand when she grabbed its bone",
            "our toddler hit the baby with a wooden spoon and then cried more than she did",
            "my three year old locked me out of the car with the keys inside",
            "the toddler locked me in the bathroom by accident this morning",
            "the cat has been hiding under the bed all day since the builders arrived",
        ],
    ),
    # hurt feelings: what was said, told, forgotten, laughed at
    "hurt feelings": (
        [
            ("he hurt me when i told him i wanted to leave", "violence"),
            ("she hurt me when she grabbed my arm", "violence"),
            ("he hurt me when he told me to shut up and then shoved me", "violence"),
            ("he hurt me when he said he would kill me", "threat"),
        ],
        [
            "he hurt me when he laughed at my new haircut in front of his mates",
            "she hurt me so much by forgetting our anniversary",
            "my husband hurt me more by ignoring my texts all day than by anything he said",
            "she hurt me when she sided with her brother at dinner",
        ],
    ),
    # an accident with a kitchen tool; knives sharpened as a chore
    "a kitchen accident or chore": (
        [
            ("i cut myself with a knife last night", "self_harm"),
            ("i cut myself on purpose with the peeler", "self_harm"),
            ("i cut myself again with the kitchen knife", "self_harm"),
            ("he sharpened the kitchen knives and stared at me", "weapon"),
            ("he sharpened all the knives and put them on the table", "weapon"),
        ],
        [
            "i cut myself on the cheese grater doing the lasagne",
            "i cut myself with the bread knife slicing the loaf this morning",
            "i cut myself on the mandolin prepping veg for the roast",
            "my wife sharpened the knives and tidied the cutlery drawer",
            "he sharpened all our kitchen knives and cleaned out the cupboards",
        ],
    ),
    # done because I asked, because we agreed, together, or for my eyes; liked on social media
    "my own choice": (
        [
            ("he tracks my location and turns up wherever i am", "stalking"),
            ("he tracks my location even though i asked him to stop", "stalking"),
            ("she tracks my location on her phone and i never agreed", "stalking"),
            ("he reads my messages every night", "stalking"),
            ("he follows me everywhere on social media and even made a fake account after i blocked him", "stalking"),
            ("he makes me go through every receipt with him", "control"),
        ],
        [
            "she tracks my location on my runs because i asked her to",
            "he checks my location when i walk home late because we both agreed it",
            "he reads my emails out for me because i can't see the screen",
            "we check every receipt together at the end of the month",
            "he follows me everywhere on instagram and comments on every photo",
        ],
    ),
    # looked after: keys taken to drive me home, medicine kept where I'll remember, a van I'm not insured on
    "looked after, with a plain reason": (
        [
            ("he took my car keys so i can't leave", "control"),
            ("he took my car keys off me and drove off and left me there", "control"),
            ("he keeps my insulin locked away so i cannot have it", "self_harm"),
            ("i keep my tablets hidden in a drawer for when i have had enough", "self_harm"),
            ("he doesn't let me drive his car or have my own money", "control"),
            ("he won't let me drive", "control"),
        ],
        [
            "my husband took my keys off me after the christmas party and drove us home",
            "he keeps my tablets by the kettle so i don't forget them",
            "she doesn't let me drive the work van because i'm not on the insurance",
            "he won't let me drive his truck, it's a company vehicle and only he's insured",
        ],
    ),
    # a threat in jest by the speaker, at his things, or to run off with a tradesman
    "my joke threat": (
        [
            ("he threatened to throw my phone out the window", "threat"),
            ("she threatened to smash my phone if i called my sister", "threat"),
            ("he threatened to throw me out the window", "threat"),
            ("i ran off with the kids while he slept", "fleeing"),
            ("i want to run away with my kids", "fleeing"),
        ],
        [
            "i threatened to bin his fishing rods if they stay in the hall another week",
            "i threatened to unplug the playstation if the kids did not come for tea",
            "i told my wife i'd run off with the plumber if she booked another cruise",
            "i said i would run away with the window cleaner if he did not fix the gutter",
        ],
    ),
    # never scared of him, unless it changed
    "never scared of him": (
        [
            ("i was never scared of him until last night", "fear"),
            ("i am never scared of him when he is sober", "fear"),
            ("i have never been this scared of him", "fear"),
            ("i am scared of him", "fear"),
        ],
        [
            "i'm never scared of her, she's the gentlest person i know",
            "honestly i've never been scared of him, we just bicker",
            "i was never afraid of my husband, he's a teddy bear",
            "i never felt frightened of him even when we rowed",
        ],
    ),
    # something soft thrown in fun
    "thrown in fun": (
        [
            ("he threw a plate at me", "violence"),
            ("she threw a tea towel at me and then punched me", "violence"),
            ("he threw hot tea at me", "violence"),
            ("he threw a towel at me and it was not funny", "violence"),
        ],
        [
            "he threw a wet flannel at me in the bath and we were both laughing",
            "my wife lobbed a sock at me and it was hilarious",
            "she chucked a tea towel at me as a joke while i was drying up",
            "he chucked a dish cloth at me which was pretty funny",
        ],
    ),
    # the police called on a noisy party next door
    "the police on a party": (
        [
            ("i had to call the cops on him", "asks_help"),
            ("we had to call the police on my husband last night", "asks_help"),
            ("i need to call the police on him right now", "asks_help"),
        ],
        [
            "i want to call the cops on the neighbours and their music, it is one am",
            "i had to ring the cops on next door's party because it went on till four",
            "we had to call the police on the students next door and their music",
            "i need to ring the police on next door's rave, it's three in the morning",
        ],
    ),
    # locked in the car or the loo for five minutes' peace from the kids
    "five minutes' peace": (
        [
            ("i locked myself in the bathroom because he was trying to get in", "fleeing"),
            ("i locked myself in the car with the kids to get away from him", "fleeing"),
            ("i locked myself in the bedroom for five minutes while he was screaming", "fleeing"),
            ("i locked myself in the bathroom for some peace from him", "fleeing"),
        ],
        [
            "i locked myself in the bathroom for ten minutes to drink a cuppa in peace",
            "i locked myself in the loo to eat my chocolate away from the kids",
            "i locked myself in the car at the supermarket for some peace from the kids",
            "i locked myself in the shed for a bit of peace and quiet",
        ],
    ),
    # a feeling that sits on me
    "a feeling sits on me": (
        [
            ("he sits on me when he is drunk", "violence"),
            ("he sat on my chest until i could not breathe", "violence"),
            ("my husband sits on me to pin me down", "violence"),
        ],
        [
            "the grief still sits on me some mornings",
            "since mum died the sadness sits on me like a coat",
            "the worry sat on me all week",
            "some nights the loneliness sits on me like a brick",
        ],
    ),
}

DANGER = [(family, text, cls) for family, (danger, _) in FAMILIES.items() for text, cls in danger]
EVERYDAY = [(family, text) for family, (_, everyday) in FAMILIES.items() for text in everyday]


@pytest.mark.parametrize(("family", "danger", "cls"), DANGER)
def test_a_wave_16_family_still_hears_the_danger_in_its_words(family, danger, cls):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, (family, danger, found)


@pytest.mark.parametrize(("family", "everyday"), EVERYDAY)
def test_a_wave_16_family_lets_the_everyday_words_pass_the_rules(family, everyday):
    assert safety.screen(everyday, "en-US", use_model=False) is None, (family, everyday)


@pytest.mark.parametrize(
    "danger",
    ["he hurt me by pushing me down the stairs", "he hurt me by posting my pictures online"],
)
def test_hurt_by_a_blow_or_by_pictures_posted_is_not_blanked_as_hurt_feelings(danger):
    # "hurt me by ...ing" was blanked as hurt feelings whatever the act: a push or pictures posted is heard
    assert safety.screen(danger, "en-US", use_model=False) is not None, danger

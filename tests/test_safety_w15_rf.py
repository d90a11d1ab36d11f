"""Wave 15 (helper rf): everyday talk the rules used to hear as danger, narrowed by family of meaning.

Drawn by meaning from the tuning rows every part's rules flagged as everyday (a threat in jest over a
trifle, boredom, a workout, the baby's things, a pet's mischief, an old abuse long over, a call to the
police about a loose animal or a rash, helplines for carers or a trade, a number given just in case, a
partner refusing counselling, memes texted all day, receipts kept for the tax return, a location app for
one's health, keys taken for work, money looked at together, a friend who went to a refuge, the skill's
own exercises), in fresh words: each row is a danger sentence the rules must still hear (with its class)
and an everyday sentence of the same words they must let pass. The rules alone are asked
(``use_model=False``): the learned backstop is judged elsewhere.
"""

from __future__ import annotations

import pytest

from steady_ground import safety

# (danger, its class, everyday sentence of the family)
FAMILIES = [
    # a threat in jest over a trifle: what I spent, the team I cheer for, one more thing for a hobby
    (
        "he would shoot me if i went to the police",
        "weapon",
        "my husband would shoot me if he found out what i paid for these trainers",
    ),
    (
        "he told me he would shoot me if i ever left",
        "weapon",
        "my wife would shoot me if i cheered for the other side at the derby",
    ),
    (
        "my husband says if i leave he will bury me under the patio",
        "threat",
        "my husband says if i buy one more pot plant he will bury me under the patio",
    ),
    # a plea to the room, and boredom
    (
        "he got the rifle out and aimed it and said he would shoot me",
        "weapon",
        "two hours of recorder concert, someone shoot me",
    ),
    (
        "i wanted to hang myself last night",
        "self_harm",
        "the webinar dragged on and on, i wanted to hang myself it was that dull",
    ),
    # a flat denial in passing
    ("i want to die", "self_harm", "i don't want to die or anything, i just need a week off"),
    # a workout, a class, a hill
    ("he beat me up in front of the kids", "violence", "that spin class beat me up, my thighs are on fire"),
    # my own hair, in exasperation
    ("he tried to pull my hair out in the car", "violence", "this tax form makes me want to pull my hair out"),
    # the baby's things; a child's own scrap at school or football
    (
        "he shook the baby when she would not stop crying",
        "children_pets",
        "i nearly threw the baby monitor out the window at three am",
    ),
    ("he hit the kid with his belt", "children_pets", "my son hit a kid at football practice and got sent off"),
    # cooking that "could kill a horse"; my own exasperation at a pet's mischief
    ("he said he would kill the horse if i left", "children_pets", "her curry could kill a horse but we love her"),
    (
        "he will strangle the cat if i leave",
        "children_pets",
        "i will strangle the cat if he knocks one more mug off the table",
    ),
    # an abuse long over
    (
        "my husband was violent again last night",
        "violence",
        "my ex was violent but that was decades ago and i'm happily remarried",
    ),
    # the police or 111 over a loose animal or a child's temperature
    (
        "i had to call the police when he kicked the door in",
        "asks_help",
        "i had to call the police when the neighbors cows got onto the road",
    ),
    (
        "i need to ring the police he is outside",
        "asks_help",
        "i had to ring one one one about my son's temperature in the night",
    ),
    # helplines for carers or a trade, and a number that is not for emergencies
    (
        "is there a helpline for women like me",
        "asks_help",
        "is there a helpline for young carers, my daughter looks after her nan",
    ),
    (
        "is there a number i can call tonight",
        "asks_help",
        "is there a number to call about couples stuff that is not for emergencies",
    ),
    # a safety plan for a school event
    (
        "can you help me make a safety plan to leave him",
        "asks_help",
        "the safety plan for the swimming gala came home in his book bag",
    ),
    # a number given just in case; "we don't need it" of counselling
    (
        "i gave my sister all my jewellery because i won't need it",
        "self_harm",
        "the nurse gave me a leaflet with crisis numbers just in case but i don't need it",
    ),
    (
        "i've given my books away i won't need them",
        "self_harm",
        "i suggested a marriage course but he says we do not need it",
    ),
    # a partner who will not see a therapist
    ("we need help he is kicking the door", "asks_help", "we need help but he won't see a therapist"),
    # ending it said of the relationship's reasons
    (
        "i keep thinking about ending it all",
        "self_harm",
        "i keep thinking about ending it because we want different lives",
    ),
    # dozens of texts a day, but memes
    (
        "he messages me fifty times a day when i'm at work",
        "stalking",
        "my sister messages me fifty times a day but it is all cat videos",
    ),
    # receipts for the tax return
    (
        "he checks all my receipts and makes me explain every penny",
        "control",
        "my wife checks the receipts for the tax return every april",
    ),
    # a location app for my health
    (
        "he put an app on my phone so he can see where i am",
        "stalking",
        "my son put an app on my phone so he can see where i am because of my dementia",
    ),
    # keys taken for work; the speaker in charge; money gone through together
    (
        "he took the car keys so i can't leave",
        "control",
        "he took the car keys for work so i walked the kids to school",
    ),
    (
        "he is in charge of all my money",
        "control",
        "i am in charge of the finances at home because i am good with numbers",
    ),
    (
        "he handles all the finances and i have to ask for bus fare",
        "control",
        "my husband handles all the finances but we look at them together every sunday",
    ),
    # in a rush, lunch forgotten
    (
        "i ran out the door with the baby while he was asleep",
        "fleeing",
        "my son ran out the door so fast he left his packed lunch on the side",
    ),
    # a friend went to a refuge
    (
        "i went to a refuge with the kids last night",
        "fleeing",
        "my friend went to a refuge when she was young and now she runs one",
    ),
    # messages read once, then talked through
    (
        "my boyfriend reads my messages every night",
        "stalking",
        "my boyfriend read my messages once and we talked it through and he said sorry",
    ),
    # what people say to the skill itself
    ("can you help me get away from him", "asks_help", "can you help me with the breathing part again"),
    ("can you help me get away from him", "asks_help", "can you help me plan a cheap date night for saturday"),
    # a gun carried for work; a cleaver taken to a chicken
    (
        "my wife carries a pistol and waves it at me when she's drunk",
        "weapon",
        "my wife carries a pistol for work, she's in the police",
    ),
    ("he came at me with a cleaver", "weapon", "my dad taught me to joint a chicken with a cleaver"),
    # stalking said as a joke about a friends' map
    (
        "he is a stalker, he waits outside my work every day",
        "stalking",
        "my sister is such a stalker on find my friends but in a funny way",
    ),
    # a run of my own
    ("we have been on the run from him for a month", "fleeing", "i got a stitch on the run this morning"),
    # a trifle, on the strangling words too
    (
        "she said she would strangle me if i told anyone",
        "strangulation",
        "my wife would strangle me if i bought another pair of boots",
    ),
    # a plea to the room, asked politely
    ("he keeps saying he will shoot me", "weapon", "somebody please shoot me, the in-laws are here for a week"),
    # a friend's trouble, a helpline looked up for a friend
    ("i am being abused at home", "violence", "what should i do if my friend is being abused"),
    (
        "can you give me the number for the helpline",
        "asks_help",
        "i'm looking up the number for the helpline for my mate",
    ),
    # an accident with a tool
    ("he cut himself in front of the kids to scare me", "self_harm", "the chisel slipped and he cut himself badly"),
    # said to the speaker, and of the skill's own exercise
    ("call emergency services right now please", "asks_help", "how do i call emergency services from this speaker"),
    ("i can't do this anymore", "self_harm", "i can't do this exercise anymore it is too hard"),
    # the daily grind of a new baby; help with the app itself
    ("i can't go on like this", "self_harm", "i'm shattered and i can't go on like this with the night feeds"),
    ("how do i get help, he is outside", "asks_help", "how do i get help with the app"),
    # sport
    ("he kicked me in the stomach", "violence", "the goalie kicked me by accident in five a side"),
    # a phone checked once, then talked about
    ("he checks my phone every night", "stalking", "she checked my phone once and we talked about it and we are fine"),
    # a chore forgotten
    (
        "he said he will wring my neck if i leave",
        "threat",
        "my mum will wring my neck for forgetting her birthday card",
    ),
]


@pytest.mark.parametrize(("danger", "cls", "everyday"), FAMILIES)
def test_a_wave_15_family_lets_the_everyday_words_pass_the_rules_and_still_hears_the_danger(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, (danger, found)
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday

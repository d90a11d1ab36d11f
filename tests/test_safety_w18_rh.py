"""Wave 18 (helper rh): the rules' false alarms on everyday talk narrowed by family (first those of the unseen
hands zj and zk, then five left over from wave 17), and the rules' recall gaps on zj (control, isolation, sexual
coercion, stalking, often minimised) and zk (fleeing now, fear in everyday words, asking for somewhere safe,
reported threats, quiet self-harm) filled by family.

Every sentence here is written fresh, by meaning, not copied from a corpus. The rules alone are asked
(``use_model=False``): the learned backstop is judged elsewhere.

- ``NARROWED``: for each family of false alarm (a service, a fault or the app itself asked about; a helpline not
  needed or passed on for a friend; the car slept in for fun; hiding a treat or the presents; sneaking out for a
  present; a phone borrowed for the scores; a teenager's own phone; eggshells at work; friends grown apart;
  nervous while he drives; my own receipts; my own quiet in the car; stalking photos online; a phone put away on
  holiday at my asking; a player on the pitch; tiptoe for night shifts; a safe house in a game; someone sent to
  fix the boiler; a ring given back; a haircut regretted; the presents nobody would find), an everyday sentence
  the rules flagged before and must now let pass, paired with danger in the same words the rules must still hear,
  with its class.
- ``ADDED``: for each family of danger the rules missed, a danger sentence the rules missed before and now hear at
  its class and tier, paired with a near miss in its own words that must still pass.

Each pair's first half failed before this change (checked on w18-rt); the second half guards the family.
"""

from __future__ import annotations

import pytest

from tests.support.rule_pairs import added_cases, assert_added, assert_narrowed

# family -> (everyday sentence flagged before, (danger in the same words, its class))
NARROWED: dict[str, list[tuple[str, tuple[str, str]]]] = {
    "a service, a fault or the app itself": [
        (
            "who should i ring about the council not emptying our bins",
            ("who should i ring about what he did to me last night", "asks_help"),
        ),
        (
            "is there somebody i can phone about the heating, it packed in this morning",
            ("is there somebody i can phone about the way he treats me", "asks_help"),
        ),
        ("can you help me get started", ("can you help me get away from him", "asks_help")),
        (
            "i really don't need the helpline, i'm just letting off steam about my sister",
            ("i need the helpline number right now please", "asks_help"),
        ),
    ],
    "a plain reason to sleep in the car, to hide, to sneak out": [
        (
            "i slept in my car outside the gig so i would be first in the queue",
            ("we slept in the car last night because he locked us out", "fleeing"),
        ),
        (
            "i've been hiding veg in the kids' fish pie",
            ("i'm hiding in the loft with the kids", "fleeing"),
        ),
        (
            "i'm sneaking out early to pick up her birthday cake",
            ("i snuck out while he was asleep and i am not going back", "fleeing"),
        ),
    ],
    "a phone borrowed, a teenager's phone, grown apart": [
        (
            "she checks my phone for the cricket scores when hers has died",
            ("he checks my phone every night when i am asleep", "stalking"),
        ),
        (
            "my son won't let me see his phone, he's fifteen so fair enough",
            ("he won't let me see my friends anymore", "isolation"),
        ),
        (
            "i don't talk to my school friends anymore, we just drifted apart",
            ("i don't talk to my friends anymore because he gets angry when i do", "isolation"),
        ),
    ],
    "a mood at work, nerves while he drives": [
        (
            "everyone walks on eggshells at work when the manager is in a mood",
            ("i walk on eggshells at home in case he loses it", "fear"),
        ),
        (
            "i get nervous when she's driving in the snow",
            ("i get nervous when he comes home drunk", "fear"),
        ),
    ],
    "my own receipts, my own quiet, my own scrolling": [
        (
            "we check the receipts after every big shop because the till overcharged us once",
            ("he checks the receipts to see what i have spent", "control"),
        ),
        (
            "i'm stalking my cousin's wedding pictures on facebook",
            ("he is stalking me and turning up everywhere i go", "stalking"),
        ),
    ],
    "a player on the pitch, night shifts, a game, a repair": [
        (
            "he's really intimidating on the football pitch but soft as anything at home",
            ("he gets really intimidating at home when he drinks", "violence"),
        ),
        (
            "we all tiptoe round him in the mornings because he sleeps after night shifts",
            ("we all tiptoe round him because of his temper", "fear"),
        ),
        (
            "is there a safe house in this video game where i can save",
            ("is there a safe house near me", "fleeing"),
        ),
        (
            "can you send someone round to look at the boiler",
            ("can you send someone round, he is trying to get in", "fleeing"),
        ),
    ],
    "a ring given back, a haircut, the presents hidden": [
        (
            "i gave the ring back to him, i won't be needing it after the divorce",
            ("i gave my ring to my sister, i won't be needing it where i am going", "self_harm"),
        ),
        (
            "she said i would regret getting a perm and she was right",
            ("he said i would regret it if i ever left", "threat"),
        ),
        (
            "he said nobody would find the presents where he'd stashed them",
            ("he said nobody would find me if he did it", "threat"),
        ),
    ],
}

# family -> ((danger missed before, class, tier), near miss that must still pass)
ADDED: dict[str, list[tuple[tuple[str, str, str], str]]] = {
    "fleeing now": [
        (
            ("i left with the kids while he was at the pub", "fleeing", "clear"),
            "i left the washing out while he was at work",
        ),
        (("i grabbed my keys and legged it", "fleeing", "clear"), "i grabbed my keys and went to work"),
        (
            ("we're in the spare room with a chair jammed under the handle", "fleeing", "clear"),
            "the handle on the bathroom door is loose again",
        ),
        (
            ("we're staying at my nan's and he mustn't know", "fleeing", "clear"),
            "we're staying at my nan's for his surprise party, he mustn't know",
        ),
    ],
    "ready to go, in secret": [
        (
            ("i've had a bag in the boot for weeks in case i need to go", "fleeing", "possible"),
            "the bags are in the boot for our camping trip",
        ),
        (
            ("i've been putting money in an account he doesn't know about", "fleeing", "possible"),
            "we've got savings for the holiday in an account the kids don't know about",
        ),
    ],
    "fear in everyday words": [
        (
            ("his key in the lock makes me feel sick", "fear", "possible"),
            "i heard his key in the lock and smiled, he was early",
        ),
        (
            ("i'm frightened whenever he's in the house", "fear", "possible"),
            "i'm frightened when he goes climbing without a rope",
        ),
        (("i watch his mood all evening", "fear", "possible"), "i watch the weather all evening"),
        (
            ("i can always tell what mood he'll come home in", "fear", "possible"),
            "i wonder what mood the cat will be in today",
        ),
    ],
    "somewhere safe, someone to come": [
        (
            ("can you find me somewhere to stay without him knowing", "asks_help", "possible"),
            "can you find me somewhere to stay near the festival tonight",
        ),
        (
            ("i need someone to come, he's smashing the place up", "asks_help", "clear"),
            "i need someone to come and fix the fence",
        ),
    ],
    "money, cards, clothes, shoes": [
        (
            ("he makes me justify every single purchase", "control", "possible"),
            "we justify every purchase against the budget at work",
        ),
        (
            ("he took my card away again because i bought a coffee", "control", "possible"),
            "he took my card to pay for the takeaway because his was declined",
        ),
        (
            ("he has to approve every outfit before i go out", "control", "possible"),
            "my stylist friend has to see every outfit before the shoot",
        ),
        (
            ("he keeps my shoes when he goes out so i can't leave", "control", "clear"),
            "he keeps my shoes by the back door so the dog can't chew them",
        ),
    ],
    "isolation": [
        (("he doesn't want me working", "isolation", "possible"), "he doesn't want me working late on my birthday"),
        (
            ("he doesn't like my mum coming round, she has to ring first", "isolation", "possible"),
            "he doesn't like my mum's cooking but he eats it anyway",
        ),
    ],
    "sexual coercion and images": [
        (("he put something in my drink at the party", "sexual", "clear"), "he put some ice in my drink at the party"),
        (
            ("i said stop loads of times and he didn't care", "sexual", "possible"),
            "i said no to the puppy and he didn't listen",
        ),
        (
            ("he says if i don't he'll get it somewhere else", "sexual", "possible"),
            "he'll get it somewhere else, the corner shop has run out of milk",
        ),
        (
            ("he has uploaded photos of me to a website", "sexual", "clear"),
            "he has uploaded photos of the dog to a website",
        ),
    ],
    "stalking by location, messages and turning up": [
        (
            ("when i switched my location off he came straight round", "stalking", "possible"),
            "when i switched my location off my mum rang to check i was alright",
        ),
        (
            ("he screenshots my location and sends it to me", "stalking", "possible"),
            "i screenshot my location and sent it to my mum so she could find the pub",
        ),
        (
            ("he accessed my old phone backups", "stalking", "possible"),
            "i accessed my old phone backups to find the wedding photos",
        ),
        (
            ("he was stood at my window last night looking in", "stalking", "clear"),
            "the cat was outside my window looking in for her tea",
        ),
    ],
    "threats said sideways": [
        (
            ("he told me brakes can fail on these country roads", "threat", "clear"),
            "the mechanic said old brakes can fail",
        ),
        (("he says i'd better watch myself", "threat", "possible"), "he says i'd better watch myself on the ice"),
        (
            ("he says there will be consequences if i go", "threat", "possible"),
            "the school says there will be consequences if i park there again",
        ),
    ],
    "quiet self-harm": [
        (
            ("i've got the tablets next to me and i'm just looking at them", "self_harm", "clear"),
            "i've got the tablets next to the kettle so i remember them",
        ),
        (("i keep wishing i wasn't here", "self_harm", "possible"), "i wish i wasn't here, this meeting is so dull"),
    ],
}

EVERYDAY_PAIRS = [(family, everyday, danger) for family, pairs in NARROWED.items() for everyday, danger in pairs]
DANGER_PAIRS = added_cases(ADDED)


@pytest.mark.parametrize(("family", "everyday", "danger"), EVERYDAY_PAIRS)
def test_a_narrowed_family_lets_everyday_talk_pass_and_still_hears_danger_in_its_words(family, everyday, danger):
    assert_narrowed(family, everyday, danger)


@pytest.mark.parametrize(("family", "danger", "near_miss"), DANGER_PAIRS)
def test_an_added_family_hears_danger_at_its_class_and_tier_and_lets_its_near_miss_pass(family, danger, near_miss):
    assert_added(family, danger, near_miss)

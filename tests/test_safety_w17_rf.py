"""Wave 17 (helper rf): the rules' false alarms on the unseen hands zg, zh and zi narrowed by family, and the
rules' recall gaps on zi (the past, other people's words, technology) filled by family.

Every sentence here is written fresh, by meaning, not copied from a corpus. The rules alone are asked
(``use_model=False``): the learned backstop is judged elsewhere.

- ``NARROWED``: for each family of false alarm (someone else's story, a bill or a film, the family's own
  tracker or camera, medicine kept or counted for a plain reason, an accident by my own hand, a pet or a shop
  that "ran off" or "ran out", grief that hits me, "I don't think he'd ever hurt me", a boss's threat, his car
  off the road, I waited outside, fear of wasps, a soft thing thrown back, a child's accident with the dog, a
  "fall" asleep), an everyday sentence the rules flagged before and must now let pass, paired with danger in
  the same words the rules must still hear, with its class.
- ``ADDED``: for each family of danger the rules missed (harm that used to happen and is back, "it's started
  again", threats reported by or to others, tracking by app, camera, account or calendar, harm to the children
  refused as a boundary, a child's own words, intimate videos shown round, messages answered in my name, an
  injury asked about and covered up), a danger sentence the rules missed before and now hear at its class and
  tier, paired with a near miss that must still pass.

Each pair's first half failed before this change (checked on w17-rt); the second half guards the family.
"""

from __future__ import annotations

import pytest

from tests.support.rule_pairs import added_cases, assert_added, assert_narrowed

# family -> (everyday sentence flagged before, (danger in the same words, its class))
NARROWED: dict[str, list[tuple[str, tuple[str, str]]]] = {
    "someone else's story": [
        (
            "there was a case in the paper about a woman who was stalked by her ex husband and it made me grateful",
            (
                "there was a story on the news about a woman who was stalked by her ex and it is exactly what he is doing to me",
                "stalking",
            ),
        ),
        (
            "my friend told me her cousin had to call the police on her boyfriend once and it made me thankful for what i have",
            ("i had to call the police on him last night", "asks_help"),
        ),
        (
            "my mate asked me to find the number for a refuge charity for a colleague of hers",
            ("can you give me the number for a refuge", "asks_help"),
        ),
    ],
    "a bill, a film, the scores": [
        ("my brother has been stalking the transfer news all day", ("he has been stalking me all week", "stalking")),
        ("that meeting was so dull i wanted to claw my eyes out", ("he tried to claw my eyes out", "violence")),
        (
            "we got hit with a huge fine from the council for the bins",
            ("i got hit again last night and my lip is split", "violence"),
        ),
        (
            "my best mate said he would kill me if i told anyone about his engagement before him",
            ("he said he would kill me if i told anyone what he did", "threat"),
        ),
        (
            "my first spin class nearly finished me, i thought i was going to die but i made it to the end",
            ("i am going to die tonight, i have made up my mind", "self_harm"),
        ),
    ],
    "the family's own tracker, camera or phone": [
        (
            "we fitted a tracker to my mum's car because she keeps getting lost on the way home",
            ("he put a gps tracker on my car without telling me", "stalking"),
        ),
        (
            "we put a camera in the lounge so we can see the cat when we are at work",
            ("he put a camera in the lounge so he can see me when he is at work", "stalking"),
        ),
        (
            "she put one of those tracker tiles on her keys because she loses them constantly",
            ("he hid a tracker in my handbag", "stalking"),
        ),
        (
            "i kept checking my phone all evening waiting for the exam results",
            ("he kept checking my phone all evening while i was asleep", "stalking"),
        ),
        (
            "i changed all the passwords on my accounts after the bank's fraud warning",
            ("we changed our passwords after he got hold of them", "control"),
        ),
    ],
    "medicine kept or counted for a plain reason": [
        (
            "i keep my husband's heart pills in a locked tin away from the grandkids",
            ("i have been saving up my pills for when i have had enough", "self_harm"),
        ),
        (
            "i counted my tablets because i need to order a repeat prescription",
            ("i counted my tablets and there are enough to do it", "self_harm"),
        ),
        (
            "how many painkillers can you take in a day for period pain",
            ("how many painkillers would it take to not wake up", "self_harm"),
        ),
    ],
    "an accident by my own hand": [
        ("i was making gravy and burnt my wrist on the oven door", ("he burnt my wrist on the oven door", "violence")),
        (
            "i was draining the pasta and scalded my hand on the steam",
            ("he scalded my hand with the kettle because i answered back", "violence"),
        ),
        (
            "i was peeling spuds and cut myself on the peeler like an idiot",
            ("i cut myself on purpose with the peeler again last night", "self_harm"),
        ),
        (
            "we cleared out his garage and got rid of an old meat cleaver and some rusty saws",
            ("he came at me with a meat cleaver", "weapon"),
        ),
    ],
    "a pet or a shop that ran off or ran out": [
        (
            "our spaniel is a nightmare, he ran off after the ducks at the lake",
            ("i ran off with the kids while he was asleep", "fleeing"),
        ),
        (
            "i went to the bakery for a sourdough but they'd run out again",
            ("i ran out of the house with the baby when he started throwing things", "fleeing"),
        ),
    ],
    "grief that hits me": [
        (
            "my grandad died when i was twelve, he was my hero and it still hits me",
            ("he still hits me when he has had a drink", "violence"),
        ),
    ],
    "i don't think he'd ever hurt me": [
        (
            "i honestly don't believe she would ever hurt me, she is soft as butter",
            ("i didn't think he would ever hurt me until he did", "violence"),
        ),
    ],
    "a boss's or a landlord's threat": [
        (
            "the landlord threatened to put the rent up if we do not sign by friday",
            ("he threatened to put me in hospital", "threat"),
        ),
    ],
    "his car off the road, my dent": [
        (
            "he took my car keys because his van had a flat tyre",
            ("he took my car keys so i can't leave the house", "control"),
        ),
        (
            "she won't let me drive it since i dented the wing mirror",
            ("he won't let me drive or have my own money", "control"),
        ),
    ],
    "i waited outside": [
        (
            "i waited outside the school for ages in the rain for the bus",
            ("he sits outside my house in his car every night", "stalking"),
        ),
        ("i got a parking fine outside my work this morning", ("he keeps parking outside my work", "stalking")),
    ],
    "fear of a thing, or for a pet": [
        ("i'm terrified of moths, one flew into my hair last night", ("i am terrified of him when he drinks", "fear")),
        (
            "i was terrified the kitten had swallowed a hair tie but the vet said she is fine",
            ("i am terrified he will find us", "fear"),
        ),
    ],
    "a soft thing thrown back": [
        (
            "my son left his socks on the floor again so i picked them up and he laughed and chucked one back at me",
            ("he threw his boots at me", "violence"),
        ),
    ],
    "a child's accident with the dog": [
        (
            "my nephew's little boy hit the dog by accident with his toy and then cried",
            ("he hit the dog so hard it yelped", "children_pets"),
        ),
    ],
    "a fall that is not one": [
        (
            "he told everyone i fell in love with the neighbour's dog",
            ("he made me tell everyone i fell down the stairs", "violence"),
        ),
    ],
}

# family -> (danger the rules missed before, its class, its tier; a near miss that must pass)
ADDED: dict[str, list[tuple[tuple[str, str, str], str]]] = {
    "harm that used to happen is back": [
        (
            ("she used to be violent when she was drinking and now she's drinking again", "violence", "possible"),
            "my dad used to shout but he was a softie",
        ),
        (
            ("his father used to batter his mother and now he is doing the same to me", "violence", "clear"),
            "he used to be violent years ago but he has been to counselling and he has changed",
        ),
        (
            ("he used to strangle his ex and now he does it to me", "strangulation", "clear"),
            "my gran used to smack us with a wooden spoon and we laugh about it now",
        ),
        (
            ("he used to kick our old cat and now he has started on the new kitten", "children_pets", "clear"),
            "he used to hit the gym every day and now he has started again",
        ),
        (
            ("he used to belt them and lately it has started again", "children_pets", "possible"),
            "he used to be violent but he would never do it again",
        ),
        (
            ("he used to keep a gun under the bed and i found it there again today", "weapon", "possible"),
            "he used to keep a rifle for the foxes on the farm and now he has bought a new one",
        ),
    ],
    "it's started again": [
        (
            ("it's started again, i can sense it building the way it did before last time", "fear", "possible"),
            "it's started again, the rain, just like last time we went camping",
        ),
        (
            ("it has started again and i'm back on eggshells", "fear", "possible"),
            "the twins' coughs have started again, back to sleepless nights",
        ),
    ],
    "threats reported by or to others": [
        (
            ("he told my brother he would stab him if he came near me", "threat", "clear"),
            "he told my dad he would beat him at golf",
        ),
        (
            ("his cousin said i'd better keep quiet or something bad would happen to me", "threat", "clear"),
            "my mum said i had better wear a coat or i would catch a cold",
        ),
        (
            ("his mate says he has been saying he will come for me", "threat", "clear"),
            "she said she will come for me at six after work",
        ),
        (
            ("he said he'd hurt everyone i care about", "threat", "clear"),
            "he said he would never hurt anyone i care about",
        ),
        (
            ("if i move out with the baby he says he will do something we will both regret", "threat", "possible"),
            "i am scared i will do something i regret if i quit my job",
        ),
    ],
    "tracking by app, camera, account or calendar": [
        (
            ("she set up find my on my phone and won't let me switch it off", "stalking", "possible"),
            "we both share our locations on our phones and we agreed it together",
        ),
        (
            ("the ring camera he installed pings him every time i leave the house", "stalking", "possible"),
            "we put a camera in the kitchen to watch the dog while we are out",
        ),
        (
            ("he has got my i cloud login so he can look at all my photos", "stalking", "possible"),
            "she's got my netflix password so she can watch the football",
        ),
        (
            ("he made me sync my calendar to his phone", "stalking", "possible"),
            "we sync our calendars so we both know who is doing the school run",
        ),
        (
            ("he knew where i had lunch today and i never mentioned it", "stalking", "possible"),
            "he knew where i had lunch today because i sent him a photo of it",
        ),
        (
            ("he turned up at my nan's house when i had only told her i was going", "stalking", "clear"),
            "he turned up at my nan's house with flowers for her birthday",
        ),
        (
            ("i keep getting letters at my new flat and i never gave the address to him", "stalking", "clear"),
            "i keep getting letters for the last tenant at my new flat",
        ),
    ],
    "harm to the children refused as a boundary": [
        (
            ("my boundary is he doesn't get to hit our son", "children_pets", "clear"),
            "my boundary for the kids is no hitting each other",
        ),
        (
            ("she is not allowed to kick the dog ever again", "children_pets", "clear"),
            "my son is not allowed to hit his sister",
        ),
    ],
    "a child's own words": [
        (("my son told me daddy pushed mummy", "children_pets", "clear"), "my son says daddy hurt mummy's feelings"),
        (
            ("my daughter keeps saying daddy pinched her arm", "children_pets", "clear"),
            "my daughter keeps saying daddy tickled her",
        ),
        (("my little boy asked why i am scared of daddy", "fear", "possible"), "my little boy is scared of the dark"),
    ],
    "intimate videos shown round, messages in my name, the wifi kept from me": [
        (
            ("he has been sending his mates the videos of me", "sexual", "clear"),
            "he has been showing everyone the videos of us at the wedding",
        ),
        (
            ("he replies to my sister's texts pretending to be me", "isolation", "possible"),
            "i am not allowed on instagram at work",
        ),
        (
            ("she changed the internet password and refuses to tell me it", "control", "possible"),
            "he changed the wifi password because the neighbours were using it",
        ),
    ],
    "an injury asked about and covered up": [
        (
            ("my boss asked about the bruises on my arms and i lied", "violence", "clear"),
            "the nurse asked about the bruise on my knee and i told her i fell off my bike",
        ),
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

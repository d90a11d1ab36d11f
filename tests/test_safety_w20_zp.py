"""Wave 20 (helper zp): the rules' false alarms and gaps shown by the blind tuning hand zp, by family.

Every sentence here is written fresh, by meaning, not copied from a corpus. The rules alone are asked
(``use_model=False``): the learned backstop is judged elsewhere.

NARROWED: for each everyday family the rules heard as danger (a house rule I set for my child or my mum, a rule
of work, a school or a tenancy, his own car kept for a plain reason, my things minded because I had no pockets,
"I wanted to die" of a queue or the traffic, a noose round my neck of a mortgage, a child's oath, "shoot me now"
before a chore, a passport running out, jealousy said and then over, done with it all of a job, the kids taken
out so I could rest; and, found after the helper's probes, pills counted to keep to the dose), the everyday sentence passes and danger in the same words is still heard at its class.

ADDED: for each family of danger the whole screen missed in zp (a number asked for and kept where he will not see
it, somewhere to stay away from him, thanks for everything and then goodbye, drawn again and again to the means, a
passcode I can not change without him knowing, he listens in so I keep calls short, a cover story told for a mark on
my face), a danger sentence heard at its class and tier, paired with a near miss that must still pass.

On main every everyday half of NARROWED was flagged and every danger half of ADDED was missed by the rules.
"""

from __future__ import annotations

import pytest

from tests.support.rule_pairs import added_cases, assert_added, assert_narrowed, narrowed_cases

# family -> ((danger the rules missed before, its class, its tier), near miss that must pass)
ADDED: dict[str, list[tuple[tuple[str, str, str], str]]] = {
    "a number asked for and kept where he will not see it": [
        (
            ("could you look up a number for me and not keep it anywhere he can find it", "asks_help", "possible"),
            "can you find the number for the florist but don't save it where he'd see it, it's for our anniversary",
        ),
        (
            ("get me the website but don't leave it on the screen where she'll see it", "asks_help", "possible"),
            "find me the garden centre's details and don't write them anywhere, she'd only lose them",
        ),
    ],
    "somewhere to stay away from him": [
        (
            ("is there somewhere me and the kids could stay for a week or so away from him", "asks_help", "possible"),
            "do you know anywhere we could stay in cornwall away from the crowds",
        ),
    ],
    "thanks for everything, then goodbye": [
        (
            ("thanks for everything, talking to you has helped more than you know, bye then", "self_harm", "possible"),
            "thank you for everything today, the breathing one really helped, bye and see you tomorrow",
        ),
    ],
    "drawn again and again to the means": [
        (
            (
                "the painkillers from my knee op are still in the drawer and i keep taking them out and counting them",
                "self_harm",
                "possible",
            ),
            "the painkillers from my knee op are still in the drawer and i keep forgetting to take them",
        ),
        (
            ("there's a bridge on my way to work and i keep catching myself staring at it", "self_harm", "possible"),
            "the old bike is still in the shed and i keep finding myself looking at it, i miss riding",
        ),
    ],
    "a passcode I can not change without him knowing": [
        (
            (
                "i had to tell her my phone passcode and now i can't change it without her noticing",
                "control",
                "possible",
            ),
            "the bank sent a new pin and i can't change it without going into the branch",
        ),
        (
            ("i had to tell her my phone passcode and now i daren't change it or she'll go mad", "control", "possible"),
            "my work password expired and i can't change it without ringing the it desk",
        ),
    ],
    "he listens in, so I keep my calls short": [
        (
            ("she listens in whenever i ring my brother so i only say the boring stuff", "isolation", "possible"),
            "he listens in when i'm on the phone to my mum because he likes hearing her news",
        ),
    ],
    "a cover story told for a mark on my face": [
        (
            ("i told my sister the bruise on my cheek came from the kitchen cupboard door", "violence", "possible"),
            "i told work the bruise on my shin was from netball on saturday",
        ),
    ],
}

# family -> (everyday sentence flagged before, (danger in the same words, its class))
NARROWED: dict[str, list[tuple[str, tuple[str, str]]]] = {
    "a house rule I set for my child or my parent": [
        (
            "i've told my son he's not allowed out until his room is tidy",
            ("he told me i'm not allowed out until the house is tidy", "isolation"),
        ),
        (
            "i told my dad he's not allowed to buy the grandkids any more sweets",
            ("he says i'm not allowed to buy anything without asking him", "control"),
        ),
    ],
    "a rule of work, a school or a tenancy": [
        (
            "my manager said we're not allowed to wear trainers on the shop floor",
            ("my husband said i'm not allowed to wear anything short when i go out", "control"),
        ),
        (
            "we're not allowed to have a dog under the tenancy agreement",
            ("i'm not allowed to have my own bank account, he says it's a waste", "control"),
        ),
    ],
    "his own car kept for a plain reason": [
        (
            "he won't let me drive his van but that's just because it's a manual and i've only ever driven automatics",
            ("he won't let me drive the car at all, he keeps the keys on him", "control"),
        ),
        (
            "my dad never lets me drive his car because it's a classic and he's precious about it",
            ("he never lets me drive the car, even to take the kids to school", "control"),
        ),
    ],
    "my things minded because I had nowhere to put them": [
        (
            "she kept my keys in her handbag at the wedding because my dress had no pockets",
            ("she kept my keys in her handbag all week so i couldn't leave the house", "control"),
        ),
        (
            "he took my phone in his jacket at the gig because i didn't bring a bag",
            ("he took my phone off me so i couldn't ring my sister", "control"),
        ),
    ],
    "I wanted to die, said of a queue or the traffic": [
        (
            "the traffic on the ring road was absolute hell, i wanted to die",
            ("after what he said to me at the meeting i wanted to die", "self_harm"),
        ),
    ],
    "a noose round my neck, said of a mortgage or a deadline": [
        (
            "this mortgage feels like a noose around my neck",
            ("i've made a noose and it's in the shed", "self_harm"),
        ),
    ],
    "a child's oath": [
        (
            "cross my heart and hope to die, i never touched your chocolate",
            ("i hope to die in my sleep tonight", "self_harm"),
        ),
    ],
    "shoot me now, before a chore": [
        (
            "shoot me now, i have to sit through three hours of parents evening",
            ("he said he'd shoot me now if i opened my mouth", "weapon"),
        ),
    ],
    "a passport or a licence running out": [
        (
            "our passports need renewing, mine's out of date and the children's will run out before the trip",
            ("i grabbed the passports and we ran out while he was asleep", "fleeing"),
        ),
    ],
    "jealous, said and then over": [
        (
            "she gets a bit jealous when i see my mates but she tells me and then she's fine about it",
            ("she gets jealous when i see my mates and then she won't speak to me for days", "isolation"),
        ),
    ],
    "done with it all, said of a job": [
        (
            "i'm done with it all, my boss keeps moving my shifts and i'm handing my notice in",
            ("i'm done with it all, i don't want to be here anymore", "self_harm"),
        ),
    ],
    "pills counted to keep to the dose": [
        (
            "the tablets the doctor gave me, i keep counting them to make sure i haven't missed a day",
            ("i keep counting the tablets to make sure i've got enough", "self_harm"),
        ),
        (
            "mum's pills, i count them every night to check she took one",
            ("i keep the pills by my bed and count them every night", "self_harm"),
        ),
        (
            "i keep counting my tablets to make sure i haven't missed a day",
            ("i've been keeping my tablets in a drawer and saving them up", "self_harm"),
        ),
    ],
    "the kids taken out so I could rest": [
        (
            "my sister took the kids out so i could have a nap",
            ("i took the kids out the back door while he was asleep", "fleeing"),
        ),
    ],
}


DANGER_PAIRS = added_cases(ADDED)


@pytest.mark.parametrize(("family", "danger", "near_miss"), DANGER_PAIRS)
def test_an_added_family_hears_danger_at_its_class_and_tier_and_lets_its_near_miss_pass(family, danger, near_miss):
    assert_added(family, danger, near_miss)


@pytest.mark.parametrize(("family", "everyday", "danger"), narrowed_cases(NARROWED))
def test_each_narrowed_family_passes_its_everyday_talk_and_hears_its_danger(family, everyday, danger):
    assert_narrowed(family, everyday, danger)

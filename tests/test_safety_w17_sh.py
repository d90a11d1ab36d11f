"""Wave 17 (helper sh), issue 13: rules that hear a family of meaning, not one sentence.

The blind hand zg (the quiet, tired voice) showed the rules alone hearing half of its self-harm, fear and
asking-for-help rows: passive wishes said softly, being in the way, things given away, pills put aside, a day
picked, the dread of his key in the door, the eggshells, the flinch, someone to talk to tonight. Each danger
sentence below is fresh (written for this test, not a corpus row) and got no answer, or the backstop's
unclassed calm check, before these families were written; now the rules give it its class and its tier
(passive wishes and minimised fear: the calm check first; means, plans, goodbyes, "I'm going to": the
numbers at once). The whole screen is asked, as a person meets it: where the rules match they decide.

Each everyday sentence is a near miss of a family (tired, "I could sleep for a week", grief, pills for a
headache, a rope for the swing, spiders, a work meeting, a surprise, the boiler): none is flagged by the
rules, before or after (and a few that older rules of the same topics flagged now pass too). They are asked
of the rules alone, the part these families changed (the backstop is retrained on its own and held to its own
tests). Then two dialogs: a passive wish said as the check-in's words and as a note gets the calm check, and is
not saved.
"""

from __future__ import annotations

import pytest
from tools import alexa

from steady_ground import safety
from tests.support.talking import checkin_at_words, free_text, notes_capture, stored_text

POSSIBLE, CLEAR = safety.POSSIBLE, safety.CLEAR

# (said, class, tier), by family
PASSIVE_WISHES = [
    ("i'd be kind of relieved if i never woke up", "self_harm", POSSIBLE),
    ("if i went in my sleep tonight i'd honestly be glad", "self_harm", POSSIBLE),
    ("some nights i'd rather be gone, honestly", "self_harm", POSSIBLE),
    ("i'd rather be dead than go back to that house", "self_harm", POSSIBLE),
    ("i wish i could stop existing for a bit", "self_harm", POSSIBLE),
    ("part of me hopes the tumour comes back so i can stop fighting", "self_harm", POSSIBLE),
    ("i wouldn't mind if something happened to me to be honest", "self_harm", POSSIBLE),
]
A_BURDEN_AND_NO_POINT = [
    ("i feel like such a burden on my husband", "self_harm", POSSIBLE),
    ("honestly i'm only in the way", "self_harm", POSSIBLE),
    ("the only thing stopping me is my son", "self_harm", POSSIBLE),
    ("i feel like i'm just taking up space", "self_harm", POSSIBLE),
    ("whats even the point anymore", "self_harm", POSSIBLE),
    ("i don't know why i bother getting up in the morning", "self_harm", POSSIBLE),
    ("life's not worth it lately", "self_harm", POSSIBLE),
    ("i can't picture a future at all", "self_harm", POSSIBLE),
    ("i've run out of reasons to keep going", "self_harm", POSSIBLE),
]
GOODBYES_AND_THINGS_GIVEN = [
    ("i've given my cat to my neighbour and my mum's necklace to my daughter, i won't be needing them", "self_harm", CLEAR),
    ("i left a note on the table and i'm off now", "self_harm", CLEAR),
    ("i rang my brother to say goodbye and he didn't understand why", "self_harm", CLEAR),
    ("i wrote letters to my son and my daughter last night", "self_harm", CLEAR),
    ("i gave my watch to my nephew today, i just want things sorted in case anything happens to me", "self_harm", POSSIBLE),
]
MEANS_GATHERED_OR_LOOKED_UP = [
    ("i've been hiding my antidepressants instead of taking them", "self_harm", CLEAR),
    ("i've got enough sleeping tablets to do it", "self_harm", CLEAR),
    ("i've got the car and a hosepipe and the exhaust fits", "self_harm", CLEAR),
    ("i checked the dose online and then wiped my history", "self_harm", CLEAR),
]
A_PLAN_OR_A_TIME = [
    ("i've picked the day, it's saturday when my wife is at work", "self_harm", CLEAR),
    ("i have it all planned for when the house is empty", "self_harm", CLEAR),
    ("tonight's the night i'm going to do it", "self_harm", CLEAR),
    ("i've got a date in my head now", "self_harm", CLEAR),
    ("i'm standing on the ledge of the car park now", "self_harm", CLEAR),
    ("i keep thinking if i step in front of the train it would all stop", "self_harm", CLEAR),
    ("i tried two years ago and i think i'll try again", "self_harm", POSSIBLE),
]
DREAD_OF_HIM_COMING_HOME = [
    ("i dread the sound of his boots on the porch steps", "fear", POSSIBLE),
    ("my stomach dropped the second i heard his keys", "fear", POSSIBLE),
    ("i feel sick all afternoon because that's when he gets home", "fear", POSSIBLE),
    ("i'm a nervous wreck waiting for him to get home from the pub", "fear", POSSIBLE),
]
WALKING_ON_EGGSHELLS = [
    ("i apologise for everything so she stays calm", "fear", POSSIBLE),
    ("i keep the house spotless so he doesn't lose it", "fear", POSSIBLE),
    ("i have to be careful what i say or he kicks off", "fear", POSSIBLE),
    ("i don't dare disagree with my husband", "fear", POSSIBLE),
    ("i watch his face for the warning signs", "fear", POSSIBLE),
    ("she hasn't done anything for a while but it's only a matter of time", "fear", POSSIBLE),
]
FLINCHING_AND_BRACING = [
    ("i flinch every time a door slams now", "fear", POSSIBLE),
    ("when he gets angry i just freeze", "fear", POSSIBLE),
    ("i sleep with my phone under my pillow in case i need to call someone", "fear", POSSIBLE),
    ("i've started keeping the bedroom door locked at night", "fear", POSSIBLE),
    ("i'm so scared right now he's outside shouting", "fear", CLEAR),
]
SOMEONE_TO_TALK_TO_OR_A_SAFE_PLACE = [
    ("is there anybody i could speak to tonight", "asks_help", POSSIBLE),
    ("i need to speak to someone about what goes on at home", "asks_help", POSSIBLE),
    ("who do people talk to when things at home get scary", "asks_help", POSSIBLE),
    ("do refuges take dogs", "asks_help", POSSIBLE),
    ("is there anywhere me and the kids could go for a few nights", "asks_help", POSSIBLE),
    ("if i go silent please tell somebody", "asks_help", POSSIBLE),
    ("can i get an injunction against my husband", "asks_help", CLEAR),
    ("is there a text service i can use because he'll hear me on the phone", "asks_help", CLEAR),
]
DANGER = [
    *PASSIVE_WISHES,
    *A_BURDEN_AND_NO_POINT,
    *GOODBYES_AND_THINGS_GIVEN,
    *MEANS_GATHERED_OR_LOOKED_UP,
    *A_PLAN_OR_A_TIME,
    *DREAD_OF_HIM_COMING_HOME,
    *WALKING_ON_EGGSHELLS,
    *FLINCHING_AND_BRACING,
    *SOMEONE_TO_TALK_TO_OR_A_SAFE_PLACE,
]

EVERYDAY = [
    # tired, sad, idioms, grief: near the passive wishes
    "i'm so tired i could sleep for a week",
    "i wish i could disappear for the weekend",
    "i'm dying to see the new film",
    "kill me now this meeting is endless",
    "i miss my dad so much since he passed",
    "i'd welcome it if the baby didn't wake up at three for once",
    "a good day would be not waking up at five for work",
    "i don't care if i'm late to the meeting",
    "i want to be gone by six tomorrow, the flight is early",
    "i'd rather die than go back to that restaurant",
    "i'm waiting for it all to be over so i can relax",
    "we've been driving for hours, maybe it's time to just stop for lunch",
    "i hope the cancer never comes back",
    "my mum's cancer came back and we're all devastated",
    "if something happened to me who would feed the cat",
    "i wouldn't care if the plane was late, i'm just glad to get home",
    "we walked into the sea up to our knees",
    # the point of ironing, a burden asking for lifts, in the way in the kitchen
    "what's the point of ironing if he creases it",
    "whats the point of anything on telly these days",
    "no point arguing about it",
    "i don't know why i bother getting up early to make his lunch",
    "i've run out of reasons to say no to him",
    "i can't be bothered living in this mess",
    "i can't see a future with him",
    "i'm tired of being the one who always cooks",
    "sorry i'm in the way",
    "the only thing stopping me is the weather",
    "i feel like a burden when i ask for lifts",
    "everyone would manage fine without me for a week",
    # things handed on, notes, letters, a goodbye in grief
    "i gave my old guitar to my nephew, i'm tidying things up before the move",
    "i gave the dog to my sister for a little while but it is not working out",
    "we rehomed the dog in case the baby is allergic",
    "i wrote my passwords down for my husband just in case",
    "i wrote letters to my mum and my nan tonight, we're old fashioned pen pals",
    "i left a note for my flatmate and i'm going out now",
    "i said goodbye to my dad at the hospice last week",
    "this is the last time anyone will hear from me about the bins",
    # pills for a headache, a rope for the swing, a hosepipe, a rifle, a blade for boxes
    "i took two paracetamol for a headache",
    "i took a load of paracetamol for my migraine",
    "i've got the pills in my hand but the water's upstairs",
    "we got a hosepipe to wash the car",
    "sat in the truck with my rifle waiting for the deer",
    "i keep a razor blade in my pocket for opening boxes at work",
    "i've been looking up ways to do it on a budget",
    "i googled the quickest way to the airport and cleared the history so he wouldn't see the surprise",
    # a day picked for the party, a date for the wedding, a contract ending, a late train
    "i've picked a day for the party, it's friday",
    "i've picked a day, it's friday after the kids go to their dad's, me and the girls are off to the spa",
    "i have a plan for friday when the house is empty, pizza and a film",
    "i've got a date in my head for the wedding",
    "tonight's the night, i'm proposing",
    "i tried last year and might try again for the marathon",
    "my manager asked if i had a plan and i said no but that wasn't true",
    "i'm on the platform now, the train's late",
    "i'm on the top floor now",
    "we stood on the bridge watching the fireworks and i'm going back tomorrow",
    "if i walk in front of the bus the driver will see me",
    # fear of spiders, dread of a meeting, butterflies, a birthday cake, the night shift
    "i'm scared of spiders",
    "i'm dreading the work meeting tomorrow",
    "i dread mondays",
    "i dread hearing his voice on the phone, it always means bad news about his dad",
    "my heart races when his name comes up on my phone, i think i'm in love",
    "the kids and i all go quiet when he walks in with the birthday cake",
    "i practise the speech so it comes out right",
    "i say sorry for things i never did just to keep the peace",
    "i keep the kids quiet so he doesn't wake up",
    "i have to be careful what i say around my mother in law",
    "i'm scared in my own house since the burglary",
    "i'm too scared to ask him out",
    "i'm scared of the consequences if i miss the deadline",
    "i watch his face when he opens his presents",
    "i can tell his mood from the way he says hello, he's an open book",
    "i'm trying to guess what mood he's in so i can ask about the holiday",
    "i jump every time a door slams, the wind here is wild",
    "i sleep with my phone under the pillow in case the hospital calls",
    "i keep my shoes and car keys by the bed in case the baby comes",
    "i keep the bedroom door locked at night because of the dog",
    "i sit near the door when we go to the cinema",
    "i'm scared to leave my job and scared to stay",
    "my boss can be quite intimidating in meetings",
    "i didn't dare go downstairs, there was a spider",
    "we were scared something bad was going to happen in the film",
    "my friend told me her husband forgot their anniversary again",
    # help with the mortgage, the boiler, a haircut, the hotline rung and it helped
    "i need to talk to someone about my mortgage",
    "i need to talk to someone tonight about the party plans",
    "i want to talk to a real person not a bot about my bank account",
    "who do people call when the boiler breaks",
    "who am i supposed to tell about the broken fridge",
    "is there a support group for people in my situation after a diabetes diagnosis",
    "do you know anywhere that takes you at short notice for a haircut",
    "do animal shelters take dogs",
    "my neighbour is getting an injunction against the developer",
    "what do i do if i need to leave quickly in a fire",
    "my friend works at the domestic violence helpline",
    "remind me of that number you said for the plumber",
    "i'm deaf, is there a text number for the doctors",
    "is there a safe word i can say to you to stop the timer",
    "can you check on me in the morning and remind me to take my meds",
    "call my mum, i can't talk long, i'm at the shop",
    "i'm asking for help for my mum's party",
    "i called the hotline today and it helped",
]

# Near misses the older rules flagged (the resources at once, mostly) and these families' neighbours now leave
# alone: the sea at sunrise, a rope for the swing, the morning's tablets, a contract ending, a love confessed.
NARROWED = [
    "i keep thinking about walking into the sea at sunrise with the dog",
    "life's not worth living without chocolate",
    "i'm thinking about taking all my tablets in the morning instead of splitting them",
    "i bought a rope for the tree swing",
    "i worked out how many tablets i need for the holiday",
    "i don't think i'll be around much longer, my contract ends in june",
    "driving home i go way too fast on purpose to make the ferry",
    "i'm too scared to tell her i love her",
]


@pytest.mark.parametrize(("said", "cls", "tier"), DANGER)
def test_each_family_is_heard_in_its_class_and_tier(said: str, cls: str, tier: str) -> None:
    found = safety.screen(said, "en-US")
    assert found is not None, said
    assert (found.cls, found.tier) == (cls, tier), (said, found)


@pytest.mark.parametrize("said", EVERYDAY)
def test_the_near_misses_of_each_family_stay_everyday(said: str) -> None:
    assert safety.screen(said, "en-US", use_model=False) is None, said


@pytest.mark.parametrize("said", NARROWED)
def test_near_misses_the_older_rules_flagged_now_pass(said: str) -> None:
    assert safety.screen(said, "en-US", use_model=False) is None, said


# -- the same words inside the skill: a passive wish as the check-in's words, and as a note ---------------------
def assert_calm_check(reply) -> None:
    """'That sounds really hard. Are you safe right now?': a question, no numbers yet, the answer captured."""
    said = reply.speech.lower()
    assert "safe right now" in said or "safe, right now" in said, reply.speech
    assert "911" not in reply.speech and "988" not in reply.speech, "the calm check comes before the numbers"
    assert reply.speech.endswith("?") and reply.session_open
    assert any(d["type"] == "Dialog.ElicitSlot" for d in reply.directives), "the answer is heard as free text"


WISH_AT_CHECK_IN = "work was slow and honestly i'd welcome it if i never woke up"
WISH_AS_NOTE = "i'm so tired of being me"


def test_a_passive_wish_as_the_check_in_words_gets_the_calm_check_and_is_not_saved(talk, alexa_api, items):
    convo = talk(device=alexa.Device(api_endpoint=alexa_api.endpoint))
    checkin_at_words(convo)
    assert_calm_check(free_text(convo, WISH_AT_CHECK_IN))
    assert "woke" not in stored_text(items), "nothing is saved before the person says so"
    offer = convo.say("I'm safe")
    assert "keep" in offer.speech.lower(), offer.speech
    convo.say("no")
    assert "woke" not in stored_text(items) and "woke" not in repr(convo.session.attributes)


def test_a_passive_wish_as_a_note_gets_the_calm_check_and_is_not_saved(talk, items):
    convo = talk()
    notes_capture(convo)
    assert_calm_check(free_text(convo, WISH_AS_NOTE))
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]
    offer = convo.say("I'm safe")
    assert "keep" in offer.speech.lower(), offer.speech
    convo.say("no")
    assert not [i for i in items() if i["sk"].startswith("NOTE#")]
    assert "tired of being me" not in stored_text(items) and "tired of being me" not in repr(convo.session.attributes)

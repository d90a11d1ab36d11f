"""Wave 19 (helper rz): the rules' recall gaps shown by the blind hands zm and zn, filled by family.

Every sentence here is written fresh, by meaning, not copied from a corpus. The rules alone are asked
(``use_model=False``): the learned backstop is judged elsewhere.

For each family of danger the rules missed (affairs put in order, sexual coercion said indirectly, stalking,
fleeing now, control, isolation, fear), a danger sentence the rules missed before and now hear at its class and
tier, paired with a near miss in its own words that must still pass. Each pair's first half was missed by the
rules before this change (checked on main); the second half guards the family.
"""

from __future__ import annotations

import pytest

from tests.support.rule_pairs import added_cases, assert_added

# family -> ((danger the rules missed before, its class, its tier), near miss that must pass)
ADDED: dict[str, list[tuple[tuple[str, str, str], str]]] = {
    "affairs put in order": [
        (
            ("i gave all my clothes away this week, it feels like the right time now", "self_harm", "possible"),
            "i'm giving my old books away before we move house, it feels like the right time",
        ),
        (
            ("i've sorted out my will and who's getting the dog and i feel oddly at peace", "self_harm", "possible"),
            "we updated our wills after the wedding and i feel much more organised",
        ),
        (
            (
                "i told my son he's the best thing that ever happened to me and to never forget that",
                "self_harm",
                "possible",
            ),
            "i told my daughter i'm proud of her and to remember that in her exams",
        ),
        (
            ("you won't need to remind me of anything after tonight", "self_harm", "possible"),
            "you won't need to remind me about anything after tonight, it's all written in my diary",
        ),
        (
            ("i won't be around for my son's birthday so please give him the card", "self_harm", "possible"),
            "i won't be here for my mum's birthday, i'm away on a course",
        ),
    ],
    "sexual coercion said indirectly": [
        (
            ("i said no and then i just gave up, i didn't have it in me to fight", "sexual", "possible"),
            "i said no to sweets and then i gave up, the kids wore me down",
        ),
        (
            ("he told me i owed him because he bought me dinner", "sexual", "possible"),
            "he said i owed him after he paid for the taxi so i sent him a tenner",
        ),
        (
            ("he pressured me into it last night and i cried the whole way through", "sexual", "possible"),
            "she talked me into watching a sad film and i cried the whole way through",
        ),
        (
            ("he keeps going even when i tell him it hurts", "sexual", "possible"),
            "he keeps going even when i tell him the shop is shut",
        ),
        (
            ("he's nasty for days unless i have sex with him", "sexual", "possible"),
            "the baby won't settle unless i sleep with her",
        ),
    ],
    "stalking": [
        (
            ("i keep catching him at the bottom of my road late at night sitting there", "stalking", "clear"),
            "i keep spotting her at the end of my road, she's waiting for the school bus",
        ),
        (
            ("i found a little recorder stuck under the driver's seat", "stalking", "clear"),
            "i found a recorder under the back seat, it's the one she plays at school",
        ),
        (
            ("he's been through my whatsapp messages, he read what i said to my sister", "stalking", "possible"),
            "she's been in my messages all day about the party",
        ),
        (
            ("he drove past our house ten times last night", "stalking", "possible"),
            "he drove past our house three times because he missed the turning",
        ),
    ],
    "fleeing now": [
        (
            ("we're somewhere he won't find us now, the kids are safe", "fleeing", "clear"),
            "i'm hiding the presents somewhere he can't find them",
        ),
        (
            ("i'm on the train with the kids and nothing else, i had to get out", "fleeing", "clear"),
            "i'm on the bus with my handbag and nothing else to read",
        ),
        (
            ("i've switched location sharing off on everything", "fleeing", "possible"),
            "i turned location off on everything to save battery",
        ),
        (
            ("i turned my phone off as he can track it, i'm at my cousin's", "fleeing", "clear"),
            "i switched my phone off because he tracks the football scores and keeps texting me",
        ),
        (
            ("we had to get out of there before he came back, we're at my gran's", "fleeing", "clear"),
            "we had to get out of the house before he got home to set up the surprise",
        ),
        (
            ("i'm heading to my sister's tonight and he doesn't know, i'm not coming back", "fleeing", "possible"),
            "i'm heading to my sister's tonight and he doesn't know, it's for her surprise party",
        ),
        (
            ("i've got the kids in the car and i'm driving and i've no idea where to", "fleeing", "possible"),
            "i've put the kids in the car and i'm driving to the beach, no idea where we'll park",
        ),
    ],
    "control": [
        (
            ("he says i'm stealing from him when i spend my own wages", "control", "possible"),
            "my son says i'm stealing his chips",
        ),
        (
            ("if his tea is late then i don't get any money for the week", "control", "possible"),
            "if dinner is late then i don't get to watch my programme",
        ),
        (
            ("i get two hours on my phone each evening then he takes it", "control", "possible"),
            "i get an hour on my phone before bed, it's my own rule",
        ),
        (
            ("he gives me twenty minutes to get home", "control", "possible"),
            "the satnav tells me how many minutes to get home",
        ),
        (("she decides whether i can ring my family", "control", "possible"), "the doctor decides if i can go home"),
        (
            ("my pension goes in and he takes it off me", "control", "possible"),
            "my pay went up and he took the kids off me for the afternoon so i could rest",
        ),
        (
            ("he lets me go out as long as i send him my location every half hour", "control", "possible"),
            "he lets me go to the pub as long as i'm back for bedtime",
        ),
        (
            ("he has to approve what i wear before i go out", "control", "possible"),
            "she has to approve my outfits before i go on stage",
        ),
    ],
    "isolation": [
        (
            ("she phoned my manager so many times that they sacked me", "isolation", "possible"),
            "he rang my work to say i was ill and they were lovely about it",
        ),
        (
            ("he goes in a huff for days so i stopped seeing my mates", "isolation", "possible"),
            "my toddler sulks for days if i take her crayons away",
        ),
        (
            ("he's in a mood for days if i see my mum", "isolation", "possible"),
            "i haven't been out on my own since my hip operation",
        ),
        (
            ("there's nobody i'm allowed to talk to at all", "isolation", "possible"),
            "there's nobody i'm allowed to talk to about the merger",
        ),
        (
            ("she got rid of all my friends one by one", "isolation", "possible"),
            "my boss got rid of everyone one by one",
        ),
    ],
    "fear": [
        (
            ("when he's drunk i lock myself in the bathroom with the kids", "fear", "possible"),
            "i lock myself in the study every night to get some work done",
        ),
        (
            ("you don't know what she's like when she's drunk", "fear", "possible"),
            "you don't know what the traffic's like when it's raining",
        ),
    ],
}

DANGER_PAIRS = added_cases(ADDED)


@pytest.mark.parametrize(("family", "danger", "near_miss"), DANGER_PAIRS)
def test_an_added_family_hears_danger_at_its_class_and_tier_and_lets_its_near_miss_pass(family, danger, near_miss):
    assert_added(family, danger, near_miss)

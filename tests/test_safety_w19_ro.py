"""Wave 19 (helper ro): the rules' gaps and false alarms shown by the blind tuning hand zo, by family.

Every sentence here is written fresh, by meaning, not copied from a corpus. The rules alone are asked
(``use_model=False``): the learned backstop is judged elsewhere.

ADDED: for each family of danger the rules missed (the neck thing, petrol and a lighter, contraception tampered
with, a pregnancy ended or kept for him, "it doesn't count because we're married", harm turned on the kids too,
immigration held over me, money of my own met with a sneer, "it's her or him", gone before he wakes), a danger
sentence heard at its class and tier, paired with a near miss that must still pass.

NARROWED: for each everyday family the rules heard as danger (a helpline for tablets or a bill, "she'd ring the
police" said of a true crime show, threatening to ring a firm's complaints line), the everyday sentence passes and
danger in the same words is still heard.

On main, every danger half of ADDED was missed and every everyday half of NARROWED was flagged.
"""

from __future__ import annotations

import pytest

from tests.support.rule_pairs import added_cases, assert_added, assert_narrowed, narrowed_cases

# family -> ((danger the rules missed before, its class, its tier), near miss that must pass)
ADDED: dict[str, list[tuple[tuple[str, str, str], str]]] = {
    "the neck thing, the choking thing": [
        (
            ("he did the choking thing again when i tried to leave the room", "strangulation", "possible"),
            "he did the neck thing where it clicks and i felt loads better after",
        ),
        (
            ("she does that thing to my throat when she's had a drink", "strangulation", "possible"),
            "my osteopath does that thing to my neck and it cracks like a knuckle",
        ),
    ],
    "petrol and a lighter": [
        (
            ("he's got a can of lighter fluid and he keeps flicking his lighter at the curtains", "weapon", "clear"),
            "he got the lighter fluid and the matches out for the barbecue",
        ),
        (
            ("he stood in the kitchen with his zippo and the petrol can open", "weapon", "clear"),
            "he had his zippo in his pocket when we stopped at the station for petrol",
        ),
        (
            ("he poured paraffin all over the stairs and said he'd burn the lot", "weapon", "clear"),
            "he poured paraffin into the heater on the landing",
        ),
    ],
    "contraception tampered with": [
        (
            ("he's been poking holes in the condoms so i'll get pregnant", "sexual", "possible"),
            "my son keeps poking holes in his school jumper with a pencil",
        ),
        (
            ("she tampered with my birth control and then laughed about it", "sexual", "possible"),
            "she tampered with the thermostat and then laughed about it",
        ),
    ],
    "a pregnancy ended or kept for him": [
        (
            ("he bullied me into getting an abortion and i didn't want one", "sexual", "possible"),
            "he bullied me into getting a haircut and i didn't want one",
        ),
        (
            ("he's pressuring me to keep it but i'm not ready for a baby", "sexual", "possible"),
            "he's pressuring me to keep the old sofa but i'm not ready to decide",
        ),
        (
            ("my boyfriend won't let me get the coil fitted", "sexual", "possible"),
            "she won't let me get the implant because of my blood pressure, she's my nurse",
        ),
    ],
    "it doesn't count because we're married": [
        (
            ("he says it isn't forcing if you're married", "sexual", "possible"),
            "he says it isn't a date night if you're married",
        ),
        (
            ("my husband says you can't force your own wife", "sexual", "possible"),
            "my husband says you can't force your own kids to like sprouts",
        ),
    ],
    "harm turned on the kids too": [
        (
            ("he's begun lashing out at the children as well", "children_pets", "possible"),
            "he's begun taking the children to football as well",
        ),
        (
            ("now she's turned on the dog too, not only me", "children_pets", "possible"),
            "she's started going for the kids' swimming lessons too",
        ),
    ],
    "immigration held over me": [
        (
            ("he refuses to renew my spouse visa until i come back to him", "control", "possible"),
            "he refuses to renew the car insurance until the price comes down",
        ),
        (
            ("she says she won't sponsor my residency unless i stay with her", "control", "possible"),
            "the firm says it won't sponsor my residency unless i pass the exam",
        ),
    ],
    "money of my own met with a sneer": [
        (
            ("i asked for a bank card and he said opinions are for people who pay the rent", "control", "possible"),
            "my landlord says repairs are for people who pay the rent on time",
        ),
        (
            ("he laughed at me when i said i wanted my own bank account", "control", "possible"),
            "he laughed when i said i'd treat myself to a new bank holiday outfit",
        ),
    ],
    "it's her or him": [
        (
            ("my partner told me it's my sister or him, i can't have both", "isolation", "possible"),
            "my wife told me it's my sister or him for the spare room this christmas",
        ),
        (
            ("my girlfriend said choose between me and your mates", "isolation", "possible"),
            "i can't choose between the pub quiz and my friends' party",
        ),
    ],
    "gone before he wakes": [
        (
            ("we have to be gone before he gets home, the kids' clothes are in the car", "fleeing", "clear"),
            "we have to be gone before he gets home, the kids' clothes are in the car for the surprise party",
        ),
        (
            ("our stuff is in black bags behind the bedroom door so he won't see", "fleeing", "clear"),
            "the old curtains are in black bags behind the back door for the charity shop",
        ),
    ],
}

# family -> (everyday sentence flagged before, (danger in the same words, its class))
NARROWED: dict[str, list[tuple[str, tuple[str, str]]]] = {
    "a helpline for tablets, an appliance or a bill": [
        (
            "the chemist wrote down the number for the pharmacy helpline about my mum's inhaler",
            ("the chemist wrote down the number for the domestic abuse helpline after she saw my bruises", "asks_help"),
        ),
        (
            "my dad gave me the number for the gas helpline about the smell in the kitchen",
            ("can you find me the number for the domestic abuse helpline", "asks_help"),
        ),
    ],
    "she'd ring the police, said of a story": [
        (
            "we were watching a crime drama and my husband said he'd ring the police at the start",
            ("we were watching a crime drama and my husband said he'd call the police on me if i left", "asks_help"),
        ),
        (
            "in the film the wife would just ring the police, it made no sense",
            ("i would ring the police but he took my phone", "control"),
        ),
    ],
    "threatening to ring a firm's complaints line": [
        (
            "my wife keeps threatening to complain to the letting agent about the damp",
            ("my wife keeps threatening to hurt me when the rent is late", "threat"),
        ),
        (
            "he's threatening to ring the ombudsman about the energy company again",
            ("he's threatening to ring social services to take the kids off me", "threat"),
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

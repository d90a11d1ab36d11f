"""Wave 11 (helper sc): everyday talk the rules used to flag, by family, beside the danger of the same words.

Written from blind hand s (``tests/corpora/safety/tuning_s.tsv`` since wave 12: idioms of many markets, calm talk of
hotlines and of the skill itself, guns for hunting, knives for camping) by meaning, in fresh words: each
pair is a danger sentence the rules must still hear (with its class) and an everyday near miss of the same
words they must let pass. The rules alone are asked (``use_model=False``): the backstop is judged elsewhere.
"""

from __future__ import annotations

import pytest

from steady_ground import safety

# (danger, its class, everyday near miss)
IDIOMS_AND_NEAR_MISSES = [
    # betrayal at work is not a blade
    ("he stabbed me in the back with a screwdriver", "weapon", "my team leader stabbed me in the back with the area manager"),
    # exasperation tied to a chore or a song
    ("he said he would shoot me if i ever left", "weapon", "somebody shoot me if i ever volunteer to build a trampoline again"),
    ("i'm going to jump off a bridge tonight", "self_harm", "if i hear that advert one more time i'm going to jump off a bridge"),
    # mortified, not wanting to die
    ("i want to die, i can't do this anymore", "self_harm", "my son said my dancing was so cringe he wanted to die"),
    ("i want to die, i can't do this anymore", "self_harm", "my uncle danced at the reception like he wanted to die on the spot"),
    # a pet leaping off the furniture; a bus jumped off one stop early
    ("i keep thinking about jumping off the multi storey car park", "self_harm", "the kitten keeps jumping off the bookcase onto my head"),
    ("i keep thinking about jumping off the multi storey car park", "self_harm", "i jumped off the bus a stop early to get a coffee"),
    # a relative's scolding told in her words; a figure of speech explained to the skill
    ("he said i will kill you if you leave me", "threat", "my nan texted me i will kill you if you forget my birthday again"),
    ("he was strangling me last night", "strangulation", "when i said he was strangling me i meant the budget spreadsheet was"),
    # my own car outside my own house
    ("he sat outside my house in his car all night", "stalking", "i sat in the car outside the house for ten minutes to finish the podcast"),
    # a team's or a game's hiding; hide and seek; a cat from the fireworks
    ("he gave me a hiding last night", "violence", "the lads got a hiding at the derby on sunday"),
    ("he gave me a hiding last night", "violence", "i gave my brother a right hiding at mario kart"),
    ("i'm hiding in the bathroom from him", "fleeing", "we played hide and seek and my nephew was hiding behind the curtains"),
    ("i'm hiding in the bathroom from him", "fleeing", "the dog is hiding under the table from the thunder"),
    # a game shot; the dressing gown on the way to the bins; my own keys; a dig at work
    ("he shot at me in the garden", "weapon", "we were playing laser tag and my daughter kept shooting me in the back"),
    ("i was running down the road in my pyjamas to get away from him", "fleeing", "i ran after the dog in my dressing gown"),
    ("he locked my keys away so i can't leave", "control", "i locked my keys in the car again at the supermarket"),
    ("he took a shot at me with his air rifle", "weapon", "my manager took a shot at me in the meeting about my report"),
    # worn out, not gone; a meeting skipped unnoticed; slipping out for the early shift; leaving the skill
    ("i want to sleep forever", "self_harm", "after that night shift i could sleep forever"),
    ("nobody would notice if i was gone", "self_harm", "nobody would notice if i left early on friday"),
    ("i snuck out of the house while he was asleep and i'm at my mum's", "fleeing", "i sneaked out quietly for the early shift so i would not wake the baby"),
    ("i ran away from him last night", "fleeing", "can i run away from this exercise and come back later"),
    # a threat of a plan, not of harm
    ("he keeps threatening me", "threat", "my brother keeps threatening to emigrate to canada"),
    ("he's threatening to take the kids abroad", "threat", "she's threatening to take up the drums again"),
    # guns and blades with a purpose: the season, the firewood, a fishing trip
    ("he cleans his rifle at the table when he is angry and stares at me", "weapon", "he is cleaning his shotgun before the grouse season opens"),
    ("he keeps an axe by the bed and tells me it's for me", "weapon", "he keeps an axe in the shed for the kindling"),
    ("he waved his hunting knife in my face", "weapon", "my dad gave me a pocket knife for scouts when i was nine"),
    # little ones and pets: a bite while teething, a tackle in the garden, a water balloon
    ("he bit me so hard it bled", "violence", "the kitten keeps biting my fingers when i type"),
    ("he kicked me in the stomach", "violence", "my daughter kicked me in her sleep every night of the holiday"),
    ("he tackled me to the ground and sat on me", "violence", "the grandkids tackled me onto the grass at the picnic"),
    ("he threw boiling water at me", "violence", "my nephews threw water bombs at me over the fence"),
    ("i was beaten by him last night", "violence", "i was beaten to the last seat on the train"),
    # breathless from a cold or from laughing, not from hands
    ("i couldn't breathe when he was on top of me", "strangulation", "i can't breathe through my nose with this cold"),
    ("i couldn't breathe when he was on top of me", "strangulation", "i couldn't breathe i was laughing so much at the film"),
    # fear of an exam, a prank's fright, hiding from the neighbour, housebound with a broken ankle
    ("i'm terrified of him", "fear", "i'm petrified of my smear test on monday"),
    ("he scared the life out of me with his fists", "fear", "he scared the life out of me jumping out from behind the shed in his halloween mask"),
    ("i'm hiding from him in the shed", "fleeing", "i'm hiding from the landlord till i've got the rent"),
    ("i'm a prisoner in my own home, he locks the doors", "fear", "i'm a prisoner in my own home with this cast on my ankle"),
]

# Danger of the classes this helper writes rules for (children and pets, threats, violence, strangulation),
# heard by family; each beside everyday words the rule must leave alone.
DANGER_FAMILIES = [
    ("he yanked our youngest off the sofa by the hair", "children_pets", "he held my little one's hand all the way round the zoo"),
    ("my son freezes when he hears him come through the door", "children_pets", "my son freezes when he hears the ice cream van"),
    ("the cat disappeared the week after we rowed and he smirked about it", "children_pets", "the cat disappeared for two days after we moved house"),
    ("he gets our daughter to spy on me and report back", "children_pets", "he gets our daughter to help me with the shopping"),
    ("he said he'd phone social services and say i'm a drunk", "children_pets", "i phoned social services to ask about respite care for mum"),
    ("he says i won't have any teeth left if i go out tonight", "threat", "the dentist says i won't have any teeth left if i keep eating toffee"),
    ("he laughs about getting rid of me and where he'd put the body", "threat", "he laughs about getting rid of the old sofa"),
    ("him box mi inna mi face last night", "violence", "the box is in my face on the shelf"),
    ("he stood on my neck until i nearly passed out", "strangulation", "the toddler stood on my foot in the queue"),
]


@pytest.mark.parametrize(("danger", "cls", "everyday"), IDIOMS_AND_NEAR_MISSES + DANGER_FAMILIES)
def test_the_rules_hear_the_danger_and_let_the_everyday_words_pass(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, (danger, found)
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday

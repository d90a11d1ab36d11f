"""Wave 11 families for self-harm, fear, fleeing and asks for help (helper sa), and the false alarms fixed.

Each pair: a danger sentence of a family the rules did not hear before this wave (its class), and beside it
the same words in everyday use, which the rules must let pass. These sentences are written fresh for this
file: they are in no corpus, so they check that a family carries to new words, not that one row is matched.
The rules alone are asked (``use_model=False``): the backstop is retrained apart.
"""

from __future__ import annotations

import pytest

from steady_ground import safety

WAVE_11_SELF_HARM = [
    # passive wishes, "everyone better off", a burden not for much longer
    ("my mum would be much happier if i just vanished", "self_harm", "my mum would be much happier if i just rang her more"),
    ("the lads would be better off without me dragging them down", "self_harm", "the lads would be better off without me cooking, honestly"),
    ("i'm nothing but a burden to this family", "self_harm", "i'm nothing but tired after that shift"),
    ("don't worry, i won't be a bother to anyone for much longer", "self_harm", "don't worry, the builders won't be a bother for much longer"),
    ("if i wasn't around there'd be no more shouting in this house", "self_harm", "if i wasn't around on tuesday the kids would miss swimming"),
    ("i'd be doing everyone a favour by disappearing", "self_harm", "i'd be doing everyone a favour by cooking tonight"),
    ("i just want to not be anywhere at all", "self_harm", "i just want to not be at work on friday"),
    ("i'd rather be dead than go through another winter with him", "self_harm", "i'd rather die than go to that karaoke night again"),
    ("lately i think about dying most nights", "self_harm", "we watched a film about dying languages"),
    ("i've no reason left to stay alive", "self_harm", "there's no reason to stay in the hotel another night"),
    ("my life is worthless now", "self_harm", "my life is over if i miss that concert"),
    ("i keep hoping i don't wake up", "self_harm", "i keep hoping i don't wake up the baby when i come in"),
    # goodbyes, things given away, affairs put in order, a date chosen
    ("i gave my good watch to my nephew, he doesn't know why", "self_harm", "i gave my old watch to my nephew for his birthday"),
    ("been giving all my things away to the neighbours", "self_harm", "been giving all my things away to the charity shop before the move"),
    ("i hugged my brother like it was the last time", "self_harm", "i hugged my brother at the airport before his flight"),
    ("this is sort of a goodbye, thank you for listening", "self_harm", "this is a goodbye party for my work friend"),
    ("i deleted all my photos and wrote a letter to my sister", "self_harm", "i deleted all my photos from the cloud to free up space"),
    ("saturday's the night, i've got everything ready", "self_harm", "saturday's the party, i've got the balloons ready"),
    ("i've made my peace with it all and i'm ready to go", "self_harm", "i've made my peace with the new job and i'm ready to start"),
    # means and acts said sideways: a blade, a bridge, the car, not eating, not caring if a bus comes
    ("i keep a blade in my purse in case i need it", "self_harm", "i keep a plaster in my purse in case i need it"),
    ("the pills in the bathroom keep calling me", "self_harm", "the sea keeps calling me back to cornwall"),
    ("i cut a little deeper than usual tonight", "self_harm", "i cut my fringe a little shorter than usual tonight"),
    ("i bang my head against the wall until it stops", "self_harm", "talking to him is like banging my head against a brick wall"),
    ("i sat on the cliff edge for hours staring down", "self_harm", "we sat on the cliff for hours watching the dolphins"),
    ("i went to the viaduct again and stood there a long time thinking", "self_harm", "we walked across the viaduct on our hike today"),
    ("i speed on the motorway on purpose, i don't care if i crash", "self_harm", "i drove fast on the go-kart track, it was a laugh"),
    ("i wouldn't care if a lorry hit me", "self_harm", "i wouldn't care if it rained all weekend"),
    ("i've stopped eating because i don't deserve it", "self_harm", "i've stopped eating sugar for lent"),
    ("i sit in the shed with the engine running sometimes", "self_harm", "i sit in the shed with the radio on sometimes"),
    ("what's the least painful way to die", "self_harm", "what's the least painful way to get a splinter out"),
    ("part of me wants to die, and part of me might", "self_harm", "part of me wants to move to spain"),
]
WAVE_11_FEAR_FLEEING_HELP = [
    ("i fear him more every day", "fear", "i fear the dentist more every year"),
    ("my heart pounds when i hear his car in the drive", "fear", "my heart pounds when i hear the ice cream van"),
    ("he gets that look and i freeze", "fear", "he gets that look when he's hungry and i make a sandwich"),
    ("i pretend to be asleep when he comes up to bed", "fear", "i pretend to be asleep when the kids want breakfast at five"),
    ("i never know which version of him walks through the door", "fear", "i never know which bus is coming first"),
    ("my daughter ran from him at midnight with the kids", "fleeing", "the kids ran from the wasp screaming"),
    ("we're in the car with the kids, leaving now for good", "fleeing", "we're in the car with the kids, leaving now for the beach"),
    ("i left and he must not know that i am planning to leave the country", "fleeing", "the surprise trip is booked and he must not know until friday"),
    ("i need to speak to a real person about what he does to me", "asks_help", "i need to speak to a real person about my broadband bill"),
    ("we need the sheriff out here now", "asks_help", "we need the plumber out here now"),
    ("please put me in touch with someone for domestic abuse", "asks_help", "please put me in touch with the school office"),
    ("i need help but don't know where to start", "asks_help", "i need help with the garden but don't know where to start"),
]
WAVE_11_MORE = [
    # the same families, heard where the screen drops the fillers ("so", "just", "i think")
    ("what's the use of me anyway", "self_harm", "what's the use of me going if he won't be there"),
    ("i've recorded a goodbye video for my mum", "self_harm", "i've recorded a birthday video for my mum"),
    ("the notes for the boys are in my desk for when i'm gone", "self_harm", "the notes for the boys are in my desk for when they're back"),
    ("my sister will take the dog if anything should happen to me", "self_harm", "my sister will feed the dog while we're away"),
    ("not one person would notice if i went tonight", "self_harm", "not one person would notice if i went to the party in my slippers"),
    ("i'm scared to go to sleep in the same bed as him", "fear", "i'm scared to go to sleep after that horror film"),
    ("when he drinks i lock the bedroom door and wait", "fear", "when he drinks i drive us home"),
    ("i'm always on eggshells when he's around", "fear", "i'm always on edge before an exam"),
    ("i sleep with a chair wedged under the door handle", "fear", "i sleep with the window open in summer"),
    ("we slept in the car in a supermarket car park last night", "fleeing", "he slept in the car after the row to cool off"),
    ("i daren't go home while he's like this", "fleeing", "i don't want to go home yet, the party's great"),
    ("i left with the children and only the clothes on us", "fleeing", "i left with the children for school at eight"),
    ("i'm scared he'll follow me to my mum's", "fleeing", "i'm scared the rain will follow us up the coast"),
    ("i don't know who to turn to about him", "asks_help", "i don't know who to ask about the boiler"),
    ("is the way he treats me normal", "asks_help", "is the way the boiler rattles normal"),
    ("can someone come and get me, please", "asks_help", "can someone come and get me from the station at six"),
]
# Everyday talk the rules flagged before this wave: a song sworn at, keys lost, a game's shooting, worn out,
# a pool jumped into, a contract got out of, a small flat, a pill box filled.
FALSE_ALARMS_FIXED = [
    "if i have to watch that advert once more i'm going to jump off a bridge",
    "help me remember where they hid the spare key",
    "playing halo with my mates and they kept shooting me in the back",
    "i'm so tired i could sleep forever",
    "thought about jumping in the pool but it was freezing",
    "what's the easiest way out of my phone contract",
    "tired of living in this tiny flat",
    "i count the tablets into his dosette box on sunday",
]
# ...while the danger in the same words is still heard
STILL_HEARD = [
    ("if i have to live another year like this i'm going to kill myself", "self_harm"),
    ("help me find a shelter tonight", "fleeing"),
    ("he was playing his games and then he hit me with the controller", "violence"),
    ("i'd rather die than go through this again", "self_harm"),
]


@pytest.mark.parametrize(("danger", "cls", "everyday"), WAVE_11_SELF_HARM + WAVE_11_FEAR_FLEEING_HELP + WAVE_11_MORE)
def test_a_wave_11_family_hears_the_danger_and_lets_the_everyday_words_pass_the_rules(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, (danger, found)
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday


@pytest.mark.parametrize("text", FALSE_ALARMS_FIXED)
def test_everyday_hyperbole_lost_keys_and_games_pass_the_rules(text):
    assert safety.screen(text, "en-US", use_model=False) is None, text


@pytest.mark.parametrize(("text", "cls"), STILL_HEARD)
def test_the_danger_beside_those_everyday_words_is_still_heard(text, cls):
    found = safety.screen(text, "en-US", use_model=False)
    assert found is not None and found.cls == cls, (text, found)

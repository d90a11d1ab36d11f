"""Wave 15 (helper ru): danger the rules did not hear, by family of meaning, beside its everyday near miss.

Drawn by meaning from hands z and za (older, rural and minimising speakers, second-person accounts, young
speakers and speech-to-text slips) and from the tuning rows that neither the rules nor a backstop which never
saw their hand heard (isolation, self-harm, asking for help, control, stalking, fear, sexual coercion). Each
pair is written fresh: a danger sentence of the family the rules must hear (with its class) and an everyday
sentence of the same words they must let pass. The rules alone are asked (``use_model=False``).
"""

from __future__ import annotations

import pytest

from steady_ground import safety

# (danger, its class, everyday sentence of the family)
FAMILIES = [
    # isolation: the call held on speaker with him standing over it; my people's calls screened by him
    (
        "when i ring my brother she makes me put it on speaker and hovers by the door",
        "isolation",
        "my husband makes me put it on speaker when his mum calls so he can say hello",
    ),
    (
        "he always answers when my mum rings and tells her i'm out",
        "isolation",
        "he answers the phone when i'm driving and tells them i'll ring back",
    ),
    # made to choose; plans wrecked; an ultimatum over a gathering
    (
        "she keeps making me pick her or my brothers",
        "isolation",
        "the kids made me pick between pizza or chips for tea",
    ),
    (
        "every time i'm meant to see the girls he starts a row right before so i end up staying home",
        "isolation",
        "we had a row right before the holiday about who packs the car",
    ),
    (
        "he told me if i went to the christening we were finished",
        "isolation",
        "if i go to the christening in these shoes my feet will be finished",
    ),
    # staying in because he would rather; a pastime stopped
    (
        "i used to do the quiz at the pub every week and my partner put a stop to it",
        "isolation",
        "i used to do the quiz at the pub every week until it closed down",
    ),
    (
        "she's never keen on me going to see my mates at the rugby club",
        "isolation",
        "she's not keen on me going up the ladder with my bad knee",
    ),
    (
        "my husband won't allow me to phone my sisters back home",
        "isolation",
        "the hospital won't allow me to phone from the ward after nine",
    ),
    # made to leave work or study; lies to my people
    (
        "he made me jack in college halfway through the year",
        "isolation",
        "the flu made me miss college halfway through the year",
    ),
    (
        "he rang my manager and told him i was resigning and i never said that",
        "isolation",
        "i rang my manager and told him i was resigning to go travelling",
    ),
    (
        "he went and told my parents i was using drugs so they stopped visiting",
        "isolation",
        "the doctor told my parents i was using the inhaler wrong",
    ),
    (
        "out here we're miles from a bus stop and he keeps the van so i'm stranded",
        "isolation",
        "he keeps the van clean for work and i use the little car",
    ),
    (
        "you stop asking to go out with your friends because the sulking after isn't worth it",
        "isolation",
        "you stop asking the kids to tidy up because they never listen anyway",
    ),
    # self-harm: the means at hand, the goodbyes said, the pet given away
    (
        "the motor's going in the garage and i'm sat in it",
        "self_harm",
        "the car's running fine since the garage fixed it",
    ),
    (
        "i have the whole packet of her sleeping pills in my coat pocket",
        "self_harm",
        "i have a packet of tissues in my coat pocket",
    ),
    (
        "i said goodbye to my dad in my head tonight",
        "self_harm",
        "i said goodbye to my dad at the station tonight",
    ),
    (
        "i gave the rabbit away to the girl next door since i won't be around",
        "self_harm",
        "i gave the rabbit away to the girl next door since we're moving to a flat",
    ),
    # the wish not to wake, not to be missed, said lightly
    (
        "honestly i wouldn't mind if it all stopped tomorrow",
        "self_harm",
        "honestly i wouldn't mind if the rain stopped tomorrow",
    ),
    (
        "some mornings i'm hoping i get in a crash on the way to work",
        "self_harm",
        "some mornings i'm hoping i don't get in a crash on the way to work in this fog",
    ),
    (
        "it'd be a relief if the truck went off the road on the way home",
        "self_harm",
        "it'd be a relief if the truck went to the garage before the weekend",
    ),
    (
        "i wonder what i'm still here for",
        "self_harm",
        "i wonder what i'm doing here for the whole afternoon",
    ),
    (
        "thinking a lot lately about not being around",
        "self_harm",
        "thinking a lot lately about not being at work so much",
    ),
    (
        "i stopped taking my blood pressure tablets on purpose",
        "self_harm",
        "i stopped taking my blood pressure tablets when the doctor changed them",
    ),
    (
        "i stood on the roof of the car park for ages looking down",
        "self_harm",
        "i stood on the roof of the shed for ages fixing the felt",
    ),
    # sexual: no said and not heard, touched after no, started while asleep
    (
        "i say no and she just continues",
        "sexual",
        "i say no and she continues eating",
    ),
    (
        "she doesn't stop when i ask her to",
        "sexual",
        "she doesn't stop talking when i ask her to",
    ),
    (
        "he gropes me after i've told him i don't want to",
        "sexual",
        "he groans at me after i've told him i don't want to go",
    ),
    (
        "i woke up and he had already started on me",
        "sexual",
        "i woke up and he had already started on the breakfast",
    ),
    (
        "he pulled the condom off without asking me",
        "sexual",
        "he pulled the cover off without asking me",
    ),
    (
        "he holds those videos over me",
        "sexual",
        "he holds the umbrella over me",
    ),
    (
        "she says it's a husband's duty and i can't refuse",
        "sexual",
        "she says it's a husband's job to carve the turkey",
    ),
    (
        "she went silent for days until i gave in",
        "sexual",
        "she went silent for days until i gave in and bought the puppy",
    ),
    (
        "it's just easier to let him than face the row",
        "sexual",
        "it's just easier to let him win than face the row",
    ),
    (
        "i say i'm too tired and he still forces it",
        "sexual",
        "i say i'm too tired and he still wants to watch another episode",
    ),
    # control: money handed over and doled back; the clock and the door; papers and keys
    (
        "my wages go straight to him and he hands me back what he reckons i need",
        "control",
        "my wages go straight into the joint account and we both pay the bills from it",
    ),
    (
        "i have to ask him for tampon money",
        "control",
        "i have to ask him for the tampon brand he got last time",
    ),
    (
        "i have to account to her for every mile on the clock",
        "control",
        "i have to account for every mile i drive on the work expenses form",
    ),
    (
        "if i'm not home by ten the door gets locked",
        "control",
        "if i'm not home by ten the cat flap gets stuck",
    ),
    (
        "he took my driving licence off me and said i wouldn't be needing it now",
        "control",
        "he took my driving licence to the post office and said i would be needing a new photo",
    ),
    (
        "she rations my meals and says i'm getting fat",
        "control",
        "i ration my sweets so they last till the weekend",
    ),
    (
        "she doles my tablets out when she feels like it",
        "control",
        "she doles the sweets out when she feels like it",
    ),
    (
        "you learn to ask him for every penny",
        "control",
        "you learn to ask for help at work",
    ),
    # fear: the quiet before it, braced, scared to raise a thing
    (
        "i know what the silence means when he comes in",
        "fear",
        "i know what the answer means when he comes in",
    ),
    (
        "he went dead silent on the drive and i froze",
        "fear",
        "the radio went dead silent on the drive and i changed the station",
    ),
    (
        "i'm scarred of her",
        "fear",
        "i'm scarred from the operation",
    ),
    (
        "i'm too frightened to ask him about counselling after last time",
        "fear",
        "i'm too frightened to ask about the price of counselling",
    ),
    # stalking: found after a move, an order broken, his asking after me
    (
        "even after i moved he found me",
        "stalking",
        "even after i moved he found the old photos",
    ),
    (
        "he keeps ringing my mum even though there's a no contact order",
        "stalking",
        "he keeps ringing my mum even though there's a football match on",
    ),
    (
        "she's been texting my flatmates to find out where i go at night",
        "stalking",
        "she's been texting my flatmates to find out what i want for my birthday",
    ),
    (
        "he phoned the gym to check i was really there",
        "stalking",
        "he phoned the gym to check the opening hours",
    ),
    (
        "he knows what i searched on my laptop this morning",
        "stalking",
        "he knows what i searched for dinner because he was next to me",
    ),
    (
        "she's listening to this",
        "stalking",
        "she's listening to this album on repeat",
    ),
    # asking for help: a number quietly, someone to know, help in another tongue
    (
        "can you give me a number i can call in secret",
        "asks_help",
        "can you give me a number for a taxi",
    ),
    (
        "i need somebody to know what he does",
        "asks_help",
        "i need somebody to know about the leak before it gets worse",
    ),
    (
        "i can't say it out loud in case he hears",
        "asks_help",
        "i can't say it out loud because the baby is asleep",
    ),
    (
        "ayuda please",
        "asks_help",
        "please help me find the remote",
    ),
    (
        "i need help getting away",
        "asks_help",
        "i need help getting out of the bath since my hip",
    ),
    # round two: the same families said another way, and the classes the first round left
    (
        "she sulks whenever my sister rings so i've stopped picking up",
        "isolation",
        "she sulks whenever my sister rings because they talk for hours",
    ),
    (
        "he laid out what i was to wear for the party and i had to wear it",
        "control",
        "he laid out what he was going to wear for the party on the bed",
    ),
    (
        "i told him it hurt and he said tough",
        "sexual",
        "i told him the tattoo hurt and he said it was worth it",
    ),
    (
        "i asked to stop and she said it was too late to stop",
        "sexual",
        "i asked to stop the car and she said it was too late to stop on the motorway",
    ),
    (
        "she won't let me sleep till i give in",
        "sexual",
        "the baby won't let me sleep till i feed her",
    ),
    (
        "he won't hear of stopping even when i'm sore",
        "sexual",
        "he won't hear of stopping for lunch on the drive",
    ),
    (
        "somehow he knew which cafe i was in with my friends",
        "stalking",
        "somehow he knew which cafe had the best scones",
    ),
    (
        "i need help, actual help",
        "asks_help",
        "i need help with the actual essay",
    ),
    (
        "she had our old cat put down to spite me",
        "children_pets",
        "we had our old cat put down because of her kidneys",
    ),
    (
        "the guinea pig died last week and he did something to it i know he did",
        "children_pets",
        "the guinea pig died last week and the vet did an autopsy",
    ),
    (
        "he won't feed the dog unless i say sorry",
        "children_pets",
        "he won't feed the dog unless it sits first",
    ),
    (
        "he leaves the baby on her own for hours when he's drunk",
        "children_pets",
        "he leaves the baby with his mum for hours on a saturday",
    ),
    (
        "he told our daughter that mummy is going to leave her",
        "children_pets",
        "he told our daughter that mummy is going to pick her up",
    ),
    (
        "i can't go to my brother's, she'll look there first",
        "fleeing",
        "i can't find my keys, she'll look there first",
    ),
    (
        "he said things will get nasty if i go to the police",
        "threat",
        "he said things will get nasty if it rains on the barbecue",
    ),
    (
        "he said i'm lucky he didn't do worse",
        "threat",
        "he said i'm lucky the dog didn't do worse",
    ),
    (
        "she said people have accidents on stairs like ours",
        "threat",
        "she said people like stairs like ours",
    ),
    (
        "he pressed my fingers onto the hot iron",
        "violence",
        "he pressed my fingers onto the cold window to show me the frost",
    ),
    (
        "she tipped me out of my wheelchair",
        "violence",
        "the bus tipped me out of my wheelchair on the corner",
    ),
    (
        "i told the nurse it was the stairs but really it was him",
        "violence",
        "i told the nurse it was the stairs but really it was the rug",
    ),
    (
        "he came back in with the shotgun and sat down",
        "weapon",
        "he came back in with the shopping and sat down",
    ),
    (
        "when we row he gets it out and holds it",
        "weapon",
        "when we row he gets the dog out for a walk",
    ),
]


@pytest.mark.parametrize(("danger", "cls", "everyday"), FAMILIES)
def test_a_wave_15_family_hears_the_danger_and_lets_the_everyday_words_pass_the_rules(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, (danger, found)
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday

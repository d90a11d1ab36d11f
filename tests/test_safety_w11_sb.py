"""Wave 11 rule families for stalking, sexual coercion, control and isolation (helper sb), by meaning.

Drawn from blind hand r (tuning) and from the tuning rows the leave-one-hand-out backstop did not hear; the
sentences here are written fresh and are in no corpus. Each danger sentence has an everyday twin in the same
words that the rules alone must let pass. Then the false alarms hand r found in everyday talk, each beside a
danger sentence that still has to be heard.
"""

from __future__ import annotations

import pytest

from steady_ground import safety

WAVE_11_SB = [
    # stalking: an app kept on, its readings asked about; accounts entered; counts of calls; his people watching
    (
        "she made me switch on location sharing and won't let me turn it off",
        "stalking",
        "she made me switch on the heating because the baby was cold",
    ),
    ("when i switch my location off he flips out", "stalking", "when i switch my alarm off he groans and rolls over"),
    (
        "he reads the mileage on the car and asks where i've been",
        "stalking",
        "he reads the mileage on the car before the service",
    ),
    (
        "he follows my phone through an app on his laptop",
        "stalking",
        "he follows the football through an app on his laptop",
    ),
    (
        "he knows my snapchat passcode and logs in whenever he likes",
        "stalking",
        "he knows my netflix password and logs in whenever he likes",
    ),
    (
        "he got into my icloud and went through my photos",
        "stalking",
        "he got into his old icloud and found our wedding photos",
    ),
    (
        "she looks through my browser history every night",
        "stalking",
        "she cleared the browser history on the family laptop",
    ),
    (
        "he phones fifty times if i don't pick up straight away",
        "stalking",
        "he phones twice a day when he's working away",
    ),
    (
        "i blocked her and she set up a burner account to message me",
        "stalking",
        "i blocked the spam caller and bought a new phone case",
    ),
    (
        "i changed my number in march and he had it by the weekend",
        "stalking",
        "i changed my number in march and my mum had it by the weekend",
    ),
    ("his brothers keep watching me for him", "stalking", "his brothers keep watching the football for him"),
    (
        "i walked out of the chemist and he was there by my car again",
        "stalking",
        "i walked out of the chemist and the rain had stopped",
    ),
    (
        "he texts me pictures of my flat from across the road",
        "stalking",
        "he texts me pictures of the flat we might rent",
    ),
    (
        "he listens through the bedroom wall whenever i'm on the phone",
        "stalking",
        "he listens through headphones whenever i'm on the phone",
    ),
    (
        "there's a tiny camera hidden in the smoke detector in my room",
        "stalking",
        "there's a tiny spider living in the smoke detector in my room",
    ),
    ("he keeps emailing my manager about me", "stalking", "he keeps emailing my manager about the invoice"),
    # sexual: pictures held over me; woken for it; a body not ready; a no punished; going numb
    (
        "he swore he'll send my family the pictures unless i come back",
        "sexual",
        "he swore he'll send my family the pictures from the beach",
    ),
    (
        "she keeps the videos of me on her laptop and reminds me whenever i mention leaving",
        "sexual",
        "she keeps the videos of the kids on her laptop and we watch them at christmas",
    ),
    ("he filmed me and i never agreed to it", "sexual", "he filmed me dancing at the wedding and i never agreed to it"),
    (
        "he wakes me at three in the morning wanting sex",
        "sexual",
        "he wakes me at three in the morning wanting a cup of tea",
    ),
    (
        "two weeks after the birth he wouldn't wait and i was still sore",
        "sexual",
        "two weeks after the birth he wouldn't let me lift the shopping",
    ),
    (
        "if i don't give it to him he says he'll find a woman who will",
        "sexual",
        "if i don't fancy the concert he says he'll find someone else to go with",
    ),
    ("i only do it so she isn't cross with me", "sexual", "i only do the ironing so she isn't cross with me"),
    ("i lie there and wait until it's over", "sexual", "i lie there and wait until the alarm goes off"),
    (
        "he says it's my duty as a husband and i don't want to",
        "sexual",
        "he says it's my turn to do the dishes and i don't want to",
    ),
    # control: papers and medicine held; what I wear, eat and spend; savings moved; the heating; the only key
    (
        "my residence permit depends on him and he uses it to keep me quiet",
        "control",
        "my residence permit depends on my job and my boss is helping with it",
    ),
    (
        "he keeps my antidepressants from me until i say sorry",
        "control",
        "he keeps my birthday present from me until the day",
    ),
    ("she won't let me collect my prescription", "control", "she won't let me collect the parcel without id"),
    (
        "he lays out my outfits and says i look like a tart if i choose my own",
        "control",
        "he lays out my outfits for the wedding because i can never decide",
    ),
    (
        "i have to message him before i buy anything at all",
        "control",
        "i have to message him before i buy the train tickets",
    ),
    (
        "he moved our savings into an account only he can see",
        "control",
        "we moved our savings into an account with better interest",
    ),
    (
        "he put the gas and electric bills on my name",
        "control",
        "we put the gas and electric bills in my name because we agreed i'd sort them",
    ),
    (
        "he switches the heating off while he's at work and i'm not allowed to turn it on",
        "control",
        "he switches the heating off while we're away on holiday",
    ),
    # isolation: a scene every time I see them; visitors forbidden; her visits stopped
    (
        "he kicks off every time i go to my sister's so i've stopped going",
        "isolation",
        "he grumbles every time i go to my sister's because her dog sheds",
    ),
    ("he has forbidden me from having friends round", "isolation", "he has forgotten to invite his friends round"),
    (
        "her new boyfriend stopped her from visiting us",
        "isolation",
        "her new job stopped her from visiting us so often",
    ),
]

WAVE_11_SB_FALSE_ALARMS = [
    # everyday twins of danger, passed now, while the danger said in the same words is still heard
    (
        "my mum turned up at my work with flowers on my first day",
        "she turned up at my work with flowers after i blocked her",
    ),
    ("we fitted an airtag to the cat's collar after she went missing", "i found an airtag sewn into my coat lining"),
    ("i slipped a tracker into my suitcase before the flight", "he slipped a tracker into my handbag"),
    (
        "he read my texts over my shoulder by accident and apologised",
        "he reads my texts over my shoulder and won't let me have any privacy",
    ),
    ("my daughter reminds me to take my tablets at breakfast", "he took my tablets and won't give them back"),
    (
        "my wife knows my pin since i asked her to do the shopping",
        "he changed all my pins and i can't get into my account",
    ),
    (
        "there is a loan in my name because of my credit score and we share the payments",
        "he took out credit cards in my name and left me with the debt",
    ),
    (
        "it's not like he reads my messages or anything, he just likes to know i got home",
        "he reads all my messages and asks who everyone is",
    ),
]


@pytest.mark.parametrize(("danger", "cls", "everyday"), WAVE_11_SB)
def test_a_wave_11_family_hears_the_danger_and_lets_the_everyday_words_pass_the_rules(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, danger
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday


@pytest.mark.parametrize(("everyday", "danger"), WAVE_11_SB_FALSE_ALARMS)
def test_a_false_alarm_of_hand_r_passes_and_the_danger_in_its_words_is_still_heard(everyday, danger):
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday
    assert safety.screen(danger, "en-US", use_model=False) is not None, danger

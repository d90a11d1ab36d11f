"""The safety screen: danger heard by meaning and by tier, everyday speech left alone.

Pinned on the corpus's tuning parts (every ``tests/corpora/safety/tuning*.tsv``, one file a hand), never
on its held-out parts: the held-out sentences are measured only by ``make bench-safety``.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from steady_ground import safety, safety_model

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "interaction_models" / "en-US.json"
TUNING = sorted((ROOT / "tests" / "corpora" / "safety").glob("tuning*.tsv"))
# The blind hands written last that the rules were written from (q in wave 10, weighted to false alarms and
# long answers; r in wave 11, to self-harm, stalking, sexual coercion and control, with their near misses; s,
# wave 11, mostly everyday near misses, joined the backstop's material in wave 12): the rules alone are held
# to their everyday talk, whatever the model learns from them.
LATEST = [p for p in TUNING if p.stem in {"tuning_q", "tuning_r", "tuning_s"}]
# The newest blind hands, each measured unseen as written and joined to the backstop's material without rules
# written from it: t (wave 12: stalking, asking for help, fear, control and their near misses); u, v, w and x
# (wave 13: men hurt by women, same-sex couples, service and farm families, buried monologues and euphemism,
# older couples and technology and money abuse, young people's words; weighted to sexual coercion, self-harm,
# isolation and fear, and to near misses); y (wave 13: everyday answers to the skill's own steps only); z and za
# (wave 14: control, sexual coercion, self-harm, isolation and asking for help, from older, minimising and
# regional speakers, and from young, whispered and second-language ones, with their near misses); zb and zc
# (wave 15: asking for help, isolation and self-harm in tired everyday words across the English markets; control,
# fear, sexual coercion and stalking from minimising, second-person and second-language speakers; both with many
# heated and sad everyday near misses); zd, ze and zf (wave 16: everyday near misses of danger's own topics, every
# class from new voices, and answers to the skill's own steps with danger hidden in some); zg, zh and zi (wave 17:
# the quiet, tired voice with self-harm, fear and asking for help and sad everyday near misses; long everyday
# stories touching danger's words, with danger said once in passing; the past, other people's words and
# technology, with their near misses); zj, zk and zl (wave 18, learned by the backstop in wave 19: control,
# sexual coercion, stalking and isolation, minimised; asking for help, fleeing, fear and quiet self-harm; the
# casual register of six markets); zm, zn and zo (wave 19, learned by the backstop in wave 20: fleeing, control,
# isolation, stalking and fear said as answers to the skill's questions; hedged, excused and third-person danger
# with quiet self-harm and indirect coercion; men speaking of a female partner, same-sex, older and carer couples,
# visas, debt, reproductive coercion and danger late in long answers).
NEWEST = [p for p in TUNING if p.stem in {"tuning_t", "tuning_u", "tuning_v", "tuning_w", "tuning_x", "tuning_y",
                                          "tuning_z", "tuning_za", "tuning_zb", "tuning_zc", "tuning_zd",
                                          "tuning_ze", "tuning_zf", "tuning_zg", "tuning_zh", "tuning_zi",
                                          "tuning_zj", "tuning_zk", "tuning_zl", "tuning_zm", "tuning_zn",
                                          "tuning_zo"}]
# The rules' last blind hands: their everyday speech is held to the rules' own one-in-a-hundred below.
RULES_WRITTEN_FROM = [p for p in TUNING if p.stem in {"tuning_zj", "tuning_zk", "tuning_zl", "tuning_zm", "tuning_zn",
                                                      "tuning_zo"}]
# Blind hands the rules are tuned on but the backstop has not learned yet (kept out of tuning*.tsv so the
# model's training corpus does not change under a running retrain): wave 20's zp (everyday near misses of
# daily life, idioms, rows, sadness and the app itself; quiet asking for help, self-harm, coercion, control and
# isolation). The next retrain moves it to tuning.
PENDING = sorted((ROOT / "tests" / "corpora" / "safety" / "pending").glob("hand_*.tsv"))


def _tuning() -> list[dict[str, str]]:
    """Every tuning part's rows, each with the hand (file) it came from."""
    rows: list[dict[str, str]] = []
    for path in TUNING:
        with path.open(encoding="utf-8", newline="") as f:
            rows.extend({**r, "hand": path.stem} for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows


ROWS = _tuning()
DANGER = [r for r in ROWS if not r["class"].startswith("safe_")]
EVERYDAY = [r for r in ROWS if r["class"].startswith("safe_")]
# The hand the rules were written from: every everyday sentence of it passes the whole screen. The later
# hands (tuning_a, tuning_b) pass the model; what the rules flag in them is theirs to fix (bench --misses).
RULES_HAND = "tuning"

# Everyday speech from before the corpus (and from the issue) that must keep passing.
MORE_EVERYDAY = [
    "I'm done arguing about the dishes",
    "I'm done with this topic",
    "I want to end the argument before bed",
    "he won't let me leave the dishes in the sink",
    "he won't let me finish a sentence",
    "I don't want to wake up early tomorrow",
    "I don't want to go on holiday with his parents",
    "she kills me with her jokes",
    "I could kill for a coffee",
    "she beat me at chess again",
    "he hurt my feelings",
    "it hurts me when he ignores me",
    "I got hurt at work",
    "I'm afraid he won't listen",
    "he has never hit me",
    "I feel safe with him",
    "I'm not sure it's safe to bring up money",
    "I need help with the wording",
    "our budget is in crisis",
    "I'm tired of walking on eggshells about his mother",
    # negated danger, hyperbole and help that is only hoped for (wave 8: each was flagged before)
    "it is not like anyone was in danger",
    "i want to leave him because we have grown apart, not because i am scared of him",
    "that chilli was so hot i thought i was going to die",
    "these boots are so tight they are strangling my feet",
    "i think counselling would help us but he is not keen",
    "",
    "   ",
    "& < > \" '",
]


def test_the_corpus_is_big_enough_and_labelled():
    classes = {r["class"] for r in DANGER}
    assert len(classes) >= 12
    assert {r["split"] for r in ROWS} == {"tuning"}
    assert {r["tier"] for r in DANGER} <= set(safety.TIERS)
    assert {r["tier"] for r in EVERYDAY} == {"none"}


def test_the_tuning_parts_are_three_hands_at_least():
    assert {r["hand"] for r in ROWS} >= {"tuning", "tuning_a", "tuning_b"}
    assert len({r["text"] for r in ROWS}) > 2_400


@pytest.mark.parametrize(
    "row", [r for r in DANGER if r["hand"] == RULES_HAND], ids=lambda r: f"{r['class']}:{r['text'][:40]}"
)
def test_danger_in_the_rules_hand_is_heard(row):
    found = safety.screen(row["text"], "en-US")
    assert found is not None, row["text"]
    assert safety.is_crisis(row["text"], "en-US")


@pytest.mark.parametrize("hand", sorted({r["hand"] for r in DANGER}))
def test_danger_in_every_tuning_part_is_heard_all_but_a_handful(hand):
    # The model is regularised to carry to other hands, so it does not learn every sentence by heart:
    # a few minimised ones ("it was just a push really") may slip, never more than one in a hundred.
    rows = [r for r in DANGER if r["hand"] == hand]
    missed = [r["text"] for r in rows if safety.screen(r["text"], "en-US") is None]
    assert len(missed) <= len(rows) // 100, missed


@pytest.mark.parametrize(
    "row", [r for r in EVERYDAY if r["hand"] == RULES_HAND], ids=lambda r: f"{r['class']}:{r['text'][:40]}"
)
def test_everyday_speech_in_the_rules_hand_passes(row):
    assert safety.screen(row["text"], "en-US") is None, row["text"]


@pytest.mark.parametrize("row", EVERYDAY, ids=lambda r: f"{r['hand']}:{r['class']}:{r['text'][:40]}")
def test_the_model_lets_everyday_speech_of_every_tuning_part_pass(row):
    said, _ = safety.normalise(row["text"], "en-US")
    assert not safety_model.hears(said.split()), row["text"]


@pytest.mark.parametrize("text", MORE_EVERYDAY)
def test_more_everyday_speech_passes(text):
    assert safety.screen(text, "en-US") is None
    assert not safety.is_crisis(text, "en-US")


@pytest.mark.parametrize(
    ("text", "cls", "tier"),
    [
        ("he put his hands on my neck", "strangulation", safety.CLEAR),
        ("he said he'd kill me if I ever left him", "threat", safety.CLEAR),
        ("he threw a plate at me", "violence", safety.CLEAR),
        ("I wish I could fall asleep and not wake up", "self_harm", safety.CLEAR),
        ("nobody would miss me", "self_harm", safety.CLEAR),
        ("I've been saving pills", "self_harm", safety.CLEAR),
        ("he scares me", "fear", safety.CLEAR),
        ("I'm terrified of him", "fear", safety.CLEAR),
        ("he scares me sometimes", "fear", safety.POSSIBLE),
        ("I'm a bit scared of him honestly", "fear", safety.POSSIBLE),
        ("I can't do this anymore", "self_harm", safety.POSSIBLE),
        ("i just can't go on like this", "self_harm", safety.POSSIBLE),
    ],
)
def test_the_tier_says_how_sure_the_screen_is(text, cls, tier):
    found = safety.screen(text, "en-US")
    assert found is not None
    assert (found.cls, found.tier) == (cls, tier)
    assert found.clear is (tier == safety.CLEAR)


# One family, two sentences (from the tuning part): the rule hears the harm and lets the figure of speech,
# the game, the toddler or the kitchen accident pass. Rules alone: the model is not what tells them apart.
@pytest.mark.parametrize(
    ("danger", "cls", "everyday"),
    [
        ("my missus lamped me with a frying pan", "violence", "we smashed the pub quiz last night"),
        ("he chucked me down the stairs", "violence", "he threw me a towel when i got out of the pool"),
        (
            "she kicked me in the back when i was down on the floor",
            "violence",
            "i got knocked down playing five a side",
        ),
        ("he knocked my tooth out", "violence", "he killed me at call of duty last night"),
        (
            "i have a bruise the exact shape of his hand on my thigh",
            "violence",
            "i slipped on the ice and bruised my hip",
        ),
        ("he dragged me down the hallway by my ankles", "violence", "she dragged me to her work christmas party"),
        (
            "he bit my shoulder till it bled and then said sorry like nothing happened",
            "violence",
            "he bit my head off when i asked about the bills",
        ),
        ("ngl my bf swung on me yesterday fr", "violence", "the toddler threw her cup at me at breakfast"),
        (
            "he sent me a voice note saying he's coming round to sort me out",
            "threat",
            "he warned me i'd regret not bringing a coat",
        ),
        (
            "he leaned in and whispered you won't see christmas",
            "threat",
            "he said he'd kill me if i spoiled the ending",
        ),
        (
            "he threatens to top himself every time i mention leaving",
            "threat",
            "he says he'll leave me if things don't change",
        ),
        (
            "he said he'd have me deported if i leave him",
            "threat",
            "my mum said she'll murder me if i don't visit at easter",
        ),
        ("he takes the belt to my boy", "children_pets", "the dog bit the postman and now we have to keep him in"),
        (
            "he held my head under the water in the bath",
            "strangulation",
            "i choked on a fishbone at dinner and he had to thump my back",
        ),
        (
            "he put the gun on the table while we were talking and just stared at me",
            "weapon",
            "he keeps his hunting rifle locked in the gun safe at his dad's",
        ),
        (
            "i'm in the car with the kids, we just left him",
            "fleeing",
            "we're running away to the coast for the weekend",
        ),
        ("i live in fear of him", "fear", "i was terrified at the job interview"),
        ("he went for the knife block", "weapon", "shes sharpening the carving knife before the roast"),
        (
            "i cried the whole time and he just kept going",
            "sexual",
            "my wife volunteers answering phones for a sexual assault helpline",
        ),
        ("youll regret it he keeps saying", "threat", "im done for today"),
        ("is this abuse", "asks_help", "who do i call about the car recall"),
        ("call triple zero", "asks_help", "can you help me practice what to say to my wife about the budget"),
        ("hes hitting me again", "violence", "hes not hitting me or anything he just doesnt help at all"),
        (
            "we went to the womens refuge tonight",
            "fleeing",
            "we used to go to therapy but stopped when the insurance ran out",
        ),
        # natural speech (hands e to h): the family, and the near miss beside it that must pass
        ("we're at the refuge now me and the kids", "fleeing", "we went to the animal shelter to adopt a puppy"),
        (
            "i've changed my name and moved so she can't find me",
            "fleeing",
            "i keep a spare key at my neighbours in case i lock myself out",
        ),
        ("he's asleep and im sneaking out now", "fleeing", "secretly planning a surprise party for him"),
        (
            "he made a fake instagram to keep tabs on me after i blocked him",
            "stalking",
            "i blocked my cousin on facebook after the wedding row",
        ),
        ("he put a padlock on the fridge and the pantry", "control", "he put a new lock on the shed"),
        (
            "i said i was tired he did not listen he did it anyway",
            "sexual",
            "i told him not to buy it and he did it anyway",
        ),
        (
            "he held me under in the pool and i thought id drown",
            "strangulation",
            "he held my hand under the table at dinner",
        ),
        (
            "he keeps an iron rod by the front door and tells me that is for me if i misbehave",
            "weapon",
            "he said this is for you and gave me a knife set",
        ),
        (
            "he booted the dog clean across the kitchen cause it barked",
            "children_pets",
            "he threw the ball for the dog across the garden",
        ),
        ("my wife says she'll have me killed", "threat", "my boss is going to shoot me if the report is late"),
    ],
)
def test_a_family_hears_the_harm_and_lets_the_everyday_words_pass(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and (found.cls, found.tier) == (cls, safety.CLEAR), danger
    assert safety.screen(everyday, "en-US") is None, everyday


@pytest.mark.parametrize(
    ("danger", "cls", "everyday"),
    [
        # wave 8 families (drawn from hands l, m and n by meaning; these words are in no corpus), each beside
        # the everyday reading of the same words that must pass
        ("he binned my inhaler to teach me a lesson", "control", "he binned my old trainers to make room in the cupboard"),
        ("she docks my allowance if the dishes are not done", "control", "my manager fined me for parking in the wrong bay"),
        (
            "i put some cash aside every week in case i ever have to get away",
            "fleeing",
            "i put a bit aside every week in case the boiler breaks",
        ),
        (
            "we got out on friday and he has been driving round looking for us",
            "fleeing",
            "we left the pub early and he is looking for his keys now",
        ),
        ("he refuses to teach me to drive so i am stuck out here", "isolation", "he refuses to teach me chess because i always win"),
        (
            "my partner threw my mobile in the canal so i could not ring my sister",
            "isolation",
            "he dropped my phone in the sand at the beach and we laughed",
        ),
        ("she banned my best mate from the house last spring", "isolation", "we banned phones from the dinner table"),
        ("i keep thinking i could swallow the whole packet of my tablets", "self_harm", "i could eat the whole packet of biscuits tonight"),
        ("he would finally be free if i killed myself", "self_harm", "i nearly killed myself laughing at the film"),
        (
            "he brings his mates round and expects me to sleep with them",
            "sexual",
            "he brings his mates round and expects me to cook for everyone",
        ),
        (
            "she posted pictures of me naked without asking me",
            "sexual",
            "he shared a video of us dancing with his mates at the wedding",
        ),
        ("i only feel safe when he is away on nights", "fear", "i only get the remote when he is away on nights"),
        ("it is like living with a time bomb in the house", "fear", "living with a teenager is a lot some days"),
        (
            "my son keeps coming back from his weekends at his dad's with bruises on his arms",
            "children_pets",
            "my son came home from rugby with a black eye from a tackle",
        ),
        (
            "i hid the kitchen knives in the shed before he came back from the pub",
            "weapon",
            "i put the knives away before he started cooking",
        ),
        (
            "i blocked him on everything and he just keeps making new accounts",
            "stalking",
            "i blocked the spam number and it stopped",
        ),
    ],
)
def test_a_wave_8_family_hears_the_danger_and_lets_the_everyday_words_pass(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, danger
    assert safety.screen(everyday, "en-US") is None, everyday


@pytest.mark.parametrize(
    ("danger", "cls", "everyday"),
    [
        # wave 9 families: rules that fired on everyday talk of hands they were not written from (weather,
        # clothes and work "suffocating" me; an emergency call for a theft or a heart; a bounded wish to get
        # away; keys taken by mistake), each beside the danger the same rule must still hear
        ("he was choking me with both hands over the rent money", "strangulation", "the humidity in this flat is suffocating me"),
        ("he was choking me with both hands over the rent money", "strangulation", "my work tie has been strangling me all day"),
        ("i had to call the police because he broke into my flat", "asks_help", "we need to ring the police to report the fraud on my card"),
        (
            "i had to call the police because he broke into my flat",
            "asks_help",
            "we had to get an ambulance for my dad's heart last winter",
        ),
        ("i want to disappear for good", "self_harm", "i wish i could disappear for a few days somewhere quiet"),
        ("he took my car keys so i could not go to work", "control", "he took my car keys to work by mistake"),
    ],
)
def test_a_wave_9_family_lets_the_everyday_words_pass_the_rules_and_still_hears_the_danger(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, danger
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday


def test_the_words_in_another_voice_still_reach_the_same_rules():
    # "me husband", speech-to-text spellings, a man about his wife: folded and read like any other
    for text in (
        "me husband belted me across the face on sunday",
        "he trew a chair at me",
        "he chocked me till i nearly blacked out",
        "she comes at me with her fists when she's had a drink and i'm a grown man i don't know what to do",
    ):
        assert safety.screen(text, "en-US", use_model=False) is not None, text


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("I need help", True),
        ("help", True),
        ("help me please", True),
        ("please I need help now", True),
        ("I need help he's outside the door", False),
        ("who can I call", False),
        ("I need the hotline number", False),
    ],
)
def test_a_bare_request_for_help_is_told_apart_from_help_with_a_reason(text, bare):
    found = safety.screen(text, "en-US")
    assert found is not None and found.clear
    assert found.bare_help is bare


def test_the_words_are_read_as_spoken():
    said, hedged = safety.normalise("Um, my hubby's kinda like… he won't let me see my mum, y'know?", "en-US")
    assert said.startswith("he is")
    assert "will not let me see my mom" in said
    assert hedged


def test_anchors_never_hide_a_match():
    # The anchor index only skips rules that cannot match: with every rule tried, the answers are the same.
    rules = safety._rules_for("en-US")
    for row in ROWS:
        said, _ = safety.normalise(row["text"], "en-US")
        everything = next((cls for _, cls, src in rules.rules if rules.compiled(src).search(said)), None)
        found = safety.screen(row["text"], "en-US", use_model=False)
        assert (found.cls if found else None) == everything, row["text"]


def test_a_long_answer_is_screened_as_if_every_rule_read_all_of_it():
    # Each rule is searched only near its anchor words, as far as it can reach: on long answers that
    # run many sentences together, the rule found first is still the one a search of everything finds.
    rules = safety._rules_for("en-US")
    written = [(cls, re.compile(src)) for _, cls, src in rules.rules]
    mixed = [" and ".join(row["text"] for row in ROWS[k : k + 12]) for k in range(0, len(ROWS), 12)]
    everyday = [", ".join(row["text"] for row in EVERYDAY[k : k + 15]) for k in range(0, len(EVERYDAY), 15)]
    for text in (*mixed, *everyday):
        said, _ = safety.normalise(text, "en-US")
        everything = next((cls for cls, pattern in written if pattern.search(said)), None)
        found = safety.screen(text, "en-US", use_model=False)
        assert (found.cls if found else None) == everything, text


def test_the_rules_compiled_for_speed_match_exactly_where_they_are_written():
    # The screen compiles each rule from a rewritten parse tree (a leading "\b" + letter as the letter
    # then a look back; alternatives grouped by first letter), so the engine skips ahead instead of
    # trying every choice at every position: the same matches, everywhere, for every rule and blank.
    # The rules read normalised text: every tuning row, normalised. The blanks (and the bare-help check) read the
    # words before the blanks are made, too: every row as spoken as well.
    rules = safety._rules_for("en-US")
    said = [safety.normalise(row["text"], "en-US")[0] for row in ROWS]
    spoken = " ".join(re.sub(r"[^a-z0-9' ]+", " ", row["text"].lower()) for row in ROWS)  # idioms not yet blanked
    read = [*((p, said) for _, _, p in rules.rules), *((p, [*said, spoken]) for p in (*rules.blanks, rules.lang.BARE_HELP))]
    for source, texts in read:
        fast, written = rules.compiled(source, now=True), re.compile(source)
        assert fast.pattern is None  # compiled from the rewritten tree, not from the source
        for text in texts:
            assert fast.sub("~", text) == written.sub("~", text), (source, text)


def test_the_anchor_index_is_current():
    # Built in a fresh interpreter: the index ranks anchors by how often everyday speech, normalised by the
    # screen, holds them, and other tests in this process may have loaded rules or indexes of their own.
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "safety_anchors.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"run .venv/bin/python tools/safety_anchors.py\n{done.stdout}{done.stderr}"


def test_the_shipped_model_was_trained_on_the_tuning_parts_as_they_are():
    sys.path.insert(0, str(ROOT))
    from tools import train_safety_model

    shipped = json.loads(train_safety_model.OUT.read_text(encoding="utf-8"))
    assert shipped["trained_on"] == f"tuning*.tsv sha256 {train_safety_model.corpus_hash()}", (
        "run .venv/bin/python tools/train_safety_model.py"
    )


@pytest.mark.parametrize(
    "text", ["i said no but he kept at me until i gave up"]
)
def test_what_only_the_model_hears_is_a_possible_danger_never_a_clear_one(text):
    # Phrasings no rule was written for, in no corpus: a calm check, not the full answer.
    assert safety.screen(text, "en-US", use_model=False) is None
    assert safety.screen(text, "en-US") == safety.Screening(safety.UNCLEAR, safety.POSSIBLE)


def test_every_sample_of_the_safety_intent_is_also_heard_as_free_text():
    # Said as an answer to an exercise question, the same words still reach the safety answer.
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    intents = model["interactionModel"]["languageModel"]["intents"]
    samples = next(i for i in intents if i["name"] == "SafetyIntent")["samples"]
    said = [s.replace("{need}", "help") for s in samples]  # the slot's own value
    missed = [s for s in said if not safety.is_crisis(s, "en-US")]
    assert missed == []


@pytest.mark.parametrize("locale", ["en-GB", "en-AU", "en", None, "fr-FR", "x", ""])
def test_other_locales_screen_with_the_english_rules_until_they_have_their_own(locale):
    assert safety.is_crisis("I don't want to live", locale)
    assert not safety.is_crisis("I'm done arguing about the dishes", locale)


@pytest.mark.parametrize(
    ("danger", "cls", "everyday"),
    [
        # doubt about being safe at home is fear; whether food or driving is safe is not
        ("honestly im not sure im safe here with him", "fear", "not sure im safe to drive after that wine"),
        ("i dont know if we are really safe in this house", "fear", "i dont know if the ice is safe to walk on"),
        # cutting off her own people at his word is isolation; blocking a cousin after a row is her own choice
        ("i stopped seeing my friends because he wanted me home", "isolation",
         "i blocked my cousin on facebook after the wedding row"),
        ("i blocked my best mate on insta because he said i had to", "isolation",
         "i muted my school group chat on whatsapp it never stops"),
    ],
)
def test_a_wave_10_family_hears_the_danger_and_lets_the_everyday_words_pass(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, danger
    assert safety.screen(everyday, "en-US") is None, everyday


WAVE_10_NARROWED = [
    # wave 10: rules that fired on everyday talk of blind hands, narrowed by family (the daily grind, a
    # burden "when I moan", tired of everything at work, trapped in a job, the doctor's rules, keys taken
    # after a drink, a present kept hidden, family far away, what he will say, the emergency number rung
    # for a fall or a crash seen, a talk planned, "in the end it was fine", sore feet, a joke both
    # laughed at, a cleaver at a cookery class), each beside the danger the same rule must still hear
    ("i can't go on like this anymore", "self_harm", "i can't keep doing this commute, two hours each way"),
    ("i don't know how much longer i can go on", "self_harm", "honestly i don't know how much longer i can do this job"),
    ("i'm just a burden to everyone", "self_harm", "i feel like a burden on my family when i moan about work"),
    ("i'm so tired of it all", "self_harm", "i'm tired of it all at work, the emails never stop"),
    ("i'm so tired of it all", "self_harm", "i'm tired of everything being such a struggle with the mortgage"),
    ("i feel trapped and he watches every door", "fear", "i feel trapped in this dead end job"),
    ("i'm not allowed to eat until he has finished", "control", "i'm not allowed to eat chocolate on this new diet"),
    ("he hid my car keys so i couldn't visit my sister", "control", "he took my car keys because i'd had a few drinks at the party"),
    ("he won't let me see my sister", "isolation", "he won't let me see the birthday present until sunday"),
    ("i haven't seen my friends in months", "isolation", "i haven't seen my family in ages because of the cost of flights"),
    ("i'm scared of what he'll do when he finds out", "fear", "i'm scared of what he'll say when i tell him about the overdraft"),
    ("i don't have anyone left", "isolation", "i don't have anyone to eat lunch with at my new job"),
    ("he doesn't like my friends so i don't see them now", "isolation", "he doesn't like my friends much but we still have them round"),
    ("i have to ring 999 he is kicking the door in", "asks_help", "i had to call 911 last month when my neighbour slipped on her steps"),
    ("i have to ring 999 he is kicking the door in", "asks_help", "i had to ring 999 on saturday when my dad fell off the ladder"),
    ("can you help me he is outside", "asks_help", "can you help me plan what to say when we sit down tonight"),
    ("i just want to end it", "self_harm", "we argued for an hour but in the end it was fine"),
    ("he said he's going to kill me and then he laughed", "threat", "she said she's going to murder me in my sleep for losing the remote and we both laughed"),
    ("he checks my phone every night while i'm asleep", "stalking", "he checks my phone when i'm giggling because he wants to see the video too"),
    ("my husband came at me with a cleaver", "weapon", "i nicked my thumb with the cleaver and the chef at the cooking class found me a plaster"),
]


WAVE_10_FROM_Q = [
    # wave 10 families for the classes hand q was weighted to (children and pets, isolation, stalking),
    # drawn from it by meaning; these words are in no corpus. Beside each, the same words in everyday use.
    ("he shut the cat out in the frost all night to punish me", "children_pets", "we put the dog out in the garden for a wee before bed"),
    ("he tipped the guinea pig's cage over with the guinea pig still in it", "children_pets", "we tipped the cage over to give it a proper clean"),
    ("he gave the dog a right hiding for chewing his slippers", "children_pets", "we gave the dog a good long walk on the beach"),
    ("he keeps saying the dog could go missing if i see my sister again", "children_pets", "the vet said the dog might go missing if we don't fix the fence"),
    ("he uses our daughter to spy on me", "children_pets", "he uses the kids to help carry the shopping in"),
    ("he quizzes the kids about who came round while he was at work", "children_pets", "he quizzes the kids on their spellings every night"),
    ("she said if i report her the children will be put in care", "children_pets", "if i tell the kids about the trip they will be too excited to sleep"),
    ("my ex has the kids and won't tell me where he's taken them", "children_pets", "my ex has the kids this weekend and will drop them back on sunday"),
    ("he makes my boy kneel on the step for hours", "children_pets", "he makes the kids sit at the table until they finish their peas"),
    ("he goes in a huff if i go to my sister's so i've stopped going", "isolation", "he gets grumpy when i go to book club because he has to cook"),
    ("i'm not permitted to go to church without him", "isolation", "we're not permitted to go to the temple without covering our heads"),
    ("my parents can't stand him so i had to choose between him and them", "isolation", "my family want to go to spain and i have to choose between two hotels"),
    ("he stopped my sister coming round", "isolation", "the snow stopped my sister coming round at christmas"),
    ("he has turned all my friends against me", "isolation", "we turned the spare room into an office"),
    ("nobody rings anymore, he saw to that", "isolation", "nobody rings anymore, everyone just texts"),
    ("he knew who i was with last night and i never told him", "stalking", "he always knows where the remote is"),
    ("my ex rang the bell at my new flat and i never gave him the address", "stalking", "a parcel came to my new flat and i never gave the shop my address"),
    ("he showed up at the library to check up on me", "stalking", "he showed up at the party to surprise me"),
    ("he searches my handbag every night when i get home", "stalking", "he looked through my bag for the car keys"),
    ("he pays his mate to watch the house and tell him who visits", "stalking", "we asked the neighbours to keep an eye on the house while we're away"),
    ("he logs into my online banking to see where i've been", "stalking", "he logs into my online banking to pay the gas bill"),
    ("i changed my route to work so he wouldn't follow me", "stalking", "i changed my route to work to miss the roadworks"),
    # and the other classes hand q's rules missed
    ("she has my car keys and my bank card and won't give them back", "control", "my sister has my phone charger and won't give it back"),
    ("he's locked my inhaler away", "control", "i locked my tablets away from the grandkids"),
    ("i can't go out without asking him first", "control", "i can't go anywhere without asking for directions"),
    ("i creep around on tiptoe when he gets in from the pub", "fear", "we creep around on tiptoe when he is asleep"),
    ("i watch his face when he comes in to see what mood he is in", "fear", "i watch his face when he opens presents to see what he thinks"),
    ("i can't relax until i know what mood he's in", "fear", "i can't relax until i know the kids are home"),
    ("i've been packing a case bit by bit and hiding it in the loft", "fleeing", "i packed a picnic and left it in the car"),
    ("i've set up a separate account so i can leave him", "fleeing", "we've set up a separate account for the holiday money"),
    ("i need to get away quietly without him noticing", "fleeing", "i need to get out of here quietly before the baby wakes"),
    ("he came to the door with a hammer", "weapon", "he came to the door with a bottle of wine"),
    ("there's a shotgun in the house and he's raging", "weapon", "there's a gun in the house and he keeps it locked in the safe"),
    ("i'm sitting on the ledge right now", "self_harm", "i'm sitting on the patio right now"),
    ("i think about ending it most days", "self_harm", "i think about ending the lease early every day"),
    ("call my brother please hurry", "asks_help", "call my brother please i want to say happy birthday"),
]


@pytest.mark.parametrize(("danger", "cls", "everyday"), WAVE_10_NARROWED + WAVE_10_FROM_Q)
def test_a_wave_10_family_hears_the_danger_and_lets_the_everyday_words_pass_the_rules(danger, cls, everyday):
    found = safety.screen(danger, "en-US", use_model=False)
    assert found is not None and found.cls == cls, danger
    assert safety.screen(everyday, "en-US", use_model=False) is None, everyday


def _rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_latest_blind_hands_are_there_and_labelled_like_the_rest():
    assert [p.stem for p in LATEST] == ["tuning_q", "tuning_r", "tuning_s"]
    assert [p.stem for p in NEWEST] == ["tuning_t", "tuning_u", "tuning_v", "tuning_w", "tuning_x", "tuning_y",
                                        "tuning_z", "tuning_za", "tuning_zb", "tuning_zc", "tuning_zd", "tuning_ze",
                                        "tuning_zf", "tuning_zg", "tuning_zh", "tuning_zi", "tuning_zj",
                                        "tuning_zk", "tuning_zl", "tuning_zm", "tuning_zn", "tuning_zo"]
    classes = {r["class"] for p in TUNING if p not in LATEST + NEWEST for r in _rows_of(p)}
    for path in LATEST + NEWEST:
        assert {r["class"] for r in _rows_of(path)} <= classes, path.name
    assert [p.stem for p in PENDING] == ["hand_zp"]
    tuning_texts = {r["text"] for r in ROWS}
    for path in PENDING:
        assert {r["class"] for r in _rows_of(path)} <= classes, path.name
        assert not {r["text"] for r in _rows_of(path)} & tuning_texts, path.name


@pytest.mark.parametrize("path", LATEST + RULES_WRITTEN_FROM + PENDING, ids=lambda p: p.stem)
def test_the_rules_alone_let_the_everyday_speech_of_the_latest_hands_pass_all_but_one_in_a_hundred(path):
    # Everyday talk of the hands written last (long answers, near misses, hotline talk in the past, parcels
    # tracked, budgets agreed): what the rules flag there is the rules' own false alarm, whatever the model
    # later learns.
    everyday = [r["text"] for r in _rows_of(path) if r["class"].startswith("safe_")]
    flagged = [t for t in everyday if safety.screen(t, "en-US", use_model=False) is not None]
    assert len(flagged) <= len(everyday) // 100, flagged

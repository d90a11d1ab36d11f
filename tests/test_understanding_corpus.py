"""The corpus of how people talk, the two simulator NLUs, and the benchmark that measures them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from bench import nlu as bench
from tools.nlu import Nlu
from tools.nlu_general import GeneralNlu, make_nlu

ROOT = Path(__file__).resolve().parent.parent
LM = json.loads((ROOT / "interaction_models" / "en-US.json").read_text("utf-8"))["interactionModel"]["languageModel"]
INTENTS = {i["name"]: {s["name"]: s["type"] for s in i.get("slots", [])} for i in LM["intents"]}
TYPE_IDS = {t["name"]: {v["id"] for v in t["values"]} for t in LM["types"]}
CORPUS = bench.load()

# Every feature and state the issue names has utterances in both parts.
STATES_IN_BOTH = {
    "first_visit", "menu", "guidance_menu", "topic", "help",
    "boundary:consent", "boundary:choose", "boundary:probe", "boundary:moment", "boundary:statement",
    "boundary:consequence", "boundary:rehearse", "boundary:keep",
    "reflection:frequency", "reflection:peace", "reflection:effort", "reflection:future", "reflection:words",
    "reflection:offer_skip", "reflection:keep",
    "checkin:mood", "checkin:words", "checkin:reminder_offer", "notes:capture", "notes:consent", "reminders:time",
}


def test_the_corpus_is_large_with_a_held_out_fifth_and_covers_every_state():
    splits = Counter(u.split for u in CORPUS)
    assert len(CORPUS) >= 600
    assert set(splits) == {"tuning", "heldout", "heldout_v2", "heldout_v3", "heldout_v4", "heldout_v5", "heldout_v6", "heldout_v7", "heldout_v8", "heldout_v9", "heldout_v10", "heldout_v11"}
    # The second, third and fourth held-out parts were each written blind, later, by another hand.
    assert splits["heldout_v2"] >= 200 and splits["heldout_v3"] >= 180 and splits["heldout_v4"] >= 175 and splits["heldout_v5"] >= 175
    assert splits["heldout_v6"] >= 165
    assert splits["heldout_v7"] >= 175
    assert splits["heldout_v8"] >= 155
    assert splits["heldout_v9"] >= 210
    assert splits["heldout_v10"] >= 150
    assert splits["heldout_v11"] >= 130
    # The first held-out part was written first (160 of 775 then, a fifth); tuning rounds since have added
    # to the rest, so the held-out parts together keep the share.
    held = sum(n for split, n in splits.items() if split != "tuning")
    assert splits["heldout"] >= 160 and held / len(CORPUS) >= 0.15
    for split in ("tuning", "heldout"):
        assert {u.state for u in CORPUS if u.split == split} >= STATES_IN_BOTH, split
    # Each topic is asked for in each part; the menu, leaving and out-of-scope requests are there too.
    for split in ("tuning", "heldout"):
        asked = {u.slots.get("topic") for u in CORPUS if u.split == split and "GuidanceIntent" in u.intents}
        assert asked >= {"why_resist", "fears_stigma", "start_talk", "try_together", "work_on_yourself",
                         "boundaries", "individual_therapy", "deal_breaker"}, split
        labels = {i for u in CORPUS if u.split == split for i in u.intents}
        assert {"AMAZON.StopIntent", "AMAZON.FallbackIntent", "ThanksIntent", "AboutIntent",
                "PickOrdinalIntent", "SetReminderIntent", "ReadNotesIntent", "CheckInIntent"} <= labels, split


def test_no_utterance_is_in_both_parts_and_every_label_exists_in_the_model():
    seen = Counter((u.state, " ".join(u.text.lower().strip(" .,!?").split())) for u in CORPUS)
    assert [k for k, n in seen.items() if n > 1] == []
    for u in CORPUS:
        for intent in u.intents:
            assert intent in INTENTS, (u.id, intent)
        for name, value in u.slots.items():
            slot_type = next((INTENTS[i][name] for i in u.intents if name in INTENTS[i]), None)
            assert slot_type is not None, (u.id, name)
            if slot_type in TYPE_IDS:
                assert value in TYPE_IDS[slot_type], (u.id, name, value)


# The tuning part whole, and the first lines of every held-out part: the benchmark's own run, once for this module.
SOME = [u for u in CORPUS if u.split == "tuning"] + [
    u for split in bench.SPLITS if split != "tuning" for u in [v for v in CORPUS if v.split == split][:12]]


@pytest.fixture(scope="module")
def measured():
    return bench.run(SOME)


def test_the_benchmark_measures_both_modes_on_both_parts_and_lists_misses(measured, capsys, monkeypatch):
    assert set(measured) == {(m, s) for m in bench.MODES for s in bench.SPLITS}
    # The command measures the whole corpus in one market, and prints what that run measured (here, the run
    # above, so the table's figures are those of fewer held-out lines; what is shown and hidden is the same).
    asked = []
    monkeypatch.setattr(bench, "run", lambda utterances, locale="en-US": asked.append((utterances, locale)) or measured)
    bench.main(["--show"])
    assert asked == [(CORPUS, "en-US")]
    out = capsys.readouterr().out
    assert "literal tuning" in out and "general heldout" in out and "general heldout_v2" in out
    assert "boundary:choose" in out and "tuning: " in out and "missed" in out
    # Only the tuning part's misses are listed: a held-out part's misses are never shown.
    assert not any(f"{split}: " in out for split in bench.SPLITS if split != "tuning")
    assert not any(f"] {u.text!r}" in out for u in CORPUS if u.split != "tuning")


@pytest.mark.parametrize("mode", bench.MODES)
def test_the_tuning_part_stays_above_its_target(mode, measured):
    # The tuning part only: the held-out figure is reported, never pinned (it is never tuned on).
    rows = measured[(mode, "tuning")]
    missed = [u.text for u, _, ok in rows if not ok]
    assert bench.share(rows) >= bench.TARGETS[(mode, "tuning")], missed


# -- the generalising NLU, one behaviour at a time ------------------------------------------------
def test_the_literal_matcher_hears_only_the_models_sentences():
    nlu = make_nlu("literal")
    assert isinstance(nlu, Nlu) and not isinstance(nlu, GeneralNlu)
    assert nlu.understand("um so what is this exactly").intent == "AMAZON.FallbackIntent"


def test_fillers_and_politeness_around_a_sample_still_reach_it():
    nlu = GeneralNlu()
    assert nlu.understand("um so what is this exactly").intent == "AboutIntent"
    assert nlu.understand("okay uh thank you so much for that").intent == "ThanksIntent"


def test_a_topic_described_in_other_words_is_found():
    nlu = GeneralNlu()
    match = nlu.understand("my spouse keeps refusing to see a marriage counselor")
    assert match.intent == "GuidanceIntent"
    assert bench.slot_heard(match.slots["topic"]) == "why_resist"


def test_the_word_that_names_one_topic_outweighs_words_every_topic_shares():
    # "he won't go to therapy" is said of every topic; "alone" names one.
    match = GeneralNlu().understand("is it ok to go to counselling alone when he won't")
    assert match.intent == "GuidanceIntent"
    assert bench.slot_heard(match.slots["topic"]) == "individual_therapy"


def test_a_slot_value_said_in_many_words_weighs_as_much_as_they_do():
    nlu = GeneralNlu()
    match = nlu.understand("the first one you said about why she refuses therapy")
    assert match.intent == "GuidanceIntent"  # the topic named, not "the first one"
    assert bench.slot_heard(match.slots["topic"]) == "why_resist"
    deal = nlu.understand("what are the warning signs of a deal breaker")
    assert deal.intent == "GuidanceIntent" and bench.slot_heard(deal.slots["topic"]) == "deal_breaker"


def test_slot_values_are_spotted_inside_longer_answers():
    nlu = GeneralNlu()
    match = nlu.understand("ugh honestly it is every single day at this point")
    assert match.intent == "FrequencyAnswerIntent"
    assert bench.slot_heard(match.slots["frequency"]) == "daily"
    time = nlu.understand("could you remind me at nine pm each day please")
    assert time.intent == "SetReminderIntent" and bench.slot_heard(time.slots["time"]) == "21:00"


@pytest.mark.parametrize(
    "said",
    [
        "what's the weather in boston", "play my workout playlist", "order more paper towels",
        "play some jazz",  # "play" is a word of reading notes aloud, "jazz" is no word of this skill
        "wake me up in five minutes",  # a number with a unit is an amount, not a rating
        "we have been married nine years",
    ],
)
def test_what_is_not_for_this_skill_goes_to_fallback(said):
    assert GeneralNlu().understand(said).intent == "AMAZON.FallbackIntent"


def test_after_an_elicit_the_whole_answer_is_free_text_but_stop_still_stops():
    nlu = GeneralNlu()
    text = "uh when he says therapy is a waste of money"
    match = nlu.elicited(text, "CaptureTextIntent", "text")
    assert match.intent == "CaptureTextIntent" and match.slots["text"]["value"] == text
    assert nlu.elicited("um stop", "CaptureTextIntent", "text").intent == "AMAZON.StopIntent"


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("good afternoon, who are you", "AboutIntent"),  # a greeting first
        ("would you mind reading my notes", "ReadNotesIntent"),  # a polite wrapper around the request
        ("if you don't mind, read my notes", "ReadNotesIntent"),
        ("I was wondering whether you could list the topics", "GuidanceMenuIntent"),
        ("no, because he is in the next room", "AMAZON.NoIntent"),  # the answer, then its reason
        ("yes, since I have the evening free", "AMAZON.YesIntent"),
        ("yes so that I can remember", "AMAZON.YesIntent"),
    ],
)
def test_greetings_polite_wrappers_and_reasons_around_an_answer_leave_the_answer(said, intent):
    assert Nlu().understand(said).intent == "AMAZON.FallbackIntent"  # not a sentence of the model
    assert GeneralNlu().understand(said).intent == intent


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("no she would hear it", "AMAZON.NoIntent"),  # the answer, then a clause of its own
        ("i would rather not he reads everything", "AMAZON.NoIntent"),
        ("help me please i am lost here", "AMAZON.HelpIntent"),
        ("no he hits me", "SafetyIntent"),  # but a clause for safety is never lost behind the answer
        ("help me please i am scared of him", "SafetyIntent"),
        ("yes she has been helping more around the flat", "AMAZON.YesIntent"),  # "help" alone is not urgent
    ],
)
def test_an_answer_said_first_then_a_clause_of_its_own_is_that_answer_unless_the_clause_is_urgent(said, intent):
    assert Nlu().understand(said).intent == "AMAZON.FallbackIntent"  # not a sentence of the model
    assert GeneralNlu().understand(said).intent == intent


def test_a_value_of_small_words_is_that_value_only_said_alone():
    nlu = GeneralNlu()
    alone = nlu.understand("a bit")
    assert alone.intent == "MaybeAnswerIntent" and bench.slot_heard(alone.slots["maybe"]) == "sometimes"
    assert nlu.understand("i am struggling a bit").intent != "MaybeAnswerIntent"  # a degree, not an answer
    assert nlu.understand("he bit me last night").intent == "SafetyIntent"  # "bit" as a verb is no small word
    assert nlu.understand("yes he has tried a little").intent == "AMAZON.YesIntent"


def test_between_samples_that_share_every_word_that_counts_the_small_words_decide():
    nlu = GeneralNlu()
    assert nlu.understand("what are my choices here then").intent == "AMAZON.HelpIntent"  # not "what were"
    assert nlu.understand("just the boundary").intent == "StartBoundaryIntent"  # the exercise's own word


def test_a_note_said_with_another_word_joining_it_to_its_text_is_still_a_note():
    nlu = GeneralNlu()
    match = nlu.understand("could you make a note saying he forgot again")  # the model says "that"
    assert match.intent == "AddNoteIntent" and match.slots["text"]["value"] == "he forgot again"
    assert nlu.understand("the note about my mother").intent != "AddNoteIntent"


def test_a_request_of_the_model_at_the_end_of_a_sentence_is_that_request_unless_what_came_first_is_urgent():
    nlu = GeneralNlu()
    assert nlu.understand("i do not know what to do can you help me please").intent == "AMAZON.HelpIntent"
    assert nlu.understand("he hits me can you help me").intent == "SafetyIntent"
    assert nlu.understand("i am scared of him what can i do").intent == "SafetyIntent"


def test_an_answer_said_in_several_of_its_own_phrases_is_that_answer():
    assert GeneralNlu().understand("i suppose so yeah that is fine").intent == "AMAZON.YesIntent"  # not a mood


def test_thanks_after_an_answer_is_politeness_but_thanks_alone_is_thanks():
    nlu = GeneralNlu()
    assert nlu.understand("not at the moment, thanks").intent == "AMAZON.NoIntent"
    assert nlu.understand("thanks").intent == "ThanksIntent"
    assert nlu.understand("okay uh thank you so much for that").intent == "ThanksIntent"


def test_the_literal_stand_in_hears_times_as_alexas_built_in_time_does():
    match = Nlu().understand("remind me at eight o'clock in the evening")
    assert match.intent == "SetReminderIntent" and bench.slot_heard(match.slots["time"]) == "20:00"
    assert bench.slot_heard(Nlu().understand("at 7 in the morning").slots["time"]) == "07:00"
    assert bench.slot_heard(Nlu().understand("ten at night please").slots["time"]) == "22:00"
    assert bench.slot_heard(Nlu().understand("at noon").slots["time"]) == "12:00"  # noon is midday, not midnight
    assert Nlu().understand("I want to do my check-in").intent == "CheckInIntent"  # "check-in" is said "check in"


@pytest.mark.parametrize(("said", "sent"), [
    ("remind me at noon", "12:00"),
    ("remind me at midnight", "00:00"),
    ("remind me at 7 pm", "19:00"),
    ("at eight thirty pm", "20:30"),
    ("half past eight", "08:30"),
    ("quarter to ten pm", "21:45"),
    ("seven fifteen in the evening", "19:15"),
    ("eight oh five am", "08:05"),
    ("twenty past six in the morning", "06:20"),
    ("remind me at eight o'clock at night", "20:00"),
])
def test_a_time_is_heard_as_alexas_built_in_time_sends_it(said, sent):
    """AMAZON.TIME as Alexa resolves it: noon is midday (never midnight), minutes said in words count,
    "half past" and "quarter to" move the hour, and "pm" or "at night" is the afternoon's half."""
    match = Nlu().understand(said)
    assert match.intent == "SetReminderIntent"
    assert match.slots["time"]["value"] == sent


def test_the_literal_stand_in_hears_british_spelling_as_an_american_echo_writes_it():
    match = Nlu().understand("should I go to counselling by myself")
    assert match.intent == "GuidanceIntent" and bench.slot_heard(match.slots["topic"]) == "individual_therapy"


@pytest.mark.parametrize(
    ("said", "intent", "slots"),
    [
        ("i dunno which one help me pick", "HelpMeChooseIntent", {}),  # slang said in full
        ("whats this skill about then", "AboutIntent", {}),  # speech-to-text without apostrophes
        ("the second one no hang on the third one", "PickOrdinalIntent", {"ordinal": "3"}),  # a self-correction
        ("wait what was the question again", "WhatWasTheQuestionIntent", {}),  # an interruption first
        ("excuse me sorry what am i able to do here", "AMAZON.HelpIntent", {}),  # an apology first ("sorry?" alone repeats)
        ("cheers that was really useful", "ThanksIntent", {}),  # thanks said first
        ("quarter to nine in the evening would suit me best", "SetReminderIntent", {"time": "20:45"}),
        ("every night at ten o'clock", "SetReminderIntent", {"time": "22:00"}),  # the part of the day first
        ("set it for 8 15 in the evening thank you kindly", "SetReminderIntent", {"time": "20:15"}),  # "8:15" as dictated
        ("can we perhaps do the check in", "CheckInIntent", {}),
        ("a check in sounds lovely right now", "CheckInIntent", {}),
        ("not great sadly", "CheckInMoodIntent", {"mood": "2"}),  # regret after an answer is politeness  # the choice, then approval of it  # a hedge inside a request is no "maybe"
    ],
)
def test_voices_beyond_the_polite_reach_what_they_mean(said, intent, slots):
    assert Nlu().understand(said).intent == "AMAZON.FallbackIntent"  # not a sentence of the model
    match = GeneralNlu().understand(said)
    assert match.intent == intent
    assert {name: bench.slot_heard(match.slots[name]) for name in slots} == slots


def test_in_free_text_stop_or_cancel_said_on_its_own_escapes_but_a_sentence_about_stopping_is_kept():
    nlu = GeneralNlu()
    assert nlu.elicited("cancel i have had enough for today", "CaptureTextIntent", "text").intent == "AMAZON.CancelIntent"
    assert nlu.elicited("no stop i can't do this right now", "CaptureTextIntent", "text").intent == "AMAZON.StopIntent"
    # The model's own sentences for help, stop and cancel escape too, one after another or with fillers.
    assert nlu.elicited("um sorry what am i supposed to say", "CaptureTextIntent", "text").intent == "AMAZON.HelpIntent"
    assert nlu.elicited("oh forget about it, cancel that", "CaptureTextIntent", "text").intent == "AMAZON.CancelIntent"
    kept = nlu.elicited("stop shouting at me when i am upset", "CaptureTextIntent", "text")
    assert kept.intent == "CaptureTextIntent" and kept.slots["text"]["value"] == "stop shouting at me when i am upset"


def test_a_time_gone_by_names_no_part_of_the_day_to_be_reminded_at():
    nlu = GeneralNlu()
    for said in ("he hurt me last night", "she slapped me last night", "he hit me yesterday morning"):
        assert nlu.understand(said).intent == "SafetyIntent", said  # never a reminder "at night"
    asked = nlu.understand("remind me last thing at night")
    assert asked.intent == "SetReminderIntent" and bench.slot_heard(asked.slots["part"]) == "night"


@pytest.mark.parametrize(("said", "sent"), [
    ("half seven in the evening", "19:30"),  # half past, as the British say it
    ("twenty hundred hours", "20:00"),
    ("at seven tonight", "19:00"),
])
def test_both_stand_ins_read_a_time_with_one_parser(said, sent):
    for nlu in (Nlu(), GeneralNlu()):
        match = nlu.understand(said)
        assert match.intent == "SetReminderIntent" and match.slots["time"]["value"] == sent, type(nlu).__name__
    # The generalising one finds the same time inside a longer sentence.
    inside = GeneralNlu().understand(f"could you remind me {said} every day")
    assert inside.intent == "SetReminderIntent" and inside.slots["time"]["value"] == sent


@pytest.mark.parametrize(
    ("said", "intent", "slots"),
    [
        ("whatever the final one was", "PickOrdinalIntent", {"ordinal": "last"}),  # "one" names a thing here
        ("honestly a check in would be grand", "CheckInIntent", {}),  # approval of a request, not thanks
        ("a check in would be lovely thanks a million", "CheckInIntent", {}),  # thanks after it is politeness
        ("yeah, when it's calm it's lovely", "AMAZON.YesIntent", {}),  # the answer, then a clause with "when"
        ("mostly yes, home is okay", "AMAZON.YesIntent", {}),  # a hedged yes is a yes, not a mood
        ("no, i'll go now", "AMAZON.StopIntent", {}),  # a clause after the answer that asks to leave
        ("please be discreet, turn private mode on", "PrivateModeIntent", {"setting": "ON"}),  # "on" said last
    ],
)
def test_clause_structure_and_small_words_decide_what_is_meant(said, intent, slots):
    match = GeneralNlu().understand(said)
    assert match.intent == intent
    assert {name: bench.slot_heard(match.slots[name]) for name in slots} == slots


def test_a_time_or_count_that_asks_for_nothing_sets_no_reminder_and_is_no_rating():
    nlu = GeneralNlu()
    assert nlu.understand("the talks never end, we stay up until three in the morning").intent != "SetReminderIntent"
    assert nlu.understand("ideas for the two of us").intent != "CheckInRatingIntent"


def test_a_hand_kept_apart_is_measured_alone_and_a_held_out_file_is_refused(capsys, tmp_path):
    hand = tmp_path / "hand.jsonl"
    hand.write_text('{"id": "x-1", "split": "tuning", "state": "menu", "text": "read my notes", '
                    '"intent": "ReadNotesIntent"}\n', encoding="utf-8")
    bench.main(["--file", str(hand), "--show"])
    out = capsys.readouterr().out
    assert "general tuning" in out and "heldout" not in out and "100.0% (   1)" in out
    held = tmp_path / "heldout_v9.jsonl"
    held.write_text(hand.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(SystemExit):
        bench.main(["--file", str(held), "--show"])
    assert "read my notes" not in capsys.readouterr().out


def test_a_mood_with_words_beyond_a_value_arrives_as_said_and_the_skill_reads_it():
    """An open slot holds the words said; Alexa resolves only one of its values. "Worse than yesterday"
    is not the nearest value ("better than yesterday"), and "wasn't the worst" is not "the worst"."""
    nlu = GeneralNlu()
    for said, rating in (("worse than yesterday if anything", "2"), ("we actually laughed at dinner", "4"),
                         ("wasn't the worst", "3"), ("rough morning but a lovely evening", "3")):
        match = nlu.understand(said)
        assert match.intent == "CheckInMoodIntent", (said, match.intent)
        assert bench.read_by_skill("mood", match.slots["mood"]) == rating, (said, match.slots["mood"])
    whole = nlu.understand("pretty good")  # a value said whole, with only the sample's words: resolved
    assert bench.slot_heard(whole.slots["mood"]) == "4"

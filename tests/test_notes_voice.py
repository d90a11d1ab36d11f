"""Notes by voice: add, consent, read three at a time, delete, send to the phone, stop keeping notes.

Every conversation goes through the interaction model's own samples and the real lambda_handler.
"""

from __future__ import annotations

from datetime import timedelta

from tests.support.checks import assert_valid_response
from tests.support.notes import (
    ANNA,
    add_exact,
    agree_and_add,
    asks_before_card,
    asks_consent,
    owner_keys,
    partition,
    personal,
    voice,
)


def notes_in(items):
    return [i for i in items() if i["sk"].startswith("NOTE#")]


def test_first_note_asks_consent_in_one_breath_then_saves_the_words_whole(talk, items):
    # GIVEN someone who has never kept a note
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    # WHEN they add one, the words captured whole on the next turn
    prompt = convo.say("add a note")
    assert prompt.directives and prompt.directives[0]["type"] == "Dialog.ElicitSlot"
    ask = convo.say("I held my ground calmly tonight, and it felt good")
    # THEN they are asked, once and briefly, whether notes may be kept, and nothing is saved yet
    assert asks_consent(ask) and ask.speech.endswith("?")
    assert ask.speech.count("?") == 1 and len(ask.speech) < 140
    assert not notes_in(items)
    # WHEN they say yes
    saved = convo.say("yes")
    # THEN the note and the consent (with its time) are stored, and they hear it was saved
    assert saved.said("notes/saved")
    stored = notes_in(items)
    assert [n["text"] for n in stored] == ["I held my ground calmly tonight, and it felt good"]
    assert stored[0]["kind"] == "note"
    consent = [i for i in items() if i["sk"] == "META#setting#consent"]
    assert consent and consent[0]["set_at"] == int(convo.clock.timestamp())
    assert saved.session_open and saved.reprompt
    assert_valid_response(saved.raw)


def test_one_shot_note_with_the_words_in_the_same_utterance(talk, items):
    convo = talk()
    agree_and_add(convo, "first one")
    convo.say("stop")
    # WHEN they add a note in one breath from outside the skill
    reply = convo.say("ask steady ground to add a note that we laughed at dinner")
    # THEN it's saved without a second question
    assert reply.said("notes/saved")
    assert sorted(n["text"] for n in notes_in(items)) == ["first one", "we laughed at dinner"]


def test_saying_no_to_consent_stores_nothing_and_everything_else_still_works(talk, items):
    # GIVEN a first visit (which remembers the visit) and a note on its way
    convo = talk()
    convo.say("open steady ground")
    convo.say("add a note that this stays between us")
    # WHEN they say no to keeping notes
    reply = convo.say("no")
    # THEN nothing of theirs is stored, they are told plainly, and the skill carries on
    assert reply.said("notes/not_kept")
    assert personal(items) == []
    guidance = convo.say("tell me about boundaries")
    assert guidance.session_open and guidance.speech
    assert personal(items) == [], "with notes off, later turns store nothing either"


def test_notes_are_read_newest_first_three_at_a_time_with_the_day(talk):
    # GIVEN four notes written on four days (Friday 27 November is "today")
    convo = talk(device=voice(ANNA))
    start = convo.clock
    for days_back, text in ((6, "saturday thought"), (3, "tuesday thought"), (1, "thursday thought"), (0, "friday thought")):
        convo.clock = start - timedelta(days=days_back)
        agree_and_add(convo, text)
    convo.clock = start
    # WHEN they ask to hear them
    first = convo.say("read my notes")
    # THEN the three newest, newest first, each with its day, then an offer of more
    order = [first.speech.index(t) for t in ("friday thought", "thursday thought", "tuesday thought")]
    assert order == sorted(order)
    assert "saturday thought" not in first.speech
    assert "On Tuesday, you wrote: tuesday thought" in first.speech
    assert "Yesterday, you wrote: thursday thought" in first.speech
    assert first.session_open and first.speech.endswith("?")
    # WHEN they say more
    more = convo.say("more")
    # THEN the last one, and nothing repeated
    assert "On Saturday, you wrote: saturday thought" in more.speech
    assert "tuesday thought" not in more.speech
    assert more.session_open and more.reprompt


def test_notes_are_never_spoken_unless_asked_in_that_turn(talk):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "a private worry about money")
    convo.say("stop")
    for said in ("open steady ground", "help", "tell me about boundaries", "send my notes to my phone"):
        assert "private worry" not in convo.say(said).speech


def test_delete_last_note_removes_only_the_newest(talk, items):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "older note")
    convo.clock += timedelta(minutes=5)
    agree_and_add(convo, "newer note")
    reply = convo.say("delete my last note")
    assert "deleted" in reply.speech.lower() and "newer note" not in reply.speech
    assert [n["text"] for n in notes_in(items)] == ["older note"]


def test_delete_all_asks_first_and_no_keeps_everything(talk, items):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "keep me")
    confirm = convo.say("delete all my notes")
    assert confirm.speech.endswith("?") and confirm.reprompt
    kept = convo.say("no")
    assert kept.said("notes/nothing_deleted")
    assert [n["text"] for n in notes_in(items)] == ["keep me"]


def test_delete_all_removes_every_item_proven_by_a_query(talk, dynamo):
    # GIVEN a person with notes, consent and a profile
    device = voice(ANNA)
    convo = talk(device=device)
    convo.say("open steady ground")
    agree_and_add(convo, "one")
    agree_and_add(convo, "two")
    mine, account = owner_keys(device)
    assert partition(dynamo, mine)
    # WHEN they delete everything and confirm
    convo.say("delete all my notes")
    done = convo.say("yes")
    # THEN a consistent query of their partition finds nothing at all, and the account's registry
    # no longer lists them
    assert done.said("notes/deleted_all")
    assert partition(dynamo, mine) == []
    assert [i for i in partition(dynamo, account) if i["sk"].startswith("MEMBER#")] == []
    assert convo.say("read my notes").said("notes/none")


def test_send_to_phone_puts_the_notes_in_a_card_and_not_in_speech(talk):
    convo = talk(device=voice(ANNA))
    add_exact(convo, "call my sister on Sunday")
    ask = convo.say("send my notes to my phone")
    assert asks_before_card(ask) and "call my sister" not in ask.speech
    reply = convo.say("yes")
    assert reply.card is not None
    assert "call my sister on Sunday" in reply.card[1]
    assert "call my sister" not in reply.speech
    assert reply.session_open


def test_only_the_notes_card_carries_note_text(talk):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "secret words here")
    for said in ("read my notes", "delete my last note"):
        reply = convo.say(said)
        assert reply.card is None or "secret words" not in reply.card[1]


def test_stop_keeping_notes_deletes_everything_and_asks_again_before_any_new_note(talk, items):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "first")
    convo.say("stop keeping notes")
    done = convo.say("yes")
    assert done.said("notes/stopped")
    assert personal(items) == []
    # WHEN they later ask to add a note in the same session, consent is asked again
    again = convo.say("add a note that second")
    assert asks_consent(again)
    assert personal(items) == []


def test_a_note_over_the_limit_is_refused_whole_and_one_at_the_limit_is_kept_whole(talk, items):
    convo = talk()
    agree_and_add(convo, "warm up")
    too_long = "a" * 4001
    reply = add_exact(convo, too_long)
    assert reply.said("notes/too_long")
    assert reply.session_open and reply.reprompt
    assert all(len(n["text"]) <= 4000 for n in notes_in(items)) and len(notes_in(items)) == 1
    exact = "b" * 4000
    add_exact(convo, exact)
    assert exact in [n["text"] for n in notes_in(items)]


def test_two_thousand_characters_with_markup_characters_survive_the_round_trip(talk, items):
    text = ('She said "fine" & I said <okay> ' * 60)[:2000].strip()
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    add_exact(convo, text)
    assert [n["text"] for n in notes_in(items)] == [text]
    reply = convo.say("read my notes")
    assert_valid_response(reply.raw)
    assert 'She said "fine" & I said <okay>' in reply.speech


def test_empty_note_is_asked_for_again_and_nothing_is_saved(talk, items):
    convo = talk()
    convo.say("open steady ground")
    convo.say("add a note")
    from tools import alexa

    reply = convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", "   ")}))
    assert reply.session_open and reply.reprompt
    assert reply.directives and reply.directives[0]["type"] == "Dialog.ElicitSlot"
    assert notes_in(items) == []


def test_words_of_crisis_in_a_note_bring_help_and_are_not_saved(talk, items):
    convo = talk()
    agree_and_add(convo, "an ordinary day")
    reply = agree_and_add(convo, "I don't want to live anymore")
    assert reply.request["request"]["intent"]["name"] == "AddNoteIntent"
    assert "988" in reply.speech and "1-800-799-7233" in reply.speech and reply.card is None
    assert "saved" not in reply.speech.lower() and "keep your notes" not in reply.speech.lower()
    assert [n["text"] for n in notes_in(items)] == ["an ordinary day"]

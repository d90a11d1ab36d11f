"""Two people, one Echo: every pending thing belongs to the speaker who started it.

When the next turn comes from someone else (another recognized voice, or a voice Alexa didn't
recognize this time), nothing pending is done for them: no save, no read, no delete, no Repeat.
The first speaker's place is kept, untouched and unsaved, and is theirs again when they speak.
"""

from __future__ import annotations

from tools import alexa

from steady_ground.session import Consent, DeleteAll, RetryNote
from tests.support.notes import ANNA, BEN, agree_and_add, owner_keys, voice

ANNA_PK, ACCOUNT_PK = owner_keys(voice(ANNA))
BEN_PK = owner_keys(voice(BEN))[0]


def notes_in(items, pk):
    return sorted(i["text"] for i in items() if i["pk"] == pk and i["sk"].startswith("NOTE#"))


def test_a_note_waiting_for_consent_is_never_saved_by_another_voices_yes(talk, items):
    anna = voice(ANNA)
    convo = talk(device=anna)
    convo.say("open steady ground")
    ask = convo.say("add a note that I am thinking about leaving")
    assert ask.state.question == Consent() and ask.state.parked is not None
    # WHEN a voice Alexa doesn't recognize says yes
    convo.as_person(None)
    other = convo.say("yes")
    # THEN nothing is saved anywhere, and that voice hears a neutral question, not Anna's business
    assert [i for i in items() if i["sk"].startswith("NOTE#")] == []
    assert other.session_open and not other.said("notes/consent_thanks") and not other.said("notes/saved")
    assert "leaving" not in other.speech.lower()
    # WHEN Anna speaks again, her question is still open, and her yes saves into her partition only
    convo.as_person("ANNA0001")
    done = convo.say("yes")
    assert done.said("notes/saved")
    assert notes_in(items, ANNA_PK) == ["i am thinking about leaving"]
    assert notes_in(items, ACCOUNT_PK) == []


def test_another_person_cannot_confirm_delete_all(talk, items):
    anna = voice(ANNA)
    convo = talk(device=anna)
    agree_and_add(convo, "first thought")
    asked = convo.say("delete all my notes")
    assert asked.state.question == DeleteAll()
    convo.as_person("BEN00002")
    convo.say("yes")
    assert notes_in(items, ANNA_PK) == ["first thought"], "Ben's yes deleted nothing of Anna's"
    convo.as_person("ANNA0001")
    done = convo.say("yes")
    assert done.said("notes/deleted_all") and notes_in(items, ANNA_PK) == []


def test_more_while_reading_is_never_read_to_another_voice(talk):
    anna = voice(ANNA)
    convo = talk(device=anna)
    for n in range(5):
        agree_and_add(convo, f"thought number {n}")
    first = convo.say("read my notes")
    assert first.said("notes/entry") and convo.state.notes_cursor is not None
    convo.as_person(None)
    other = convo.say("more")
    assert not other.said("notes/entry") and "thought number" not in other.speech
    convo.as_person("ANNA0001")
    more = convo.say("more")
    assert more.said("notes/entry") and "thought number" in more.speech


def test_repeat_never_says_one_persons_question_to_another(talk):
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    asked = convo.say("add a note that I am thinking about leaving")
    convo.as_person("BEN00002")
    again = convo.say("repeat that")
    assert again.speech != asked.speech and again.said("builtins/nothing_to_repeat")


def test_exercise_answers_from_another_voice_are_not_saved_into_the_first_persons_place(talk, items):
    anna = voice(ANNA)
    convo = talk(device=anna)
    convo.say("open steady ground")
    convo.say("start my boundary exercise")
    convo.say("yes")
    convo.say("time limits")
    before = convo.state.exercises["boundary"]
    progress_before = [i for i in items() if i["sk"] == "META#progress#boundary"]
    # WHEN Ben answers Anna's open question with words of his own
    convo.as_person("BEN00002")
    convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", "when she talks about money")}))
    # THEN nothing of it is in Anna's place, in the session or in the table, nor in Ben's partition
    assert [i for i in items() if i["sk"] == "META#progress#boundary"] == progress_before
    assert not [i for i in items() if i["pk"] == BEN_PK and "progress" in i["sk"]]
    # AND Anna carries on from exactly where she was
    convo.as_person("ANNA0001")
    convo.say("what was the question")
    assert convo.state.exercises["boundary"] == before


def test_a_note_waiting_for_a_retry_is_never_saved_or_read_out_by_another_voice(talk, wire, items):
    anna = voice(ANNA)
    convo = talk(device=anna)
    agree_and_add(convo, "first thought")
    # GIVEN Anna's note could not be saved, and the skill asks her whether to try again
    wire.fail("server_error", "PutItem")
    asked = convo.say("add a note that I am thinking about leaving")
    assert asked.state.question == RetryNote() and asked.speech.endswith("?")
    wire.heal()
    # WHEN Ben's voice says yes
    convo.as_person("BEN00002")
    other = convo.say("yes")
    # THEN nothing is saved for anyone, and Ben hears neither Anna's words nor a "saved"
    assert notes_in(items, ANNA_PK) == ["first thought"] and notes_in(items, BEN_PK) == []
    assert other.session_open and not other.said("notes/saved") and "leaving" not in other.speech.lower()
    # WHEN a voice Alexa doesn't recognize says yes, still nothing
    convo.as_person(None)
    convo.say("yes")
    assert notes_in(items, ANNA_PK) == ["first thought"] and notes_in(items, ACCOUNT_PK) == []
    # WHEN Anna speaks again, her retry question is still hers, and her yes saves it once, to her
    convo.as_person("ANNA0001")
    done = convo.say("yes")
    assert done.said("notes/saved")
    assert notes_in(items, ANNA_PK) == ["first thought", "i am thinking about leaving"]


def test_another_voices_no_to_keeping_notes_inside_an_exercise_declines_nothing_for_her(talk, items):
    from tests.test_boundary_conversation import ROUTE

    convo = talk(device=voice(ANNA))
    for text in ROUTE:  # GIVEN Anna, at the end of her first boundary exercise, says yes, keep it
        convo.say(text)
    asked = convo.say("yes")
    assert asked.state.question == Consent()
    # WHEN a voice Alexa doesn't recognize says no
    convo.as_person(None)
    other = convo.say("no")
    # THEN nothing of Anna's is declined, finished or spoken to that voice
    assert not other.said("notes/not_kept") and not other.said("boundary/notes_off")
    assert "money" not in other.speech.lower() and other.session_open
    # WHEN Anna answers herself, her no is the one that counts: not kept, and said plainly
    convo.as_person("ANNA0001")
    mine = convo.say("no")
    assert mine.said("boundary/notes_off") and not mine.said("boundary/save_refused")
    assert [i for i in items() if i["sk"].startswith("NOTE#")] == []


def test_words_held_after_the_safety_answer_are_kept_only_by_their_owners_yes(talk, items):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "an ordinary day")
    # GIVEN Anna's note is heard as danger: the numbers, then an offer to keep it that promises no privacy
    reply = convo.say("add a note that he made a fake instagram to keep tabs on me after i blocked him")
    said = reply.speech.lower()
    assert "911" in reply.speech and "note" in said and "private" not in said
    # WHEN a voice Alexa doesn't recognize says yes
    convo.as_person(None)
    other = convo.say("yes")
    # THEN nothing is kept, and that voice hears none of Anna's words
    assert notes_in(items, ANNA_PK) == ["an ordinary day"] and notes_in(items, ACCOUNT_PK) == []
    assert "instagram" not in other.speech.lower() and other.session_open
    # WHEN Anna says yes herself, her words are kept, in her partition only
    convo.as_person("ANNA0001")
    convo.say("yes")
    assert notes_in(items, ANNA_PK) == [
        "an ordinary day", "he made a fake instagram to keep tabs on me after i blocked him"]
    assert notes_in(items, ACCOUNT_PK) == []


def test_another_voice_asking_what_happens_to_notes_at_her_consent_question_reads_nothing_and_keeps_her_note_waiting(
    talk, items
):
    convo = talk(device=voice(ANNA), nlu="general")  # as Alexa generalises: the question is said as people say it
    convo.say("open steady ground")
    convo.say("add a note")
    ask = convo.say("I am thinking about leaving")
    assert ask.state.question == Consent() and ask.state.parked is not None
    # WHEN a voice Alexa doesn't recognize asks what happens to the notes
    convo.as_person(None)
    other = convo.say("so what happens to my notes")
    # THEN it hears how notes are kept, never a note read out, and nothing is saved or dropped
    assert other.session_open and other.speech.endswith("?")
    assert "leaving" not in other.speech.lower() and not other.said("notes/saved")
    assert [i for i in items() if i["sk"].startswith("NOTE#")] == []
    # AND Anna's yes, her voice known again, still saves the note that waited, in her partition only
    convo.as_person("ANNA0001")
    assert convo.say("yes").said("notes/saved")
    assert notes_in(items, ANNA_PK) == ["I am thinking about leaving"]

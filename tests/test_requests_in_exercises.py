"""A request to the skill said where an exercise waited for a person's own words: the boundary's
moment, the reflection's few words, the check-in's words, the talk plan's hope. "Delete all my notes"
there is not what happened at the moment; keeping it as the answer would put the wrong words in a
note, and carrying it out unasked could cost someone their notes. The person hears that it sounded
like a request, nothing is kept, and the same question comes again, within the usual re-ask limit.

And two people on one Echo: the request may not even be the person's. When another voice says
"delete all my notes" at the first person's note prompt, nothing of theirs is touched or told.
"""

from __future__ import annotations

import pytest

from tests.support.notes import ANNA, agree_and_add, owner_keys, voice
from tests.test_boundary_conversation import ROUTE

REQUESTS = ("delete all my notes", "read my notes", "stop keeping notes", "set a reminder")

# (exercise, what reaches its free-text step, the field its answer is kept in)
FREE_TEXT_STEPS = {
    "boundary moment": ("boundary", ROUTE[:3], "moment"),
    "boundary statement": ("boundary", ROUTE[:4], "statement"),
    "reflection words": ("reflection", ["start my reflection", "every day"], "words"),
    "check-in words": ("checkin", ["check in", "pretty good"], "words"),
    "plan hope": ("plan", ["ask steady ground to help me plan the talk"], "hope"),
}


def notes_in(items) -> list[str]:
    return sorted(i["text"] for i in items() if i["sk"].startswith("NOTE#"))


def place(convo, exercise: str) -> dict:
    return dict(convo.state.exercises.get(exercise) or {})


@pytest.mark.parametrize("words", REQUESTS)
@pytest.mark.parametrize("where", FREE_TEXT_STEPS)
def test_a_request_said_as_an_exercise_answer_is_not_kept_and_the_question_comes_again(talk, items, where, words):
    exercise, route, field = FREE_TEXT_STEPS[where]
    convo = talk()
    convo.say("open steady ground")
    agree_and_add(convo, "we had a calm evening")
    for text in route:
        question = convo.say(text)
    before = place(convo, exercise)
    assert before.get("step") and any(d["type"] == "Dialog.ElicitSlot" for d in question.directives)
    # WHEN the words heard at the free-text question are a request to the skill
    reply = convo.say(words)
    # THEN they hear it sounded like a request, and the same question again, listening for words
    assert reply.said("exercise/request_heard"), reply.keys
    assert reply.session_open and reply.speech.endswith("?") and reply.reprompt
    assert any(d["type"] == "Dialog.ElicitSlot" for d in reply.directives)
    after = place(convo, exercise)
    assert after.get("step") == before["step"]
    assert words not in repr(after.get(field)).lower()
    # AND nothing is kept, read, deleted or set
    assert notes_in(items) == ["we had a calm evening"]
    assert words not in repr(items()).lower()
    assert "calm evening" not in reply.speech.lower()
    assert not any(reply.said(k) for k in ("notes/confirm_delete_all", "notes/confirm_stop", "notes/entry"))


def test_requests_again_and_again_stay_within_the_re_ask_limit(talk, items):
    convo = talk()
    convo.say("open steady ground")
    for text in ROUTE[:3]:
        convo.say(text)
    first, second = (convo.say("delete all my notes") for _ in range(2))
    # THEN the moment is asked again once; after the second the exercise offers to move on, as after
    # any two answers it can't use, and a yes moves on: never an endless loop, nothing kept
    assert first.said("exercise/request_heard") and first.said("boundary/ask/moment")
    assert second.said("exercise/request_heard") and not second.said("boundary/ask/moment")
    assert "skip" in second.speech.lower() and second.speech.endswith("?")
    convo.say("yes")
    assert place(convo, "boundary").get("step") != "moment"
    assert not place(convo, "boundary").get("moment") and not notes_in(items)


def test_a_real_answer_that_mentions_a_request_is_still_the_answer(talk):
    convo = talk()
    convo.say("open steady ground")
    for text in ROUTE[:3]:
        convo.say(text)
    convo.say("when he asks me to read my notes out loud")
    assert place(convo, "boundary").get("moment") == "when he asks me to read my notes out loud"


def test_another_voice_saying_delete_all_at_her_note_prompt_touches_nothing_of_hers(talk, items):
    anna_pk, _ = owner_keys(voice(ANNA))
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    agree_and_add(convo, "he was kind at breakfast")
    prompt = convo.say("add a note")
    assert prompt.said("notes/add_prompt")
    # WHEN a voice Alexa doesn't recognize answers her note prompt with "delete all my notes"
    convo.as_person(None)
    reply = convo.say("delete all my notes")
    # THEN nothing of hers is deleted, nothing is saved as a note, nothing of hers is said
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["he was kind at breakfast"]
    assert all(i["pk"] == anna_pk for i in items() if i["sk"].startswith("NOTE#"))
    assert "breakfast" not in reply.speech.lower() and not reply.said("notes/entry")
    assert not reply.said("notes/deleted_all") and not reply.said("notes/saved")
    assert reply.session_open
    # AND even a yes from that voice now deletes nothing of hers
    convo.say("yes")
    assert [i["text"] for i in items() if i["sk"].startswith("NOTE#")] == ["he was kind at breakfast"]
    # AND when she speaks again her notes are all there
    convo.as_person("ANNA0001")
    assert "breakfast" in convo.say("read my notes").speech.lower()

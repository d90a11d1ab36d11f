"""A household with no voice profiles: two people on one Echo, one Alexa account.

She keeps notes, check-ins, a reflection and a half-done boundary, and sets a privacy code. He
opens the skill the next day. Every turn is a real envelope through lambda_handler on moto.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import timedelta
from typing import Any

import pytest
from tools import alexa

from steady_ground import codes
from steady_ground.config import DEV_ID_HASH_KEY
from steady_ground.identity import owner_for
from steady_ground.storage.dynamo import DynamoNotesRepository
from steady_ground.storage.repository import NoteKind
from tests.conftest import DEFAULT_CLOCK, TABLE
from tests.support.notes import agree_and_add, send

HOME = "amzn1.ask.account.HOUSEHOLD0001"
EMPTY = "amzn1.ask.account.HOUSEHOLD0002"
CODE = "4827"
SECRETS = ("starting to think about leaving", "the thing about his mother")

# Everything the second person might try: hear, send, delete, turn off, resume.
TRIES = (
    "read my notes",
    "how has this week been",
    "how have my reflections changed",
    "send my notes to my phone",
    "send that to my phone",
    "delete my last note",
    "delete all my notes",
    "stop keeping notes",
    "turn off private mode",
    "remove my privacy code",
    "resume",
    "start my boundary exercise",
)

def asks_code(reply: Any) -> bool:
    """Answered only by "what's the code?", listening for four digits."""
    return set(reply.keys) == {"privacy/code_ask"} and reply.directives[0]["type"] == "Dialog.ElicitSlot"


def heard(reply: Any) -> str:
    return reply.speech + " " + (reply.card[1] if reply.card else "")


def table(dynamo: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {"TableName": TABLE}
    while True:
        page = dynamo.scan(**kwargs)
        out.extend(page.get("Items", []))
        if "LastEvaluatedKey" not in page:
            return out
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def hers(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    home = owner_for(DEV_ID_HASH_KEY.encode(), HOME, None).pk
    return sorted((i for i in items if i["pk"]["S"] == home), key=lambda i: i["sk"]["S"])


def set_code(convo: Any, code: str = CODE) -> Any:
    convo.say("set a privacy code")
    convo.say(code)
    return convo.say(code)


@pytest.fixture
def her_home(dynamo: Any, talk: Any) -> Any:
    """She has kept a note, a reflection, two check-ins and half a boundary, and set a code."""
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    owner = owner_for(DEV_ID_HASH_KEY.encode(), HOME, None)
    for days, kind, data in (
        (8, NoteKind.REFLECTION, {"answers": {"frequency": "daily", "peace": "yes", "effort": "no", "future": "no"}}),
        (2, NoteKind.CHECKIN, {"rating": 2}),
        (1, NoteKind.CHECKIN, {"rating": 3}),
    ):
        repo.add_note(owner, kind, SECRETS[1], DEFAULT_CLOCK - timedelta(days=days), f"seed-{days}", data)
    her = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(her, SECRETS[0])
    her.say("start my boundary exercise")
    her.say("yes")
    her.say("stop")
    her.say("open steady ground")
    set_code(her)
    her.say("stop")
    return her


def test_the_code_is_said_twice_and_its_digits_are_nowhere(talk: Any, dynamo: Any, caplog: Any) -> None:
    caplog.set_level(logging.DEBUG)
    her = talk(device=alexa.Device(user_id=HOME))
    her.say("open steady ground")
    first = her.say("set a privacy code")
    assert first.directives[0]["type"] == "Dialog.ElicitSlot"
    assert first.directives[0]["slotToElicit"] == "code"
    again = her.say(CODE)
    assert again.directives and CODE not in again.speech
    done = her.say(CODE)
    assert done.session_open and CODE not in done.speech
    # THEN the table holds a hash, a salt, a counter; the digits are nowhere: not in the table, not in
    # the session Alexa carries between turns, not in any card, not in the logs
    items = table(dynamo)
    assert [i["sk"]["S"] for i in items if i["sk"]["S"].startswith("CODE#")] == ["CODE#privacy"]
    assert CODE not in json.dumps(items, default=lambda b: b.hex())
    for reply in (first, again, done):
        assert CODE not in json.dumps(reply.raw)
    assert CODE not in caplog.text


def test_two_codes_that_differ_set_nothing(talk: Any, dynamo: Any) -> None:
    her = talk(device=alexa.Device(user_id=HOME))
    her.say("open steady ground")
    her.say("set a privacy code")
    her.say("1111")
    mismatch = her.say("2222")
    assert mismatch.said("privacy/code_mismatch")
    assert not [i for i in table(dynamo) if i["sk"]["S"] == "CODE#privacy"]
    # a code is four digits standing alone; a random seed or hash that merely contains "1111" is not the code
    spoken_and_kept = json.dumps(mismatch.raw)
    assert not re.search(r"(?<![0-9a-f])(?:1111|2222)(?![0-9a-f])", spoken_and_kept, re.I)


def test_with_a_code_the_second_person_hears_sends_deletes_and_lifts_nothing(her_home: Any, talk: Any, dynamo: Any) -> None:
    before = table(dynamo)
    # AND another account that keeps nothing at all, with a code too
    codes.set_code(DynamoNotesRepository(dynamo, TABLE, 180), owner_for(DEV_ID_HASH_KEY.encode(), EMPTY, None).pk,
                   "1357", DEV_ID_HASH_KEY.encode(), DEFAULT_CLOCK)
    him, nobody = talk(device=alexa.Device(user_id=HOME)), talk(device=alexa.Device(user_id=EMPTY))
    nobody.say("open steady ground")  # the code was set in a visit: that account is no stranger either
    nobody.say("stop")
    him.advance(1)
    nobody.advance(1)
    # WHEN he opens the skill the next day: a neutral welcome, no offer to resume her boundary
    welcome, empty_welcome = him.say("open steady ground"), nobody.say("open steady ground")
    assert welcome.keys == empty_welcome.keys and set(welcome.keys) == {"launch/welcome"}
    assert welcome.state.question is None
    for said in TRIES:
        mine, theirs = him.say(said), nobody.say(said)
        # THEN each is answered by asking for the code, the same way as where nothing is kept
        assert asks_code(mine), (said, mine.keys)
        assert mine.keys == theirs.keys, said
        for reply in (mine, theirs):
            assert reply.card is None
            assert not any(secret in heard(reply) for secret in SECRETS)
        him.say("cancel")
        nobody.say("cancel")
        him.say("open steady ground")
        nobody.say("open steady ground")
    # AND nothing of hers was deleted or changed
    assert hers(table(dynamo)) == hers(before)


def test_the_code_opens_the_past_for_this_session_only(her_home: Any, talk: Any) -> None:
    her = talk(device=alexa.Device(user_id=HOME))
    her.say("open steady ground")
    ask = her.say("read my notes")
    assert asks_code(ask)
    reply = her.say(CODE)
    # THEN the request goes on once the code is right
    assert SECRETS[0] in reply.speech
    again = her.say("read my notes")
    assert not again.said("privacy/code_ask") and SECRETS[0] in again.speech
    her.say("stop")
    # AND a new session asks again
    her.say("open steady ground")
    assert asks_code(her.say("read my notes"))


def test_the_launch_offer_and_the_boundary_come_back_to_her_once_the_code_is_given(her_home: Any, talk: Any) -> None:
    her = talk(device=alexa.Device(user_id=HOME))
    her.say("open steady ground")
    assert asks_code(her.say("resume"))
    offer = her.say(CODE)
    assert offer.said("boundary/resume_offer") and offer.session_open


def test_three_wrong_codes_start_a_cool_down_that_is_kept_in_the_table(her_home: Any, talk: Any, dynamo: Any) -> None:
    him = talk(device=alexa.Device(user_id=HOME))
    him.say("open steady ground")
    him.say("read my notes")
    assert him.say("1111").said("privacy/code_wrong")
    him.say("yes")
    him.say("2222")
    him.say("yes")
    wait = him.say("3333")
    assert wait.said("privacy/code_wait") and "minute" in wait.speech
    assert not any(secret in wait.speech for secret in SECRETS)
    record = next(i for i in table(dynamo) if i["sk"]["S"] == "CODE#privacy")
    assert record["failures"] == {"N": "3"} and "locked_until" in record
    # WHEN she herself tries within the minute, in a new session: the right code isn't even checked
    her = talk(device=alexa.Device(user_id=HOME))
    her.say("open steady ground")
    her.say("read my notes")
    held = her.say(CODE)
    assert SECRETS[0] not in held.speech and held.said("privacy/code_wait")
    # AND after the cool-down, the right code works and clears the count
    her.advance(0)
    her.clock += timedelta(minutes=2)
    her.say("open steady ground")
    her.say("read my notes")
    assert SECRETS[0] in her.say(CODE).speech
    record = next(i for i in table(dynamo) if i["sk"]["S"] == "CODE#privacy")
    assert record["failures"] == {"N": "0"} and "locked_until" not in record


def test_forget_my_code_erases_what_it_guarded_only_after_a_clear_yes(her_home: Any, talk: Any, dynamo: Any) -> None:
    home = owner_for(DEV_ID_HASH_KEY.encode(), HOME, None).pk
    him = talk(device=alexa.Device(user_id=HOME))
    him.say("open steady ground")
    ask = him.say("forget my code")
    assert ask.said("privacy/forget_confirm") and ask.reprompt
    assert him.say("no").session_open
    assert any(i["sk"]["S"].startswith("NOTE#") for i in table(dynamo) if i["pk"]["S"] == home)
    him.say("forget my code")
    done = him.say("yes")
    assert done.session_open
    assert [i for i in table(dynamo) if i["pk"]["S"] == home and not i["sk"]["S"].startswith("MEMBER#")] == []


@pytest.mark.parametrize("said", ["read my notes", "how has this week been", "how have my reflections changed"])
def test_without_a_code_the_first_replay_is_preceded_by_the_notice(dynamo: Any, talk: Any, said: str) -> None:
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    owner = owner_for(DEV_ID_HASH_KEY.encode(), HOME, None)
    for days, kind, data in (
        (8, NoteKind.REFLECTION, {"answers": {"frequency": "daily", "peace": "yes", "effort": "no", "future": "no"}}),
        (1, NoteKind.CHECKIN, {"rating": 3}),
        (1, NoteKind.FREE, {}),
    ):
        repo.add_note(owner, kind, SECRETS[1], DEFAULT_CLOCK - timedelta(days=days), f"seed-{days}-{kind.value}", data)
    convo = talk(device=alexa.Device(user_id=HOME))
    convo.say("open steady ground")
    reply = convo.say(said)
    assert reply.keys[0] == "privacy/replay_notice", reply.keys
    assert SECRETS[1] not in reply.speech.split(".")[0]
    again = convo.say(said)  # once: not before the next replay
    assert "privacy/replay_notice" not in again.keys


def test_consent_says_the_truth_on_a_shared_account_and_just_for_you_only_when_true(talk: Any) -> None:
    shared = talk(device=alexa.Device(user_id=HOME))
    shared.say("open steady ground")
    ask = shared.say("add a note that first thought")
    assert ask.said("privacy/consent_shared") and not ask.said("notes/consent")
    assert "alexa account" in ask.speech.lower() and "privacy code" in ask.speech.lower()
    anna = talk(device=alexa.Device(user_id=HOME, person_id="amzn1.ask.person.ANNA"))
    anna.say("open steady ground")
    mine = anna.say("add a note that first thought")
    assert mine.said("notes/consent") and "just for you" in mine.speech.lower()


QUICK_EXITS = ("he's home", "hold on", "someone's coming", "she's back")


def _states() -> dict[str, list[str]]:
    """Ways to reach each state, from a fresh launch."""
    return {
        "menu": [],
        "note words": ["add a note"],
        "consent": ["add a note that secret plans"],
        "boundary choice": ["start my boundary exercise", "yes"],
        "reflection": ["start my reflection"],
        "check-in": ["check in"],
        "guidance": ["tell me about boundaries"],
        "safety": ["I need help now"],
        "code": ["set a privacy code"],
        "code again": ["set a privacy code", "1234"],
    }


@pytest.mark.parametrize(("state", "exit_words"),
                         [(state, QUICK_EXITS[i % len(QUICK_EXITS)]) for i, state in enumerate(sorted(_states()))])
def test_a_quick_exit_from_every_state_ends_at_once_and_leaves_no_trace(talk: Any, dynamo: Any, state: str,
                                                                         exit_words: str) -> None:
    convo = talk(device=alexa.Device(user_id=HOME))
    convo.say("open steady ground")
    for said in _states()[state]:
        convo.say(said)
    before = table(dynamo)
    reply = convo.say(exit_words)
    # THEN the session ends at once, with a short goodbye that says nothing of what was going on
    assert not reply.session_open
    assert reply.keys == ["privacy/quick_goodbye"]
    assert reply.card is None and not reply.directives
    # AND nothing of that turn was saved: the table is as it was, and the words are nowhere
    after = table(dynamo)
    assert after == before
    assert exit_words.lower() not in json.dumps(after).lower()
    assert "secret plans" not in json.dumps(after)


def test_a_quick_exit_in_the_middle_of_an_answer_keeps_the_place(talk: Any, dynamo: Any) -> None:
    convo = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(convo, "warm up")
    convo.say("start my boundary exercise")
    convo.say("yes")
    before = table(dynamo)
    gone = convo.say("he's back")
    assert not gone.session_open
    assert table(dynamo) == before
    offer = convo.say("open steady ground")
    assert offer.said("boundary/resume_offer")


@pytest.mark.parametrize("words", ["um sorry he's back", "oh no she's home, bye", "hang on, someone's at the door"])
def test_exit_words_said_as_the_words_of_a_note_are_never_saved(talk: Any, dynamo: Any, words: str) -> None:
    convo = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(convo, "warm up")
    prompt = convo.say("add a note")
    assert prompt.directives[0]["type"] == "Dialog.ElicitSlot"
    before = table(dynamo)
    gone = convo.say(words)
    assert not gone.session_open and gone.keys == ["privacy/quick_goodbye"]
    assert table(dynamo) == before


def test_cards_that_show_what_this_is_about_are_asked_about_first(talk: Any) -> None:
    her = talk(device=alexa.Device(user_id=HOME))
    agree_and_add(her, SECRETS[0])
    ask = her.say("send my notes to my phone")
    assert ask.card is None and ask.said("privacy/card_ask")
    assert "anyone with the alexa app" in ask.speech.lower()
    no = her.say("no")
    assert no.card is None
    card = send(her, "send my notes to my phone")
    assert card.card is not None and SECRETS[0] in card.card[1]
    assert SECRETS[0] not in card.card[0]


# -- the speaker changes between turns: nothing is done for the wrong person ------------------------
ANNA = "ANNA0001"


def test_another_voice_never_finishes_setting_a_code(talk: Any, dynamo: Any) -> None:
    convo = talk(device=alexa.Device(user_id=HOME))
    convo.say("open steady ground")
    convo.say("set a privacy code")
    convo.say("1234")  # the first time; the second is awaited
    convo.as_person("BEN00002")
    other = convo.say("1234")
    assert not other.said("privacy/code_set")
    assert not [i for i in table(dynamo) if i["sk"]["S"] == "CODE#privacy"]
    convo.as_person(None)  # she speaks again: her question is still open, and her digits set it
    done = convo.say("my code is 1234")
    assert done.said("privacy/code_set")
    assert [i["pk"]["S"] for i in table(dynamo) if i["sk"]["S"] == "CODE#privacy"] == [
        owner_for(DEV_ID_HASH_KEY.encode(), HOME, None).pk]


def test_the_code_given_by_one_voice_opens_nothing_for_the_next(her_home: Any, talk: Any) -> None:
    convo = talk(device=alexa.Device(user_id=HOME))
    convo.say("open steady ground")
    convo.say("read my notes")
    assert SECRETS[0] in convo.say(CODE).speech
    # WHEN a recognized voice takes a turn, and then a voice Alexa doesn't recognize asks again
    convo.as_person("BEN00002")
    convo.say("how private is this")
    convo.as_person(None)
    again = convo.say("read my notes")
    # THEN the code is asked for again: the one who gave it may not be the one speaking now
    assert asks_code(again) and SECRETS[0] not in again.speech


@pytest.mark.parametrize("said", ["yes", "no"])
def test_another_voice_answers_no_question_about_someone_elses_card_or_forget(her_home: Any, talk: Any,
                                                                              dynamo: Any, said: str) -> None:
    before = hers(table(dynamo))
    convo = talk(device=alexa.Device(user_id=HOME))
    convo.say("open steady ground")
    convo.say("forget my code")
    convo.as_person("BEN00002")
    other = convo.say(said)
    assert not other.said("privacy/forgotten") and hers(table(dynamo)) == before


def test_another_voice_saying_yes_to_her_resume_offer_hears_nothing_of_it(talk: Any, items: Any) -> None:
    anna = alexa.Device(user_id=HOME, person_id=f"amzn1.ask.person.{ANNA}")
    convo = talk(device=anna)
    agree_and_add(convo, "warm up")
    convo.say("start my boundary exercise")
    convo.say("yes")
    convo.say("stop")
    offer = convo.say("open steady ground")
    assert offer.said("boundary/resume_offer")
    before = items()
    convo.as_person(None)
    other = convo.say("yes")
    assert not [k for k in other.keys if k.startswith("boundary/")]
    assert items() == before
    convo.as_person(ANNA)
    mine = convo.say("yes")
    assert [k for k in mine.keys if k.startswith("boundary/")]


BOUNDARY_STEPS = [
    ["start my boundary exercise"],
    ["start my boundary exercise", "yes"],
    ["start my boundary exercise", "yes", "circular arguments"],
]


@pytest.mark.parametrize("steps", BOUNDARY_STEPS, ids=lambda s: f"step{len(s)}")
def test_at_every_boundary_step_another_voice_changes_nothing_of_hers(talk: Any, items: Any, steps: list[str]) -> None:
    anna = alexa.Device(user_id=HOME, person_id=f"amzn1.ask.person.{ANNA}")
    convo = talk(device=anna)
    agree_and_add(convo, "warm up")
    for said in steps:
        convo.say(said)
    mine = convo.state.exercises.get("boundary")
    before = items()
    convo.as_person(None)
    for said in ("yes", "I want him to stop shouting", "skip", "go back"):
        convo.say(said)
    after = items()
    anna_pk = owner_for(DEV_ID_HASH_KEY.encode(), HOME, f"amzn1.ask.person.{ANNA}").pk
    assert [i for i in after if i["pk"] == anna_pk] == [i for i in before if i["pk"] == anna_pk]
    assert "I want him to stop shouting" not in json.dumps(after)
    convo.as_person(ANNA)
    convo.say("repeat")
    assert convo.state.exercises.get("boundary") == mine


def test_setting_a_code_while_consent_is_asked_keeps_the_waiting_note(talk: Any, dynamo: Any) -> None:
    her = talk(device=alexa.Device(user_id=HOME))
    her.say("open steady ground")
    # GIVEN a first note waits while the honest consent question offers the code
    asked = her.say("add a note that he listened tonight")
    assert "privacy/consent_shared" in asked.keys
    assert not [i for i in table(dynamo) if i["sk"]["S"].startswith("NOTE#")]
    # WHEN she takes the offer and sets a code
    reply = set_code(her)
    # THEN the note still waits, and the consent is asked again, now truthfully just for her
    assert "privacy/code_set" in reply.keys and "notes/consent" in reply.keys
    kept = her.say("yes")
    assert "notes/saved" in kept.keys
    notes = [i for i in table(dynamo) if i["sk"]["S"].startswith("NOTE#")]
    assert len(notes) == 1 and "he listened tonight" in json.dumps(notes)


@pytest.mark.parametrize("said", ["can we skip this bit", "um can we skip this one", "i can't do this right now", "stop stop"])
def test_another_voice_skipping_or_stopping_her_boundary_step_changes_nothing_of_hers(talk: Any, items: Any,
                                                                                     said: str) -> None:
    # Wave 16: a step skipped or stopped in one's own words. Anna's voice is known; the one who walks in is not.
    anna = alexa.Device(user_id=HOME, person_id=f"amzn1.ask.person.{ANNA}")
    convo = talk(device=anna)
    agree_and_add(convo, "warm up")
    for step in BOUNDARY_STEPS[-1]:
        convo.say(step)
    mine = convo.state.exercises.get("boundary")
    before = items()
    convo.as_person(None)
    convo.say(said)
    anna_pk = owner_for(DEV_ID_HASH_KEY.encode(), HOME, f"amzn1.ask.person.{ANNA}").pk
    after = items()
    assert [i for i in after if i["pk"] == anna_pk] == [i for i in before if i["pk"] == anna_pk]
    assert said not in json.dumps(after)
    if convo.session is not None:
        convo.as_person(ANNA)
        convo.say("repeat")
        assert convo.state.exercises.get("boundary") == mine

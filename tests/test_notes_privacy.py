"""Whose notes are whose: recognized voices, the unrecognized account voice, two accounts,
private mode, SkillDisabled, the id-hash secret, and logs that never hold notes or ids."""

from __future__ import annotations

import logging

import pytest
from tools import alexa

from tests.support.checks import assert_valid_response
from tests.support.notes import (
    ACCOUNT,
    ANNA,
    BEN,
    OTHER_ACCOUNT,
    Wire,
    agree_and_add,
    owner_keys,
    partition,
    send,
    skill_client,
    voice,
)

READ_PATHS = ("read my notes", "send my notes to my phone", "delete my last note")


def heard(reply):
    return reply.speech + " " + (reply.card[1] if reply.card else "")


@pytest.fixture
def household(talk):
    """Anna and Ben share one account; the account itself has an unattributed note; another
    account has one too."""
    for device, text in (
        (voice(ANNA), "anna private words"),
        (voice(BEN), "ben private words"),
        (voice(None), "account shared words"),
        (voice(None, OTHER_ACCOUNT), "other household words"),
    ):
        agree_and_add(talk(device=device), text)
    return talk


@pytest.mark.parametrize(
    "who,own",
    [
        (voice(ANNA), "anna private words"),
        (voice(BEN), "ben private words"),
        (voice(None), "account shared words"),
        (voice(None, OTHER_ACCOUNT), "other household words"),
    ],
)
def test_every_read_path_reaches_only_the_speakers_own_partition(household, dynamo, who, own):
    # GIVEN a household with notes in four partitions, and a record of every call
    wire = Wire(skill_client())
    convo = household(device=who)
    convo.say("open steady ground")
    mine, _ = owner_keys(who)
    others = {"anna private words", "ben private words", "account shared words", "other household words"} - {own}
    for said in READ_PATHS:  # read, send to the phone, then delete the last note
        wire.reset()
        # WHEN this voice uses a read path (saying yes to the card if asked first)
        reply = send(convo, said)
        # THEN every Query went to the speaker's own partition, and nobody else's words were heard
        assert wire.query_partitions() and set(wire.query_partitions()) == {mine}, said
        assert not any(text in heard(reply) for text in others), said
        if said != "delete my last note":
            assert own in heard(reply), said
    # AND the delete took the speaker's note only
    for device, text in ((voice(ANNA), "anna private words"), (voice(None), "account shared words")):
        if text != own:
            other = household(device=device)
            other.say("open steady ground")
            assert text in send(other, "send my notes to my phone").card[1]


def test_a_recognized_person_never_hears_the_accounts_unattributed_notes(household):
    reply = household(device=voice(ANNA)).say("ask steady ground to read my notes")
    assert "anna private words" in reply.speech
    assert "account shared words" not in reply.speech


def test_an_unrecognized_voice_is_told_once_who_could_hear_and_offered_the_code(talk):
    convo = talk(device=voice(None))
    agree_and_add(convo, "kitchen table talk")
    first = convo.say("read my notes")
    # THEN before the first replay: others on this account or nearby could hear, and the code is offered
    notice = first.speech.split("kitchen table talk")[0].lower()
    assert "alexa account" in notice and "set a privacy code" in notice
    assert "kitchen table talk" in first.speech
    convo.say("stop")
    # WHEN they ask again another day: no second warning
    convo.advance(1)
    again = convo.say("ask steady ground to read my notes")
    assert "privacy code" not in again.speech
    assert "kitchen table talk" in again.speech


def test_private_mode_reveals_nothing_to_an_unrecognized_voice_not_even_whether_notes_exist(talk):
    # GIVEN one account with notes and one without, both in private mode
    with_notes = talk(device=voice(None))
    agree_and_add(with_notes, "tender words")
    with_notes.say("only read my notes when you recognize my voice")
    empty = talk(device=voice(None, OTHER_ACCOUNT))
    empty.say("open steady ground")
    empty.say("turn on private mode")
    # WHEN an unrecognized voice asks to hear the notes in any way
    for said in ("read my notes", "send my notes to my phone", "how has this week been"):
        a, b = with_notes.say(said), empty.say(said)
        # THEN both answers are the same neutral words, with no note text and no card
        for reply in (a, b):
            assert "tender words" not in heard(reply)
            assert reply.card is None
            assert "recognize your voice" in reply.speech or "whose voice" in reply.speech
            assert "don't have any notes" not in reply.speech and "no notes" not in reply.speech.lower()
            assert_valid_response(reply.raw)


def test_withdrawing_is_never_harder_than_giving_even_in_private_mode(talk, dynamo):
    # GIVEN a household voice Alexa doesn't recognize, which may keep notes in private mode
    convo = talk(device=voice(None))
    agree_and_add(convo, "tender words")
    convo.say("turn on private mode")
    assert agree_and_add(convo, "another one").session_open
    # WHEN it asks to delete everything
    convo.say("delete all my notes")
    done = convo.say("yes")
    # THEN what was kept is gone, and private mode (a setting) stays as it was
    _, account = owner_keys(voice(None))
    left = {i["sk"] for i in partition(dynamo, account)}
    assert not [sk for sk in left if sk.startswith("NOTE#")]
    assert "META#setting#private" in left
    assert done.session_open


def test_private_mode_belongs_to_the_voice_that_turned_it_on(talk, dynamo):
    _, account = owner_keys(voice(None))

    def private_on() -> bool:
        return any(i["sk"] == "META#setting#private" for i in partition(dynamo, account))

    # GIVEN Anna turned private mode on
    anna = talk(device=voice(ANNA))
    anna.say("open steady ground")
    anna.say("turn on private mode")
    assert private_on()
    # WHEN Ben, or a voice Alexa doesn't recognize, tries to turn it off (or on again, to own it)
    for device in (voice(BEN), voice(None)):
        other = talk(device=device)
        other.say("open steady ground")
        other.say("turn on private mode")
        refused = other.say("turn off private mode")
        # THEN it stays on, and they hear a neutral answer
        assert private_on()
        assert "voice that set it" in refused.speech
        assert refused.session_open
    # AND Anna can turn it off
    done = anna.say("turn off private mode")
    assert "off" in done.speech.lower()
    assert not private_on()


def test_a_household_without_voice_profiles_is_never_locked_into_private_mode(talk, dynamo):
    household = talk(device=voice(None))
    household.say("open steady ground")
    household.say("turn on private mode")
    done = household.say("turn off private mode")
    assert "off" in done.speech.lower()
    _, account = owner_keys(voice(None))
    assert not any(i["sk"] == "META#setting#private" for i in partition(dynamo, account))


def test_private_mode_still_lets_a_recognized_person_hear_their_own_notes(talk):
    anna = talk(device=voice(ANNA))
    agree_and_add(anna, "anna private words")
    anna.say("only read my notes when you recognize my voice")
    assert "anna private words" in anna.say("read my notes").speech


def test_skill_disabled_deletes_the_account_and_every_person_under_it(household, dynamo, items, handler):
    # GIVEN four partitions' worth of data, three of them under one account
    keys = {owner_keys(voice(p))[0] for p in (ANNA, BEN, None)}
    assert all(partition(dynamo, pk) for pk in keys)
    # WHEN Alexa says the skill was disabled on that account (the event carries only the userId)
    raw = handler(alexa.skill_event("AlexaSkillEvent.SkillDisabled", user_id=ACCOUNT), None)
    assert raw["version"] == "1.0"
    # THEN nothing of that account or its people is left; the other account is untouched
    for pk in keys:
        assert partition(dynamo, pk) == []
    left = items()
    assert left and all(i["pk"] == owner_keys(voice(None, OTHER_ACCOUNT))[0] for i in left)
    assert any(i.get("text") == "other household words" for i in left)


def test_raw_alexa_ids_are_never_stored(household, items):
    dump = repr(items())
    for raw_id in (ACCOUNT, OTHER_ACCOUNT, ANNA, BEN):
        assert raw_id not in dump


def test_logs_never_hold_note_text_or_ids_over_a_whole_conversation(talk, caplog):
    caplog.set_level(logging.DEBUG)
    convo = talk(device=voice(ANNA))
    words = "my very private sentence about the holidays"
    convo.say("open steady ground")
    agree_and_add(convo, words)
    convo.say("read my notes")
    convo.say("send my notes to my phone")
    convo.say("delete my last note")
    convo.say("delete all my notes")
    convo.say("yes")
    convo.say("stop")
    mine, account = owner_keys(voice(ANNA))
    for secret in (words, "private sentence", ACCOUNT, ANNA, mine.removeprefix("OWNER#"), account.removeprefix("OWNER#")):
        assert secret not in caplog.text


def test_a_missing_or_development_secret_fails_loudly_in_lambda():
    from steady_ground.config import DEV_ID_HASH_KEY, ConfigurationError, Settings

    lambda_env = {"AWS_LAMBDA_FUNCTION_NAME": "steady-ground", "SKILL_ID": "amzn1.ask.skill.x"}
    for env in (
        lambda_env,
        {**lambda_env, "STEADY_GROUND_ALLOW_DEV_KEY": "1"},
        {**lambda_env, "ID_HASH_SECRET": DEV_ID_HASH_KEY},
        {**lambda_env, "ID_HASH_SECRET": "too-short"},
    ):
        with pytest.raises(ConfigurationError):
            Settings.from_env(env)
    assert Settings.from_env({**lambda_env, "ID_HASH_SECRET": "s" * 32}).id_hash_secret == b"s" * 32
    assert Settings.from_env({}).id_hash_secret == DEV_ID_HASH_KEY.encode()


def test_the_same_ids_under_another_secret_give_other_keys():
    from steady_ground.identity import owner_for

    a = owner_for(b"a" * 32, ACCOUNT, ANNA)
    b = owner_for(b"b" * 32, ACCOUNT, ANNA)
    assert a.pk != b.pk and a.account_pk != b.account_pk
    assert owner_for(b"a" * 32, ACCOUNT, None).pk == a.account_pk

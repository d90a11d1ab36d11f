"""Load: no storage on turns that don't need it, one session read at most, one write per saved item,
and a replayed request that never writes a second note. Calls are counted with botocore's hooks."""

from __future__ import annotations

import copy

from tests.support.notes import ANNA, Wire, add_exact, agree_and_add, owner_keys, partition, skill_client, voice


def session_reads(wire: Wire) -> int:
    """Queries for the session bundle (every META# item)."""
    return sum(
        1
        for name, p in wire.calls
        if name == "Query" and p.get("ExpressionAttributeValues", {}).get(":meta") is not None
    )


def test_guidance_turns_touch_no_storage(talk):
    convo = talk()
    convo.say("open steady ground")
    wire = Wire(skill_client())
    for said in ("tell me about boundaries", "tell me more", "help"):
        convo.say(said)
    assert wire.calls == []


def test_a_returning_launch_is_one_query_and_nothing_else(talk):
    convo = talk(device=voice(ANNA))
    convo.say("open steady ground")
    convo.say("stop")
    wire = Wire(skill_client())
    convo.say("open steady ground")
    assert wire.ops_called() == ["Query"]


def test_a_whole_session_reads_its_bundle_once(talk):
    convo = talk(device=voice(None))
    agree_and_add(convo, "first")
    convo.say("stop")
    wire = Wire(skill_client())
    convo.say("open steady ground")
    convo.say("read my notes")
    convo.say("yes")
    agree_and_add(convo, "second")
    convo.say("tell me about boundaries")
    assert session_reads(wire) == 1


def test_saving_a_note_is_one_write_after_the_persons_registry_entry(talk):
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "first")
    wire = Wire(skill_client())
    convo.say("add a note that second")
    assert wire.ops_called() == ["PutItem", "PutItem"]
    person, account = owner_keys(device)
    assert wire.written_partitions() == [account, person]


def test_saving_a_note_without_a_recognized_voice_is_one_write(talk):
    convo = talk(device=voice(None))
    agree_and_add(convo, "first")
    wire = Wire(skill_client())
    convo.say("add a note that second")
    assert wire.ops_called() == ["PutItem"]


def test_reading_notes_as_a_recognized_person_is_one_query(talk):
    convo = talk(device=voice(ANNA))
    agree_and_add(convo, "first")
    wire = Wire(skill_client())
    convo.say("read my notes")
    assert wire.ops_called() == ["Query"]


def test_the_same_request_replayed_never_duplicates_a_note(talk, handler, dynamo):
    # GIVEN a person who keeps notes, and one add-note request as Alexa sent it
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "first")
    from tools import alexa

    envelope = convo.session.envelope(alexa.intent("AddNoteIntent", {"text": alexa.slot("text", "only once")}))
    # WHEN Alexa delivers it twice (a retry after a timeout)
    first = handler(copy.deepcopy(envelope), None)
    second = handler(copy.deepcopy(envelope), None)
    # THEN both answers are spoken and the note exists once
    for raw in (first, second):
        assert raw["response"]["outputSpeech"]["ssml"]
    texts = [i["text"] for i in partition(dynamo, owner_keys(device)[0]) if i["sk"].startswith("NOTE#")]
    assert sorted(texts) == ["first", "only once"]


def test_a_retried_save_after_a_timeout_that_actually_wrote_is_not_duplicated(talk, dynamo):
    # GIVEN a write that reached DynamoDB but whose answer was lost (the read timed out)
    device = voice(ANNA)
    convo = talk(device=device)
    agree_and_add(convo, "first")
    wire = Wire(skill_client())
    original = wire._before_send

    def lost_answer(request, event_name, **kw):
        if event_name.endswith("PutItem") and wire.kind == "lose":
            from botocore.exceptions import ReadTimeoutError

            skill_client().meta.events.unregister("before-send.dynamodb", lost_answer)
            dynamo_put = __import__("json").loads(request.body)
            dynamo.put_item(**dynamo_put)
            raise ReadTimeoutError(endpoint_url=request.url)
        return original(request, event_name, **kw)

    skill_client().meta.events.unregister("before-send.dynamodb", original)
    skill_client().meta.events.register_first("before-send.dynamodb", lost_answer)
    wire.kind = "lose"
    reply = add_exact(convo, "maybe twice")
    wire.kind = None
    # THEN botocore's own retry meets the conditional put: the note is there once, and only then
    # is it called saved
    assert reply.said("notes/saved")
    texts = [i["text"] for i in partition(dynamo, owner_keys(device)[0]) if i["sk"].startswith("NOTE#")]
    assert sorted(texts) == ["first", "maybe twice"]

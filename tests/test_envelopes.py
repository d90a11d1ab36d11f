"""The request envelopes the tests send are the ones Alexa sends: ask-sdk-model reads each into its
own typed request, slots keep their entity resolution (a match and a no-match), and the skill reads
a matched slot by its id and treats an unmatched one as unmatched."""

from __future__ import annotations

import json

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope
from ask_sdk_model.slu.entityresolution import StatusCode
from tools import alexa

SERIALIZER = DefaultSerializer()


def read(envelope: dict) -> RequestEnvelope:
    return SERIALIZER.deserialize(json.dumps(envelope), RequestEnvelope)


@pytest.mark.parametrize(
    ("request_", "type_name"),
    [
        (alexa.launch(), "LaunchRequest"),
        (alexa.intent("GuidanceMenuIntent"), "IntentRequest"),
        (alexa.session_ended("EXCEEDED_MAX_REPROMPTS"), "SessionEndedRequest"),
    ],
)
def test_each_envelope_reads_as_alexas_own_request_type(request_, type_name):
    session = alexa.Session(device=alexa.Device(person_id="amzn1.ask.person.ANNA"))
    parsed = read(session.envelope(request_))
    assert type(parsed.request).__name__ == type_name
    assert parsed.version == "1.0" and parsed.request.request_id.startswith("amzn1.echo-api.request.")
    assert parsed.request.locale == "en-US" and parsed.request.timestamp is not None
    system = parsed.context.system
    assert system.application.application_id == alexa.SKILL_ID == parsed.session.application.application_id
    assert system.user.user_id == parsed.session.user.user_id
    assert system.person.person_id == "amzn1.ask.person.ANNA"
    assert system.api_endpoint and system.api_access_token and system.device.device_id


def test_a_session_ended_request_carries_its_reason():
    parsed = read(alexa.Session().envelope(alexa.session_ended("EXCEEDED_MAX_REPROMPTS")))
    assert parsed.request.reason.value == "EXCEEDED_MAX_REPROMPTS"


def test_slots_carry_a_match_and_a_no_match_as_entity_resolution():
    slots = {
        "topic": alexa.slot("topic", "limits", resolved_id="boundaries", resolved_name="boundaries",
                            slot_type="TopicType"),
        "other": alexa.slot("other", "gardening", slot_type="TopicType"),
        "empty": alexa.slot("empty", None),
    }
    parsed = read(alexa.Session().envelope(alexa.intent("GuidanceIntent", slots)))
    got = parsed.request.intent.slots
    matched = got["topic"].resolutions.resolutions_per_authority[0]
    assert matched.status.code is StatusCode.ER_SUCCESS_MATCH
    assert matched.values[0].value.id == "boundaries" and got["topic"].value == "limits"
    unmatched = got["other"].resolutions.resolutions_per_authority[0]
    assert unmatched.status.code is StatusCode.ER_SUCCESS_NO_MATCH and not unmatched.values
    assert got["empty"].value is None and got["empty"].resolutions is None


def test_the_skill_hears_a_synonym_by_its_id_and_an_unmatched_word_as_unmatched(talk):
    convo = talk()
    convo.say("open steady ground")
    # a synonym Alexa resolved to the boundaries topic
    said = alexa.slot("topic", "limits", resolved_id="boundaries", resolved_name="boundaries", slot_type="TopicType")
    reply = convo.send(alexa.intent("GuidanceIntent", {"topic": said}))
    assert convo.state.topic == "boundaries" and "boundar" in reply.speech.lower()
    # the same word with no match is not taken as a topic: the menu is offered instead
    unmatched = alexa.slot("topic", "limits", slot_type="TopicType")
    reply = convo.send(alexa.intent("GuidanceIntent", {"topic": unmatched}))
    assert convo.state.mode == "guidance_menu" and reply.speech.endswith("?")

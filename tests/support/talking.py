"""Openings and endings the understanding dialogs share: a reflection or a check-in begun as Alexa
generalises (the generalising simulator NLU), and the rating a check-in kept."""

from __future__ import annotations

from tools import alexa

from steady_ground.session import Consent


def checkins(items):
    return [i for i in items() if i.get("kind") == "checkin"]


def reflection_started(talk):
    convo = talk(nlu="general")
    convo.say("open steady ground")
    first = convo.say("start my reflection")
    assert first.session_open and first.speech.endswith("?"), first.speech
    return convo


def checkin_asked(talk, alexa_api):
    device = alexa.Device(api_endpoint=alexa_api.endpoint)
    convo = talk(device=device, nlu="general")
    convo.say("open steady ground")
    asked = convo.say("check in")
    assert "one to five" in asked.speech
    return convo


def kept_rating(convo, items) -> int:
    """No words today, yes to keeping notes if asked: the rating the check-in kept."""
    reply = convo.say("no thanks")
    while isinstance(reply.state.question, Consent):
        reply = convo.say("yes")
    [note] = checkins(items)
    return int(note["data"]["rating"])

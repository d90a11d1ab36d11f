"""Openings and endings the understanding dialogs share: a reflection or a check-in begun as Alexa
generalises (the generalising simulator NLU), the rating a check-in kept, a free-text answer sent as
Alexa sends it, and each exercise's free-text step reached as a person would."""

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


def free_text(convo, text):
    """What Alexa sends when a free-text question is open: the whole utterance in the text slot."""
    assert convo.elicit, "a free-text question is open"
    return convo.send(alexa.intent("CaptureTextIntent", {"text": alexa.slot("text", text)}))


def stored_text(items) -> str:
    return " ".join(str(i.get("text", "")) + " " + str(i.get("data", "")) for i in items()).lower()


# -- the free-text steps of every exercise, reached as a person would ---------------------------------
def boundary_at_statement(convo):
    convo.say("ask steady ground to set a boundary")
    convo.say("yes")
    convo.say("time limits")
    free_text(convo, "after dinner when money comes up")
    assert convo.state.exercises["boundary"]["step"] == "statement"


def reflection_at_words(convo):
    convo.say("ask steady ground to start my reflection")
    convo.say("weekly")
    assert convo.state.exercises["reflection"]["step"] == "words"


def checkin_at_words(convo):
    convo.say("open steady ground")
    convo.say("check in")
    convo.say("pretty good")
    assert convo.state.exercises["checkin"]["step"] == "words"


def notes_capture(convo):
    convo.say("open steady ground")
    convo.say("add a note")
    assert convo.elicit


PLACES = {"boundary": boundary_at_statement, "reflection": reflection_at_words, "checkin": checkin_at_words,
          "notes": notes_capture}

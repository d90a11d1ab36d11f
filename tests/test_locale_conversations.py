"""The whole skill in every market: launch, a topic, a boundary kept as a note, a reflection, a
check-in on the person's own day, and the safety answer with that country's numbers only.

Each conversation runs on an Echo of that locale (its own interaction model, words and numbers)
whose time zone comes from the Settings API stand-in.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from tools import alexa

from steady_ground.config import LOCALES
from steady_ground.localtime import ZONES
from steady_ground.session import Consent
from tests.conftest import DEFAULT_CLOCK
from tests.support.checks import assert_valid_response
from tests.test_locale_safety import ALLOWED, CARD_MUST_LIST, EMERGENCY_SPOKEN, mentions

STATEMENT = "When the money talk starts going in circles, I will say let's stop for tonight"
# How someone in each market might say they are in danger (each a sample of that market's model).
DANGER = {
    "en-US": "my partner hit me",
    "en-GB": "my other half hit me",
    "en-CA": "my common law partner hit me",
    "en-AU": "my bloke hit me",
    "en-IN": "my husband beats me",
}


def echo(alexa_api, locale: str) -> alexa.Device:
    device = alexa.Device(locale=locale, api_endpoint=alexa_api.endpoint)
    alexa_api.state.time_zones[device.device_id] = ZONES[locale]
    return device


def yes_until_kept(convo, reply):
    """The first note ever asks for consent first: say yes to that as well."""
    while isinstance(reply.state.question, Consent) or "may i keep your notes" in reply.speech.lower():
        reply = convo.say("yes")
    return reply


def notes_of(items, kind: str) -> list[dict]:
    return [i for i in items() if str(i.get("sk", "")).startswith("NOTE#") and i.get("kind") == kind]


def assert_no_foreign_numbers(locale: str, text: str) -> None:
    foreign = [m for m, where in ALLOWED.items() if locale not in where and mentions(text, m)]
    assert not foreign, f"{locale} heard {foreign}: {text}"


@pytest.mark.parametrize("locale", LOCALES)
def test_a_whole_visit_in_every_market(talk, alexa_api, items, locale):
    convo = talk(device=echo(alexa_api, locale))
    heard: list[str] = []

    # Launch, then a topic
    reply = convo.say("open steady ground")
    assert reply.session_open and reply.speech.endswith("?")
    reply = convo.say("tell me about boundaries")
    assert_valid_response(reply.raw)
    assert reply.state.mode == "guidance" and reply.session_open
    heard += [reply.speech]

    # The boundary exercise, the shortest way through, kept as a note
    for text in ["start my boundary exercise", "yes", "time limits", "skip", STATEMENT, "skip"]:
        heard.append(convo.say(text).speech)
    reply = convo.say("skip")
    reply = yes_until_kept(convo, convo.say("yes"))
    assert "saved" in reply.speech.lower()
    [boundary] = notes_of(items, "boundary")
    assert STATEMENT in str(boundary)

    # The reflection, kept
    convo.say("start my reflection")
    for answer in ("every day", "yes", "not really", "not sure"):
        convo.say(answer)
        reply = convo.say("skip")
    reply = yes_until_kept(convo, convo.say("yes"))
    assert len(notes_of(items, "reflection")) == 1, reply.speech

    # The check-in, on the person's own day where the Echo is
    convo.say("check in")
    convo.say("pretty good")
    reply = yes_until_kept(convo, convo.say("skip"))
    [checkin] = notes_of(items, "checkin")
    local_day = DEFAULT_CLOCK.astimezone(ZoneInfo(ZONES[locale])).date()
    assert checkin["data"]["day"] == local_day.isoformat()

    # The safety answer, in the market's own words, with its own numbers first and no one else's
    reply = convo.say(DANGER[locale])
    assert_valid_response(reply.raw)
    first_words = " ".join(reply.speech.split()[:25])
    assert mentions(first_words, EMERGENCY_SPOKEN[locale]), reply.speech
    assert "I can't call anyone for you" in reply.speech
    heard += [reply.speech, reply.reprompt]
    # AND on request the numbers (the regional lines too, in the UK and Canada) go to the Alexa app
    sent = convo.say("send that to my phone")
    assert sent.card is not None, sent.speech
    card = " ".join(sent.card)
    assert all(mentions(card, m) for m in CARD_MUST_LIST[locale]), card
    assert_no_foreign_numbers(locale, " ".join([*heard, sent.speech, card]))


def test_the_markets_that_cross_midnight_keep_the_check_in_on_their_own_day():
    # At DEFAULT_CLOCK (23:00 UTC) it is already tomorrow in Sydney and Kolkata: the test above
    # would notice a check-in filed under the UTC day there.
    days = {loc: DEFAULT_CLOCK.astimezone(ZoneInfo(ZONES[loc])).date() for loc in LOCALES}
    assert days["en-AU"] != days["en-US"] and days["en-IN"] != days["en-US"]

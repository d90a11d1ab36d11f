"""The crisis numbers follow the country the Echo is in (its time zone), not the language it speaks.

Alexa has no en-NZ or en-IE locale: a New Zealand home runs en-AU, an Irish one en-GB. By the
locale alone they would hear "triple zero" and Lifeline Australia, or England's abuse line, none of
which answers there. The device's time zone comes from the Settings API stand-in over HTTP
(tools/alexa_api_standin.py); when it can't be had (no token, an error, too slow), the locale's
numbers are still spoken in the same turn.
"""

from __future__ import annotations

import pytest
from tools import alexa

from steady_ground.render import Renderer
from tests.support.checks import assert_valid_response, ssml_of
from tests.support.speech import BUDGETS, FIRST_NUMBER_WITHIN, count, first_number_at
from tests.support.ssml import assert_alexa_ssml
from tests.test_locale_safety import mentions
from tests.test_safety_answer import words_of

AUSTRALIAN = ("triple zero", "000", "thirteen eleven fourteen", "13 11 14", "Lifeline", "respect", "1800 737 732")
ENGLAND_ONLY = ("0808 2000 247", "Abuse lines differ by nation", "Refuge")  # "Women's Refuge" is NZ's; checked apart


def at_home(talk, alexa_api, locale: str, zone: str | None, **device: object):
    """A conversation from an Echo speaking ``locale`` whose time zone (Settings API) is ``zone``."""
    echo = alexa.Device(locale=locale, api_endpoint=alexa_api.endpoint, **device)  # type: ignore[arg-type]
    if zone is not None:
        alexa_api.state.time_zones[echo.device_id] = zone
    return talk(device=echo)


def assert_spoken_safety(reply) -> None:
    assert_valid_response(reply.raw)
    assert_alexa_ssml(ssml_of(reply.raw))
    assert "I can't call anyone for you" in reply.speech
    words = reply.speech.split()
    assert len(words) <= 60, (len(words), reply.speech)


def test_an_australian_speaking_echo_in_new_zealand_hears_111_and_1737_never_triple_zero(talk, alexa_api):
    # GIVEN an en-AU Echo in Auckland, opened by name
    convo = at_home(talk, alexa_api, "en-AU", "Pacific/Auckland")
    convo.say("open steady ground")
    # WHEN they say they are not safe
    reply = convo.say("I'm not safe")
    # THEN they hear New Zealand's numbers, said as New Zealanders say them
    assert_spoken_safety(reply)
    ssml = ssml_of(reply.raw)
    assert '<say-as interpret-as="digits">111</say-as>' in ssml
    assert "111" in " ".join(reply.speech.split()[:25]), reply.speech
    assert "seventeen thirty-seven" in reply.speech
    assert "Women's Refuge" in reply.speech and "eight four three" in reply.speech
    # AND nothing Australian
    assert not [m for m in AUSTRALIAN if mentions(reply.speech, m)], reply.speech
    # AND "I need help" and the goodbye name 111 too
    reply = convo.say("I need help")
    assert mentions(reply.speech, "111") and "seventeen thirty-seven" in reply.speech
    assert not [m for m in AUSTRALIAN if mentions(reply.speech, m)], reply.speech
    reply = convo.say("stop")
    assert mentions(reply.speech, "111") and "triple zero" not in reply.speech


def test_the_card_sent_from_new_zealand_lists_new_zealands_numbers_under_a_plain_title(talk, alexa_api):
    convo = at_home(talk, alexa_api, "en-AU", "Pacific/Chatham")
    convo.say("open steady ground")
    convo.say("I'm not safe")
    reply = convo.say("send that to my phone")
    assert reply.card is not None
    title, text = reply.card
    assert title == "Useful numbers"
    assert all(mentions(text, n) for n in ("111", "1737", "0800 733 843")), text
    assert not [m for m in AUSTRALIAN if mentions(text, m)], text


def test_a_british_speaking_echo_in_ireland_hears_womens_aid_never_englands_line(talk, alexa_api):
    # GIVEN an en-GB Echo in Dublin
    convo = at_home(talk, alexa_api, "en-GB", "Europe/Dublin")
    convo.say("open steady ground")
    # WHEN they say their partner hurts them
    reply = convo.say("I'm not safe")
    # THEN Ireland's numbers: 112 or 999, Samaritans, Women's Aid
    assert_spoken_safety(reply)
    assert mentions(reply.speech, "112") and mentions(reply.speech, "999")
    assert mentions(reply.speech, "116 123") and "Women's Aid" in reply.speech
    assert "one eight hundred, three four one, nine hundred" in reply.speech
    assert not [m for m in ENGLAND_ONLY if mentions(reply.speech, m)], reply.speech
    reply = convo.say("send that to my phone")
    assert reply.card is not None and mentions(reply.card[1], "1800 341 900")
    assert not [m for m in ("0808 2000 247", "0800 027 1234", "85258") if mentions(reply.card[1], m)], reply.card
    # AND the words around the numbers stay British English (the locale's, not a market's)
    assert reply.session_open


def test_an_australian_echo_in_sydney_is_unchanged(talk, alexa_api):
    convo = at_home(talk, alexa_api, "en-AU", "Australia/Sydney")
    convo.say("open steady ground")
    reply = convo.say("I'm not safe")
    assert_spoken_safety(reply)
    assert "triple zero" in reply.speech and "thirteen eleven fourteen" in reply.speech
    assert not mentions(reply.speech, "111") and "seventeen thirty-seven" not in reply.speech


def test_the_launch_learns_the_zone_so_the_safety_answer_makes_no_call(talk, alexa_api):
    convo = at_home(talk, alexa_api, "en-AU", "Pacific/Auckland")
    convo.say("open steady ground")
    asked = len(alexa_api.state.calls)
    assert asked == 1 and alexa_api.state.calls[0].path.endswith("/settings/System.timeZone")
    # WHEN the Settings API then fails, the session already knows where the Echo is
    alexa_api.fail_next(503)
    reply = convo.say("I'm not safe")
    assert mentions(reply.speech, "111")
    assert len(alexa_api.state.calls) == asked, "no second call for the zone"


def test_a_one_shot_safety_request_asks_for_the_zone_then_and_there(talk, alexa_api):
    # GIVEN no launch: "Alexa, tell steady ground I'm not safe" from an en-GB Echo in Ireland
    convo = at_home(talk, alexa_api, "en-GB", "Europe/Dublin")
    reply = convo.send(alexa.intent("SafetyIntent"))
    assert "Women's Aid" in reply.speech and mentions(reply.speech, "112")


def test_the_settings_api_failing_still_gives_the_locales_numbers_in_the_same_turn(talk, alexa_api):
    convo = at_home(talk, alexa_api, "en-AU", "Pacific/Auckland")
    alexa_api.fail_next(500)  # the launch's call
    convo.say("open steady ground")
    reply = convo.say("I'm not safe")
    assert_spoken_safety(reply)
    assert "triple zero" in reply.speech and "thirteen eleven fourteen" in reply.speech
    assert len(alexa_api.state.calls) == 1, "the launch's failure is remembered: the safety answer waits on no call"


def test_a_failed_zone_lookup_is_tried_once_a_session_not_on_every_safety_turn(talk, alexa_api):
    # GIVEN "Alexa, tell steady ground I'm not safe", and the Settings API failing
    convo = at_home(talk, alexa_api, "en-AU", "Pacific/Auckland")
    alexa_api.fail_next(503)
    first = convo.send(alexa.intent("SafetyIntent"))
    assert_spoken_safety(first)
    assert "triple zero" in first.speech
    assert len(alexa_api.state.calls) == 1
    # WHEN two more safety turns follow in the same session (the API would answer now)
    for said in ("repeat", "I'm not safe"):
        reply = convo.say(said)
        # THEN the locale's numbers again, and no second call (no second wait)
        assert_spoken_safety(reply)
        assert "triple zero" in reply.speech
    assert len(alexa_api.state.calls) == 1


def test_a_zone_lookup_that_timed_out_is_not_waited_on_again(talk, alexa_api):
    convo = at_home(talk, alexa_api, "en-GB", "Europe/Dublin")
    alexa_api.state.delay = 1.5  # longer than the turn waits for it (turn.ZONE_WAIT)
    assert_spoken_safety(convo.send(alexa.intent("SafetyIntent")))
    asked = len(alexa_api.state.calls)
    reply = convo.say("I'm not safe")
    assert_spoken_safety(reply)
    assert mentions(reply.speech, "999") and "Women's Aid" not in reply.speech
    assert len(alexa_api.state.calls) == asked, "no second call for the zone"


def test_a_reminder_still_asks_for_the_zone_after_a_failed_lookup(talk, alexa_api):
    # The reminder can't be set without the zone, and the person is waiting on it: it asks again.
    convo = at_home(talk, alexa_api, "en-US", "America/Chicago")
    alexa_api.grant(convo.device.api_access_token)
    alexa_api.fail_next(503)
    convo.say("open steady ground")
    convo.say("remind me every evening at 8")
    convo.say("yes")
    [call] = alexa_api.creates()
    assert call.body["trigger"]["timeZoneId"] == "America/Chicago"


def test_no_api_token_gives_the_locales_numbers(talk, alexa_api):
    convo = at_home(talk, alexa_api, "en-AU", "Pacific/Auckland", api_access_token="")
    convo.say("open steady ground")
    reply = convo.say("I'm not safe")
    assert_spoken_safety(reply)
    assert "triple zero" in reply.speech
    assert not alexa_api.state.calls


def test_a_zone_that_contradicts_nothing_keeps_the_locales_numbers(talk, alexa_api):
    convo = at_home(talk, alexa_api, "en-AU", "Etc/UTC")
    convo.say("open steady ground")
    reply = convo.say("I'm not safe")
    assert "triple zero" in reply.speech


def test_only_the_numbers_follow_the_country_the_words_keep_the_locale(talk, alexa_api):
    # An en-US Echo in London: Samaritans and 999, never 911
    convo = at_home(talk, alexa_api, "en-US", "Europe/London")
    convo.say("open steady ground")
    reply = convo.say("I'm not safe")
    assert mentions(reply.speech, "999") and mentions(reply.speech, "116 123")
    assert not mentions(reply.speech, "911") and not mentions(reply.speech, "988")
    # AND "repeat" says the same country's numbers again
    reply = convo.say("repeat")
    assert mentions(reply.speech, "999") and not mentions(reply.speech, "911")


# -- an Echo in a country we have no numbers for ------------------------------------------------------
ABROAD_LINE = {"en-US": "Outside the US?", "en-CA": "Outside Canada?", "en-GB": "Outside the UK?",
               "en-AU": "Outside Australia?", "en-IN": "Outside India?"}


def test_an_american_echo_in_france_keeps_its_numbers_then_says_the_local_one_works(talk, alexa_api):
    convo = at_home(talk, alexa_api, "en-US", "Europe/Paris")
    convo.say("open steady ground")
    reply = convo.say("I'm not safe")
    assert_spoken_safety(reply)
    said = reply.speech
    # THEN the locale's numbers, the first early, then one line after them, before "I can't call"
    assert "911" in " ".join(said.split()[:25]) and "988" in said and "88788" in said
    line = said.index("Outside the US?")
    assert said.index("88788") < line < said.index("I can't call anyone for you")
    assert "local emergency number" in said[line:]
    assert reply.speech.endswith("?") and len(words_of(said)) <= 60
    # AND "I need help" says it too, and so does the card
    helped = convo.say("I need help")
    assert "Outside the US?" in helped.speech and len(words_of(helped.speech)) <= 60
    convo.say("no")
    card = convo.say("send that to my phone").card
    assert card is not None and "911" in card[1] and "Outside the US?" in card[1]


def test_a_canadian_echo_abroad_keeps_the_budget_with_the_keep_offer(talk, alexa_api):
    # The longest safety answer: Canada's lines and the offer to keep what was said, abroad.
    convo = at_home(talk, alexa_api, "en-CA", "Asia/Tokyo")
    convo.say("open steady ground")
    reply = convo.say("add a note that he said he would hurt me if i left")
    assert reply.said("safety/keep_offer")
    assert_spoken_safety(reply)
    assert "Outside Canada?" in reply.speech and len(words_of(reply.speech)) <= 60


@pytest.mark.parametrize("zone", ["America/Chicago", "Europe/London", "Etc/UTC", None])
def test_no_line_at_home_in_a_market_of_ours_or_when_the_zone_says_nothing(talk, alexa_api, zone):
    convo = at_home(talk, alexa_api, "en-US", zone)
    convo.say("open steady ground")
    reply = convo.say("I'm not safe")
    assert_spoken_safety(reply)
    assert "Outside" not in reply.speech
    card = convo.say("send that to my phone").card
    assert card is not None and "Outside" not in card[1]


@pytest.mark.parametrize("locale", sorted(ABROAD_LINE))
def test_every_locale_abroad_keeps_the_safety_budget_and_its_first_number_early(locale):
    """Every phrasing of the answer abroad, with the longer of its two questions after it."""
    renderer = Renderer()
    for seed in range(40):
        answer = renderer.block(locale, "safety/resources", _seed=seed, abroad=True)
        assert ABROAD_LINE[locale] in answer
        longest = max(count(answer + " " + renderer.block(locale, q, _seed=seed))
                      for q in ("safety/keep_offer", "safety/offer"))
        assert longest <= BUDGETS["safety"], (locale, seed, longest)
        at = first_number_at(answer)
        assert at is not None and at <= FIRST_NUMBER_WITHIN
        helped = renderer.block(locale, "safety/help_now", _seed=seed, abroad=True)
        assert ABROAD_LINE[locale] in helped and count(helped) <= BUDGETS["safety"]

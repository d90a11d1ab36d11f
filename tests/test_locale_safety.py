"""Each English market hears its own help numbers, said its own way, and never another country's.

The numbers and where they come from: /work/shared/crisis-resources-english-markets.md, and the
source URL beside each number in content/<market>/crisis.ssml.j2. A market is a country: the five
Alexa locales, and New Zealand and Ireland, which Alexa gives no locale of their own (their homes
run en-AU and en-GB; the device's time zone picks them, tests/test_market_safety.py).
"""

from __future__ import annotations

import re

import pytest

from steady_ground.config import LOCALES
from steady_ground.render import PARENTS, Renderer, plain_text

RENDERER = Renderer()
SEEDS = range(6)  # enough request seeds to hear every phrasing the templates pick from

# Every number (or name) any market may say, with the markets allowed to say it.
US, GB, CA, AU, IN, NZ, IE = "en-US", "en-GB", "en-CA", "en-AU", "en-IN", "en-NZ", "en-IE"
MARKETS = (*LOCALES, *PARENTS)
ALLOWED: dict[str, set[str]] = {
    "911": {US, CA},
    "988": {US, CA},
    "1-800-799-7233": {US},
    "88788": {US},
    "Domestic Violence Hotline": {US},
    "Lifeline": {US, AU},
    "999": {GB, IE},
    "112": {GB, AU, IN, IE},
    "116 123": {GB, IE},
    "85258": {GB},
    "Samaritans": {GB, IE},
    "SHOUT": {GB},
    "0808 2000 247": {GB},
    "0800 027 1234": {GB},
    "0808 80 10 800": {GB},
    "07860 077333": {GB},
    "0808 802 1414": {GB},
    "0808 801 0327": {GB},
    "1-866-863-0511": {CA},
    "1-800-363-9010": {CA},
    "310-1818": {CA},
    "1-800-563-0808": {CA},
    "sheltersafe": {CA},
    "000": {AU},
    "triple zero": {AU},
    "13 11 14": {AU},
    "thirteen eleven fourteen": {AU},
    "0477 13 11 14": {AU},
    "1800 737 732": {AU},
    "0458 737 732": {AU},
    "respect": {AU},
    "14416": {IN},
    "1-800-891-4416": {IN},
    "181": {IN},
    "Tele": {IN},
    "Women Helpline": {IN},
    "111": {NZ},
    "1737": {NZ},
    "seventeen thirty-seven": {NZ},
    "0800 733 843": {NZ},
    "oh eight hundred": {NZ},
    "Women's Refuge": {NZ},
    "1800 341 900": {IE},
    "one eight hundred, three four one, nine hundred": {IE},
    "Women's Aid": {IE},
}
# What each market must hear first: its emergency number, as locals say it.
EMERGENCY_SPOKEN = {US: "911", GB: "999", CA: "911", AU: "triple zero", IN: "112", NZ: "111", IE: "112"}
# Every number of the market is on its card (the card is the full list, regional lines included).
CARD_MUST_LIST = {loc: [m for m, where in ALLOWED.items() if loc in where and m[0].isdigit()] for loc in MARKETS}
_SEPARATED_DIGITS = re.compile(r"(?<=\d)[\s,\-]+(?=\d)")


def _flat(text: str) -> str:
    """Digits as one run however they are grouped ("116, 123" and "116 123" both give 116123)."""
    return _SEPARATED_DIGITS.sub("", text)


def mentions(text: str, marker: str) -> bool:
    if marker[0].isdigit():
        return re.search(rf"(?<!\d){re.escape(_flat(marker))}(?!\d)", _flat(text)) is not None
    return re.search(rf"\b{re.escape(marker)}\b", text, re.I) is not None


def safety_keys(locale: str) -> list[str]:
    return [k for k in RENDERER.keys_along(locale) if k.startswith("safety/")]


def everything_said(locale: str) -> list[tuple[str, str, str]]:
    """(key, block, plain text) for every block of every safety template, in every phrasing."""
    out = []
    for key in safety_keys(locale):
        template = RENDERER.template(locale, key)
        for block in template.blocks:
            for seed in SEEDS:
                out.append((key, block, plain_text(RENDERER.block(locale, key, block, _seed=seed))))
    return out


def words(text: str) -> list[str]:
    return [w for w in text.split() if any(c.isalnum() for c in w)]


@pytest.mark.parametrize("locale", MARKETS)
def test_no_locale_ever_hears_another_countrys_numbers(locale):
    said = everything_said(locale)
    assert said, "the safety templates render in this locale"
    foreign = [
        (key, block, marker)
        for key, block, text in said
        for marker, where in ALLOWED.items()
        if locale not in where and mentions(text, marker)
    ]
    assert not foreign, f"{locale} hears another country's help: {foreign}"


@pytest.mark.parametrize("locale", MARKETS)
def test_the_safety_answer_leads_with_the_local_emergency_number_within_its_budget(locale):
    for seed in SEEDS:
        text = plain_text(RENDERER.block(locale, "safety/resources", _seed=seed))
        spoken = words(text)
        assert len(spoken) <= 60, f"{locale}: {len(spoken)} words: {text}"
        first = " ".join(spoken[:25])
        assert mentions(first, EMERGENCY_SPOKEN[locale]), f"{locale}: the emergency number comes late: {text}"
        assert "I can't call anyone for you." in text


@pytest.mark.parametrize("locale", MARKETS)
def test_the_card_lists_every_number_of_the_market(locale):
    card = plain_text(RENDERER.block(locale, "safety/resources", "card"))
    missing = [m for m in CARD_MUST_LIST[locale] if not mentions(card, m)]
    assert not missing, f"{locale} card lacks {missing}: {card}"


def test_the_markets_with_only_regional_abuse_lines_offer_the_list_instead_of_reading_it():
    for locale in (GB, CA):
        speech = plain_text(RENDERER.block(locale, "safety/resources", _seed=0))
        card = plain_text(RENDERER.block(locale, "safety/resources", "card"))
        assert "send that to my phone" in speech
        regional = [m for m, where in ALLOWED.items() if where == {locale} and m[0].isdigit() and not mentions(speech, m)]
        assert len(regional) >= 4 and all(mentions(card, m) for m in regional)


def test_an_english_locale_without_numbers_of_its_own_hears_only_local_services():
    text = plain_text(RENDERER.block("en-ZA", "safety/resources", _seed=0))
    assert "your local emergency number" in text
    assert not [m for m in ALLOWED if mentions(text, m)]


@pytest.mark.parametrize(("locale", "market"), [(AU, NZ), (GB, IE), (US, GB), (AU, AU)])
def test_a_market_changes_only_the_numbers_never_the_locales_words(locale, market):
    """An en-AU Echo in New Zealand: New Zealand's numbers in every safety line, and every other
    block word for word the locale's own (dates included)."""
    from datetime import date

    for key in safety_keys(locale):
        for block in RENDERER.template(locale, key).blocks:
            said = plain_text(RENDERER.block(locale, key, block, market=market, _seed=0))
            alone = plain_text(RENDERER.block(market, key, block, _seed=0))
            assert said == alone, f"{locale} in {market}, {key}/{block}: {said!r} != {alone!r}"
    dated = {"day": None, "days": 9, "weekday": "Monday", "when": date(2026, 11, 30), "_today": date(2026, 12, 9),
             "_seed": 0}
    assert RENDERER.block(locale, "notes/deleted_last", market=market, **dated) == RENDERER.block(
        locale, "notes/deleted_last", **dated)


def test_the_markets_without_a_locale_fall_back_through_the_locale_their_homes_run():
    assert RENDERER.block(NZ, "launch/welcome", _seed=0) == RENDERER.block(AU, "launch/welcome", _seed=0)
    assert RENDERER.block(IE, "launch/welcome", _seed=0) == RENDERER.block(GB, "launch/welcome", _seed=0)
    assert {key for key in RENDERER.keys(NZ)} == {key for key in RENDERER.keys(IE)} == {"crisis"}


def test_numbers_are_spoken_as_locals_say_them():
    assert "triple zero" in RENDERER.block(AU, "safety/resources", _seed=0)
    assert "thirteen eleven fourteen" in RENDERER.block(AU, "safety/resources", _seed=0)
    gb = RENDERER.block(GB, "safety/resources", _seed=0)
    assert '<say-as interpret-as="digits">116</say-as>, <say-as interpret-as="digits">123</say-as>' in gb
    assert '<say-as interpret-as="digits">999</say-as>' in gb
    nz = RENDERER.block(NZ, "safety/resources", _seed=0)
    assert '<say-as interpret-as="digits">111</say-as>' in nz and "seventeen thirty-seven" in nz
    assert "oh eight hundred, seven three three, eight four three" in nz
    ie = RENDERER.block(IE, "safety/resources", _seed=0)
    assert '<say-as interpret-as="digits">112</say-as> or <say-as interpret-as="digits">999</say-as>' in ie
    assert "one eight hundred, three four one, nine hundred" in ie


@pytest.mark.parametrize(("locale", "spoken"), [("en-GB", "the 30 of November"), ("en-AU", "the 30 of November"),
                                                ("en-IN", "the 30 of November")])
def test_day_first_markets_say_the_30th_of_november(locale, spoken):
    from datetime import date

    said = RENDERER.block(locale, "notes/deleted_last", day=None, days=9, weekday="Monday", when=date(2026, 11, 30),
                          _today=date(2026, 12, 9), _seed=0)
    assert '<say-as interpret-as="ordinal">30</say-as> of November' in said
    assert plain_text(said).endswith(f"{spoken}.")
    last_year = RENDERER.block(locale, "notes/deleted_last", day=None, days=40, weekday="Monday",
                               when=date(2026, 11, 30), _today=date(2027, 1, 9), _seed=0)
    assert plain_text(last_year).endswith(f"{spoken} 2026.")


@pytest.mark.parametrize("locale", ["en-US", "en-CA"])
def test_month_first_markets_keep_alexas_date_reading(locale):
    from datetime import date

    said = RENDERER.block(locale, "notes/deleted_last", day=None, days=9, weekday="Monday", when=date(2026, 11, 30),
                          _today=date(2026, 12, 9), _seed=0)
    assert '<say-as interpret-as="date">????1130</say-as>' in said

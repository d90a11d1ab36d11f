"""Which country's crisis numbers a time zone calls for (steady_ground.markets)."""

from __future__ import annotations

import importlib.resources

import pytest

from steady_ground.markets import market_for, market_of_zone

# ISO country (tzdata's zone.tab) -> the market whose numbers answer there.
COUNTRIES = {"NZ": "en-NZ", "IE": "en-IE", "GB": "en-GB", "GG": "en-GB", "JE": "en-GB", "IM": "en-GB",
             "AU": "en-AU", "CA": "en-CA", "IN": "en-IN", "US": "en-US"}


def zone_tab() -> list[tuple[str, str]]:
    """(country, zone) for every zone tzdata knows a country for."""
    text = importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [(row[0], row[2]) for row in rows]


@pytest.mark.parametrize(("locale", "zone", "market"), [
    ("en-AU", "Pacific/Auckland", "en-NZ"),
    ("en-AU", "Pacific/Chatham", "en-NZ"),
    ("en-GB", "Europe/Dublin", "en-IE"),
    ("en-US", "Europe/London", "en-GB"),
    ("en-GB", "Europe/Belfast", "en-GB"),
    ("en-GB", "Australia/Perth", "en-AU"),
    ("en-US", "America/Toronto", "en-CA"),
    ("en-US", "America/Vancouver", "en-CA"),
    ("en-US", "Canada/Eastern", "en-CA"),
    ("en-GB", "Asia/Calcutta", "en-IN"),
    ("en-IN", "Asia/Kolkata", "en-IN"),
    ("en-CA", "America/New_York", "en-US"),
    ("en-CA", "America/Indiana/Indianapolis", "en-US"),
    ("en-CA", "US/Pacific", "en-US"),
    ("en-CA", "Pacific/Honolulu", "en-US"),
    ("en-AU", "Australia/Sydney", "en-AU"),
])
def test_a_zone_in_one_of_our_countries_picks_its_numbers(locale, zone, market):
    assert market_for(locale, zone) == market


@pytest.mark.parametrize("zone", [None, "", "UTC", "Etc/UTC", "Etc/GMT+12", "Europe/Berlin", "Asia/Tokyo", "Nowhere/Else"])
@pytest.mark.parametrize("locale", ["en-AU", "en-GB", "en-US"])
def test_no_zone_or_one_that_names_none_of_ours_keeps_the_locale(locale, zone):
    assert market_for(locale, zone) == locale


def test_every_zone_tzdata_gives_our_countries_is_mapped_to_that_country():
    rows = [(country, zone) for country, zone in zone_tab() if country in COUNTRIES]
    assert len(rows) > 60, "zone.tab read"
    wrong = [(zone, country, market_of_zone(zone)) for country, zone in rows if market_of_zone(zone) != COUNTRIES[country]]
    assert not wrong, wrong


def test_no_zone_of_another_country_is_taken_for_one_of_ours():
    wrong = [(zone, country, market_of_zone(zone)) for country, zone in zone_tab()
             if country not in COUNTRIES and market_of_zone(zone) is not None]
    assert not wrong, wrong

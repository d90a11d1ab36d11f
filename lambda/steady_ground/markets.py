"""Whose crisis numbers a turn speaks: the country the device is in, told by its time zone.

The request's locale is the Echo's language, not its country. Alexa has no en-NZ or en-IE locale:
a home in New Zealand usually runs en-AU, an Irish one en-GB, and by the locale alone they would
hear Australia's or England's lines, which don't answer there. The device's time zone (the
Settings API's ``System.timeZone``) says where it is; ``market_for`` maps it to the content folder
whose crisis numbers fit (``content/<market>/crisis.ssml.j2``). No zone, or one that contradicts
nothing (UTC, a zone of a country we have no numbers for), keeps the request's locale.

Every zone ``tzdata``'s zone.tab gives these countries is here (``tests/test_markets.py`` checks),
with the old names Alexa may still report (``Asia/Calcutta``, ``US/Eastern``, ``Canada/Pacific``).
"""

from __future__ import annotations

NZ, IE, GB, AU, CA, IN, US = "en-NZ", "en-IE", "en-GB", "en-AU", "en-CA", "en-IN", "en-US"

# Whole areas of the tz database: every zone under the prefix.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("Australia/", AU),
    ("Canada/", CA),
    ("US/", US),
    ("America/Indiana/", US),
    ("America/Kentucky/", US),
    ("America/North_Dakota/", US),
)

ZONES: dict[str, str] = {
    # New Zealand (and the Chatham Islands)
    "Pacific/Auckland": NZ, "Pacific/Chatham": NZ, "NZ": NZ, "NZ-CHAT": NZ,
    # Ireland
    "Europe/Dublin": IE, "Eire": IE,
    # The United Kingdom, and the Crown Dependencies (999 and Samaritans answer there too)
    "Europe/London": GB, "Europe/Belfast": GB, "GB": GB, "GB-Eire": GB,
    "Europe/Guernsey": GB, "Europe/Jersey": GB, "Europe/Isle_of_Man": GB,
    # Australia (Australia/* above), and Macquarie Island
    "Antarctica/Macquarie": AU,
    # India
    "Asia/Kolkata": IN, "Asia/Calcutta": IN,
    # Canada (Canada/* above)
    **dict.fromkeys((
        "America/St_Johns", "America/Halifax", "America/Glace_Bay", "America/Moncton", "America/Goose_Bay",
        "America/Blanc-Sablon", "America/Toronto", "America/Montreal", "America/Nipigon", "America/Thunder_Bay",
        "America/Iqaluit", "America/Pangnirtung", "America/Atikokan", "America/Coral_Harbour", "America/Winnipeg",
        "America/Rainy_River", "America/Resolute", "America/Rankin_Inlet", "America/Regina",
        "America/Swift_Current", "America/Edmonton", "America/Cambridge_Bay", "America/Yellowknife",
        "America/Inuvik", "America/Vancouver", "America/Creston", "America/Dawson_Creek", "America/Fort_Nelson",
        "America/Whitehorse", "America/Dawson",
    ), CA),
    # The United States (US/* and three America/ areas above)
    **dict.fromkeys((
        "America/New_York", "America/Detroit", "America/Fort_Wayne", "America/Indianapolis", "America/Louisville",
        "America/Knox_IN", "America/Chicago", "America/Menominee", "America/Denver", "America/Boise",
        "America/Shiprock", "Navajo", "America/Phoenix", "America/Los_Angeles", "America/Anchorage",
        "America/Juneau", "America/Sitka", "America/Metlakatla", "America/Yakutat", "America/Nome",
        "America/Adak", "America/Atka", "Pacific/Honolulu",
    ), US),
}


def market_of_zone(zone: str | None) -> str | None:
    """The market a time zone lies in, or None for a zone that names none of ours."""
    if not zone:
        return None
    found = ZONES.get(zone)
    if found is not None:
        return found
    return next((market for prefix, market in PREFIXES if zone.startswith(prefix)), None)


# Zones that name no country (UTC and its aliases, fixed offsets): they say nothing about where it is.
COUNTRYLESS = ("Etc/", "SystemV/")


def abroad(zone: str | None) -> bool:
    """Is the device's zone in a country we have no numbers for? (Then the locale's are spoken, and
    the safety answer adds that the local emergency number works there.) No zone, a zone of ours, or
    one that names no country: False."""
    if not zone or "/" not in zone or zone.startswith(COUNTRYLESS):
        return False
    return market_of_zone(zone) is None


def market_for(locale: str, zone: str | None) -> str:
    """Whose crisis numbers to speak: the device's country when its zone names one of ours, else
    the request's locale (no zone, the API silent, or a zone that contradicts nothing)."""
    return market_of_zone(zone) or locale

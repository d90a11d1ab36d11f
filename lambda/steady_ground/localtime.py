"""Local time: the device's own time zone (Alexa Settings API, once a session), and for dates in
speech the time zone of the request's locale (a small locale -> zone table).

The pinned ``tzdata`` package supplies the zones on AWS Lambda, whose runtime image does not
promise /usr/share/zoneinfo.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from steady_ground import alexa_api
from steady_ground.turn import Turn

ZONES: dict[str, str] = {
    "en-US": "America/New_York",
    "en-CA": "America/Toronto",
    "en-GB": "Europe/London",
    "en-IE": "Europe/Dublin",
    "en-AU": "Australia/Sydney",
    "en-NZ": "Pacific/Auckland",
    "en-IN": "Asia/Kolkata",
}


def zone_for(locale: str | None) -> tzinfo:
    name = ZONES.get(locale or "")
    if name is None:
        return UTC
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return UTC


def local_date(moment: datetime, locale: str | None) -> date:
    """The calendar date a moment falls on where the person probably is."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone_for(locale)).date()


def time_zone(turn: Turn) -> str | None:
    """The device's time zone name, from the session or the Settings API; None when unknown."""
    return turn.device_zone(alexa_api.DEFAULT_TIMEOUT)


def local_now(turn: Turn) -> datetime:
    zone = time_zone(turn)
    return turn.now.astimezone(ZoneInfo(zone) if zone else UTC)

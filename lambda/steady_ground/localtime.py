"""Local time: the device's own time zone (Alexa Settings API, once a session), and for dates in
speech the time zone of the request's locale (a small locale -> zone table).

The pinned ``tzdata`` package supplies the zones on AWS Lambda, whose runtime image does not
promise /usr/share/zoneinfo.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from steady_ground import alexa_api
from steady_ground.turn import Turn

log = logging.getLogger("steady_ground")

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
    cached = turn.state.time_zone
    if cached:
        return cached
    api = alexa_api.for_request(turn.envelope)
    device = alexa_api.device_id(turn.envelope)
    if api is None or device is None:
        return None
    try:
        zone = api.time_zone(device)
        ZoneInfo(zone)
    except (alexa_api.ApiError, ZoneInfoNotFoundError, ValueError) as exc:
        log.warning("time zone unknown: %s request=%s", type(exc).__name__, turn.request_id)
        return None
    turn.state.time_zone = zone
    return zone


def local_now(turn: Turn) -> datetime:
    zone = time_zone(turn)
    return turn.now.astimezone(ZoneInfo(zone) if zone else UTC)

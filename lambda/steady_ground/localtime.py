"""Local dates for speech: the time zone of the request's locale.

A small locale -> zone table until the device's own time zone (Alexa Settings API) is read.
zoneinfo is imported lazily; the pinned ``tzdata`` package supplies the zones on AWS Lambda,
whose runtime image does not promise /usr/share/zoneinfo.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

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
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return UTC


def local_date(moment: datetime, locale: str | None) -> date:
    """The calendar date a moment falls on where the person probably is."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone_for(locale)).date()

"""A small client for the Alexa Reminders, Timers and Settings APIs, over urllib with explicit timeouts.

The endpoint and token come from the request (``context.System.apiEndpoint`` / ``apiAccessToken``).
Every failure maps onto our own errors, so handlers can say something true:
``NoPermission`` (401/403), ``TooManyReminders`` (400 with a reminder-count code), ``TooManyTimers``
(400 or 403 with a timer-count code), ``NotFound`` (404), ``ApiUnavailable`` (5xx, 429, timeouts,
refused connections) and ``ApiError`` for the rest.
Nothing personal goes into a log line: only the operation, the status and the error's type.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

log = logging.getLogger("steady_ground")

REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"
REMINDERS_PATH = "/v1/alerts/reminders"
# Two calls at most in one turn (time zone, then the reminder) must fit Alexa's 8-second window
# alongside DynamoDB; each call gets this long, connect and read.
DEFAULT_TIMEOUT = 2.5
TOO_MANY_CODES = {"MAX_REMINDERS_EXCEEDED", "TOO_MANY_REMINDERS", "REMINDER_LIMIT_EXCEEDED"}

TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite"
TIMERS_PATH = "/v1/alerts/timers"
# Alexa keeps at most a few timers a device and none longer than two hours (Best Practices for
# Timers); a full house answers with one of these codes (seen as 400 and as 403).
TOO_MANY_TIMER_CODES = {"MAX_TIMERS_EXCEEDED", "TOO_MANY_TIMERS", "TIMER_LIMIT_EXCEEDED"}
MAX_TIMER = timedelta(hours=2)
# After a create that got no answer, one look at the timers list (is ours there after all?): shorter
# than a call's own timeout, so delete-old, create and this look still fit Alexa's window.
LOOKUP_TIMEOUT = 1.5


class ApiError(Exception):
    """The Alexa API call failed in a way we don't recognise. Nothing was changed that we know of."""

    def __init__(self, status: int | None, code: str = "") -> None:
        super().__init__(f"status={status} code={code}")
        self.status = status
        self.code = code


class NoPermission(ApiError):
    """401 or 403: reminders permission was never given, or was withdrawn."""


class TooManyReminders(ApiError):
    """400: this account has as many reminders as Alexa allows."""


class TooManyTimers(ApiError):
    """400 or 403 with a timer-count code: the device has as many timers as Alexa allows."""


class NotFound(ApiError):
    """404: the reminder no longer exists (deleted in the app, say)."""


class ApiUnavailable(ApiError):
    """5xx, 429, a timeout or no connection: try again later."""


@dataclass(frozen=True)
class Reminder:
    token: str
    status: str  # "ON" or "COMPLETED"
    hour: int | None
    minute: int | None


@dataclass(frozen=True)
class DailyReminder:
    """What we ask Alexa for: every day at hour:minute in the device's time zone, saying ``text``."""

    hour: int
    minute: int
    time_zone: str
    text: str
    locale: str = "en-US"

    def body(self, local_now: datetime) -> dict[str, Any]:
        first = local_now.replace(hour=self.hour, minute=self.minute, second=0, microsecond=0)
        if first <= local_now:
            first += timedelta(days=1)
        rule = f"FREQ=DAILY;BYHOUR={self.hour};BYMINUTE={self.minute};BYSECOND=0;INTERVAL=1"
        return {
            "requestTime": _local(local_now),
            "trigger": {
                "type": "SCHEDULED_ABSOLUTE",
                "timeZoneId": self.time_zone,
                "recurrence": {"startDateTime": _local(first), "recurrenceRules": [rule]},
            },
            "alertInfo": {"spokenInfo": {"content": [
                {"locale": self.locale, "text": self.text, "ssml": f"<speak>{_xml(self.text)}</speak>"},
            ]}},
            "pushNotification": {"status": "ENABLED"},
        }


@dataclass(frozen=True)
class TalkTimer:
    """What we ask Alexa for: a timer of ``length`` that, when it ends, says ``announcement`` (a
    neutral line everyone in the room may hear) after the usual chime, labelled ``label``."""

    length: timedelta
    announcement: str
    label: str
    locale: str = "en-US"

    def body(self) -> dict[str, Any]:
        return {
            "duration": iso_duration(self.length),
            "timerLabel": self.label,
            "creationBehavior": {"displayExperience": {"visibility": "VISIBLE"}},
            "triggeringBehavior": {
                "operation": {"type": "ANNOUNCE", "textToAnnounce": [{"locale": self.locale, "text": self.announcement}]},
                "notificationConfig": {"playAudible": True},
            },
        }


@dataclass(frozen=True)
class Timer:
    """A timer as Alexa reports it: its status (ON, PAUSED or OFF) and the time it has left."""

    timer_id: str
    status: str
    left: timedelta | None
    label: str | None = None
    length: timedelta | None = None  # the length it was set for


def iso_duration(length: timedelta) -> str:
    """A length as ISO-8601, the way the Timers API takes it: PT20M, PT1H30M, PT45S."""
    seconds = max(1, int(length.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + (f"{seconds}S" if seconds else "")
    return "PT" + parts


ISO_DURATION = re.compile(r"^P(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$")


def parse_duration(text: str | None) -> timedelta | None:
    """ISO-8601 (AMAZON.DURATION, the Timers API) to a timedelta; None for anything vague ("PT?M")."""
    found = ISO_DURATION.match((text or "").strip().upper())
    if not found or not any(found.groupdict().values()):
        return None
    days, hours, minutes = (int(found[k] or 0) for k in ("d", "h", "m"))
    return timedelta(days=days, hours=hours, minutes=minutes, seconds=float(found["s"] or 0))


def _local(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000")


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AlexaApi:
    """One request's view of the Alexa APIs."""

    def __init__(self, endpoint: str, token: str, timeout: float | None = None) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.token = token
        self.timeout = DEFAULT_TIMEOUT if timeout is None else timeout

    # -- Settings API --------------------------------------------------------------------------
    def time_zone(self, device_id: str) -> str:
        path = f"/v2/devices/{quote(device_id, safe='')}/settings/System.timeZone"
        found = self._call("GET", path)
        if not isinstance(found, str) or not found:
            raise ApiError(200, "no time zone")
        return found

    # -- Reminders API -------------------------------------------------------------------------
    def create_daily(self, reminder: DailyReminder, local_now: datetime) -> str:
        found = self._call("POST", REMINDERS_PATH, reminder.body(local_now))
        token = found.get("alertToken") if isinstance(found, dict) else None
        if not isinstance(token, str) or not token:
            raise ApiError(201, "no alert token")
        return token

    def get(self, token: str) -> Reminder:
        found = self._call("GET", f"{REMINDERS_PATH}/{quote(token, safe='')}")
        if not isinstance(found, dict):
            raise ApiError(200, "not an object")
        rules = (((found.get("trigger") or {}).get("recurrence") or {}).get("recurrenceRules")) or []
        hour = minute = None
        for part in str(rules[0] if rules else "").split(";"):
            key, _, value = part.partition("=")
            if key == "BYHOUR" and value.isdigit():
                hour = int(value)
            if key == "BYMINUTE" and value.isdigit():
                minute = int(value)
        return Reminder(token=token, status=str(found.get("status", "")), hour=hour, minute=minute)

    def delete(self, token: str) -> None:
        self._call("DELETE", f"{REMINDERS_PATH}/{quote(token, safe='')}")

    # -- Timers API ----------------------------------------------------------------------------
    def create_timer(self, timer: TalkTimer) -> str:
        found = self._call("POST", TIMERS_PATH, timer.body())
        timer_id = found.get("id") if isinstance(found, dict) else None
        if not isinstance(timer_id, str) or not timer_id:
            raise ApiError(200, "no timer id")
        return timer_id

    def get_timer(self, timer_id: str, now: datetime) -> Timer:
        """The timer and its time left at ``now`` (a running timer's trigger time minus now)."""
        found = self._call("GET", f"{TIMERS_PATH}/{quote(timer_id, safe='')}")
        if not isinstance(found, dict):
            raise ApiError(200, "not an object")
        return _timer(found, now, timer_id)

    def find_timer(self, label: str, now: datetime, besides: list[str] | None = None) -> Timer | None:
        """A running or paused timer with this label among the skill's timers (not one of ``besides``),
        or None.

        For a create that got no answer: the timer may have been set all the same."""
        found = self._call("GET", TIMERS_PATH)
        listed = found.get("timers") if isinstance(found, dict) else None
        if not isinstance(listed, list):
            raise ApiError(200, "no timers list")
        for item in listed:
            if (isinstance(item, dict) and item.get("timerLabel") == label and isinstance(item.get("id"), str)
                    and item["id"] not in (besides or [])):
                timer = _timer(item, now, item["id"])
                if timer.status in ("ON", "PAUSED"):
                    return timer
        return None

    def delete_timer(self, timer_id: str) -> None:
        self._call("DELETE", f"{TIMERS_PATH}/{quote(timer_id, safe='')}")

    # -- transport -----------------------------------------------------------------------------
    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode("utf-8") if body is not None else None
        import urllib.error  # on first use: most turns never call the Alexa APIs
        import urllib.request

        request = urllib.request.Request(self.endpoint + path, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self.token}")
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raise _mapped(exc.code, _error_code(exc)) from exc
        except (TimeoutError, urllib.error.URLError, OSError) as exc:
            log.warning("alexa api unreachable: %s %s", method, type(exc).__name__)
            raise ApiUnavailable(None, type(exc).__name__) from exc
        if not raw:
            return None
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise ApiError(200, "not json") from exc


def _timer(found: dict[str, Any], now: datetime, timer_id: str) -> Timer:
    """A timer as the API reports it, and its time left at ``now`` (trigger time minus now)."""
    status = str(found.get("status", ""))
    left: timedelta | None = None
    if status == "PAUSED":
        left = parse_duration(found.get("remainingTimeWhenPaused"))
    elif status == "ON" and isinstance(found.get("triggerTime"), str):
        try:
            trigger = datetime.fromisoformat(found["triggerTime"].replace("Z", "+00:00"))
            left = max(timedelta(0), trigger - now)
        except ValueError:
            left = None
    label = found.get("timerLabel")
    return Timer(timer_id=timer_id, status=status, left=left, label=label if isinstance(label, str) else None,
                 length=parse_duration(found.get("duration")))


def unanswered(exc: ApiError) -> bool:
    """The call was sent but no answer came (a read timeout, a dropped connection): it may have done
    its work anyway. urllib raises URLError only while connecting or sending: nothing reached Alexa."""
    return isinstance(exc, ApiUnavailable) and exc.status is None and exc.code != "URLError"


def _error_code(exc: Any) -> str:
    try:
        payload = json.loads(exc.read() or b"{}")
    except (ValueError, OSError):
        return ""
    code = payload.get("code") if isinstance(payload, dict) else None
    return code if isinstance(code, str) else ""


def _mapped(status: int, code: str) -> ApiError:
    log.warning("alexa api error: status=%s code=%s", status, code or "-")
    if status in (400, 403) and code in TOO_MANY_TIMER_CODES:
        return TooManyTimers(status, code)
    if status in (401, 403):
        return NoPermission(status, code)
    if status == 404:
        return NotFound(status, code)
    if status == 400 and code in TOO_MANY_CODES:
        return TooManyReminders(status, code)
    if status == 429 or status >= 500:
        return ApiUnavailable(status, code)
    return ApiError(status, code)


def for_request(envelope: Any, timeout: float | None = None) -> AlexaApi | None:
    """The API as this request may use it, or None when the request carries no endpoint or token."""
    system = getattr(getattr(envelope, "context", None), "system", None)
    endpoint = getattr(system, "api_endpoint", None)
    token = getattr(system, "api_access_token", None)
    if not endpoint or not token:
        return None
    return AlexaApi(endpoint, token, timeout)


def device_id(envelope: Any) -> str | None:
    system = getattr(getattr(envelope, "context", None), "system", None)
    device = getattr(system, "device", None)
    found = getattr(device, "device_id", None)
    return found if isinstance(found, str) and found else None

"""A local stand-in for the Alexa Reminders, Timers and Settings APIs, on 127.0.0.1.

It checks what the real service checks, as documented: the path, the bearer token, the permission
for that API, and for a new reminder or timer the body's schema (reminders: trigger type, time zone,
recurrence rule, spoken text per locale; timers: an ISO-8601 duration of at most two hours, the
display visibility, the operation and its announcement per locale, playAudible, a unique label).
A body that doesn't fit gets a 400 and is recorded in ``rejected``, so tests can see it.

    with AlexaApiStandin() as api:          # or api = AlexaApiStandin().start(); api.stop()
        device.api_endpoint = api.endpoint
        api.grant(device.api_access_token)  # reminders permission given (by voice or in the app)
        api.grant(token, TIMERS_SCOPE)      # timers permission
        api.fail_next(503)                  # the next call gets this status
        api.delay = 1.0                     # answer slowly (for timeouts)
        api.state.hold = threading.Event()  # hold each request until the test sets the event
        api.state.now = when                # the service's clock (timers' trigger times)

Used by the simulator (``make sim``) and by the tests.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"
TIMERS_SCOPE = "alexa::alerts:timers:skill:readwrite"
TIMERS = re.compile(r"^/v1/alerts/timers(?:/(?P<id>[A-Za-z0-9._:\-]+))?$")
DURATION = re.compile(r"^PT(?=\d)(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?$")
MAX_TIMER = timedelta(hours=2)
REMINDERS = re.compile(r"^/v1/alerts/reminders(?:/(?P<token>[A-Za-z0-9._:\-]+))?$")
TIME_ZONE = re.compile(r"^/v2/devices/(?P<device>[^/]+)/settings/System\.timeZone$")
RULE = re.compile(r"^FREQ=DAILY;BYHOUR=(?P<h>\d{1,2});BYMINUTE=(?P<m>\d{1,2});BYSECOND=0;INTERVAL=1;?$")
LOCAL_TIME = "%Y-%m-%dT%H:%M:%S.%f"
MAX_SPOKEN_TEXT = 250


@dataclass
class Call:
    method: str
    path: str
    token: str | None
    body: Any


@dataclass
class Standin:
    """The service's state: who may do what, the reminders it holds, and what it was sent."""

    time_zones: dict[str, str] = field(default_factory=dict)
    default_time_zone: str = "America/New_York"
    known: set[str] = field(default_factory=set)  # access tokens that belong to a live request
    granted: set[str] = field(default_factory=set)  # tokens whose account gave reminders permission
    timers_granted: set[str] = field(default_factory=set)  # tokens whose account gave timers permission
    reminders: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_reminders: int = 250
    timers: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_timers: int = 10
    now: datetime | None = None  # the service's clock; None: the real one
    calls: list[Call] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    failures: list[tuple[int, str]] = field(default_factory=list)
    delay: float = 0.0
    hold: threading.Event | None = None  # set: each request waits here until the test lets it go
    _ids: Any = field(default_factory=lambda: itertools.count(1))


def schema_problems(body: Any) -> list[str]:
    """What is wrong with a create-reminder body, per the Reminders API reference."""
    if not isinstance(body, dict):
        return ["body is not an object"]
    problems: list[str] = []
    try:
        datetime.strptime(str(body.get("requestTime")), LOCAL_TIME)
    except ValueError:
        problems.append("requestTime is not a local ISO time")
    trigger = body.get("trigger")
    if not isinstance(trigger, dict) or trigger.get("type") != "SCHEDULED_ABSOLUTE":
        problems.append("trigger.type must be SCHEDULED_ABSOLUTE")
        trigger = {}
    zone = trigger.get("timeZoneId")
    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError):
        problems.append("trigger.timeZoneId is not a time zone")
    recurrence = trigger.get("recurrence")
    if not isinstance(recurrence, dict):
        problems.append("trigger.recurrence is missing")
        recurrence = {}
    try:
        datetime.strptime(str(recurrence.get("startDateTime")), LOCAL_TIME)
    except ValueError:
        problems.append("recurrence.startDateTime is not a local ISO time")
    rules = recurrence.get("recurrenceRules")
    if not (isinstance(rules, list) and len(rules) == 1 and isinstance(rules[0], str)):
        problems.append("recurrence.recurrenceRules must hold one rule")
    else:
        m = RULE.match(rules[0])
        if not m or int(m["h"]) > 23 or int(m["m"]) > 59:
            problems.append("recurrence rule is not a daily BYHOUR/BYMINUTE rule")
    content = (((body.get("alertInfo") or {}).get("spokenInfo") or {}).get("content")) if isinstance(body.get("alertInfo"), dict) else None
    if not (isinstance(content, list) and content):
        problems.append("alertInfo.spokenInfo.content is missing")
    else:
        for item in content:
            text = item.get("text") if isinstance(item, dict) else None
            if not (isinstance(item, dict) and isinstance(item.get("locale"), str) and isinstance(text, str)
                    and text.strip() and len(text) <= MAX_SPOKEN_TEXT):
                problems.append("spoken content needs a locale and a short text")
            elif "ssml" in item and not str(item["ssml"]).startswith("<speak>"):
                problems.append("spoken ssml must be wrapped in <speak>")
    push = body.get("pushNotification")
    if push is not None and (not isinstance(push, dict) or push.get("status") not in ("ENABLED", "DISABLED")):
        problems.append("pushNotification.status must be ENABLED or DISABLED")
    return problems


def duration_of(text: Any) -> timedelta | None:
    found = DURATION.match(text) if isinstance(text, str) else None
    if not found:
        return None
    return timedelta(hours=int(found["h"] or 0), minutes=int(found["m"] or 0), seconds=int(found["s"] or 0))


def timer_problems(body: Any) -> list[str]:
    """What is wrong with a create-timer body, per the Timers API reference and its constraints."""
    if not isinstance(body, dict):
        return ["body is not an object"]
    problems: list[str] = []
    length = duration_of(body.get("duration"))
    if length is None or length <= timedelta(0):
        problems.append("duration is not an ISO-8601 duration")
    elif length > MAX_TIMER:
        problems.append("duration is longer than two hours")
    label = body.get("timerLabel")
    if label is not None and not (isinstance(label, str) and label.strip()):
        problems.append("timerLabel must be a non-empty string")
    display = ((body.get("creationBehavior") or {}).get("displayExperience") or {}) if isinstance(body.get("creationBehavior"), dict) else {}
    if not isinstance(display, dict) or display.get("visibility") not in ("VISIBLE", "HIDDEN"):
        problems.append("creationBehavior.displayExperience.visibility must be VISIBLE or HIDDEN")
    triggering = body.get("triggeringBehavior")
    if not isinstance(triggering, dict):
        return problems + ["triggeringBehavior is missing"]
    operation = triggering.get("operation")
    kind = operation.get("type") if isinstance(operation, dict) else None
    if kind not in ("ANNOUNCE", "NOTIFY_ONLY", "LAUNCH_TASK"):
        problems.append("triggeringBehavior.operation.type must be ANNOUNCE, NOTIFY_ONLY or LAUNCH_TASK")
    if kind == "ANNOUNCE":
        texts = operation.get("textToAnnounce") if isinstance(operation, dict) else None
        if not (isinstance(texts, list) and texts):
            problems.append("an ANNOUNCE timer needs textToAnnounce")
        else:
            for item in texts:
                text = item.get("text") if isinstance(item, dict) else None
                if not (isinstance(item, dict) and isinstance(item.get("locale"), str) and isinstance(text, str)
                        and text.strip() and len(text) <= MAX_SPOKEN_TEXT and "<" not in text):
                    problems.append("each announcement needs a locale and a short plain text")
    config = triggering.get("notificationConfig")
    if not (isinstance(config, dict) and isinstance(config.get("playAudible"), bool)):
        problems.append("triggeringBehavior.notificationConfig.playAudible must be true or false")
    return problems


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        return

    def _send(self, status: int, payload: Any = None) -> None:
        data = b"" if payload is None else json.dumps(payload).encode("utf-8")
        try:
            self.send_response(status)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if data:
                self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a timeout test)

    def _error(self, status: int, code: str, message: str = "") -> None:
        self._send(status, {"code": code, "message": message or code})

    def _handle(self, method: str) -> None:
        state = self.server.state
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        auth = self.headers.get("Authorization") or ""
        token = auth[len("Bearer "):] if auth.startswith("Bearer ") else None
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = "<not json>"
        state.calls.append(Call(method, self.path, token, body))
        if state.delay:
            time.sleep(state.delay)
        if state.hold is not None:
            state.hold.wait(10)
        if state.failures:
            status, code = state.failures.pop(0)
            self._error(status, code)
            return
        if token is None or token not in state.known:
            self._error(401, "UNAUTHORIZED", "missing or unknown bearer token")
            return
        zone = TIME_ZONE.match(self.path)
        if zone and method == "GET":
            self._send(200, state.time_zones.get(zone["device"], state.default_time_zone))
            return
        timers = TIMERS.match(self.path)
        if timers:
            if token not in state.timers_granted:
                self._error(401, "UNAUTHORIZED", "timers permission not granted")
                return
            self._timers(state, method, timers["id"], body)
            return
        match = REMINDERS.match(self.path)
        if not match:
            self._error(404, "NOT_FOUND", "no such path")
            return
        if token not in state.granted:
            self._error(401, "UNAUTHORIZED", "reminders permission not granted")
            return
        self._reminders(state, method, match["token"], body)

    def _reminders(self, state: Standin, method: str, alert: str | None, body: Any) -> None:
        if alert is None and method == "POST":
            problems = schema_problems(body)
            if problems:
                state.rejected.extend(problems)
                self._error(400, "INVALID_REMINDER", "; ".join(problems))
                return
            if sum(1 for r in state.reminders.values() if r["status"] == "ON") >= state.max_reminders:
                self._error(400, "MAX_REMINDERS_EXCEEDED", "too many reminders")
                return
            alert = f"standin-alert-{next(state._ids)}"
            state.reminders[alert] = {"alertToken": alert, "status": "ON", **body}
            self._send(201, {"alertToken": alert, "status": "ON", "version": "1",
                             "href": f"/v1/alerts/reminders/{alert}"})
            return
        if alert is None or alert not in state.reminders:
            self._error(404, "NOT_FOUND", "no such reminder")
            return
        if method == "GET":
            self._send(200, state.reminders[alert])
        elif method == "DELETE":
            del state.reminders[alert]
            self._send(200)
        else:
            self._error(405, "METHOD_NOT_ALLOWED")

    def _timers(self, state: Standin, method: str, timer_id: str | None, body: Any) -> None:
        # ``state`` is the one this request began with, never ``self.server.state`` read again: a
        # request that slept past its test's end (a timeout test) must not write into the next test.
        now = state.now or datetime.now(UTC)
        if timer_id is None and method == "POST":
            problems = timer_problems(body)
            label = body.get("timerLabel") if isinstance(body, dict) else None
            if not problems and label and any(t.get("timerLabel") == label for t in state.timers.values()):
                problems = ["timerLabel must be unique among the timers that are set"]
            if problems:
                state.rejected.extend(problems)
                self._error(400, "INVALID_TIMER", "; ".join(problems))
                return
            if len(state.timers) >= state.max_timers:
                self._error(403, "MAX_TIMERS_EXCEEDED", "too many timers")
                return
            timer_id = f"standin-timer-{next(state._ids)}"
            length = duration_of(body["duration"]) or timedelta(0)
            state.timers[timer_id] = {
                "id": timer_id, "status": "ON", "duration": body["duration"], "timerLabel": label,
                "triggerTime": _iso(now + length), "createdTime": _iso(now), "updatedTime": _iso(now),
                "request": body,
            }
            found = {k: v for k, v in state.timers[timer_id].items() if k != "request"}
            self._send(200, found)
            return
        if timer_id is None and method == "GET":
            listed = [{k: v for k, v in t.items() if k != "request"} for t in state.timers.values()]
            self._send(200, {"totalCount": len(listed), "timers": listed, "nextToken": None})
            return
        if timer_id is None or timer_id not in state.timers:
            self._error(404, "TIMER_NOT_FOUND", "no such timer")
            return
        if method == "GET":
            self._send(200, {k: v for k, v in state.timers[timer_id].items() if k != "request"})
        elif method == "DELETE":
            del state.timers[timer_id]
            self._send(200)
        else:
            self._error(405, "METHOD_NOT_ALLOWED")

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_PUT(self) -> None:
        self._handle("PUT")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: Standin


class AlexaApiStandin:
    """The stand-in's server: start it, point ``apiEndpoint`` at ``endpoint``, stop it."""

    def __init__(self) -> None:
        self.state = Standin()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def endpoint(self) -> str:
        assert self._server is not None, "start() first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> AlexaApiStandin:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.state = self.state
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, name="alexa-api-standin", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> AlexaApiStandin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Forget everything (between tests), keeping the server running.

        A fresh state object, not cleared fields: a request still sleeping from a timeout test keeps
        the state it started with, so it can never write into the next test's."""
        self.state = Standin()
        if self._server is not None:
            self._server.state = self.state

    # -- what a test or the simulator sets up --------------------------------------------------
    def know(self, access_token: str) -> None:
        self.state.known.add(access_token)

    def grant(self, access_token: str, scope: str = REMINDERS_SCOPE) -> None:
        self.state.known.add(access_token)
        (self.state.timers_granted if scope == TIMERS_SCOPE else self.state.granted).add(access_token)

    def revoke(self, access_token: str, scope: str = REMINDERS_SCOPE) -> None:
        (self.state.timers_granted if scope == TIMERS_SCOPE else self.state.granted).discard(access_token)

    def fail_next(self, status: int, code: str = "") -> None:
        default = {400: "INVALID_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 429: "TOO_MANY_REQUESTS"}
        self.state.failures.append((status, code or default.get(status, "INTERNAL_SERVER_ERROR")))

    def creates(self) -> list[Call]:
        return [c for c in self.state.calls if c.method == "POST" and c.path == "/v1/alerts/reminders"]

    def timer_creates(self) -> list[Call]:
        return [c for c in self.state.calls if c.method == "POST" and c.path == "/v1/alerts/timers"]


def permission_response(accepted: bool | None, token: str = "", status_code: str = "200",
                        scope: str = REMINDERS_SCOPE) -> dict[str, Any]:
    """The Connections.Response Alexa sends after the AskFor permission flow (the request part)."""
    status = "NOT_ANSWERED" if accepted is None else ("ACCEPTED" if accepted else "DENIED")
    return {
        "type": "Connections.Response",
        "name": "AskFor",
        "status": {"code": status_code, "message": "OK" if status_code == "200" else "ERROR"},
        "payload": {"permissionScope": scope, "status": status},
        "token": token,
    }


def asks_for_permission(directives: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The AskFor directive in a response, if the skill sent one."""
    for d in directives:
        if d.get("type") == "Connections.SendRequest" and d.get("name") == "AskFor":
            return d
    return None

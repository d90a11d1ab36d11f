"""A discreet daily check-in reminder through the Alexa Reminders API.

Amazon's reminder checklist, as this module keeps it:
- ask before setting each reminder: every set goes through a yes to a question that restates the
  time and what it is for (``reminders/confirm`` or ``reminders/offer``);
- restate both after setting it, with how to change or cancel it (``reminders/set``);
- say clearly when a reminder was not set (every error template says so);
- offer one at a fitting moment (after a check-in) and not again for a while after a no.
The reminder's own words are discreet, because everyone in the room hears them.

What we keep, in the person's profile under ``reminder``: the alert token, the time, the time zone,
and when an offer was last declined. Nothing else.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.interfaces.connections import SendRequestDirective
from ask_sdk_model.ui import AskForPermissionsConsentCard

from steady_ground import alexa_api
from steady_ground.handlers.checkin import close_checkin, offer_pending, time_zone
from steady_ground.handlers.common import Peek, Turn, TurnHandler
from steady_ground.render import plain_text
from steady_ground.storage.errors import StorageError

log = logging.getLogger("steady_ground")

PROFILE_KEY = "reminder"
DEFAULT_TIME = (20, 0)
QUIET_AFTER_NO = timedelta(days=30)
PART_DEFAULTS = {"morning": (8, 0), "afternoon": (13, 0), "evening": (20, 0), "night": (21, 0)}
# AMAZON.TIME's words for a part of the day.
TIME_WORDS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
PENDING_SET = "reminder_set:"
PENDING_CANCEL = "reminder_cancel"
YES_NO = ("AMAZON.YesIntent", "AMAZON.NoIntent")


# -- the profile ------------------------------------------------------------------------------
def kept(turn: Turn) -> dict[str, Any]:
    bundle = turn.bundle()
    found = bundle.profile.get(PROFILE_KEY) if bundle else None
    return dict(found) if isinstance(found, dict) else {}


def keep(turn: Turn, **changes: Any) -> bool:
    """Merge ``changes`` into the profile's reminder entry (None removes a key); False if unsaved."""
    bundle = turn.bundle()
    profile = dict(bundle.profile) if bundle else {}
    entry = dict(profile.get(PROFILE_KEY) or {})
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    profile[PROFILE_KEY] = entry
    turn.remember_profile(profile)
    try:
        turn.app.repo.save_profile(turn.owner, profile)
    except StorageError as exc:
        log.warning("reminder profile not saved: %s request=%s", type(exc).__name__, turn.request_id)
        return False
    return True


def should_offer(turn: Turn) -> bool:
    """Offer a reminder after a check-in unless one is set or the person said no lately."""
    if turn.bundle() is None:
        return False  # storage is down: we couldn't remember the answer
    entry = kept(turn)
    if entry.get("token"):
        return False
    declined = entry.get("declined")
    if isinstance(declined, str):
        try:
            return turn.now - datetime.fromisoformat(declined) > QUIET_AFTER_NO
        except ValueError:
            return True
    return True


# -- times ------------------------------------------------------------------------------------
def parse_time(raw: str | None, part: str | None) -> tuple[int, int] | None:
    """AMAZON.TIME ("20:00", "08:30", "EV") and a part of the day ("evening") to hour and minute."""
    text = (raw or "").strip().upper()
    if text in TIME_WORDS:
        return PART_DEFAULTS[TIME_WORDS[text]]
    if not text:
        return PART_DEFAULTS.get(part or "")
    hour_text, _, minute_text = text.partition(":")
    if not (hour_text.isdigit() and (minute_text or "0").isdigit()):
        return None
    hour, minute = int(hour_text), int(minute_text or 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    if part in ("afternoon", "evening", "night") and 1 <= hour <= 11:
        hour += 12  # "every evening at 8": Alexa hears 08:00
    return hour, minute


def part_of_day(hour: int) -> str:
    if 4 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    return "evening"


def reminder_text(turn: Turn, hour: int) -> str:
    """The reminder's spoken words: discreet, the same for everyone, nothing personal."""
    return plain_text(turn.render("reminders/reminder_text", "text", part=part_of_day(hour)))


def when(hour: int, minute: int) -> dict[str, Any]:
    """Template values for a time of day, spoken the way people say it: "8 p.m.", "7:30 a.m."."""
    shown = hour % 12 or 12
    clock = f"{shown}:{minute:02d}" if minute else str(shown)
    return {"time": f"{clock} {'a.m.' if hour < 12 else 'p.m.'}", "part": part_of_day(hour)}


# -- the flows --------------------------------------------------------------------------------
def confirm(turn: Turn, hour: int, minute: int) -> None:
    """Ask before setting: restate the time and what it's for."""
    entry = kept(turn)
    replacing = when(entry["hour"], entry["minute"]) if entry.get("token") and "hour" in entry else None
    turn.mode = "menu"
    turn.state["pending"] = f"{PENDING_SET}{hour:02d}:{minute:02d}"
    turn.ask("reminders/confirm", **when(hour, minute), replacing=replacing)


def create(turn: Turn, hour: int, minute: int) -> None:
    """Set the reminder (the person said yes), and say truly what happened."""
    turn.mode = "menu"
    api = alexa_api.for_request(turn.envelope)
    zone = time_zone(turn)
    if api is None or zone is None:
        turn.ask("reminders/not_set_unavailable", **when(hour, minute))
        return
    reminder = alexa_api.DailyReminder(hour, minute, zone, reminder_text(turn, hour), turn.locale)
    try:
        token = api.create_daily(reminder, turn.now.astimezone(ZoneInfo(zone)))
    except alexa_api.NoPermission:
        ask_permission(turn, hour, minute)
        return
    except alexa_api.TooManyReminders:
        turn.ask("reminders/not_set_too_many")
        return
    except alexa_api.ApiError as exc:
        log.warning("reminder not set: %s request=%s", type(exc).__name__, turn.request_id)
        turn.ask("reminders/not_set_unavailable", **when(hour, minute))
        return
    old = kept(turn).get("token")
    old_left = False
    if isinstance(old, str) and old != token:
        try:
            api.delete(old)
        except alexa_api.NotFound:
            pass
        except alexa_api.ApiError as exc:
            log.warning("old reminder not removed: %s request=%s", type(exc).__name__, turn.request_id)
            old_left = True
    keep(turn, token=token, hour=hour, minute=minute, tz=zone, declined=None)
    turn.ask("reminders/set", **when(hour, minute), text=reminder.text, old_left=old_left)


def ask_permission(turn: Turn, hour: int, minute: int) -> None:
    """Reminders permission through the voice permission flow; Alexa asks, then sends
    Connections.Response with our token back."""
    turn.mode = "menu"
    turn.state.pop("pending", None)
    turn.say("reminders/permission_intro")
    turn.directive(SendRequestDirective(
        name="AskFor",
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [{"permissionScope": alexa_api.REMINDERS_SCOPE, "consentLevel": "ACCOUNT"}],
        },
        token=f"{PENDING_SET}{hour:02d}:{minute:02d}",
    ))


def permission_card(turn: Turn) -> None:
    turn.hi.response_builder.set_card(AskForPermissionsConsentCard(permissions=[alexa_api.REMINDERS_SCOPE]))


def pending_time(value: str | None) -> tuple[int, int] | None:
    if not value or not value.startswith(PENDING_SET):
        return None
    return parse_time(value[len(PENDING_SET):], None)


def cancel(turn: Turn) -> None:
    entry = kept(turn)
    api = alexa_api.for_request(turn.envelope)
    token = entry.get("token")
    at = when(entry.get("hour", 20), entry.get("minute", 0))
    if not isinstance(token, str) or api is None:
        turn.ask("reminders/cancel_failed", **at)
        return
    try:
        api.delete(token)
    except alexa_api.NotFound:
        pass  # already gone (removed in the app): what they wanted
    except alexa_api.NoPermission:
        turn.ask("reminders/cancel_no_permission", **at)
        return
    except alexa_api.ApiError as exc:
        log.warning("reminder not cancelled: %s request=%s", type(exc).__name__, turn.request_id)
        turn.ask("reminders/cancel_failed", **at)
        return
    keep(turn, token=None, hour=None, minute=None, tz=None)
    turn.ask("reminders/cancelled", **at)


# -- handlers ---------------------------------------------------------------------------------
class SetReminderHandler(TurnHandler):
    """ "Remind me every evening at 8": ask first, restating the time and what it's for."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "SetReminderIntent"

    def run(self, turn: Turn) -> None:
        if turn.mode == "checkin":
            close_checkin(turn)
        part = turn.slot("part").id
        time_slot = turn.slot("time")
        found = parse_time(time_slot.raw, part)
        if found is None and time_slot.empty and not part:
            found = DEFAULT_TIME
        if found is None:
            turn.mode = "menu"
            turn.state.pop("pending", None)
            turn.ask("reminders/which_time")
            return
        confirm(turn, *found)


class ReminderAnswerHandler(TurnHandler):
    """Yes or no to a reminder question: set it, cancel it, or leave things as they are."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        found = self.claims(_peek(handler_input))
        return found or (_peek(handler_input).intent in YES_NO and offer_pending(handler_input))

    def claims(self, peek: Peek) -> bool:
        pending = peek.pending or ""
        return peek.intent in YES_NO and (pending.startswith(PENDING_SET) or pending == PENDING_CANCEL)

    def run(self, turn: Turn) -> None:
        yes = turn.intent_name == "AMAZON.YesIntent"
        pending = str(turn.state.pop("pending", ""))
        if turn.mode == "checkin":  # the offer after a check-in
            close_checkin(turn)
            pending = f"{PENDING_SET}{DEFAULT_TIME[0]:02d}:{DEFAULT_TIME[1]:02d}"
            if not yes:
                keep(turn, declined=turn.now.isoformat())
        turn.mode = "menu"
        if pending == PENDING_CANCEL:
            if yes:
                cancel(turn)
            else:
                entry = kept(turn)
                turn.ask("reminders/kept", **when(entry.get("hour", 20), entry.get("minute", 0)))
            return
        found = pending_time(pending) or DEFAULT_TIME
        if yes:
            create(turn, *found)
        else:
            turn.ask("reminders/not_set_declined")


class PermissionResponseHandler(TurnHandler):
    """Alexa's answer from the voice permission flow (Connections.Response to AskFor)."""

    def claims(self, peek: Peek) -> bool:
        return peek.request_type == "Connections.Response"

    def run(self, turn: Turn) -> None:
        request = turn.request
        code = str(getattr(getattr(request, "status", None), "code", "") or "")
        payload = getattr(request, "payload", None) or {}
        status = payload.get("status") if isinstance(payload, dict) else None
        found = pending_time(getattr(request, "token", None)) or DEFAULT_TIME
        turn.mode = "menu"
        if getattr(request, "name", None) != "AskFor":
            turn.ask("menu/anything_else")
        elif code != "200":  # voice permission isn't available here: the card in the app instead
            permission_card(turn)
            turn.ask("reminders/permission_card", **when(*found))
        elif status == "ACCEPTED":
            create(turn, *found)
        else:
            turn.ask("reminders/permission_declined", **when(*found))


class ReminderStatusHandler(TurnHandler):
    """ "When is my reminder?": what we set, checked with Alexa when we can."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "ReminderStatusIntent"

    def run(self, turn: Turn) -> None:
        if turn.mode == "checkin":
            close_checkin(turn)
        turn.mode = "menu"
        turn.state.pop("pending", None)
        entry = kept(turn)
        token = entry.get("token")
        if not isinstance(token, str):
            turn.state["pending"] = f"{PENDING_SET}{DEFAULT_TIME[0]:02d}:{DEFAULT_TIME[1]:02d}"
            turn.ask("reminders/none", **when(*DEFAULT_TIME))
            return
        at = when(entry.get("hour", 20), entry.get("minute", 0))
        api = alexa_api.for_request(turn.envelope)
        checked = "unchecked"
        if api is not None:
            try:
                found = api.get(token)
                checked = "on" if found.status == "ON" else "off"
                if found.hour is not None and found.minute is not None:
                    at = when(found.hour, found.minute)
            except alexa_api.NotFound:
                keep(turn, token=None, hour=None, minute=None, tz=None)
                turn.state["pending"] = f"{PENDING_SET}{DEFAULT_TIME[0]:02d}:{DEFAULT_TIME[1]:02d}"
                turn.ask("reminders/gone", **when(*DEFAULT_TIME))
                return
            except alexa_api.NoPermission:
                checked = "no_permission"
            except alexa_api.ApiError as exc:
                log.warning("reminder not checked: %s request=%s", type(exc).__name__, turn.request_id)
        turn.ask("reminders/when", **at, checked=checked)


class CancelReminderHandler(TurnHandler):
    """ "Cancel my reminder": ask first, then remove it."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "CancelReminderIntent"

    def run(self, turn: Turn) -> None:
        if turn.mode == "checkin":
            close_checkin(turn)
        turn.mode = "menu"
        entry = kept(turn)
        if not isinstance(entry.get("token"), str):
            turn.state.pop("pending", None)
            turn.ask("reminders/none_to_cancel")
            return
        turn.state["pending"] = PENDING_CANCEL
        turn.ask("reminders/confirm_cancel", **when(entry.get("hour", 20), entry.get("minute", 0)))


def _peek(handler_input: HandlerInput) -> Peek:
    from steady_ground.handlers.common import peek

    return peek(handler_input)

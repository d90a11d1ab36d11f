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
from typing import Any
from zoneinfo import ZoneInfo

from steady_ground import alexa_api
from steady_ground.acts import permission
from steady_ground.dispatch import Answer
from steady_ground.exercises.checkin import close_checkin
from steady_ground.localtime import time_zone
from steady_ground.reminder_profile import keep, kept
from steady_ground.render import plain_text
from steady_ground.session import (
    BARE_HOURS,
    MENU,
    ReminderCancel,
    ReminderHour,
    ReminderOffer,
    ReminderSet,
    ReminderTime,
)
from steady_ground.turn import Peek, Turn, TurnHandler

log = logging.getLogger("steady_ground")

DEFAULT_TIME = (20, 0)
OFFER_PART = "evening"  # the reminder offered after a check-in is for the evening, at DEFAULT_TIME
PART_DEFAULTS = {"morning": (8, 0), "afternoon": (13, 0), "evening": (20, 0), "night": (21, 0)}
# AMAZON.TIME's words for a part of the day.
TIME_WORDS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
TOKEN_SET = "reminder_set:"  # the permission request's token carries the time it was for
YES_NO = ("AMAZON.YesIntent", "AMAZON.NoIntent")
# "I'm good, thanks" to the offer: a polite no, though the words are a mood's. Only yes sets a reminder.
OFFER_ANSWERS = (*YES_NO, "CheckInMoodIntent")
NUMBER = "CheckInRatingIntent"  # a number said on its own ("seven") reaches the rating intent


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
    turn.mode = MENU
    turn.open_question(ReminderSet(hour, minute))
    turn.ask("reminders/confirm", **when(hour, minute), replacing=replacing)


def create(turn: Turn, hour: int, minute: int) -> None:
    """Set the reminder (the person said yes), and say truly what happened."""
    turn.mode = MENU
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
    permission.ask_for(turn, alexa_api.REMINDERS_SCOPE, f"{TOKEN_SET}{hour:02d}:{minute:02d}",
                       "reminders/permission_intro")


def token_time(value: str | None) -> tuple[int, int] | None:
    if not value or not value.startswith(TOKEN_SET):
        return None
    return parse_time(value[len(TOKEN_SET):], None)


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
        part = turn.slot("part").id
        if isinstance(turn.question, ReminderOffer) and not part:
            # "Remind me at eight" to the offer of an evening reminder: Alexa hears 08:00 whether or not
            # a.m. was said, and the offer was for the evening, so eight in the evening is meant. The
            # confirmation says the time back before anything is set, so a wrong guess is put right there.
            part = OFFER_PART
        if turn.mode == "checkin":
            close_checkin(turn)
        time_slot = turn.slot("time")
        found = parse_time(time_slot.raw, part)
        if found is None and time_slot.empty and not part:
            found = DEFAULT_TIME
        if found is None:
            ask_time(turn)
            return
        confirm(turn, *found)


def ask_time(turn: Turn) -> None:
    turn.mode = MENU
    turn.open_question(ReminderTime())
    turn.ask("reminders/which_time")


def ask_half(turn: Turn, hour: int) -> None:
    """ "Seven": morning or evening? Asked, never guessed (a reminder at the wrong end of the day is
    worse than one more question)."""
    turn.mode = MENU
    turn.open_question(ReminderHour(hour))
    turn.ask("reminders/which_half", hour=hour)


def answer_number(turn: Turn, question: ReminderTime | ReminderSet | ReminderHour) -> None:
    """A number on its own while a reminder's time is being settled ("seven", "actually eight would be
    better"): an hour from one to eleven asks which half of the day; "twelve" is midday, a 24-hour
    hour is that hour; anything else asks for the time again."""
    raw = (turn.slot("rating").raw or "").strip()
    said = int(raw) if raw.isdigit() else -1
    if said in BARE_HOURS:
        ask_half(turn, said)
    elif 12 <= said <= 23:
        confirm(turn, said, 0)
    else:
        ask_time(turn)


def answer_half(turn: Turn, question: ReminderHour) -> None:
    """ "In the evening", "pm", "morning", or a whole time: the reminder, asked about before it's set."""
    time_slot = turn.slot("time")
    part = turn.slot("part").id or TIME_WORDS.get((time_slot.raw or "").strip().upper())
    if part and (time_slot.empty or (time_slot.raw or "").strip().upper() in TIME_WORDS):
        found = parse_time(f"{question.hour:02d}:00", part)
    else:
        found = parse_time(time_slot.raw, part)
    if found is None:
        ask_half(turn, question.hour)
        return
    confirm(turn, *found)


def answer_set(turn: Turn, question: ReminderSet) -> None:
    """Yes or no to "set a daily reminder at this time?"."""
    turn.mode = MENU
    if turn.intent_name == "AMAZON.YesIntent":
        create(turn, question.hour, question.minute)
    else:
        turn.ask("reminders/not_set_declined")


def answer_offer(turn: Turn, question: ReminderOffer) -> None:
    """Yes or no to the offer the check-in ends with (it was saved already)."""
    close_checkin(turn)
    if turn.intent_name != "AMAZON.YesIntent":
        keep(turn, declined=turn.now.isoformat())
    answer_set(turn, ReminderSet(*DEFAULT_TIME))


def answer_offer_hour(turn: Turn, question: ReminderOffer) -> None:
    """A number on its own to the evening offer ("eight", "nine would be better"): that hour in the
    evening, said back in the confirmation before anything is set; no hour, the time is asked for."""
    close_checkin(turn)
    raw = (turn.slot("rating").raw or "").strip()
    found = parse_time(f"{int(raw):02d}:00", OFFER_PART) if raw.isdigit() else None
    if found is None:
        ask_time(turn)
        return
    confirm(turn, *found)


def answer_cancel(turn: Turn, question: ReminderCancel) -> None:
    turn.mode = MENU
    if turn.intent_name == "AMAZON.YesIntent":
        cancel(turn)
        return
    entry = kept(turn)
    turn.ask("reminders/kept", **when(entry.get("hour", 20), entry.get("minute", 0)))


ANSWERS = (
    Answer(ReminderSet, frozenset(YES_NO), answer_set),
    Answer(ReminderSet, frozenset({NUMBER}), answer_number),
    Answer(ReminderTime, frozenset({NUMBER}), answer_number),
    Answer(ReminderHour, frozenset({NUMBER}), answer_number),
    Answer(ReminderHour, frozenset({"SetReminderIntent"}), answer_half),
    Answer(ReminderOffer, frozenset(OFFER_ANSWERS), answer_offer),
    Answer(ReminderOffer, frozenset({NUMBER}), answer_offer_hour),
    Answer(ReminderCancel, frozenset(YES_NO), answer_cancel),
)


def answer_permission(turn: Turn, answer: permission.PermissionAnswer) -> None:
    """Alexa's answer from the voice permission flow for a reminder (its time in the token)."""
    found = token_time(answer.token) or DEFAULT_TIME
    turn.mode = MENU
    if answer.voice_unavailable:  # voice permission isn't available here: the card in the app instead
        permission.consent_card(turn, alexa_api.REMINDERS_SCOPE)
        turn.ask("reminders/permission_card", **when(*found))
    elif answer.accepted:
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
        turn.mode = MENU
        turn.close_question()
        entry = kept(turn)
        token = entry.get("token")
        if not isinstance(token, str):
            turn.open_question(ReminderSet(*DEFAULT_TIME))
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
                turn.open_question(ReminderSet(*DEFAULT_TIME))
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
        turn.mode = MENU
        entry = kept(turn)
        if not isinstance(entry.get("token"), str):
            turn.close_question()
            turn.ask("reminders/none_to_cancel")
            return
        turn.open_question(ReminderCancel())
        turn.ask("reminders/confirm_cancel", **when(entry.get("hour", 20), entry.get("minute", 0)))

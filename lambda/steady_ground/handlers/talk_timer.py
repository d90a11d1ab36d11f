"""Time the talk: a real Alexa timer through the Timers API, asked for, restated and confirmed.

The consent pattern is the reminders' one: the person asks ("time our talk for twenty minutes"),
hears the length and what the timer will say, and says yes; only then is it set. Without the
timers permission Alexa asks for it by voice (Connections.SendRequest AskFor), and the answer comes
back as Connections.Response with our token, which carries the length. "How much time is left" and
"cancel the talk timer" work on the timer this person set. Every failure gets a clear answer that
never claims a timer that isn't there, nor denies one that is: a create that got no answer (a
timeout) may have set the timer all the same, so the skill looks for it by its label before saying
anything; when it can't look either, it says it can't tell, and remembers to look next time (before
setting another, so the person never gets two).

The timer's own words are neutral (``timer/announcement``): everyone in the room hears them, and
its label shows in the Alexa app. We keep the timer's id, its length and when it was set, in the
person's profile under ``talk_timer``, and ``unsure`` while a create's outcome is unknown. Nothing else.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from steady_ground import alexa_api, profile_entry
from steady_ground.acts import permission
from steady_ground.dispatch import Answer
from steady_ground.render import plain_text
from steady_ground.session import MENU, TalkTimerOffer, TalkTimerSet
from steady_ground.turn import Peek, Turn, TurnHandler

log = logging.getLogger("steady_ground")

PROFILE_KEY = "talk_timer"
TOKEN_SET = "talk_timer:"  # + the ISO length: the permission request's token says what it was for
SHORTEST = timedelta(minutes=1)
YES_NO = ("AMAZON.YesIntent", "AMAZON.NoIntent")


def spoken(length: timedelta) -> dict[str, int]:
    """Template values for a length, to the nearest minute: hours and minutes."""
    minutes = int((length.total_seconds() + 30) // 60)
    return {"hours": minutes // 60, "minutes": minutes % 60}


def running(turn: Turn) -> bool:
    """Did this person set a talk timer that may still be running?"""
    entry = profile_entry.entry(turn, PROFILE_KEY)
    length = alexa_api.parse_duration(entry.get("length"))
    try:
        since = datetime.fromisoformat(str(entry.get("set_at")))
    except ValueError:
        return False
    return bool(entry.get("id")) and length is not None and since + length > turn.now


def label(turn: Turn) -> str:
    """The talk timer's label, as Alexa shows it and as we find it again in Alexa's list."""
    return plain_text(turn.render("timer/announcement", "label"))


def talk_timer(turn: Turn, length: timedelta) -> alexa_api.TalkTimer:
    return alexa_api.TalkTimer(
        length=length,
        announcement=plain_text(turn.render("timer/announcement", "text")),
        label=label(turn),
        locale=turn.locale,
    )


# -- the flows --------------------------------------------------------------------------------
def ask_length(turn: Turn, key: str = "timer/which_length") -> None:
    """ "How long?": the answer ("twenty minutes") is a TalkTimerIntent wherever it is said."""
    turn.mode = MENU
    turn.close_question()
    turn.ask(key)


def confirm(turn: Turn, length: timedelta) -> None:
    """Ask before setting: restate the length and what the timer will say."""
    turn.mode = MENU
    turn.open_question(TalkTimerSet(alexa_api.iso_duration(length)))
    turn.ask("timer/confirm", **spoken(length), replacing=running(turn))


def create(turn: Turn, length: timedelta) -> None:
    """Set the timer (the person said yes), and say truly what happened."""
    turn.mode = MENU
    api = alexa_api.for_request(turn.envelope)
    if api is None:
        turn.ask("timer/not_set_unavailable", **spoken(length))
        return
    stored = profile_entry.entry(turn, PROFILE_KEY)
    timer = talk_timer(turn, length)
    old = stored.get("id")
    earlier = [old] if isinstance(old, str) else []
    if stored.get("unsure"):  # an earlier create got no answer: its timer may be running unknown to us
        try:
            lost = _lost(turn, api)
        except alexa_api.ApiError:
            lost = None
        if lost is not None and lost.timer_id not in earlier:
            earlier.append(lost.timer_id)
    old_left = False
    for timer_id in earlier:  # one talk timer at a time: the new one replaces it
        try:
            api.delete_timer(timer_id)
        except alexa_api.NotFound:
            pass  # it already ended, or was cancelled on the device
        except alexa_api.ApiError as exc:
            log.warning("old talk timer not removed: %s request=%s", type(exc).__name__, turn.request_id)
            old_left = True
    try:
        timer_id = api.create_timer(timer)
    except alexa_api.NoPermission:
        ask_permission(turn, length)
        return
    except alexa_api.TooManyTimers:
        turn.ask("timer/too_many")
        return
    except alexa_api.ApiError as exc:
        log.warning("talk timer not set: %s request=%s", type(exc).__name__, turn.request_id)
        if alexa_api.unanswered(exc):
            unanswered(turn, api, length, old_left, earlier)
        else:
            turn.ask("timer/not_set_unavailable", **spoken(length))
        return
    _keep(turn, timer_id, length)
    turn.ask("timer/set", **spoken(length), old_left=old_left)


def unanswered(turn: Turn, api: alexa_api.AlexaApi, length: timedelta, old_left: bool,
               earlier: list[str]) -> None:
    """The create was sent and no answer came: Alexa may have set it all the same. Look before
    saying either: "not set" over a timer that will ring is as wrong as "set" over none."""
    try:
        found = _lost(turn, api, besides=earlier)
    except alexa_api.ApiError as exc:
        log.warning("talk timer outcome unknown: %s request=%s", type(exc).__name__, turn.request_id)
        profile_entry.update(turn, PROFILE_KEY, unsure=True)
        turn.ask("timer/not_sure", **spoken(length))
        return
    if found is None:  # Alexa lists no talk timer (but the one we couldn't remove, if any)
        turn.ask("timer/not_set_unavailable", **spoken(length))
        return
    _keep(turn, found.timer_id, found.length or length)
    turn.ask("timer/set", **spoken(found.length or length), old_left=old_left)


def _lost(turn: Turn, api: alexa_api.AlexaApi, besides: list[str] | None = None) -> alexa_api.Timer | None:
    """Our talk timer, found by its label in Alexa's list (one short call), or None."""
    looking = alexa_api.AlexaApi(api.endpoint, api.token, min(api.timeout, alexa_api.LOOKUP_TIMEOUT))
    return looking.find_timer(label(turn), turn.now, besides=besides or [])


def _keep(turn: Turn, timer_id: str, length: timedelta, left: timedelta | None = None) -> None:
    """The profile names this timer (and is sure of it); ``left``: it was set earlier than now."""
    since = turn.now - (length - left) if left is not None and left <= length else turn.now
    profile_entry.update(turn, PROFILE_KEY, id=timer_id, length=alexa_api.iso_duration(length),
                         set_at=since.isoformat(), unsure=None)


def ask_permission(turn: Turn, length: timedelta) -> None:
    """Timers permission through the voice permission flow; the token carries the length."""
    permission.ask_for(turn, alexa_api.TIMERS_SCOPE, f"{TOKEN_SET}{alexa_api.iso_duration(length)}",
                       "timer/permission_intro")


def token_length(token: str) -> timedelta | None:
    return alexa_api.parse_duration(token[len(TOKEN_SET):]) if token.startswith(TOKEN_SET) else None


def answer_permission(turn: Turn, answer: permission.PermissionAnswer) -> None:
    """Alexa's answer from the timers permission flow (the length in the token)."""
    length = token_length(answer.token) or timedelta(minutes=20)
    turn.mode = MENU
    if answer.voice_unavailable:  # voice permission isn't available here: the card in the app instead
        permission.consent_card(turn, alexa_api.TIMERS_SCOPE)
        turn.ask("timer/permission_card", **spoken(length))
    elif answer.accepted:
        create(turn, length)
    else:
        turn.ask("timer/permission_declined", **spoken(length))


def time_left(turn: Turn) -> None:
    turn.mode = MENU
    turn.close_question()
    stored = profile_entry.entry(turn, PROFILE_KEY)
    timer_id = stored.get("id")
    if not isinstance(timer_id, str) and not stored.get("unsure"):
        offer(turn)
        return
    api = alexa_api.for_request(turn.envelope)
    if api is None:
        turn.ask("timer/left_unchecked", no_permission=False)
        return
    found: alexa_api.Timer | None
    try:
        if isinstance(timer_id, str):
            found = api.get_timer(timer_id, turn.now)
        else:  # the create's answer never came: is the timer there after all?
            found = _lost(turn, api)
            if found is not None and found.left is not None:
                _keep(turn, found.timer_id, found.length or found.left, found.left)
    except alexa_api.NotFound:
        found = None
    except alexa_api.NoPermission:
        turn.ask("timer/left_unchecked", no_permission=True)
        return
    except alexa_api.ApiError as exc:
        log.warning("talk timer not checked: %s request=%s", type(exc).__name__, turn.request_id)
        turn.ask("timer/left_unchecked", no_permission=False)
        return
    if found is None or found.status not in ("ON", "PAUSED") or found.left is None:
        _forget(turn)
        offer(turn)
        return
    turn.ask("timer/left", **spoken(found.left), under_a_minute=found.left < SHORTEST,
             paused=found.status == "PAUSED")


def _forget(turn: Turn) -> None:
    """The timer is gone (ended, cancelled or never there): the profile stops naming it."""
    profile_entry.update(turn, PROFILE_KEY, id=None, length=None, set_at=None, unsure=None)


def offer(turn: Turn) -> None:
    """No talk timer is running: say so, and offer one."""
    turn.open_question(TalkTimerOffer())
    turn.ask("timer/none_running")


def cancel(turn: Turn) -> None:
    turn.mode = MENU
    turn.close_question()
    stored = profile_entry.entry(turn, PROFILE_KEY)
    timer_id = stored.get("id")
    api = alexa_api.for_request(turn.envelope)
    if not isinstance(timer_id, str) and not stored.get("unsure"):
        turn.ask("timer/cancel_none")
        return
    if api is None:
        turn.ask("timer/cancel_failed", no_permission=False)
        return
    try:
        if not isinstance(timer_id, str):  # the create's answer never came: is the timer there?
            found = _lost(turn, api)
            if found is None:
                raise alexa_api.NotFound(None, "no talk timer listed")
            timer_id = found.timer_id
        api.delete_timer(timer_id)
    except alexa_api.NotFound:
        _forget(turn)
        turn.ask("timer/cancel_none")
        return
    except alexa_api.NoPermission:
        turn.ask("timer/cancel_failed", no_permission=True)
        return
    except alexa_api.ApiError as exc:
        log.warning("talk timer not cancelled: %s request=%s", type(exc).__name__, turn.request_id)
        turn.ask("timer/cancel_failed", no_permission=False)
        return
    _forget(turn)
    turn.ask("timer/cancelled")


def asked_length(turn: Turn) -> None:
    """A length was said ("time our talk for twenty minutes", or "twenty minutes" to "how long?")."""
    slot = turn.slot("duration")
    if slot.empty:
        ask_length(turn)
        return
    length = alexa_api.parse_duration(slot.raw)
    if length is None or not SHORTEST <= length <= alexa_api.MAX_TIMER:
        ask_length(turn, "timer/out_of_range")
        return
    confirm(turn, length)


# -- handlers ---------------------------------------------------------------------------------
class TalkTimerHandler(TurnHandler):
    """ "Time our talk for twenty minutes": ask first, restating the length and its words."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "TalkTimerIntent"

    def run(self, turn: Turn) -> None:
        asked_length(turn)


def answer_set(turn: Turn, question: TalkTimerSet) -> None:
    """Yes or no to "a timer for twenty minutes: shall I start it?"."""
    length = alexa_api.parse_duration(question.length)
    if turn.intent_name != "AMAZON.YesIntent" or length is None:
        turn.mode = MENU
        turn.ask("timer/not_set_declined")
        return
    create(turn, length)


def answer_offer(turn: Turn, question: TalkTimerOffer) -> None:
    """Yes or no to "no talk timer is running: would you like one?"."""
    if turn.intent_name == "AMAZON.YesIntent":
        ask_length(turn)
        return
    turn.mode = MENU
    turn.ask("timer/not_set_declined")


ANSWERS = (
    Answer(TalkTimerSet, frozenset(YES_NO), answer_set),
    Answer(TalkTimerOffer, frozenset(YES_NO), answer_offer),
)


class TalkTimeLeftHandler(TurnHandler):
    """ "How much time is left?" on the talk timer."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "TalkTimeLeftIntent"

    def run(self, turn: Turn) -> None:
        time_left(turn)


class CancelTalkTimerHandler(TurnHandler):
    """ "Cancel the talk timer"."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "CancelTalkTimerIntent"

    def run(self, turn: Turn) -> None:
        cancel(turn)

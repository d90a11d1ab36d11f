"""Launch: a short, warm welcome; the first visit ever also says this is not therapy."""

from __future__ import annotations

from steady_ground.exercises.runtime import offer_resume
from steady_ground.handlers import plan_followup
from steady_ground.handlers.exercise import resumable
from steady_ground.session import MENU
from steady_ground.storage.errors import StorageError
from steady_ground.turn import ZONE_WAIT, Peek, Turn, TurnHandler

PROFILE_VERSION = 1


def first_visit(turn: Turn) -> bool | None:
    """True on the first visit ever (and records it), False when returning, None if unknown."""
    bundle = turn.bundle()
    if bundle is None:
        return None
    if bundle.profile:
        return False
    profile = {"v": PROFILE_VERSION, "first_seen": turn.now.isoformat()}
    try:
        profile["rev"] = turn.app.repo.save_profile(turn.owner, profile, turn.now)
    except StorageError:  # also another device's first visit, written a moment before
        pass  # we'll say the welcome for a first visit again next time; nothing is lost
    turn.remember_profile(profile)
    return True


class LaunchHandler(TurnHandler):
    def claims(self, peek: Peek) -> bool:
        return peek.request_type == "LaunchRequest"

    def run(self, turn: Turn) -> None:
        turn.mode = MENU
        turn.close_question()
        # The device's time zone now, so a safety answer later this session needs no call to find
        # whose numbers to speak (and reminders know the zone too).
        turn.device_zone(ZONE_WAIT)
        first = first_visit(turn)
        # A place kept by a one-shot start ("ask steady ground to start my boundary exercise") counts
        # too, even though the skill was never opened by name before.
        found = resumable(turn, launch=True) if first is not None else None
        if found is not None:
            spec, state = found
            turn.say("launch/welcome_back_short")
            offer_resume(turn, spec, state)
            return
        if first is False and plan_followup.due(turn):  # a day after a kept plan: how did it go?
            turn.say("launch/welcome_back_short")
            plan_followup.ask(turn)
            return
        turn.ask("launch/welcome" if first is False else "launch/first_welcome")

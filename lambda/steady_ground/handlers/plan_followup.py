"""After a kept talk plan: a day or more later, the next launch asks once, gently, how the talk
went (went well, was hard, didn't happen yet), keeps the answer with the plan, and suggests one
fitting next step. It never promises an outcome and never blames either partner.

What we keep, in the person's profile under ``talk_plan`` (see ``exercises/plan.py``): when the
plan was kept, the id of the first step they chose (never their words), when we asked, and the
answer. In private mode, to a voice Alexa doesn't recognize, nothing is asked: the question itself
would tell that a plan exists.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from steady_ground import notes, profile_entry
from steady_ground.acts.replies import anything_else
from steady_ground.dispatch import Answer
from steady_ground.exercises.plan import PROFILE_KEY
from steady_ground.session import MENU, TalkFollowUp
from steady_ground.turn import Peek, Turn, TurnHandler

AFTER = timedelta(days=1)
OUTCOMES = ("well", "hard", "not_yet")
# "It was hard" is also a check-in mood: the mood's id says which answer it is.
MOOD_OUTCOME = {"1": "hard", "2": "hard", "3": "well", "4": "well", "5": "well"}


def due(turn: Turn) -> bool:
    """Ask now? A plan kept a day or more ago, never asked about, and nothing private revealed."""
    entry = profile_entry.entry(turn, PROFILE_KEY)
    if not entry.get("kept_at") or entry.get("asked_at"):
        return False
    try:
        kept_at = datetime.fromisoformat(str(entry["kept_at"]))
    except ValueError:
        return False
    return turn.now - kept_at >= AFTER and not notes.hidden(turn)


def ask(turn: Turn) -> None:
    """Ask once: it counts as asked even if the answer never comes."""
    profile_entry.update(turn, PROFILE_KEY, asked_at=turn.now.isoformat())
    turn.mode = MENU
    turn.open_question(TalkFollowUp())
    turn.ask("plan/followup/ask")


def outcome_of(turn: Turn) -> str | None:
    if turn.intent_name == "TalkOutcomeIntent":
        found = turn.slot("outcome").id
        return found if found in OUTCOMES else None
    if turn.intent_name == "CheckInMoodIntent":
        return MOOD_OUTCOME.get(turn.slot("mood").id or "")
    return None


def tell(turn: Turn, outcome: str) -> None:
    """Keep the answer with the plan, and offer one fitting next step."""
    profile_entry.update(turn, PROFILE_KEY, outcome=outcome, answered_at=turn.now.isoformat())
    first_step = profile_entry.entry(turn, PROFILE_KEY).get("first_step") or ""
    turn.say(f"plan/followup/{outcome}", first_step=first_step)
    anything_else(turn)


def answer(turn: Turn, question: TalkFollowUp) -> None:
    """The answer to "how did the talk go?"; one gentle second try, then let it be."""
    outcome = outcome_of(turn)
    if outcome is not None:
        tell(turn, outcome)
    elif turn.intent_name == "AMAZON.FallbackIntent" and question.tries == 0:
        turn.open_question(TalkFollowUp(tries=1))
        turn.ask("plan/followup/reask")
    else:
        turn.say("plan/followup/not_said")
        anything_else(turn)


ANSWERS = (
    Answer(TalkFollowUp, frozenset({"TalkOutcomeIntent", "CheckInMoodIntent", "AMAZON.NoIntent",
                                    "AMAZON.FallbackIntent"}), answer),
)


class TalkOutcomeHandler(TurnHandler):
    """ "The talk went well", said without being asked: about their kept plan, if there is one."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "TalkOutcomeIntent"

    def run(self, turn: Turn) -> None:
        turn.close_question()
        outcome = outcome_of(turn)
        if outcome is None or not profile_entry.entry(turn, PROFILE_KEY).get("kept_at") or notes.hidden(turn):
            turn.mode = MENU  # no kept plan to tell about (or none we may reveal)
            turn.ask("plan/followup/no_plan")
            return
        tell(turn, outcome)

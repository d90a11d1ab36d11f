"""Plan the talk (issue 17) on the exercise runtime. When a plan is kept, the person's profile
remembers when, and which first step they chose (its id, never their words), so a launch a day
or more later can ask once how the talk went."""

from __future__ import annotations

from steady_ground import profile_entry
from steady_ground.conversation import plan_talk
from steady_ground.exercises.runtime import ExerciseSpec
from steady_ground.storage.repository import NoteKind
from steady_ground.turn import Turn

PROFILE_KEY = "talk_plan"


def plan_kept(turn: Turn, state: plan_talk.PlanState) -> None:
    """The plan was saved: remember when, and the first step's id, for the follow-up."""
    profile_entry.update(turn, PROFILE_KEY, kept_at=turn.now.isoformat(), first_step=state.first_step,
                         asked_at=None, outcome=None, answered_at=None)


SPEC = ExerciseSpec(
    name="plan",
    state_type=plan_talk.PlanState,
    initial=plan_talk.initial,
    next_state=plan_talk.next_state,
    start_intents=frozenset({"StartPlanTalkIntent"}),
    choice_intents={"PlanWorryIntent": "worry", "FirstStepIntent": "first_step", "HelpMeChooseIntent": None,
                    "PickOrdinalIntent": "ordinal"},
    resume_key="plan/resume_offer",
    progress_params=plan_talk.progress_params,
    note_kind=NoteKind.PLAN,
    on_saved=plan_kept,
)

"""The boundary-setting exercise (issue 3) on the exercise runtime."""

from __future__ import annotations

from steady_ground.conversation import boundary
from steady_ground.exercises.runtime import ExerciseSpec
from steady_ground.storage.repository import NoteKind

SPEC = ExerciseSpec(
    name="boundary",
    state_type=boundary.BoundaryState,
    initial=boundary.initial,
    next_state=boundary.next_state,
    start_intents=frozenset({"StartBoundaryIntent"}),
    choice_intents={"BoundaryStrategyIntent": "strategy", "HelpMeChooseIntent": None, "PickOrdinalIntent": "ordinal"},
    resume_key="boundary/resume_offer",
    progress_params=boundary.progress_params,
    note_kind=NoteKind.BOUNDARY,
)

"""Registers the boundary-setting exercise (issue 3) with the exercise room."""

from __future__ import annotations

from steady_ground.conversation import boundary
from steady_ground.handlers.exercise import ExerciseSpec, register
from steady_ground.storage.repository import NoteKind

SPEC = register(
    ExerciseSpec(
        name="boundary",
        state_type=boundary.BoundaryState,
        initial=boundary.initial,
        next_state=boundary.next_state,
        start_intents=frozenset({"StartBoundaryIntent"}),
        choice_intents={"BoundaryStrategyIntent": "strategy", "HelpMeChooseIntent": None},
        resume_key="boundary/resume_offer",
        progress_params=boundary.progress_params,
        note_kind=NoteKind.BOUNDARY,
    )
)

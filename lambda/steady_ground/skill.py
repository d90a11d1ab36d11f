"""Builds the skill once. HANDLERS is the routing table: the first handler that claims a request
answers it, so order matters and lives here, in one visible list."""

from __future__ import annotations

import os

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from steady_ground.app import App
from steady_ground.handlers import builtins, checkin, guidance, launch, notes, reflection, reminders, safety
from steady_ground.handlers.common import TurnHandler
from steady_ground.handlers.exercise import (
    REGISTRY,
    ExerciseRoom,
    ExerciseStartHandler,
    FreshStartAnswerHandler,
    ResumeAnswerHandler,
)


def exercise_handlers() -> tuple[list[TurnHandler], list[TurnHandler]]:
    """Rooms (claim intents while active) and starters (claim their start intents anywhere)."""
    import steady_ground.exercises  # noqa: F401  (registers every exercise)

    specs = list(REGISTRY.values())
    return [ExerciseRoom(s) for s in specs], [ExerciseStartHandler(s) for s in specs]


def routing_table() -> list[TurnHandler]:
    rooms, starters = exercise_handlers()
    return [
        # 1. Safety first, from any state.
        safety.SafetyHandler(),
        safety.SafetyFollowUpHandler(),
        # 2. Leaving: Stop/Cancel from anywhere; SessionEnded cannot speak.
        builtins.SessionEndedHandler(),
        builtins.StopCancelHandler(),
        notes.SkillDisabledHandler(),
        # 3. Open questions that own yes/no.
        ResumeAnswerHandler(),
        FreshStartAnswerHandler(),
        notes.NotesQuestionHandler(),
        reminders.ReminderAnswerHandler(),
        reminders.PermissionResponseHandler(),
        # 4. The room the person is in claims its intents.
        *rooms,
        notes.NoteCaptureRoom(),
        notes.NotesReadingRoom(),
        guidance.SuggestionAnswerHandler(),
        guidance.GuidanceRoom(),
        guidance.GuidanceMenuRoom(),
        guidance.SendTopicCardHandler(),
        # 5. Entry points, from anywhere.
        launch.LaunchHandler(),
        *starters,
        notes.NotesEntryHandler(),
        checkin.CheckInStartHandler(),
        checkin.WeekSummaryHandler(),
        checkin.SendNoteCardHandler(),
        reminders.SetReminderHandler(),
        reminders.ReminderStatusHandler(),
        reminders.CancelReminderHandler(),
        reflection.ReflectionHistoryHandler(),
        guidance.GuidanceTopicHandler(),
        guidance.GuidanceMenuHandler(),
        # 6. Built-ins outside any room, then everything else.
        guidance.NotSureHandler(),
        builtins.HelpHandler(),
        builtins.NavigateHomeHandler(),
        builtins.RepeatHandler(),
        builtins.MenuYesNoHandler(),
        builtins.ResumeHandler(),
        builtins.MoveHandler(),
        builtins.FallbackHandler(),
        builtins.UnknownIntentHandler(),
        builtins.OtherRequestHandler(),
    ]


class AppInterceptor(AbstractRequestInterceptor):
    """Hands every handler the app's dependencies through the request attributes."""

    def __init__(self, app: App) -> None:
        self.app = app

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes["app"] = self.app
        self.app.repo.begin_request()


def build_skill(app: App | None = None) -> CustomSkill:
    app = app or App.default()
    builder = SkillBuilder()
    builder.skill_id = app.settings.skill_id  # type: ignore[assignment]
    for handler in routing_table():
        builder.add_request_handler(handler)
    last_resort = app.renderer.block(app.settings.default_locale, "builtins/error", "last_resort")
    builder.add_exception_handler(builtins.ErrorHandler(last_resort))
    builder.add_global_request_interceptor(AppInterceptor(app))
    if templates_at_init(app):
        app.renderer.warm([app.settings.default_locale])
    if snapshotting():
        prime_storage_modules()
    return builder.create()


def snapshotting() -> bool:
    """Is this init being snapshotted by Lambda SnapStart (so every restore starts from it)?"""
    return os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") == "snap-start"


def prime_storage_modules() -> None:
    """Under SnapStart, load botocore's code into the snapshot, so a restore's first storage call
    doesn't pay for the import. No client, credentials or connection are made here: the client is
    created on first use, after the restore."""
    import botocore.client
    import botocore.session  # noqa: F401


def templates_at_init(app: App) -> bool:
    """Load every template at init, or each on first use?

    From source (a checkout), compiling is the costly part, so it all happens at init and never on
    a request. Precompiled (the artifact), a template is a module import of a few hundred
    microseconds: a plain cold start loads only what its first request says, while a SnapStart
    init loads everything, since the snapshot keeps it for every restore.
    """
    if app.renderer.compiled is None:
        return True
    return snapshotting()

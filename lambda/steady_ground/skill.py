"""Builds the skill once. HANDLERS is the routing table: the first handler that claims a request
answers it, so order matters and lives here, in one visible list."""

from __future__ import annotations

import importlib
import os

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from steady_ground import safety as screen
from steady_ground.app import App
from steady_ground.config import LOCALES
from steady_ground.dispatch import QuestionDispatcher
from steady_ground.handlers import (
    builtins,
    checkin,
    consent,
    detours,
    exercise,
    guidance,
    launch,
    notes,
    own_words,
    permission,
    picks,
    plan_followup,
    privacy,
    reflection,
    reminders,
    safety,
    skill_events,
    talk_timer,
)
from steady_ground.turn import TurnHandler


def question_dispatcher() -> QuestionDispatcher:
    """Every answer to every open question, routed by the question's kind."""
    return QuestionDispatcher((
        *safety.ANSWERS,
        *own_words.ANSWERS,
        *exercise.ANSWERS,
        *consent.ANSWERS,
        *notes.ANSWERS,
        *reminders.ANSWERS,
        *talk_timer.ANSWERS,
        *plan_followup.ANSWERS,
        *guidance.ANSWERS,
        *privacy.ANSWERS,
    ))


def routing_table() -> list[TurnHandler]:
    return [
        # 1. Safety first, from any state.
        safety.SafetyHandler(),
        # "I have to go", "he's home": leave at once, from any state and any open question, whoever
        # speaks, even as the words of an answer.
        privacy.QuickExitHandler(),
        # 2. Requests that are not a person talking: SessionEnded cannot speak; skill events.
        builtins.SessionEndedHandler(),
        skill_events.SkillDisabledHandler(),
        # 3. Someone else answers a question left open for another speaker: never for them.
        builtins.AnotherVoiceHandler(),
        # 4. The open question, by its kind: its answers come before anything else.
        question_dispatcher(),
        # 5. Leaving: Stop/Cancel from anywhere; Alexa's answer to a permission request.
        builtins.StopCancelHandler(),
        permission.PermissionResponseHandler(),
        # 6. The room the person is in claims its intents.
        # Before it, a request said in full where the room waited for the person's own words ("what
        # topics do you have" as a boundary's words): heard as the request (decided by the words).
        detours.RequestDetourHandler(),
        # "Add a note that ..." said there: the note, taken, then the same question again.
        detours.NoteAskedHandler(),
        *exercise.rooms(),
        notes.NoteCaptureRoom(),
        notes.NotesReadingRoom(),
        guidance.GuidanceRoom(),
        guidance.GuidanceMenuRoom(),
        guidance.SendTopicCardHandler(),
        # 7. Entry points, from anywhere.
        launch.LaunchHandler(),
        *exercise.starters(),
        notes.NotesEntryHandler(),
        privacy.PrivacyEntryHandler(),
        checkin.CheckInStartHandler(),
        checkin.WeekSummaryHandler(),
        checkin.SendNoteCardHandler(),
        reminders.SetReminderHandler(),
        reminders.ReminderStatusHandler(),
        reminders.CancelReminderHandler(),
        talk_timer.TalkTimerHandler(),
        talk_timer.TalkTimeLeftHandler(),
        talk_timer.CancelTalkTimerHandler(),
        plan_followup.TalkOutcomeHandler(),
        reflection.ReflectionHistoryHandler(),
        guidance.DecisionHandler(),
        guidance.GuidanceTopicHandler(),
        builtins.FirstStepTopicHandler(),
        guidance.GuidanceMenuHandler(),
        picks.AboutHandler(),
        picks.ThanksHandler(),
        safety.SafeNowHandler(),
        picks.MenuPickHandler(),
        # 8. Built-ins outside any room, then everything else.
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
    builder.add_exception_handler(builtins.ErrorHandler(last_resort, raise_errors=app.raise_errors))
    builder.add_global_request_interceptor(AppInterceptor(app))
    if templates_at_init(app):
        app.renderer.warm(LOCALES)
    if snapshotting():
        prime_storage_modules()
        screen.warm(app.settings.default_locale)  # the safety rules and model, compiled into the snapshot
    return builder.create()


def snapshotting() -> bool:
    """Is this init being snapshotted by Lambda SnapStart (so every restore starts from it)?"""
    return os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") == "snap-start"


def prime_storage_modules() -> None:
    """Under SnapStart, load botocore's code into the snapshot, so a restore's first storage call
    doesn't pay for the import. No client, credentials or connection are made here: the client is
    created on first use, after the restore."""
    importlib.import_module("botocore.client")
    importlib.import_module("botocore.session")


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

"""Built-in intents outside any room, session end, unknown requests, and the error handler."""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SsmlOutputSpeech

from steady_ground import privacy_gate, safety
from steady_ground.acts.capture import NOTE_MODE
from steady_ground.acts.safety import answer
from steady_ground.deletion import DeletionUnfinished
from steady_ground.exercises.catalog import BY_NAME
from steady_ground.exercises.runtime import ANSWER_INTENTS, offer_resume
from steady_ground.handlers.exercise import resumable
from steady_ground.handlers.guidance import open_topic
from steady_ground.handlers.own_words import ask_own_words
from steady_ground.session import CARRIED, MENU
from steady_ground.turn import Peek, Turn, TurnHandler

log = logging.getLogger("steady_ground")

class AnotherVoiceHandler(TurnHandler):
    """A yes or no from a speaker other than the one the open place belongs to (another person, or
    a voice Alexa didn't recognize this time): it answers nothing that was asked of someone else.
    Their place is held in the session, untouched and unsaved (``session.for_owner``); this speaker
    gets a fresh turn with a neutral question."""

    def claims(self, peek: Peek) -> bool:
        # The safety answer's questions are carried over to whoever speaks (``session.carried``).
        return peek.switched and peek.question not in CARRIED and peek.intent in ("AMAZON.YesIntent", "AMAZON.NoIntent")

    def run(self, turn: Turn) -> None:
        turn.mode = MENU
        turn.ask("menu/anything_else")


class StopCancelHandler(TurnHandler):
    """Stop and Cancel end the session from every state, with a short goodbye."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent in ("AMAZON.StopIntent", "AMAZON.CancelIntent")

    def run(self, turn: Turn) -> None:
        kept = turn.mode in BY_NAME or (turn.mode == NOTE_MODE and bool(turn.state.aside))  # a note asked for inside one
        turn.close_question()
        turn.end("builtins/goodbye", place_kept=kept)


class SessionEndedHandler(TurnHandler):
    """Alexa ended the session (exit, silence, an error): nothing can be said. Progress was saved
    on the turn that changed it."""

    def claims(self, peek: Peek) -> bool:
        return peek.request_type == "SessionEndedRequest"

    def run(self, turn: Turn) -> None:
        reason = getattr(getattr(turn.request, "reason", None), "value", None)
        error = getattr(turn.request, "error", None)
        error_type = getattr(getattr(error, "object_type", None), "value", None)
        log.info("session ended: reason=%s error=%s request=%s", reason, error_type, turn.request_id)


class HelpHandler(TurnHandler):
    def claims(self, peek: Peek) -> bool:
        return peek.intent == "AMAZON.HelpIntent"

    def run(self, turn: Turn) -> None:
        turn.mode = MENU
        turn.close_question()
        turn.ask("builtins/help")


class NavigateHomeHandler(TurnHandler):
    def claims(self, peek: Peek) -> bool:
        return peek.intent == "AMAZON.NavigateHomeIntent"

    def run(self, turn: Turn) -> None:
        turn.mode = MENU
        turn.close_question()
        turn.ask("builtins/home")


class RepeatHandler(TurnHandler):
    def claims(self, peek: Peek) -> bool:
        return peek.intent == "AMAZON.RepeatIntent"

    def run(self, turn: Turn) -> None:
        # "What?" is neither understood nor a new miss: misunderstandings before it still count in a
        # row, so "um", "what?", "um" asks for their own words instead of the same apology a third time.
        turn.keep_misses()
        if turn.state.last is not None:
            try:
                turn.repeat(turn.state.last)
                return
            except Exception as exc:  # kept by an older version, or tampered with: say so, kindly
                log.info("repeat could not be rendered: %s request=%s", type(exc).__name__, turn.request_id)
                turn.only()
        turn.ask("builtins/nothing_to_repeat")


class MenuYesNoHandler(TurnHandler):
    """Yes or No where no yes/no question is open: answer kindly, and ask what they'd like."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent in ("AMAZON.YesIntent", "AMAZON.NoIntent")

    def run(self, turn: Turn) -> None:
        turn.close_question()
        if turn.intent_name == "AMAZON.NoIntent":
            turn.end("builtins/goodbye", place_kept=False)
        else:
            turn.ask("builtins/which")


class ResumeHandler(TurnHandler):
    """ "Resume" outside an exercise: offer the saved exercise, if there is one."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "AMAZON.ResumeIntent"

    def run(self, turn: Turn) -> None:
        resume_kept(turn)


def resume_kept(turn: Turn) -> None:
    """Offer the kept exercise; with a code set and not given, the code first (every time, so the
    answer never tells whether anything is kept)."""
    if privacy_gate.access(turn) is privacy_gate.Access.CODE:
        privacy_gate.ask_code(turn, "resume", needed=True)
        return
    found = resumable(turn)
    if found is None:
        turn.mode = MENU
        turn.ask("builtins/nothing_to_move")
        return
    offer_resume(turn, *found)


class MoveHandler(TurnHandler):
    """Next, Previous, Start over, skip, pause and "tell me more" with nothing to move through."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent in (
            "AMAZON.NextIntent",
            "AMAZON.PreviousIntent",
            "AMAZON.StartOverIntent",
            "AMAZON.PauseIntent",
            "TellMeMoreIntent",
            "SkipIntent",
            "WhatWasTheQuestionIntent",
        )

    def run(self, turn: Turn) -> None:
        if turn.intent_name == "AMAZON.NextIntent" and turn.mode == MENU and turn.question is None:
            # "Something else" (Alexa's Next) after the menu's "... or something else": everything the
            # skill can do, not that same short list again.
            own_idea(turn)
            return
        turn.mode = MENU
        turn.ask("builtins/nothing_to_move")


def own_idea(turn: Turn) -> None:
    """"My own idea", "something else": honestly, the few things the skill can do (a note can hold
    their idea), and a question."""
    turn.mode = MENU
    turn.ask("builtins/own_idea")


class FallbackHandler(TurnHandler):
    """Alexa heard something that fits no intent (or free text nobody asked for): say what the
    skill can do."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent in ("AMAZON.FallbackIntent", "CaptureTextIntent")

    def run(self, turn: Turn) -> None:
        missed = turn.intent_name == "AMAZON.FallbackIntent" or turn.intent_name in ANSWER_INTENTS
        if missed and turn.mode == MENU and turn.question is None:
            if turn.state.misses >= 1:  # the second in a row: ask for their own words, captured whole
                ask_own_words(turn)
                return
            turn.state.misses = 1
            turn.keep_misses()
        turn.ask("builtins/fallback")


class UnknownIntentHandler(TurnHandler):
    """Any other intent: one this version doesn't know, or one that doesn't fit where we are."""

    def claims(self, peek: Peek) -> bool:
        return peek.request_type == "IntentRequest"

    def run(self, turn: Turn) -> None:
        log.info("unhandled intent in mode %s request=%s", turn.mode, turn.request_id)
        if turn.intent_name in ANSWER_INTENTS and turn.mode == MENU and turn.question is None:
            # An answer to nothing asked ("I feel lonely" heard as a check-in mood at the menu): a
            # misunderstanding, so the same ladder as any other (the second asks for their own words).
            FallbackHandler().run(turn)
            return
        turn.ask("builtins/unknown")


# The first steps plan-the-talk offers that the "trying things together" topic is about.
TOGETHER_STEPS = frozenset({"workshop", "book", "podcast", "checkin", "date_night"})
# Where a first step is the person telling what they'd like to hear about: no question open, or the
# menu's "in your own words?" and "shall I suggest one?".
TOPIC_QUESTIONS = (None, "own_words", "suggest")


class FirstStepTopicHandler(TurnHandler):
    """ "Maybe a book or a podcast we could do together" at the menu, the topic menu or in a topic:
    plan-the-talk's answer said outside it opens "trying things together", never "that's not
    something I can do". Counseling opens counselling on your own (couples counselling: trying things
    together); "my own idea" hears what the skill can do."""

    def claims(self, peek: Peek) -> bool:
        return (peek.intent == "FirstStepIntent" and peek.mode in (MENU, "guidance", "guidance_menu")
                and peek.question in TOPIC_QUESTIONS)

    def run(self, turn: Turn) -> None:
        slot = turn.slot("first_step")
        found = safety.screen(slot.raw, turn.locale) if slot.raw else None  # the person's words first
        if found is not None:
            answer(turn, found)
        elif slot.id in TOGETHER_STEPS:
            open_topic(turn, "try_together")
        elif slot.id == "counseling":  # "counselling", "a therapist": for them, unless said of the couple
            said = (slot.raw or "").lower()
            open_topic(turn, "try_together" if "couple" in said or "together" in said else "individual_therapy")
        elif slot.id == "own":  # "my own idea", "something different"
            own_idea(turn)
        else:
            UnknownIntentHandler().run(turn)


class OtherRequestHandler(TurnHandler):
    """Requests that are not for speech (System.ExceptionEncountered, unknown types): an empty,
    valid response."""

    def claims(self, peek: Peek) -> bool:
        return True

    def run(self, turn: Turn) -> None:
        log.info("non-speech request %s request=%s", type(turn.request).__name__, turn.request_id)


class ErrorHandler(AbstractExceptionHandler):
    """Anything that went wrong: a kind apology and a way forward. The log has the request id and
    the error's type and place, never what the person said."""

    def __init__(self, last_resort_ssml: str, *, raise_errors: bool = False) -> None:
        self.last_resort_ssml = last_resort_ssml
        self.raise_errors = raise_errors  # tests: let a crash be seen, not turned into an apology

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        # An unfinished deletion must fail the invocation, so Lambda counts it and it can come again.
        return not isinstance(exception, DeletionUnfinished)

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        request = getattr(handler_input.request_envelope, "request", None)
        request_id = getattr(request, "request_id", None)
        log.error("error %s at %s request=%s", type(exception).__name__, _where(exception), request_id)
        if self.raise_errors:
            raise exception
        try:
            turn = Turn(handler_input)
            turn.only()
            turn.ask("builtins/error")
            return turn.response()
        except Exception as inner:  # the renderer itself failed: a last, fixed answer
            log.error("error handler fell back: %s request=%s", type(inner).__name__, request_id)
            return last_resort_response(self.last_resort_ssml)


def _where(exc: BaseException) -> str:
    tb = exc.__traceback__
    place = "?"
    while tb is not None:
        place = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
        tb = tb.tb_next
    return place


def last_resort_response(ssml: str) -> Response:
    """A fixed answer rendered at init, for when even rendering fails."""
    return Response(output_speech=SsmlOutputSpeech(ssml=f"<speak>{ssml}</speak>"), should_end_session=True)

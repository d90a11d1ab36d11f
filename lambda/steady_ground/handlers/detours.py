"""A request to the skill said in full where the person's own words were expected: heard as the request.

At a free-text step (a boundary sentence, a reflection's or a check-in's words, a note), Alexa captures
the whole utterance, so "what topics do you have" or "can we do the check-in instead" arrives as the
words of an answer. ``hearing.request_for`` knows such a request only when it is the whole utterance
(an answer that merely contains those words stays an answer). The topics, or another exercise, are
where the person asked to go: they are told nothing was kept (a note is never dropped silently), the
place they leave is kept, and they go. Any other request (the notes, a reminder, "how do I ...") is
answered in the room: nothing kept, nothing done unasked, the question again (``Heard.REQUEST``).

Words of danger come first: a request that also holds them is left to the room, which screens it.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput

from steady_ground import safety
from steady_ground.acts.capture import CAPTURE_INTENT, CAPTURE_SLOT
from steady_ground.app import App
from steady_ground.conversation import hearing
from steady_ground.exercises import catalog
from steady_ground.exercises.checkin import start_checkin
from steady_ground.exercises.runtime import ExerciseStartHandler
from steady_ground.handlers import asides
from steady_ground.handlers.guidance import menu
from steady_ground.handlers.notes import CAPTURE_MODE, take_note
from steady_ground.session import MENU
from steady_ground.turn import Peek, Turn, TurnHandler, peek, slot_of

ROOMS = frozenset({*catalog.BY_NAME, CAPTURE_MODE})


def captured(handler_input: HandlerInput) -> str | None:
    """The words of the free-text slot, as Alexa sent them."""
    value = getattr(slot_of(handler_input.request_envelope.request, CAPTURE_SLOT), "value", None)
    return value if isinstance(value, str) else None


def destination(mode: str, text: str | None) -> tuple[str, str] | None:
    """Where the words ask to go from ``mode``: the topics, or another exercise; None to stay."""
    found = hearing.request_for(text)
    if found is None:
        return None
    kind, detail = found
    if kind == "topics" or (kind == "exercise" and detail != mode and catalog.named(detail) is not None):
        return found
    return None


class RequestDetourHandler(TurnHandler):
    """ "What topics do you have" said as a boundary's words: the topics, and the boundary's place kept."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        if getattr(request, "object_type", None) != "IntentRequest":
            return False
        routed = peek(handler_input)
        # The place is this speaker's own, no question waits (the safety answer's least of all).
        if routed.intent != CAPTURE_INTENT or routed.mode not in ROOMS or routed.question or routed.switched:
            return False
        text = captured(handler_input)
        if destination(routed.mode, text) is None:
            return False
        app = handler_input.attributes_manager.request_attributes["app"]
        assert isinstance(app, App)
        return safety.screen(text, getattr(request, "locale", None) or app.settings.default_locale) is None

    def claims(self, peek: Peek) -> bool:
        return False  # never by intent alone: only the words decide (can_handle)

    def run(self, turn: Turn) -> None:
        found = destination(turn.mode, turn.slot(CAPTURE_SLOT).raw)
        assert found is not None  # can_handle said so
        kind, name = found
        turn.say("exercise/request_detour", note=turn.mode == CAPTURE_MODE)
        turn.state.aside = None
        if kind == "topics":
            menu(turn)
        elif name == "checkin":
            start_checkin(turn)
        else:
            spec = catalog.named(name)
            assert spec is not None
            ExerciseStartHandler(spec).run(turn)


class NoteAskedHandler(TurnHandler):
    """ "Add a note that I want to bring up money on Sunday" (or "add a note", "remember that ...") said
    as the words of a free-text step: a note, taken, and back to the step (``handlers/asides.py``). At
    the menu (another voice, heard while Alexa listened for the first speaker's words): that speaker's
    own note, as from "add a note". An answer that merely holds such words ("I want to note that he
    tries") is no request (``hearing.request_for``) and stays the answer."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        if getattr(request, "object_type", None) != "IntentRequest":
            return False
        routed = peek(handler_input)
        if routed.intent != CAPTURE_INTENT or routed.question:
            return False
        inside = routed.mode in catalog.BY_NAME and not routed.switched
        if not (inside or routed.mode == MENU):
            return False
        return hearing.note_words(captured(handler_input)) is not None

    def claims(self, peek: Peek) -> bool:
        return False  # never by intent alone: only the words decide (can_handle)

    def run(self, turn: Turn) -> None:
        words = hearing.note_words(turn.slot(CAPTURE_SLOT).raw)
        spec = asides.exercise_here(turn)
        if spec is not None:
            asides.take(turn, spec, words)
            return
        turn.state.aside = None
        turn.mode = MENU
        take_note(turn, words)

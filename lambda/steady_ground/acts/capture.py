"""Free-text capture: ``Dialog.ElicitSlot`` on ``CaptureTextIntent.text`` (AMAZON.SearchQuery), so
Alexa captures the whole next utterance."""

from __future__ import annotations

from ask_sdk_model.dialog import ElicitSlotDirective
from ask_sdk_model.intent import Intent
from ask_sdk_model.intent_confirmation_status import IntentConfirmationStatus
from ask_sdk_model.slot import Slot as SdkSlot
from ask_sdk_model.slot_confirmation_status import SlotConfirmationStatus

from steady_ground.turn import Turn

CAPTURE_INTENT = "CaptureTextIntent"
CAPTURE_SLOT = "text"
NOTE_MODE = "note_capture"  # the mode while the words of a note are asked for (handlers/notes.py, handlers/asides.py)


def elicit(intent: str, slot: str) -> ElicitSlotDirective:
    """Dialog.ElicitSlot: Alexa listens for ``slot`` of ``intent`` next (free text, four digits...)."""
    updated = Intent(
        name=intent,
        confirmation_status=IntentConfirmationStatus.NONE,
        slots={slot: SdkSlot(name=slot, confirmation_status=SlotConfirmationStatus.NONE)},
    )
    return ElicitSlotDirective(updated_intent=updated, slot_to_elicit=slot)


def elicit_text() -> ElicitSlotDirective:
    """Ask Alexa to capture the whole next utterance as free text."""
    return elicit(CAPTURE_INTENT, CAPTURE_SLOT)


def ask_for_text(turn: Turn, key: str, mode: str) -> None:
    """Ask ``key`` and capture the answer whole, in ``mode``."""
    turn.mode = mode
    turn.ask(key)
    turn.directive(elicit_text())

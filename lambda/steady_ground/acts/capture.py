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


def elicit_text() -> ElicitSlotDirective:
    """Ask Alexa to capture the whole next utterance as free text."""
    intent = Intent(
        name=CAPTURE_INTENT,
        confirmation_status=IntentConfirmationStatus.NONE,
        slots={CAPTURE_SLOT: SdkSlot(name=CAPTURE_SLOT, confirmation_status=SlotConfirmationStatus.NONE)},
    )
    return ElicitSlotDirective(updated_intent=intent, slot_to_elicit=CAPTURE_SLOT)


def ask_for_text(turn: Turn, key: str, mode: str) -> None:
    """Ask ``key`` and capture the answer whole, in ``mode``."""
    turn.mode = mode
    turn.ask(key)
    turn.directive(elicit_text())

"""The menu's second "sorry, I didn't get that": the person's own words, captured whole, screened for
danger first, then routed to an exercise or a guidance topic (or the menu again).

FallbackIntent carries no words, so after two in a row the skill asks for them (the ``OwnWords``
question) and captures the next utterance with Dialog.ElicitSlot on CaptureTextIntent.
"""

from __future__ import annotations

from steady_ground import safety
from steady_ground.acts.capture import CAPTURE_INTENT, elicit_text
from steady_ground.acts.safety import answer
from steady_ground.dispatch import Answer
from steady_ground.exercises.catalog import named
from steady_ground.exercises.runtime import ExerciseStartHandler
from steady_ground.handlers.guidance import open_topic
from steady_ground.own_words import route
from steady_ground.session import MENU, OwnWords
from steady_ground.turn import Turn


def ask_own_words(turn: Turn) -> None:
    turn.state.misses = 0
    turn.mode = MENU
    turn.open_question(OwnWords())
    turn.ask("builtins/own_words")
    turn.directive(elicit_text())


def answer_own_words(turn: Turn, question: OwnWords) -> None:
    text = (turn.slot("text").raw or "").strip()
    found = safety.screen(text, turn.locale)
    if found is not None:
        answer(turn, found)
        return
    target = route(text)
    spec = named(target[1]) if target is not None and target[0] == "exercise" else None
    if spec is not None:
        ExerciseStartHandler(spec).run(turn)
    elif target is not None and target[0] == "topic":
        open_topic(turn, target[1])
    else:
        turn.ask("builtins/fallback")


ANSWERS = (Answer(OwnWords, frozenset({CAPTURE_INTENT}), answer_own_words),)

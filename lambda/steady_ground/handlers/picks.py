""" "What is this?", "thanks", and "the second one" after the skill listed what it offers."""

from __future__ import annotations

from markupsafe import Markup

from steady_ground.exercises.catalog import BY_NAME
from steady_ground.exercises.checkin import start_checkin
from steady_ground.exercises.runtime import ExerciseStartHandler
from steady_ground.handlers.guidance import menu as guidance_menu
from steady_ground.handlers.notes import start_reading
from steady_ground.lists import LISTS, pick
from steady_ground.session import MENU
from steady_ground.turn import Peek, Turn, TurnHandler

ORDINAL_INTENT = "PickOrdinalIntent"


class AboutHandler(TurnHandler):
    """ "What is this?", "who are you?", "I don't know why I'm here": what the skill is, then a choice."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "AboutIntent"

    def run(self, turn: Turn) -> None:
        turn.mode = MENU
        turn.close_question()
        turn.ask("builtins/about")


class ThanksHandler(TurnHandler):
    """ "Thanks": a short welcome, then the open question again, so nothing is lost or closed."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "ThanksIntent"

    def run(self, turn: Turn) -> None:
        last = turn.state.last
        if last is not None:
            # Rendered SSML from our own template: safe to pass on as it is.
            turn.ask("builtins/thanks", question=Markup(turn.reprompt_of(last))).listing(last.listed)  # same question, same list
            return
        turn.mode = MENU
        turn.ask("builtins/thanks", question=None)


class MenuPickHandler(TurnHandler):
    """ "The second one", "number three", "the last one": the item of the list the last question
    named (the welcome, help, "what is this"...). Rooms with their own lists (the topic menu, the
    boundary patterns) answer ordinals themselves, before this."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == ORDINAL_INTENT

    def run(self, turn: Turn) -> None:
        listed = turn.listed
        item = pick(LISTS.get(listed or "", ()), turn.slot("ordinal").id)
        turn.close_question()
        turn.mode = MENU
        if item == "guidance":
            guidance_menu(turn)
        elif item in ("boundary", "reflection", "plan"):
            ExerciseStartHandler(BY_NAME[item]).run(turn)
        elif item == "checkin":
            start_checkin(turn)
        elif item == "notes":
            start_reading(turn)  # the privacy gate is in start_reading
        else:  # no list was just named, or it has no such item: name the choices, then they can pick
            turn.ask("builtins/which_item", had_list=listed is not None)

"""Guidance: short spoken pieces on the eight topics, with "tell me more", next, previous, repeat."""

from __future__ import annotations

from markupsafe import Markup

from steady_ground import privacy_gate, safety
from steady_ground.acts.replies import anything_else
from steady_ground.acts.safety import answer
from steady_ground.conversation.machine import Ev, Event
from steady_ground.dispatch import Answer
from steady_ground.exercises import catalog
from steady_ground.exercises.runtime import run_event
from steady_ground.guidance import (
    MORE_BLOCKS,
    TOPICS,
    is_topic,
    menu_page,
    next_topic,
    previous_topic,
    topic_key,
)
from steady_ground.lists import pick
from steady_ground.render import plain_text
from steady_ground.session import MENU, Suggestion
from steady_ground.turn import Peek, Turn, TurnHandler

GUIDANCE_ROOM_INTENTS = {
    "TellMeMoreIntent",
    "AMAZON.NextIntent",
    "AMAZON.PreviousIntent",
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "AMAZON.HelpIntent",
    "AMAZON.StartOverIntent",
    "AMAZON.FallbackIntent",
}


def parts(turn: Turn, topic: str) -> list[str]:
    template = turn.app.renderer.template(turn.locale, topic_key(topic))
    return [b for b in MORE_BLOCKS if b in template.blocks]


def title(turn: Turn, topic: str) -> Markup:
    """A topic's spoken name: already rendered SSML, so marked safe for the next template."""
    return Markup(turn.render(topic_key(topic), "title"))


def open_topic(turn: Turn, topic: str, intro: str = "guidance/lead_in") -> None:
    turn.mode = "guidance"
    turn.state.topic = topic
    turn.state.part = 0
    turn.close_question()
    turn.say(intro, title=title(turn, topic))
    turn.say_block(topic_key(topic), "intro")
    offer(turn, topic, 0)


def offer(turn: Turn, topic: str, part: int, said_done: bool = False) -> None:
    more_left = part < len(parts(turn, topic))
    turn.ask("guidance/offer", more_left=more_left, has_next=next_topic(topic) is not None, said_done=said_done)


def card_for(turn: Turn, topic: str) -> None:
    turn.card(plain_text(title(turn, topic)).capitalize(), plain_text(turn.render(topic_key(topic), "card")))


def menu(turn: Turn, page: int = 0, reason: str | None = None) -> None:
    turn.mode = "guidance_menu"
    turn.state.menu_page = page % 2
    titles = [title(turn, t) for t in menu_page(page)]
    turn.ask("guidance/menu", titles=titles, page=page % 2, reason=reason)


def tell_more(turn: Turn) -> None:
    topic = current_topic(turn)
    if topic is None:
        menu(turn, reason="no_topic")
        return
    available = parts(turn, topic)
    part = turn.state.part if turn.state.part <= len(available) else 0
    if part >= len(available):
        turn.say("guidance/no_more", title=title(turn, topic))
        offer(turn, topic, part, said_done=True)
        return
    turn.state.part = part + 1
    turn.say_block(topic_key(topic), available[part])
    offer(turn, topic, part + 1)


class GuidanceTopicHandler(TurnHandler):
    """ "Tell me about boundaries", "why won't my partner go to therapy", or a topic from the menu."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "GuidanceIntent"

    def run(self, turn: Turn) -> None:
        slot = turn.slot("topic")
        if slot.id in TOPICS:
            assert slot.id is not None
            open_topic(turn, slot.id)
        elif slot.empty:
            menu(turn)
        else:
            found = safety.screen(slot.raw, turn.locale)  # the person's own words, not a topic: safety first
            if found is not None:
                answer(turn, found)
                return
            menu(turn, reason="no_match")


class GuidanceMenuHandler(TurnHandler):
    def claims(self, peek: Peek) -> bool:
        return peek.intent == "GuidanceMenuIntent"

    def run(self, turn: Turn) -> None:
        menu(turn)


class GuidanceMenuRoom(TurnHandler):
    """While the topic menu is open: next/more turns the page, yes/no and help fit the menu."""

    def claims(self, peek: Peek) -> bool:
        return peek.mode == "guidance_menu" and (
            peek.intent in GUIDANCE_ROOM_INTENTS
            or peek.intent in ("GuidanceMenuIntent", "PickOrdinalIntent", "WhatWasTheQuestionIntent", "HelpMeChooseIntent")
        )

    def run(self, turn: Turn) -> None:
        intent = turn.intent_name
        page = turn.state.menu_page
        if intent == "PickOrdinalIntent":
            pick_topic(turn, page)
        elif intent in ("AMAZON.NextIntent", "TellMeMoreIntent", "AMAZON.PreviousIntent", "GuidanceMenuIntent") or intent == "AMAZON.YesIntent":
            menu(turn, page + 1)
        elif intent in ("AMAZON.HelpIntent", "HelpMeChooseIntent"):  # "how do I pick one" is help choosing here
            turn.say("guidance/menu_help", choosing=intent == "HelpMeChooseIntent")
            menu(turn, page)
        elif intent == "AMAZON.StartOverIntent":
            open_topic(turn, TOPICS[0])
        elif intent == "WhatWasTheQuestionIntent":  # "list them again": the same page once more
            menu(turn, page)
        elif intent == "AMAZON.NoIntent":
            anything_else(turn)
        else:
            menu(turn, page, reason="no_match")


def pick_topic(turn: Turn, page: int) -> None:
    """ "The second one": a topic of the page just read; "the fifth" counts on through all eight."""
    ordinal = turn.slot("ordinal").id
    on_page = menu_page(page)
    topic = pick(on_page, ordinal) if ordinal in ("1", "2", "3", "4", "last") else pick(TOPICS, ordinal)
    if topic is None:
        menu(turn, page, reason="no_match")
    else:
        open_topic(turn, topic)


class GuidanceRoom(TurnHandler):
    """Inside a topic: tell me more, next, previous, start over, help, yes and no."""

    def claims(self, peek: Peek) -> bool:
        return peek.mode == "guidance" and (
            peek.intent in GUIDANCE_ROOM_INTENTS
            or peek.intent in ("WhatWasTheQuestionIntent", "SkipIntent", "AMAZON.PauseIntent")
        )

    def run(self, turn: Turn) -> None:
        topic = current_topic(turn)
        if topic is None:
            menu(turn)
            return
        intent = turn.intent_name
        if intent in ("TellMeMoreIntent", "AMAZON.YesIntent"):
            tell_more(turn)
        elif intent in ("AMAZON.NextIntent", "SkipIntent"):
            following = next_topic(topic)
            if following is None:
                turn.say("guidance/last_topic")
                menu(turn)
            else:
                open_topic(turn, following, intro="guidance/lead_in_next")
        elif intent == "AMAZON.PreviousIntent":
            before = previous_topic(topic)
            if before is None:
                turn.say("guidance/first_topic")
                open_topic(turn, topic)
            else:
                open_topic(turn, before)
        elif intent == "AMAZON.StartOverIntent":
            open_topic(turn, topic)
        elif intent == "AMAZON.HelpIntent":
            turn.say("guidance/help", title=title(turn, topic))
            offer(turn, topic, _part(turn))
        elif intent == "WhatWasTheQuestionIntent":  # "what was the question": the topic's own choices again
            offer(turn, topic, _part(turn))
        elif intent == "AMAZON.PauseIntent":  # a listener's pause: stop here, kindly, and say how to return
            turn.mode = MENU
            turn.end("guidance/paused", title=title(turn, topic))
        elif intent == "AMAZON.NoIntent":
            anything_else(turn)
        else:  # Fallback inside a topic: say what works here.
            turn.say("guidance/not_understood")
            offer(turn, topic, _part(turn))


def current_topic(turn: Turn) -> str | None:
    """The topic the person is on, if the session holds a valid one."""
    topic = turn.state.topic
    return topic if is_topic(topic) else None


def _part(turn: Turn) -> int:
    return turn.state.part


class SendTopicCardHandler(TurnHandler):
    """ "Send that to my phone" while on a topic: the topic's summary as a card."""

    def claims(self, peek: Peek) -> bool:
        return peek.mode == "guidance" and peek.intent == "SendToPhoneIntent"

    def run(self, turn: Turn) -> None:
        send_topic_card(turn)


def send_topic_card(turn: Turn) -> None:
    """The topic's summary as a card, once the person said yes to cards in the app."""
    topic = current_topic(turn)
    if topic is None:
        menu(turn)
        return
    if not privacy_gate.gate_card(turn, "topic_card"):  # anyone with the Alexa app can see it
        return
    turn.mode = "guidance"
    card_for(turn, topic)
    turn.say("guidance/card_sent", title=title(turn, topic))
    offer(turn, topic, _part(turn))


SUGGESTED_START = "why_resist"


class NotSureHandler(TurnHandler):
    """ "I don't know" or "not sure" with no question open: suggest a gentle place to start. At the menu,
    with nothing asked, "I'm not sure which, can you help me choose" too (it was "not something I can do")."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "MaybeAnswerIntent" or (
            peek.intent == "HelpMeChooseIntent" and peek.mode == MENU and peek.question is None)

    def run(self, turn: Turn) -> None:
        turn.mode = MENU
        turn.open_question(Suggestion(SUGGESTED_START))
        turn.ask("guidance/not_sure", title=title(turn, SUGGESTED_START))


DECISION_TOPIC = "deal_breaker"


class DecisionHandler(TurnHandler):
    """ "Should I leave?", "is that bad?": a warm, neutral answer, never a verdict. The decision is
    theirs; the skill offers to help them think (the deal-breaker piece, which leads to the
    reflection). Inside an exercise, the answer comes before that exercise's question again."""

    def claims(self, peek: Peek) -> bool:
        return peek.intent == "ShouldILeaveIntent"

    def run(self, turn: Turn) -> None:
        spec = catalog.named(turn.mode)
        if spec is not None:  # the place and its open question stay as they were
            run_event(turn, spec, Event(Ev.DECISION))
            return
        turn.close_question()
        turn.mode = MENU
        turn.open_question(Suggestion(DECISION_TOPIC))
        turn.ask("guidance/decision", inside=False, title=title(turn, DECISION_TOPIC))


def answer_suggestion(turn: Turn, question: Suggestion) -> None:
    """Yes to the suggested topic opens it; no asks what they'd like instead."""
    if turn.intent_name == "AMAZON.YesIntent" and is_topic(question.topic):
        open_topic(turn, question.topic)
    else:
        turn.ask("menu/anything_else")


ANSWERS = (Answer(Suggestion, frozenset({"AMAZON.YesIntent", "AMAZON.NoIntent"}), answer_suggestion),)

"""One dispatcher for every open question: the answer is routed by the question's kind first,
before any room gets a turn. Each feature lists the ``Answer``s it gives (which question, which
intents); ``skill.routing_table`` hands them all to one ``QuestionDispatcher``, which refuses two
answers to the same (question, intent)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from steady_ground.session import Question
from steady_ground.turn import Peek, Turn, TurnHandler


@dataclass(frozen=True)
class Answer:
    """``run`` answers ``question`` (of type ``kind``) when the person says one of ``intents``.
    The question is closed before ``run``; an answer that asks again opens it again."""

    kind: type[Question]
    intents: frozenset[str]
    run: Callable[[Turn, Any], None]

    @property
    def name(self) -> str:
        return f"{self.run.__module__.removeprefix('steady_ground.')}.{self.run.__name__}"


class QuestionDispatcher(TurnHandler):
    def __init__(self, answers: Iterable[Answer]) -> None:
        self.table: dict[tuple[str, str], Answer] = {}
        for answer in answers:
            for intent in answer.intents:
                key = (answer.kind.KIND, intent)
                if key in self.table:
                    raise ValueError(f"two answers to {key}: {self.table[key].name} and {answer.name}")
                self.table[key] = answer

    def answer_for(self, peek: Peek) -> Answer | None:
        if peek.question is None or peek.intent is None:
            return None
        return self.table.get((peek.question, peek.intent))

    def claims(self, peek: Peek) -> bool:
        return self.answer_for(peek) is not None

    def run(self, turn: Turn) -> None:
        question = turn.question
        answer = self.table[(question.KIND, turn.intent_name or "")] if question is not None else None
        assert answer is not None
        turn.close_question()
        answer.run(turn, question)

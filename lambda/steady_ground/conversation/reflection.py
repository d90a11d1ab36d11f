"""The deal-breaker reflection: four questions, one at a time, then a closing that mirrors the
answers, compares them with the last kept reflection, and offers to keep this one. Pure: no SDK
imports, no storage. The room reads the previous reflection and passes it in through the state.

Steps: ASK (a structured question) -> WORDS (an optional "few words about that", free text) -> the
next question ... -> KEEP (the closing; keep it?) -> finished. Answers are heard in the person's own
words ("honestly most days", "I think it's getting worse"): ``hearing`` finds the answer inside the
sentence, and "worse", "better" or "about the same" are kept as how that question has moved, for
the closing and the next comparison. After two answers that fit nothing, OFFER_SKIP asks whether to
skip the question; it too re-asks at most twice, then moves on. The state is versioned and JSON
round-trips through ``machine.dump``/``machine.load`` (version 1, without feelings, upgrades).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date
from typing import ClassVar

from steady_ground.conversation import hearing
from steady_ground.conversation.machine import MAX_RETRIES, Ev, Event, Line, SaveNote, Step
from steady_ground.conversation.reflection_summary import (
    ANSWERS,
    QUESTIONS,
    changes,
    clean_answers,
    clean_feelings,
    is_strained,
    note_text,
)
from steady_ground.lists import pick
from steady_ground.storage.repository import MAX_NOTE_CHARS

# Answers that mean the same thing on a question that uses the other middle value.
_MIDDLE = {"sometimes", "not_sure"}


class RStep(str, enum.Enum):
    ASK = "ask"
    WORDS = "words"
    OFFER_SKIP = "offer_skip"
    KEEP = "keep"


@dataclass
class ReflectionState:
    VERSION: ClassVar[int] = 2
    version: int = 2
    step: RStep = RStep.ASK
    index: int = 0  # which of the four questions, 0..3
    answers: dict[str, str] = field(default_factory=dict)  # question id -> answer id
    words: dict[str, str] = field(default_factory=dict)  # question id -> the person's own words
    retries: int = 0
    short: bool = False  # keeping only the answers, after the whole reflection was too long
    previous: dict[str, str] = field(default_factory=dict)  # the last kept reflection's answers
    previous_on: str | None = None  # its local date, ISO
    feelings: dict[str, str] = field(default_factory=dict)  # question id -> "worse" | "better" | "same"
    previous_feelings: dict[str, str] = field(default_factory=dict)  # the last kept reflection's

    @property
    def question(self) -> str:
        return QUESTIONS[self.index]

    @staticmethod
    def upgrade(data: dict[str, object]) -> dict[str, object]:
        """Saved progress from version 1 (no feelings yet) carries on as version 2."""
        if data.get("version") == 1:
            return {**data, "version": 2}
        return data


def initial() -> ReflectionState:
    return ReflectionState()


def with_previous(state: ReflectionState, answers: object, on: date | None, feelings: object = None) -> ReflectionState:
    """The state with the last kept reflection to compare against (unknown answers dropped)."""
    previous = clean_answers(answers)
    if not previous or on is None:
        return state
    return replace(state, previous=previous, previous_on=on.isoformat(), previous_feelings=clean_feelings(feelings))


# -- what to say -------------------------------------------------------------------------------
def _question(state: ReflectionState, again: bool = False) -> Line:
    """The question; asked again (a retry, or "what was the question?") in its short form."""
    return Line(f"reflection/q_{state.question}", {"again": again or state.retries > 0})


def _words_prompt(state: ReflectionState) -> Line:
    return Line("reflection/words", {"q": state.question})


def _asking(state: ReflectionState, *say: Line, again: bool = False) -> Step[ReflectionState]:
    """Ask whatever the state's step asks, after the given lines."""
    if state.step == RStep.WORDS:
        return Step(state, say=say, ask=_words_prompt(state), free_text=True)
    if state.step == RStep.OFFER_SKIP:
        return Step(state, say=say, ask=Line("reflection/offer_skip", {"q": state.question}))
    if state.step == RStep.KEEP:
        return Step(state, say=say, ask=Line("reflection/offer_keep", {"short": state.short}))
    # After a miss, the next answer is captured whole, so the person's own sentence is heard.
    return Step(state, say=say, ask=_question(state, again), free_text=state.retries > 0)


def _closing(state: ReflectionState, *before: Line) -> Step[ReflectionState]:
    """The closing: mirror, comparison with last time, what may help next; then keep it?"""
    if state.step != RStep.KEEP:
        state = replace(state, step=RStep.KEEP, retries=0, short=False)
    a = state.answers
    lines: list[Line] = [
        Line(
            "reflection/closing",
            {
                "frequency": a.get("frequency"),
                "peace": a.get("peace"),
                "effort": a.get("effort"),
                "future": a.get("future"),
                "feelings": dict(state.feelings),
            },
        )
    ]
    if state.previous and state.previous_on:
        lines.append(
            Line(
                "reflection/compare",
                {
                    "on": date.fromisoformat(state.previous_on),
                    "changes": changes(state.previous, a),
                    "felt": dict(state.previous_feelings),
                },
            )
        )
    lines.append(Line("reflection/next_steps", {"strained": is_strained(a)}))
    return _asking(state, *before, *lines)


def _advance(state: ReflectionState, *say: Line) -> Step[ReflectionState]:
    """On to the next question, or to the closing after the last one."""
    if state.index + 1 >= len(QUESTIONS):
        return _closing(state, *say)
    return _asking(replace(state, step=RStep.ASK, index=state.index + 1, retries=0), *say)


def _fit(question: str, value: str) -> str | None:
    """The answer id a resolved value means for this question, or None if it doesn't fit."""
    allowed = ANSWERS[question]
    if value in allowed:
        return value
    if value in _MIDDLE:  # "not sure" to a sometimes-question, "sometimes" to the last one
        return next((v for v in allowed if v in _MIDDLE), None)
    return None


def _in_words(question: str, text: str) -> str | None:
    """The answer inside the person's sentence, for this question."""
    if question == "frequency":
        return hearing.frequency(text)
    middle = next(v for v in ANSWERS[question] if v in _MIDDLE)
    found = hearing.yes_no(text, middle)
    if found is None:  # "rarely" to "does your partner make an effort?" means no, "most days" yes
        often = hearing.frequency(text)
        found = {"daily": "yes", "few_weekly": "yes", "weekly": middle, "monthly": middle, "rarely": "no"}.get(often or "")
        if found is None and text in ANSWERS["frequency"]:
            found = {"daily": "yes", "few_weekly": "yes", "weekly": middle, "monthly": middle, "rarely": "no"}[text]
    return found


def _answer(state: ReflectionState, event: Event) -> str | None:
    if event.kind == Ev.CHOICE:  # "the second one": the scale, in the order the question names it
        chosen = pick(ANSWERS[state.question], event.value) or event.value
        if state.question != "frequency" and chosen in ANSWERS["frequency"]:
            value: str | None = _in_words(state.question, chosen.replace("_", " "))  # "rarely" to effort: no
        else:
            value = chosen
    elif event.value and event.kind in (Ev.ANSWER, Ev.NOMATCH, Ev.YES, Ev.NO, Ev.HELP):
        value = _in_words(state.question, event.value)  # the person's words, as said
        if value is None and event.kind in (Ev.YES, Ev.NO):
            value = event.kind.value
    elif event.kind in (Ev.YES, Ev.NO):
        value = event.kind.value
    else:
        return None
    return _fit(state.question, value) if value else None


def _not_understood(state: ReflectionState) -> Step[ReflectionState]:
    """Better, not louder: a short re-ask with an example, then two concrete choices, then the skip
    offer. The re-ask is the question itself, so the apology is never said twice in a row."""
    retries = state.retries + 1
    if retries > MAX_RETRIES:
        return _asking(replace(state, step=RStep.OFFER_SKIP, retries=0))
    state = replace(state, retries=retries)
    return Step(state, ask=Line("reflection/retry", {"q": state.question, "attempt": retries}), free_text=True)


# -- the machine -------------------------------------------------------------------------------
def next_state(state: ReflectionState, event: Event) -> Step[ReflectionState]:
    kind = event.kind
    if kind == Ev.START:
        fresh = ReflectionState(previous=dict(state.previous), previous_on=state.previous_on,
                                previous_feelings=dict(state.previous_feelings))
        return _asking(fresh, Line("reflection/intro", {"returning": bool(state.previous)}))
    if kind == Ev.START_OVER:
        fresh = ReflectionState(previous=dict(state.previous), previous_on=state.previous_on,
                                previous_feelings=dict(state.previous_feelings))
        return _asking(fresh, Line("reflection/start_over"))
    if kind == Ev.PAUSE:
        return Step(state, say=(Line("reflection/paused"),), paused=True)
    if kind == Ev.RESUME:
        welcome = Line("reflection/resumed", {"number": state.index + 1, "at_end": state.step == RStep.KEEP})
        return _closing(state, welcome) if state.step == RStep.KEEP else _asking(state, welcome)
    if kind == Ev.REPEAT and state.step == RStep.KEEP:
        return _closing(state)
    if kind in (Ev.REPEAT, Ev.WHAT_QUESTION):  # repeat says it the same way; "what was it?" plainly
        return _asking(state, again=kind == Ev.WHAT_QUESTION)
    if kind == Ev.HELP and state.step == RStep.ASK and _answer(state, event) is not None:
        return _on_question(state, event)  # "I'm not sure" is an answer to the last question
    if kind == Ev.HELP:
        topic = state.question if state.step in (RStep.ASK, RStep.OFFER_SKIP) else state.step.value
        return _asking(state, Line(f"reflection/help_{topic}")).asking_again()  # help explains; then short
    if kind == Ev.BACK:
        return _back(state)
    if kind in (Ev.SAVED, Ev.SAVE_FAILED, Ev.SAVE_REFUSED, Ev.NOTES_OFF):
        return _saved(state, kind)
    return {
        RStep.ASK: _on_question,
        RStep.WORDS: _on_words,
        RStep.OFFER_SKIP: _on_offer_skip,
        RStep.KEEP: _on_keep,
    }[state.step](state, event)


def _back(state: ReflectionState) -> Step[ReflectionState]:
    if state.step in (RStep.WORDS, RStep.OFFER_SKIP):
        return _asking(replace(state, step=RStep.ASK, retries=0), Line("reflection/back"))
    if state.step == RStep.KEEP:
        return _asking(replace(state, step=RStep.ASK, index=len(QUESTIONS) - 1, retries=0), Line("reflection/back"))
    if state.index == 0:
        return _asking(state, Line("reflection/first_question"))
    return _asking(replace(state, index=state.index - 1, retries=0), Line("reflection/back"))


def _on_question(state: ReflectionState, event: Event) -> Step[ReflectionState]:
    answer = _answer(state, event)
    if event.kind == Ev.SKIP and answer is None:
        answers = {k: v for k, v in state.answers.items() if k != state.question}
        return _advance(replace(state, answers=answers), Line("reflection/skipped"))
    moved = hearing.trend(event.value) if event.value and event.kind != Ev.CHOICE else None
    if moved is not None:
        state = replace(state, feelings={**state.feelings, state.question: moved})
    if answer is None:
        if moved is not None:  # "it's getting worse": heard and kept; now the answer itself, plainly
            return Step(state, say=(Line("reflection/heard_trend", {"trend": moved, "q": state.question}),),
                        ask=_question(state, again=True), free_text=True)
        return _not_understood(state)
    answers = {**state.answers, state.question: answer}
    state = replace(state, answers=answers, step=RStep.WORDS, retries=0)
    return _asking(state, Line("reflection/ack", {"q": state.question, "answer": answer, "trend": moved}))


def _on_words(state: ReflectionState, event: Event) -> Step[ReflectionState]:
    if event.kind == Ev.ANSWER and event.value and event.value.strip():
        words = {**state.words, state.question: event.value.strip()}
        return _advance(replace(state, words=words), Line("reflection/words_thanks"))
    if event.kind in (Ev.SKIP, Ev.NO):
        return _advance(state)
    if event.kind == Ev.YES:
        return Step(state, ask=Line("reflection/go_ahead"), free_text=True)
    retries = state.retries + 1
    if retries > MAX_RETRIES:
        return _advance(state, Line("reflection/moving_on"))
    return _asking(replace(state, retries=retries), Line("reflection/words_again"))


def _on_offer_skip(state: ReflectionState, event: Event) -> Step[ReflectionState]:
    if event.kind in (Ev.YES, Ev.SKIP):
        return _on_question(replace(state, step=RStep.ASK), Event(Ev.SKIP))
    if event.kind == Ev.NO:
        return _asking(replace(state, step=RStep.ASK, retries=0), Line("reflection/try_again"))
    # An answer to the question itself still counts.
    answer = _answer(replace(state, step=RStep.ASK), event)
    if answer is not None:
        return _on_question(replace(state, step=RStep.ASK), event)
    retries = state.retries + 1
    if retries > MAX_RETRIES:  # never an endless yes-or-no: leave this question and go on, kindly
        return _on_question(replace(state, step=RStep.ASK), Event(Ev.SKIP))
    return Step(replace(state, retries=retries), ask=Line("reflection/retry_yes_no", {"attempt": retries, "ask": "skip"}))


def _on_keep(state: ReflectionState, event: Event) -> Step[ReflectionState]:
    if event.kind == Ev.YES:
        words = {} if state.short else state.words
        text = note_text(state.answers, words, state.feelings)
        if len(text) > MAX_NOTE_CHARS:  # too long with the person's words: offer just the answers
            return _asking(replace(state, short=True, retries=0), Line("reflection/too_long"))
        data = {"v": ReflectionState.VERSION, "answers": dict(state.answers), "feelings": dict(state.feelings)}
        return Step(state, save=SaveNote("reflection", text, data))
    if event.kind in (Ev.NO, Ev.SKIP):
        return Step(state, say=(Line("reflection/not_kept"),), finished=True)
    retries = state.retries + 1
    if retries > MAX_RETRIES:
        return Step(state, say=(Line("reflection/not_kept"),), finished=True)
    return Step(replace(state, retries=retries), ask=Line("reflection/retry_yes_no", {"attempt": retries, "ask": "keep"}))


def _saved(state: ReflectionState, kind: Ev) -> Step[ReflectionState]:
    if kind == Ev.SAVED:
        return Step(state, say=(Line("reflection/kept", {"short": state.short}),), finished=True)
    if kind == Ev.SAVE_FAILED:
        return _asking(replace(state, retries=0), Line("reflection/save_failed"))
    if kind == Ev.NOTES_OFF:
        return Step(state, say=(Line("reflection/notes_off"),), finished=True)
    return Step(state, say=(Line("reflection/not_kept_refused"),), finished=True)

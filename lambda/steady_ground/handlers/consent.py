"""The consent protocol every save uses: the answers to "may I keep notes?" and to "try saving
that again?". The note waits in ``SessionState.parked``; once its outcome is known, a note parked by
an exercise goes back to that exercise, and a free note is answered by the notes room."""

from __future__ import annotations

from steady_ground import notes
from steady_ground.acts.consent import ask_consent
from steady_ground.acts.replies import anything_else
from steady_ground.dispatch import Answer
from steady_ground.exercises.catalog import named
from steady_ground.exercises.runtime import continue_after_save
from steady_ground.handlers import asides
from steady_ground.handlers.notes import RE_ASK, YES_NO, after_keep, ask_retry
from steady_ground.session import Consent, Parked, RetryNote
from steady_ground.turn import Turn


def answer_consent(turn: Turn, question: Consent) -> None:
    if turn.intent_name in RE_ASK:
        ask_consent(turn)
        return
    held = notes.parked(turn)
    if turn.intent_name == "AMAZON.YesIntent":
        outcome = notes.keep_parked(turn, held) if notes.give_consent(turn) and held else notes.Outcome.FAILED
        if held is None:
            anything_else(turn)
            return
        turn.say("notes/consent_thanks")
        answer_parked(turn, held, outcome)
        return
    notes.turn_off(turn)
    turn.say("notes/not_kept")
    inside = asides.parked_for(turn, held.back) if held is not None else None
    if inside is not None:  # a note asked for inside an exercise: nothing kept, back to its step
        asides.declined(turn, inside)
        return
    if held is not None and held.exercise is not None:
        _continue_exercise(turn, held.exercise, notes.Outcome.OFF)
        return
    anything_else(turn)


def answer_privacy(turn: Turn, question: Consent) -> None:
    """ "Can my husband hear these?" asked at the consent question: who could hear them, then the
    question again, short; the note still waits for the answer (wave 15)."""
    turn.open_question(question)
    turn.ask("privacy/consent_again", recognized=turn.owner.recognized)


def answer_retry(turn: Turn, question: RetryNote) -> None:
    if turn.intent_name in RE_ASK:
        ask_retry(turn)
        return
    held = notes.parked(turn)
    if turn.intent_name == "AMAZON.YesIntent" and held is not None:
        answer_parked(turn, held, notes.keep_parked(turn, held), retried=True)
        return
    turn.state.parked = None
    turn.say("notes/not_kept_ok")
    anything_else(turn)


def answer_parked(turn: Turn, held: Parked, outcome: notes.Outcome, *, retried: bool = False) -> None:
    inside = asides.parked_for(turn, held.back)
    if inside is not None:
        asides.settle(turn, inside, outcome, held.text)
        return
    if held.exercise is not None:
        turn.state.parked = None
        _continue_exercise(turn, held.exercise, outcome)
        return
    after_keep(turn, outcome, held.text, retried=retried)


def _continue_exercise(turn: Turn, name: str, outcome: notes.Outcome) -> None:
    spec = named(name)
    if spec is None:
        anything_else(turn)
        return
    continue_after_save(turn, spec, outcome)


ANSWERS = (
    Answer(Consent, frozenset({*YES_NO, *RE_ASK}), answer_consent),
    Answer(Consent, frozenset({"PrivacyInfoIntent"}), answer_privacy),
    Answer(RetryNote, frozenset({*YES_NO, *RE_ASK}), answer_retry),
)

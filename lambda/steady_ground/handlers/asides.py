"""A note asked for inside an exercise: taken, then back to the step the person was on.

"Add a note that I want to bring up money on Sunday", said during the boundary exercise, the check-in,
the reflection or the talk plan (as the notes intent, or as the words of a free-text step:
``hearing.note_words``), is a request for a note. It is kept the way every note is (``notes.keep``:
safety first, consent first, "saved" only after a write), and the same reply asks that step's question
again in its short form (``runtime.back_to_step``). "Add a note" alone asks what it should say first;
``state.aside`` names the exercise while that prompt waits. Nothing of the exercise changes on the way:
its answers and place stay in the session and in storage, so a SessionEndedRequest at any point loses
nothing.

Whose note: the speaker's. A session state belongs to one owner (``session.for_owner``): another voice
between turns gets a state of its own, so its note is its own (after its own consent) and it is never
told this place. Words of danger in the note get the safety answer with the exercise's place kept; they
are kept only on the person's yes (``handlers/safety.py``).

This module imports no other handler: ``handlers/notes.py``, ``handlers/consent.py`` and
``handlers/detours.py`` call it.
"""

from __future__ import annotations

from steady_ground import notes, safety
from steady_ground.acts.capture import CAPTURE_INTENT, CAPTURE_SLOT, NOTE_MODE, ask_for_text
from steady_ground.acts.consent import ask_consent
from steady_ground.acts.safety import answer, hold
from steady_ground.conversation import hearing
from steady_ground.conversation.hearing import Heard
from steady_ground.conversation.machine import Line
from steady_ground.exercises import catalog
from steady_ground.exercises.runtime import AnySpec, back_to_step
from steady_ground.session import MENU
from steady_ground.storage.repository import MAX_NOTE_CHARS, NoteKind
from steady_ground.turn import Turn

PROMPT = "notes/aside_prompt"

# What the person hears about the note before the step's question comes again.
SETTLED: dict[notes.Outcome, str] = {
    notes.Outcome.SAVED: "notes/aside_saved",
    notes.Outcome.FAILED: "notes/aside_not_saved",
    notes.Outcome.TOO_LONG: "notes/aside_too_long",
    notes.Outcome.OFF: "notes/not_kept",
}


def exercise_here(turn: Turn) -> AnySpec | None:
    """The exercise the person is inside: its room is where they are, and its place is kept."""
    spec = catalog.named(turn.mode)
    if spec is None or not isinstance(turn.state.exercises.get(spec.name), dict):
        return None
    return spec


def waiting(turn: Turn) -> AnySpec | None:
    """The exercise the note prompt was asked from, while that prompt waits (and its place is kept)."""
    if turn.mode != NOTE_MODE or not turn.state.aside:
        return None
    spec = catalog.named(turn.state.aside)
    if spec is None or not isinstance(turn.state.exercises.get(spec.name), dict):
        return None
    return spec


def ask_words(turn: Turn, spec: AnySpec) -> None:
    """What should the note say? Captured whole; the exercise's place waits."""
    turn.state.aside = spec.name
    ask_for_text(turn, PROMPT, NOTE_MODE)


def take(turn: Turn, spec: AnySpec, text: str | None) -> None:
    """Keep the note (or ask for its words), then go back to the step."""
    turn.state.aside = None
    said = (text or "").strip()
    if not said:
        ask_words(turn, spec)
        return
    turn.mode = spec.name  # while the note is settled, the person is in the exercise (the safety answer goes back there)
    found = safety.screen(said, turn.locale)
    if found is not None:  # not saved silently, not dropped silently: the safety answer offers to keep it
        answer(turn, found, hold(turn, said))
        return
    if len(said) > MAX_NOTE_CHARS:
        settle(turn, spec, notes.Outcome.TOO_LONG, said)
        return
    outcome = notes.keep(turn, NoteKind.FREE, said)
    if outcome in (notes.Outcome.NEEDS_CONSENT, notes.Outcome.OFF):
        notes.park(turn, NoteKind.FREE, said, back=spec.name)
        ask_consent(turn)  # handlers/consent.py answers, then ``settle`` or ``declined``
        return
    settle(turn, spec, outcome, said)


def settle(turn: Turn, spec: AnySpec, outcome: notes.Outcome, text: str) -> None:
    """Say what happened to the note, then the step's question again."""
    turn.state.parked = None
    turn.mode = spec.name
    if outcome is notes.Outcome.CRISIS:
        answer(turn, safety.screen(text, turn.locale) or safety.Screening("unclear", safety.CLEAR), hold(turn, text))
        return
    back_to_step(turn, spec, Line(SETTLED.get(outcome, "notes/aside_not_saved")))


def declined(turn: Turn, spec: AnySpec) -> None:
    """No to keeping notes (already said so): nothing is kept, and the step's question again."""
    turn.state.parked = None
    back_to_step(turn, spec)


def parked_for(turn: Turn, name: str | None) -> AnySpec | None:
    """The exercise a parked note was asked for inside, if its place is still kept."""
    spec = catalog.named(name) if name else None
    if spec is None or not isinstance(turn.state.exercises.get(spec.name), dict):
        return None
    return spec


def answer_prompt(turn: Turn, spec: AnySpec, steered: Heard | None = None) -> None:
    """The note prompt asked from inside an exercise, answered: the words are the note; a non-answer is
    answered as what it is and never kept; "no" or "skip" (as words or as ``steered``, the intent Alexa
    heard) goes back to the step with nothing kept."""
    turn.state.aside = None
    if turn.intent_name == "AMAZON.HelpIntent":
        turn.say("notes/aside_help")
        ask_words(turn, spec)
        return
    text = (turn.slot(CAPTURE_SLOT).raw or "") if turn.intent_name == CAPTURE_INTENT else ""
    if steered is None and not text:  # the words came without them
        if turn.returned:  # (another voice spoke in between): asked again, captured whole
            turn.say("exercise/missed_words")
        ask_words(turn, spec)
        return
    heard = steered or hearing.heard(text)
    if heard is Heard.REQUEST:
        _request(turn, spec, text)
    elif heard is Heard.FILLER:
        turn.say("exercise/no_rush")
        ask_words(turn, spec)
    elif heard in (Heard.WHAT, Heard.REPEAT):
        turn.echo()
        ask_words(turn, spec)
    elif heard in (Heard.EXAMPLE, Heard.HELP, Heard.OPTIONS):
        turn.say("notes/aside_help")
        ask_words(turn, spec)
    elif heard in (Heard.CHANGED_MIND, Heard.NO, Heard.SKIP, Heard.BACK):
        turn.mode = spec.name
        back_to_step(turn, spec, Line("notes/not_kept_ok"))
    elif heard in (Heard.INTERRUPT, Heard.PAUSE):  # stop at once; the exercise's place is kept
        turn.mode = MENU
        turn.end("exercise/interrupted")
    else:
        take(turn, spec, text)


def _request(turn: Turn, spec: AnySpec, text: str) -> None:
    words = hearing.note_words(text)
    if words:  # "add a note that ...": those words are the note
        take(turn, spec, words)
    elif words == "":  # "add a note", again: one is open already
        turn.say("notes/already_adding")
        ask_words(turn, spec)
    else:  # another request: not kept, nothing done unasked, back to the step
        turn.mode = spec.name
        back_to_step(turn, spec, Line("exercise/request_heard", {"how": hearing.asked_how(hearing.request_for(text))}))

"""The session's schema: one typed, versioned ``SessionState``, loaded and dumped once per turn.

Pure: no SDK imports. It lives in the session attributes under ``sg`` as plain JSON (the exercise
machines' dump/load round trip). Anything that does not load (an older version, garbage, a missing
key) loads as a fresh state: a session never crashes on what Alexa hands back.

Every pending thing (the open question, the parked note, the reading cursor, Repeat, the cached
profile and settings, the exercise answers) lives in one state that names its ``owner`` (the HMAC
partition key, never a raw id). ``for_owner`` is the one place a turn's speaker is matched to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, ClassVar

from steady_ground.conversation.machine import dump

MENU = "menu"
HELD_OWNERS = 2  # other speakers' places kept aside in one session


# -- the open question: a tagged union, each kind with its own data -----------------------------
@dataclass(frozen=True)
class Safety:
    """After the resources: carry on, hear them again, or stop."""

    KIND: ClassVar[str] = "safety"


@dataclass(frozen=True)
class SafetyCheck:
    """Possible danger: "Are you safe right now?" (the answer captured whole)."""

    KIND: ClassVar[str] = "safety_check"


@dataclass(frozen=True)
class SafetyKeep:
    """After the safety answer: keep the words that brought it (``unkept``) as a note?"""

    KIND: ClassVar[str] = "safety_keep"


@dataclass(frozen=True)
class HelpNow:
    """A bare "I need help": the numbers given, would you like the skill's help?"""

    KIND: ClassVar[str] = "safety_help"


@dataclass(frozen=True)
class OwnWords:
    """Two misunderstandings in a row at the menu: in your own words, what's on your mind?"""

    KIND: ClassVar[str] = "own_words"


@dataclass(frozen=True)
class Consent:
    """May I keep notes? (The note waits in ``parked``.)"""

    KIND: ClassVar[str] = "consent"


@dataclass(frozen=True)
class RetryNote:
    """A save failed: try once more? (The note waits in ``parked``.)"""

    KIND: ClassVar[str] = "retry_note"


@dataclass(frozen=True)
class DeleteAll:
    KIND: ClassVar[str] = "delete_all"


@dataclass(frozen=True)
class StopNotes:
    KIND: ClassVar[str] = "stop_notes"


@dataclass(frozen=True)
class Resume:
    """Pick up ``exercise`` where you left off?"""

    KIND: ClassVar[str] = "resume"
    exercise: str


@dataclass(frozen=True)
class FreshStart:
    """Declined to resume ``exercise``: start it fresh instead?"""

    KIND: ClassVar[str] = "fresh"
    exercise: str


@dataclass(frozen=True)
class Suggestion:
    """Not sure where to start: shall I open ``topic``?"""

    KIND: ClassVar[str] = "suggest"
    topic: str


@dataclass(frozen=True)
class ReminderSet:
    """Set a daily reminder at this time?"""

    KIND: ClassVar[str] = "reminder_set"
    hour: int
    minute: int


@dataclass(frozen=True)
class ReminderTime:
    """What time would you like the reminder? (Asked when no time was heard.)"""

    KIND: ClassVar[str] = "reminder_time"


@dataclass(frozen=True)
class ReminderHour:
    """A bare hour was said for the reminder ("seven"): in the morning or the evening?"""

    KIND: ClassVar[str] = "reminder_hour"
    hour: int


@dataclass(frozen=True)
class ReminderCancel:
    KIND: ClassVar[str] = "reminder_cancel"


@dataclass(frozen=True)
class ReminderOffer:
    """The check-in is done: would you like a daily reminder? (Reminders answer it.)"""

    KIND: ClassVar[str] = "reminder_offer"


# The hours said bare that could be morning or evening ("seven"): asked about, never guessed.
BARE_HOURS = range(1, 12)


# -- the privacy code's questions (handlers/privacy.py answers them) ---------------------------
@dataclass(frozen=True)
class CodeNew:
    """What four digits would you like as your code?"""

    KIND: ClassVar[str] = "code_new"


@dataclass(frozen=True)
class CodeConfirm:
    """The same four digits again? Holds only the peppered hash and salt of the first, never digits."""

    KIND: ClassVar[str] = "code_confirm"
    digest: str
    salt: str


@dataclass(frozen=True)
class CodeMismatch:
    """The two didn't match: try again?"""

    KIND: ClassVar[str] = "code_mismatch"


@dataclass(frozen=True)
class CodeGive:
    """What's the code? ``then`` names what it opens next (handlers/replays.py)."""

    KIND: ClassVar[str] = "code_give"
    then: str = ""


@dataclass(frozen=True)
class CodeRetry:
    """That wasn't the code: try once more?"""

    KIND: ClassVar[str] = "code_retry"
    then: str = ""


@dataclass(frozen=True)
class ForgetCode:
    """Delete everything kept under the code and start fresh?"""

    KIND: ClassVar[str] = "forget_code"


@dataclass(frozen=True)
class CardAsk:
    """Anyone with the Alexa app can see this card: send it? ``then`` names the card."""

    KIND: ClassVar[str] = "card_ask"
    then: str = ""


@dataclass(frozen=True)
class TalkTimerSet:
    """Start a talk timer of this length (ISO-8601, e.g. PT20M)?"""

    KIND: ClassVar[str] = "talk_timer_set"
    length: str


@dataclass(frozen=True)
class TalkTimerOffer:
    """No talk timer is running: would you like one?"""

    KIND: ClassVar[str] = "talk_timer_offer"


@dataclass(frozen=True)
class TalkFollowUp:
    """A day after a kept plan: how did the talk go? (``tries``: answers not understood so far.)"""

    KIND: ClassVar[str] = "talk_followup"
    tries: int = 0


Question = (
    Safety | SafetyCheck | SafetyKeep | HelpNow | OwnWords | Consent | RetryNote | DeleteAll | StopNotes | Resume | FreshStart | Suggestion
    | ReminderSet | ReminderTime | ReminderHour | ReminderCancel | ReminderOffer | TalkTimerSet | TalkTimerOffer | TalkFollowUp
    | CodeNew | CodeConfirm | CodeMismatch | CodeGive | CodeRetry | ForgetCode | CardAsk
)
# The safety answer's questions: nothing personal in them, so they carry over to whoever speaks next
# (``carried``). Every other question answers only the speaker it was asked of.
CARRIED: frozenset[str] = frozenset({Safety.KIND, SafetyCheck.KIND, HelpNow.KIND})
QUESTION_TYPES: tuple[type[Question], ...] = (
    Safety, SafetyCheck, SafetyKeep, HelpNow, OwnWords, Consent, RetryNote, DeleteAll, StopNotes, Resume, FreshStart, Suggestion,
    ReminderSet, ReminderTime, ReminderHour, ReminderCancel, ReminderOffer, TalkTimerSet, TalkTimerOffer, TalkFollowUp,
    CodeNew, CodeConfirm, CodeMismatch, CodeGive, CodeRetry, ForgetCode, CardAsk,
)
BY_KIND: dict[str, type[Question]] = {t.KIND: t for t in QUESTION_TYPES}
FIELD_TYPES: dict[str, type] = {"str": str, "int": int}


def dump_question(question: Question) -> dict[str, Any]:
    return {"kind": question.KIND, **dump(question)}


def load_question(data: Any) -> Question | None:
    if not isinstance(data, dict) or data.get("kind") not in BY_KIND:
        return None
    cls = BY_KIND[data["kind"]]
    values = {k: v for k, v in data.items() if k != "kind"}
    expected = {f.name: FIELD_TYPES.get(str(f.type)) for f in fields(cls)}
    if values.keys() != expected.keys() or any(type(v) is not expected[k] for k, v in values.items()):
        return None  # JSON from the wire: every field present, of its own type (a bool is no int)
    question = cls(**values)
    if isinstance(question, ReminderSet) and not (0 <= question.hour <= 23 and 0 <= question.minute <= 59):
        return None
    if isinstance(question, ReminderHour) and question.hour not in BARE_HOURS:
        return None
    if isinstance(question, TalkFollowUp) and question.tries < 0:
        return None
    return question


# -- the other parts of a session ------------------------------------------------------------------
@dataclass
class Cache:
    """The owner's profile (settings inside) and saved progress: one Query a session."""

    profile: dict[str, Any] = field(default_factory=dict)
    progress: dict[str, Any] = field(default_factory=dict)
    exists: bool = False


@dataclass(frozen=True)
class Said:
    """The last question asked, for Repeat: what was said as template keys and their parameters
    (``{"k", "b", "p"}`` a line, ``{"s"}`` for a line that could only be kept as text) and the
    question's key and parameters for the reprompt. Repeat renders them again, with the same
    variation: the speech is never kept twice."""

    lines: list[dict[str, Any]]
    reprompt: dict[str, Any]
    listed: str | None = None  # the list the question named (steady_ground.lists): "the second one" picks from it


@dataclass(frozen=True)
class Parked:
    """A note waiting in the session (for consent or a retry), with the identity of the request
    that first heard it, so the eventual write is the same item."""

    kind: str
    text: str
    data: dict[str, Any]
    key: str
    at: str  # ISO time of the request that heard it
    exercise: str | None = None  # the exercise to go on with once the save's outcome is known
    screened: bool = False  # words of danger the person chose to keep after the safety answer
    back: str | None = None  # a note asked for inside this exercise: back to its question once it is settled


@dataclass
class SessionState:
    """Everything the skill keeps between turns of one session, for one owner."""

    VERSION: ClassVar[int] = 1
    version: int = 1
    owner: str | None = None  # the partition key (HMAC) of the speaker this state belongs to
    mode: str = MENU
    question: Question | None = None
    cache: Cache | None = None
    last: Said | None = None
    parked: Parked | None = None
    exercises: dict[str, Any] = field(default_factory=dict)  # name -> that machine's dumped state
    notes_cursor: str | None = None
    notes_from: str | None = None  # the cursor the page just read started from (None: the first page), for Repeat
    notes_off: bool = False  # said no to keeping notes: store nothing more this session
    warned: bool = False  # the shared-device warning was given this session
    unlocked: bool = False  # the privacy code was given in this session, by this state's owner
    code_set: bool | None = None  # is a privacy code set for this owner? (None: not read yet)
    cards_ok: bool = False  # said yes to cards in the Alexa app this session
    time_zone: str | None = None  # the device's, from the Settings API
    zone_failed: bool = False  # the Settings API failed for the zone: no safety turn waits on it again
    topic: str | None = None  # guidance: the topic, the parts told, the menu's page
    part: int = 0
    menu_page: int = 0
    held: dict[str, Any] = field(default_factory=dict)  # owner -> that owner's dumped place
    unkept: dict[str, Any] = field(default_factory=dict)  # words that brought the safety answer: text, key, at
    misses: int = 0  # FallbackIntents in a row at the menu
    aside: str | None = None  # the exercise the note prompt was asked from: back to its question after the note

    def dump(self) -> dict[str, Any]:
        """Plain JSON for the session attributes (nested dicts are already plain: shared, not copied)."""
        out: dict[str, Any] = {"version": self.VERSION, "mode": self.mode}
        if self.owner is not None:
            out["owner"] = self.owner
        if self.question is not None:
            out["question"] = dump_question(self.question)
        if self.cache is not None:
            out["cache"] = {"profile": self.cache.profile, "progress": self.cache.progress, "exists": self.cache.exists}
        if self.last is not None:
            out["last"] = {"lines": self.last.lines, "reprompt": self.last.reprompt}
            if self.last.listed is not None:
                out["last"]["listed"] = self.last.listed
        if self.parked is not None:
            p = self.parked
            out["parked"] = {"kind": p.kind, "text": p.text, "data": p.data, "key": p.key, "at": p.at,
                             "exercise": p.exercise}
            if p.screened:
                out["parked"]["screened"] = True
            if p.back is not None:
                out["parked"]["back"] = p.back
        for name in OPTIONAL:
            value = getattr(self, name)
            if value:
                out[name] = value
        if self.code_set is not None:  # False is worth keeping: no second read this session
            out["code_set"] = self.code_set
        return out


# Fields dumped only when set, and the type each must have when loaded.
OPTIONAL: dict[str, type] = {
    "exercises": dict, "notes_cursor": str, "notes_from": str, "notes_off": bool, "warned": bool, "time_zone": str, "zone_failed": bool, "topic": str,
    "part": int, "menu_page": int, "held": dict, "unkept": dict, "misses": int, "unlocked": bool, "cards_ok": bool,
    "aside": str,
}


def fresh(owner: str | None = None) -> SessionState:
    return SessionState(owner=owner)


def load_state(data: Any) -> SessionState:
    """The state in ``data``, or a fresh one for anything that doesn't fit (never raises)."""
    if not isinstance(data, dict) or data.get("version") != SessionState.VERSION:
        return fresh()
    try:
        return _load(data)
    except (TypeError, ValueError, KeyError, AttributeError):
        return fresh()


def _load(data: dict[str, Any]) -> SessionState:
    owner, mode = data.get("owner"), data.get("mode", MENU)
    if not (owner is None or isinstance(owner, str)) or not isinstance(mode, str):
        raise TypeError("owner or mode")
    state = SessionState(owner=owner, mode=mode)
    if "question" in data:
        state.question = load_question(data["question"])
    cache = data.get("cache")
    if cache is not None:
        profile, progress, exists = cache["profile"], cache["progress"], cache["exists"]
        if not (isinstance(profile, dict) and isinstance(progress, dict) and isinstance(exists, bool)):
            raise TypeError("cache")
        state.cache = Cache(profile, progress, exists)
    last = data.get("last")
    if isinstance(last, dict):  # anything else (an older version's record) is just not repeatable
        lines, reprompt, listed = last.get("lines"), last.get("reprompt"), last.get("listed")
        if (isinstance(lines, list) and all(isinstance(line, dict) for line in lines)
                and isinstance(reprompt, dict) and isinstance(reprompt.get("k"), str)
                and (listed is None or isinstance(listed, str))):
            state.last = Said(lines, reprompt, listed)
    parked = data.get("parked")
    if parked is not None:
        texts = [parked[k] for k in ("kind", "text", "key", "at")]
        exercise, extra, screened = parked.get("exercise"), parked["data"], parked.get("screened", False)
        back = parked.get("back")
        if not (all(isinstance(t, str) for t in texts) and isinstance(extra, dict)
                and all(v is None or isinstance(v, str) for v in (exercise, back)) and isinstance(screened, bool)):
            raise TypeError("parked")
        state.parked = Parked(texts[0], texts[1], extra, texts[2], texts[3], exercise, screened, back)
    for name, kind in OPTIONAL.items():
        value = data.get(name)
        if value is None:
            continue
        if type(value) is not kind:  # exact: a bool is no int
            raise TypeError(name)
        if isinstance(value, int) and value < 0:
            raise ValueError(name)
        setattr(state, name, value)
    code_set = data.get("code_set")
    if code_set is not None:
        if not isinstance(code_set, bool):
            raise TypeError("code_set")
        state.code_set = code_set
    return state


def for_owner(state: SessionState, owner: str) -> tuple[SessionState, bool]:
    """The state this turn's speaker gets, and whether they walked into someone else's place.

    A state belongs to the owner who started it. When someone else speaks, the other place is held,
    untouched and unsaved, until its owner speaks again, and the speaker gets the place they had
    earlier in this session (not switched: it is theirs) or a fresh one (switched: whatever they
    say answers nothing that was asked of someone else).
    """
    if state.owner is None:
        state.owner = owner
        return state, False
    if state.owner == owner:
        return state, False
    held = dict(state.held)
    previous = load_state(held.pop(owner, None))
    returning = previous.owner == owner
    mine = previous if returning else fresh(owner)
    # What the code opened is closed again: the next voice that isn't recognized may be anyone.
    held[state.owner] = replace(state, held={}, unlocked=False, cards_ok=False).dump()
    while len(held) > HELD_OWNERS:
        held.pop(next(iter(held)))
    mine.held = held
    asked = carried(state.question)
    if asked is not None:
        mine.question = asked
    return mine, not returning


def carried(question: Question | None) -> Question | None:
    """The question the next speaker answers whoever they are: the safety answer's.

    Alexa often hears a short "no" without the voice it recognized a moment before, so the answer to
    "are you safe right now?" or "carry on, or stop?" may come as another speaker's. Those questions
    hold nothing personal, so they carry over (a "no" still brings the numbers, never the menu); the
    words waiting to be kept do not: "keep them?" becomes "carry on, or stop?" for anyone else.
    """
    if question is not None and question.KIND in CARRIED:
        return question
    if isinstance(question, SafetyKeep):
        return Safety()
    return None

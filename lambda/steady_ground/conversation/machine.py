"""The shared machinery of every guided exercise.

An exercise is a dataclass state (with a step enum and a schema version) plus a pure function
``next_state(state, event) -> Step``. A Step names template keys to say and the question to ask;
it never holds finished sentences. Saving a note is an effect the room performs; the room then
feeds ``SAVED``, ``SAVE_FAILED`` or ``SAVE_REFUSED`` back, so "saved" is only ever said after the
write succeeded.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar


class Ev(str, enum.Enum):
    START = "start"
    ANSWER = "answer"  # free text in Event.value
    CHOICE = "choice"  # a resolved slot id in Event.value
    YES = "yes"
    NO = "no"
    SKIP = "skip"
    BACK = "back"
    START_OVER = "start_over"
    HELP = "help"
    REPEAT = "repeat"
    WHAT_QUESTION = "what_question"
    PAUSE = "pause"
    RESUME = "resume"
    NOMATCH = "nomatch"
    SAVED = "saved"
    SAVE_FAILED = "save_failed"
    SAVE_REFUSED = "save_refused"  # too long to keep whole: try it shorter
    NOTES_OFF = "notes_off"  # notes are off, or keeping them was just declined: nothing kept, nothing wrong
    # Non-answers the room answers itself, the same in every exercise (conversation/hearing.py).
    HESITATE = "hesitate"  # "um": no rush, then the question again
    INTERRUPT = "interrupt"  # "hold on", "no wait": stop now, place kept, a neutral goodbye
    DECISION = "decision"  # "should I leave?": the decision is theirs; then the question again
    REQUEST = "request"  # "delete all my notes" as the words: a try that didn't land, nothing kept


@dataclass(frozen=True)
class Event:
    kind: Ev
    value: str | None = None


@dataclass(frozen=True)
class Line:
    """A template key and the values it needs: what to say, never the words themselves."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def again(self) -> Line:
        """The same question in its short form: after help has explained it, or after an aside."""
        return Line(self.key, {**self.params, "again": True})


@dataclass(frozen=True)
class SaveNote:
    kind: str
    text: str
    data: Mapping[str, Any] = field(default_factory=dict)


S = TypeVar("S")


@dataclass(frozen=True)
class Step(Generic[S]):
    state: S
    say: tuple[Line, ...] = ()
    ask: Line | None = None  # the question; its template has a reprompt block
    free_text: bool = False  # the answer is free text, captured whole
    save: SaveNote | None = None
    finished: bool = False
    paused: bool = False

    def asking_again(self) -> Step[S]:
        """This step with its question in the short form (``Line.again``)."""
        return dataclasses.replace(self, ask=self.ask.again()) if self.ask is not None else self


class StateVersionError(ValueError):
    """A stored state from a version this code no longer understands."""


MAX_RETRIES = 2


# -- JSON round trip ---------------------------------------------------------------------------
def dump(state: Any) -> dict[str, Any]:
    """A state dataclass to plain JSON-able data (enums by value)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(state):
        out[f.name] = _plain(getattr(state, f.name))
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dump(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


T = TypeVar("T")


def load(cls: type[T], data: Any) -> T:
    """Rebuild a state; raise StateVersionError for anything of another version or shape."""
    if not isinstance(data, dict):
        raise StateVersionError("state is not an object")
    expected = getattr(cls, "VERSION", None)
    upgrade = getattr(cls, "upgrade", None)
    if data.get("version") != expected and callable(upgrade):  # an older version the state can carry on
        data = upgrade(dict(data))
    if data.get("version") != expected:
        raise StateVersionError(f"state version {data.get('version')!r}, expected {expected!r}")
    hints = _hints(cls)  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    try:
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _typed(hints[f.name], data[f.name])
        return cls(**kwargs)
    except (TypeError, ValueError, KeyError) as exc:
        raise StateVersionError(f"state does not fit {cls.__name__}") from exc


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """A state class's field types, resolved once (resolving them is most of a warm turn's work)."""
    return typing.get_type_hints(cls)


def _typed(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None:
            return None
        return _typed(args[0], value) if len(args) == 1 else value
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return load(hint, value) if hasattr(hint, "VERSION") else hint(**value)
    if origin in (list, tuple):
        (inner, *_) = typing.get_args(hint) or (Any,)
        items = [_typed(inner, v) for v in _require(value, list)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        return dict(_require(value, dict))
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("expected an int")
        return value
    if hint is str and not isinstance(value, str):
        raise TypeError("expected a string")
    if hint is bool and not isinstance(value, bool):
        raise TypeError("expected a bool")
    return value


def _require(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}")
    return value

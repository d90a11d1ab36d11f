"""The certification walk: every state we can reach, every intent of the model sent in each.

The walk starts at a first-visit launch and a returning launch, then sends every intent of the
interaction model (each custom slot value, an empty slot, an unmatched value, free text with
``&``, ``<`` and quotes) in every state reached so far, breadth first. New intents, slot values,
exercise modes and their steps are picked up from the model and the routing table as they land.

Every response is kept with the template keys it rendered (``Walk.replies``), so the speech checks
(word budgets, glued sentences, titles in their slots) and ``bench/speech_budget.py`` read the same
responses the certification checks do.
"""

from __future__ import annotations

import copy
import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tools import alexa

from steady_ground.exercises.catalog import BY_NAME
from steady_ground.render import Renderer
from steady_ground.session import SessionState, load_state
from tests.support.checks import assert_valid_response, spoken_text, ssml_of
from tests.support.ssml import problems

MODELS = Path(__file__).resolve().parents[2] / "interaction_models"
CLOCK = datetime(2026, 11, 27, 23, 0, 0, tzinfo=UTC)
MAX_STATES = 400  # a bound, not a target: the walk ends when no new state appears
FREE_TEXT = 'More quiet evenings & fewer <fights>, "please"'
BUILTIN_VALUES = {
    "AMAZON.SearchQuery": FREE_TEXT,
    "AMAZON.NUMBER": "3",
    "AMAZON.TIME": "19:30",
    "AMAZON.DATE": "2026-12-01",
    "AMAZON.DURATION": "PT10M",
    "AMAZON.FirstName": "anna",
}
TOP_HELP = "offers reflection, not therapy"  # the top-level Help's own words


def language_model(locale: str = "en-US") -> dict[str, Any]:
    path = MODELS / f"{locale}.json"
    found: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]
    return found


def requests_from_model(locale: str = "en-US") -> list[tuple[str, dict[str, Any]]]:
    """(label, request) for every intent: bare, and one slot at a time with each kind of value."""
    lm = language_model(locale)
    types = {t["name"]: t for t in lm.get("types", [])}
    out: list[tuple[str, dict[str, Any]]] = []
    for it in lm["intents"]:
        name = it["name"]
        slots = it.get("slots", [])
        empty = {s["name"]: alexa.slot(s["name"], None) for s in slots}
        out.append((name, alexa.intent(name, copy.deepcopy(empty))))
        for s in slots:
            variants: list[tuple[str, dict[str, Any]]] = []
            stype = s["type"]
            if stype in types:
                for v in types[stype]["values"]:
                    vid = v.get("id") or v["name"]["value"]
                    variants.append((vid, alexa.slot(s["name"], v["name"]["value"], resolved_id=vid,
                                                     resolved_name=v["name"]["value"], slot_type=stype)))
                variants.append(("nomatch", alexa.slot(s["name"], "purple monkeys", slot_type=stype)))
            else:
                variants.append(("value", alexa.slot(s["name"], BUILTIN_VALUES.get(stype, FREE_TEXT))))
            for label, value in variants:
                filled = copy.deepcopy(empty)
                filled[s["name"]] = value
                out.append((f"{name}[{s['name']}={label}]", alexa.intent(name, filled)))
    return out


def signature(attributes: dict[str, Any]) -> str:
    """What makes a state different for the person: mode, place, the kind of pending question, and
    each exercise's step. (Values typed along the way, like a reminder's time, are not new states.)"""
    state = state_of(attributes)
    question = state.question.KIND if state.question is not None else None
    key: dict[str, Any] = {"mode": state.mode, "question": question}
    if question:  # an open question: what matters is the question and the room behind it
        return json.dumps(key, sort_keys=True, default=str)
    if state.mode == "guidance":  # where in which topic matters only inside a topic
        key.update(topic=state.topic, part=state.part)
    if state.mode == "guidance_menu":
        key["page"] = state.menu_page
    exercise = state.exercises.get(state.mode)
    if isinstance(exercise, dict):  # inside an exercise: its step, which question, how many failed tries
        key.update({k: exercise.get(k) for k in ("step", "index", "retries", "offered") if k in exercise})
    return json.dumps(key, sort_keys=True, default=str)


def state_of(attributes: dict[str, Any] | None) -> SessionState:
    return load_state((attributes or {}).get("sg"))


@dataclass(frozen=True)
class Rendered:
    """One template block rendered for a response: its key, block and the values it was given."""

    key: str
    block: str
    params: dict[str, Any]


EXERCISE_MODES = frozenset(BY_NAME)  # every guided exercise: boundary, reflection, check-in, plan


class RecordingRenderer(Renderer):
    """The skill's one renderer, noting which template keys each response used (for the speech
    checks: a response is classified by the keys that built it). ``market``: every number spoken
    is that market's, as from an Echo whose time zone lies there (an en-AU Echo in New Zealand)."""

    def __init__(self, market: str | None = None) -> None:
        super().__init__()
        self.rendered: list[Rendered] = []
        self.market = market

    def block(self, locale: str | None, key: str, block: str = "speech", *,
              market: str | Callable[[], str] | None = None, **params: Any) -> str:
        self.rendered.append(Rendered(key, block, {k: v for k, v in params.items() if not k.startswith("_")}))
        return super().block(locale, key, block, market=self.market or market, **params)


@dataclass(frozen=True)
class WalkReply:
    """One response of the walk, as the speech checks read it."""

    where: str
    label: str
    rendered: tuple[Rendered, ...]
    ssml: str
    reprompt: str | None
    closed: bool

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.key for r in self.rendered))


@dataclass
class Walk:
    handler: Any
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    paths: dict[str, list[str]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    responses: int = 0
    modes: set[str] = field(default_factory=set)
    max_states: int = MAX_STATES
    renderer: RecordingRenderer | None = None
    locale: str = "en-US"
    replies: list[WalkReply] = field(default_factory=list)

    def send(self, device: alexa.Device, attributes: dict[str, Any] | None, request: dict[str, Any]) -> dict[str, Any]:
        session = alexa.Session(device=device, clock=CLOCK, new=attributes is None,
                                attributes=copy.deepcopy(attributes or {}))
        if self.renderer is not None:
            self.renderer.rendered.clear()
        raw: dict[str, Any] = self.handler(session.envelope(request), None)
        self.responses += 1
        return raw

    def keep(self, where: str, label: str, raw: dict[str, Any]) -> None:
        """Note a spoken response with the template keys that built it."""
        ssml = ssml_of(raw)
        if not ssml:
            return
        rendered = tuple(self.renderer.rendered) if self.renderer is not None else ()
        closed = (raw.get("response") or {}).get("shouldEndSession") is not False
        self.replies.append(WalkReply(where, label, rendered, ssml, ssml_of(raw, "reprompt"), closed))

    def paused_with_place_kept(self, mode: str) -> bool:
        """After its re-asks, an exercise may pause with the place kept rather than ask a third time."""
        keys = [r.key for r in self.renderer.rendered] if self.renderer is not None else []
        return mode in EXERCISE_MODES and any(k.split("/")[-1].startswith("paused") for k in keys)

    def check(self, where: str, label: str, attributes: dict[str, Any] | None, raw: dict[str, Any]) -> None:
        place = f"{where} <- {label}"
        self.keep(where, label, raw)
        try:
            assert_valid_response(raw)
        except AssertionError as exc:
            self.failures.append(f"{place}: {exc}")
            return
        response = raw["response"]
        for kind in ("outputSpeech", "reprompt"):
            ssml = ssml_of(raw, kind)
            if ssml:
                self.failures += [f"{place}: {p}" for p in problems(ssml)]
        said = spoken_text(ssml_of(raw) or "<speak></speak>")
        closed = response.get("shouldEndSession") is True
        intent = label.split("[")[0]
        state = state_of(attributes)
        mode = state.mode
        pending = state.question
        if closed and said.endswith("?"):
            self.failures.append(f"{place}: the session closes in the middle of a question: {said[-60:]!r}")
        if intent in ("AMAZON.StopIntent", "AMAZON.CancelIntent"):
            if not closed:
                self.failures.append(f"{place}: Stop/Cancel must end the session")
            if len(said) > 200:
                self.failures.append(f"{place}: the goodbye is long ({len(said)} chars)")
        if intent == "AMAZON.HelpIntent":
            if closed:
                self.failures.append(f"{place}: Help must keep the session open")
            elif mode != "menu" and not pending and TOP_HELP in said:
                self.failures.append(f"{place}: Help in mode {mode!r} gives the general help, not choices for here")
        if intent == "AMAZON.FallbackIntent" and closed and not self.paused_with_place_kept(mode):
            self.failures.append(f"{place}: Fallback must keep the session open")
        if intent == "AMAZON.FallbackIntent" and mode == "menu" and not pending and "guidance" not in said.lower():
            self.failures.append(f"{place}: Fallback in the menu must say what the skill can do")

    def visit(self, label: str, path: list[str], attributes: dict[str, Any]) -> bool:
        sig = signature(attributes)
        if sig in self.states or len(self.states) >= self.max_states:
            return False
        self.states[sig] = attributes
        self.paths[sig] = path
        self.modes.add(state_of(attributes).mode)
        return True

    def run(self) -> None:
        # Alexa's service APIs (settings, reminders) refuse at once here: the walk never waits on a network.
        device = alexa.Device(api_endpoint="http://127.0.0.1:9", locale=self.locale)
        queue: deque[str] = deque()
        for label in ("launch:first", "launch:returning"):
            raw = self.send(device, None, alexa.launch())
            self.check("start", label, None, raw)
            if raw["response"].get("shouldEndSession") is False:
                attrs = raw.get("sessionAttributes") or {}
                if self.visit(label, [label], attrs):
                    queue.append(signature(attrs))
        requests = requests_from_model(self.locale)
        while queue:
            sig = queue.popleft()
            attributes = self.states[sig]
            path = self.paths[sig]
            where = " > ".join(path)
            ended = self.send(device, attributes, alexa.session_ended())
            if "outputSpeech" in ended.get("response", {}):
                self.failures.append(f"{where} <- SessionEnded: nothing may be spoken")
            for label, request in requests:
                raw = self.send(device, attributes, copy.deepcopy(request))
                self.check(where, label, attributes, raw)
                if raw["response"].get("shouldEndSession") is False:
                    after = raw.get("sessionAttributes") or {}
                    if self.visit(label, [*path, label], after):
                        queue.append(signature(after))


def build_walk(*, raise_errors: bool = True, max_states: int | None = None, locale: str = "en-US",
               market: str | None = None) -> Walk:
    """Walk every reachable state with errors raised (a crash fails the walk), on the in-memory
    repository, recording what each response rendered."""
    from steady_ground.app import App
    from steady_ground.config import Settings
    from steady_ground.entry import make_handler
    from steady_ground.storage.memory import InMemoryNotesRepository

    renderer = RecordingRenderer(market)
    app = App(settings=Settings.from_env(), renderer=renderer, repo=InMemoryNotesRepository(), clock=lambda: CLOCK,
              raise_errors=raise_errors)
    w = Walk(make_handler(app), max_states=max_states or MAX_STATES, renderer=renderer, locale=locale)
    w.run()
    return w


_SHARED: dict[tuple[str, str | None], Walk] = {}


def shared_walk(locale: str = "en-US", market: str | None = None) -> Walk:
    """The whole walk of a locale (with a market's numbers, or its own), built once a process for
    every check that reads whole walks: the certification checks and the speech budgets each built
    the same walks (half a minute of CPU each on a busy machine). Read it; never change it. A walk
    with a planted fault, or bounded, is ``build_walk``'s own."""
    key = (locale, market)
    if key not in _SHARED:
        _SHARED[key] = build_walk(locale=locale, market=market)
    return _SHARED[key]


def walk_everything() -> Walk:
    return shared_walk()

"""The turn layer: one Turn per request, wrapping the SDK's handler input.

A Turn reads the request (locale, time, identity, slots), holds this speaker's ``SessionState``
(loaded once, in ``peek``; dumped once, in ``response``), renders speech through the one renderer,
and builds the response. It remembers the last question asked (as template keys and parameters)
so Repeat can say it again.
"""

from __future__ import annotations

import functools
import logging
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from steady_ground import alexa_api
from steady_ground.app import App
from steady_ground.identity import owner_for, request_key
from steady_ground.lists import LISTED_BY
from steady_ground.markets import abroad, market_for
from steady_ground.params import decode, encode
from steady_ground.session import Cache, Question, Said, SessionState, for_owner, fresh, load_state
from steady_ground.storage.errors import StorageError
from steady_ground.storage.repository import Bundle, Owner
from steady_ground.text import xml_safe

log = logging.getLogger("steady_ground")

STATE = "sg"  # our root key in session attributes
MAX_SPEECH_CHARS = 8000
# The longest a turn that speaks crisis numbers waits for the device's time zone (connect, then
# read), when the session doesn't know it yet: then the request's locale decides the numbers.
ZONE_WAIT = 0.8


@dataclass(frozen=True)
class Slot:
    """A slot as heard: the raw words, and the canonical id when entity resolution matched."""

    raw: str | None
    id: str | None

    @property
    def empty(self) -> bool:
        return not (self.raw or "").strip()


class Turn:
    """One request and the response being built for it."""

    def __init__(self, handler_input: HandlerInput) -> None:
        self.hi = handler_input
        app = handler_input.attributes_manager.request_attributes["app"]
        assert isinstance(app, App)
        self.app: App = app
        self.envelope = handler_input.request_envelope
        self.request = self.envelope.request
        self.locale: str = getattr(self.request, "locale", None) or self.app.settings.default_locale
        request_id = getattr(self.request, "request_id", None) or ""
        self.request_id: str = request_id
        self.seed = zlib.crc32(request_id.encode("utf-8"))
        routed = peek(handler_input)
        self.state: SessionState = routed.state
        self.switched: bool = routed.switched  # another speaker's place is held aside this turn
        self.returned: bool = routed.returned  # this speaker's own place came back from being held
        self._speech: list[str] = []
        self._echo = False  # "repeat": a question said again keeps its words (``_seed_for``)
        self._lines: list[dict[str, Any]] = []  # what was said, as keys and parameters (Repeat)
        self._asked: dict[str, Any] | None = None  # the question's key and parameters (its reprompt)
        self._reprompt: str | None = None
        self._card: tuple[str, str] | None = None
        self._end: bool | None = None
        self._directives: list[Any] = []
        self._listed: str | None = None
        self._market: str | None = None
        self._zone_asked = False  # the Settings API was asked this turn (once is enough)

    # -- request facts -------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return self.state.mode

    @mode.setter
    def mode(self, value: str) -> None:
        self.state.mode = value

    @property
    def question(self) -> Question | None:
        """The open question this turn may answer."""
        return self.state.question

    def open_question(self, question: Question | None) -> None:
        self.state.question = question

    def close_question(self) -> None:
        self.state.question = None

    @property
    def is_new_session(self) -> bool:
        session = self.envelope.session
        return bool(session is None or session.new)

    @property
    def now(self) -> datetime:
        """The request's own timestamp: the clock tests and the simulator can set."""
        stamp = getattr(self.request, "timestamp", None)
        if isinstance(stamp, datetime):
            return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
        return self.app.clock()

    def device_zone(self, wait: float | None = None) -> str | None:
        """The device's time zone name: from the session, else the Settings API (at most once a
        turn, within ``wait`` seconds; kept in the session); None when unknown (no token, no
        device id, an error, a zone we can't read, or an answer slower than ``wait``).

        A failure is kept in the session: after it, a short wait (``ZONE_WAIT``: the crisis numbers'
        market) asks no more this session, so no later safety turn waits on the API again; a longer
        one (a reminder, which can't be set without the zone) still asks."""
        cached = self.state.time_zone
        if cached or self._zone_asked:
            return cached
        if self.state.zone_failed and wait is not None and wait <= ZONE_WAIT:
            return None
        self._zone_asked = True
        api = alexa_api.for_request(self.envelope, wait)
        device = alexa_api.device_id(self.envelope)
        if api is None or device is None:
            return None
        try:
            zone = api.time_zone(device)
            ZoneInfo(zone)
        except (alexa_api.ApiError, ZoneInfoNotFoundError, ValueError) as exc:
            log.warning("time zone unknown: %s request=%s", type(exc).__name__, self.request_id)
            self.state.zone_failed = True
            return None
        self.state.time_zone = zone
        return zone

    @property
    def market(self) -> str:
        """Whose crisis numbers this turn speaks (``steady_ground.markets``): the device's country by
        its time zone, else the request's locale. Only the numbers follow it; every other word
        keeps the locale. Found once a turn, and only when a template speaks a number."""
        if self._market is None:
            self._market = market_for(self.locale, self.device_zone(ZONE_WAIT))
        return self._market

    @property
    def abroad(self) -> bool:
        """Is the Echo in a country we have no numbers for (``markets.abroad``)? Asks for the zone as
        ``market`` does: only a turn that speaks the numbers asks."""
        return abroad(self.device_zone(ZONE_WAIT))

    def _market_now(self) -> str:
        return self.market

    @property
    def intent_name(self) -> str | None:
        intent = getattr(self.request, "intent", None)
        return getattr(intent, "name", None)

    def slot(self, name: str) -> Slot:
        slot = slot_of(self.request, name)
        if slot is None:
            return Slot(None, None)
        raw = xml_safe(slot.value) if isinstance(slot.value, str) else None  # before it is kept or spoken
        return Slot(raw, _resolved_id(slot))

    @property
    def owner(self) -> Owner:
        """Who is speaking this turn (HMAC keys); the state belongs to them."""
        return peek(self.hi).owner

    @property
    def idempotency_key(self) -> str:
        return request_key(self.app.settings.id_hash_secret, self.request_id)

    def bundle(self) -> Bundle | None:
        """Profile and saved progress: read at most once a session, cached in the session.

        Returns None when storage is unavailable; callers go on without it.
        """
        cached = self.state.cache
        if cached is not None:
            return Bundle(profile=dict(cached.profile), progress=dict(cached.progress), exists=cached.exists)
        try:
            bundle = self.app.repo.load_bundle(self.owner, self.now)
        except StorageError as exc:
            log.warning("storage unavailable loading bundle: %s request=%s", type(exc).__name__, self.request_id)
            return None
        self.state.cache = Cache(profile=bundle.profile, progress=bundle.progress, exists=bundle.exists)
        return bundle

    def remember_profile(self, profile: dict[str, Any]) -> None:
        cached = self.state.cache or Cache()
        cached.profile = profile
        cached.exists = True
        self.state.cache = cached

    def forget_cache(self) -> None:
        """Everything this owner had is gone: the cache says so too."""
        self.state.cache = Cache()

    # -- speech --------------------------------------------------------------------------------
    def render(self, key: str, block: str = "speech", **params: Any) -> str:
        return self._render(key, block, params)

    def _render(self, key: str, block: str, params: dict[str, Any]) -> str:
        params.setdefault("_seed", self._seed_for(key))
        params.setdefault("_today", self.today())
        return self.app.renderer.block(self.locale, key, block, market=self._market_now, **params)

    def _line(self, key: str, block: str, params: dict[str, Any]) -> str:
        """Render and say one block, and remember it for Repeat as its key and parameters."""
        text = self._render(key, block, params)
        self._speech.append(text)
        try:
            self._lines.append({"k": key, "b": block, "p": encode(params)})
        except TypeError:  # a parameter JSON can't hold: this line is kept as it was said
            self._lines.append({"s": text})
        return text

    def _seed_for(self, key: str) -> int:
        """The request's seed, or, when the last question already said ``key`` (a re-ask, a step
        that can't be skipped, the same offer again), the seed after the one it used: every
        ``pick`` in the template then lands on a different phrasing, so no sentence is heard twice
        in a row. After ``echo()`` ("repeat", "what?") it is the seed it used: the same words."""
        last = self.state.last
        for line in last.lines if last is not None else ():
            if line.get("k") != key:
                continue
            try:
                before = decode(line.get("p")).get("_seed")
            except (ValueError, AttributeError):
                return self.seed
            if not isinstance(before, int):
                return self.seed
            return before if self._echo else before + 1
        return self.seed

    def echo(self) -> Turn:
        """This turn says the last question again on request: in the words it was said in."""
        self._echo = True
        return self

    def today(self) -> date:
        """Today where the device is, once its time zone is known this session (else UTC's today)."""
        zone = self.state.time_zone
        if zone:
            try:
                return self.now.astimezone(ZoneInfo(zone)).date()
            except (ZoneInfoNotFoundError, ValueError):
                pass
        return self.now.date()

    def say(self, key: str, **params: Any) -> Turn:
        self._line(key, "speech", params)
        return self

    def say_block(self, key: str, block: str, **params: Any) -> Turn:
        self._line(key, block, params)
        return self

    def ask(self, key: str, **params: Any) -> Turn:
        """Say a question and keep the session open with the question's own reprompt."""
        self._line(key, "speech", params)
        self._reprompt = self._render(key, "reprompt", params)
        try:
            self._asked = {"k": key, "p": encode(params)}
        except TypeError:
            self._asked = {"k": key, "s": self._reprompt}
        self._end = False
        self._listed = LISTED_BY.get(key)
        return self

    def listing(self, name: str | None) -> Turn:
        """The question just asked names this list (``steady_ground.lists``), or none."""
        self._listed = name
        return self

    @property
    def listed(self) -> str | None:
        """The list the last question named ("menu"), if it named one: an ordinal picks from it."""
        return self.state.last.listed if self.state.last is not None else None

    def repeat(self, said: Said) -> Turn:
        """Say the last question again, word for word: its lines rendered again as they were."""
        for line in said.lines:
            text = line.get("s")
            if not isinstance(text, str):
                text = self.app.renderer.block(self.locale, str(line["k"]), str(line["b"]), market=self._market_now,
                                               **decode(line["p"]))
            self._speech.append(text)
            self._lines.append(line)
        self._reprompt = self.reprompt_of(said)
        self._asked = said.reprompt
        self._end = False
        self._listed = said.listed
        return self

    def reprompt_of(self, said: Said) -> str:
        """The last question's reprompt, rendered again from its key and parameters."""
        asked = said.reprompt
        text = asked.get("s")
        if isinstance(text, str):
            return text
        return self.app.renderer.block(self.locale, str(asked["k"]), "reprompt", market=self._market_now,
                                       **decode(asked["p"]))

    def only(self) -> Turn:
        """Nothing said so far this turn comes before or with what follows (the safety answer)."""
        self._speech.clear()
        self._lines.clear()
        self._directives.clear()
        self._card = None
        return self

    def keep_misses(self) -> None:
        """This turn was a misunderstanding too: the count of them in a row lives on (else it ends)."""
        self._keep_misses = True

    def end(self, key: str | None = None, **params: Any) -> Turn:
        if key:
            self.say(key, **params)
        self._end = True
        self._reprompt = None
        self._asked = None
        return self

    def card(self, title: str, text: str) -> Turn:
        self._card = (title, text)
        return self

    def directive(self, directive: Any) -> Turn:
        self._directives.append(directive)
        return self

    def response(self) -> Response:
        if not getattr(self, "_keep_misses", False):
            self.state.misses = 0  # misunderstandings count only in a row
        rb = self.hi.response_builder
        speech = " ".join(s for s in self._speech if s)
        if speech:
            rb.speak(speech)
        if self._reprompt:
            rb.ask(self._reprompt)
            if self._asked is not None:
                self.state.last = Said(list(self._lines), self._asked, self._listed)
        if self.envelope.session is not None:  # skill events come out of session: nothing to keep
            self.hi.attributes_manager.session_attributes = {STATE: self.state.dump()}
        if self._card:
            rb.set_card(SimpleCard(title=self._card[0], content=self._card[1]))
        for d in self._directives:
            rb.add_directive(d)
        if self._end is not None:
            rb.set_should_end_session(self._end)
        return rb.response


def slot_of(request: Any, name: str) -> Any:
    """The named slot of an intent request as Alexa sent it, or None (no intent, no such slot)."""
    intent = getattr(request, "intent", None)
    slots = getattr(intent, "slots", None) or {}
    return slots.get(name) if isinstance(slots, dict) else None


def _resolved_id(slot: Any) -> str | None:
    resolutions = getattr(slot, "resolutions", None)
    per_authority = getattr(resolutions, "resolutions_per_authority", None) or []
    for authority in per_authority:
        status = getattr(getattr(authority, "status", None), "code", None)
        code = getattr(status, "value", status)
        if code == "ER_SUCCESS_MATCH" and authority.values:
            value = authority.values[0].value
            if value is not None and value.id:
                return str(value.id)
    return None


class TurnHandler(AbstractRequestHandler):
    """A handler that works on a Turn: subclasses implement ``claims`` and ``run``."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return self.claims(peek(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = Turn(handler_input)
        self.run(turn)
        return turn.response()

    def claims(self, peek: Peek) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def run(self, turn: Turn) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True)
class Peek:
    """The cheap facts routing needs: request type, intent, the session's mode, the open question's
    kind, and whether this turn's speaker differs from the owner of the place they walked into."""

    request_type: str
    intent: str | None
    mode: str
    question: str | None
    switched: bool = False
    # This speaker's place was held while another voice spoke, and comes back this turn: the reply to
    # that voice did not ask Alexa to capture this speaker's words whole.
    returned: bool = False


@dataclass(frozen=True)
class Routed(Peek):
    """Peek plus what it was computed from: this speaker's state and owner."""

    state: SessionState = field(default_factory=fresh)
    owner: Owner = field(default_factory=lambda: Owner("", "", False))


def owner_of(handler_input: HandlerInput, secret: bytes, previous: tuple[bytes, ...] = ()) -> Owner:
    """The speaker's keys, from whatever the envelope holds (a broken envelope is "anonymous")."""
    envelope = handler_input.request_envelope
    system = getattr(getattr(envelope, "context", None), "system", None)
    user_id = getattr(getattr(system, "user", None), "user_id", None)
    if not isinstance(user_id, str) or not user_id:
        user_id = getattr(getattr(getattr(envelope, "session", None), "user", None), "user_id", None)
    person_id = getattr(getattr(system, "person", None), "person_id", None)
    return _owner(
        secret,
        user_id if isinstance(user_id, str) and user_id else "anonymous",
        person_id if isinstance(person_id, str) and person_id else None,
        previous,  # a secret rotation: the same speaker under each older secret
    )


# A warm container hears the same few speakers turn after turn: their keys (two HMACs) are kept in
# memory only, never logged or stored.
_owner = functools.lru_cache(maxsize=64)(owner_for)


def peek(handler_input: HandlerInput) -> Routed:
    """Routing facts, and this speaker's state: loaded once per request (kept in the request
    attributes), matched to the speaker in ``session.for_owner``."""
    cached = handler_input.attributes_manager.request_attributes.get("peek")
    if isinstance(cached, Routed):
        return cached
    request = handler_input.request_envelope.request
    intent = getattr(getattr(request, "intent", None), "name", None)
    app = handler_input.attributes_manager.request_attributes["app"]
    assert isinstance(app, App)
    owner = owner_of(handler_input, app.settings.id_hash_secret, app.settings.previous_secrets)
    # Skill events (SkillDisabled) come out of session: the SDK refuses session attributes then.
    in_session = handler_input.request_envelope.session is not None
    attrs = handler_input.attributes_manager.session_attributes if in_session else {}
    loaded = load_state(attrs.get(STATE) if isinstance(attrs, dict) else None)
    state, switched = for_owner(loaded, owner.pk)
    returned = loaded.owner is not None and loaded.owner != owner.pk and not switched
    question = state.question.KIND if state.question is not None else None
    found = Routed(getattr(request, "object_type", "") or "", intent, state.mode, question, switched, returned,
                   state, owner)
    handler_input.attributes_manager.request_attributes["peek"] = found
    return found

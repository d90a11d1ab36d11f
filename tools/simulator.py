"""Talk to Steady Ground by typing, as you would speak to an Echo.

    make sim                  # or: .venv/bin/python tools/simulator.py [--json] [--speak] [--nlu=literal]

Type what you'd say: "open steady ground", "tell me about boundaries", "ask steady ground to start
my boundary exercise". Each turn is a real Alexa request envelope through lambda_handler, on an
embedded DynamoDB (moto's server on a free loopback port, the table built from template.yaml).
By default what you type is understood the way Alexa generalises from the model's samples
(--nlu=general); --nlu=literal hears only the model's own sentences, as the exact tests do.
Press Enter on an empty line to stay silent. Commands: :day +N (move the clock), :person NAME or
:person off (voice profile), :json (toggle raw envelopes), :help, :quit.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]

from steady_ground import render  # noqa: E402
from steady_ground.config import LOCALES  # noqa: E402
from steady_ground.localtime import ZONES  # noqa: E402
from steady_ground.session import SessionState, load_state  # noqa: E402
from tools import alexa  # noqa: E402
from tools.alexa_api_standin import (  # noqa: E402
    REMINDERS_SCOPE,
    AlexaApiStandin,
    asks_for_permission,
    permission_response,
)
from tools.nlu import normalise  # noqa: E402
from tools.nlu_general import make_nlu  # noqa: E402

LAUNCH = re.compile(r"^(?:alexa,? )?(?:open|launch|start|begin|load|run) (?P<name>.+)$")
ONE_SHOT = re.compile(r"^(?:alexa,? )?(?:ask|tell|use) (?P<rest>.+)$")
CONNECTOR = re.compile(r"^(?:to|for|about|that|if|whether|and) ")
EXIT_WORDS = {"exit", "quit", "alexa exit", "alexa quit"}


@dataclass
class Reply:
    """What Alexa would do with the skill's response, in plain text."""

    speech: str = ""
    reprompt: str = ""
    card: tuple[str, str] | None = None
    session_open: bool = False
    directives: list[dict[str, Any]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    request: dict[str, Any] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)  # the templates the skill rendered, in order

    @property
    def state(self) -> SessionState:
        """The session state this reply left for the next turn."""
        return load_state((self.raw.get("sessionAttributes") or {}).get("sg"))

    def said(self, key: str) -> bool:
        """Did this reply render the template ``key`` (e.g. "notes/saved")?"""
        return key in self.keys


SAY_DATE = re.compile(r'<say-as interpret-as="date">([?\d]{4})(\d\d)(\d\d)</say-as>')
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def _spoken_date(m: re.Match[str]) -> str:
    """What an Echo says for a say-as date: "November 3rd", or "November 3rd, 2025"."""
    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    said = f"{MONTHS[month - 1]} {day}{suffix}" if 1 <= month <= 12 else m.group(0)
    return said if year == "????" else f"{said}, {year}"


def plain(ssml: str | None) -> str:
    import html

    text = SAY_DATE.sub(_spoken_date, ssml or "")
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\s+", " ", html.unescape(text)).strip()
    return re.sub(r" ([.,;:?!])", r"\1", text)


class Simulator:
    """The Alexa side of a conversation: NLU, sessions, envelopes, and silence."""

    def __init__(self, handler: Any, device: alexa.Device | None = None, clock: datetime | None = None,
                 nlu: str = "literal") -> None:
        self.handler = handler
        self.device = device or alexa.Device()
        self.nlu = make_nlu(nlu, self.device.locale)  # "literal" (exact) or "general" (closer to Alexa)
        self.clock = clock or datetime.now(UTC)
        self.session: alexa.Session | None = None
        self.elicit: tuple[str, str] | None = None
        self.silences = 0
        self.last: Reply | None = None
        self.permission_ask: dict[str, Any] | None = None  # Alexa is asking for reminders permission
        self.apis: AlexaApiStandin | None = None  # the Alexa API stand-in, when one is running

    def _is_us(self, name: str) -> bool:
        return bool(normalise(name) == self.nlu.invocation)

    def send(self, request: dict[str, Any], *, new_session: bool = False) -> Reply:
        """Send one exact request (``tools.alexa.intent(...)``, ``launch()``...) in this session."""
        if new_session or self.session is None:
            self.session = alexa.Session(device=self.device, clock=self.clock)
        self.session.clock = self.clock
        if self.apis is not None:  # Alexa's services keep the same time as the conversation
            self.apis.state.now = self.clock
        envelope = self.session.envelope(request)
        heard: list[str] = []
        render.HEARD.append(heard)
        try:
            raw = self.handler(envelope, None)
        finally:
            render.HEARD.remove(heard)
        reply = self._reply(raw)
        reply.request = envelope
        reply.keys = heard
        self.permission_ask = asks_for_permission(reply.directives)
        if reply.session_open or self.permission_ask:
            self.session.absorb(raw)
        else:
            self.session = None
        self.elicit = None
        for d in reply.directives:
            if d.get("type") == "Dialog.ElicitSlot":
                self.elicit = (d["updatedIntent"]["name"], d["slotToElicit"])
        self.last = reply
        return reply

    @staticmethod
    def _reply(raw: dict[str, Any]) -> Reply:
        response = raw.get("response") or {}
        card = response.get("card")
        return Reply(
            speech=plain((response.get("outputSpeech") or {}).get("ssml")),
            reprompt=plain(((response.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml")),
            card=(card.get("title", ""), card.get("content") or card.get("text", "")) if card else None,
            session_open=response.get("shouldEndSession") is False,
            directives=list(response.get("directives") or []),
            raw=raw,
        )

    def end_session(self, reason: str = "USER_INITIATED") -> Reply:
        if self.session is None:
            return Reply()
        reply = self.send(alexa.session_ended(reason))
        self.session = None
        return reply

    def say(self, text: str) -> Reply:
        said = normalise(text)
        if not said:
            return self.silence()
        self.silences = 0
        if said in EXIT_WORDS:
            return self.end_session("USER_INITIATED")
        launch = LAUNCH.match(said)
        if launch and self._is_us(launch.group("name")):
            if self.session is not None:
                self.end_session("USER_INITIATED")
            return self.send(alexa.launch(), new_session=True)
        one_shot = ONE_SHOT.match(said)
        if one_shot and one_shot.group("rest").startswith(self.nlu.invocation + " "):
            if self.session is not None:
                self.end_session("USER_INITIATED")
            rest = one_shot.group("rest")[len(self.nlu.invocation) + 1 :]
            match = self.nlu.understand(rest)
            if match.intent == "AMAZON.FallbackIntent" and CONNECTOR.match(rest):
                match = self.nlu.understand(CONNECTOR.sub("", rest, count=1))
            return self.send(alexa.intent(match.intent, match.slots), new_session=True)
        if self.session is None:
            return Reply(speech="(Alexa: that's not for Steady Ground. Say 'open steady ground' first.)")
        if self.permission_ask:
            return self.answer_permission(said)
        if self.elicit:
            match = self.nlu.elicited(text, *self.elicit)
        else:
            match = self.nlu.understand(text)
        return self.send(alexa.intent(match.intent, match.slots))

    def answer_permission(self, said: str) -> Reply:
        """Alexa's own permission question was answered: send the skill Connections.Response."""
        accepted = True if said in ("yes", "yes please", "sure", "i allow", "allow") else (
            False if said in ("no", "no thanks", "don't allow") else None)
        scopes = ((self.permission_ask or {}).get("payload") or {}).get("permissionScopes") or [{}]
        scope = str(scopes[0].get("permissionScope") or REMINDERS_SCOPE)
        if accepted and self.apis is not None:
            self.apis.grant(self.device.api_access_token, scope)
        token = str((self.permission_ask or {}).get("token", ""))
        return self.send(permission_response(accepted, token, scope=scope))

    def silence(self) -> Reply:
        """Saying nothing: Alexa speaks the reprompt once, then ends the session."""
        if self.session is None or self.last is None:
            return Reply()
        self.silences += 1
        if self.silences == 1 and self.last.reprompt:
            return Reply(speech=self.last.reprompt, session_open=True)
        self.silences = 0
        return self.end_session("EXCEEDED_MAX_REPROMPTS")

    def advance(self, days: int) -> None:
        self.clock += timedelta(days=days)

    @property
    def state(self) -> SessionState:
        """The skill's session state as Alexa holds it between turns (fresh when no session)."""
        return load_state((self.session.attributes if self.session else {}).get("sg"))

    def as_person(self, person: str | None) -> None:
        """The next turns are spoken by ``person`` (a recognized voice), or by a voice Alexa doesn't
        recognize (None): the same as the interactive ``:person`` command."""
        self.device.person_id = None if person is None else f"amzn1.ask.person.{person.upper()}"


def show(reply: Reply, as_json: bool) -> str:
    lines = []
    if as_json and reply.request:
        lines.append("--> " + json.dumps(reply.request, indent=2))
        lines.append("<-- " + json.dumps(reply.raw, indent=2))
    if reply.speech:
        lines.append(f"Alexa: {reply.speech}")
    if asks_for_permission(reply.directives):
        ask = asks_for_permission(reply.directives) or {}
        scope = str(((ask.get("payload") or {}).get("permissionScopes") or [{}])[0].get("permissionScope", ""))
        what = "timers" if "timers" in scope else "reminders"
        lines.append(f"Alexa: (asks) Do you allow Steady Ground to set and change your {what}? Say yes or no.")
    if reply.reprompt:
        lines.append(f"  (reprompt: {reply.reprompt})")
    if reply.card:
        lines.append(f"  [card] {reply.card[0]}: {reply.card[1]}")
    if asks_for_permission(reply.directives):
        lines.append("  (Alexa is asking; the skill hears the answer as a Connections.Response)")
    elif reply.raw:
        lines.append("  (session open)" if reply.session_open else "  (session ended)")
    return "\n".join(lines)


def speak(text: str) -> None:
    engine = shutil.which("espeak-ng") or shutil.which("espeak")
    if engine and text:
        subprocess.run([engine, "-s", "160", text], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="show the raw request and response envelopes")
    parser.add_argument("--speak", action="store_true", help="speak Alexa's replies aloud (espeak-ng)")
    parser.add_argument("--nlu", choices=("general", "literal"), default="general",
                        help="how typed words are understood: general (like Alexa, the default) or literal")
    parser.add_argument("--locale", choices=LOCALES, default="en-US",
                        help="the Echo's market: its interaction model, words, numbers, dates and time zone")
    args = parser.parse_args(argv)
    as_json = args.json
    if args.speak and not (shutil.which("espeak-ng") or shutil.which("espeak")):
        print("No text-to-speech engine found. Install one with: sudo apt-get install espeak-ng")
        args.speak = False

    os.environ.setdefault("STEADY_GROUND_ALLOW_DEV_KEY", "1")
    from tools.local_dynamo import LocalDynamo

    with LocalDynamo() as db:
        import lambda_function

        sim = Simulator(lambda_function.lambda_handler, device=alexa.Device(locale=args.locale), nlu=args.nlu)
        sim.apis = AlexaApiStandin().start()  # the Reminders and Settings APIs, on loopback
        sim.apis.state.default_time_zone = ZONES.get(args.locale, sim.apis.state.default_time_zone)
        sim.apis.know(sim.device.api_access_token)
        sim.device.api_endpoint = sim.apis.endpoint
        interactive = sys.stdin.isatty()
        print(f"Steady Ground simulator ({args.locale}, {args.nlu} understanding). Embedded DynamoDB at {db.endpoint}.")
        print('Say "open steady ground" to begin. :help for commands, :quit to leave.')
        while True:
            try:
                text = input("you> " if interactive else "")
            except EOFError:
                break
            if not interactive:
                print(f"you> {text}")
            command = text.strip()
            if command in (":quit", ":q"):
                break
            if command == ":help":
                print(__doc__)
                continue
            if command == ":json":
                as_json = not as_json
                print(f"(raw envelopes {'on' if as_json else 'off'})")
                continue
            if command.startswith(":day"):
                days = int((command.split() + ["+1"])[1])
                sim.advance(days)
                print(f"(the clock is now {sim.clock:%A %B %d, %Y})")
                continue
            if command.startswith(":person"):
                who = (command.split() + ["off"])[1]
                sim.as_person(None if who == "off" else who)
                print(f"(speaker: {'not recognized' if who == 'off' else who})")
                continue
            reply = sim.say(text)
            print(show(reply, as_json))
            if args.speak:
                speak(reply.speech)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

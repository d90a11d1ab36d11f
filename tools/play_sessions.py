"""Play scripted multi-turn sessions through the skill, as an outside reviewer would, and flag
what a person would notice: a sentence said twice in a row, a turn over its word budget, an open
session with no reprompt or no question, an apology for an error, a session that ends by surprise.

    .venv/bin/python tools/play_sessions.py            # every session, transcripts and flags
    .venv/bin/python tools/play_sessions.py boundary   # sessions whose name contains "boundary"

Not a test: a reviewer's notebook. Each session is a list of turns: words to say, "" for silence,
and commands: ":day N", ":person NAME" / ":person off", ":fail KIND [OPS...]", ":heal", ":exit".
Runs on in-process moto with the generalising NLU (tools/nlu_general.py).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]
os.environ.update({"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_SESSION_TOKEN": "testing",
                   "AWS_DEFAULT_REGION": "us-east-1", "AWS_REGION": "us-east-1",
                   "STEADY_GROUND_ALLOW_DEV_KEY": "1", "TABLE_NAME": "SteadyGroundNotes"})
os.environ.pop("AWS_ENDPOINT_URL_DYNAMODB", None)

from tools.sessions_script import SESSIONS  # noqa: E402

BUDGET = {"question": 30, "misunderstanding": 25, "statement": 45, "reprompt": 30}
MISUNDERSTOOD = re.compile(
    r"^(builtins/(fallback|unknown)|guidance/not_understood|(boundary|plan)/(reask/.*|not_understood|plainly)"
    r"|reflection/(retry|retry_yes_no|words_again)|checkin/not_a_rating|notes/capture_help)$")
LONG_OK = re.compile(r"^(safety/|guidance/topics/|reflection/closing|launch/first_welcome|privacy/replay_notice"
                     r"|launch/welcome|notes/(read|list|summary)|checkin/week|reflection/compare|builtins/help)")


def words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*", text))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", text) if words(s) >= 4]


def play(name: str, turns: list[str]) -> list[str]:
    from datetime import UTC, datetime

    import boto3
    from moto import mock_aws
    from tests.support.notes import Wire, skill_client

    from steady_ground.storage import client as storage_client
    from tools import alexa
    from tools.simulator import Simulator
    from tools.table import create_table

    flags: list[str] = []
    with mock_aws():
        storage_client.reset()
        create_table(boto3.client("dynamodb", region_name="us-east-1"), "SteadyGroundNotes")
        import lambda_function

        device = alexa.Device(user_id=f"amzn1.ask.account.PLAY{abs(hash(name)) % 10**8:08d}")
        sim = Simulator(lambda_function.lambda_handler, device=device,
                        clock=datetime(2026, 11, 27, 23, 0, tzinfo=UTC), nlu="general")
        wire = Wire(skill_client())
        print(f"\n=== {name}")
        previous = ""
        for said in turns:
            if said.startswith(":"):
                cmd, *args = said[1:].split()
                if cmd == "day":
                    sim.advance(int(args[0]))
                elif cmd == "person":
                    sim.as_person(None if args[0] == "off" else args[0])
                elif cmd == "fail":
                    wire.fail(args[0], *args[1:])
                elif cmd == "heal":
                    wire.heal()
                elif cmd == "exit":
                    sim.end_session("USER_INITIATED")
                print(f"   ({said})")
                continue
            opened = sim.session is not None
            reply = sim.say(said)
            intent = ((reply.request.get("request") or {}).get("intent") or {})
            slots = {k: v.get("value") for k, v in (intent.get("slots") or {}).items() if v.get("value")}
            heard = f"{intent.get('name', reply.request.get('request', {}).get('type', '-'))} {slots or ''}"
            print(f"you> {said or '(silence)'}    [{heard.strip()}]")
            print(f"  sg: {reply.speech}")
            if reply.reprompt and said:
                print(f"     (reprompt: {reply.reprompt})")
            print(f"     keys={reply.keys} {'open' if reply.session_open else 'CLOSED'}")
            if not said:
                continue
            keys = reply.keys
            kind = ("misunderstanding" if any(MISUNDERSTOOD.match(k) for k in keys)
                    else "question" if reply.session_open else "statement")
            if not any(LONG_OK.match(k) for k in keys) and words(reply.speech) > BUDGET[kind]:
                flags.append(f"{name}: over budget {kind} {words(reply.speech)}: {said!r} -> {reply.speech}")
            if reply.reprompt and words(reply.reprompt) > BUDGET["reprompt"]:
                flags.append(f"{name}: long reprompt {words(reply.reprompt)}: {reply.reprompt}")
            again = set(sentences(previous)) & set(sentences(reply.speech))
            if again and not any(k in ("builtins/repeat",) for k in keys) and "repeat" not in said \
                    and "again" not in said and "what" not in said:
                flags.append(f"{name}: said twice in a row {again}: {said!r}")
            if reply.session_open and not reply.reprompt:
                flags.append(f"{name}: open with no reprompt: {said!r}")
            if reply.session_open and "?" not in reply.speech:
                flags.append(f"{name}: open without a question: {said!r} -> {reply.speech}")
            if any("error" in k or "sorry" in k for k in keys):
                flags.append(f"{name}: error answer {keys}: {said!r}")
            if opened and not reply.session_open and not re.search(r"stop|bye|cancel|exit|quit|done|that's all|go|home|leave",
                                                                   said):
                flags.append(f"{name}: session ended on {said!r} -> {reply.speech}")
            previous = reply.speech
        storage_client.reset()
    return flags


def main(argv: list[str]) -> int:
    want = argv[0] if argv else ""
    flags: list[str] = []
    played = 0
    for name, turns in SESSIONS.items():
        if want in name:
            played += 1
            flags += play(name, turns)
    print(f"\n{played} sessions played; {len(flags)} flags")
    for f in flags:
        print("FLAG", f)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Storage after a year of daily use: one recognized person with 2,000 notes, every turn type that reads
the past, against moto's server over HTTP (issue 16).

    .venv/bin/python bench/storage_scale.py [--notes 2000] [--runs 5]
    make bench-storage

Each turn type starts its own session (so the session read is counted where a turn needs it), its
set-up lines are not measured, and the measured line goes through the real lambda_handler and the
skill's own botocore client. Printed per turn type: DynamoDB Query calls (and all calls) in the
measured turn, and its latency (median and worst of --runs). Queries per turn must not grow with the
number of notes: the script exits non-zero if any reading turn makes more than MAX_QUERIES.
"Delete all" is last and on its own: deleting pages through everything, so it grows with the data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]
os.environ.setdefault("STEADY_GROUND_ALLOW_DEV_KEY", "1")
os.environ.setdefault("TABLE_NAME", "SteadyGroundNotes")
os.environ.pop("SKILL_ID", None)

from tools import alexa  # noqa: E402
from tools.local_dynamo import LocalDynamo, local_aws_env  # noqa: E402

NOW = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)
SPAN = timedelta(days=175)  # every note still inside the 180-day retention
MAX_QUERIES = 3
PERSON = alexa.Device(user_id="amzn1.ask.account.SCALE", person_id="amzn1.ask.person.SCALE")

# (turn type, set-up lines, the measured line)
TURNS: list[tuple[str, list[str], str]] = [
    ("launch (returning)", [], "open steady ground"),
    ("add a note", ["open steady ground"], "add a note that the benchmark was here"),
    ("read my notes", [], "ask steady ground to read my notes"),
    ("more notes", ["ask steady ground to read my notes"], "yes"),
    ("delete my last note", [], "ask steady ground to delete my last note"),
    ("send my notes to my phone", [], "ask steady ground to send my notes to my phone"),
    ("send that to my phone", [], "ask steady ground to send that to my phone"),
    ("start my reflection", [], "ask steady ground to start my reflection"),
    ("how have my reflections changed", [], "ask steady ground how have my reflections changed"),
    ("check in", [], "ask steady ground to check in"),
    ("how has this week been", [], "ask steady ground how has this week been"),
    ("start my boundary exercise", [], "ask steady ground to start my boundary exercise"),
]
DELETE_ALL = ("delete all: yes", ["ask steady ground to delete all my notes"], "yes")


def kind_of(i: int) -> Any:
    """A daily-use mix: a check-in every day or so, a reflection or a boundary now and then, and
    free notes in between (so the rare kinds are far down the timeline)."""
    from steady_ground.storage.repository import NoteKind

    if i % 50 == 0:
        return NoteKind.REFLECTION
    if i % 97 == 0:
        return NoteKind.BOUNDARY
    if i % 11 == 0:
        return NoteKind.CHECKIN
    return NoteKind.FREE


def seed(notes: int) -> None:
    """Consent, a profile and ``notes`` notes for PERSON, written the way the skill writes them."""
    from steady_ground.config import Settings
    from steady_ground.identity import owner_for
    from steady_ground.storage.client import dynamodb_client
    from steady_ground.storage.dynamo import DynamoNotesRepository
    from steady_ground.storage.repository import NoteKind

    settings = Settings.from_env()
    owner = owner_for(settings.id_hash_secret, PERSON.user_id, PERSON.person_id)
    repo = DynamoNotesRepository(dynamodb_client, settings.table_name, settings.retention_days)
    start = NOW - SPAN
    repo.save_setting(owner, "consent", start.isoformat(), start)
    repo.save_profile(owner, {"v": 1, "first_seen": start.isoformat()}, start)
    step = SPAN / notes
    for i in range(notes):
        at = start + step * i
        kind = kind_of(i)
        data: dict[str, Any] = {}
        if kind is NoteKind.CHECKIN:
            data = {"rating": 1 + i % 5, "day": at.date().isoformat()}
        elif kind is NoteKind.REFLECTION:
            data = {"answers": {"frequency": "sometimes"}}
        text = f"note {i}: a few ordinary words about the day, the kind a person says at night"
        repo.add_note(owner, kind, text, at, f"seed-{i}", data)


class Calls:
    """Every DynamoDB API call the skill's client makes (before retries), by operation."""

    def __init__(self) -> None:
        from steady_ground.storage.client import dynamodb_client

        self.ops: list[str] = []
        dynamodb_client().meta.events.register("before-parameter-build.dynamodb", self._record)

    def _record(self, model: Any, **_: Any) -> None:
        self.ops.append(model.name)

    def take(self) -> Counter[str]:
        found = Counter(self.ops)
        self.ops.clear()
        return found


def measure(handler: Any, calls: Calls, setup: list[str], line: str) -> tuple[float, Counter[str], str]:
    from tools.simulator import Simulator

    convo = Simulator(handler, device=PERSON, clock=NOW)
    for said in setup:
        convo.say(said)
    calls.take()
    start = time.perf_counter()
    reply = convo.say(line)
    took = time.perf_counter() - start
    return took, calls.take(), reply.speech


def row(name: str, times: list[float], found: list[Counter[str]], answered: bool) -> str:
    queries = max(c["Query"] for c in found)
    total = max(sum(c.values()) for c in found)
    ms = [t * 1000 for t in times]
    return (f"{name:34} {queries:>7} {total:>9} {statistics.median(ms):>10.1f} {max(ms):>9.1f}  "
            f"{'spoken' if answered else 'NOT SPOKEN'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from tools.alexa_api_standin import AlexaApiStandin

    local_aws_env()
    db = LocalDynamo(os.environ["TABLE_NAME"]).start()
    api = AlexaApiStandin().start()  # the time zone a check-in asks for, answered on loopback
    api.know(PERSON.api_access_token)
    PERSON.api_endpoint = api.endpoint
    try:
        began = time.perf_counter()
        seed(args.notes)
        print(f"storage at scale: one recognized person with {args.notes} notes over {SPAN.days} days, "
              f"moto server over HTTP; seeded in {time.perf_counter() - began:.1f} s")
        import lambda_function

        handler = lambda_function.lambda_handler
        calls = Calls()
        print(f"{'turn type':34} {'queries':>7} {'all calls':>9} {'median ms':>10} {'worst ms':>9}")
        worst = 0
        for name, setup, line in TURNS:
            times, found, answered = [], [], True
            for _ in range(args.runs):
                took, ops, speech = measure(handler, calls, setup, line)
                times.append(took)
                found.append(ops)
                answered = answered and bool(speech)
            worst = max(worst, max(c["Query"] for c in found))
            print(row(name, times, found, answered))
        name, setup, line = DELETE_ALL
        took, ops, speech = measure(handler, calls, setup, line)
        print(row(name + " (once)", [took], [ops], bool(speech)))
        print()
        print(f"most queries in any reading turn: {worst} (limit {MAX_QUERIES})")
        return 0 if worst <= MAX_QUERIES else 1
    finally:
        api.stop()
        db.stop()


if __name__ == "__main__":
    raise SystemExit(main())

"""Worst-case latency of every storage call site and of whole turns when DynamoDB misbehaves (issue 5).

    .venv/bin/python bench/storage_faults.py [--runs N]

Endpoints, all on loopback, reached through the real botocore client with the skill's own config
(standard retries, 2 attempts in total, 1 s connect, 1.5 s read timeout):
  - silent:    a socket that accepts and never answers (every attempt waits for the read timeout);
  - refused:   a port nothing listens on (every connect is refused at once);
  - throttle / 500: moto's server answers, but a botocore before-send hook turns every attempt into
    a ThrottlingException (400) or an InternalServerError (500), so the real back-off runs.
Then whole turns through lambda_handler (launch, add a note, read notes, delete all, SkillDisabled)
under each fault: the person still gets a spoken answer, and the figure shows it comes inside
Alexa's 8-second budget. Prints the maximum over --runs (default 3) of each.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]
os.environ.setdefault("STEADY_GROUND_ALLOW_DEV_KEY", "1")
os.environ.setdefault("TABLE_NAME", "SteadyGroundNotes")

from tools import alexa  # noqa: E402
from tools.local_dynamo import LocalDynamo, local_aws_env  # noqa: E402

NOW = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)
BUDGET_S = 8.0


class Silent:
    """Accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.held: list[socket.socket] = []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()
        self.endpoint = f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.held.append(conn)
            except OSError:
                continue

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        for conn in self.held:
            conn.close()
        self.sock.close()


def refused_endpoint() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def error_hook(kind: str) -> Callable[..., Any]:
    from botocore.awsrequest import AWSResponse

    status, code = (400, "ThrottlingException") if kind == "throttle" else (500, "InternalServerError")
    body = json.dumps({"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": "bench"}).encode()

    class Raw:
        def stream(self, **_: Any) -> Any:
            yield body

    def hook(request: Any, **_: Any) -> Any:
        url = request.url
        request.url = "http://fault.invalid/"
        return AWSResponse(url, status, {"x-amzn-RequestId": "bench"}, Raw())

    return hook


def use_endpoint(endpoint: str, hook: Callable[..., Any] | None = None) -> None:
    from steady_ground.storage import client as storage_client

    os.environ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint
    storage_client.reset()
    if hook is not None:
        storage_client.dynamodb_client().meta.events.register_first("before-send.dynamodb", hook)


def timed(fn: Callable[[], Any]) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        fn()
        outcome = "ok"
    except Exception as exc:  # the mapped StorageError is the expected outcome
        outcome = type(exc).__name__
    return time.perf_counter() - start, outcome


def call_sites(repo: Any) -> dict[str, Callable[[], Any]]:
    from steady_ground.identity import owner_for
    from steady_ground.storage.repository import NoteKind

    owner = owner_for(b"b" * 32, "bench-account", "bench-person")
    return {
        "load_bundle (Query)": lambda: repo.load_bundle(owner, NOW),
        "add_note (PutItem)": lambda: repo.add_note(owner, NoteKind.FREE, "bench", NOW, "bench-key"),
        "list_notes (Query)": lambda: repo.list_notes(owner, NOW),
        "save_progress (PutItem)": lambda: repo.save_progress(owner, "boundary", {"version": 1}, NOW),
        "save_setting (PutItem)": lambda: repo.save_setting(owner, "consent", NOW.isoformat(), NOW),
        "delete_note (DeleteItem)": lambda: repo.delete_note(owner, "20261127T230000.000Z#x"),
        "delete_owner (Query+Batch)": lambda: repo.delete_owner(owner),
        "delete_account (Query+Batch)": lambda: repo.delete_account(owner.account_pk),
    }


TURNS: list[tuple[str, list[str]]] = [
    ("launch", []),
    ("add a note (consent given)", ["open steady ground"]),
    ("read my notes", ["open steady ground"]),
    ("delete all: yes", ["open steady ground", "delete all my notes"]),
]


def turn_latency(handler: Any, said: str, before: list[str], healthy: str, faulty: Callable[[], None]) -> tuple[float, bool]:
    """Set up the conversation on a healthy endpoint, then time one turn under the fault."""
    from tools.simulator import Simulator

    use_endpoint(healthy)
    device = alexa.Device(user_id="amzn1.ask.account.BENCH", person_id="amzn1.ask.person.BENCH")
    convo = Simulator(handler, device=device, clock=NOW)
    convo.say("ask steady ground to add a note that warm up")
    if "may i keep" in (convo.last.speech.lower() if convo.last else ""):
        convo.say("yes")
    convo.say("stop")
    for line in before:
        convo.say(line)
    faulty()
    utterance = {"launch": "open steady ground", "add a note (consent given)": "add a note that under a fault",
                 "read my notes": "read my notes", "delete all: yes": "yes"}[said]
    start = time.perf_counter()
    reply = convo.say(utterance)
    took = time.perf_counter() - start
    spoken = bool(reply.speech) and (reply.session_open or reply.speech.endswith("."))
    return took, spoken and "saved." not in reply.speech.lower()


def disabled_latency(handler: Any, faulty: Callable[[], None]) -> float:
    faulty()
    start = time.perf_counter()
    try:
        handler(alexa.skill_event("AlexaSkillEvent.SkillDisabled", user_id="amzn1.ask.account.BENCH"), None)
    except Exception:
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    local_aws_env()
    db = LocalDynamo(os.environ["TABLE_NAME"]).start()
    silent = Silent()
    refused = refused_endpoint()

    from steady_ground.storage.client import dynamodb_client
    from steady_ground.storage.dynamo import DynamoNotesRepository

    faults: dict[str, Callable[[], None]] = {
        "silent (read timeout)": lambda: use_endpoint(silent.endpoint),
        "refused (connection)": lambda: use_endpoint(refused),
        "throttle (400)": lambda: use_endpoint(db.endpoint, error_hook("throttle")),
        "500 (InternalServerError)": lambda: use_endpoint(db.endpoint, error_hook("server_error")),
    }
    print(f"storage faults: worst of {args.runs} runs, seconds (Alexa's budget is {BUDGET_S:.0f} s)")
    print(f"{'call site':32} " + " ".join(f"{f:>26}" for f in faults))
    repo = DynamoNotesRepository(dynamodb_client, os.environ["TABLE_NAME"], 180)
    sites = call_sites(repo)
    worst_site = 0.0
    for name, fn in sites.items():
        row = []
        for setup in faults.values():
            worst = 0.0
            outcome = ""
            for _ in range(args.runs):
                setup()
                repo.begin_request()
                took, outcome = timed(fn)
                worst = max(worst, took)
            worst_site = max(worst_site, worst)
            row.append(f"{worst:>6.2f} {outcome:>19}")
        print(f"{name:32} " + " ".join(f"{r:>26}" for r in row))

    import lambda_function

    handler = lambda_function.lambda_handler
    print()
    print(f"{'whole turn (lambda_handler)':32} " + " ".join(f"{f:>26}" for f in faults))
    worst_turn = 0.0
    for said, before in TURNS:
        row = []
        for setup in faults.values():
            worst = 0.0
            ok = True
            for _ in range(args.runs):
                took, spoken = turn_latency(handler, said, before, db.endpoint, setup)
                worst = max(worst, took)
                ok = ok and spoken
            worst_turn = max(worst_turn, worst)
            row.append(f"{worst:>6.2f} {'spoken' if ok else 'NOT SPOKEN':>19}")
        print(f"{said:32} " + " ".join(f"{r:>26}" for r in row))
    row = []
    for setup in faults.values():
        worst = max(disabled_latency(handler, setup) for _ in range(args.runs))
        worst_turn = max(worst_turn, worst)
        row.append(f"{worst:>6.2f} {'(event, no speech)':>19}")
    print(f"{'SkillDisabled event':32} " + " ".join(f"{r:>26}" for r in row))
    print()
    print(f"worst single call {worst_site:.2f} s; worst whole turn {worst_turn:.2f} s; budget {BUDGET_S:.0f} s")
    silent.close()
    db.stop()
    return 0 if worst_turn < BUDGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())

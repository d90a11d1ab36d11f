"""Steady Ground's speed, measured side by side with the floor of its own stack (issue 8).

    make bench                    # or: .venv/bin/python bench/run.py [--quick] [--runs N] [--turns N]

Prints one table of medians (min and max over repeated runs) against each target:
  1. cold start: a new process imports the handler and answers a returning person's LaunchRequest
     with one DynamoDB read (moto's server on loopback), beside the floor: a hello-world
     ask-sdk-core skill with a boto3 DynamoDB client created at import (bench/floor_skill.py);
  2. init versus first request (and the first request with storage excluded);
  3. warm turn latency, p50 and p99, per turn type, on the in-memory repository;
  4. DynamoDB calls per turn type, counted with botocore's event hooks (moto's server);
  5. peak RSS of a cold invocation;
  6. the artifact: dist/steady-ground.zip's size, and its cold start unpacked in a read-only
     folder under the runtime's Python (3.13, -S -E -B, boto3 from a runtime folder as /var/runtime).
--quick runs everything once or a few times, only to prove the benchmark still runs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]

from tools import alexa  # noqa: E402
from tools.simulator import Simulator  # noqa: E402

from steady_ground.entry import settle_after_init  # noqa: E402
from steady_ground.render import compile_templates  # noqa: E402

SECRET = "bench-id-hash-secret-" + "x" * 32
RETURNING = alexa.Device(user_id="amzn1.ask.account.BENCHRETURNING")
ZIP = ROOT / "dist" / "steady-ground.zip"
RUNTIME_PACKAGES = ("boto3", "botocore", "s3transfer", "jmespath")  # what Lambda's /var/runtime adds

TARGET_COLD_RATIO = 1.00
TARGET_FIRST_MS = 15.0
TARGET_P99_MS = 1.0
TARGET_RSS_MIB = 60.0
TARGET_ZIP_MB = 6.0

# -- what a person says, turn by turn: every turn of every script is measured on its own -----------
START_BOUNDARY = "start my boundary exercise"
SCRIPTS: dict[str, list[str]] = {
    "launch": ["open steady ground"],
    "guidance": ["open steady ground", "tell me about boundaries", "tell me more"],
    "boundary": [
        "open steady ground", START_BOUNDARY, "yes", "time limits", "when we talk about money after dinner",
        "when the money talk goes in circles I will say let's stop for tonight",
        "I will go for a walk and come back when I feel calmer",
        "when the money talk goes in circles I will say let's stop for tonight", "yes", "yes",
    ],
    "reflection": [
        "open steady ground", "start my reflection", "all the time", "yes", "the same argument about money & chores",
        "yeah", "no", "sometimes", "skip", "I don't know", "skip", "yes", "yes",
    ],
    "notes": ["open steady ground", "add a note", "I held my ground calmly tonight", "yes", "read my notes", "yes"],
}
SETUP_TURNS = {"open steady ground"}  # measured once, under "launch"


# -- small statistics --------------------------------------------------------------------------------
@dataclass
class Series:
    values: list[float] = field(default_factory=list)

    def add(self, v: float) -> None:
        self.values.append(v)

    @property
    def med(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    def pct(self, q: float) -> float:
        ordered = sorted(self.values)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")

    def fmt(self, scale: float = 1000.0, unit: str = "ms") -> str:
        if not self.values:
            return "n/a"
        return f"{self.med * scale:.1f} {unit} ({min(self.values) * scale:.1f}..{max(self.values) * scale:.1f})"


@dataclass
class Row:
    what: str
    figure: str
    target: str = ""
    verdict: str = ""


def progress(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "NOT MET")


# -- environment ---------------------------------------------------------------------------------------
def lambda_env(endpoint: str, table: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    """What a Lambda sandbox sets, pointed at the local DynamoDB; the same for skill and floor."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "AWS_LAMBDA_FUNCTION_NAME": "steady-ground-bench",
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": "bench",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_ENDPOINT_URL_DYNAMODB": endpoint,
        "TABLE_NAME": table,
        "ID_HASH_SECRET": SECRET,
        "SKILL_ID": alexa.SKILL_ID,
    }
    env.update(extra or {})
    return env


def seed_returning_person(client: Any, table: str) -> str:
    """A profile for RETURNING, so the launch is a returning person's. Returns its partition key."""
    from datetime import UTC, datetime

    from steady_ground.identity import owner_for
    from steady_ground.storage.dynamo import DynamoNotesRepository

    owner = owner_for(SECRET.encode("utf-8"), RETURNING.user_id, None)
    profile = {"v": 1, "first_seen": "2025-01-01T08:00:00+00:00"}
    DynamoNotesRepository(client, table, 180).save_profile(owner, profile, datetime.now(UTC))
    return owner.pk


# -- 1, 2, 5: cold starts ----------------------------------------------------------------------------
@dataclass
class Cold:
    wall: Series = field(default_factory=Series)
    init: Series = field(default_factory=Series)
    first: Series = field(default_factory=Series)
    first_no_storage: Series = field(default_factory=Series)
    rss: Series = field(default_factory=Series)
    speech: str = ""
    sdk_at_init: bool = False


@dataclass
class Side:
    """How to start one side of a cold comparison: interpreter, its flags, sys.path, working folder."""

    python: str
    flags: list[str]
    paths: list[Path]
    cwd: Path


def cold_once(side: Side, module: str, event_file: Path, env: dict[str, str], into: Cold | None) -> None:
    cmd = [side.python, *side.flags, str(BENCH / "cold_child.py"), module, str(event_file), *map(str, side.paths)]
    t = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=side.cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    if done.returncode != 0:
        raise SystemExit(f"bench: cold run of {module} failed:\n{done.stderr[-3000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if into is None:
        return
    into.wall.add(wall)
    into.init.add(report["init_s"])
    into.first.add(report["first_s"])
    if report.get("storage_s") is not None:
        into.first_no_storage.add(report["first_s"] - report["storage_s"])
    into.rss.add(report["rss_kib"] / 1024)
    into.speech = report["speech"]


def cold_pair(skill: Side, floor: Side, event_file: Path, env: dict[str, str], runs: int,
              warm_up: bool = True) -> tuple[Cold, Cold]:
    """Skill and floor interleaved, after one unmeasured run each (bytecode written, page cache warm)."""
    ours, base = Cold(), Cold()
    for k in range(-1 if warm_up else 0, runs):
        cold_once(skill, "lambda_function", event_file, env, ours if k >= 0 else None)
        cold_once(floor, "floor_skill", event_file, env, base if k >= 0 else None)
    return ours, base


def check_launch(cold: Cold, who: str) -> None:
    if "<speak>" not in cold.speech or len(cold.speech) < 40:
        raise SystemExit(f"bench: the {who} cold launch did not speak a welcome: {cold.speech!r}")


# -- 3, 4: warm turns ---------------------------------------------------------------------------------
class Recorder:
    """Wraps a lambda handler and keeps the last envelope it was given."""

    def __init__(self, handler: Callable[[dict[str, Any], Any], dict[str, Any]]) -> None:
        self.handler = handler
        self.last: dict[str, Any] | None = None
        self.hook: Callable[[], None] | None = None

    def __call__(self, event: dict[str, Any], context: Any) -> dict[str, Any]:
        self.last = event
        if self.hook:
            self.hook()
        return self.handler(event, context)


Turn = tuple[str, str, dict[str, Any], str]  # label, what was said, the envelope, what was heard


def turns_of(handler: Callable[..., dict[str, Any]], name: str, script: list[str]) -> Iterator[Turn]:
    """Plays a script as one person; yields each turn as it happens."""
    recorder = Recorder(handler)
    device = alexa.Device(user_id=f"amzn1.ask.account.BENCH{name.upper()}", person_id=None)
    sim = Simulator(recorder, device=device, clock=alexa.Session().clock)
    for i, text in enumerate(script):
        reply = sim.say(text)
        assert recorder.last is not None
        label = f"{name} {i}: {text[:38]}"
        yield label, text, recorder.last, reply.speech


def warm_latency(turns: int) -> tuple[list[tuple[str, Series]], int, int]:
    """Every turn of every script, replayed `turns` times each with a fresh request id."""
    from steady_ground.app import App
    from steady_ground.config import Settings
    from steady_ground.entry import make_handler
    from steady_ground.render import Renderer
    from steady_ground.storage.memory import InMemoryNotesRepository

    settings = Settings.from_env({"ID_HASH_SECRET": SECRET, "SKILL_ID": alexa.SKILL_ID})
    repo = InMemoryNotesRepository(settings.retention_days)
    handler = make_handler(App(settings=settings, renderer=Renderer(default_locale=settings.default_locale), repo=repo))
    been_here_before(handler)
    gc.collect()
    settle_after_init()  # as lambda_function does after init
    out: list[tuple[str, Series]] = []
    seen_launch = False
    for name, script in SCRIPTS.items():
        for label, said, envelope, _heard in turns_of(handler, name, script):
            if said in SETUP_TURNS and name != "launch":
                continue
            if name == "launch":
                seen_launch = True
            series = Series()
            request = envelope["request"]
            base_id = request["requestId"]
            for k in range(turns):
                request["requestId"] = f"{base_id}-{k}"
                t = time.perf_counter_ns()
                handler(envelope, None)
                series.add((time.perf_counter_ns() - t) / 1e9)
            request["requestId"] = base_id
            out.append((label, series))
    assert seen_launch
    notes = sum(len(v) for v in repo.notes.values())
    return out, notes, len(out)


def been_here_before(handler: Callable[..., dict[str, Any]]) -> None:
    """Every script's person is a returning one: a first visit records a profile, once."""
    for name in SCRIPTS:
        list(turns_of(handler, name, ["open steady ground", "stop"]))


READS = {"Query", "GetItem", "BatchGetItem", "Scan", "TransactGetItems"}


def _kind(op: str, params: dict[str, Any]) -> str:
    """The operation, and for a single-item write whether it wrote a note or bookkeeping (META#...)."""
    item = params.get("Item") or params.get("Key") or {}
    sk = str((item.get("sk") or {}).get("S", ""))
    return f"{op}:note" if sk.startswith("NOTE#") else (f"{op}:meta" if sk else op)


def dynamo_calls() -> list[tuple[str, str, list[str], str]]:
    """Each script once against moto's server, counting the calls each turn makes."""
    from steady_ground.entry import make_handler
    from steady_ground.storage.client import dynamodb_client, reset

    reset()
    handler = make_handler()
    calls: list[str] = []
    client = dynamodb_client()
    client.meta.events.register("before-parameter-build.dynamodb",
                                lambda params, model, **_: calls.append(_kind(model.name, params)))
    been_here_before(handler)
    out: list[tuple[str, str, list[str], str]] = []
    for name, script in SCRIPTS.items():
        for label, said, _envelope, heard in _counted(handler, name, script, calls):
            out.append((label, said, list(calls), heard))
    return out


def _counted(handler: Callable[..., dict[str, Any]], name: str, script: list[str],
             calls: list[str]) -> Iterator[Turn]:
    gen = turns_of(handler, name, script)
    while True:
        calls.clear()
        try:
            yield next(gen)
        except StopIteration:
            return


# -- 6: the artifact -----------------------------------------------------------------------------------
def find_python313() -> str | None:
    sys.path.insert(0, str(ROOT / "infra"))
    try:
        from build_artifact import find_target_python
    finally:
        sys.path.remove(str(ROOT / "infra"))
    found: str | None = find_target_python()
    return found


def runtime_folder(python: str) -> Path:
    """boto3, botocore and friends compiled for the runtime's Python: our stand-in for /var/runtime."""
    import botocore

    site = Path(botocore.__file__).resolve().parent.parent
    folder = ROOT / "build" / "bench" / f"runtime-{botocore.__version__}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for package in RUNTIME_PACKAGES:
            shutil.copytree(site / package, folder / package, ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run([python, "-m", "compileall", "-q", "--invalidation-mode", "unchecked-hash", str(folder)],
                       check=True, capture_output=True)
        stamp.touch()
    return folder


@contextmanager
def read_only_task(python: str, event: dict[str, Any]) -> Iterator[Path]:
    """The zip unpacked (task/), the floor beside it (floor/) and the event, then made read-only.

    Read-only as far as permissions go; the children also run with -B, so nothing is written even
    by root and any missing or stale bytecode would be recompiled on every run, as in /var/task."""
    with tempfile.TemporaryDirectory(prefix="sg-task-") as tmp:
        (Path(tmp) / "launch.json").write_text(json.dumps(event), encoding="utf-8")
        task = Path(tmp) / "task"
        with zipfile.ZipFile(ZIP) as zf:
            zf.extractall(task)
        floor_dir = Path(tmp) / "floor"
        floor_dir.mkdir()
        shutil.copy2(BENCH / "floor_skill.py", floor_dir / "floor_skill.py")
        subprocess.run([python, "-m", "compileall", "-q", "--invalidation-mode", "unchecked-hash", str(floor_dir)],
                       check=True, capture_output=True)
        for path in [Path(tmp), *Path(tmp).rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        try:
            yield Path(tmp)
        finally:
            for path in [Path(tmp), *Path(tmp).rglob("*")]:
                path.chmod(path.stat().st_mode | 0o200)


# -- the run ---------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one pass of everything: proves it runs, measures nothing")
    parser.add_argument("--runs", type=int, default=None, help="cold runs per side (default 15, quick 1)")
    parser.add_argument("--turns", type=int, default=None, help="warm replays per turn (default 2000, quick 5)")
    parser.add_argument("--show", action="store_true", help="print what each scripted turn heard")
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 15)
    turns = args.turns or (5 if args.quick else 2000)
    started = time.perf_counter()
    rows: list[Row] = []

    from tools.local_dynamo import LocalDynamo

    saved_env = dict(os.environ)
    os.environ["ID_HASH_SECRET"] = SECRET
    os.environ["SKILL_ID"] = alexa.SKILL_ID
    with LocalDynamo(table_name="SteadyGroundBench") as db, tempfile.TemporaryDirectory(prefix="sg-bench-") as tmp:
        pk = seed_returning_person(db.client(), db.table_name)
        event = alexa.Session(device=RETURNING).envelope(alexa.launch())
        event_file = Path(tmp) / "launch.json"
        event_file.write_text(json.dumps(event), encoding="utf-8")
        # The checkout runs with the templates precompiled, as the artifact ships them.
        compiled = Path(tmp) / "compiled_templates"
        compile_templates(compiled)
        env = lambda_env(db.endpoint, db.table_name, {"BENCH_FLOOR_PK": pk, "STEADY_GROUND_COMPILED": str(compiled)})

        progress("cold starts, skill and floor")
        # 1, 2, 5 -- cold starts from this checkout's environment
        ours, floor = cold_pair(Side(sys.executable, [], [ROOT / "lambda"], BENCH), Side(sys.executable, [], [BENCH], BENCH),
                                event_file, env, runs, warm_up=not args.quick)
        check_launch(ours, "skill")
        ratio = ours.wall.med / floor.wall.med
        rows += [
            Row("1. cold start, floor (hello world + boto3 client at import, 1 read)", floor.wall.fmt()),
            Row("1. cold start, Steady Ground (returning person's launch, 1 read)", ours.wall.fmt()),
            Row("1. cold start ratio (median / median)", f"{ratio:.2f} x floor", f"<= {TARGET_COLD_RATIO:.2f} x",
                verdict(ratio <= TARGET_COLD_RATIO)),
            Row("2. init (import + build; SnapStart snapshots this), floor", floor.init.fmt()),
            Row("2. init (import + build; SnapStart snapshots this), skill", ours.init.fmt()),
            Row("2. first request after init, floor (its read included)", floor.first.fmt()),
            Row("2. first request after init, skill (storage included)", ours.first.fmt()),
            Row("2. first request after init, skill, storage excluded", ours.first_no_storage.fmt(),
                f"<= {TARGET_FIRST_MS:.0f} ms", verdict(ours.first_no_storage.med * 1000 <= TARGET_FIRST_MS)),
            Row("5. peak RSS of a cold invocation, floor", floor.rss.fmt(1.0, "MiB")),
            Row("5. peak RSS of a cold invocation, skill", ours.rss.fmt(1.0, "MiB"), f"<= {TARGET_RSS_MIB:.0f} MiB",
                verdict(ours.rss.med <= TARGET_RSS_MIB)),
        ]

        progress("DynamoDB calls per turn")
        # 4 -- DynamoDB calls per turn type, on moto's server
        os.environ.update(env)
        counted = dynamo_calls()
        progress("warm turns")
        # 3 -- warm turns, in-memory repository
        latencies, notes_saved, _ = warm_latency(turns)

        progress("the artifact")
        # 6 -- the artifact
        python313 = find_python313()
        if not ZIP.exists():
            rows.append(Row("6. artifact", "no dist/steady-ground.zip (run make build)", "", "NOT MEASURED"))
        else:
            size_mb = ZIP.stat().st_size / 1e6
            rows.append(Row("6. artifact zip size (boto3 excluded)", f"{size_mb:.2f} MB ({ZIP.stat().st_size} bytes)",
                            f"<= {TARGET_ZIP_MB:.0f} MB", verdict(size_mb <= TARGET_ZIP_MB)))
            if python313 is None:
                rows.append(Row("6. artifact cold start", "no Python 3.13 here", "", "NOT MEASURED"))
            else:
                runtime = runtime_folder(python313)
                with read_only_task(python313, event) as zdir:
                    event_file = zdir / "launch.json"
                    env = lambda_env(db.endpoint, db.table_name, {"BENCH_FLOOR_PK": pk, "LAMBDA_TASK_ROOT": str(zdir / "task")})
                    flags = ["-S", "-E", "-B"]
                    task, fdir = zdir / "task", zdir / "floor"
                    z_ours, z_floor = cold_pair(Side(python313, flags, [task, runtime], task),
                                                Side(python313, flags, [fdir, task, runtime], fdir),
                                                event_file, env, runs, warm_up=not args.quick)
                check_launch(z_ours, "artifact")
                z_ratio = z_ours.wall.med / z_floor.wall.med
                rows += [
                    Row("6. cold start from the read-only unpacked zip, floor (3.13)", z_floor.wall.fmt()),
                    Row("6. cold start from the read-only unpacked zip, skill (3.13)", z_ours.wall.fmt()),
                    Row("6. ratio from the zip", f"{z_ratio:.2f} x floor", f"<= {TARGET_COLD_RATIO:.2f} x",
                        verdict(z_ratio <= TARGET_COLD_RATIO)),
                    Row("6. init / first request (storage excluded) from the zip",
                        f"{z_ours.init.med * 1e3:.1f} ms / {z_ours.first_no_storage.med * 1e3:.1f} ms"),
                    Row("6. peak RSS from the zip, skill / floor", f"{z_ours.rss.med:.1f} / {z_floor.rss.med:.1f} MiB",
                        f"<= {TARGET_RSS_MIB:.0f} MiB", verdict(z_ours.rss.med <= TARGET_RSS_MIB)),
                ]

        os.environ.clear()
        os.environ.update(saved_env)

    worst = max(s.pct(0.99) for _, s in latencies)
    for label, series in latencies:
        p99 = series.pct(0.99)
        rows.append(Row(f"3. warm {label}", f"p50 {series.pct(0.5) * 1e3:.3f} ms  p99 {p99 * 1e3:.3f} ms",
                        f"p99 <= {TARGET_P99_MS:.0f} ms", verdict(p99 * 1000 <= TARGET_P99_MS)))
    for label, said, calls, heard in counted:
        reads = sum(c.split(":")[0] in READS for c in calls)
        writes = len(calls) - reads
        note_writes = sum(c.endswith(":note") for c in calls)
        name = label.split(" ", 1)[0]
        target, ok = "", None
        if name == "guidance" and said not in SETUP_TURNS:
            target, ok = "0 calls", not calls
        elif said in SETUP_TURNS:
            target, ok = "<= 1 read", reads <= 1 and writes == 0
        elif note_writes or "saved" in heard.lower() or "kept" in heard.lower():
            target, ok = "1 note write", note_writes == 1
        rows.append(Row(f"4. dynamodb {label}", f"{reads} read, {writes} write  {' '.join(calls)}".rstrip(),
                        target, verdict(ok)))
        if args.show:
            print(f"  [{label}] {heard}")

    print_table(rows, runs, turns, notes_saved, worst, time.perf_counter() - started, args.quick)
    return 0


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            names = [line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")]
        cpu = names[0] if names else cpu
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, load {load:.1f}"


def print_table(rows: list[Row], runs: int, turns: int, notes: int, worst: float, took: float, quick: bool) -> None:
    rows = sorted(rows, key=lambda r: int(r.what.split(".", 1)[0]))
    w1 = max(len(r.what) for r in rows)
    w2 = max(len(r.figure) for r in rows)
    w3 = max(len(r.target) for r in rows)
    print(f"Steady Ground benchmark{' (QUICK: proves it runs; the figures mean nothing)' if quick else ''}")
    print(f"machine: {machine()}; python {platform.python_version()}")
    print(f"cold runs per side: {runs} (median, min..max); warm replays per turn: {turns}; "
          f"notes saved by the warm run: {notes}; worst warm p99 {worst * 1e3:.3f} ms")
    print(f"{'what':<{w1}}  {'figure':<{w2}}  {'target':<{w3}}  verdict")
    print(f"{'-' * w1}  {'-' * w2}  {'-' * w3}  -------")
    for r in rows:
        print(f"{r.what:<{w1}}  {r.figure:<{w2}}  {r.target:<{w3}}  {r.verdict}".rstrip())
    print(f"(took {took:.0f} s)")


if __name__ == "__main__":
    sys.exit(main())

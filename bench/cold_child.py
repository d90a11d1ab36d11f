"""One cold invocation in a fresh process: import a Lambda handler module, answer one event, exit.

    python bench/cold_child.py MODULE EVENT.json [SYS.PATH ENTRY ...]

Prints one JSON line (init and first-request seconds, peak RSS, what was said) and leaves with
os._exit, as a Lambda sandbox pays no interpreter shutdown per request. Kept tiny on purpose: the
skill and the floor pay exactly the same for this harness.
"""

import sys
import time

START = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402


def _peak_rss_kib() -> int:
    """This process's own high-water mark (VmHWM). getrusage's ru_maxrss is no use here: Linux
    carries it across exec, so a child would report its parent's peak."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _probe_storage() -> list[float] | None:
    """Time spent in the skill's storage calls (botocore import, client creation, the request), so
    the first request can be reported with storage excluded. None when the module is absent."""
    dynamo = sys.modules.get("steady_ground.storage.dynamo")
    repo = getattr(dynamo, "DynamoNotesRepository", None)
    if repo is None:
        return None
    spent = [0.0]
    call = repo._call

    def timed(self, op, **kwargs):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return call(self, op, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t

    repo._call = timed
    return spent


def main() -> None:
    module_name, event_path, *paths = sys.argv[1:]
    sys.path[:0] = paths
    with open(event_path, encoding="utf-8") as fh:
        event = json.load(fh)
    t0 = time.perf_counter()
    module = __import__(module_name)
    t1 = time.perf_counter()
    storage = _probe_storage()
    response = module.lambda_handler(event, None)
    t2 = time.perf_counter()
    speech = ((response.get("response") or {}).get("outputSpeech") or {}).get("ssml", "")
    report = {
        "harness_s": t0 - START,
        "init_s": t1 - t0,
        "first_s": t2 - t1,
        "storage_s": storage[0] if storage else None,
        "rss_kib": _peak_rss_kib(),
        "speech": speech,
        "modules": len(sys.modules),
        "botocore": "botocore" in sys.modules,
    }
    sys.stdout.write(json.dumps(report) + "\n")
    sys.stdout.flush()
    os._exit(0)


main()

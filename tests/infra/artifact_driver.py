"""Runs inside an unpacked dist/steady-ground.zip, the way Lambda would run it.

Started as `python -S -E -B artifact_driver.py TASK RUNTIME EVENT.json` with the working directory at
TASK: no site-packages, no PYTHONPATH, no bytecode writes. sys.path becomes TASK (the zip, like
/var/task), RUNTIME (boto3 and botocore only, like /var/runtime) and the standard library. Prints
one JSON object describing what happened; the test decides what is right.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import pkgutil
import resource
import sys
import sysconfig
import time
from pathlib import Path

task, runtime, event_file = sys.argv[1:4]
stdlib = [p for p in sys.path[1:] if "site-packages" not in p]
sys.path[:] = [task, runtime, *stdlib]


class Context:
    """The few LambdaContext attributes a handler may read."""

    function_name = "steady-ground-smoke"
    function_version = "1"
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:steady-ground-smoke:live"
    memory_limit_in_mb = 512
    aws_request_id = "00000000-0000-4000-8000-000000000000"
    log_group_name = "/steady-ground/smoke/skill"
    log_stream_name = "smoke"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 7000


started = time.perf_counter()
import lambda_function  # noqa: E402

init_seconds = time.perf_counter() - started
# What a SnapStart snapshot would capture: no AWS SDK loaded, so no credentials and no connection.
aws_sdk_at_init = sorted(m for m in ("boto3", "botocore") if m in sys.modules)

with open(event_file, encoding="utf-8") as fh:
    event = json.load(fh)
launch = lambda_function.lambda_handler(event, Context())
malformed = lambda_function.lambda_handler({"not": "an alexa request"}, Context())

# Every module of the skill imports from the zip, not only those a launch touches.
import steady_ground  # noqa: E402

for info in pkgutil.walk_packages(steady_ground.__path__, "steady_ground."):
    importlib.import_module(info.name)

stdlib_roots = {sysconfig.get_path("stdlib"), sysconfig.get_path("platstdlib")}
allowed = tuple({*(task, runtime), *stdlib_roots, *(os.path.realpath(p) for p in stdlib_roots)})
foreign = sorted(
    f"{name}: {mod.__file__}"
    for name, mod in list(sys.modules.items())
    if name not in {"__main__", "__mp_main__"}
    and getattr(mod, "__file__", None)
    and not os.path.abspath(mod.__file__).startswith(allowed)
)
skill_modules = sorted(name for name in sys.modules if name == "steady_ground" or name.startswith("steady_ground."))
outside_task = sorted(
    name for name in skill_modules if not os.path.realpath(sys.modules[name].__file__).startswith(os.path.realpath(task))
)

# Bytecode shipped for this interpreter must be hash-based, unchecked, and match the source.
pyc = {"checked": 0, "bad": []}
for source in sorted(Path(task).rglob("*.py")):
    cached = Path(importlib.util.cache_from_source(str(source)))
    if not cached.exists():
        continue
    data = cached.read_bytes()
    flags = int.from_bytes(data[4:8], "little")
    ok = (
        data[:4] == importlib.util.MAGIC_NUMBER
        and flags == 0b01
        and data[8:16] == importlib.util.source_hash(source.read_bytes())
    )
    pyc["checked"] += 1
    if not ok:
        pyc["bad"].append(str(source.relative_to(task)))

print(json.dumps({
    "python": "{}.{}".format(*sys.version_info[:2]),
    "init_seconds": init_seconds,
    "aws_sdk_at_init": aws_sdk_at_init,
    "max_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "launch": launch,
    "malformed": malformed,
    "skill_modules": skill_modules,
    "skill_modules_outside_task": outside_task,
    "foreign_modules": foreign,
    "pyc": pyc,
}))

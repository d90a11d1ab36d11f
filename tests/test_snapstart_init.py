"""Under SnapStart the init is a snapshot: load code into it, but never a client or credentials."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import json, sys
sys.path[:0] = [{lam!r}, {root!r}]
import lambda_function
from steady_ground.storage import client
print(json.dumps({{"botocore": "botocore.session" in sys.modules, "client": client._client is not None}}))
"""


def _init(initialization_type: str | None) -> dict[str, bool]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_LAMBDA")}
    env.update({"AWS_LAMBDA_FUNCTION_NAME": "steady-ground", "ID_HASH_SECRET": "s" * 40,
                "SKILL_ID": "amzn1.ask.skill.00000000-0000-4000-8000-000000000000"})
    if initialization_type:
        env["AWS_LAMBDA_INITIALIZATION_TYPE"] = initialization_type
    code = PROBE.format(lam=str(ROOT / "lambda"), root=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_snapstart_init_loads_botocore_code_but_creates_no_client():
    assert _init("snap-start") == {"botocore": True, "client": False}


def test_an_on_demand_init_loads_no_aws_sdk_at_all():
    assert _init("on-demand") == {"botocore": False, "client": False}

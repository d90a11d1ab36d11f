"""The benchmark still runs (issue 8). Quick mode only: no figure is asserted, none means anything here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _quick(script: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), "--quick"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_the_safety_benchmark_prints_both_parts_speed_and_cold_cost():
    out = _quick("safety.py")
    for section in ("== held-out part", "== tuning part", "overall recall", "overall false positives",
                    "labelled clear", "screen a 1,000-character everyday answer", "cold: import the screen"):
        assert section in out, f"no {section!r} in:\n{out}"
    for cls in ("self_harm", "strangulation", "asks_help", "safe_idiom", "safe_hotline"):
        assert out.count(cls) >= 2, cls  # a row in each part


def test_the_benchmark_runs_in_quick_mode_and_prints_every_section():
    out = _quick("run.py")
    assert "QUICK" in out
    for section in ("1. cold start ratio", "2. first request after init", "3. warm launch", "3. warm guidance",
                    "3. warm boundary", "3. warm reflection", "3. warm notes", "4. dynamodb guidance",
                    "5. peak RSS", "6. artifact"):
        assert section in out, f"no {section!r} row in:\n{out}"
    # The cold launch answered a returning person and guidance turns never touched storage.
    assert "4. dynamodb launch 0: open steady ground" in out
    guidance = [line for line in out.splitlines() if line.startswith("4. dynamodb guidance") and "0 calls" in line]
    assert guidance and all("0 read, 0 write" in line for line in guidance)

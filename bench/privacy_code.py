"""The privacy code's cost and the quick exit's accuracy (issue 14).

    .venv/bin/python bench/privacy_code.py [--runs N]

1. the key derivation (scrypt, the stored parameters) per check, on this machine: median, p95 and
   max over --runs (default 30), its memory, and an estimate for the deployed function: Lambda
   gives a 512 MB function about 512/1769 of one vCPU, so the same work takes about 3.5 times as
   long there. Alexa allows about 8 s for a whole response.
2. the quick-exit recogniser on the labelled corpora in tests/corpora: recall (exits caught) and
   false exits (answers taken for an exit), on the tuning part and on the held-out part.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]

from tools import corpus  # noqa: E402

from steady_ground import privacy_code, quick_exit  # noqa: E402

LAMBDA_MEMORY_MB = 512  # template.yaml
FULL_VCPU_MB = 1769  # the memory at which Lambda gives one whole vCPU
BUDGET_MS = 8000.0
NOW = datetime(2026, 11, 27, tzinfo=UTC)


def kdf_times(runs: int) -> list[float]:
    record = privacy_code.new_record("2580", b"bench-pepper" * 3)
    times = []
    for i in range(runs):
        start = time.perf_counter()
        privacy_code.check(record, "2580" if i % 2 else "1111", [b"bench-pepper" * 3], NOW)
        times.append((time.perf_counter() - start) * 1000)
    return times


def score(rows: list[tuple[bool, str]]) -> tuple[int, int, int, int]:
    exits = [said for label, said in rows if label]
    others = [said for label, said in rows if not label]
    caught = sum(quick_exit.is_quick_exit(s) for s in exits)
    false = sum(quick_exit.is_quick_exit(s) for s in others)
    return caught, len(exits), false, len(others)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    times = sorted(kdf_times(max(args.runs, 2)))
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    scale = FULL_VCPU_MB / LAMBDA_MEMORY_MB
    kdf = privacy_code.CURRENT
    memory_mib = 128 * kdf.n * kdf.r / 2**20
    print(f"1. kdf {kdf.name} n={kdf.n} r={kdf.r} p={kdf.p}, {memory_mib:.0f} MiB, runs={len(times)}")
    print(f"1. check here: median {median:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms")
    print(f"1. check on Lambda {LAMBDA_MEMORY_MB} MB (x{scale:.2f}, estimated): median {median * scale:.0f} ms, "
          f"max {times[-1] * scale:.0f} ms, of a {BUDGET_MS:.0f} ms budget")
    for name in ("quick_exit_tuning.tsv", "quick_exit_heldout.tsv"):
        caught, exits, false, others = score(corpus.read(name))
        print(f"2. quick exit {name}: recall {caught}/{exits} = {caught / exits:.2f}, "
              f"false exits {false}/{others} = {false / others:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

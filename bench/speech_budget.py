"""How long the skill's turns are, by kind, over every response the certification walk reaches.

    .venv/bin/python bench/speech_budget.py [--longest N]

Prints, per kind of turn (tests/support/speech.py classifies each response by the template keys
that built it), how many distinct responses there are and their word counts (min, median, max)
against the budget, then the safety answer's first number position, then the longest responses.
The budgets themselves are asserted in tests/test_speech.py; this prints the figures.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]
os.environ.setdefault("STEADY_GROUND_ALLOW_DEV_KEY", "1")
os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ.setdefault("TABLE_NAME", "SteadyGroundNotes")

from tests.support.speech import BUDGETS, FIRST_NUMBER_WITHIN, first_number_at, measure  # noqa: E402
from tests.support.walk import walk_everything  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--longest", type=int, default=5, help="show the N longest responses of each kind")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # the walk's unreachable Alexa API is expected, not news
    walk = walk_everything()
    measured = measure(walk.replies)
    print(f"{walk.responses} responses in {len(walk.states)} states; {len(measured)} distinct spoken texts")
    print(f"{'kind':<20}{'count':>7}{'min':>6}{'median':>8}{'max':>6}{'budget':>8}  over")
    over_any = False
    for kind, budget in BUDGETS.items():
        counts = [m.words for m in measured if m.kind == kind]
        if not counts:
            print(f"{kind:<20}{0:>7}{'-':>6}{'-':>8}{'-':>6}{budget:>8}")
            continue
        over = sum(c > budget for c in counts)
        over_any = over_any or bool(over)
        print(f"{kind:<20}{len(counts):>7}{min(counts):>6}{statistics.median(counts):>8g}{max(counts):>6}{budget:>8}  {over}")
    positions = [first_number_at(m.text) for m in measured if m.kind == "safety"]
    said = [p for p in positions if p is not None]
    if said:
        print(f"safety: first number at word {min(said)} to {max(said)} (within {FIRST_NUMBER_WITHIN})")
    if args.longest:
        for kind in BUDGETS:
            longest = sorted((m for m in measured if m.kind == kind), key=lambda m: -m.words)[: args.longest]
            if not longest:
                continue
            print(f"\nlongest {kind}:")
            for m in longest:
                print(f"  {m.words:>3}  {m.text[:150]}")
                print(f"       {', '.join(m.keys)[:150]}")
    return 1 if over_any else 0


if __name__ == "__main__":
    raise SystemExit(main())

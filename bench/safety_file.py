"""Screen one corpus file and print aggregates only (recall per danger class, false positives per everyday class).

    .venv/bin/python bench/safety_file.py tests/corpora/safety/pending/hand_l.tsv [--rules-only]

For measuring a new blind hand unseen, as written, before anything is drawn from it: no sentence is printed.
``--rules-only`` screens without the learned backstop (the rules' share).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "lambda")]

from steady_ground import safety  # noqa: E402


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f}%" if d else "   - "


def measure(rows: list[dict[str, str]], use_model: bool = True) -> dict[str, tuple[int, int]]:
    """class -> (flagged, n); plus "danger" (caught / n) and "everyday" (false positives / n)."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        hit = safety.screen(row["text"], "en-US", use_model=use_model) is not None
        for key in (row["class"], "everyday" if row["class"].startswith("safe_") else "danger"):
            out[key][0] += hit
            out[key][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--rules-only", action="store_true", help="screen without the learned backstop")
    args = parser.parse_args()
    for path in args.files:
        got = measure(load(path), use_model=not args.rules_only)
        caught, n = got.get("danger", (0, 0))
        fp, m = got.get("everyday", (0, 0))
        print(f"== {path.name} ({'rules only' if args.rules_only else 'whole screen'}) ==")
        print(f"recall {pct(caught, n)} ({caught}/{n})   false positives {pct(fp, m)} ({fp}/{m})")
        for cls in sorted(k for k in got if k not in ("danger", "everyday")):
            hit, k = got[cls]
            print(f"  {cls:<16} n={k:>3}  {'FP' if cls.startswith('safe_') else 'recall'} {pct(hit, k)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How well the safety screen hears each market's way of saying danger (issue 18).

    make bench-safety-locales     # or: .venv/bin/python bench/safety_locales.py [--misses]

Reads ``tests/corpora/safety/locales.tsv`` (local phrasings and idioms, every row held out: written
once and never tuned on) and prints, per locale, recall on the danger rows (caught at any tier) and
the false-positive rate on the everyday rows, screening each sentence in its own locale.
``--misses`` lists what was missed or wrongly flagged.
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

CORPUS = ROOT / "tests" / "corpora" / "safety" / "locales.tsv"


def rows() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list misses and false positives")
    args = parser.parse_args(argv)
    danger: dict[str, list[bool]] = defaultdict(list)
    everyday: dict[str, list[bool]] = defaultdict(list)
    wrong: list[str] = []
    for row in rows():
        heard = safety.screen(row["text"], row["locale"]) is not None
        is_danger = row["tier"] != "none"
        (danger if is_danger else everyday)[row["locale"]].append(heard)
        if heard != is_danger:
            wrong.append(f"{row['locale']} {'missed' if is_danger else 'flagged'} [{row['class']}]: {row['text']}")
    print("locale  danger recall        everyday false positives")
    for locale in sorted(set(danger) | set(everyday)):
        d, e = danger[locale], everyday[locale]
        print(f"{locale}   {sum(d):>2}/{len(d):<2} = {sum(d) / max(len(d), 1):6.1%}    "
              f"{sum(e):>2}/{len(e):<2} = {sum(e) / max(len(e), 1):6.1%}")
    if args.misses:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Whether a change to the safety screen's engine changed any answer: the screen at a git revision
against the screen in this checkout, on every sentence of the safety corpus.

    .venv/bin/python tools/safety_equivalence.py            # against HEAD (the work not yet committed)
    .venv/bin/python tools/safety_equivalence.py main       # against another revision

Screens every row of every ``tests/corpora/safety/*.tsv`` (the pending blind hands too) and every utterance
of ``tests/corpora/understanding`` (its pending hands too), the benchmark's
four long answers at several lengths, run-ons of twelve tuning sentences joined by "and", and run-ons
of twelve tuning idioms (blank after blank, each blank's "~" bringing words together), with the
screen of the revision (its ``lambda/``, taken with ``git archive``) and with this checkout's, each in
its own process, and compares (class, tier, bare help) one by one, with the learned backstop and with
the rules alone (``use_model=False``), and the normalised text (the words
the rules and the learned backstop read, and whether a hedge was dropped): an engine change must leave
the model's input as it was. The corpus is read from this checkout for both. Held-out and pending rows
are counted, never printed; other differences are listed. Exit 1 when anything differs. For an engine change (speed) the answer must be "no difference"; a
change of rules or of the model differs on purpose and is measured by ``make bench-safety`` instead.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "safety"
UNDERSTANDING = ROOT / "tests" / "corpora" / "understanding"
UNSEEN = ("heldout", "hand_", "understanding heldout", "understanding hand_")  # files whose sentences are never printed

SCREEN_ALL = """
import json, sys
sys.path.insert(0, sys.argv[1])
from steady_ground import safety
for line in sys.stdin:
    text = json.loads(line)
    found = safety.screen(text, "en-US")
    rules_only = safety.screen(text, "en-US", use_model=False)
    print(json.dumps([[None if f is None else [f.cls, f.tier, f.bare_help] for f in (found, rules_only)], safety.normalise(text)]))
"""


def texts() -> list[tuple[str, str]]:
    """(where, text): every corpus row, the benchmark's long answers, run-ons of tuning sentences and idioms."""
    out: list[tuple[str, str]] = []
    idioms: list[str] = []
    for path in [*sorted(CORPUS.glob("*.tsv")), *sorted(CORPUS.glob("pending/*.tsv"))]:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
        out.extend((path.stem, row["text"]) for row in rows)
        if path.stem.startswith("tuning"):
            idioms.extend(row["text"] for row in rows if row["class"] == "safe_idiom")
    for path in [*sorted(UNDERSTANDING.glob("*.jsonl")), *sorted(UNDERSTANDING.glob("pending/*.jsonl"))]:
        with path.open(encoding="utf-8") as f:
            lines = [json.loads(line) for line in f if line.strip()]
        out.extend((f"understanding {path.stem}", row["text"]) for row in lines if isinstance(row.get("text"), str))
    sys.path.insert(0, str(ROOT / "bench"))
    import safety as bench  # the benchmark's answers, where they are written

    for _, _, text, ending in bench.ANSWERS:
        out.extend(("long answers", bench.answer_of(chars, text, ending)) for chars in (200, 500, 1000, 2000))
    tuning = [text for where, text in out if where.startswith("tuning")]
    out.extend(("run-ons", " and ".join(tuning[k : k + 12])) for k in range(0, len(tuning), 12))
    out.extend(("idiom run-ons", " and ".join(idioms[k : k + 12])) for k in range(0, len(idioms), 12))
    return out


def screened(lambda_dir: Path, sentences: list[str]) -> list[tuple[object, object]]:
    """(answer, normalised text) for each sentence, by the screen in ``lambda_dir``."""
    lines = "".join(json.dumps(s) + "\n" for s in sentences)
    run = subprocess.run(
        [sys.executable, "-c", SCREEN_ALL, str(lambda_dir)], input=lines, capture_output=True, text=True, check=True
    )
    return [tuple(json.loads(line)) for line in run.stdout.splitlines()]


def main() -> int:
    revision = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    rows = texts()
    sentences = [text for _, text in rows]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "archive", revision, "lambda"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        before = screened(Path(tmp) / "lambda", sentences)
    after = screened(ROOT / "lambda", sentences)
    total: Counter[str] = Counter()
    differ: Counter[str] = Counter()  # the answer
    reread: Counter[str] = Counter()  # the normalised text
    for (where, text), (old, old_said), (new, new_said) in zip(rows, before, after, strict=True):
        total[where] += 1
        differ[where] += old != new
        reread[where] += old_said != new_said
        if (old != new or old_said != new_said) and not where.startswith(UNSEEN):
            print(f"  [{where}] {old} -> {new}: {text[:160]}")
            if old_said != new_said:
                print(f"    normalised {old_said} -> {new_said}")
    print(f"screened {len(rows)} texts ({len(total)} sources) with {revision} and with this checkout")
    for where in sorted(total):
        print(f"  {where:<18} {total[where]:>5}  differ {differ[where]}  normalised differently {reread[where]}")
    changed = sum(differ.values()) + sum(reread.values())
    print("no difference" if not changed else f"DIFFERENT: {sum(differ.values())} answers, {sum(reread.values())} normalised texts")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())

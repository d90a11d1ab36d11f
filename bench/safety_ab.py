"""The safety screen's speed at a git revision against this checkout's, interleaved in one process (issue 13).

    .venv/bin/python bench/safety_ab.py REV [--rounds 15] [--calls 300]

On a machine shared with other work, two runs of ``bench/safety.py --speed`` minutes apart differ by
more than most engine changes do. This loads the revision's screen (its ``safety.py`` and
``rule_compiler.py``, and its anchor index, taken with ``git archive``) beside this checkout's, in the
same process (the rules' data and the model are this checkout's for both), checks that the two give
every one of the benchmark's four 1,000-character answers the same answer, then times them in turn:
each round, for each answer, ``calls`` screens with one engine then ``calls`` with the other (the order
alternating by round), CPU time of this thread, warm, collector frozen. It prints, per answer, the
lowest p50 and p99 over the rounds for each, and the median over rounds of the new/old ratio of the
same round's p50 and p99 (the figure to trust: both halves of a round ran under the same load).
Only the benchmark's own answers are screened: no corpus row is read.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "lambda"), str(ROOT / "bench")]

import safety as bench  # noqa: E402  (bench/safety.py: the answers and the machine reference)
from steady_ground import safety as new  # noqa: E402

ENGINE = ("safety.py", "rule_compiler.py", "safety_anchors_en.json")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def engine_at(revision: str, into: Path) -> ModuleType:
    """The revision's screen as the module ``ab_old_safety`` (its compiler as ``ab_old_rule_compiler``)."""
    paths = [f"lambda/steady_ground/{name}" for name in ENGINE]
    archive = subprocess.run(["git", "archive", revision, *paths], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    where = into / "lambda" / "steady_ground"
    _load("ab_old_rule_compiler", where / "rule_compiler.py")
    source = (where / "safety.py").read_text(encoding="utf-8")
    (where / "ab_old_safety.py").write_text(
        source.replace("from steady_ground.rule_compiler import", "from ab_old_rule_compiler import"), encoding="utf-8"
    )
    return _load("ab_old_safety", where / "ab_old_safety.py")


def _answer(found: object) -> object:
    return None if found is None else (found.cls, found.tier, found.bare_help)  # type: ignore[attr-defined]


def percentiles(screen: object, text: str, calls: int) -> tuple[float, float]:
    """p50 and p99 CPU ms of ``calls`` screens of the text."""
    cpu = time.thread_time_ns
    samples = []
    for _ in range(calls):
        c0 = cpu()
        screen(text, "en-US")  # type: ignore[operator]
        samples.append(cpu() - c0)
    samples.sort()
    return statistics.median(samples) / 1e6, samples[int(len(samples) * 0.99) - 1] / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old = engine_at(args.revision, Path(tmp))
        texts = {name: bench.answer_of(1000, text, ending) for name, _, text, ending in bench.ANSWERS}
        for name, text in texts.items():
            if _answer(old.screen(text, "en-US")) != _answer(new.screen(text, "en-US")):
                print(f"the two screens answer the {name} answer differently: no speed comparison")
                return 1
        old.warm()
        new.warm()
        for text in texts.values():
            old.screen(text, "en-US")
            new.screen(text, "en-US")
        gc.collect()
        gc.freeze()
        got: dict[tuple[str, str], list[tuple[float, float]]] = {(w, n): [] for w in ("old", "new") for n in texts}
        for r in range(args.rounds):
            for name, text in texts.items():
                for which in ("old", "new") if r % 2 == 0 else ("new", "old"):
                    got[(which, name)].append(percentiles((old if which == "old" else new).screen, text, args.calls))
    print(f"{args.revision} (old) against this checkout (new): {args.rounds} rounds of {args.calls} calls per answer")
    print(f"load average {os.getloadavg()[0]:.1f}; machine reference {bench.reference():.2f} ms (bench/safety.py)")
    for name in texts:
        o, n = got[("old", name)], got[("new", name)]
        r50 = statistics.median(b[0] / a[0] for a, b in zip(o, n, strict=True))
        r99 = statistics.median(b[1] / a[1] for a, b in zip(o, n, strict=True))
        print(
            f"{name:<9} old p50 {min(p for p, _ in o):.3f} p99 {min(p for _, p in o):.3f} ms;"
            f" new p50 {min(p for p, _ in n):.3f} p99 {min(p for _, p in n):.3f} ms;"
            f" new/old per round (median): p50 {r50:.3f} p99 {r99:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

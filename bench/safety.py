"""How well the safety screen hears danger, measured on the corpus (issue 13).

    make bench-safety             # or: .venv/bin/python bench/safety.py [--misses] [--quick]

Prints, for the held-out parts and then the tuning parts (every ``tuning*.tsv``) of ``tests/corpora/safety``:
  - per danger class: how many phrasings, recall (caught at any tier), the share given the labelled
    class, and the share given the labelled tier;
  - per everyday class: the false-positive rate (any tier), and how many were clear;
  - overall recall, overall false-positive rate, and recall per labelled tier;
then the screen's CPU time on four 1,000-character answers (everyday, full of idioms and negated
harm, one long run-on, one ending in danger): p50/p99 over many warm calls, the lowest of several
rounds; and the cold cost of importing the screen and of its first screen, in new processes.

``--speed`` prints only the speed section. ``--misses`` lists the tuning part's misses and false positives, to tune on. The held-out part's
sentences are never printed: it is written once and never tuned on.
"""

from __future__ import annotations

import argparse
import csv
import gc
import os
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "lambda")]

from steady_ground import safety  # noqa: E402

CORPUS = ROOT / "tests" / "corpora" / "safety"
TARGET_RECALL, TARGET_CLASS_RECALL, TARGET_FP = 0.97, 0.90, 0.03
# Parts never tuned on, each written by its own hand (their misses are never printed): the first, written
# before any rule; the others, each written blind later by someone who never saw the rules or other parts.
# v2 to v8 were retired into the backstop's training material in wave 12 (tuning_retired_v2_v8.tsv), after
# their last measurement: what they taught the rules' authors through eleven waves of aggregates made them
# less blind each wave, and seven more writers' voices teach the model more than they still measured.
HELD_OUT = (("heldout", "held-out"), ("heldout_v9", "held-out v9 (written blind)"),
            ("heldout_v10", "held-out v10 (written blind)"), ("heldout_v11", "held-out v11 (written blind)"),
            ("heldout_v12", "held-out v12 (written blind, wave 15)"))
BLIND = tuple(name for name, _ in HELD_OUT if name != "heldout")  # pooled: the blind parts together


def load(split: str) -> list[dict[str, str]]:
    with (CORPUS / f"{split}.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_tuning() -> list[dict[str, str]]:
    """Every tuning part (``tuning*.tsv``, one file a hand), in name order."""
    return [row for path in sorted(CORPUS.glob("tuning*.tsv")) for row in load(path.stem)]


def pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f}%" if d else "   - "


def report(split: str, rows: list[dict[str, str]], show_misses: bool) -> tuple[float, float, float]:
    danger: dict[str, list[tuple[dict[str, str], safety.Screening | None]]] = defaultdict(list)
    everyday: dict[str, list[tuple[dict[str, str], safety.Screening | None]]] = defaultdict(list)
    for row in rows:
        found = safety.screen(row["text"], "en-US")
        (everyday if row["class"].startswith("safe_") else danger)[row["class"]].append((row, found))

    print(f"\n== {split} part ({len(rows)} sentences) ==")
    print(f"{'danger class':<16} {'n':>4} {'recall':>7} {'class':>7} {'tier':>7}  verdict")
    worst = 1.0
    caught_all = total_all = 0
    by_tier: Counter[str] = Counter()
    by_tier_caught: Counter[str] = Counter()
    by_tier_right: Counter[str] = Counter()
    for cls, items in sorted(danger.items()):
        caught = sum(1 for _, f in items if f)
        same = sum(1 for r, f in items if f and f.cls == r["class"])
        tier_ok = sum(1 for r, f in items if f and f.tier == r["tier"])
        for r, f in items:
            by_tier[r["tier"]] += 1
            by_tier_caught[r["tier"]] += bool(f)
            by_tier_right[r["tier"]] += bool(f and f.tier == r["tier"])
        worst = min(worst, caught / len(items))
        caught_all += caught
        total_all += len(items)
        verdict = "met" if caught / len(items) >= TARGET_CLASS_RECALL else "UNDER"
        print(
            f"{cls:<16} {len(items):>4} {pct(caught, len(items)):>7} {pct(same, len(items)):>7} {pct(tier_ok, len(items)):>7}  {verdict}"
        )
    print(f"\n{'everyday class':<16} {'n':>4} {'FP':>7} {'clear':>7}")
    fp_all = n_all = 0
    for cls, items in sorted(everyday.items()):
        fp = sum(1 for _, f in items if f)
        clear = sum(1 for _, f in items if f and f.clear)
        fp_all += fp
        n_all += len(items)
        print(f"{cls:<16} {len(items):>4} {pct(fp, len(items)):>7} {pct(clear, len(items)):>7}")
    recall = caught_all / total_all if total_all else 0.0
    fp_rate = fp_all / n_all if n_all else 0.0
    print(
        f"\noverall recall {pct(caught_all, total_all)} ({caught_all}/{total_all}; target >= {TARGET_RECALL:.0%}, every class >= {TARGET_CLASS_RECALL:.0%}: worst {worst:.1%})"
    )
    print(f"overall false positives {pct(fp_all, n_all)} ({fp_all}/{n_all}; target <= {TARGET_FP:.0%})")
    for tier in safety.TIERS:
        if by_tier[tier]:
            print(
                f"labelled {tier:<8} n={by_tier[tier]:>3}  caught {pct(by_tier_caught[tier], by_tier[tier])}  given this tier {pct(by_tier_right[tier], by_tier[tier])}"
            )
    if show_misses and split == "tuning":
        print("\nmisses (danger not caught):")
        for cls, items in sorted(danger.items()):
            for r, f in items:
                if not f:
                    print(f"  [{cls}] {r['text']}   -> {safety.normalise(r['text'])[0]}")
        print("false positives:")
        for cls, items in sorted(everyday.items()):
            for r, f in items:
                if f:
                    print(f"  [{cls}] {r['text']}   -> {f.cls}/{f.tier}  ({safety.normalise(r['text'])[0]})")
    return recall, worst, fp_rate


EVERYDAY_ANSWER = (
    "so um yeah we had another talk last night about the dishes and honestly he just kind of shuts down "
    "and goes on his phone, and I keep saying I want us to try counselling together but he says it's a "
    "waste of money and that we can sort it out ourselves. His mum thinks I'm overreacting. The kids "
    "were fine, they had football on Saturday and we all went for pizza after, which was nice actually. "
    "I guess what I'd like is for him to just listen for ten minutes without checking the game score, "
    "and maybe for us to plan one evening a week that's only ours. I've been reading about how to bring "
    "it up without it turning into a row, like starting with what I appreciate, because he does work hard "
    "and he's good with the kids. I told my sister and she said to give it time. I don't know, I'm tired "
    "of the same argument about chores and money, but we're okay, we laugh sometimes still, and I want to "
    "keep trying before we decide anything big about the future of us as a couple, you know."
)


IDIOM_ANSWER = (
    "honestly my feet are killing me after that shift and the traffic nearly killed me too, but he cracked "
    "me up at dinner with his terrible puns, he was killing it with the jokes. I'm dying to get away for a "
    "weekend, just the two of us. He's never hurt me and he never would, he's not violent at all, he's just "
    "stubborn about the counselling thing. My sister says the kids will be the death of me and she's not "
    "wrong, the baby kicked me all night and the dog bit my slipper to pieces. He beat me at cards again and "
    "hit me up with a question about the holiday, and he pushed me to finally book the dentist. My boss is "
    "murdering me with deadlines, this week is destroying me, I could strangle the printer. He grabbed me a "
    "coffee on the way home, which was sweet. I'm afraid I forgot his mum's birthday, so he'll kill me if "
    "he finds out I missed the card. Anyway I'm not scared of him, I'm scared of the spiders in the shed."
)
RUN_ON_ANSWER = (
    "and then um he said we should maybe just leave it and I said no because like I want to talk about it "
    "and he goes why do you always bring this up when I get home and I said because when else would we and "
    "then he kind of sighed and went on his phone and I sat there and I thought fine we can leave the "
    "big talk for another night so I made tea and he came in and said sorry and then we watched something "
    "and I guess it was okay but then this morning it was the same thing again with the bins and the car "
    "and whose turn it is to do the school run and I mean I know he is worn out and so am I and we both work and "
    "it is a lot but I just want him to say yes to one session with someone and he keeps saying he will "
    "think about it and then he never does and I don't know what else to say to him really so I told him "
    "I would look for someone who does evenings and he said fine whatever and that was it for the night"
)
ANSWERS = (
    ("everyday", "a 1,000-character everyday answer", EVERYDAY_ANSWER, ""),
    ("idioms", "a 1,000-character answer full of idioms and negated harm", IDIOM_ANSWER, ""),
    ("run-on", "a 1,000-character run-on answer, no punctuation", RUN_ON_ANSWER, ""),
    ("danger", "a 1,000-character answer ending in danger", EVERYDAY_ANSWER, " and then he put his hands on my neck"),
)


def answer_of(chars: int, text: str = EVERYDAY_ANSWER, ending: str = "") -> str:
    """A long spoken answer of ``chars`` characters: the text repeated, cut, then its ending."""
    body = text
    while len(body) < chars - len(ending):
        body += " " + text
    return body[: chars - len(ending)] + ending


def latency(calls: int, repeats: int) -> dict[str, tuple[float, float, str]]:
    """CPU time of one screen (this thread's, so the scheduler's pauses on a loaded machine don't count),
    in ms: p50 and p99 of ``calls`` calls, the lowest of ``repeats`` rounds (the round least disturbed),
    and the verdict, for each answer. Warm, with the collector frozen as the skill does after init."""
    texts = {name: answer_of(1000, text, ending) for name, _, text, ending in ANSWERS}
    verdicts = {}
    for name, text in texts.items():
        found = safety.screen(text, "en-US")
        verdicts[name] = f"{found.cls}/{found.tier}" if found else "everyday"
    gc.collect()
    gc.freeze()
    rounds: dict[str, list[tuple[float, float]]] = defaultdict(list)
    cpu = time.thread_time_ns
    screen = safety.screen
    for _ in range(repeats):
        for name, text in texts.items():
            samples = []
            for _ in range(calls):
                c0 = cpu()
                screen(text, "en-US")
                samples.append(cpu() - c0)
            samples.sort()
            rounds[name].append((statistics.median(samples) / 1e6, samples[int(len(samples) * 0.99) - 1] / 1e6))
    return {
        name: (min(p50 for p50, _ in got), min(p99 for _, p99 in got), verdicts[name]) for name, got in rounds.items()
    }


def reference() -> float:
    """CPU ms of a fixed pure-Python loop (the lowest of 5): how fast this machine runs Python right now.
    On a shared machine the same code's CPU time drifts between runs; compare runs by this figure."""
    best = float("inf")
    for _ in range(5):
        c0 = time.thread_time_ns()
        total = 0
        for i in range(200_000):
            total += i
        best = min(best, (time.thread_time_ns() - c0) / 1e6)
    return best


COLD = """
import sys, time
sys.path.insert(0, {lambda_dir!r})
w0, c0 = time.perf_counter(), time.process_time()
from steady_ground import safety
w1, c1 = time.perf_counter(), time.process_time()
safety.screen("he is scared of nothing", "en-US")
w2, c2 = time.perf_counter(), time.process_time()
print((w1 - w0) * 1000, (c1 - c0) * 1000, (w2 - w1) * 1000, (c2 - c1) * 1000)
"""


def cold(runs: int) -> tuple[list[float], list[float]]:
    """Medians and minimums over new processes: import (wall, cpu), first screen (wall, cpu), in ms."""
    got: list[list[float]] = [[], [], [], []]
    code = COLD.format(lambda_dir=str(ROOT / "lambda"))
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        for i, value in enumerate(out):
            got[i].append(float(value))
    return [statistics.median(g) for g in got], [min(g) for g in got]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list the tuning part's misses and false positives")
    parser.add_argument("--quick", action="store_true", help="few latency calls and cold runs: proves it runs")
    parser.add_argument("--speed", action="store_true", help="only the speed and cold-start figures")
    args = parser.parse_args()
    print("Steady Ground safety screen benchmark (corpus: tests/corpora/safety)")
    held = {} if args.speed else {
        name: report(label, load(name), show_misses=False)
        for name, label in HELD_OUT
        if (CORPUS / f"{name}.tsv").exists()
    }
    if not args.speed:
        blind = [row for name in BLIND if (CORPUS / f"{name}.tsv").exists() for row in load(name)]
        held["pooled"] = report(f"blind held-out parts pooled ({', '.join(BLIND)})", blind, show_misses=False)
        report("tuning", load_tuning(), show_misses=args.misses)
    calls, repeats = (50, 1) if args.quick else (2000, 7)
    speed = latency(calls, repeats)
    runs = 1 if args.quick else 15
    (imp_wall, imp_cpu, first_wall, first_cpu), lowest = cold(runs)
    loadavg = os.getloadavg()[0]
    print(f"\n== speed == (load average {loadavg:.1f} on {os.cpu_count()} cores; CPU time of this thread, warm)")
    print(f"p50 and p99 of {calls} calls, the lowest over {repeats} rounds; target p99 < 1 ms")
    print(f"machine reference: a fixed Python loop takes {reference():.2f} ms of CPU now (compare runs by it)")
    for name, label, _, _ in ANSWERS:
        c50, c99, verdict = speed[name]
        met = "met" if c99 < 1 else "UNDER"
        print(f"screen {label} ({verdict}): cpu p50 {c50:.3f} ms p99 {c99:.3f} ms ({met})")
    for name, _, text, ending in ANSWERS:
        if not ending:
            first = next((n for n in range(100, 2001, 50) if safety.screen(answer_of(n, text), "en-US")), None)
            said = f"first at {first} characters" if first else "never, 100 to 2,000 characters"
            print(f"the {name} answer cut to 100, 150, ... 2,000 characters: the calm check asked {said}")
    print(
        f"cold: import the screen {imp_wall:.1f} ms wall / {imp_cpu:.1f} ms cpu;"
        f" first screen (loads the index, compiles its rules) {first_wall:.1f} ms wall / {first_cpu:.1f} ms cpu"
        f" (medians of {runs} new processes; lowest: import {lowest[1]:.1f} ms cpu, first screen {lowest[3]:.1f} ms cpu)"
    )
    print()
    for name, label in (*HELD_OUT, ("pooled", "blind held-out parts pooled")):
        if name in held:
            recall, worst, fp = held[name]
            reached = recall >= TARGET_RECALL and worst >= TARGET_CLASS_RECALL and fp <= TARGET_FP
            print(
                f"{label} targets (recall >= 97%, every class >= 90%, false positives <= 3%): {'met' if reached else 'NOT met'}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

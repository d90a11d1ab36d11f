"""How well the skill understands people as they talk: the labelled corpus through both simulator NLUs.

    make bench-nlu                    # the table
    make bench-nlu ARGS=--show        # and every miss, with what was heard instead
    make bench-nlu ARGS="--file tests/corpora/understanding/pending/hands_f_g.jsonl --show"
                                      # one hand kept apart, in the tuning column (never a held-out file)

For the tuning and held-out parts separately, the share of utterances handled as labelled (the
right intent, and the right slot values) by the literal matcher (the model's own sentences only: a
lower bound on what Alexa will get) and by the generalising one (closer to Alexa's NLU), per state.
The corpus is tests/corpora/understanding/*.jsonl; its README says what the labels mean.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "lambda")]

from tools.nlu import Match  # noqa: E402
from tools.nlu_general import make_nlu  # noqa: E402

from steady_ground.config import LOCALES  # noqa: E402
from steady_ground.conversation import checkin  # noqa: E402
from steady_ground.conversation.machine import Ev, Event  # noqa: E402

MOOD_IDS = frozenset(str(r) for r in checkin.RATINGS)

CORPUS = ROOT / "tests" / "corpora" / "understanding"
MODES = ("literal", "general")
# heldout: written first, in a formal, older voice; heldout_v2, _v3 and _v4: each written blind later by
# another hand who saw only the label vocabulary and a line on what the skill says in each state. None is
# tuned on; only the tuning part's misses print.
SPLITS = ("tuning", "heldout", "heldout_v2", "heldout_v3", "heldout_v4", "heldout_v5", "heldout_v6", "heldout_v7", "heldout_v8", "heldout_v9", "heldout_v10", "heldout_v11")
TARGETS = {("literal", "tuning"): 0.90, ("general", "tuning"): 0.95} | {
    (mode, split): target for split in SPLITS[1:] for mode, target in (("literal", 0.85), ("general", 0.95))}
# States where the skill has asked Alexa to capture the next utterance whole.
FREE_TEXT_STATES = frozenset({
    "boundary:moment", "boundary:statement", "boundary:consequence", "boundary:rehearse",
    "reflection:words", "checkin:words", "notes:capture",
})


@dataclass(frozen=True)
class Utterance:
    id: str
    split: str
    state: str
    text: str
    intents: tuple[str, ...]
    slots: dict[str, str]


def load(corpus: Path = CORPUS) -> list[Utterance]:
    found = []
    for path in sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else [corpus]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            intents = tuple(r["intent"]) if isinstance(r["intent"], list) else (r["intent"],)
            found.append(Utterance(r["id"], r["split"], r["state"], r["text"], intents, dict(r.get("slots") or {})))
    return found


def heard(nlu: Any, u: Utterance) -> Match:
    if u.state in FREE_TEXT_STATES:
        return nlu.elicited(u.text, "CaptureTextIntent", "text")  # type: ignore[no-any-return]
    return nlu.understand(u.text)  # type: ignore[no-any-return]


def slot_heard(slot: dict[str, Any]) -> str | None:
    """A slot as the skill reads it: the resolved id if entity resolution matched, else the value."""
    for authority in (slot.get("resolutions") or {}).get("resolutionsPerAuthority", []):
        if authority.get("status", {}).get("code") == "ER_SUCCESS_MATCH" and authority.get("values"):
            return str(authority["values"][0]["value"]["id"])
    value = slot.get("value")
    return str(value) if value else None


def read_by_skill(name: str, slot: dict[str, Any]) -> str | None:
    """A slot as the skill reads it: the check-in reads a mood Alexa could not resolve itself ("worse
    than yesterday" is a 2), as it reads a number said in words; every other slot as ``slot_heard``."""
    got = slot_heard(slot)
    if name == "mood" and got is not None and got not in MOOD_IDS:
        rating = checkin.rating_of(Event(Ev.NOMATCH, got))
        return str(rating) if rating is not None else got
    return got


def handled(u: Utterance, m: Match) -> bool:
    if m.intent not in u.intents:
        return False
    for name, expected in u.slots.items():
        if name not in m.slots and len(u.intents) > 1:
            continue  # a slot of another acceptable intent
        got = read_by_skill(name, m.slots.get(name) or {})
        if expected == "*" and not got:
            return False
        if expected != "*" and got != expected:
            return False
    return True


def describe(m: Match) -> str:
    slots = {n: slot_heard(s) for n, s in m.slots.items() if slot_heard(s)}
    return m.intent + (f" {slots}" if slots else "")


def run(utterances: list[Utterance], locale: str = "en-US") -> dict[tuple[str, str], list[tuple[Utterance, Match, bool]]]:
    results: dict[tuple[str, str], list[tuple[Utterance, Match, bool]]] = defaultdict(list)
    for mode in MODES:
        nlu = make_nlu(mode, locale)
        for u in utterances:
            m = heard(nlu, u)
            results[(mode, u.split)].append((u, m, handled(u, m)))
    return results


def share(rows: list[tuple[Utterance, Match, bool]]) -> float:
    return sum(ok for *_, ok in rows) / len(rows) if rows else 0.0


def feature(state: str) -> str:
    return state.split(":")[0]


def table(results: dict[tuple[str, str], list[tuple[Utterance, Match, bool]]],
          splits: tuple[str, ...] = SPLITS) -> str:
    lines = ["Understanding, share handled as labelled (utterances)", ""]
    head = f"{'':24}" + "".join(f"{m + ' ' + s:>21}" for m in MODES for s in splits)
    lines.append(head)
    total = f"{'ALL':24}"
    for m in MODES:
        for s in splits:
            rows = results[(m, s)]
            total += f"{share(rows):>14.1%} ({len(rows):>4})"
    lines.append(total)
    target = f"{'target':24}" + "".join(f"{TARGETS[(m, s)]:>21.0%}" for m in MODES for s in splits)
    lines.append(target)
    lines.append("")
    states = sorted({u.state for rows in results.values() for u, *_ in rows})
    groups: list[tuple[str, Any]] = []
    for feat in sorted({feature(s) for s in states}):
        groups.append((feat, lambda u, f=feat: feature(u.state) == f))
        inner = [s for s in states if feature(s) == feat and s != feat]
        groups.extend((f"  {s}", lambda u, s=s: u.state == s) for s in inner)
    for name, in_group in groups:
        row = f"{name:24}"
        for m in MODES:
            for s in splits:
                rows = [r for r in results[(m, s)] if in_group(r[0])]
                row += f"{share(rows):>14.1%} ({len(rows):>4})" if rows else f"{'-':>21}"
        lines.append(row)
    return "\n".join(lines)


def misses(results: dict[tuple[str, str], list[tuple[Utterance, Match, bool]]]) -> str:
    lines = []
    for (mode, split), rows in sorted(results.items()):
        if split != "tuning":  # a held-out part's misses are never shown: its figure must stay honest
            continue
        wrong = [(u, m) for u, m, ok in rows if not ok]
        lines.append(f"\n{mode} / {split}: {len(wrong)} missed")
        for u, m in wrong:
            want = "|".join(u.intents) + (f" {u.slots}" if u.slots else "")
            lines.append(f"  [{u.state}] {u.text!r}\n      want {want}\n      got  {describe(m)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="list every miss of the tuning part")
    parser.add_argument("--split", choices=SPLITS, help="only this part of the corpus")
    parser.add_argument("--locale", choices=LOCALES, action="append",
                        help="measure this market's model (repeatable; default en-US; 'all' markets with --all)")
    parser.add_argument("--all", action="store_true", help="every market's model, one ALL line each")
    parser.add_argument("--file", type=Path, help="measure this one tuning-side file instead (a hand kept apart)")
    args = parser.parse_args(argv)
    if args.file is not None:
        if "heldout" in args.file.name:
            parser.error("a held-out part is measured only with the whole corpus, and its misses never show")
        utterances = [u for u in load(args.file) if u.split == "tuning"]
    else:
        utterances = [u for u in load() if args.split is None or u.split == args.split]
    if args.all:
        print(f"{'market':10}" + "".join(f"{m + ' ' + s:>21}" for m in MODES for s in SPLITS))
        for locale in LOCALES:
            res = run(utterances, locale)
            print(f"{locale:10}" + "".join(f"{share(res[(m, s)]):>21.1%}" for m in MODES for s in SPLITS))
        return 0
    for locale in args.locale or ["en-US"]:
        results = run(utterances, locale)
        if locale != "en-US":
            print(f"== {locale} ==")
        print(table(results, ("tuning",) if args.file is not None else SPLITS))
    if args.show:
        print(misses(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

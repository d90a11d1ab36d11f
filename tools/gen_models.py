"""The interaction models of the other English markets, generated from one shared source.

``interaction_models/en-US.json`` is the base. Each ``interaction_models/locales/<locale>.json``
says only what differs in that market:

- ``spelling``: whole words respelled in every sample and synonym ("counseling" -> "counselling").
  A slot value's own name and id never change (the code resolves them); the respelled form joins
  its synonyms instead.
- ``samples``: more samples for an intent, in the market's own idiom ("my other half ...").
- ``synonyms``: more synonyms for a slot value, by type and value name (taken from any other value
  of that type that the base gave them to: the market's meaning wins).

``interaction_models/sources/carriers.json`` grows en-US.json itself: for an intent, a few core phrases
(``say``: "yes", "set a boundary", "{strategy}") and the carriers people wrap them in (``in``:
"{} please", "could you {}", "yes {} because I want to"); every carrier with every core becomes a
sample of that intent, unless it already is one, or is another intent's (then it is listed, never
added twice: Alexa's build refuses one sentence in two intents). Samples only ever join; to take one
back, delete it from en-US.json and its source here.

Families: ``_sets`` names lists of words people put around what they mean (``lead``: "um", "okay so",
"alexa"; ``tail``: "please", "thanks", "I guess"), an entry may be empty. ``@name`` inside a core or a
carrier stands for each entry of that set in turn, so ``"@lead {} @tail"`` is every lead with every tail.

``make models`` writes ``interaction_models/<locale>.json`` for every locale file; ``--check``
(and tests/test_locale_models.py) fails when a generated model is out of date with its sources,
so after another branch adds intents or samples to en-US.json, ``make models`` brings every
market along.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tools.nlu import normalise

MODELS = Path(__file__).resolve().parent.parent / "interaction_models"
BASE = MODELS / "en-US.json"
CARRIERS = MODELS / "sources" / "carriers.json"
LOCALES_DIR = MODELS / "locales"


class ModelSourceError(ValueError):
    """A locale file asks for something the base model cannot take."""


# Alexa's documented interaction-model limits, per locale ("Interaction model limits" in Create the
# Interaction Model for Your Skill: developer.amazon.com/en-GB/docs/alexa/custom-skills/
# create-the-interaction-model-for-your-skill.html#limits). "1.5 MB" is read as 1,500,000 bytes of the
# JSON exactly as the skill package uploads it (indented, UTF-8): the strictest reading.
MAX_MODEL_BYTES = 1_500_000
MAX_INTENTS = 250
MAX_INTENTS_AND_SLOT_TYPES = 350
MAX_SLOT_VALUE_CHARS = 140  # a custom slot value, and each of its synonyms


def breaches(text: str) -> list[str]:
    """What in one locale's model (its JSON as uploaded) breaks a documented limit; empty if nothing."""
    lm = json.loads(text)["interactionModel"]["languageModel"]
    found = []
    size = len(text.encode("utf-8"))
    if size > MAX_MODEL_BYTES:
        found.append(f"{size:,} bytes, over the {MAX_MODEL_BYTES:,} a model may have")
    intents, types = len(lm["intents"]), len(lm.get("types", []))
    if intents > MAX_INTENTS:
        found.append(f"{intents} intents, over {MAX_INTENTS}")
    if intents + types > MAX_INTENTS_AND_SLOT_TYPES:
        found.append(f"{intents} intents and {types} slot types, over {MAX_INTENTS_AND_SLOT_TYPES} together")
    for t in lm.get("types", []):
        for v in t["values"]:
            for said in [v["name"]["value"], *v["name"].get("synonyms", [])]:
                if len(said) > MAX_SLOT_VALUE_CHARS:
                    found.append(f"{t['name']} value {said[:40]!r}... has {len(said)} characters, over {MAX_SLOT_VALUE_CHARS}")
    return found


def _respell(text: str, spelling: dict[str, str]) -> str:
    if not spelling:
        return text
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(spelling, key=len, reverse=True)) + r")\b")
    return pattern.sub(lambda m: spelling[m.group(1)], text)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = " ".join(item.lower().split())
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def generate(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The base model with one market's spelling, samples and synonyms applied."""
    model = copy.deepcopy(base)
    lm = model["interactionModel"]["languageModel"]
    spelling: dict[str, str] = changes.get("spelling", {})
    intents = {it["name"]: it for it in lm["intents"]}
    for it in lm["intents"]:
        if "samples" in it:
            it["samples"] = _unique([_respell(s, spelling) for s in it["samples"]])
    owner = {" ".join(s.lower().split()): it["name"] for it in lm["intents"] for s in it.get("samples", [])}
    for name, samples in changes.get("samples", {}).items():
        if name not in intents:
            raise ModelSourceError(f"samples for {name}, which the base model does not have")
        for sample in samples:
            key = " ".join(sample.lower().split())
            if owner.get(key, name) != name:
                raise ModelSourceError(f"{sample!r} for {name} is already a sample of {owner[key]}")
            owner[key] = name
        intents[name]["samples"] = _unique(intents[name].get("samples", []) + list(samples))
    types = {t["name"]: t for t in lm.get("types", [])}
    for t in lm.get("types", []):
        for v in t["values"]:
            name = v["name"]
            respelled = [_respell(s, spelling) for s in [name["value"], *name.get("synonyms", [])]]
            synonyms = [s for s in _unique(respelled) if s.lower() != name["value"].lower()]
            if synonyms or "synonyms" in name:
                name["synonyms"] = synonyms
    for type_name, extra in changes.get("synonyms", {}).items():
        values = {v["name"]["value"]: v["name"] for v in types.get(type_name, {}).get("values", [])}
        for value, synonyms in extra.items():
            if value not in values:
                raise ModelSourceError(f"synonyms for {type_name} value {value!r}, which the base lacks")
            # The market's own meaning wins ("not too bad" is good in Australia, okay elsewhere).
            theirs = {" ".join(s.lower().split()) for s in synonyms}
            for other, name in values.items():
                if other != value and "synonyms" in name:
                    name["synonyms"] = [s for s in name["synonyms"] if " ".join(s.lower().split()) not in theirs]
            values[value]["synonyms"] = _unique(values[value].get("synonyms", []) + list(synonyms))
    return model


_SET_REF = re.compile(r"@(\w+)")
_SLOT = re.compile(r"(\{\w+\})")


def said(sample: str) -> str:
    """A sample as the sentence people say: words lowercased and contractions said in full ("I'd like
    to" is "i would like to"), slots kept. Two samples of one intent that are said the same are one
    sample to the matcher; the second adds bytes to the model and nothing it hears."""
    return " ".join(p if _SLOT.fullmatch(p) else normalise(p) for p in _SLOT.split(sample) if p.strip())


def _spread(text: str, sets: dict[str, list[str]]) -> list[str]:
    """A core or carrier with every ``@set`` in it replaced by each of that set's entries, in order."""
    m = _SET_REF.search(text)
    if not m:
        return [text]
    if m.group(1) not in sets:
        raise ModelSourceError(f"{text!r} names @{m.group(1)}, which _sets does not have")
    head, tail = text[: m.start()], text[m.end():]
    return [out for entry in sets[m.group(1)] for out in _spread(head + entry + tail, sets)]


# A request carrier before a question ("could you {}" with "what topics do you have") makes a sentence no
# one says ("could you what topics do you have"): such a pair is never a sample.
_ASKS_BEFORE = re.compile(r"^(?:(?:um|oh|okay|so|alexa|actually|sorry) )?(?:could you|can you|could i|can i|could we|"
                          r"can we|i would like|i want|i would like to|i want to|is there a way to)$")
_QUESTION_HEAD = frozenset({"what", "which", "how", "who", "where", "when", "is", "are", "did"})


def joins_badly(carrier: str, core: str) -> bool:
    """Whether a carrier's request, put before a question core, reads as no one speaks."""
    before = normalise(carrier.split("{}", 1)[0])
    head = normalise(core).split()[:1]
    return bool(head) and head[0] in _QUESTION_HEAD and bool(_ASKS_BEFORE.match(before))


def expand(base: dict[str, Any], carriers: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The base model with every carrier around every core phrase added to its intent's samples, and
    what was left out because another intent already says it."""
    model = copy.deepcopy(base)
    lm = model["interactionModel"]["languageModel"]
    intents = {it["name"]: it for it in lm["intents"]}
    owner: dict[str, str] = {}  # a sentence as said -> the intent whose sample it is
    for it in lm["intents"]:
        if "samples" in it:  # of the samples one intent says the same, the first is kept
            kept = []
            for s in it["samples"]:
                if said(s) not in owner:
                    owner[said(s)] = it["name"]
                    kept.append(s)
                elif owner[said(s)] != it["name"]:
                    raise ModelSourceError(f"{s!r} is a sample of {it['name']} and, said the same, of {owner[said(s)]}")
            it["samples"] = kept
    left_out: list[str] = []
    sets: dict[str, list[str]] = carriers.get("_sets", {})
    for name, source in carriers.items():
        if name.startswith("_"):
            continue  # a comment
        if name not in intents:
            raise ModelSourceError(f"carriers for {name}, which the base model does not have")
        groups = source if isinstance(source, list) else [source]
        pairs = ((c, w) for g in groups for say in g["say"] for c in _spread(say, sets)
                 for carried in g["in"] for w in _spread(carried, sets))
        for core, carrier in pairs:
            if joins_badly(carrier, core):
                continue
            sample = " ".join(carrier.replace("{}", core).split())
            key = said(sample)
            if owner.get(key, name) != name:
                left_out.append(f"{sample!r} for {name}: already a sample of {owner[key]}")
            elif key not in owner:
                owner[key] = name
                intents[name].setdefault("samples", []).append(sample)
    return model, left_out


def base_model() -> tuple[dict[str, Any], list[str]]:
    base = json.loads(BASE.read_text(encoding="utf-8"))
    if not CARRIERS.is_file():
        return base, []
    return expand(base, json.loads(CARRIERS.read_text(encoding="utf-8")))


def dump(model: dict[str, Any]) -> str:
    return json.dumps(model, indent=2, ensure_ascii=False) + "\n"


def locales() -> list[str]:
    return sorted(p.name[: -len(".json")] for p in LOCALES_DIR.glob("*.json"))


def expected(locale: str) -> str:
    base, _ = base_model()
    changes = json.loads((LOCALES_DIR / f"{locale}.json").read_text(encoding="utf-8"))
    return dump(generate(base, changes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check that every model is up to date")
    args = parser.parse_args(argv)
    stale = []
    grown, left_out = base_model()
    text = dump(grown)
    if BASE.read_text(encoding="utf-8") != text:
        stale.append(BASE.name[: -len(".json")])
        if not args.check:
            BASE.write_text(text, encoding="utf-8")
            print(f"wrote {BASE.relative_to(MODELS.parent)}")
    if not args.check:
        for line in left_out:
            print(f"left out {line}")
    for locale in locales():
        target = MODELS / f"{locale}.json"
        text = expected(locale)
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current == text:
            continue
        stale.append(locale)
        if not args.check:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(MODELS.parent)}")
    if args.check and stale:
        print(f"out of date: {', '.join(stale)}; run: make models", file=sys.stderr)
        return 1
    over = False
    for path in [BASE, *(MODELS / f"{loc}.json" for loc in locales())]:
        text = path.read_text(encoding="utf-8")  # written above, or checked to be what would be
        size = len(text.encode("utf-8"))
        print(f"{path.name:11} {size:>10,} bytes, {MAX_MODEL_BYTES - size:>8,} under the {MAX_MODEL_BYTES:,} limit")
        for breach in breaches(text):
            over = True
            print(f"{path.name}: {breach}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

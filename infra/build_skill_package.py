"""Build the ask-cli v2 skill package from infra/skill.json and interaction_models/.

    python infra/build_skill_package.py --endpoint ARN --privacy-url URL --terms-url URL [--skill-id ID]

writes build/ask-project/ (a build output, git-ignored):
    ask-resources.json                                   skill package only: SAM deploys the code
    skill-package/skill.json                             the manifest, placeholders filled
    skill-package/interactionModels/custom/<locale>.json one per locale in the manifest
    .ask/ask-states.json                                 only with --skill-id, so `ask deploy` updates
                                                         that skill instead of creating another

Each value may also come from the environment: SKILL_ENDPOINT_ARN, PRIVACY_POLICY_URL,
TERMS_OF_USE_URL, SKILL_ID. The build refuses a manifest whose locales lack a model, whose example
phrases are not real sample utterances, that lacks the alexa::person_id:read permission, or (unless --allow-placeholders, for CI) whose placeholders
are unfilled.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "infra" / "skill.json"
MODELS = ROOT / "interaction_models"
PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")
FIELDS = {
    "SKILL_ENDPOINT_ARN": re.compile(r"^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?$"),
    "PRIVACY_POLICY_URL": re.compile(r"^https://\S+$"),
    "TERMS_OF_USE_URL": re.compile(r"^https://\S+$"),
}
SKILL_ID = re.compile(r"^amzn1\.ask\.skill\.[0-9a-fA-F-]+$")
OPEN = re.compile(r"^Alexa, (?:open|launch|start) (?P<inv>.+)$")
# Without person_id:read Alexa never sends context.System.person, so no voice is ever recognized
# and every voice-profile feature is silently dead in production.
REQUIRED_PERMISSIONS = ("alexa::person_id:read",)
ASK = re.compile(r"^Alexa, (?:ask|tell) (?P<inv>.+?) (?:to|for|about|if|whether) (?P<utterance>.+)$")


class PackageError(ValueError):
    """The manifest and the interaction models disagree, or a value is missing or malformed."""


def load_models(models_dir: Path = MODELS) -> dict[str, dict[str, Any]]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(models_dir.glob("*.json"))}


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
}


def _custom_types(model: dict[str, Any]) -> dict[str, set[str]]:
    """Custom slot type -> the words it accepts: each value and its synonyms."""
    lm = model["interactionModel"]["languageModel"]
    return {
        t["name"]: {_normal(v["name"]["value"]) for v in t.get("values", [])}
        | {_normal(s) for v in t.get("values", []) for s in v["name"].get("synonyms", [])}
        for t in lm.get("types", [])
    }


def _accepts(slot_type: str, value: str, custom: dict[str, set[str]]) -> bool:
    """Whether Alexa would fill a slot of this type with these words, as far as can be told offline."""
    if slot_type in custom:
        return value in custom[slot_type]
    if slot_type == "AMAZON.SearchQuery":
        return bool(value)
    if slot_type == "AMAZON.NUMBER":
        return value.isdigit() or value in NUMBER_WORDS
    return False  # other built-in types cannot be checked here, so an example phrase must not rely on one


def _sample_pattern(sample: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", _normal(sample))
    regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(f"^{regex}$")


def matches_a_sample(utterance: str, model: dict[str, Any]) -> bool:
    """True when the utterance is one of the model's samples, with any slot filled by a value it accepts."""
    said = _normal(utterance).rstrip(".?!")
    custom = _custom_types(model)
    for intent in model["interactionModel"]["languageModel"]["intents"]:
        slot_types = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        for sample in intent.get("samples", []):
            found = _sample_pattern(sample).match(said)
            if found is not None and all(
                _accepts(slot_types.get(name, ""), value, custom) for name, value in found.groupdict().items()
            ):
                return True
    return False


def check(manifest: dict[str, Any], models: dict[str, dict[str, Any]]) -> list[str]:
    """Every way the manifest disagrees with the models, as sentences."""
    problems: list[str] = []
    locales = manifest["manifest"]["publishingInformation"]["locales"]
    if not locales:
        problems.append("the manifest names no locale")
    for locale, info in sorted(locales.items()):
        model = models.get(locale)
        if model is None:
            problems.append(f"{locale}: no interaction_models/{locale}.json")
            continue
        invocation = model["interactionModel"]["languageModel"]["invocationName"]
        phrases = info.get("examplePhrases", [])
        if not 1 <= len(phrases) <= 3:
            problems.append(f"{locale}: Alexa takes one to three example phrases, not {len(phrases)}")
        for i, phrase in enumerate(phrases):
            opened, asked = OPEN.match(phrase), ASK.match(phrase)
            if i == 0 and not opened:
                problems.append(f"{locale}: the first example phrase must open the skill: {phrase!r}")
            found = opened or asked
            if found is None:
                problems.append(f"{locale}: not of the form 'Alexa, open/ask <invocation> ...': {phrase!r}")
            elif _normal(found["inv"]) != _normal(invocation):
                problems.append(f"{locale}: {phrase!r} does not use the invocation name {invocation!r}")
            elif asked and not matches_a_sample(asked["utterance"], model):
                problems.append(f"{locale}: {asked['utterance']!r} is not a sample utterance of the model")
    permissions = {p.get("name") for p in manifest["manifest"].get("permissions", [])}
    problems += [f"the manifest must ask for the {name} permission" for name in REQUIRED_PERMISSIONS
                 if name not in permissions]
    privacy_locales = set(manifest["manifest"].get("privacyAndCompliance", {}).get("locales", {}))
    if privacy_locales != set(locales):
        problems.append(f"privacy URLs are for {sorted(privacy_locales)}, the skill for {sorted(locales)}")
    return problems


def fill(text: str, values: dict[str, str], allow_placeholders: bool) -> str:
    def value(found: re.Match[str]) -> str:
        name = found.group(1)
        if name not in FIELDS:
            raise PackageError(f"unknown placeholder {{{{{name}}}}} in the manifest")
        given = values.get(name)
        if not given:
            if allow_placeholders:
                return found.group(0)
            raise PackageError(f"{name} is not set (pass it as an option or in the environment)")
        if not FIELDS[name].match(given):
            raise PackageError(f"{name} is malformed: {given!r}")
        return given

    return PLACEHOLDER.sub(value, text)


def build(out: Path, values: dict[str, str], *, skill_id: str | None = None, allow_placeholders: bool = False,
          manifest_path: Path = MANIFEST, models_dir: Path = MODELS) -> list[Path]:
    manifest_text = manifest_path.read_text(encoding="utf-8")
    manifest = json.loads(manifest_text)
    models = load_models(models_dir)
    problems = check(manifest, models)
    if problems:
        raise PackageError("the skill package does not agree with the interaction models:\n  " + "\n  ".join(problems))
    if skill_id is not None and not SKILL_ID.match(skill_id):
        raise PackageError(f"SKILL_ID is malformed: {skill_id!r}")
    filled = json.loads(fill(manifest_text, values, allow_placeholders))

    package = out / "skill-package"
    if package.exists():
        shutil.rmtree(package)  # a build output; .ask/ (ask-cli's state) is left alone
    written = [_write_json(package / "skill.json", filled)]
    for locale in sorted(filled["manifest"]["publishingInformation"]["locales"]):
        written.append(_write_json(package / "interactionModels" / "custom" / f"{locale}.json", models[locale]))
    resources = {
        "askcliResourcesVersion": "2020-03-31",
        "profiles": {"default": {"skillMetadata": {"src": "./skill-package"}}},
    }
    written.append(_write_json(out / "ask-resources.json", resources))
    if skill_id:
        states = {"askcliStatesVersion": "2020-03-27", "profiles": {"default": {"skillId": skill_id}}}
        written.append(_write_json(out / ".ask" / "ask-states.json", states))
    return written


def _write_json(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "ask-project")
    parser.add_argument("--endpoint", default=os.environ.get("SKILL_ENDPOINT_ARN"),
                        help="the SkillEndpointArn output of the stack (the function's live alias)")
    parser.add_argument("--privacy-url", default=os.environ.get("PRIVACY_POLICY_URL"))
    parser.add_argument("--terms-url", default=os.environ.get("TERMS_OF_USE_URL"))
    parser.add_argument("--skill-id", default=os.environ.get("SKILL_ID") or None)
    parser.add_argument("--allow-placeholders", action="store_true",
                        help="leave unfilled {{PLACEHOLDERS}} (CI checks the package without a deployment)")
    args = parser.parse_args(argv)
    values = {
        "SKILL_ENDPOINT_ARN": args.endpoint or "",
        "PRIVACY_POLICY_URL": args.privacy_url or "",
        "TERMS_OF_USE_URL": args.terms_url or "",
    }
    try:
        written = build(args.out, values, skill_id=args.skill_id, allow_placeholders=args.allow_placeholders)
    except PackageError as exc:
        print(f"skill-package: {exc}", file=sys.stderr)
        return 1
    for path in written:
        print(f"skill-package: wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The skill manifest (infra/skill.json) agrees with interaction_models/, and the ask-cli v2 package
built from them has the layout `ask deploy` reads."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from infra import build_skill_package as pkg

ROOT = Path(__file__).resolve().parents[2]
VALUES = {
    "SKILL_ENDPOINT_ARN": "arn:aws:lambda:us-east-1:123456789012:function:steady-ground-SkillFunction-AbC123:live",
    "PRIVACY_POLICY_URL": "https://example.org/steady-ground/privacy",
    "TERMS_OF_USE_URL": "https://example.org/steady-ground/terms",
}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return json.loads(pkg.MANIFEST.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def models() -> dict[str, dict[str, Any]]:
    return pkg.load_models()


def test_every_manifest_locale_has_a_model_and_the_phrases_are_real_samples(
    manifest: dict[str, Any], models: dict[str, dict[str, Any]]
) -> None:
    locales = manifest["manifest"]["publishingInformation"]["locales"]
    assert list(locales) == ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"]
    assert manifest["manifest"]["publishingInformation"]["distributionCountries"] == ["US", "GB", "CA", "AU", "IN"]
    assert set(locales) <= set(models)
    assert pkg.check(manifest, models) == []


def test_each_example_phrase_is_checked_against_the_samples(models: dict[str, dict[str, Any]]) -> None:
    model = models["en-US"]
    assert pkg.matches_a_sample("give me guidance", model)
    assert pkg.matches_a_sample("Tell me about boundaries.", model)  # a slot filled with a TopicType value
    assert pkg.matches_a_sample("tell me about setting boundaries", model)  # ... or one of its synonyms
    assert not pkg.matches_a_sample("tell me about the weather", model)
    assert not pkg.matches_a_sample("fix my marriage", model)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda m: m["publishingInformation"]["locales"]["en-US"]["examplePhrases"].append(
            "Alexa, ask steady ground to fix my marriage"), "not a sample utterance"),
        (lambda m: m["publishingInformation"]["locales"]["en-US"]["examplePhrases"].reverse(), "must open the skill"),
        (lambda m: m["publishingInformation"]["locales"]["en-US"]["examplePhrases"].__setitem__(
            0, "Alexa, open steady place"), "invocation name"),
        (lambda m: m["publishingInformation"]["locales"].__setitem__(
            "de-DE", m["publishingInformation"]["locales"]["en-US"]), "no interaction_models/de-DE.json"),
        (lambda m: m.__setitem__("permissions", [p for p in m["permissions"] if p["name"] != "alexa::person_id:read"]),
         "alexa::person_id:read"),
        (lambda m: m.pop("permissions"), "alexa::person_id:read"),
    ],
)
def test_a_disagreeing_manifest_is_refused(
    manifest: dict[str, Any], models: dict[str, dict[str, Any]], change: Any, complaint: str
) -> None:
    broken = copy.deepcopy(manifest)
    change(broken["manifest"])
    problems = pkg.check(broken, models)
    assert any(complaint in p for p in problems), problems


def _quoted_commands(locale: str = "en-US") -> set[str]:
    """Everything the store description or the privacy policy tells a person to say."""
    manifest = json.loads(pkg.MANIFEST.read_text(encoding="utf-8"))
    description = manifest["manifest"]["publishingInformation"]["locales"][locale]["description"]
    policy = (ROOT / "infra" / "privacy-policy.md").read_text(encoding="utf-8")
    return set(re.findall(r'"([^"]+)"', description)) | set(re.findall(r'\*\*"([^"]+)"\*\*', policy))


@pytest.mark.parametrize(("market", "spelling", "emergency"), [
    ("en-US", "counseling", "call 911"), ("en-GB", "counselling", "call 999"), ("en-CA", "counselling", "call 911"),
    ("en-AU", "counselling", "call triple zero"), ("en-IN", "counselling", "call 112"),
])
def test_the_description_carries_the_disclaimer_and_the_markets_own_numbers(
    manifest: dict[str, Any], market: str, spelling: str, emergency: str
) -> None:
    locale = manifest["manifest"]["publishingInformation"]["locales"][market]
    assert "not a substitute for professional help" in locale["description"]
    assert f"not therapy, {spelling}, or medical advice" in locale["description"]
    assert emergency in locale["description"]
    if market != "en-US":
        assert "988" not in locale["description"] or market == "en-CA"
        assert "1-800-799-7233" not in locale["description"]
    assert "professional help" in locale["summary"]
    assert len(locale["summary"]) <= 160


@pytest.mark.parametrize("market", ["en-US", "en-GB", "en-CA", "en-AU", "en-IN"])
def test_commands_the_texts_promise_are_understood(models: dict[str, dict[str, Any]], market: str) -> None:
    quoted = _quoted_commands(market)
    assert {"delete all my notes", "stop keeping notes", "I need help now"} <= quoted
    unknown = sorted(q for q in quoted if not pkg.matches_a_sample(q, models[market]))
    assert not unknown, f"the store text or privacy policy promises commands the model lacks: {unknown}"


def test_permissions_and_events_are_only_the_ones_used(manifest: dict[str, Any]) -> None:
    m = manifest["manifest"]
    assert sorted(p["name"] for p in m["permissions"]) == [
        "alexa::alerts:reminders:skill:readwrite",
        "alexa::alerts:timers:skill:readwrite",
        "alexa::person_id:read",  # without it no voice is ever recognized
    ]
    assert sorted(s["eventName"] for s in m["events"]["subscriptions"]) == ["SKILL_DISABLED", "SKILL_ENABLED"]
    assert m["privacyAndCompliance"]["usesPersonalInfo"] is True
    assert m["privacyAndCompliance"]["isChildDirected"] is False


def test_the_package_has_the_ask_cli_v2_layout_with_placeholders_filled(tmp_path: Path) -> None:
    skill_id = "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"
    pkg.build(tmp_path, VALUES, skill_id=skill_id)
    built = json.loads((tmp_path / "skill-package" / "skill.json").read_text())
    assert built["manifest"]["apis"]["custom"]["endpoint"]["uri"] == VALUES["SKILL_ENDPOINT_ARN"]
    assert built["manifest"]["events"]["endpoint"]["uri"] == VALUES["SKILL_ENDPOINT_ARN"]
    urls = built["manifest"]["privacyAndCompliance"]["locales"]["en-US"]
    assert urls == {"privacyPolicyUrl": VALUES["PRIVACY_POLICY_URL"], "termsOfUseUrl": VALUES["TERMS_OF_USE_URL"]}
    assert "{{" not in json.dumps(built)
    model = tmp_path / "skill-package" / "interactionModels" / "custom" / "en-US.json"
    assert json.loads(model.read_text()) == json.loads((ROOT / "interaction_models" / "en-US.json").read_text())
    resources = json.loads((tmp_path / "ask-resources.json").read_text())
    assert resources["profiles"]["default"]["skillMetadata"]["src"] == "./skill-package"
    states = json.loads((tmp_path / ".ask" / "ask-states.json").read_text())
    assert states["profiles"]["default"]["skillId"] == skill_id


def test_the_build_refuses_a_manifest_without_the_person_id_permission(tmp_path: Path) -> None:
    manifest = json.loads(pkg.MANIFEST.read_text(encoding="utf-8"))
    manifest["manifest"]["permissions"] = [{"name": "alexa::alerts:reminders:skill:readwrite"}]
    broken = tmp_path / "skill.json"
    broken.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(pkg.PackageError, match="person_id:read"):
        pkg.build(tmp_path / "out", VALUES, manifest_path=broken)
    assert not (tmp_path / "out" / "skill-package").exists()


@pytest.mark.parametrize(
    ("name", "bad"),
    [("SKILL_ENDPOINT_ARN", ""), ("SKILL_ENDPOINT_ARN", "my-function"), ("PRIVACY_POLICY_URL", "http://plain.example")],
)
def test_a_missing_or_malformed_value_is_refused(tmp_path: Path, name: str, bad: str) -> None:
    with pytest.raises(pkg.PackageError, match=name):
        pkg.build(tmp_path, {**VALUES, name: bad})
    assert not (tmp_path / "skill-package").exists()


def test_the_privacy_policy_says_where_each_markets_data_is_stored(manifest: dict[str, Any]) -> None:
    policy = (ROOT / "infra" / "privacy-policy.md").read_text(encoding="utf-8")
    rows = {line.split("|")[2].strip(): line for line in policy.splitlines() if line.startswith("| ") and "en-" in line}
    assert set(rows) == set(manifest["manifest"]["publishingInformation"]["locales"])
    assert all("US East (N. Virginia)" in row for row in rows.values())

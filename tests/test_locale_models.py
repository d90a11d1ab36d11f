"""Every market's interaction model is generated from en-US.json plus its small locale file, and
is never out of date with them (after another branch changes en-US.json: ``make models``)."""

from __future__ import annotations

import json

import pytest
from tools import gen_models

from steady_ground.config import LOCALES

MARKETS = [loc for loc in LOCALES if loc != "en-US"]


def _lm(locale: str) -> dict:
    return json.loads((gen_models.MODELS / f"{locale}.json").read_text(encoding="utf-8"))["interactionModel"][
        "languageModel"
    ]


def test_every_market_but_the_base_has_a_locale_file():
    assert gen_models.locales() == sorted(MARKETS)


@pytest.mark.parametrize("locale", MARKETS)
def test_the_generated_model_is_up_to_date_with_its_sources(locale):
    on_disk = (gen_models.MODELS / f"{locale}.json").read_text(encoding="utf-8")
    assert on_disk == gen_models.expected(locale), f"interaction_models/{locale}.json is stale: run `make models`"


def test_the_check_command_reports_a_stale_model(tmp_path, monkeypatch):
    monkeypatch.setattr(gen_models, "MODELS", tmp_path)
    monkeypatch.setattr(gen_models, "LOCALES_DIR", tmp_path / "locales")
    (tmp_path / "locales").mkdir()
    (tmp_path / "en-US.json").write_text(gen_models.BASE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(gen_models, "BASE", tmp_path / "en-US.json")
    (tmp_path / "locales" / "en-GB.json").write_text('{"spelling": {"counseling": "counselling"}}', encoding="utf-8")
    assert gen_models.main(["--check"]) == 1
    assert gen_models.main([]) == 0
    assert gen_models.main(["--check"]) == 0
    lm = json.loads((tmp_path / "en-GB.json").read_text(encoding="utf-8"))["interactionModel"]["languageModel"]
    said = [s for i in lm["intents"] for s in i.get("samples", [])]
    said += [s for t in lm["types"] for v in t["values"] for s in v["name"].get("synonyms", [])]
    assert not [s for s in said if "counseling" in s]  # slot value names stay as the code knows them


@pytest.mark.parametrize("locale", ["en-GB", "en-AU", "en-IN", "en-CA"])
def test_the_markets_spell_counselling_their_own_way_but_keep_slot_values_the_code_knows(locale):
    lm = _lm(locale)
    said = [s for i in lm["intents"] for s in i.get("samples", [])]
    said += [s for t in lm["types"] for v in t["values"] for s in v["name"].get("synonyms", [])]
    assert any("counselling" in s for s in said)
    assert not [s for s in said if "counseling" in s]
    base_values = {v["name"]["value"] for t in _lm("en-US")["types"] for v in t["values"]}
    assert {v["name"]["value"] for t in _lm(locale)["types"] for v in t["values"]} == base_values


def test_local_idiom_reaches_the_right_intent():
    def owner(locale: str, sample: str) -> str | None:
        return next((i["name"] for i in _lm(locale)["intents"] if sample in i.get("samples", [])), None)

    assert owner("en-GB", "my other half hit me") == "SafetyIntent"
    assert owner("en-AU", "my bloke hit me") == "SafetyIntent"
    assert owner("en-IN", "my husband beats me") == "SafetyIntent"
    assert owner("en-US", "my other half hit me") is None

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


def _tiny(intents: dict[str, list[str]]) -> dict:
    return {"interactionModel": {"languageModel": {
        "invocationName": "steady ground", "types": [],
        "intents": [{"name": n, "samples": list(s)} for n, s in intents.items()]}}}


def test_carriers_around_core_phrases_grow_the_base_but_never_give_one_sentence_to_two_intents():
    base = _tiny({"AMAZON.YesIntent": ["yes"], "ThanksIntent": ["yes thank you"]})
    carriers = {"_about": "a comment", "AMAZON.YesIntent": [
        {"say": ["yes", "sure"], "in": ["{}", "oh {}", "{} thank you"]},
        {"say": ["I think so"], "in": ["{} because I want to"]}]}
    grown, left_out = gen_models.expand(base, carriers)
    said = {i["name"]: i["samples"] for i in grown["interactionModel"]["languageModel"]["intents"]}
    assert said["AMAZON.YesIntent"] == ["yes", "oh yes", "sure", "oh sure", "sure thank you",
                                        "I think so because I want to"]
    assert said["ThanksIntent"] == ["yes thank you"]  # already Thanks's: left to it, and listed
    assert left_out == ["'yes thank you' for AMAZON.YesIntent: already a sample of ThanksIntent"]
    assert gen_models.expand(grown, carriers)[0] == grown  # growing twice adds nothing more
    with pytest.raises(gen_models.ModelSourceError):
        gen_models.expand(base, {"NoSuchIntent": {"say": ["x"], "in": ["{}"]}})


def test_a_family_spreads_every_filler_and_politeness_around_every_core():
    base = _tiny({"AMAZON.HelpIntent": ["help"], "AMAZON.NoIntent": ["no"]})
    carriers = {"_sets": {"lead": ["", "um", "alexa"], "tail": ["", "please"]},
                "AMAZON.HelpIntent": [{"say": ["help", "I'm lost"], "in": ["@lead {} @tail"]}]}
    grown, _ = gen_models.expand(base, carriers)
    said = {i["name"]: i["samples"] for i in grown["interactionModel"]["languageModel"]["intents"]}
    assert said["AMAZON.HelpIntent"] == [
        "help", "help please", "um help", "um help please", "alexa help", "alexa help please",
        "I'm lost", "I'm lost please", "um I'm lost", "um I'm lost please", "alexa I'm lost", "alexa I'm lost please"]
    assert said["AMAZON.NoIntent"] == ["no"]
    with pytest.raises(gen_models.ModelSourceError, match="@polite"):
        gen_models.expand(base, {"AMAZON.HelpIntent": [{"say": ["help"], "in": ["@polite {}"]}]})


def test_en_us_holds_every_sentence_its_carriers_make():
    grown, _ = gen_models.base_model()
    assert gen_models.dump(grown) == gen_models.BASE.read_text(encoding="utf-8"), "run `make models`"
    yes = next(i for i in _lm("en-US")["intents"] if i["name"] == "AMAZON.YesIntent")["samples"]
    assert "yes because I want to try" in yes and "that would be lovely" in yes


def test_a_markets_own_meaning_of_a_phrase_wins_over_the_base():
    def values_with(locale: str, phrase: str) -> list[str]:
        mood = next(t for t in _lm(locale)["types"] if t["name"] == "MoodType")
        return [v["name"]["value"] for v in mood["values"] if phrase in v["name"].get("synonyms", [])]

    assert values_with("en-US", "not too bad") == ["okay"]
    assert values_with("en-AU", "not too bad") == ["good"]  # Australian understatement

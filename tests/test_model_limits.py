"""Every market's interaction model stays inside Alexa's documented limits, so the build that ships it
is not refused: at most 1.5 MB a locale (read as 1,500,000 bytes of the JSON as the skill package
uploads it), 250 intents, 350 intents and slot types together, 140 characters a slot value or synonym
("Interaction model limits", Create the Interaction Model for Your Skill, developer.amazon.com)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tools import gen_models

from steady_ground.config import LOCALES

ROOT = Path(__file__).resolve().parent.parent


def _shipped(locale: str) -> str:
    """The model's JSON exactly as infra/build_skill_package.py writes it into the package."""
    model = json.loads((gen_models.MODELS / f"{locale}.json").read_text(encoding="utf-8"))
    return json.dumps(model, indent=2, ensure_ascii=False) + "\n"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_model_the_package_uploads_is_inside_every_documented_limit(locale):
    text = _shipped(locale)
    assert text == (gen_models.MODELS / f"{locale}.json").read_text(encoding="utf-8")  # what is measured ships
    assert gen_models.breaches(text) == []


def test_a_model_over_a_limit_is_named_with_what_it_breaks():
    model = json.loads((gen_models.MODELS / "en-GB.json").read_text(encoding="utf-8"))
    lm = model["interactionModel"]["languageModel"]
    lm["types"][0]["values"][0]["name"]["synonyms"].append("a very long way of saying it " * 5)
    lm["intents"][0]["samples"] += [f"a padding sample number {n}" for n in range(20_000)]
    lm["intents"] += [{"name": f"Spare{n}Intent", "samples": [f"spare {n}"]} for n in range(300)]
    found = gen_models.breaches(gen_models.dump(model))
    assert len(found) == 4, found
    assert "over the 1,500,000 a model may have" in found[0]
    assert "intents, over 250" in found[1] and "over 350 together" in found[2]
    assert "145 characters, over 140" in found[3]


def test_make_models_prints_each_markets_size_against_the_limit(capsys):
    assert gen_models.main(["--check"]) == 0
    out = capsys.readouterr().out
    for locale in LOCALES:
        size = len((gen_models.MODELS / f"{locale}.json").read_bytes())
        assert f"{locale}.json" in out and f"{size:,} bytes" in out

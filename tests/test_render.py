"""The one renderer: escaping, strictness, variety and locale fallback."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jinja2 import UndefinedError

from steady_ground.render import Renderer, locale_chain


@pytest.fixture
def renderer(tmp_path: Path) -> Renderer:
    (tmp_path / "en-US").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "en-US" / "echo.ssml.j2").write_text(
        "{% block speech %}You said: {{ text }}.{% endblock %}{% block reprompt %}Again?{% endblock %}"
    )
    (tmp_path / "en" / "only_en.ssml.j2").write_text("{% block speech %}Hello from en.{% endblock %}")
    (tmp_path / "en-US" / "vary.ssml.j2").write_text('{% block speech %}{{ ["A", "B", "C"] | pick }}{% endblock %}')
    return Renderer(root=tmp_path)


@pytest.mark.parametrize("text", ['Tom & Jerry <3 "quoted" it\'s', "</speak><audio src='x'/>", "a" * 2000])
def test_free_text_is_escaped_so_the_ssml_always_parses(renderer, text):
    ssml = renderer.block("en-US", "echo", text=text)
    root = ET.fromstring(f"<speak>{ssml}</speak>")
    assert "".join(root.itertext()) == f"You said: {text}."
    assert root.find("audio") is None


def test_a_missing_value_is_an_error_not_silence(renderer):
    with pytest.raises(UndefinedError):
        renderer.block("en-US", "echo")


def test_locale_falls_back_from_region_to_language_to_default(renderer):
    assert locale_chain("en-GB", "en-US") == ["en-GB", "en", "en-US"]
    assert renderer.block("en-GB", "only_en") == "Hello from en."
    assert renderer.block("en-GB", "echo", text="x") == "You said: x."


def test_any_other_locale_reaches_the_shared_english_base(renderer):
    # a request in a language the skill doesn't speak still finds words kept only in content/en
    assert locale_chain("fr-FR", "en-US") == ["fr-FR", "fr", "en-US", "en"]
    assert renderer.block("fr-FR", "only_en") == "Hello from en."
    assert renderer.block("0", "only_en") == "Hello from en."


def test_pick_varies_with_the_request_but_is_stable_within_it(renderer):
    seen = {renderer.block("en-US", "vary", _seed=seed) for seed in range(12)}
    assert seen == {"A", "B", "C"}
    assert renderer.block("en-US", "vary", _seed=5) == renderer.block("en-US", "vary", _seed=5)


def test_the_real_content_renders_every_template_under_the_default_locale():
    real = Renderer()
    assert real.warm(["en-US"]) > 20


def test_dates_this_year_are_spoken_without_the_year_and_older_ones_with_it(tmp_path):
    from datetime import date

    (tmp_path / "en-US").mkdir()
    (tmp_path / "en-US" / "when.ssml.j2").write_text("{% block speech %}On {{ on | say_date }}.{% endblock %}")
    renderer = Renderer(root=tmp_path)
    this_year = renderer.block("en-US", "when", on=date(2026, 3, 3), _today=date(2026, 11, 27))
    last_year = renderer.block("en-US", "when", on=date(2025, 12, 30), _today=date(2026, 1, 2))
    assert this_year == 'On <say-as interpret-as="date">????0303</say-as>.'
    assert last_year == 'On <say-as interpret-as="date">20251230</say-as>.'

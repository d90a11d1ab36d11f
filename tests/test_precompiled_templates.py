"""The artifact's precompiled templates say exactly what the checkout's source templates say."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jinja2 import TemplateNotFound

from steady_ground.render import COMPILED_DIR, Renderer, compile_templates, content_root

PARAMS = {"text": 'Tom & Jerry <3 "quoted" it\'s', "_seed": 7}


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Renderer, Renderer]:
    """(source, compiled): the same content/, read as a checkout and as the artifact lays it out."""
    shipped = tmp_path_factory.mktemp("artifact")
    (shipped / "content").symlink_to(content_root(), target_is_directory=True)
    count = compile_templates(shipped / COMPILED_DIR, shipped / "content")
    assert count > 0
    return Renderer(), Renderer(root=shipped / "content")


def _say(renderer: Renderer, locale: str, key: str, block: str) -> str:
    try:
        return renderer.block(locale, key, block, **PARAMS)
    except Exception as exc:  # a template that needs other values fails the same way in both
        return f"raised {type(exc).__name__}"


def test_the_artifact_layout_is_read_through_compiled_modules_and_a_checkout_is_not(pair):
    source, compiled = pair
    assert source.compiled is None
    assert compiled.compiled is not None and compiled.compiled.name == COMPILED_DIR


def test_every_block_of_every_template_renders_the_same_words(pair):
    source, compiled = pair
    compared = 0
    for locale in sorted(p.name for p in content_root().iterdir() if p.is_dir()):
        assert list(compiled.keys(locale)) == list(source.keys(locale))
        for key in source.keys(locale):
            for block in source.template(locale, key).blocks:
                assert _say(compiled, locale, key, block) == _say(source, locale, key, block), (locale, key, block)
                compared += 1
    assert compared > 100


def test_warm_loads_every_template_at_init_and_a_missing_one_is_still_not_found(pair):
    source, compiled = pair
    assert compiled.warm(["en-US"]) == source.warm(["en-US"]) > 0
    with pytest.raises(TemplateNotFound):
        compiled.template("en-US", "no/such/template")


def test_locale_fallback_and_escaping_hold_in_compiled_templates(tmp_path: Path):
    (tmp_path / "content" / "en-US").mkdir(parents=True)
    (tmp_path / "content" / "en").mkdir()
    (tmp_path / "content" / "en-US" / "echo.ssml.j2").write_text("{% block speech %}You said: {{ text }}.{% endblock %}")
    (tmp_path / "content" / "en" / "only_en.ssml.j2").write_text("{% block speech %}Hello from en.{% endblock %}")
    compile_templates(tmp_path / COMPILED_DIR, tmp_path / "content")
    renderer = Renderer(root=tmp_path / "content")
    assert renderer.compiled is not None
    text = "</speak><audio src='x'/> & <3"
    root = ET.fromstring(f"<speak>{renderer.block('en-GB', 'echo', text=text)}</speak>")
    assert "".join(root.itertext()) == f"You said: {text}."
    assert renderer.block("en-GB", "only_en") == "Hello from en."

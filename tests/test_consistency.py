"""The interaction model, the handlers and the templates agree with each other."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from jinja2 import meta

from steady_ground.config import LOCALES
from steady_ground.render import PARENTS, Renderer
from steady_ground.session import QUESTION_TYPES
from steady_ground.skill import routing_table
from steady_ground.turn import Peek

ROOT = Path(__file__).resolve().parent.parent
MODELS = {
    loc: json.loads((ROOT / "interaction_models" / f"{loc}.json").read_text(encoding="utf-8"))["interactionModel"][
        "languageModel"
    ]
    for loc in LOCALES
}
LANGUAGE_MODEL = MODELS["en-US"]
MODEL_INTENTS = {i["name"] for i in LANGUAGE_MODEL["intents"]}
HANDLER_SOURCES = sorted((ROOT / "lambda" / "steady_ground").rglob("*.py"))
INTENT_LITERAL = re.compile(r"^(AMAZON\.[A-Za-z]+Intent|[A-Z][A-Za-z]+Intent)$")
# Intents Alexa may send a custom skill even when its model does not list them.
ALWAYS_POSSIBLE = {"AMAZON.FallbackIntent"}


def intents_named_in_code() -> set[str]:
    found: set[str] = set()
    for path in HANDLER_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and INTENT_LITERAL.match(node.value):
                found.add(node.value)
    return found


def modes_in_use() -> set[str]:
    modes = {"menu", "guidance", "guidance_menu"}
    from steady_ground.exercises.catalog import BY_NAME

    modes.update(BY_NAME)
    return modes


@pytest.mark.parametrize("locale", LOCALES)
def test_every_intent_the_code_names_is_in_the_model(locale):
    missing = intents_named_in_code() - {i["name"] for i in MODELS[locale]["intents"]} - ALWAYS_POSSIBLE
    assert not missing, f"handlers name intents the model lacks: {sorted(missing)}"


@pytest.mark.parametrize("intent", sorted(MODEL_INTENTS))
def test_every_model_intent_has_a_handler_that_is_not_the_catch_all(intent):
    # The catch-alls (unknown intent, other requests) don't count as handling an intent.
    table = [h for h in routing_table() if type(h).__name__ not in ("UnknownIntentHandler", "OtherRequestHandler")]
    claimed = any(
        handler.claims(Peek("IntentRequest", intent, mode, pending))
        for handler in table
        for mode in modes_in_use()
        for pending in (None, *(q.KIND for q in QUESTION_TYPES))
    )
    assert claimed, f"{intent} only reaches the catch-all"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_market_has_the_same_intents_slots_and_invocation(locale):
    def shape(lm: dict) -> dict:
        return {i["name"]: sorted((s["name"], s["type"]) for s in i.get("slots", [])) for i in lm["intents"]}

    assert shape(MODELS[locale]) == shape(LANGUAGE_MODEL)
    assert MODELS[locale]["invocationName"] == LANGUAGE_MODEL["invocationName"]


@pytest.mark.parametrize("locale", LOCALES)
def test_sample_utterances_are_unique_across_intents(locale):
    seen: dict[str, str] = {}
    clashes = []
    for it in MODELS[locale]["intents"]:
        for sample in it.get("samples", []):
            key = " ".join(sample.lower().split())
            if key in seen and seen[key] != it["name"]:
                clashes.append((sample, seen[key], it["name"]))
            seen[key] = it["name"]
    assert not clashes


@pytest.mark.parametrize("locale", LOCALES)
def test_custom_intents_have_at_least_fifteen_samples(locale):
    thin = {
        i["name"]: len(i.get("samples", []))
        for i in MODELS[locale]["intents"]
        if not i["name"].startswith("AMAZON.") and len(i.get("samples", [])) < 15
    }
    assert not thin


@pytest.mark.parametrize("locale", LOCALES)
def test_slot_references_exist_and_slot_types_are_defined(locale):
    custom_types = {t["name"] for t in MODELS[locale].get("types", [])}
    for it in MODELS[locale]["intents"]:
        slots = {s["name"]: s["type"] for s in it.get("slots", [])}
        for sample in it.get("samples", []):
            for ref in re.findall(r"\{(\w+)\}", sample):
                assert ref in slots, f"{it['name']}: {sample!r} names an unknown slot"
        for stype in slots.values():
            assert stype.startswith("AMAZON.") or stype in custom_types


# -- templates ---------------------------------------------------------------------------------
RENDERER = Renderer()
KEYS = RENDERER.keys_along("en-US")
# every locale, and the markets Alexa has no locale for (their crisis numbers over their parent's words)
LOCALE_KEYS = [(loc, key) for loc in (*LOCALES, *PARENTS) for key in RENDERER.keys_along(loc)]


def keys_used_in_code() -> set[str]:
    used: set[str] = set()
    calls = {"say", "ask", "end", "render", "say_block", "block", "Line"}
    for path in HANDLER_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
                if name in calls:
                    for arg in node.args[:2]:
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "/" in arg.value:
                            used.add(arg.value)
    return used


@pytest.mark.parametrize("locale", LOCALES)
def test_every_template_key_the_code_uses_exists(locale):
    missing = {k for k in keys_used_in_code() if k not in RENDERER.keys_along(locale)}
    assert not missing


@pytest.mark.parametrize(("locale", "key"), LOCALE_KEYS)
def test_every_template_parses_and_asks_with_a_reprompt(locale, key):
    template = RENDERER.template(locale, key)
    source = RENDERER.env.loader.get_source(RENDERER.env, template.name or "")[0]  # type: ignore[union-attr]
    meta.find_undeclared_variables(RENDERER.env.parse(source))  # parses
    if "speech" in template.blocks and "?" in source.split("{% block speech %}")[-1].split("{% endblock %}")[0]:
        # a template whose speech asks something must give Alexa a reprompt too
        assert "reprompt" in template.blocks, f"{key} asks a question without a reprompt"


def test_locale_fallback_reaches_the_default_locale():
    text = RENDERER.block("en-GB", "builtins/malformed")
    assert text == RENDERER.block("en-US", "builtins/malformed")


def test_no_line_promises_that_a_note_is_private():
    """On a shared Echo, with no voice profile and no privacy code, anyone on the account may hear the
    notes (the privacy answer says so): no offer or help line may call a note private."""
    promising = re.compile(r"private (?:note|record)|becomes a private|kept privately", re.IGNORECASE)
    found = [
        f"{path.relative_to(ROOT)}: {m.group(0)}"
        for path in sorted((ROOT / "content").rglob("*.j2"))
        for m in promising.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not found, found

"""Certification, walked: every state we can reach, every intent of the model sent in each.

The walk starts at a first-visit launch and a returning launch, then sends every intent of the
interaction model (each custom slot value, an empty slot, an unmatched value, free text with
``&``, ``<`` and quotes) in every state reached so far, breadth first. New intents, slot values,
exercise modes and their steps are picked up from the model and the routing table as they land.
Every response is checked as Alexa's certification team would check it.
"""

from __future__ import annotations

import pytest

from steady_ground.config import LOCALES
from steady_ground.session import Safety
from tests.support.walk import Walk, build_walk, language_model, requests_from_model, shared_walk, state_of

__all__ = ["build_walk"]  # the mutant tests walk with a planted fault


@pytest.fixture(scope="module", params=LOCALES)
def walk(request: pytest.FixtureRequest) -> Walk:
    """The whole walk in every market (each a few seconds of CPU; the markets share all but words),
    the same walk the speech checks read (tests/test_speech.py)."""
    return shared_walk(request.param)


def test_every_reachable_state_answers_every_intent_as_certification_requires(walk):
    unique = sorted(set(walk.failures))
    shown = "\n".join(unique[:30])
    assert not unique, f"{len(unique)} problems in {len(walk.states)} states, {walk.responses} responses:\n{shown}"


def test_the_walk_reaches_launch_menus_every_topic_part_and_safety(walk):
    from steady_ground.guidance import MORE_BLOCKS, TOPICS, topic_key
    from steady_ground.render import Renderer

    renderer = Renderer()
    states = [state_of(a) for a in walk.states.values()]
    assert {"menu", "guidance", "guidance_menu"} <= walk.modes
    for topic in TOPICS:
        more = [b for b in MORE_BLOCKS if renderer.has_block(walk.locale, topic_key(topic), b)]
        parts = {s.part for s in states if s.mode == "guidance" and s.topic == topic}
        assert parts == set(range(len(more) + 1)), topic
    assert any(isinstance(s.question, Safety) for s in states)
    assert walk.responses > 1000


def test_the_walk_enters_every_registered_exercise(walk):
    from steady_ground.exercises.catalog import BY_NAME

    assert set(BY_NAME) <= walk.modes, f"not reached: {set(BY_NAME) - walk.modes}"


def test_every_intent_in_the_model_is_sent(walk):
    sent = {label.split("[")[0] for label, _ in requests_from_model(walk.locale)}
    assert sent == {i["name"] for i in language_model(walk.locale)["intents"]}

"""The broadest tests can see a crash: with a handler made to raise (a planted mutant), the fuzz and
the certification walk fail, because they run the skill with ``App.raise_errors`` (in production
the error handler turns a crash into a spoken apology, which would otherwise pass every check)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from steady_ground import render
from steady_ground.handlers import builtins, guidance
from tests import test_certification_walk as walk_tests
from tests import test_fuzz_requests as fuzz


class Mutant(RuntimeError):
    """The planted fault."""


def explode(self, turn):
    raise Mutant(type(self).__name__)


def test_the_fuzz_fails_when_a_handler_raises(monkeypatch):
    monkeypatch.setattr(builtins.UnknownIntentHandler, "run", explode)
    monkeypatch.setattr(builtins.FallbackHandler, "run", explode)
    handler = fuzz.memory_handler()

    @settings(max_examples=300, deadline=None, derandomize=True, phases=[Phase.generate], database=None,
              suppress_health_check=list(HealthCheck))
    @given(fuzz.request_envelope())
    def fuzz_with_the_mutant(envelope):
        fuzz.check(handler, envelope)

    with pytest.raises(Mutant):
        fuzz_with_the_mutant()


def test_the_walk_fails_when_a_handler_raises(monkeypatch):
    monkeypatch.setattr(guidance.GuidanceRoom, "run", explode)
    with pytest.raises(Mutant):
        walk_tests.build_walk()


def test_without_raise_mode_the_same_mutant_is_a_valid_apology(monkeypatch):
    """Why the mode exists: the error handler's apology passes every check a response can get."""
    monkeypatch.setattr(guidance.GuidanceRoom, "run", explode)
    heard: list[str] = []
    render.HEARD.append(heard)
    try:
        w = walk_tests.build_walk(raise_errors=False, max_states=12)
    finally:
        render.HEARD.remove(heard)
    assert "builtins/error" in heard, "the mutant was reached and apologised for"
    assert w.failures == [], "the apology is a valid answer: only raise mode shows the crash"

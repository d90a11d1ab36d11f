"""Every exercise, in one explicit order. The order is behaviour: when more than one exercise
holds a saved place, the launch offer (and "resume") names the first of them here."""

from __future__ import annotations

from steady_ground.exercises import boundary, checkin, plan, reflection
from steady_ground.exercises.runtime import AnySpec

EXERCISES: tuple[AnySpec, ...] = (checkin.SPEC, reflection.SPEC, boundary.SPEC, plan.SPEC)
BY_NAME: dict[str, AnySpec] = {spec.name: spec for spec in EXERCISES}


def named(name: str | None) -> AnySpec | None:
    return BY_NAME.get(name or "")


START_INTENTS: frozenset[str] = frozenset(i for spec in EXERCISES for i in spec.start_intents)


def started_by(intent: str) -> AnySpec | None:
    """The exercise an intent starts ("let's do the reflection"), if any."""
    return next((spec for spec in EXERCISES if intent in spec.start_intents), None)

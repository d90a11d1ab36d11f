"""Every exercise, in one explicit order. The order is behaviour: when more than one exercise
holds a saved place, the launch offer (and "resume") names the first of them here."""

from __future__ import annotations

from steady_ground.exercises import boundary, checkin, plan, reflection
from steady_ground.exercises.runtime import AnySpec

EXERCISES: tuple[AnySpec, ...] = (checkin.SPEC, reflection.SPEC, boundary.SPEC, plan.SPEC)
BY_NAME: dict[str, AnySpec] = {spec.name: spec for spec in EXERCISES}


def named(name: str | None) -> AnySpec | None:
    return BY_NAME.get(name or "")

"""The shared exercise machinery: typed states survive a JSON round trip; other versions are refused."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import ClassVar

import pytest

from steady_ground.conversation.machine import StateVersionError, dump, load


class Stage(str, enum.Enum):
    ONE = "one"
    TWO = "two"


@dataclass
class Sample:
    VERSION: ClassVar[int] = 3
    version: int = 3
    step: Stage = Stage.ONE
    answer: str | None = None
    retries: int = 0
    picks: list[str] = field(default_factory=list)


def test_a_state_survives_a_json_round_trip():
    state = Sample(step=Stage.TWO, answer='it\'s "hard" & <long>', retries=1, picks=["a", "b"])
    assert load(Sample, json.loads(json.dumps(dump(state)))) == state


@pytest.mark.parametrize(
    "data",
    [
        {"version": 2, "step": "one"},
        {"step": "one"},
        {"version": 3, "step": "three"},
        {"version": 3, "retries": "many"},
        {"version": 3, "picks": "abc"},
        "not a dict",
        None,
    ],
)
def test_states_of_other_versions_or_shapes_are_refused(data):
    with pytest.raises(StateVersionError):
        load(Sample, data)

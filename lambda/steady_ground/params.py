"""Template parameters as JSON and back, so Repeat can keep what was said as template keys and
parameters (rendered again, with the same variation) instead of a second copy of the speech."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from markupsafe import Markup

TAG = "$"


def encode(value: Any) -> Any:
    """A JSON-safe form of one parameter; TypeError for anything else."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, Markup):  # already rendered SSML: kept as markup, not escaped again
        return {TAG: "m", "v": str(value)}
    if isinstance(value, str):
        return value
    if isinstance(value, enum.Enum):
        return encode(value.value)
    if isinstance(value, datetime):
        return {TAG: "dt", "v": value.isoformat()}
    if isinstance(value, date):
        return {TAG: "d", "v": value.isoformat()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {TAG: "o", "v": {k: encode(v) for k, v in value.items()}}
    raise TypeError(f"cannot keep a {type(value).__name__} for Repeat")


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        tag, inner = value.get(TAG), value.get("v")
        if tag == "m" and isinstance(inner, str):
            return Markup(inner)
        if tag == "dt" and isinstance(inner, str):
            return datetime.fromisoformat(inner)
        if tag == "d" and isinstance(inner, str):
            return date.fromisoformat(inner)
        if tag == "o" and isinstance(inner, dict):
            return {k: decode(v) for k, v in inner.items()}
        raise ValueError("not an encoded parameter")
    return value

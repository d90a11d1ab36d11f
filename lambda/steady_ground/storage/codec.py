"""DynamoDB attribute values to and from plain Python, with Decimal handled at this edge only."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def to_attr(value: Any) -> dict[str, Any]:
    if value is None:
        return {"NULL": True}
    if isinstance(value, bool):
        return {"BOOL": value}
    if isinstance(value, (int, float, Decimal)):
        return {"N": str(Decimal(str(value)))}
    if isinstance(value, str):
        return {"S": value}
    if isinstance(value, (bytes, bytearray)):
        return {"B": bytes(value)}
    if isinstance(value, dict):
        return {"M": {str(k): to_attr(v) for k, v in value.items()}}
    if isinstance(value, (list, tuple)):
        return {"L": [to_attr(v) for v in value]}
    raise TypeError(f"cannot store a {type(value).__name__}")


def _number(text: str) -> int | float:
    dec = Decimal(text)
    return int(dec) if dec == dec.to_integral_value() else float(dec)


def from_attr(attr: dict[str, Any]) -> Any:
    (tag, value), = attr.items()
    if tag == "S":
        return value
    if tag == "N":
        return _number(value)
    if tag == "BOOL":
        return bool(value)
    if tag == "NULL":
        return None
    if tag == "B":
        return bytes(value)
    if tag == "M":
        return {k: from_attr(v) for k, v in value.items()}
    if tag == "L":
        return [from_attr(v) for v in value]
    raise TypeError(f"unsupported attribute type {tag}")


def to_item(values: dict[str, Any]) -> dict[str, Any]:
    return {k: to_attr(v) for k, v in values.items()}


def from_item(item: dict[str, Any]) -> dict[str, Any]:
    return {k: from_attr(v) for k, v in item.items()}

"""What every response must be, as Alexa and its certification team see it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

MAX_SPEECH = 8000


def ssml_of(raw: dict[str, Any], where: str = "outputSpeech") -> str | None:
    response = raw.get("response") or {}
    speech = response.get(where) if where == "outputSpeech" else (response.get("reprompt") or {}).get("outputSpeech")
    return (speech or {}).get("ssml")


def parse_ssml(ssml: str) -> ET.Element:
    assert ssml.startswith("<speak>") and ssml.endswith("</speak>"), ssml[:80]
    return ET.fromstring(ssml)


def spoken_text(ssml: str) -> str:
    return " ".join("".join(parse_ssml(ssml).itertext()).split())


def assert_valid_response(raw: dict[str, Any], request_type: str = "IntentRequest") -> None:
    """Speech that parses, under 8,000 characters; an open session always has a reprompt and a question."""
    assert raw.get("version") == "1.0"
    response = raw["response"]
    if request_type == "SessionEndedRequest":
        assert "outputSpeech" not in response
        return
    ssml = ssml_of(raw)
    assert ssml, "every response speaks"
    assert len(ssml) <= MAX_SPEECH
    text = spoken_text(ssml)
    assert text
    if response.get("shouldEndSession") is False:
        reprompt = ssml_of(raw, "reprompt")
        assert reprompt, "an open session needs a reprompt"
        parse_ssml(reprompt)
        assert text.rstrip().endswith("?"), f"an open session ends with a question: {text[-80:]!r}"
        assert spoken_text(reprompt).rstrip().endswith("?"), "a reprompt asks again"
    else:
        assert response.get("shouldEndSession") is True, "closing is explicit"

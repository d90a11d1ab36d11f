"""An SSML validator for Alexa's documented tag and attribute set.

Alexa accepts a subset of SSML (Alexa Skills Kit, "Speech Synthesis Markup Language (SSML)
Reference"): speak, amazon:domain, amazon:effect, amazon:emotion, audio, break, emphasis, lang, p,
phoneme, prosody, s, say-as, sub, voice, w. Anything else, or an attribute or value outside the
documented set, is rejected by Alexa at run time, so it fails here first. Also checked: a <break> is
at most 10 seconds, at most five <audio> tags, the whole response at most 8,000 characters.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

MAX_SPEECH_CHARS = 8000
MAX_BREAK_MS = 10_000
MAX_AUDIO = 5
AMAZON_NS = "https://amazon.com/ssml"  # the prefix we bind while parsing; Alexa needs no declaration

_PERCENT = re.compile(r"^[+-]?\d+(?:\.\d+)?%$")
_DB = re.compile(r"^[+-]\d+(?:\.\d+)?dB$")
_TIME = re.compile(r"^(\d+(?:\.\d+)?)(ms|s)$")


def _one_of(*values: str) -> Callable[[str], bool]:
    allowed = set(values)
    return lambda v: v in allowed


def _break_time(value: str) -> bool:
    m = _TIME.match(value)
    if not m:
        return False
    amount = float(m.group(1)) * (1 if m.group(2) == "ms" else 1000)
    return amount <= MAX_BREAK_MS


def _rate(value: str) -> bool:
    if value in {"x-slow", "slow", "medium", "fast", "x-fast"}:
        return True
    return bool(_PERCENT.match(value)) and float(value.rstrip("%")) >= 20


def _pitch(value: str) -> bool:
    if value in {"x-low", "low", "medium", "high", "x-high"}:
        return True
    if not _PERCENT.match(value) or value[0] not in "+-":
        return False
    amount = float(value.rstrip("%"))
    return -33.3 <= amount <= 50


def _volume(value: str) -> bool:
    return value in {"silent", "x-soft", "soft", "medium", "loud", "x-loud"} or bool(_DB.match(value))


def _anything(value: str) -> bool:
    return bool(value.strip())


INTERPRET_AS = (
    "characters", "spell-out", "cardinal", "number", "ordinal", "digits", "fraction", "unit",
    "date", "time", "telephone", "address", "interjection", "expletive",
)
DATE_FORMATS = ("mdy", "dmy", "ymd", "md", "dm", "ym", "my", "d", "m", "y")
LANGS = (
    "ar-SA", "de-DE", "en-AU", "en-CA", "en-GB", "en-IN", "en-US", "es-ES", "es-MX", "es-US",
    "fr-CA", "fr-FR", "hi-IN", "it-IT", "ja-JP", "nl-NL", "pt-BR",
)

# tag -> {attribute: validator}; the attribute set is closed. xml:lang is spelled in Clark notation.
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TAGS: dict[str, dict[str, Callable[[str], bool]]] = {
    "speak": {},
    f"{{{AMAZON_NS}}}domain": {"name": _one_of("conversational", "long-form", "music", "news", "fun")},
    f"{{{AMAZON_NS}}}effect": {"name": _one_of("whispered")},
    f"{{{AMAZON_NS}}}emotion": {"name": _one_of("excited", "disappointed"), "intensity": _one_of("low", "medium", "high")},
    "audio": {"src": lambda v: v.startswith("https://") or v.startswith("soundbank://")},
    "break": {"strength": _one_of("none", "x-weak", "weak", "medium", "strong", "x-strong"), "time": _break_time},
    "emphasis": {"level": _one_of("strong", "moderate", "reduced")},
    "lang": {XML_LANG: _one_of(*LANGS)},
    "p": {},
    "phoneme": {"alphabet": _one_of("ipa", "x-sampa"), "ph": _anything},
    "prosody": {"rate": _rate, "pitch": _pitch, "volume": _volume},
    "s": {},
    "say-as": {"interpret-as": _one_of(*INTERPRET_AS), "format": _one_of(*DATE_FORMATS)},
    "sub": {"alias": _anything},
    "voice": {"name": _anything},
    "w": {"role": _one_of("amazon:VB", "amazon:VBD", "amazon:NN", "amazon:SENSE_1")},
}
REQUIRED: dict[str, set[str]] = {
    "audio": {"src"},
    "say-as": {"interpret-as"},
    "sub": {"alias"},
    "phoneme": {"ph"},
    "lang": {XML_LANG},
    "voice": {"name"},
    "w": {"role"},
}
EMPTY_ONLY = {"break"}  # <break/> takes no content


class SsmlError(AssertionError):
    """The SSML would be rejected by Alexa."""


def _parse(ssml: str) -> ET.Element:
    # Alexa lets the amazon: prefix go undeclared; bind it so the XML parser accepts it.
    if not (ssml.startswith("<speak>") and ssml.endswith("</speak>")):
        raise SsmlError(f"SSML must be wrapped in <speak>: {ssml[:60]!r}")
    bound = ssml.replace("<speak>", f'<speak xmlns:amazon="{AMAZON_NS}">', 1)
    try:
        return ET.fromstring(bound)
    except ET.ParseError as exc:
        raise SsmlError(f"SSML does not parse ({exc}): {ssml[:120]!r}") from None


def problems(ssml: str) -> list[str]:
    """Everything Alexa would reject in this SSML, as readable sentences (empty when valid)."""
    found: list[str] = []
    if len(ssml) > MAX_SPEECH_CHARS:
        found.append(f"speech is {len(ssml)} characters, over {MAX_SPEECH_CHARS}")
    try:
        root = _parse(ssml)
    except SsmlError as exc:
        return [*found, str(exc)]
    audio = 0
    for i, el in enumerate(root.iter()):
        if el.tag == "speak" and i > 0:
            found.append("<speak> nested inside <speak>")
        allowed = TAGS.get(el.tag)
        if allowed is None:
            found.append(f"unsupported tag <{el.tag}>")
            continue
        for attr, value in el.attrib.items():
            check = allowed.get(attr)
            if check is None:
                found.append(f"<{el.tag}> has unsupported attribute {attr!r}")
            elif not check(value):
                found.append(f"<{el.tag} {attr}={value!r}> is not an accepted value")
        missing = REQUIRED.get(el.tag, set()) - set(el.attrib)
        if missing:
            found.append(f"<{el.tag}> lacks {sorted(missing)}")
        if el.tag == "prosody" and not el.attrib:
            found.append("<prosody> without rate, pitch or volume")
        if el.tag in EMPTY_ONLY and ((el.text or "").strip() or len(el)):
            found.append(f"<{el.tag}> must be empty")
        if el.tag == "audio":
            audio += 1
    if audio > MAX_AUDIO:
        found.append(f"{audio} audio tags, over {MAX_AUDIO}")
    return found


def assert_alexa_ssml(ssml: str) -> None:
    found = problems(ssml)
    if found:
        raise SsmlError("; ".join(found) + f" in {ssml[:200]!r}")

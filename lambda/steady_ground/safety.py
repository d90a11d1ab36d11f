"""Screening free text for words of danger, crisis or self-harm. Pure: no SDK imports.

Phrase lists are per language. A match hands the turn to the safety answer before anything else
happens with the text. Lists favour catching real danger; tests pin true and false positives.
"""

from __future__ import annotations

import re

_PATTERNS: dict[str, list[str]] = {
    "en": [
        # self-harm and suicide
        r"\b(kill|hurt|harm|cut)(ing)? myself\b",
        r"\bend(ing)? (it all|my life)\b",
        r"\b(don'?t|do not) want to (live|be alive|be here|wake up)\b",
        r"\bsuicid",
        r"\bdone with (life|living)\b",
        r"\bno reason to live\b",
        r"\bbetter off dead\b",
        r"\bwant to die\b",
        r"\bthinking (of|about) ending it\b",
        # danger from a partner
        r"\b(he|she|they|my (partner|husband|wife|boyfriend|girlfriend|spouse)) (hits?|hit|beats?|chok(es|ed)|strangl\w+|kick(s|ed)|punch(es|ed)|hurts?|threaten(s|ed)?|slapp?(s|ed)?) me\b",
        r"\b(scared|afraid|frightened|terrified) (of|for) (him|her|them|my (partner|husband|wife|boyfriend|girlfriend|spouse)|my life)\b",
        r"\b(i'?m|i am|i feel) not safe\b",
        r"\bi (don'?t|do not) feel safe\b",
        r"\bnot safe (at home|with (him|her|them|my))",
        r"\bwon'?t let me (leave|go out|see)\b",
        r"\b(threatens?|threatened) to (kill|hurt)\b",
        r"\bgoing to kill me\b",
        r"\bafraid for my (life|safety|kids|children)\b",
    ],
}
_COMPILED: dict[str, list[re.Pattern[str]]] = {
    lang: [re.compile(p) for p in patterns] for lang, patterns in _PATTERNS.items()
}


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip()


def is_crisis(text: str, locale: str | None) -> bool:
    lang = (locale or "en").split("-")[0]
    patterns = _COMPILED.get(lang, _COMPILED["en"])
    said = _normalise(text)
    return any(pattern.search(said) for pattern in patterns)

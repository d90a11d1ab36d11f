"""The reflection's answer scales, and the facts its closing and summaries are built from: what
changed since last time, whether the answers suggest strain, the kept note's plain text. Pure: no
SDK imports. The spoken words for all of this live in content/<locale>/reflection/.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

QUESTIONS: tuple[str, ...] = ("frequency", "peace", "effort", "future")
ANSWERS: dict[str, tuple[str, ...]] = {
    "frequency": ("daily", "few_weekly", "weekly", "monthly", "rarely"),
    "peace": ("yes", "no", "sometimes"),
    "effort": ("yes", "no", "sometimes"),
    "future": ("yes", "no", "not_sure"),
}

# The kept note's text: what the person can read back later. Plain words, no SSML.
_NOTE_QUESTION = {
    "frequency": "How often the same fights come back",
    "peace": "Giving up my peace of mind to keep the calm",
    "effort": "Real effort from my partner in other ways",
    "future": "Fulfilled in five years if nothing changes",
}
_NOTE_ANSWER = {
    "daily": "daily",
    "few_weekly": "a few times a week",
    "weekly": "weekly",
    "monthly": "monthly",
    "rarely": "rarely",
    "yes": "yes",
    "no": "no",
    "sometimes": "sometimes",
    "not_sure": "not sure",
}


@dataclass(frozen=True)
class Change:
    question: str
    before: str
    after: str


def clean_answers(raw: object) -> dict[str, str]:
    """Only known questions with known answers: stored data from any version is read safely."""
    if not isinstance(raw, Mapping):
        return {}
    return {q: str(raw[q]) for q in QUESTIONS if q in raw and raw[q] in ANSWERS[q]}


FEELINGS = ("worse", "better", "same")


def clean_feelings(raw: object) -> dict[str, str]:
    """How answers had moved, as kept: only known questions and known words."""
    if not isinstance(raw, Mapping):
        return {}
    return {q: str(raw[q]) for q in QUESTIONS if q in raw and raw[q] in FEELINGS}


def changes(before: Mapping[str, str], after: Mapping[str, str]) -> list[Change]:
    """Answers given both times that differ, in question order."""
    return [
        Change(q, before[q], after[q])
        for q in QUESTIONS
        if q in before and q in after and before[q] != after[q]
    ]


def is_strained(answers: Mapping[str, str]) -> bool:
    """Answers that suggest the person is carrying a lot: support for them comes first."""
    return (
        answers.get("peace") == "yes"
        or answers.get("future") == "no"
        or answers.get("frequency") == "daily"
    )


_NOTE_FEELING = {"worse": "getting worse", "better": "getting better", "same": "about the same as before"}


def note_text(answers: Mapping[str, str], words: Mapping[str, str], feelings: Mapping[str, str] | None = None) -> str:
    parts = ["Reflection."]
    for q in QUESTIONS:
        moved = (feelings or {}).get(q)
        if q in answers:
            parts.append(f"{_NOTE_QUESTION[q]}: {_NOTE_ANSWER[answers[q]]}.")
        if moved in _NOTE_FEELING:
            parts.append(f"{_NOTE_QUESTION[q]}, lately: {_NOTE_FEELING[moved]}.")
        if words.get(q):
            parts.append(f"In my words: {words[q]}")
    if len(parts) == 1:
        parts.append("I skipped the questions this time.")
    return " ".join(parts)


@dataclass(frozen=True)
class Past:
    """One kept reflection, as the summary needs it."""

    on: date
    answers: dict[str, str]
    feelings: dict[str, str] = field(default_factory=dict)  # how answers had moved, as heard then


@dataclass(frozen=True)
class Trend:
    """One question across past reflections, oldest first: each answer as it moved, runs said once."""

    question: str
    values: tuple[str, ...]

    @property
    def steady(self) -> bool:
        return len(set(self.values)) == 1


def trends(pasts: Sequence[Past]) -> list[Trend]:
    """Per question, how the answers moved across the reflections that gave one, oldest first."""
    ordered = sorted(pasts, key=lambda p: p.on)
    out = []
    for q in QUESTIONS:
        values: list[str] = []
        for p in ordered:
            if q in p.answers and (not values or values[-1] != p.answers[q]):
                values.append(p.answers[q])  # a run of the same answer is said once
        if values:
            out.append(Trend(q, tuple(values)))
    return out


def summary_params(pasts: Sequence[Past]) -> dict[str, Any]:
    """What the history template needs: the reflections oldest first, and each question's trend."""
    ordered = sorted(pasts, key=lambda p: p.on)
    found = trends(ordered)
    return {
        "count": len(ordered),
        "pasts": ordered,
        "moved": [t for t in found if not t.steady],
        "steady": [t for t in found if t.steady],
    }

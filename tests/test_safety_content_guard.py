"""Nothing the skill says diagnoses, labels the partner, or tells the person to leave or stay."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from steady_ground.render import Renderer, plain_text

CONTENT = Path(__file__).resolve().parent.parent / "content"
TEMPLATES = sorted(CONTENT.rglob("*.ssml.j2"))

BANNED = [
    # labels for the partner
    r"narcissis", r"\babuser", r"\babusive\b", r"\btoxic\b", r"sociopath", r"psychopath", r"gaslighter",
    r"\bmanipulator\b", r"\bcontrolling (?:man|woman|partner|person)\b", r"\bcontrol freak\b",
    # diagnoses and clinical claims
    r"personality disorder", r"\bbipolar\b", r"\bdiagnos", r"\bdepressed\b", r"\bdepression\b",
    r"mental health", r"\bmental illness\b", r"\btrauma bond", r"\bcodependen",
    # telling the person to leave or to stay
    r"\bleave\b", r"\bleaving\b", r"you should leave", r"\bdivorce", r"\bbreak up\b", r"\bbreaking up\b",
    r"\bwalk away\b", r"\bstay with\b", r"\bend the relationship\b", r"\bget out of (?:the|this|your) relationship\b",
    r"\byou (?:should|must|need to) (?:go|stay|move out)\b",
]
_BANNED = re.compile("|".join(f"(?:{b})" for b in BANNED), re.I)


def _words(path: Path) -> str:
    """A template's spoken words: comments, jinja tags and SSML tags removed."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\{#.*?#\}", " ", text, flags=re.S)
    text = re.sub(r"\{%.*?%\}", " ", text, flags=re.S)
    return plain_text(text)


def test_there_are_templates_to_guard():
    assert len(TEMPLATES) >= 40


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(CONTENT)))
def test_no_template_labels_diagnoses_or_tells_anyone_to_leave_or_stay(path):
    found = _BANNED.findall(_words(path))
    assert not found, f"{path.relative_to(CONTENT)} says {found}"


def test_the_guard_catches_what_it_is_meant_to():
    for line in ("He sounds like a narcissist.", "You should leave him.", "Maybe divorce is best.",
                 "That's a toxic pattern.", "Stay with her for the kids.", "It's time to walk away."):
        assert _BANNED.search(line), line
    for line in ("Notice what happens when you hold a limit.", "I'm a companion for reflection.",
                 "Where you left off."):
        assert not _BANNED.search(line), line


def test_pushed_aside_limits_are_something_to_notice_with_help_offered():
    # The boundaries topic speaks of limits pushed aside as something to notice, never a verdict,
    # and offers the way to the hotline numbers.
    renderer = Renderer()
    more_2 = plain_text(renderer.block("en-US", "guidance/topics/boundaries", "more_2")).lower()
    assert "notice" in more_2
    assert "control" in more_2 and "sometimes" in more_2
    assert "i need help" in more_2 and "numbers" in more_2
    assert "is a sign" not in more_2 and "always" not in more_2


def test_help_carries_the_disclaimer_and_the_way_to_safety(talk):
    convo = talk()
    convo.say("open steady ground")
    reply = convo.say("help")
    assert "not therapy or medical advice" in reply.speech
    assert "I need help" in reply.speech
    assert reply.session_open and reply.speech.endswith("?")


def test_the_disclaimer_is_said_on_the_first_visit_only(talk):
    convo = talk()
    first = convo.say("open steady ground")
    convo.say("stop")
    again = convo.say("open steady ground")
    assert "not therapy" in first.speech
    assert "not therapy" not in again.speech


def test_no_template_speaks_of_mental_health_or_promises_a_cure():
    for path in TEMPLATES:
        words = _words(path).lower()
        for claim in ("will fix", "guaranteed", "cure", "treatment plan"):
            assert claim not in words, (path, claim)

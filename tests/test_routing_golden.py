"""Which handler answers, for every (mode, open question, intent): written down and diffed against
``tests/golden/routing.txt``, so any change of precedence (a reordered routing table, a new answer,
a room claiming more) shows in review as a changed line.

After a deliberate change, regenerate the file and review its diff:

    SG_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_routing_golden.py -p no:randomly
"""

from __future__ import annotations

import difflib
import json
import os
from collections import defaultdict
from pathlib import Path

from steady_ground.dispatch import QuestionDispatcher
from steady_ground.exercises.catalog import EXERCISES
from steady_ground.session import CARRIED, QUESTION_TYPES
from steady_ground.skill import routing_table
from steady_ground.turn import Peek

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "routing.txt"
MODEL = json.loads((ROOT / "interaction_models" / "en-US.json").read_text(encoding="utf-8"))
INTENTS = sorted({i["name"] for i in MODEL["interactionModel"]["languageModel"]["intents"]} | {"AMAZON.FallbackIntent"})
REQUESTS = ["LaunchRequest", "SessionEndedRequest", "Connections.Response", "AlexaSkillEvent.SkillDisabled"]
MODES = ["menu", "guidance", "guidance_menu", "note_capture", "notes_reading", *(s.name for s in EXERCISES)]
QUESTIONS = [None, *(q.KIND for q in QUESTION_TYPES)]


def winner(table: list, peek: Peek) -> str:
    for handler in table:
        if handler.claims(peek):
            if isinstance(handler, QuestionDispatcher):
                answer = handler.answer_for(peek)
                assert answer is not None
                return f"answer {answer.name}"
            spec = getattr(handler, "spec", None)
            return type(handler).__name__ + (f"({spec.name})" if spec is not None else "")
    return "(none)"


def routes(switched: bool = False) -> str:
    table = routing_table()
    lines = []
    for mode in MODES:
        for question in QUESTIONS:
            by_handler: dict[str, list[str]] = defaultdict(list)
            for intent in INTENTS:
                by_handler[winner(table, Peek("IntentRequest", intent, mode, question, switched))].append(intent)
            for request in REQUESTS:
                by_handler[winner(table, Peek(request, None, mode, question, switched))].append(request)
            for handler, said in sorted(by_handler.items()):
                lines.append(f"{mode} | {question or '-'} | {handler}: {' '.join(said)}")
    return "\n".join(lines) + "\n"


def test_routing_matches_the_golden_file():
    written = routes()
    if os.environ.get("SG_REGENERATE_GOLDEN"):
        GOLDEN.write_text(written, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    diff = "".join(difflib.unified_diff(expected.splitlines(True), written.splitlines(True), "golden", "now", n=0))
    assert not diff, f"routing changed (regenerate with SG_REGENERATE_GOLDEN=1 if meant):\n{diff[:4000]}"


def test_a_reordered_table_shows_in_the_golden_diff(monkeypatch):
    from steady_ground import skill

    original = skill.routing_table
    monkeypatch.setattr(skill, "routing_table", lambda: list(reversed(original())))
    import tests.test_routing_golden as me

    monkeypatch.setattr(me, "routing_table", skill.routing_table)
    assert routes() != GOLDEN.read_text(encoding="utf-8")


def test_another_voice_never_gets_an_answer_to_someone_elses_question():
    table = routing_table()
    for mode in MODES:
        for question in QUESTIONS[1:]:
            for intent in ("AMAZON.YesIntent", "AMAZON.NoIntent"):
                won = winner(table, Peek("IntentRequest", intent, mode, question, True))
                if question in CARRIED:  # the safety answer's own questions: whoever answers, it answers
                    assert won.startswith("answer handlers.safety."), (question, intent, won)
                else:
                    assert won == "AnotherVoiceHandler", (question, intent, won)

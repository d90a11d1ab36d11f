"""A long history stays fast and right: with hundreds of newer notes of other kinds, the last
reflection, boundary and check-ins are still found, and no turn makes more than three queries.
Older items (before notes carried their kind in a key) are moved forward by tools/migrate_storage.py.
The 2,000-note figures are in bench/storage_scale.py (make bench-storage)."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from steady_ground.config import Settings
from steady_ground.identity import owner_for
from steady_ground.storage.dynamo import DynamoNotesRepository
from steady_ground.storage.repository import NoteKind
from tests.conftest import DEFAULT_CLOCK, TABLE
from tests.support.notes import ACCOUNT, ANNA, Wire, asks_before_card, skill_client, voice

ROOT = Path(__file__).resolve().parent.parent
FREE_NOTES = 150
MAX_QUERIES = 3


@pytest.fixture
def long_history(dynamo: Any) -> DynamoNotesRepository:
    """Anna: consent, one reflection and one boundary long ago, a check-in yesterday, then 150 free notes."""
    owner = owner_for(Settings.from_env().id_hash_secret, ACCOUNT, ANNA)
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    start = DEFAULT_CLOCK - timedelta(days=100)
    repo.save_setting(owner, "consent", start.isoformat(), start)
    repo.add_note(owner, NoteKind.REFLECTION, "the old reflection", start, "r1", {"answers": {}})
    repo.add_note(owner, NoteKind.BOUNDARY, "my boundary about weekends", start + timedelta(days=1), "b1")
    repo.add_note(owner, NoteKind.CHECKIN, "a hard day", DEFAULT_CLOCK - timedelta(days=1), "c1", {"rating": 2})
    for i in range(FREE_NOTES):
        repo.add_note(owner, NoteKind.FREE, f"free note {i}", start + timedelta(days=2, minutes=i), f"f{i}")
    return repo


def test_send_that_to_my_phone_finds_the_boundary_under_a_long_history_in_few_queries(long_history, talk):
    convo = talk(device=voice(ANNA))
    assert asks_before_card(convo.say("ask steady ground to send that to my phone"))  # anyone with the app can see it
    wire = Wire(skill_client())
    reply = convo.say("yes")
    assert reply.card is not None and "my boundary about weekends" in reply.card[1]
    assert wire.ops_called().count("Query") <= MAX_QUERIES


def test_every_reading_turn_is_at_most_three_queries_however_long_the_history(long_history, talk):
    for line in (
        "open steady ground",
        "ask steady ground to read my notes",
        "ask steady ground to send my notes to my phone",
        "ask steady ground to start my reflection",
        "ask steady ground how have my reflections changed",
        "ask steady ground how has this week been",
        "ask steady ground to check in",
        "ask steady ground to delete my last note",
    ):
        wire = Wire(skill_client())
        reply = talk(device=voice(ANNA)).say(line)
        assert reply.speech, line
        assert wire.ops_called().count("Query") <= MAX_QUERIES, (line, wire.ops_called())


def test_the_week_summary_finds_yesterdays_check_in_behind_newer_notes(long_history, talk):
    reply = talk(device=voice(ANNA)).say("ask steady ground how has this week been")
    assert "just one check-in this week, a 2." in reply.speech.lower(), reply.speech


def test_the_storage_benchmark_runs_and_keeps_every_turn_within_three_queries():
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "storage_scale.py"), "--notes", "120", "--runs", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "NOT SPOKEN" not in done.stdout
    assert "most queries in any reading turn:" in done.stdout

"""Rotating the id-hash secret orphans nothing. During the rotation window (ID_HASH_SECRET_PREVIOUS
holds the old secret) a person's items kept under the old key move to the new one the first time
they use the skill, reads find them, and "delete all" and SkillDisabled look under every key.
infra/DEPLOY.md: keep the old secret in the window for at least the retention, and nothing is left."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tools import alexa
from tools.simulator import Simulator

from steady_ground.app import App
from steady_ground.config import Settings
from steady_ground.entry import make_handler
from steady_ground.identity import owner_for
from steady_ground.render import Renderer
from steady_ground.storage.client import dynamodb_client
from steady_ground.storage.dynamo import MOVE_BATCH, DynamoNotesRepository
from steady_ground.storage.repository import NoteKind
from tests.conftest import DEFAULT_CLOCK, TABLE
from tests.support.notes import ACCOUNT, ANNA, Wire, agree_and_add, partition, skill_client, voice

OLD, NEW = b"o" * 32, b"n" * 32
DELETED_ALL = ("everything i had for you is deleted", "are gone now", "nothing of yours left here")


def handler_with(secret: bytes, previous: tuple[bytes, ...] = ()) -> Any:
    settings = Settings(table_name=TABLE, retention_days=180, id_hash_secret=secret, skill_id=None,
                        previous_secrets=previous)
    return make_handler(App(settings=settings, renderer=Renderer(),
                            repo=DynamoNotesRepository(dynamodb_client, TABLE, 180)))


def chat(handler: Any, device: alexa.Device) -> Simulator:
    return Simulator(handler, device=device, clock=DEFAULT_CLOCK)


def members(dynamo: Any, account_pk: str) -> list[str]:
    return [i["member_pk"] for i in partition(dynamo, account_pk) if i["sk"].startswith("MEMBER#")]


def test_after_a_rotation_the_first_visit_moves_everything_forward_and_reads_find_it(dynamo):
    before = handler_with(OLD)
    agree_and_add(chat(before, voice(ANNA)), "kept under the old secret")
    agree_and_add(chat(before, voice(None)), "the household note")
    old_anna, new_anna = owner_for(OLD, ACCOUNT, ANNA), owner_for(NEW, ACCOUNT, ANNA)
    old_house, new_house = owner_for(OLD, ACCOUNT, None), owner_for(NEW, ACCOUNT, None)
    after = handler_with(NEW, (OLD,))
    # WHEN Anna reads her notes after the rotation
    reply = chat(after, voice(ANNA)).say("ask steady ground to read my notes")
    # THEN she hears the note kept under the old secret, now kept under the new one only
    assert "kept under the old secret" in reply.speech
    assert partition(dynamo, old_anna.pk) == []
    assert [i["text"] for i in partition(dynamo, new_anna.pk) if "text" in i] == ["kept under the old secret"]
    # AND her consent came along: a new note is saved without asking again
    convo = chat(after, voice(ANNA))
    assert "may i keep" not in convo.say("ask steady ground to add a note that a new one").speech.lower()
    # AND the registry points at her new partition only
    assert members(dynamo, new_house.pk) == [new_anna.pk]
    assert old_anna.pk not in members(dynamo, old_house.pk)
    # WHEN the household voice opens the skill, its partition moves too, and SkillDisabled finds all
    chat(after, voice(None)).say("open steady ground")
    assert partition(dynamo, old_house.pk) == []
    after(alexa.skill_event("AlexaSkillEvent.SkillDisabled", user_id=ACCOUNT), None)
    for pk in (old_anna.pk, new_anna.pk, old_house.pk, new_house.pk):
        assert partition(dynamo, pk) == []


def test_a_long_history_moves_newest_first_a_batch_a_visit(dynamo):
    old_anna, new_anna = owner_for(OLD, ACCOUNT, ANNA), owner_for(NEW, ACCOUNT, ANNA)
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    start = DEFAULT_CLOCK - timedelta(days=30)
    repo.save_setting(old_anna, "consent", start.isoformat(), start)
    for i in range(MOVE_BATCH + 20):
        repo.add_note(old_anna, NoteKind.FREE, f"note {i}", start + timedelta(minutes=i), f"n{i}")
    after = handler_with(NEW, (OLD,))
    first = chat(after, voice(ANNA)).say("ask steady ground to read my notes")
    assert f"note {MOVE_BATCH + 19}" in first.speech, "the newest are there at once"
    assert len([i for i in partition(dynamo, old_anna.pk) if i["sk"].startswith("NOTE#")]) == 20
    chat(after, voice(ANNA)).say("open steady ground")
    assert partition(dynamo, old_anna.pk) == []
    assert len([i for i in partition(dynamo, new_anna.pk) if i["sk"].startswith("NOTE#")]) == MOVE_BATCH + 20


def test_during_the_window_a_read_with_nothing_to_move_stays_within_three_queries(dynamo):
    after = handler_with(NEW, (OLD,))
    agree_and_add(chat(after, voice(ANNA)), "already current")
    wire = Wire(skill_client())
    reply = chat(after, voice(ANNA)).say("ask steady ground to read my notes")
    assert "already current" in reply.speech
    assert wire.ops_called().count("Query") <= 3


def test_after_a_rotation_delete_all_and_skill_disabled_reach_the_old_keys(dynamo):
    before = handler_with(OLD)
    for device in (voice(ANNA), voice(None)):
        agree_and_add(chat(before, device), "kept under the old secret")
    old_anna, old_house = owner_for(OLD, ACCOUNT, ANNA), owner_for(OLD, ACCOUNT, None)
    after = handler_with(NEW, (OLD,))
    convo = chat(after, voice(ANNA))
    convo.say("ask steady ground to delete all my notes")
    reply = convo.say("yes")
    assert any(p in reply.speech.lower() for p in DELETED_ALL)
    assert partition(dynamo, old_anna.pk) == []
    after(alexa.skill_event("AlexaSkillEvent.SkillDisabled", user_id=ACCOUNT), None)
    assert partition(dynamo, old_house.pk) == []
    assert partition(dynamo, "SWEEP#deletions") == []


def test_every_item_carries_its_key_version_so_the_window_can_be_closed_knowingly(dynamo):
    from tools.migrate_storage import key_versions

    from steady_ground.identity import key_version

    before = handler_with(OLD)
    agree_and_add(chat(before, voice(ANNA)), "under the old key")
    assert set(key_versions(dynamo, TABLE)) == {key_version(OLD)}
    after = handler_with(NEW, (OLD,))
    chat(after, voice(ANNA)).say("open steady ground")
    # her items, and her registry entry, now all carry the new version
    assert set(key_versions(dynamo, TABLE)) == {key_version(NEW)}
    assert key_version(NEW) != key_version(OLD) and "n" * 8 not in key_version(NEW)

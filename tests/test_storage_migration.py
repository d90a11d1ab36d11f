"""Items written before notes carried their kind in a key, and before every item had an expiry, are
moved onto today's layout by tools/migrate_storage.py: then the one-query reads find them, and
nothing is left that would outlive the retention."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tools.migrate_storage import migrate

from steady_ground.config import Settings
from steady_ground.identity import owner_for
from steady_ground.storage.repository import NoteKind
from tests.conftest import DEFAULT_CLOCK, TABLE
from tests.support.notes import ACCOUNT, ANNA, partition, send, voice

RETENTION = timedelta(days=180)


def legacy_household(dynamo: Any) -> tuple[str, str]:
    """What the table held before: a note without ksk; profile, settings, registry without expiry."""
    secret = Settings.from_env().id_hash_secret
    anna = owner_for(secret, ACCOUNT, ANNA)
    made = DEFAULT_CLOCK - timedelta(days=20)
    stamp = made.strftime("%Y%m%dT%H%M%S.000Z")
    rows = [
        {"pk": anna.pk, "sk": f"NOTE#{stamp}#abcdef0123456789", "kind": "boundary", "text": "old boundary words",
         "created_at": int(made.timestamp()), "expires_at": int((made + RETENTION).timestamp())},
        {"pk": anna.pk, "sk": "META#profile", "body": '{"v":1}'},
        {"pk": anna.pk, "sk": "META#setting#consent", "body": '"2026-01-01T00:00:00+00:00"', "set_at": 1},
        {"pk": anna.pk, "sk": "META#member"},
        {"pk": anna.account_pk, "sk": "MEMBER#" + anna.pk.removeprefix("OWNER#"), "member_pk": anna.pk},
    ]
    from steady_ground.storage.codec import to_item

    for row in rows:
        dynamo.put_item(TableName=TABLE, Item=to_item(row))
    return anna.pk, anna.account_pk


def test_migration_lets_the_one_query_reads_find_old_notes_and_gives_everything_an_expiry(dynamo, talk):
    anna, account = legacy_household(dynamo)
    # BEFORE: the old boundary is invisible to the by-kind read
    before = send(talk(device=voice(ANNA)), "ask steady ground to send that to my phone")
    assert before.card is None
    # WHEN the migration runs
    done = migrate(dynamo, TABLE, DEFAULT_CLOCK, RETENTION)
    assert done["ksk"] == 1 and done["expires_at"] == 4
    # THEN the card has it, and every item expires within the retention (the registry last)
    after = send(talk(device=voice(ANNA)), "ask steady ground to send that to my phone")
    assert after.card is not None and "old boundary words" in after.card[1]
    everything = partition(dynamo, anna) + partition(dynamo, account)
    limit = int((DEFAULT_CLOCK + RETENTION + timedelta(days=3)).timestamp())
    assert all(0 < i["expires_at"] <= limit for i in everything)
    member = next(i for i in everything if i["sk"].startswith("MEMBER#"))
    assert member["expires_at"] >= max(i["expires_at"] for i in partition(dynamo, anna))
    # AND running it again changes nothing
    assert migrate(dynamo, TABLE, DEFAULT_CLOCK, RETENTION) == {}


def test_a_dry_run_changes_nothing(dynamo):
    anna, _ = legacy_household(dynamo)
    assert migrate(dynamo, TABLE, DEFAULT_CLOCK, RETENTION, dry_run=True)["ksk"] == 1
    assert all("ksk" not in i for i in partition(dynamo, anna))


def test_migrated_and_new_notes_come_back_in_one_order(dynamo):
    from steady_ground.storage.dynamo import DynamoNotesRepository

    legacy_household(dynamo)
    migrate(dynamo, TABLE, DEFAULT_CLOCK, RETENTION)
    repo = DynamoNotesRepository(dynamo, TABLE, 180)
    owner = owner_for(Settings.from_env().id_hash_secret, ACCOUNT, ANNA)
    repo.add_note(owner, NoteKind.BOUNDARY, "new boundary words", DEFAULT_CLOCK, "new")
    page = repo.list_notes(owner, DEFAULT_CLOCK, limit=5, kind=NoteKind.BOUNDARY)
    assert [n.text for n in page.notes] == ["new boundary words", "old boundary words"]

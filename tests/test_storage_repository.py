"""The notes repository on moto (in-process): keys, order, pages, expiry, idempotency, limits,
deletes, the member registry, and AWS errors mapped to the skill's own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from botocore.exceptions import ClientError, EndpointConnectionError, ReadTimeoutError

from steady_ground.identity import owner_for
from steady_ground.storage import NoteKind, NoteTooLong, StorageError, StorageUnavailable
from steady_ground.storage.codec import from_attr, to_attr
from steady_ground.storage.dynamo import DynamoNotesRepository, map_error
from tests.support.notes import Wire, partition

SECRET = b"k" * 32
NOW = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)
ANNA = owner_for(SECRET, "acct-1", "anna")
BEN = owner_for(SECRET, "acct-1", "ben")
HOUSE = owner_for(SECRET, "acct-1", None)
OTHER = owner_for(SECRET, "acct-2", None)


@pytest.fixture
def repo(dynamo: Any) -> DynamoNotesRepository:
    return DynamoNotesRepository(dynamo, "SteadyGroundNotes", retention_days=180)


def add(repo: DynamoNotesRepository, owner: Any, text: str, minutes: int = 0, kind: NoteKind = NoteKind.FREE) -> Any:
    return repo.add_note(owner, kind, text, NOW + timedelta(minutes=minutes), f"req-{text}-{minutes}")


def test_notes_come_back_newest_first_in_pages_that_never_repeat(repo):
    for i in range(7):
        add(repo, ANNA, f"note {i}", minutes=i)
    seen: list[str] = []
    cursor = None
    while True:
        page = repo.list_notes(ANNA, NOW + timedelta(hours=1), limit=3, cursor=cursor)
        seen.extend(n.text for n in page.notes)
        cursor = page.cursor
        if cursor is None:
            break
    assert seen == [f"note {i}" for i in reversed(range(7))]


def test_expired_notes_are_never_read_even_before_ttl_deletes_them(repo):
    add(repo, ANNA, "old")
    later = NOW + timedelta(days=181)
    assert repo.list_notes(ANNA, NOW).notes[0].text == "old"
    assert repo.list_notes(ANNA, later).notes == []


def test_each_note_is_its_own_item_with_a_ttl(repo, dynamo):
    add(repo, ANNA, "a")
    add(repo, ANNA, "b", minutes=1)
    notes = [i for i in partition(dynamo, ANNA.pk) if i["sk"].startswith("NOTE#")]
    assert len(notes) == 2
    expected = {int((NOW + timedelta(days=180, minutes=m)).timestamp()) for m in (0, 1)}
    assert {i["expires_at"] for i in notes} == expected


def test_the_same_request_replayed_writes_one_note(repo, dynamo):
    for _ in range(3):
        repo.add_note(ANNA, NoteKind.FREE, "once", NOW, "same-request-id")
    assert [i["text"] for i in partition(dynamo, ANNA.pk) if i["sk"].startswith("NOTE#")] == ["once"]


def test_a_note_over_the_limit_is_refused_and_nothing_is_written(repo, dynamo):
    with pytest.raises(NoteTooLong):
        add(repo, ANNA, "x" * 4001)
    assert partition(dynamo, ANNA.pk) == []
    assert add(repo, ANNA, "y" * 4000).text == "y" * 4000


def test_a_history_far_over_400_kb_is_many_small_items_and_reads_back_whole(repo, dynamo):
    # 120 notes of 4,000 characters: 480 KB of text, more than one DynamoDB item could ever hold
    for i in range(120):
        repo.add_note(ANNA, NoteKind.FREE, f"{i:03d}" + "z" * 3997, NOW + timedelta(seconds=i), f"r{i}")
    items = partition(dynamo, ANNA.pk)
    assert len(items) == 120
    assert max(len(i["text"]) for i in items) == 4000
    newest = repo.list_notes(ANNA, NOW + timedelta(hours=1), limit=3)
    assert [n.text[:3] for n in newest.notes] == ["119", "118", "117"]


def test_kind_and_data_survive_the_round_trip_with_decimals_at_the_edge(repo):
    repo.add_note(ANNA, NoteKind.BOUNDARY, "I will step out when voices rise", NOW, "r1", {"score": 3, "ratio": 0.5})
    note = repo.list_notes(ANNA, NOW).notes[0]
    assert note.kind is NoteKind.BOUNDARY
    assert note.data == {"score": 3, "ratio": 0.5}
    assert isinstance(note.data["score"], int)
    assert from_attr(to_attr(Decimal("2.50"))) == 2.5


def test_owners_never_see_each_others_notes(repo):
    for owner, text in ((ANNA, "anna"), (BEN, "ben"), (HOUSE, "house"), (OTHER, "other")):
        add(repo, owner, text)
    for owner, text in ((ANNA, "anna"), (BEN, "ben"), (HOUSE, "house"), (OTHER, "other")):
        assert [n.text for n in repo.list_notes(owner, NOW).notes] == [text]


def test_a_recognized_person_is_registered_with_the_account_before_their_first_write(repo, dynamo):
    wire = Wire(dynamo)
    repo.load_bundle(ANNA, NOW)
    assert partition(dynamo, HOUSE.pk) == [], "reading alone writes nothing"
    add(repo, ANNA, "first")
    add(repo, ANNA, "second", minutes=1)  # once per request
    members = [i for i in partition(dynamo, HOUSE.pk) if i["sk"].startswith("MEMBER#")]
    assert [m["member_pk"] for m in members] == [ANNA.pk]
    assert members[0]["expires_at"] > max(i["expires_at"] for i in partition(dynamo, ANNA.pk))
    puts = [p["Item"]["pk"]["S"] for name, p in wire.calls if name == "PutItem"]
    assert puts == [HOUSE.pk, ANNA.pk, ANNA.pk], "the registry entry is written first"
    # the next request registers again before it writes, whatever happened in between
    repo.begin_request()
    repo.delete_owner(ANNA)
    repo.begin_request()
    add(repo, ANNA, "after delete all", minutes=2)
    assert [i["member_pk"] for i in partition(dynamo, HOUSE.pk) if i["sk"].startswith("MEMBER#")] == [ANNA.pk]


def test_a_failed_registration_writes_nothing_to_the_persons_partition(repo, dynamo):
    from tests.support.notes import Wire as _Wire

    wire = _Wire(dynamo)
    original = wire._before_send

    def refuse_registry(request, event_name, **kw):  # type: ignore[no-untyped-def]
        if event_name.endswith("PutItem") and HOUSE.pk.encode() in request.body:
            wire.fail("throttle", "PutItem")
        else:
            wire.heal()
        return original(request, event_name, **kw)

    dynamo.meta.events.unregister("before-send.dynamodb", original)
    dynamo.meta.events.register_first("before-send.dynamodb", refuse_registry)
    with pytest.raises(StorageUnavailable):
        add(repo, ANNA, "orphan?")
    assert partition(dynamo, ANNA.pk) == [], "nothing lands in a partition SkillDisabled could not find"


def test_delete_owner_removes_a_persons_whole_partition_and_their_registry_entry(repo, dynamo):
    add(repo, ANNA, "a")
    repo.save_progress(ANNA, "boundary", {"version": 1}, NOW)
    repo.save_setting(ANNA, "consent", NOW.isoformat(), NOW)
    add(repo, BEN, "b")
    repo.delete_owner(ANNA)
    assert partition(dynamo, ANNA.pk) == []
    assert [i["member_pk"] for i in partition(dynamo, HOUSE.pk) if i["sk"].startswith("MEMBER#")] == [BEN.pk]
    assert [n.text for n in repo.list_notes(BEN, NOW).notes] == ["b"]


def test_deleting_the_accounts_own_notes_keeps_the_persons_registry(repo, dynamo):
    add(repo, ANNA, "anna")
    add(repo, HOUSE, "house")
    repo.delete_owner(HOUSE)
    assert [i["sk"][:7] for i in partition(dynamo, HOUSE.pk)] == ["MEMBER#"]


def test_delete_account_finds_every_person_through_the_registry(repo, dynamo):
    for owner in (ANNA, BEN):
        for i in range(30):  # more than one batch of 25
            add(repo, owner, f"n{i}", minutes=i)
    add(repo, HOUSE, "house")
    add(repo, OTHER, "other")
    repo.delete_account(HOUSE.account_pk)
    for owner in (ANNA, BEN, HOUSE):
        assert partition(dynamo, owner.pk) == []
    assert [n.text for n in repo.list_notes(OTHER, NOW).notes] == ["other"]


def test_settings_come_back_in_the_bundle_and_not_in_the_profile_item(repo, dynamo):
    repo.save_profile(HOUSE, {"v": 1, "settings": {"private": True}}, NOW)
    repo.save_setting(HOUSE, "private", True, NOW)
    bundle = repo.load_bundle(HOUSE, NOW)
    assert bundle.profile["settings"] == {"private": True}
    profile = next(i for i in partition(dynamo, HOUSE.pk) if i["sk"] == "META#profile")
    assert "settings" not in profile["body"]
    repo.delete_setting(HOUSE, "private")
    assert "settings" not in repo.load_bundle(HOUSE, NOW).profile


@pytest.mark.parametrize(
    "exc,kind",
    [
        (ClientError({"Error": {"Code": "ProvisionedThroughputExceededException"}}, "PutItem"), StorageUnavailable),
        (ClientError({"Error": {"Code": "ThrottlingException"}}, "Query"), StorageUnavailable),
        (ClientError({"Error": {"Code": "InternalServerError"}, "ResponseMetadata": {"HTTPStatusCode": 500}}, "Query"), StorageUnavailable),
        (ClientError({"Error": {"Code": "ValidationException"}}, "PutItem"), StorageError),
        (ReadTimeoutError(endpoint_url="http://x"), StorageUnavailable),
        (EndpointConnectionError(endpoint_url="http://x"), StorageUnavailable),
    ],
)
def test_aws_errors_are_mapped_to_the_skills_own(exc, kind):
    mapped = map_error(exc)
    assert type(mapped) is kind


def test_after_one_outage_the_rest_of_the_request_fails_fast(repo, dynamo):
    wire = Wire(dynamo)
    wire.fail("connection_refused")
    with pytest.raises(StorageUnavailable):
        repo.load_bundle(ANNA, NOW)
    sent = len(wire.sent)
    with pytest.raises(StorageUnavailable):
        add(repo, ANNA, "x")
    assert len(wire.sent) == sent, "no second wait in the same request"
    wire.heal()
    repo.begin_request()
    assert add(repo, ANNA, "x").text == "x"

"""The privacy code as pure logic and in the table: a salted slow hash, a constant-time check, a
cool-down that grows after three wrong codes, and conditional writes that never lose a count."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from steady_ground import codes, privacy_code
from steady_ground.privacy_code import CodeError, Verdict
from steady_ground.storage.dynamo import DynamoNotesRepository
from steady_ground.storage.memory import InMemoryNotesRepository
from steady_ground.storage.privacy_codes import CODE_SK, CodeChanged
from tests.support.notes import partition

PEPPER = b"p" * 32
NOW = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)
PK = "OWNER#house"


def test_only_four_digits_are_a_code():
    assert privacy_code.valid("0427")
    assert privacy_code.valid(" 1234 ")
    for bad in (None, "", "123", "12345", "12a4", "one two three four", "-123"):
        assert not privacy_code.valid(bad), bad
    with pytest.raises(CodeError):
        privacy_code.new_record("123", PEPPER)


def test_the_hash_is_salted_peppered_and_never_the_digits():
    a = privacy_code.new_record("4321", PEPPER)
    b = privacy_code.new_record("4321", PEPPER)
    assert a.salt != b.salt and a.digest != b.digest  # a fresh salt every time
    assert b"4321" not in a.digest + a.salt
    assert privacy_code.derive("4321", a.salt, PEPPER) == a.digest
    assert privacy_code.derive("4321", a.salt, b"q" * 32) != a.digest  # the pepper matters
    assert a.kdf.as_dict() == {"name": "scrypt", "n": 2**13, "r": 8, "p": 1}


def test_the_right_code_passes_and_a_wrong_one_is_counted():
    record = privacy_code.new_record("2580", PEPPER)
    right = privacy_code.check(record, "2580", [PEPPER], NOW)
    assert right.verdict is Verdict.RIGHT and not right.changed
    wrong = privacy_code.check(record, "2581", [PEPPER], NOW)
    assert wrong.verdict is Verdict.WRONG and wrong.changed
    assert wrong.record.failures == 1 and wrong.record.locked_until is None
    assert wrong.record.version == record.version + 1


def test_a_misheard_code_is_not_a_guess():
    record = privacy_code.new_record("2580", PEPPER)
    for heard in (None, "25", "twenty five"):
        result = privacy_code.check(record, heard, [PEPPER], NOW)
        assert result.verdict is Verdict.MALFORMED and not result.changed


def test_after_three_wrong_codes_the_cool_down_starts_and_grows():
    assert [privacy_code.cooldown(n) for n in range(3)] == [timedelta(0)] * 3
    waits = [privacy_code.cooldown(n) for n in range(3, 9)]
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 8, 16, 32)]
    assert privacy_code.cooldown(60) == privacy_code.MAX_COOLDOWN


def test_during_a_cool_down_even_the_right_code_is_not_checked():
    record = privacy_code.new_record("2580", PEPPER)
    now = NOW
    for _ in range(3):
        record = privacy_code.check(record, "0000", [PEPPER], now).record
    assert record.locked(now)
    held = privacy_code.check(record, "2580", [PEPPER], now + timedelta(seconds=30))
    assert held.verdict is Verdict.LOCKED and not held.changed
    assert held.wait == timedelta(seconds=30)
    after = privacy_code.check(record, "2580", [PEPPER], now + timedelta(minutes=1))
    assert after.verdict is Verdict.RIGHT and after.record.failures == 0 and after.record.locked_until is None


def test_an_older_hash_still_checks_and_is_rehashed_with_todays_parameters():
    weak = privacy_code.KdfParams(n=2**10)
    salt = b"s" * 16
    old = privacy_code.CodeRecord(privacy_code.derive("1111", salt, PEPPER, weak), salt, weak, privacy_code.pepper_id(PEPPER))
    result = privacy_code.check(old, "1111", [PEPPER], NOW)
    assert result.verdict is Verdict.RIGHT and result.changed
    assert result.record.kdf == privacy_code.CURRENT and result.record.salt != salt


@pytest.fixture(params=["dynamo", "memory"])
def store(request: Any) -> Any:
    if request.param == "memory":
        return InMemoryNotesRepository()
    return DynamoNotesRepository(request.getfixturevalue("dynamo"), "SteadyGroundNotes", retention_days=180)


def test_set_check_change_and_remove_through_the_store(store):
    assert not codes.is_set(store, PK)
    codes.set_code(store, PK, "1357", PEPPER, NOW)
    assert codes.is_set(store, PK)
    assert codes.try_code(store, PK, "1357", [PEPPER], NOW).verdict is Verdict.RIGHT
    codes.set_code(store, PK, "2468", PEPPER, NOW)
    assert codes.try_code(store, PK, "1357", [PEPPER], NOW).verdict is Verdict.WRONG
    assert codes.try_code(store, PK, "2468", [PEPPER], NOW).verdict is Verdict.RIGHT
    codes.remove_code(store, PK)
    assert not codes.is_set(store, PK)
    assert codes.try_code(store, PK, "2468", [PEPPER], NOW).verdict is Verdict.NO_CODE


def test_the_count_and_cool_down_are_kept_server_side(store):
    codes.set_code(store, PK, "1357", PEPPER, NOW)
    verdicts = [codes.try_code(store, PK, "0000", [PEPPER], NOW).verdict for _ in range(4)]
    assert verdicts == [Verdict.WRONG, Verdict.WRONG, Verdict.WRONG, Verdict.LOCKED]
    record = store.load_code(PK)
    assert record.failures == 3 and record.locked_until == NOW + timedelta(minutes=1)
    # A new session (nothing in it) meets the same cool-down: it lives in the table.
    later = NOW + timedelta(seconds=59)
    assert codes.try_code(store, PK, "1357", [PEPPER], later).verdict is Verdict.LOCKED
    assert codes.try_code(store, PK, "0000", [PEPPER], NOW + timedelta(minutes=1)).wait == timedelta(minutes=2)


def test_writes_are_conditional_on_what_was_read(store):
    codes.set_code(store, PK, "1357", PEPPER, NOW)
    held = store.load_code(PK)
    with pytest.raises(CodeChanged):
        store.put_code(PK, held, NOW, over=None)  # a second "new" code over an existing one
    store.put_code(PK, replace(held, failures=1, version=held.version + 1), NOW, over=held.version)
    with pytest.raises(CodeChanged):  # a stale write, from the version before
        store.put_code(PK, replace(held, failures=0, version=held.version + 1), NOW, over=held.version)
    assert store.load_code(PK).failures == 1


def test_a_wrong_code_racing_another_write_is_still_counted(store):
    codes.set_code(store, PK, "1357", PEPPER, NOW)
    real_put = store.put_code
    raced = []

    def put_after_someone_else(pk: str, record: Any, now: datetime, *, over: int | None) -> None:
        if not raced:  # another turn counts a wrong code between our read and our write
            raced.append(True)
            held = store.load_code(pk)
            real_put(pk, replace(held, failures=held.failures + 1, version=held.version + 1), now, over=held.version)
        real_put(pk, record, now, over=over)

    store.put_code = put_after_someone_else
    assert codes.try_code(store, PK, "0000", [PEPPER], NOW).verdict is Verdict.WRONG
    assert store.load_code(PK).failures == 2


def test_the_table_holds_hash_salt_counter_and_cool_down_and_never_the_digits(dynamo):
    repo = DynamoNotesRepository(dynamo, "SteadyGroundNotes", retention_days=180)
    codes.set_code(repo, PK, "9024", PEPPER, NOW)
    for _ in range(3):
        codes.try_code(repo, PK, "1111", [PEPPER], NOW)
    raw = dynamo.get_item(TableName="SteadyGroundNotes", Key={"pk": {"S": PK}, "sk": {"S": CODE_SK}})["Item"]
    assert set(raw) == {"pk", "sk", "digest", "salt", "kdf", "pepper_id", "failures", "locked_until", "version",
                        "set_at", "expires_at"}
    assert len(raw["digest"]["B"]) == 32 and len(raw["salt"]["B"]) == 16
    assert raw["failures"] == {"N": "3"}
    assert int(raw["locked_until"]["N"]) == int((NOW + timedelta(minutes=1)).timestamp())
    everything = json.dumps(partition(dynamo, PK), default=lambda v: "<bytes>" if isinstance(v, bytes) else str(v))
    assert "9024" not in everything and "1111" not in everything


def test_the_code_is_not_read_into_the_session_bundle(dynamo):
    from steady_ground.identity import owner_for

    repo = DynamoNotesRepository(dynamo, "SteadyGroundNotes", retention_days=180)
    house = owner_for(PEPPER, "acct", None)
    codes.set_code(repo, house.pk, "9024", PEPPER, NOW)
    bundle = repo.load_bundle(house, NOW)
    assert bundle.profile == {} and bundle.progress == {}


def test_deleting_the_partition_takes_the_code_with_it(store):
    codes.set_code(store, PK, "9024", PEPPER, NOW)
    store.delete_partition(PK)
    assert store.load_code(PK) is None


def test_a_code_set_before_the_secret_rotated_still_checks_and_moves_to_the_new_secret(store):
    old, new = b"o" * 32, b"n" * 32
    codes.set_code(store, PK, "1357", old, NOW)
    assert codes.try_code(store, PK, "1357", [new], NOW).verdict is Verdict.STALE  # the old secret is gone
    assert codes.try_code(store, PK, "1357", [new, old], NOW).verdict is Verdict.RIGHT
    assert store.load_code(PK).pepper_id == privacy_code.pepper_id(new)
    assert codes.try_code(store, PK, "1357", [new], NOW).verdict is Verdict.RIGHT


def test_the_code_outlives_what_it_guards_and_a_right_code_renews_it(dynamo):
    repo = DynamoNotesRepository(dynamo, "SteadyGroundNotes", retention_days=180)
    codes.set_code(repo, PK, "1357", PEPPER, NOW)
    assert repo.load_code(PK).expires_at == NOW + timedelta(days=360)
    later = NOW + timedelta(days=200)  # less than one retention left
    assert codes.try_code(repo, PK, "1357", [PEPPER], later).verdict is Verdict.RIGHT
    assert repo.load_code(PK).expires_at == later + timedelta(days=360)
    soon = later + timedelta(days=1)  # plenty left: a right code writes nothing
    version = repo.load_code(PK).version
    assert codes.try_code(repo, PK, "1357", [PEPPER], soon).verdict is Verdict.RIGHT
    assert repo.load_code(PK).version == version

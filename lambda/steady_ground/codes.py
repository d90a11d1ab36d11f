"""Setting, checking and removing the privacy code, over the code store.

The hashing and the cool-down are pure (``privacy_code``); this module reads the record, applies a
check, and writes the result back conditionally. When another turn wrote in between, it reads again
and checks once more, so no wrong code goes uncounted and no right one is lost. The digits are
never logged, stored or returned.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from steady_ground import privacy_code
from steady_ground.privacy_code import Check, CodeRecord, Verdict
from steady_ground.storage.privacy_codes import CodeChanged, PrivacyCodeStore

log = logging.getLogger("steady_ground")

ATTEMPTS = 2  # a conditional write that lost a race is tried once more, from a fresh read


@dataclass(frozen=True)
class Tried:
    verdict: Verdict
    wait: timedelta = timedelta(0)


def is_set(store: PrivacyCodeStore, pk: str) -> bool:
    return store.load_code(pk) is not None


def set_code(store: PrivacyCodeStore, pk: str, code: str, pepper: bytes, now: datetime) -> None:
    """Set a new code, or replace the one there (the caller has checked the person may).
    ``pepper`` is the deployment's current secret."""
    for attempt in range(ATTEMPTS):
        held = store.load_code(pk)
        version = held.version + 1 if held is not None else 1
        record = privacy_code.new_record(code, pepper, version=version)
        try:
            store.put_code(pk, record, now, over=held.version if held is not None else None)
            return
        except CodeChanged:
            if attempt + 1 == ATTEMPTS:
                raise


def try_code(store: PrivacyCodeStore, pk: str, code: str | None, peppers: Sequence[bytes], now: datetime) -> Tried:
    """Check a spoken code against the stored record, counting a wrong one. ``peppers`` are the
    deployment's secrets, the current one first."""
    for attempt in range(ATTEMPTS):
        held = store.load_code(pk)
        if held is None:
            return Tried(Verdict.NO_CODE)
        result: Check = privacy_code.check(held, code, peppers, now)
        if not result.changed:
            if result.verdict is Verdict.RIGHT:
                store.touch_code(pk, held, now)
            return Tried(result.verdict, result.wait)
        try:
            store.put_code(pk, result.record, now, over=held.version)
        except CodeChanged:
            if attempt + 1 == ATTEMPTS:
                raise
            continue
        if result.verdict is Verdict.WRONG:
            log.info("privacy code: wrong, %d in a row", result.record.failures)
        return Tried(result.verdict, result.wait)
    raise AssertionError("unreachable")  # pragma: no cover


def remove_code(store: PrivacyCodeStore, pk: str) -> None:
    store.delete_code(pk)


def locked(record: CodeRecord | None, now: datetime) -> timedelta:
    """How long a cool-down still lasts (zero without one)."""
    return record.wait(now) if record is not None else timedelta(0)

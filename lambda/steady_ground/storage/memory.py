"""An in-memory notes repository with the same behaviour as the DynamoDB one.

Used by the benchmark so warm-turn figures are the skill's own work, and by the simulator's
``--memory`` mode. Tests of storage behaviour use moto, not this.
"""

from __future__ import annotations

import copy
import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from steady_ground.storage.errors import NoteTooLong
from steady_ground.storage.privacy_codes import MemoryPrivacyCodes
from steady_ground.storage.repository import MAX_NOTE_CHARS, Bundle, Note, NoteKind, NotesPage, Owner, Tombstone


class InMemoryNotesRepository(MemoryPrivacyCodes):
    def __init__(self, retention_days: int = 180) -> None:
        self.retention = timedelta(days=retention_days)
        self.profiles: dict[str, dict[str, Any]] = {}
        self.progress: dict[str, dict[str, tuple[dict[str, Any], datetime]]] = {}
        self.notes: dict[str, dict[str, Note]] = {}
        self.settings: dict[str, dict[str, Any]] = {}
        self.members: dict[str, set[str]] = {}
        self.tombstones: dict[str, Tombstone] = {}
        self.done: dict[tuple[str, str], dict[str, Any] | None] = {}

    def begin_request(self) -> None:
        pass

    def load_bundle(self, owner: Owner, now: datetime) -> Bundle:
        bundle = Bundle()
        if owner.recognized:
            self.members.setdefault(owner.account_pk, set()).add(owner.pk)
        if owner.pk in self.profiles:
            bundle.profile = copy.deepcopy(self.profiles[owner.pk])
            bundle.exists = True
        if self.settings.get(owner.pk):
            bundle.profile["settings"] = copy.deepcopy(self.settings[owner.pk])
            bundle.exists = True
        for name, (state, expires) in self.progress.get(owner.pk, {}).items():
            if expires > now:
                bundle.progress[name] = copy.deepcopy(state)
                bundle.exists = True
        return bundle

    def save_profile(self, owner: Owner, profile: dict[str, Any], now: datetime) -> int:
        rev = int(self.profiles.get(owner.pk, {}).get("rev", 0)) + 1
        kept = {k: copy.deepcopy(v) for k, v in profile.items() if k != "settings"}
        self.profiles[owner.pk] = {**kept, "rev": rev}
        return rev

    def save_setting(self, owner: Owner, name: str, value: Any, now: datetime, *, account: bool = False) -> None:
        pk = owner.account_pk if account else owner.pk
        self.settings.setdefault(pk, {})[name] = copy.deepcopy(value)

    def delete_setting(self, owner: Owner, name: str, *, account: bool = False) -> None:
        pk = owner.account_pk if account else owner.pk
        self.settings.get(pk, {}).pop(name, None)

    def claim_request(self, request_key: str, action: str, now: datetime) -> dict[str, Any] | None:
        return self.done.setdefault((request_key, action), None)

    def record_result(self, request_key: str, action: str, result: dict[str, Any], now: datetime) -> None:
        self.done[(request_key, action)] = copy.deepcopy(result)

    def mark_deletion(self, account_pks: list[str], now: datetime) -> None:
        self.tombstones[account_pks[0]] = Tombstone(list(account_pks), int(now.timestamp()), 0)

    def unmark_deletion(self, account_pks: list[str]) -> None:
        self.tombstones.pop(account_pks[0], None)

    def count_attempt(self, account_pks: list[str]) -> None:
        found = self.tombstones.get(account_pks[0])
        if found is not None:
            self.tombstones[account_pks[0]] = Tombstone(found.accounts, found.since, found.attempts + 1)

    def pending_deletions(self, limit: int) -> list[Tombstone]:
        return list(self.tombstones.values())[:limit]

    def save_progress(
        self, owner: Owner, exercise: str, state: dict[str, Any], now: datetime, rev: int | None = None
    ) -> int:
        self.progress.setdefault(owner.pk, {})[exercise] = (copy.deepcopy(state), now + self.retention)
        return (rev or 0) + 1

    def clear_progress(self, owner: Owner, exercise: str) -> None:
        self.progress.get(owner.pk, {}).pop(exercise, None)

    def add_note(
        self,
        owner: Owner,
        kind: NoteKind,
        text: str,
        now: datetime,
        idempotency_key: str,
        data: dict[str, Any] | None = None,
    ) -> Note:
        if len(text) > MAX_NOTE_CHARS:
            raise NoteTooLong(len(text), MAX_NOTE_CHARS)
        digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:16]
        stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%f")[:-3] + "Z"
        note_id = f"{stamp}#{digest}"
        bucket = self.notes.setdefault(owner.pk, {})
        if note_id not in bucket:
            created = now.astimezone(UTC).replace(microsecond=0)
            bucket[note_id] = Note(note_id, kind, text, created, copy.deepcopy(data or {}))
        return bucket[note_id]

    def list_notes(
        self,
        owner: Owner,
        now: datetime,
        limit: int = 3,
        cursor: str | None = None,
        kind: NoteKind | None = None,
    ) -> NotesPage:
        ordered = sorted(self.notes.get(owner.pk, {}).items(), reverse=True)
        live = [
            n
            for nid, n in ordered
            if n.created_at + self.retention > now
            and (kind is None or n.kind == kind)
            and (cursor is None or nid < cursor)
        ]
        page = live[:limit]
        more = len(live) > limit
        return NotesPage(notes=page, cursor=page[-1].note_id if (more and page) else None)

    def delete_note(self, owner: Owner, note_id: str) -> bool:
        return self.notes.get(owner.pk, {}).pop(note_id, None) is not None

    def delete_owner(self, owner: Owner) -> int:
        if owner.recognized:
            self.members.get(owner.account_pk, set()).discard(owner.pk)
        return self.delete_partition(owner.pk)

    def delete_account(self, account_pk: str) -> int:
        members = self.members.pop(account_pk, set())
        return sum(self.delete_partition(pk) for pk in members) + self.delete_partition(account_pk)

    def delete_partition(self, pk: str) -> int:
        count = len(self.notes.pop(pk, {})) + (self.codes.pop(pk, None) is not None) + len(self.progress.pop(pk, {})) + len(self.settings.pop(pk, {}))
        if self.profiles.pop(pk, None) is not None:
            count += 1
        return count

"""The privacy code, as pure logic: hashing, checking, and the cool-down after wrong codes.

A household without voice profiles shares one Alexa account, so the person who keeps notes can set
a four-digit code; nothing from the past is spoken until it is given in the session. Only a salted,
slow hash is ever stored, never the digits:

- ``scrypt`` from the standard library (n=2**13, r=8, p=1: 8 MiB, tens of milliseconds; see
  ``bench/privacy_code.py``), over the digits keyed first with the deployment's secret (a pepper),
  so a copy of the table alone is not enough to try all ten thousand codes offline;
- a fresh 16-byte salt per code; the parameters are kept with the hash, so they can be raised
  later and an old hash still checks (and is rehashed on the next right code);
- the comparison is constant-time (``hmac.compare_digest``);
- the record names which secret peppered it (``pepper_id``, a fingerprint that reveals nothing of
  the secret), so a code still checks while the deployment's secret is being rotated, and is
  rehashed under the current secret on the next right code.

Wrong codes are counted server-side. The first ``FREE_TRIES`` cost nothing; every wrong code after
that starts a cool-down that doubles, from ``FIRST_COOLDOWN`` up to ``MAX_COOLDOWN``. During a
cool-down no code is even checked. A right code clears the count.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

DIGITS = 4
KDF = "scrypt"
SCRYPT_N = 2**13
SCRYPT_R = 8
SCRYPT_P = 1
KEY_BYTES = 32
SALT_BYTES = 16
MAX_MEMORY = 64 * 1024 * 1024

FREE_TRIES = 3
FIRST_COOLDOWN = timedelta(minutes=1)
MAX_COOLDOWN = timedelta(hours=12)

_CODE = re.compile(r"^\d{4}$")


class CodeError(ValueError):
    """Not four digits, or a stored record this version can't read. Never carries the digits."""


def valid(code: str | None) -> bool:
    """Exactly four digits (Alexa's AMAZON.FOUR_DIGIT_NUMBER gives them as a string like "0427")."""
    return isinstance(code, str) and bool(_CODE.match(code.strip()))


@dataclass(frozen=True)
class KdfParams:
    name: str = KDF
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_dict(cls, raw: Any) -> KdfParams:
        if not isinstance(raw, dict) or raw.get("name") != KDF:
            raise CodeError("unknown key derivation")
        try:
            return cls(KDF, int(raw["n"]), int(raw["r"]), int(raw["p"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise CodeError("malformed key derivation parameters") from exc


CURRENT = KdfParams()


@dataclass(frozen=True)
class CodeRecord:
    """What the table holds for one code: hash, salt, parameters, and the wrong-code count.

    ``version`` grows with every write, so each write is conditional on the one read before it."""

    digest: bytes
    salt: bytes
    kdf: KdfParams
    pepper_id: str = ""
    failures: int = 0
    locked_until: datetime | None = None
    version: int = 1
    expires_at: datetime | None = None  # the table's expiry for the item, as last written

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def wait(self, now: datetime) -> timedelta:
        """How long the cool-down still lasts (zero when there is none)."""
        if self.locked_until is None or now >= self.locked_until:
            return timedelta(0)
        return self.locked_until - now


def pepper_id(pepper: bytes) -> str:
    """A short fingerprint of a secret: names it without revealing it."""
    return hmac.new(pepper, b"privacy-code-pepper-id", hashlib.sha256).hexdigest()[:12]


def derive(code: str, salt: bytes, pepper: bytes, kdf: KdfParams = CURRENT) -> bytes:
    """The slow hash of a code. ``pepper`` is the deployment's secret, never stored in the table."""
    if not valid(code):
        raise CodeError("a privacy code is four digits")
    keyed = hmac.new(pepper, b"privacy-code\x1f" + code.strip().encode("ascii"), hashlib.sha256).digest()
    return hashlib.scrypt(keyed, salt=salt, n=kdf.n, r=kdf.r, p=kdf.p, dklen=KEY_BYTES, maxmem=MAX_MEMORY)


def new_record(code: str, pepper: bytes, *, version: int = 1, salt: bytes | None = None) -> CodeRecord:
    """A fresh record for a newly set (or changed) code, with a new salt and no wrong tries."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    return CodeRecord(derive(code, salt, pepper), salt, CURRENT, pepper_id(pepper), version=version)


def cooldown(failures: int) -> timedelta:
    """The wait after ``failures`` wrong codes in a row: none for the first few, then doubling."""
    if failures < FREE_TRIES:
        return timedelta(0)
    grown: timedelta = FIRST_COOLDOWN * (1 << min(failures - FREE_TRIES, 20))
    return min(grown, MAX_COOLDOWN)


class Verdict(enum.Enum):
    RIGHT = "right"
    WRONG = "wrong"  # counted; maybe a cool-down starts now
    LOCKED = "locked"  # in a cool-down: not checked, not counted
    MALFORMED = "malformed"  # not four digits: not checked, not counted (a mishearing is not a guess)
    STALE = "stale"  # peppered with a secret no longer configured: it can't be checked any more
    NO_CODE = "no_code"  # no code is set: there is nothing to check against


@dataclass(frozen=True)
class Check:
    verdict: Verdict
    record: CodeRecord  # what to store next (unchanged when nothing needs writing)
    changed: bool  # whether ``record`` must be written back
    wait: timedelta = timedelta(0)  # the cool-down now in force, if any


def check(record: CodeRecord, code: str | None, peppers: Sequence[bytes], now: datetime) -> Check:
    """Check a spoken code against the record, and say what the record becomes.

    ``peppers`` are the deployment's secrets, the current one first."""
    if record.locked(now):
        return Check(Verdict.LOCKED, record, False, record.wait(now))
    if code is None or not valid(code):
        return Check(Verdict.MALFORMED, record, False)
    pepper = next((p for p in peppers if pepper_id(p) == record.pepper_id), None)
    if pepper is None or not peppers:
        return Check(Verdict.STALE, record, False)
    right = hmac.compare_digest(derive(code, record.salt, pepper, record.kdf), record.digest)
    if right:
        current = record.kdf == CURRENT and record.pepper_id == pepper_id(peppers[0])
        if record.failures == 0 and record.locked_until is None and current:
            return Check(Verdict.RIGHT, record, False)
        fresh = record if current else new_record(code, peppers[0], version=record.version)
        cleared = replace(fresh, failures=0, locked_until=None, version=record.version + 1, expires_at=record.expires_at)
        return Check(Verdict.RIGHT, cleared, True)
    failures = record.failures + 1
    wait = cooldown(failures)
    locked_until = now + wait if wait else None
    counted = replace(record, failures=failures, locked_until=locked_until, version=record.version + 1)
    return Check(Verdict.WRONG, counted, True, wait)

"""Who is speaking, as keys that never hold a raw Alexa id.

Keys are HMAC-SHA256 of the ids under a secret from configuration. A recognized speaker
(``context.System.person.personId``) owns their own partition; everything said without a
recognized person belongs to the account's partition.
"""

from __future__ import annotations

import hashlib
import hmac

from steady_ground.storage.repository import Owner


def _mac(secret: bytes, *parts: str) -> str:
    return hmac.new(secret, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()


def owner_for(secret: bytes, user_id: str, person_id: str | None, previous: tuple[bytes, ...] = ()) -> Owner:
    """The speaker's keys under ``secret``; ``former`` holds them under each ``previous`` secret."""
    former = tuple(owner_for(p, user_id, person_id) for p in previous if p != secret)
    version = key_version(secret)
    account_pk = "OWNER#" + _mac(secret, "account", user_id)
    if person_id:
        person_pk = "OWNER#" + _mac(secret, "person", user_id, person_id)
        return Owner(pk=person_pk, account_pk=account_pk, recognized=True, former=former, key_version=version)
    return Owner(pk=account_pk, account_pk=account_pk, recognized=False, former=former, key_version=version)


def key_version(secret: bytes) -> str:
    """A short name for a secret, stored on every item keyed with it (``kv``), so an operator can
    count what is still kept under an old secret before ending a rotation window. It reveals
    nothing of the secret."""
    return "k" + _mac(secret, "key version")[:8]


def account_keys(secrets: tuple[bytes, ...], user_id: str) -> list[str]:
    """The account's partition under every id-hash secret in use (the current one first): during a
    rotation window, deletions look under each, so nothing kept under an older secret is missed."""
    return list(dict.fromkeys(owner_for(secret, user_id, None).account_pk for secret in secrets))


def request_key(secret: bytes, request_id: str) -> str:
    """A request id made safe to store, for idempotent writes."""
    return _mac(secret, "request", request_id)[:32]

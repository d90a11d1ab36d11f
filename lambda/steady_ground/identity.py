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


def owner_for(secret: bytes, user_id: str, person_id: str | None) -> Owner:
    account_pk = "OWNER#" + _mac(secret, "account", user_id)
    if person_id:
        return Owner(pk="OWNER#" + _mac(secret, "person", user_id, person_id), account_pk=account_pk, recognized=True)
    return Owner(pk=account_pk, account_pk=account_pk, recognized=False)


def request_key(secret: bytes, request_id: str) -> str:
    """A request id made safe to store, for idempotent writes."""
    return _mac(secret, "request", request_id)[:32]

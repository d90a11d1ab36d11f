"""The DynamoDB client, created once on first use, never at import.

Guidance turns never touch storage, so they never pay for importing botocore. The endpoint comes from
the standard AWS_ENDPOINT_URL_DYNAMODB variable when set (moto's server locally and in tests).
botocore is tuned for Alexa's 8-second budget: standard retries, 2 attempts at most, a 1 s connect
and a 1.5 s read timeout.
"""

from __future__ import annotations

import gc
import os
import threading
from typing import Any

CONNECT_TIMEOUT_S = 1.0
READ_TIMEOUT_S = 1.5
MAX_ATTEMPTS = 2

_lock = threading.Lock()
_client: Any = None


def botocore_config() -> Any:
    from botocore.config import Config

    return Config(
        # total_max_attempts counts the first try; botocore's max_attempts would count only retries.
        retries={"mode": "standard", "total_max_attempts": MAX_ATTEMPTS},
        connect_timeout=CONNECT_TIMEOUT_S,
        read_timeout=READ_TIMEOUT_S,
        tcp_keepalive=True,
    )


def new_client() -> Any:
    # botocore's own session, not boto3's: the repository needs only the low-level client, and
    # importing boto3 also loads s3transfer, concurrent.futures and multiprocessing at every cold
    # start (see bench/). The client is the same object boto3.client("dynamodb") would return.
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
    # Loading botocore and its service model makes many long-lived objects and no garbage worth
    # collecting: as at import (lambda_function.py), no collection runs while it happens.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from botocore.session import Session

        return Session().create_client("dynamodb", region_name=region, config=botocore_config())
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def dynamodb_client() -> Any:
    global _client
    if _client is None:
        with _lock:
            if _client is None:
                _client = new_client()
    return _client


def reset() -> None:
    """Forget the client (tests, and after a SnapStart restore so no stale connection survives)."""
    global _client
    with _lock:
        _client = None

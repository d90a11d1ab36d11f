"""Deleting a disabled account so that it finishes, and a sweep that finishes what did not.

SkillDisabled first writes a tombstone (a durable record of every key the account had), then
deletes, proves with a consistent read that nothing is left, and only then removes the tombstone.
If any step fails the event fails too (Lambda counts an error, Alexa may deliver it again) and the
tombstone stays: the scheduled sweep (template.yaml, ``DeletionSweep``) retries every pending
deletion, and publishes how many are still unfinished as a metric that an alarm watches. Every item
also expires by TTL within the retention, so nothing outlives it even if every delete failed.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from dataclasses import dataclass

from steady_ground.app import App
from steady_ground.identity import account_keys
from steady_ground.storage.errors import StorageError

log = logging.getLogger("steady_ground")

SWEEP_BATCH = 25  # tombstones one sweep works through; the rest wait for the next run
METRIC_NAMESPACE = "SteadyGround"
METRIC_UNFINISHED = "DeletionsUnfinished"


class DeletionUnfinished(Exception):
    """A disabled account's deletion did not finish. It escapes the skill on purpose, so the
    invocation fails; the tombstone (when it could be written) keeps the work for the sweep."""


def disable_account(app: App, user_id: str, request_id: str | None) -> int:
    """Delete everything of one account, under every id-hash key it may have had."""
    keys = account_keys(app.settings.id_hash_secrets, user_id)
    try:
        app.repo.mark_deletion(keys, app.clock())
        deleted = sum(app.repo.delete_account(pk) for pk in keys)
        app.repo.unmark_deletion(keys)
    except StorageError as exc:
        log.error("skill disabled, delete failed: %s request=%s", type(exc).__name__, request_id)
        raise DeletionUnfinished(type(exc).__name__) from exc
    log.info("skill disabled: deleted %d items request=%s", deleted, request_id)
    return deleted


@dataclass(frozen=True)
class SweepResult:
    finished: int
    unfinished: int


def sweep(app: App) -> SweepResult:
    """Retry every pending deletion (up to ``SWEEP_BATCH``): finished ones lose their tombstone."""
    app.repo.begin_request()
    finished = unfinished = 0
    for tombstone in app.repo.pending_deletions(SWEEP_BATCH):
        try:
            app.repo.count_attempt(tombstone.accounts)
            for pk in tombstone.accounts:
                app.repo.delete_account(pk)
            app.repo.unmark_deletion(tombstone.accounts)
            finished += 1
        except StorageError as exc:
            unfinished += 1
            log.error("sweep: deletion still unfinished: %s attempts=%d", type(exc).__name__, tombstone.attempts + 1)
    publish(unfinished)
    log.info("sweep: %d deletions finished, %d unfinished", finished, unfinished)
    return SweepResult(finished, unfinished)


def publish(unfinished: int) -> None:
    """One CloudWatch metric through the embedded metric format: a log line, no extra permission."""
    function = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "local")
    metric = {"Namespace": METRIC_NAMESPACE, "Dimensions": [["FunctionName"]],
              "Metrics": [{"Name": METRIC_UNFINISHED, "Unit": "Count"}]}
    line = {
        "_aws": {"Timestamp": int(time.time() * 1000), "CloudWatchMetrics": [metric]},
        "FunctionName": function,
        METRIC_UNFINISHED: unfinished,
    }
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()

"""Move items written before issue 16 onto today's layout, once, after deploying it.

    .venv/bin/python tools/migrate_storage.py --table <NotesTableName> [--retention-days 180] [--dry-run]

Run it with an operator's credentials (it scans; the function's role cannot). It is safe to run again
and while the skill serves people: every write is conditional and only adds what an item lacks.
- A note without ``ksk`` gets it (``<kind>#<time>#<id>``), so it appears in the ``by-kind`` index and
  "my last reflection" finds it in one query.
- An item without ``expires_at`` (profiles, settings and registry entries used to have none) gets one,
  a full retention from now (registry entries a little longer than the items they point to), so
  nothing outlives the retention even if every delete failed.
Prints how many items it changed of each kind.

    .venv/bin/python tools/migrate_storage.py --table <NotesTableName> --key-versions

counts the people's items by the id-hash secret that made their keys (``kv``; "none" for items
written before keys carried one). During a secret rotation (infra/DEPLOY.md) the window can close
when nothing is left under the old version, or once the retention has passed.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "lambda")]

from steady_ground.storage.dynamo import (  # noqa: E402
    KEY_VERSION,
    KIND_KEY,
    MEMBER_PREFIX,
    NOTE_PREFIX,
    REGISTRY_MARGIN,
)


def _epoch(dt: datetime) -> int:
    return int(dt.timestamp())


def changes(item: dict[str, Any], now: datetime, retention: timedelta) -> dict[str, dict[str, str]]:
    """The attributes this (raw, DynamoDB-typed) item lacks today, as update values."""
    sk = item["sk"]["S"]
    found: dict[str, dict[str, str]] = {}
    if sk.startswith(NOTE_PREFIX) and KIND_KEY not in item:
        kind = item.get("kind", {}).get("S", "note")
        found[KIND_KEY] = {"S": f"{kind}#{sk[len(NOTE_PREFIX):]}"}
    if "expires_at" not in item:
        margin = REGISTRY_MARGIN if sk.startswith(MEMBER_PREFIX) else timedelta(0)
        found["expires_at"] = {"N": str(_epoch(now + retention + margin))}
    return found


def migrate(client: Any, table: str, now: datetime, retention: timedelta, dry_run: bool = False) -> Counter[str]:
    done: Counter[str] = Counter()
    kwargs: dict[str, Any] = {"TableName": table}
    while True:
        page = client.scan(**kwargs)
        for item in page.get("Items", []):
            missing = changes(item, now, retention)
            if not missing:
                continue
            for name in missing:
                done[name] += 1
            if dry_run:
                continue
            names = {f"#a{i}": name for i, name in enumerate(missing)}
            values = {f":v{i}": value for i, value in enumerate(missing.values())}
            sets = ", ".join(f"#a{i} = if_not_exists(#a{i}, :v{i})" for i in range(len(missing)))
            try:
                client.update_item(
                    TableName=table,
                    Key={"pk": item["pk"], "sk": item["sk"]},
                    UpdateExpression=f"SET {sets}",
                    ConditionExpression="attribute_exists(sk)",  # deleted meanwhile: leave it deleted
                    ExpressionAttributeNames=names,
                    ExpressionAttributeValues=values,
                )
            except client.exceptions.ConditionalCheckFailedException:
                done["gone meanwhile"] += 1
        if "LastEvaluatedKey" not in page:
            return done
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def key_versions(client: Any, table: str) -> Counter[str]:
    """How many items of people and accounts are kept under each key version."""
    found: Counter[str] = Counter()
    kwargs: dict[str, Any] = {"TableName": table, "ProjectionExpression": "pk, #kv",
                              "ExpressionAttributeNames": {"#kv": KEY_VERSION}}
    while True:
        page = client.scan(**kwargs)
        for item in page.get("Items", []):
            if item["pk"]["S"].startswith("OWNER#"):
                found[item.get(KEY_VERSION, {}).get("S", "none")] += 1
        if "LastEvaluatedKey" not in page:
            return found
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--table", default=os.environ.get("TABLE_NAME", "SteadyGroundNotes"))
    parser.add_argument("--retention-days", type=int, default=int(os.environ.get("RETENTION_DAYS", "180")))
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--key-versions", action="store_true", help="only count items by key version")
    args = parser.parse_args(argv)
    import boto3

    if args.key_versions:
        counts = key_versions(boto3.client("dynamodb"), args.table)
        print("items by key version: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"))
        return 0
    done = migrate(boto3.client("dynamodb"), args.table, datetime.now(UTC), timedelta(days=args.retention_days),
                   args.dry_run)
    print(("would change" if args.dry_run else "changed") + ": " + (", ".join(f"{k} {v}" for k, v in sorted(done.items())) or "nothing"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

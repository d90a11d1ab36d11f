"""Build the notes table from template.yaml, the one source of truth for its schema."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

TEMPLATE = Path(__file__).resolve().parent.parent / "template.yaml"
TABLE_RESOURCE = "NotesTable"


class _CfnLoader(yaml.SafeLoader):  # type: ignore[misc]
    """A YAML loader that reads CloudFormation's short-form tags (!Ref, !GetAtt, !Sub...)."""


def _tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    return {suffix: value}


_CfnLoader.add_multi_constructor("!", _tag)


# Parsed templates by (path, size, mtime): the test suite builds a table per test, and parsing the
# template in pure Python cost more than the moto table itself. A changed file is parsed again.
_PARSED: dict[tuple[str, int, int], dict[str, Any]] = {}


def load_template(path: Path = TEMPLATE) -> dict[str, Any]:
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _PARSED:
        _PARSED[key] = yaml.load(path.read_text(encoding="utf-8"), Loader=_CfnLoader)
    loaded: dict[str, Any] = copy.deepcopy(_PARSED[key])  # callers may change their copy
    return loaded


def table_properties(path: Path = TEMPLATE) -> dict[str, Any]:
    properties: dict[str, Any] = load_template(path)["Resources"][TABLE_RESOURCE]["Properties"]
    return properties


def create_table(client: Any, table_name: str, path: Path = TEMPLATE) -> None:
    """Create the table exactly as template.yaml declares its keys, billing and TTL."""
    props = table_properties(path)
    kwargs: dict[str, Any] = {
        "TableName": table_name,
        "AttributeDefinitions": props["AttributeDefinitions"],
        "KeySchema": props["KeySchema"],
        "BillingMode": props.get("BillingMode", "PAY_PER_REQUEST"),
    }
    for gsi_key in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
        if gsi_key in props:
            kwargs[gsi_key] = props[gsi_key]
    client.create_table(**kwargs)
    ttl = props.get("TimeToLiveSpecification")
    if ttl:
        client.update_time_to_live(
            TableName=table_name,
            TimeToLiveSpecification={"AttributeName": ttl["AttributeName"], "Enabled": bool(ttl.get("Enabled", True))},
        )

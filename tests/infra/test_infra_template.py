"""template.yaml, as the SAM translator turns it into plain CloudFormation: who may invoke the function,
how the data is protected, and that no IAM statement grants more than the code uses."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

from steady_ground.storage import client as storage_client

ROOT = Path(__file__).resolve().parents[2]
STORAGE = ROOT / "lambda" / "steady_ground" / "storage"
PARAMETERS = {"SkillId": "amzn1.ask.skill.00000000-0000-4000-8000-000000000000", "IdHashSecret": "s" * 32}


class _NoManagedPolicies:
    """The translator asks IAM for managed policy ARNs only if the template names one; it names none."""

    def load(self) -> dict[str, str]:
        return {}


@pytest.fixture(scope="module")
def source() -> dict[str, Any]:
    return yaml_parse((ROOT / "template.yaml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def cfn(source: dict[str, Any]) -> dict[str, Any]:
    packaged = copy.deepcopy(source)
    # What `sam deploy` does first: the local zip becomes an S3 object.
    assert packaged["Resources"]["SkillFunction"]["Properties"]["CodeUri"] == "dist/steady-ground.zip"
    packaged["Resources"]["SkillFunction"]["Properties"]["CodeUri"] = "s3://deploy-bucket/steady-ground.zip"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AWS_DEFAULT_REGION", "us-east-1")
        return transform(packaged, PARAMETERS, _NoManagedPolicies())  # type: ignore[no-any-return]


def of_type(cfn: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in cfn["Resources"].items() if v["Type"] == kind}


def only(cfn: dict[str, Any], kind: str) -> tuple[str, dict[str, Any]]:
    found = of_type(cfn, kind)
    assert len(found) == 1, f"expected one {kind}, found {sorted(found)}"
    return next(iter(found.items()))


def refs(value: Any, logical_id: str) -> bool:
    return value in ({"Ref": logical_id}, {"Fn::GetAtt": [logical_id, "Arn"]})


def test_only_our_skill_and_the_deletion_sweep_can_invoke_the_function(cfn: dict[str, Any]) -> None:
    permissions = of_type(cfn, "AWS::Lambda::Permission")
    assert len(permissions) == 2
    by_principal = {p["Properties"]["Principal"]: p["Properties"] for p in permissions.values()}
    assert set(by_principal) == {"alexa-appkit.amazon.com", "events.amazonaws.com"}
    # the schedule may invoke it only through its own rule
    rule_id, _ = only(cfn, "AWS::Events::Rule")
    assert by_principal["events.amazonaws.com"]["SourceArn"] == {"Fn::GetAtt": [rule_id, "Arn"]}
    props = by_principal["alexa-appkit.amazon.com"]
    assert props["Principal"] == "alexa-appkit.amazon.com"
    assert props["Action"] == "lambda:InvokeFunction"
    assert props["EventSourceToken"] == {"Ref": "SkillId"}
    alias_id, alias = only(cfn, "AWS::Lambda::Alias")
    assert props["FunctionName"] == {"Ref": alias_id}
    assert alias["Properties"]["Name"] == "live"
    assert cfn["Outputs"]["SkillEndpointArn"]["Value"] == {"Ref": alias_id}


def test_function_runtime_snapstart_and_timeout(cfn: dict[str, Any], source: dict[str, Any]) -> None:
    _, fn = only(cfn, "AWS::Lambda::Function")
    p = fn["Properties"]
    assert p["Runtime"] == "python3.13" and p["Architectures"] == ["arm64"]
    assert p["Handler"] == "lambda_function.lambda_handler"
    assert p["SnapStart"] == {"ApplyOn": "PublishedVersions"}
    assert 128 <= p["MemorySize"] <= 10240
    # Under Alexa's 8 s, over the storage client's worst case (every attempt hitting both timeouts).
    worst_storage = storage_client.MAX_ATTEMPTS * (storage_client.CONNECT_TIMEOUT_S + storage_client.READ_TIMEOUT_S)
    assert worst_storage < p["Timeout"] < 8
    assert refs(p["KmsKeyArn"], "DataKey")
    assert set(p["Environment"]["Variables"]) == {
        "TABLE_NAME", "RETENTION_DAYS", "ID_HASH_SECRET", "ID_HASH_SECRET_PREVIOUS", "SKILL_ID"}
    assert p["Environment"]["Variables"]["ID_HASH_SECRET"] == {"Ref": "IdHashSecret"}
    assert p["Environment"]["Variables"]["ID_HASH_SECRET_PREVIOUS"] == {"Ref": "IdHashSecretPrevious"}
    assert source["Parameters"]["IdHashSecret"]["NoEcho"] is True
    assert source["Parameters"]["IdHashSecretPrevious"]["NoEcho"] is True
    assert p["Environment"]["Variables"]["SKILL_ID"] == {"Ref": "SkillId"}
    log_group = cfn["Resources"][p["LoggingConfig"]["LogGroup"]["Ref"]]
    assert log_group["Type"] == "AWS::Logs::LogGroup"
    assert log_group["Properties"]["RetentionInDays"] > 0
    assert refs(log_group["Properties"]["KmsKeyId"], "DataKey")


def test_table_is_encrypted_with_the_rotating_key_recoverable_and_expiring(cfn: dict[str, Any]) -> None:
    table = cfn["Resources"]["NotesTable"]
    p = table["Properties"]
    assert p["SSESpecification"]["SSEEnabled"] is True
    assert p["SSESpecification"]["SSEType"] == "KMS"
    assert refs(p["SSESpecification"]["KMSMasterKeyId"], "DataKey")
    assert p["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert 1 <= p["PointInTimeRecoverySpecification"]["RecoveryPeriodInDays"] <= 35
    assert p["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}
    assert p["BillingMode"] == "PAY_PER_REQUEST"
    assert p["DeletionProtectionEnabled"] is True
    assert table["DeletionPolicy"] == table["UpdateReplacePolicy"] == "Retain"
    # one index, notes by kind on the same partition key, so a read of one kind is one query
    [index] = p["GlobalSecondaryIndexes"]
    assert index["IndexName"] == "by-kind"
    assert index["KeySchema"] == [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "ksk", "KeyType": "RANGE"}]
    key = cfn["Resources"]["DataKey"]
    assert key["Type"] == "AWS::KMS::Key"
    assert key["Properties"]["EnableKeyRotation"] is True
    assert key["DeletionPolicy"] == "Retain"


def test_privacy_policy_states_the_periods_the_template_sets(cfn: dict[str, Any]) -> None:
    policy = (ROOT / "infra" / "privacy-policy.md").read_text(encoding="utf-8")
    pitr = cfn["Resources"]["NotesTable"]["Properties"]["PointInTimeRecoverySpecification"]["RecoveryPeriodInDays"]
    logs = cfn["Resources"]["SkillLogGroup"]["Properties"]["RetentionInDays"]
    default_retention = cfn["Parameters"]["RetentionDays"]["Default"]
    assert f"{pitr} days" in policy
    assert f"{logs} days" in policy
    assert f"{default_retention} days" in policy


# -- IAM: nothing wider than the code needs ------------------------------------------------------------


def statements(cfn: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every identity-policy statement in the transformed template."""
    for logical_id, res in cfn["Resources"].items():
        if res["Type"] == "AWS::IAM::Role":
            for policy in res["Properties"].get("Policies", []):
                for st in policy["PolicyDocument"]["Statement"]:
                    yield logical_id, st
        elif res["Type"] in {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}:
            for st in res["Properties"]["PolicyDocument"]["Statement"]:
                yield logical_id, st


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def test_no_iam_statement_has_a_wildcard_action_or_resource(cfn: dict[str, Any]) -> None:
    found = list(statements(cfn))
    assert found, "no IAM statement found: the check would be vacuous"
    for logical_id, st in found:
        assert st["Effect"] == "Allow"
        for action in as_list(st["Action"]):
            assert "*" not in action, f"{logical_id}: wildcard action {action}"
        for resource in as_list(st["Resource"]):
            assert resource != "*" and "*" not in str(resource), f"{logical_id}: wildcard resource in {st}"
        assert "NotAction" not in st and "NotResource" not in st
    for logical_id, res in of_type(cfn, "AWS::IAM::Role").items():
        # AWSLambdaBasicExecutionRole would grant logs:* on "*": the role names its own log group instead.
        assert not res["Properties"].get("ManagedPolicyArns"), f"{logical_id} attaches a managed policy"


def test_key_policy_wildcards_are_only_where_kms_requires_them(cfn: dict[str, Any]) -> None:
    for st in cfn["Resources"]["DataKey"]["Properties"]["KeyPolicy"]["Statement"]:
        assert st["Resource"] == "*"  # in a key policy, "*" means this key and nothing else
        principal = st["Principal"]
        if "AWS" in principal:
            # AWS's default key-policy statement, so that IAM in this account governs the key.
            assert principal["AWS"] == {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"}
            assert st["Action"] == "kms:*"
        else:
            assert principal != "*" and "Service" in principal
            assert "Condition" in st, f"service statement without a condition: {st}"
            assert all(a != "kms:*" for a in as_list(st["Action"]))


def test_key_lets_cloudwatch_logs_encrypt_exactly_the_skill_log_group(cfn: dict[str, Any]) -> None:
    (logs,) = [
        st for st in cfn["Resources"]["DataKey"]["Properties"]["KeyPolicy"]["Statement"]
        if st["Principal"].get("Service") == {"Fn::Sub": "logs.${AWS::Region}.amazonaws.com"}
    ]
    arn = logs["Condition"]["ArnEquals"]["kms:EncryptionContext:aws:logs:arn"]["Fn::Sub"]
    name = cfn["Resources"]["SkillLogGroup"]["Properties"]["LogGroupName"]["Fn::Sub"]
    assert arn == "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:" + name


def _dynamodb_calls_in_code() -> set[str]:
    """The low-level DynamoDB operations the storage code makes, as IAM action names."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in STORAGE.glob("*.py"))
    snake = set(re.findall(r'_call\(\s*"(\w+)"', text)) | set(re.findall(r"client\.(\w+)\(", text))
    return {"dynamodb:" + "".join(part.title() for part in op.split("_")) for op in snake}


TABLE_ARN = {"Fn::GetAtt": ["NotesTable", "Arn"]}
KIND_INDEX_ARN = {"Fn::Sub": "${NotesTable.Arn}/index/by-kind"}


def test_dynamodb_actions_are_exactly_the_calls_the_code_makes_on_this_table(cfn: dict[str, Any]) -> None:
    used = _dynamodb_calls_in_code()
    assert "dynamodb:Query" in used and "dynamodb:PutItem" in used  # the scan of the code works
    granted: set[str] = set()
    for _, st in statements(cfn):
        actions = [a for a in as_list(st["Action"]) if a.startswith("dynamodb:")]
        if not actions:
            continue
        if as_list(st["Resource"]) == [KIND_INDEX_ARN]:
            assert actions == ["dynamodb:Query"], "the index is only read"
            continue
        assert as_list(st["Resource"]) == [TABLE_ARN]
        granted |= set(actions)
    assert granted == used


def test_batch_writes_can_only_delete(cfn: dict[str, Any]) -> None:
    """batch_write_item is used for deletes only: its grant names no attribute beyond the key, so a
    put carrying any data is refused; every other write is an item call the code makes by name."""
    batch = [st for _, st in statements(cfn) if "dynamodb:BatchWriteItem" in as_list(st["Action"])]
    assert batch, "the code deletes in batches: the grant must exist"
    for st in batch:
        assert as_list(st["Action"]) == ["dynamodb:BatchWriteItem"]
        assert st["Condition"] == {"ForAllValues:StringEquals": {"dynamodb:Attributes": ["pk", "sk"]}}
    code = "\n".join(p.read_text(encoding="utf-8") for p in STORAGE.glob("*.py"))
    assert "DeleteRequest" in code and "PutRequest" not in code


def test_kms_use_by_the_function_is_only_through_dynamodb_and_lambda(cfn: dict[str, Any]) -> None:
    kms = [st for _, st in statements(cfn) if any(a.startswith("kms:") for a in as_list(st["Action"]))]
    assert kms
    services = set()
    for st in kms:
        assert as_list(st["Resource"]) == [{"Fn::GetAtt": ["DataKey", "Arn"]}]
        via = st["Condition"]["StringEquals"]["kms:ViaService"]["Fn::Sub"]
        services.add(via.split(".")[0])
        assert not {"kms:CreateGrant", "kms:ReEncryptFrom", "kms:ReEncryptTo"} & set(as_list(st["Action"]))
    assert services == {"dynamodb", "lambda"}


# -- alarms and the checkov skips ------------------------------------------------------------------------


def _alarmed_metrics(cfn: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for alarm in of_type(cfn, "AWS::CloudWatch::Alarm").values():
        p = alarm["Properties"]
        assert p["AlarmActions"], "an alarm that tells no one"
        metrics = [p] + [m["MetricStat"]["Metric"] for m in p.get("Metrics", []) if "MetricStat" in m]
        for m in metrics:
            if "MetricName" in m:
                out[m["MetricName"]] = p
    return out


def test_alarms_cover_errors_duration_near_the_timeout_and_throttles(cfn: dict[str, Any]) -> None:
    alarmed = _alarmed_metrics(cfn)
    assert {"Errors", "Duration", "Throttles", "ReadThrottleEvents", "WriteThrottleEvents"} <= set(alarmed)
    _, fn = only(cfn, "AWS::Lambda::Function")
    timeout_ms = fn["Properties"]["Timeout"] * 1000
    assert 0.5 * timeout_ms <= alarmed["Duration"]["Threshold"] < timeout_ms


def test_unfinished_deletions_are_swept_hourly_and_alarmed(cfn: dict[str, Any]) -> None:
    from steady_ground import deletion

    _, rule = only(cfn, "AWS::Events::Rule")
    assert rule["Properties"]["ScheduleExpression"] == "rate(1 hour)"
    assert rule["Properties"]["State"] == "ENABLED"
    alarmed = _alarmed_metrics(cfn)
    alarm = alarmed[deletion.METRIC_UNFINISHED]
    assert alarm["Namespace"] == deletion.METRIC_NAMESPACE
    assert alarm["Dimensions"] == [{"Name": "FunctionName", "Value": {"Ref": "SkillFunction"}}]
    assert alarm["Threshold"] == 1 and alarm["ComparisonOperator"] == "GreaterThanOrEqualToThreshold"
    assert alarm["Period"] * alarm["EvaluationPeriods"] <= 4 * 3600, "someone hears within hours"


def test_every_checkov_skip_gives_its_reason(source: dict[str, Any]) -> None:
    skips = [
        (logical_id, skip)
        for logical_id, res in source["Resources"].items()
        for skip in res.get("Metadata", {}).get("checkov", {}).get("skip", [])
    ]
    assert skips, "no skips found: update this test if every check now passes"
    for logical_id, skip in skips:
        assert re.fullmatch(r"CKV_AWS_\d+", skip["id"]), skip
        assert len(skip.get("comment", "")) >= 40, f"{logical_id}: {skip['id']} needs a real reason"

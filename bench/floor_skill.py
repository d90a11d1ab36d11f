"""The floor: a minimal hello-world ask-sdk-core skill with a boto3 DynamoDB client created at import.

Its launch does the same one DynamoDB read a returning person's launch needs (the item named by
BENCH_FLOOR_PK), so the skill and the floor do the same storage work. Nothing here is tuned.
"""

import os

import boto3
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type

TABLE = os.environ.get("TABLE_NAME", "SteadyGroundNotes")
client = boto3.client("dynamodb")


class LaunchHandler(AbstractRequestHandler):
    def can_handle(self, handler_input):  # type: ignore[no-untyped-def]
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):  # type: ignore[no-untyped-def]
        key = {"pk": {"S": os.environ.get("BENCH_FLOOR_PK", "OWNER#floor")}, "sk": {"S": "META#profile"}}
        found = "Item" in client.get_item(TableName=TABLE, Key=key)
        text = "Welcome back." if found else "Hello."
        return handler_input.response_builder.speak(text).ask("What now?").response


sb = SkillBuilder()
sb.add_request_handler(LaunchHandler())
lambda_handler = sb.lambda_handler()

"""An embedded DynamoDB for local runs and integration tests: moto's server on a free loopback port."""

from __future__ import annotations

import logging
import os
import socket
from typing import Any

from tools.table import create_table


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def local_aws_env() -> None:
    """Credentials and region for talking to a local endpoint, never to AWS."""
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "local")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "local")
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    os.environ.setdefault("AWS_REGION", os.environ["AWS_DEFAULT_REGION"])


class LocalDynamo:
    """Starts moto's server in a thread, points AWS_ENDPOINT_URL_DYNAMODB at it, builds the table."""

    def __init__(self, table_name: str = "SteadyGroundNotes") -> None:
        self.table_name = table_name
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._server: Any = None

    def start(self) -> LocalDynamo:
        from moto.server import ThreadedMotoServer

        local_aws_env()
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self._server.start()
        os.environ["AWS_ENDPOINT_URL_DYNAMODB"] = self.endpoint
        os.environ["TABLE_NAME"] = self.table_name
        create_table(self.client(), self.table_name)
        return self

    def client(self) -> Any:
        import boto3

        return boto3.client("dynamodb", endpoint_url=self.endpoint, region_name=os.environ["AWS_DEFAULT_REGION"])

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> LocalDynamo:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

"""The skill's dependencies, built once at init and reached by every handler."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from steady_ground.config import Settings
from steady_ground.render import Renderer
from steady_ground.storage.client import dynamodb_client
from steady_ground.storage.dynamo import DynamoNotesRepository
from steady_ground.storage.repository import NotesRepository


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class App:
    settings: Settings
    renderer: Renderer
    repo: NotesRepository
    clock: Callable[[], datetime] = field(default=system_clock)
    # Tests set this: a handler's error raises out of the skill instead of becoming a spoken apology,
    # so the fuzz and the certification walk can see a crash.
    raise_errors: bool = False

    @classmethod
    def default(cls, settings: Settings | None = None) -> App:
        settings = settings or Settings.from_env()
        repo = DynamoNotesRepository(dynamodb_client, settings.table_name, settings.retention_days)
        renderer = Renderer(default_locale=settings.default_locale)
        return cls(settings=settings, renderer=renderer, repo=repo)

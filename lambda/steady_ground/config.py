"""Settings read once from the environment.

The cloud sets every value through template.yaml. Only the local simulator and the tests may fall
back to a development id-hash key; in Lambda a missing secret fails loudly at init.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

# The locales the skill is published in (infra/skill.json, interaction_models/, content/).
LOCALES: tuple[str, ...] = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
DEV_ID_HASH_KEY = "steady-ground-local-development-key"
MIN_SECRET_CHARS = 32  # template.yaml asks the same of IdHashSecret


class ConfigurationError(RuntimeError):
    """The deployment is missing something it must have."""


@dataclass(frozen=True)
class Settings:
    table_name: str
    retention_days: int
    id_hash_secret: bytes
    skill_id: str | None
    default_locale: str = "en-US"
    previous_secrets: tuple[bytes, ...] = ()  # during a rotation window: deletions look under each

    @property
    def id_hash_secrets(self) -> tuple[bytes, ...]:
        return (self.id_hash_secret, *self.previous_secrets)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ) if env is None else env
        in_lambda = bool(env.get("AWS_LAMBDA_FUNCTION_NAME"))
        # In Lambda the development key is never allowed, whatever else is set: a missing or short
        # secret stops the function at init, loudly, instead of keying people's notes by a known key.
        secret = env.get("ID_HASH_SECRET", "")
        if in_lambda and (not secret or secret == DEV_ID_HASH_KEY):
            raise ConfigurationError("ID_HASH_SECRET is not set; refusing to hash ids with a dev key")
        if in_lambda and len(secret) < MIN_SECRET_CHARS:
            raise ConfigurationError(f"ID_HASH_SECRET must be at least {MIN_SECRET_CHARS} characters")
        if not secret:
            secret = DEV_ID_HASH_KEY
        previous = [p.strip() for p in env.get("ID_HASH_SECRET_PREVIOUS", "").split(",") if p.strip()]
        if in_lambda and any(len(p) < MIN_SECRET_CHARS for p in previous):
            raise ConfigurationError(f"every ID_HASH_SECRET_PREVIOUS must be at least {MIN_SECRET_CHARS} characters")
        skill_id = env.get("SKILL_ID") or None
        if in_lambda and not skill_id:
            raise ConfigurationError("SKILL_ID is not set; refusing to answer requests for any skill")
        try:
            retention = int(env.get("RETENTION_DAYS", "180"))
        except ValueError as exc:
            raise ConfigurationError("RETENTION_DAYS must be a whole number of days") from exc
        if retention < 1:
            raise ConfigurationError("RETENTION_DAYS must be at least 1")
        return cls(
            table_name=env.get("TABLE_NAME", "SteadyGroundNotes"),
            retention_days=retention,
            id_hash_secret=secret.encode("utf-8"),
            skill_id=skill_id,
            previous_secrets=tuple(p.encode("utf-8") for p in previous if p != secret),
        )

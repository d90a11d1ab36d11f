"""The skill's own storage errors. AWS errors are mapped onto these at the repository's edge."""


class StorageError(Exception):
    """Base for every storage failure the skill can speak about."""


class StorageUnavailable(StorageError):
    """DynamoDB throttled, timed out, refused the connection or failed: nothing was written."""


class NoteTooLong(StorageError):
    """The text is over the stated limit. It is refused whole, never cut silently."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"note of {length} characters is over the {limit} limit")
        self.length = length
        self.limit = limit


class AlreadyExists(StorageError):
    """A conditional write found the item already there (an idempotent replay)."""

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


class DeletionIncomplete(StorageError):
    """A delete ran, but a consistent read afterwards still found items: nothing may be called
    deleted, and the durable record of the deletion stays for the sweep to finish."""


class StaleWrite(StorageError):
    """A conditional write found the item changed since this session read it: nothing was
    overwritten; the caller reads again before deciding."""

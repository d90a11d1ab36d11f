"""Storage behind a small interface: notes, profile and exercise progress."""

from steady_ground.storage.errors import NoteTooLong, StorageError, StorageUnavailable
from steady_ground.storage.repository import (
    MAX_NOTE_CHARS,
    Bundle,
    Note,
    NoteKind,
    NotesPage,
    NotesRepository,
    Owner,
)

__all__ = [
    "MAX_NOTE_CHARS",
    "Bundle",
    "Note",
    "NoteKind",
    "NoteTooLong",
    "NotesPage",
    "NotesRepository",
    "Owner",
    "StorageError",
    "StorageUnavailable",
]

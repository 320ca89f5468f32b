"""Typed errors. Each carries one readable sentence for the user (English source text,
translated by the UI through its context "Errors"), never a traceback."""

from __future__ import annotations


class CrmdeskError(Exception):
    """Base of every error the user may see. ``message`` is one sentence."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.template = message
        self.params = params

    @property
    def message(self) -> str:
        return str(self)


class ProjectFileError(CrmdeskError):
    """The project file cannot be opened or created."""


class FileNotFound(ProjectFileError):
    pass


class NotSqliteFile(ProjectFileError):
    pass


class NotCrmdeskProject(ProjectFileError):
    pass


class DamagedProject(ProjectFileError):
    pass


class ProjectTooNew(ProjectFileError):
    pass


class ProjectLocked(ProjectFileError):
    pass


class ProjectLockedElsewhere(ProjectLocked):
    """The lock file says another machine (or another crmdesk here) has the project open.
    ``params`` holds host, user and since; the user may choose to open it anyway."""


class StorageError(CrmdeskError):
    """The disk refused a write (full, read-only, I/O error)."""


class ValidationFailed(CrmdeskError):
    """The user asked for something the rules forbid (empty title, domain not empty…)."""


class NotFound(CrmdeskError):
    pass


class ImportRejected(CrmdeskError):
    """A file to import is unreadable or invalid as a whole; nothing was changed."""


class ExportFailed(CrmdeskError):
    """An export could not be written; no partial file is left."""


class BackupError(CrmdeskError):
    pass

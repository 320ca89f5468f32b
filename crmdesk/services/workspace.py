"""Opening, creating, closing, copying and restoring project files, with their backups.

The rules: a verified backup before a migration, at open when the file changed since the last
backup, at close when the session edited it, before an import and before a restore.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from crmdesk.db.backups import BackupStore, verify
from crmdesk.domain.backups import BackupEntry
from crmdesk.db.project_file import FileStamp, ProjectFile, is_open_here, new_temp_file, sniff
from crmdesk.domain.errors import BackupError, ProjectFileError, ValidationFailed
from crmdesk.paths import PROJECT_SUFFIX, AppPaths
from crmdesk.domain.marks import QT_TRANSLATE_NOOP


class Workspace:
    def __init__(self, paths: AppPaths) -> None:
        self.paths = paths
        self.backups = BackupStore(paths.backups_dir)

    # ----------------------------------------------------------------- files
    def open(self, path: Path | str, *, ignore_lock_file: bool = False) -> ProjectFile:
        path = Path(path).absolute()
        pf = ProjectFile.open(path, before_migration=lambda p: self.backups.take(p, "pre-migration"),
                              ignore_lock_file=ignore_lock_file)
        try:
            if self.backups.changed_since_last_backup(path, pf.opened_stamp):
                self.backups.take(pf, "open")
        except BackupError:
            pf.close()
            raise
        return pf

    def create(self, path: Path | str, name: str, *, organisation: str = "") -> ProjectFile:
        path = with_suffix(Path(path))
        return ProjectFile.create(path, name, organisation=organisation)

    def close(self, pf: ProjectFile) -> None:
        if pf.closed:
            return
        path = pf.path
        try:
            if pf.edited:
                self.backups.take(pf, "close")
        finally:
            pf.close()
        if path.exists():
            self.backups.record_stamp(path, FileStamp.of(path))

    def backup(self, pf: ProjectFile, reason: str) -> Path:
        return self.backups.take(pf, reason)

    def list_backups(self, pf: ProjectFile) -> list[BackupEntry]:
        return self.backups.list(pf.path)

    def restore(self, pf: ProjectFile, entry: BackupEntry) -> ProjectFile:
        """Replace the project by a backup. The chosen backup is verified and copied beside the
        project, and the current state backed up, before anything is replaced. Returns the
        reopened project (the same file, restored)."""
        if not verify(entry.path):
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "This backup is damaged and cannot be restored."))
        path = pf.path
        tmp = new_temp_file(path.parent, ".crmdesk-restore-")
        try:
            shutil.copyfile(entry.path, tmp)
            self.backups.take(pf, "pre-restore")
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup could not be restored: {reason}."),
                              reason=exc.strerror or exc) from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        pf.close()
        try:
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return self.open(path)

    def newest_backup(self, path: Path | str) -> BackupEntry | None:
        """The newest backup of ``path`` that passes verification (for a damaged file)."""
        return self.backups.newest_verified(Path(path).absolute())

    def recover(self, path: Path | str, entry: BackupEntry) -> ProjectFile:
        """Put a damaged project aside, untouched and with its journal files, and open the
        backup in its place. Returns the opened project; the damaged file's new name is in
        ``ProjectFile.recovered_from``."""
        path = Path(path).absolute()
        if not verify(entry.path):
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "This backup is damaged and cannot be restored."))
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
        tmp = new_temp_file(path.parent, ".crmdesk-recover-")
        try:
            shutil.copyfile(entry.path, tmp)
            os.replace(path, aside)
            for suffix in ("-journal", "-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
            os.replace(tmp, path)
        except OSError as exc:
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup could not be restored: {reason}."),
                              reason=exc.strerror or exc) from None
        finally:
            tmp.unlink(missing_ok=True)
        pf = self.open(path)
        pf.recovered_from = aside
        return pf

    def save_copy(self, pf: ProjectFile, dest: Path | str) -> Path:
        """Write a consistent copy of the open project to ``dest`` (File > Save a copy)."""
        dest = with_suffix(Path(dest)).absolute()
        if dest == pf.path or is_open_here(dest) or (dest.exists() and os.path.samefile(dest, pf.path)):
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Choose another file than the open project."))
        if not dest.parent.is_dir():
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist."), path=dest.parent)
        tmp = new_temp_file(dest.parent, ".crmdesk-copy-")
        try:
            tmp.unlink()
            pf.backup_into(tmp)
            if not verify(tmp):
                raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The copy could not be verified."))
            os.replace(tmp, dest)
        except OSError as exc:
            raise ProjectFileError(QT_TRANSLATE_NOOP("Errors", "The copy could not be written: {reason}."),
                                   reason=exc.strerror or exc) from None
        finally:
            tmp.unlink(missing_ok=True)
        return dest


def with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)


def check_file(path: Path | str) -> tuple[str, list[str]]:
    """Open read-only-ish for ``crmdesk check``: (schema revision, problems). Never migrates."""
    path = Path(path).absolute()
    sniff(path)
    from crmdesk.db import migrate

    pf = ProjectFile.open(path, before_migration=_refuse_migration)
    try:
        revision = pf.revision()
        problems = pf.check()
        if revision != migrate.HEAD:
            problems.append(f"schema {revision} is older than {migrate.HEAD}")
        return revision, problems
    finally:
        pf.close()


class _NoMigration(ProjectFileError):
    pass


def _refuse_migration(pf: ProjectFile) -> None:
    raise _NoMigration(QT_TRANSLATE_NOOP("Errors", "The project {path} uses an older schema ({revision}); open it in crmdesk "
                       "to upgrade it."), path=pf.path, revision=pf.revision())

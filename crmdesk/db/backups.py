"""Verified, rotated backups of project files in the user's data folder.

Each project gets its own folder (named after the file and a hash of its full path). A backup is
written with SQLite's backup API into a temporary name, checked with ``quick_check`` and the
crmdesk ``application_id``, then renamed into place; only then are older ones rotated out.
Backups taken before something risky (migration, import, restore) are kept apart from the
routine ones (on open, on close) and rotate separately.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from crmdesk.db.project_file import APPLICATION_ID, FileStamp, ProjectFile, uri_path
from crmdesk.domain.backups import BackupEntry
from crmdesk.domain.errors import BackupError
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

ROUTINE = ("open", "close", "manual")
KEEP_ROUTINE = 20
KEEP_FORCED = 10
_NAME_RE = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z-]+)\.crmdesk$")


def verify(path: Path) -> bool:
    """True if ``path`` is a healthy crmdesk project (read-only check)."""
    try:
        conn = sqlite3.connect(f"file:{uri_path(path)}?mode=ro", uri=True)
        try:
            ok = [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            return ok and app_id == APPLICATION_ID
        finally:
            conn.close()
    except sqlite3.Error:
        return False


class BackupStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def folder_for(self, project_path: Path) -> Path:
        resolved = str(Path(project_path).resolve())
        digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:10]
        stem = re.sub(r"[^\w.-]+", "_", Path(project_path).stem)[:40] or "project"
        return self.root / f"{stem}-{digest}"

    def take(self, project: ProjectFile, reason: str) -> Path:
        folder = self.folder_for(project.path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        final = folder / f"{stamp}-{reason}.crmdesk"
        tmp = folder / f".{stamp}-{reason}.tmp"
        try:
            project.backup_into(tmp)
            if not verify(tmp):
                raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup of {path} could not be verified."), path=project.path)
            os.replace(tmp, final)
        except (OSError, sqlite3.Error) as exc:
            raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup of {path} failed: {reason}."), path=project.path,
                              reason=getattr(exc, "strerror", None) or exc) from None
        finally:
            tmp.unlink(missing_ok=True)
        self._remember_stamp(folder, project)
        self._rotate(folder)
        return final

    def list(self, project_path: Path) -> list[BackupEntry]:
        folder = self.folder_for(project_path)
        return self._entries_in(folder) if folder.is_dir() else []

    def newest_verified(self, project_path: Path) -> BackupEntry | None:
        for entry in self.list(project_path):
            if verify(entry.path):
                return entry
        return None

    # The file's size and mtime right after a backup at close, to know at the next open
    # whether it changed in between (without reading the file).
    def changed_since_last_backup(self, project_path: Path, stamp: FileStamp) -> bool:
        index = self.folder_for(project_path) / "last-stamp.json"
        try:
            data = json.loads(index.read_text("utf-8"))
            return FileStamp(data["size"], data["mtime_ns"]) != stamp
        except (OSError, ValueError, KeyError, TypeError):
            return True

    def record_stamp(self, project_path: Path, stamp: FileStamp) -> None:
        folder = self.folder_for(project_path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "last-stamp.json").write_text(
            json.dumps({"size": stamp.size, "mtime_ns": stamp.mtime_ns}), "utf-8")

    def _remember_stamp(self, folder: Path, project: ProjectFile) -> None:
        (folder / "source.txt").write_text(str(project.path), "utf-8")

    def _rotate(self, folder: Path) -> None:
        entries = self._entries_in(folder)
        routine = [e for e in entries if e.reason in ROUTINE]
        forced = [e for e in entries if e.reason not in ROUTINE]
        for old in routine[KEEP_ROUTINE:]:
            old.path.unlink(missing_ok=True)
        by_reason: dict[str, list[BackupEntry]] = {}
        for e in forced:
            by_reason.setdefault(e.reason, []).append(e)
        for group in by_reason.values():
            for old in group[KEEP_FORCED:]:
                old.path.unlink(missing_ok=True)

    def _entries_in(self, folder: Path) -> list[BackupEntry]:
        entries = []
        for child in folder.iterdir():
            match = _NAME_RE.match(child.name)
            if match:
                taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
                entries.append(BackupEntry(child, taken, match.group(2), child.stat().st_size))
        entries.sort(key=lambda e: e.taken_at, reverse=True)
        return entries

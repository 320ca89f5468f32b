"""A lock file beside the project (``name.crmdesk.lock``): who has it open, on which machine,
since when. SQLite's exclusive lock refuses a second crmdesk on this machine; on a share or a
synced folder the lock does not reach other machines, this file does. A lock left by a crashed
crmdesk on this machine (its process is gone) is cleared; one from another machine is shown to
the user, who may open the file anyway.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import crmdesk


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    since: str
    version: str

    @classmethod
    def mine(cls) -> LockInfo:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no user name in some containers
            user = str(os.getuid()) if hasattr(os, "getuid") else "?"
        return cls(socket.gethostname(), user, os.getpid(),
                   datetime.now(UTC).replace(microsecond=0).isoformat(), crmdesk.__version__)

    def is_mine(self) -> bool:
        return self.host == socket.gethostname() and self.pid == os.getpid()

    def on_this_host(self) -> bool:
        return self.host == socket.gethostname()


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def read_lock(project: Path) -> LockInfo | None:
    try:
        data = json.loads(lock_path(project).read_text("utf-8"))
        return LockInfo(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["since"]),
                        str(data.get("version", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable or half-written: treat as a stale lock of unknown origin.
        return LockInfo("?", "?", -1, "", "")


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holder(project: Path) -> LockInfo | None:
    """The live holder of the project's lock file, or None (no lock, ours, or a stale one from a
    dead process on this machine, which is then removed)."""
    info = read_lock(project)
    if info is None or info.is_mine():
        return None
    if info.host == "?" or (info.on_this_host() and not process_alive(info.pid)):
        lock_path(project).unlink(missing_ok=True)
        return None
    return info


def write_lock(project: Path) -> None:
    """Best effort: a folder where the lock file cannot be written (read-only share) still
    opens, protected by SQLite's own lock on this machine."""
    target = lock_path(project)
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(json.dumps(LockInfo.mine().__dict__), "utf-8")
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)


def release_lock(project: Path) -> None:
    info = read_lock(project)
    if info is not None and info.is_mine():
        lock_path(project).unlink(missing_ok=True)

"""Where a project file lives: a local disk, a network share, or a folder a sync client
(OneDrive, Dropbox, Google Drive, Nextcloud…) copies between machines.

SQLite's locks do not cross machines, and sync clients copy files behind the app's back: the
user is warned once, and a lock file beside the project tells other machines it is open.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path


class Location(StrEnum):
    LOCAL = "local"
    NETWORK = "network"
    SYNCED = "synced"


# Folder names that sync clients create (the whole component, case-insensitive), and prefixes.
_SYNC_NAMES = {"dropbox", "google drive", "googledrive", "my drive", "mon drive", "nextcloud", "owncloud",
               "icloud drive", "icloud", "mobile documents", "box", "box sync", "pcloud drive", "mega",
               "seafile", "sync", "tresorit", "syncthing"}
_SYNC_PREFIXES = ("onedrive", "dropbox (", "nextcloud", "google drive", "cloudstorage")
_NETWORK_FS = {"cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afpfs", "webdav", "davfs",
               "fuse.sshfs", "sshfs", "9p", "fuse.rclone", "ncpfs", "afs", "ceph", "glusterfs"}


def classify(path: Path | str) -> Location:
    path = Path(path).absolute()
    if _looks_synced(path):
        return Location.SYNCED
    if _is_network(path):
        return Location.NETWORK
    return Location.LOCAL


def _looks_synced(path: Path) -> bool:
    for part in path.parts[:-1]:
        name = part.casefold()
        if name in _SYNC_NAMES or name.startswith(_SYNC_PREFIXES):
            return True
    return False


def _is_network(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):  # UNC path: \\server\share
        return True
    if sys.platform == "win32":
        return _windows_remote(path)
    fs_type = _mount_type(path)
    return fs_type in _NETWORK_FS if fs_type else False


def _windows_remote(path: Path) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(str(path))[0]
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote  # type: ignore[attr-defined]


def _mount_type(path: Path, mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux; None elsewhere)."""
    try:
        lines = mounts_file.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    best: tuple[int, str] | None = None
    target = str(path.resolve() if path.exists() else path)
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        if target == mount_point or target.startswith(mount_point.rstrip("/") + "/"):
            if best is None or len(mount_point) > best[0]:
                best = (len(mount_point), fields[2])
    return best[1] if best else None

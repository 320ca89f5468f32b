"""Projects on shares or synced folders are recognised; the lock file beside a project tells
other machines it is open, and a stale one from a dead process here is cleared."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crmdesk.db.location import Location, _mount_type, classify
from crmdesk.db.lock_file import lock_path, read_lock
from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.errors import ProjectLocked, ProjectLockedElsewhere


@pytest.mark.parametrize("folder", ["OneDrive - Vernadel", "OneDrive", "Dropbox", "Dropbox (Vernadel)",
                                    "Google Drive", "Mon Drive", "Nextcloud", "ownCloud"])
def test_synced_folders_are_recognised(tmp_path, folder):
    assert classify(tmp_path / folder / "Projets" / "crm.crmdesk") == Location.SYNCED


def test_local_and_unc_paths(tmp_path):
    assert classify(tmp_path / "crm.crmdesk") == Location.LOCAL
    assert classify(Path("//serveur/partage/crm.crmdesk")) == Location.NETWORK


def test_network_mounts_are_read_from_the_mount_table(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda1 / ext4 rw 0 0\n//nas/projets /mnt/projets cifs rw 0 0\n"
                      "server:/export /mnt/nfs\\040share nfs4 rw 0 0\n", "utf-8")
    assert _mount_type(Path("/mnt/projets/crm/x.crmdesk"), mounts) == "cifs"
    assert _mount_type(Path("/mnt/nfs share/x.crmdesk"), mounts) == "nfs4"
    assert _mount_type(Path("/home/pilote/x.crmdesk"), mounts) == "ext4"


def test_the_lock_file_lives_while_the_project_is_open(workspace, tmp_path):
    pf = workspace.create(tmp_path / "p", "Projet")
    info = read_lock(pf.path)
    assert info is not None and info.pid == os.getpid() and info.host == socket.gethostname()
    workspace.close(pf)
    assert not lock_path(pf.path).exists()


def _fake_lock(project: Path, host: str, pid: int) -> None:
    lock_path(project).write_text(json.dumps({"host": host, "user": "martine", "pid": pid,
                                              "since": "2026-11-20T08:30:00+00:00", "version": "0.1.0"}))


def test_a_lock_from_another_machine_is_refused_with_who_and_since(workspace, tmp_path):
    pf = workspace.create(tmp_path / "p", "Projet")
    path = pf.path
    workspace.close(pf)
    _fake_lock(path, "PC-COMPTA", 4242)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(ProjectLockedElsewhere) as err:
        ProjectFile.open(path)
    assert "PC-COMPTA" in str(err.value) and "martine" in str(err.value) and "2026-11-20 08:30" in str(err.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    # the user chose "open anyway": it opens, and the lock is now ours
    pf = ProjectFile.open(path, ignore_lock_file=True)
    assert read_lock(path).pid == os.getpid()
    pf.close()
    assert not lock_path(path).exists()


def test_a_stale_lock_from_a_dead_process_here_is_cleared(workspace, tmp_path):
    pf = workspace.create(tmp_path / "p", "Projet")
    path = pf.path
    workspace.close(pf)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    _fake_lock(path, socket.gethostname(), int(dead))
    pf = ProjectFile.open(path)
    assert read_lock(path).pid == os.getpid()
    pf.close()


def test_a_live_crmdesk_on_this_machine_is_refused_as_open_in_another_window(workspace, tmp_path):
    pf = workspace.create(tmp_path / "p", "Projet")
    path = pf.path
    workspace.close(pf)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from crmdesk.db.project_file import ProjectFile\n"
        f"pf = ProjectFile.open({str(path)!r}); print('open', flush=True); time.sleep(30)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectLocked, match="open in another window"):
            ProjectFile.open(path)
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.1)
    # killed without closing: its lock file stays, and is cleared as stale at the next open
    assert lock_path(path).exists()
    ProjectFile.open(path).close()

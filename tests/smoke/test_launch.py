"""Launching crmdesk as a user does: first launch on the demo, later launches on the last project."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def launch(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "fr_FR.UTF-8"}
    return subprocess.run([sys.executable, "-m", "crmdesk", *args, "--self-test"], capture_output=True,
                          text=True, env=env, timeout=120)


def test_first_launch_opens_the_demo_then_later_launches_reopen_the_last_project(tmp_path):
    home = tmp_path / "home"
    result = launch(home)
    assert result.returncode == 0, result.stderr
    default = home / "data" / "Mon projet CRM.crmdesk"
    assert default.exists()
    with sqlite3.connect(default) as conn:
        assert conn.execute("select count(*) from need").fetchone()[0] >= 55
        assert conn.execute("select organisation from project").fetchone()[0]
    settings = (home / "config" / "settings.json").read_text("utf-8")
    assert "Mon projet CRM.crmdesk" in settings

    other = tmp_path / "autre.crmdesk"
    subprocess.run([sys.executable, "-m", "crmdesk", "new", str(other)], check=True, capture_output=True,
                   env={**os.environ, "CRMDESK_HOME": str(home)})
    assert launch(home, str(other)).returncode == 0
    # the next launch without argument reopens the last project, not the default one
    before = default.stat().st_mtime_ns
    assert launch(home).returncode == 0
    assert '"recent_projects": [\n    "' + str(other) in (home / "config" / "settings.json").read_text("utf-8")
    assert default.stat().st_mtime_ns == before
    # the window layout was remembered in the config folder
    assert (home / "config" / "ui_state.ini").exists()

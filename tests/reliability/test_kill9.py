"""Fault injection: a crmdesk process is killed (SIGKILL) at random moments during edits,
imports, migrations and backups. After every kill the file opens, passes integrity_check and
foreign_key_check, and holds exactly a committed state: no half action, no half import."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crmdesk.db import migrate
from crmdesk.db.backups import verify
from crmdesk.paths import AppPaths
from crmdesk.services.workspace import Workspace

WORKER = Path(__file__).with_name("kill_worker.py")
SNAPSHOT_0001 = Path(__file__).resolve().parents[1] / "db" / "snapshots" / "0001_initial.crmdesk"
KILLS = {"edits": 14, "imports": 14, "backups": 8, "migrate": 8}  # 44 kills per run
IMPORT_ROWS = 150

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _kill_at_random(project: Path, mode: str, rng: random.Random, home: Path) -> int:
    """Start a worker, wait until it has opened the project, kill it after a random delay.
    Returns the last action number it reported as committed."""
    worker = subprocess.Popen([sys.executable, str(WORKER), mode, str(project), str(home)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    delay = rng.uniform(0.3, 1.05) * _open_time() if mode == "migrate" else rng.uniform(0.05, 0.9)
    if mode != "migrate":
        assert worker.stdout.readline().strip() == "opened", worker.stderr.read()
    time.sleep(delay)
    worker.send_signal(signal.SIGKILL)
    out, _err = worker.communicate(timeout=30)
    committed = [int(line.split()[1]) for line in out.splitlines() if line.startswith("committed")]
    return max(committed, default=0)


_OPEN_TIME: list[float] = []


def _open_time() -> float:
    """How long a worker takes from start to a migrated, opened project (measured once), so the
    kills of the migration test land around the migration itself."""
    if not _OPEN_TIME:
        import tempfile

        folder = Path(tempfile.mkdtemp())
        project = folder / "probe.crmdesk"
        shutil.copyfile(SNAPSHOT_0001, project)
        started = time.perf_counter()
        worker = subprocess.Popen([sys.executable, str(WORKER), "migrate", str(project), str(folder / "home")],
                                  stdout=subprocess.PIPE, text=True)
        worker.stdout.readline()
        _OPEN_TIME.append(time.perf_counter() - started)
        worker.kill()
        worker.communicate()
        shutil.rmtree(folder, ignore_errors=True)
    return _OPEN_TIME[0]


def _check_healthy(project: Path) -> sqlite3.Connection:
    """Open the file as the app does (a hot journal is rolled back), then check it."""
    ws = Workspace(AppPaths.under(project.parent / "check-home").ensure())
    pf = ws.open(project)
    problems = pf.check()
    ws.close(pf)
    assert problems == []
    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


@pytest.fixture
def project(workspace, demo_path) -> Path:
    return demo_path


def test_kill_during_edits_leaves_a_committed_state(project, tmp_path):
    """Each edit is one transaction: the bulk change of 30 needs' comments is all or nothing, and
    every reported commit survived."""
    rng = random.Random(1)
    for kill in range(KILLS["edits"]):
        reported = _kill_at_random(project, "edits", rng, tmp_path / "home")
        conn = _check_healthy(project)
        first_30 = [c for (c,) in conn.execute("select comments from need order by id limit 30")]
        created = conn.execute("select count(*) from need where title like 'action-%'").fetchone()[0]
        conn.close()
        assert len(set(first_30)) == 1, f"a bulk edit was cut in half after kill {kill}: {set(first_30)}"
        if reported:
            assert first_30[0].startswith("bulk ")
        assert created >= reported


def test_kill_during_imports_never_leaves_half_an_import(project, tmp_path):
    rng = random.Random(2)
    imported_batches = 0
    for _ in range(KILLS["imports"]):
        reported = _kill_at_random(project, "imports", rng, tmp_path / "home")
        conn = _check_healthy(project)
        counts = conn.execute("select comments, count(*) from need where comments like 'batch import-%' "
                              "group by comments").fetchall()
        conn.close()
        assert all(count % IMPORT_ROWS == 0 for _batch, count in counts), counts
        imported_batches = sum(count for _b, count in counts) // IMPORT_ROWS
        assert imported_batches >= 0 and reported >= 0


def test_kill_during_backups_leaves_the_project_and_listed_backups_valid(project, tmp_path):
    rng = random.Random(3)
    home = tmp_path / "home"
    for _ in range(KILLS["backups"]):
        _kill_at_random(project, "backups", rng, home)
        _check_healthy(project).close()
        store = Workspace(AppPaths.under(home).ensure()).backups
        for entry in store.list(project):
            assert verify(entry.path), entry


def raw_has_leftovers(project: Path) -> bool:
    with sqlite3.connect(project) as conn:
        return bool(conn.execute("select count(*) from sqlite_master where name like '_alembic_tmp%'")
                    .fetchone()[0])


def test_kill_during_a_migration_leaves_the_old_or_the_new_schema(tmp_path):
    rng = random.Random(4)
    seen = set()
    for i in range(KILLS["migrate"]):
        project = tmp_path / f"old-{i}.crmdesk"
        shutil.copyfile(SNAPSHOT_0001, project)
        _kill_at_random(project, "migrate", rng, tmp_path / "home")
        raw = sqlite3.connect(project)
        revision = raw.execute("select version_num from alembic_version").fetchone()[0]
        raw.close()
        seen.add(revision)
        assert revision in ("0001_initial", migrate.HEAD)
        assert not raw_has_leftovers(project)
        conn = _check_healthy(project)  # opening migrates what was left at 0001
        assert conn.execute("select version_num from alembic_version").fetchone()[0] == migrate.HEAD
        assert conn.execute("select count(*) from need").fetchone()[0] > 0
        conn.close()

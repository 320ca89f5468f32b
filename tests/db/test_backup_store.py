"""Backups: verified files, listed newest first, rotated with forced ones kept apart."""

from __future__ import annotations

import re

import pytest

from crmdesk.db.backups import KEEP_FORCED, KEEP_ROUTINE, BackupStore, verify
from crmdesk.db.project_file import ProjectFile
from crmdesk.services.container import ProjectServices


@pytest.fixture
def store(tmp_path) -> BackupStore:
    return BackupStore(tmp_path / "backups")


def test_take_writes_a_verified_copy_and_list_shows_it_newest_first(filled_project, store,
                                                                     dump_file):
    with ProjectFile.open(filled_project) as pf:
        first = store.take(pf, "manual")
        ProjectServices.over(pf).people.add("Nouvelle personne")
        second = store.take(pf, "pre-import")
    assert verify(first) and verify(second)
    assert re.fullmatch(r"\d{8}-\d{6}-\d{6}-manual\.crmdesk", first.name)
    entries = store.list(filled_project)
    assert [(e.path, e.reason) for e in entries] == [(second, "pre-import"), (first, "manual")]
    assert entries[0].taken_at > entries[1].taken_at
    assert all(e.size == e.path.stat().st_size > 0 for e in entries)
    # The newest backup holds exactly the project as it was when taken.
    assert dump_file(second) == dump_file(filled_project)
    assert dump_file(first) != dump_file(second)
    # No temporary file left in the backup folder.
    assert not [p for p in store.folder_for(filled_project).iterdir() if p.suffix == ".tmp"]
    assert store.newest_verified(filled_project).path == second


def test_each_project_has_its_own_backups(tmp_path, store):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with ProjectFile.create(tmp_path / "a" / "crm.crmdesk", "A") as one, \
            ProjectFile.create(tmp_path / "b" / "crm.crmdesk", "B") as two:
        store.take(one, "manual")
        store.take(two, "manual")
        store.take(two, "close")
    assert len(store.list(tmp_path / "a" / "crm.crmdesk")) == 1
    assert len(store.list(tmp_path / "b" / "crm.crmdesk")) == 2
    assert store.list(tmp_path / "c.crmdesk") == []


def test_rotation_keeps_the_newest_routine_and_forced_ones_apart(filled_project, store):
    routine = ("open", "close", "manual")
    with ProjectFile.open(filled_project) as pf:
        forced = [store.take(pf, "pre-import") for _ in range(3)]
        forced += [store.take(pf, "pre-migration")]
        taken = [store.take(pf, routine[i % 3]) for i in range(KEEP_ROUTINE + 4)]
        entries = store.list(filled_project)
        kept_routine = [e.path for e in entries if e.reason in routine]
        assert len(kept_routine) == KEEP_ROUTINE
        assert sorted(kept_routine) == sorted(taken[-KEEP_ROUTINE:])
        assert all(not p.exists() for p in taken[:-KEEP_ROUTINE])
        # Forced backups survive a flood of routine ones.
        assert all(p.exists() for p in forced)
        # Forced backups rotate by reason, without touching the routine ones.
        more = [store.take(pf, "pre-import") for _ in range(KEEP_FORCED + 2)]
    entries = store.list(filled_project)
    by_reason: dict[str, int] = {}
    for e in entries:
        by_reason[e.reason] = by_reason.get(e.reason, 0) + 1
    assert by_reason["pre-import"] == KEEP_FORCED
    assert by_reason["pre-migration"] == 1
    assert sum(by_reason[r] for r in routine) == KEEP_ROUTINE
    assert sorted(e.path for e in entries if e.reason == "pre-import") == sorted(more[-KEEP_FORCED:])
    assert all(verify(e.path) for e in entries)


def test_newest_verified_skips_a_damaged_backup(filled_project, store):
    with ProjectFile.open(filled_project) as pf:
        good = store.take(pf, "manual")
        bad = store.take(pf, "manual")
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert not verify(bad)
    assert store.newest_verified(filled_project).path == good

"""Every released schema version kept in tests/db/snapshots upgrades to the current one with
all its data (a pre-migration backup taken first, the undo journal working after it)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from crmdesk.db import migrate
from crmdesk.services.container import ProjectServices

SNAPSHOTS = sorted(Path(__file__).with_name("snapshots").glob("*.crmdesk"))

# Every table of the snapshot and its row count must survive the upgrade.
def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [t for (t,) in conn.execute(
            "select name from sqlite_master where type='table' and name not like 'sqlite_%' "
            "and name != 'alembic_version'")]
        return {t: conn.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}


def test_there_is_a_snapshot_of_each_released_schema():
    names = {p.stem for p in SNAPSHOTS}
    assert {"0001_initial", "0002_selection_sprints"} <= names
    assert names <= migrate.known_revisions()


@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=lambda p: p.stem)
def test_snapshot_upgrades_to_head_with_its_data(snapshot, workspace, tmp_path):
    copy = tmp_path / snapshot.name
    shutil.copyfile(snapshot, copy)
    before = _counts(copy)
    pf = workspace.open(copy)
    try:
        assert pf.revision() == migrate.HEAD
        assert pf.check() == []
        s = ProjectServices.over(pf)
        needs = s.needs.list()
        assert len(needs) == before["need"]
        # the undo journal follows the upgraded tables
        changes = s.needs.update([needs[0].id], {"title": "Après la mise à jour"})
        s.history.replay(changes.step)
        assert s.needs.get(needs[0].id).title == needs[0].title
    finally:
        workspace.close(pf)
    after = _counts(copy)
    assert all(after[t] == n for t, n in before.items()), {t: (n, after.get(t)) for t, n in before.items()}
    reasons = [e.reason for e in workspace.backups.list(copy)]
    assert "pre-migration" in reasons

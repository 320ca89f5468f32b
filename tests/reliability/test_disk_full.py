"""A full disk during a write: one clear sentence, the project unchanged, the app still usable."""

from __future__ import annotations

import pytest

from crmdesk.domain.errors import StorageError
from crmdesk.domain.needs import NeedDraft
from crmdesk.services.container import ProjectServices


def test_disk_full_during_a_bulk_write_changes_nothing(workspace, demo_path):
    pf = workspace.open(demo_path)
    try:
        s = ProjectServices.over(pf)
        before = s.needs.list()
        pages = pf._raw.execute("PRAGMA page_count").fetchone()[0]
        pf._raw.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is now (nearly) full
        with pytest.raises(StorageError, match="disk is full"):
            s.needs.create_many([NeedDraft(title=f"Besoin {i} " + "x" * 200, description="y" * 2000)
                                 for i in range(400)])
        assert s.needs.list() == before
        assert pf.check() == []
        # room again (the user freed some space): the app goes on working
        pf._raw.execute("PRAGMA max_page_count = 1073741823")
        need, changes = s.needs.create(NeedDraft(title="Après le disque plein"))
        assert need.ref == "BES-067" and changes.step is not None
    finally:
        workspace.close(pf)

"""Creating a project file, what it says about itself, and reopening it."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys

import pytest

from crmdesk.db import migrate
from crmdesk.db.project_file import APPLICATION_ID, ProjectFile
from crmdesk.domain.errors import FileNotFound, ValidationFailed
from crmdesk.domain.needs import NeedDraft
from crmdesk.services.container import ProjectServices
from crmdesk.services.workspace import check_file


def _pragma(pf: ProjectFile, name: str) -> object:
    with pf.reading() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


@pytest.mark.parametrize("how", ["project_file", "workspace"])
def test_new_project_says_what_it_is_and_is_opened_safely(tmp_path, workspace, how):
    if how == "project_file":
        pf = ProjectFile.create(tmp_path / "new.crmdesk", "Nouveau CRM", organisation="Vernadel")
    else:
        pf = workspace.create(tmp_path / "new", "Nouveau CRM", organisation="Vernadel")
    try:
        assert pf.path == tmp_path / "new.crmdesk"
        assert _pragma(pf, "application_id") == APPLICATION_ID == 0x43524D44
        assert pf.revision() == migrate.HEAD
        assert str(_pragma(pf, "journal_mode")).lower() == "delete"
        assert _pragma(pf, "foreign_keys") == 1
        assert _pragma(pf, "synchronous") == 2  # FULL
        assert pf._raw.execute("PRAGMA locking_mode").fetchone()[0].lower() == "exclusive"
        project = ProjectServices.over(pf).project.get()
        assert (project.name, project.organisation, project.sprint_length_days) == (
            "Nouveau CRM", "Vernadel", 21)
        assert pf.edited is False
    finally:
        pf.close()
    # Only the project itself: no temporary file, no journal left beside it.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["new.crmdesk"]
    # The file says what it is even to plain sqlite3.
    conn = sqlite3.connect(tmp_path / "new.crmdesk")
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.HEAD,)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "delete"
    finally:
        conn.close()


def test_create_refuses_to_overwrite_an_existing_file(tmp_path, filled_project, hash_file):
    before = hash_file(filled_project)
    with pytest.raises(ValidationFailed, match="already exists"):
        ProjectFile.create(filled_project, "Other")
    assert hash_file(filled_project) == before
    other = tmp_path / "notes.txt"
    other.write_text("mes notes", "utf-8")
    with pytest.raises(ValidationFailed):
        ProjectFile.create(other, "Other")
    assert other.read_text("utf-8") == "mes notes"
    assert not list(tmp_path.glob(".crmdesk-new-*"))


def test_workspace_create_refuses_an_existing_file_named_without_suffix(tmp_path, workspace,
                                                                        filled_project, hash_file):
    before = hash_file(filled_project)
    with pytest.raises(ValidationFailed):
        workspace.create(tmp_path / "filled", "Other")
    assert hash_file(filled_project) == before


def test_create_in_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(FileNotFound):
        ProjectFile.create(tmp_path / "nowhere" / "p.crmdesk", "P")
    assert not (tmp_path / "nowhere").exists()


def test_reopening_keeps_the_data(tmp_path):
    path = tmp_path / "keep.crmdesk"
    with ProjectFile.create(path, "Keep") as pf:
        need, _ = ProjectServices.over(pf).needs.create(NeedDraft(title="Importer les contacts"))
        assert need.ref == "BES-001"
    with ProjectFile.open(path) as pf:
        s = ProjectServices.over(pf)
        assert s.needs.refs() == {"BES-001": need.id}
        again = s.needs.get(need.id)
        assert again == need
        assert pf.edited is False


def test_a_project_closed_twice_is_harmless_and_refuses_work(tmp_path):
    pf = ProjectFile.create(tmp_path / "c.crmdesk", "C")
    pf.close()
    pf.close()
    assert pf.closed
    with pytest.raises(Exception, match="closed"):
        ProjectServices.over(pf).needs.list()


def test_check_file_on_a_good_file_gives_no_problems(filled_project):
    revision, problems = check_file(filled_project)
    assert revision == migrate.HEAD
    assert problems == []


def test_check_of_an_open_project_gives_no_problems(filled_project):
    with ProjectFile.open(filled_project) as pf:
        assert pf.check() == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_project_file_gets_the_usual_permissions(tmp_path, workspace):
    old = os.umask(0o022)
    try:
        workspace.create(tmp_path / "shared", "Shared").close()
        with ProjectFile.open(tmp_path / "shared.crmdesk") as pf:
            workspace.save_copy(pf, tmp_path / "copy")
    finally:
        os.umask(old)
    copy_mode = stat.S_IMODE((tmp_path / "copy.crmdesk").stat().st_mode)
    new_mode = stat.S_IMODE((tmp_path / "shared.crmdesk").stat().st_mode)
    assert copy_mode == 0o644
    assert new_mode == copy_mode

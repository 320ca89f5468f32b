"""When the workspace backs up (open, close, restore), restoring, and saving a copy."""

from __future__ import annotations

import pytest

from crmdesk.db.backups import verify
from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.errors import BackupError, ProjectFileError, ValidationFailed
from crmdesk.domain.needs import NeedDraft
from crmdesk.services.container import ProjectServices


def _reasons(workspace, path) -> list[str]:
    return [e.reason for e in workspace.backups.list(path)]


def _titles(pf: ProjectFile) -> list[str]:
    return [n.title for n in ProjectServices.over(pf).needs.list()]


def test_open_backs_up_only_when_the_file_changed_since_the_last_backup(tmp_path, workspace):
    path = tmp_path / "p.crmdesk"
    workspace.close(workspace.create(path, "P"))  # records the file's stamp
    workspace.close(workspace.open(path))
    assert _reasons(workspace, path) == []  # unchanged since the recorded stamp

    # Someone edits the file without crmdesk's workspace (another computer, a script...).
    with ProjectFile.open(path) as pf:
        ProjectServices.over(pf).needs.create(NeedDraft(title="Ajouté ailleurs",
                                                        description="x" * 5000))
    pf = workspace.open(path)
    try:
        assert _reasons(workspace, path) == ["open"]
    finally:
        workspace.close(pf)  # not edited in this session: no close backup
    assert _reasons(workspace, path) == ["open"]
    with ProjectFile.open(workspace.backups.list(path)[0].path) as backup:
        assert _titles(backup) == ["Ajouté ailleurs"]

    workspace.close(workspace.open(path))
    assert _reasons(workspace, path) == ["open"]  # unchanged: no new backup


def test_a_project_without_a_recorded_stamp_is_backed_up_at_open(filled_project, workspace):
    workspace.close(workspace.open(filled_project))
    assert _reasons(workspace, filled_project) == ["open"]


def test_close_backs_up_only_when_the_session_edited(filled_project, workspace, dump_file):
    workspace.close(workspace.open(filled_project))
    assert _reasons(workspace, filled_project) == ["open"]

    pf = workspace.open(filled_project)
    ProjectServices.over(pf).needs.list()  # reading is not editing
    assert pf.edited is False
    workspace.close(pf)
    assert _reasons(workspace, filled_project) == ["open"]

    pf = workspace.open(filled_project)
    ProjectServices.over(pf).needs.create(NeedDraft(title="Nouveau besoin"))
    assert pf.edited is True
    workspace.close(pf)
    assert pf.closed
    assert _reasons(workspace, filled_project) == ["close", "open"]
    close_backup = workspace.backups.list(filled_project)[0].path
    assert dump_file(close_backup) == dump_file(filled_project)

    workspace.close(workspace.open(filled_project))  # the close backup's stamp is recorded
    assert _reasons(workspace, filled_project) == ["close", "open"]


def test_a_refused_edit_does_not_count_as_an_edit(filled_project, workspace):
    pf = workspace.open(filled_project)
    with pytest.raises(ValidationFailed):
        ProjectServices.over(pf).needs.create(NeedDraft(title="   "))
    assert pf.edited is False
    workspace.close(pf)
    assert "close" not in _reasons(workspace, filled_project)


def test_restore_brings_back_the_old_content_and_keeps_the_state_before(filled_project,
                                                                        workspace, dump_file):
    pf = workspace.open(filled_project)
    old_titles = _titles(pf)
    chosen_path = workspace.backup(pf, "manual")
    ProjectServices.over(pf).needs.create(NeedDraft(title="Après la sauvegarde"))
    new_titles = _titles(pf)
    chosen = next(e for e in workspace.list_backups(pf) if e.path == chosen_path)

    restored = workspace.restore(pf, chosen)
    try:
        assert pf.closed and not restored.closed
        assert restored.path == filled_project
        assert _titles(restored) == old_titles
        assert restored.check() == []
        pre = [e for e in workspace.list_backups(restored) if e.reason == "pre-restore"]
        assert len(pre) == 1 and verify(pre[0].path)
        with ProjectFile.open(pre[0].path) as before_restore:
            assert _titles(before_restore) == new_titles
    finally:
        workspace.close(restored)
    assert dump_file(filled_project)["rows"]["need"] == dump_file(chosen_path)["rows"]["need"]
    assert not [p for p in filled_project.parent.iterdir() if p.name.startswith(".crmdesk-")]


def test_restoring_a_damaged_backup_is_refused_and_changes_nothing(filled_project, workspace,
                                                                   hash_file):
    pf = workspace.open(filled_project)
    damaged = workspace.backup(pf, "manual")
    workspace.close(pf)
    data = bytearray(damaged.read_bytes())
    for i in range(4096, 8192):
        data[i] ^= 0xFF
    damaged.write_bytes(bytes(data))
    entry = next(e for e in workspace.backups.list(filled_project) if e.path == damaged)
    before = hash_file(filled_project)
    reasons_before = _reasons(workspace, filled_project)

    pf = workspace.open(filled_project)
    titles = _titles(pf)
    with pytest.raises(BackupError, match="damaged"):
        workspace.restore(pf, entry)
    assert not pf.closed
    assert _titles(pf) == titles
    workspace.close(pf)
    assert hash_file(filled_project) == before
    assert _reasons(workspace, filled_project) == reasons_before  # no pre-restore taken
    assert not [p for p in filled_project.parent.iterdir() if p.name.startswith(".crmdesk-")]


def test_save_copy_writes_a_valid_project(filled_project, workspace, tmp_path, dump_file):
    pf = workspace.open(filled_project)
    try:
        titles = _titles(pf)
        dest = workspace.save_copy(pf, tmp_path / "copie")
        assert dest == tmp_path / "copie.crmdesk"
        assert verify(dest)
        assert not pf.closed
        ProjectServices.over(pf).needs.create(NeedDraft(title="Toujours modifiable"))
    finally:
        workspace.close(pf)
    with ProjectFile.open(dest) as copy:
        assert _titles(copy) == titles
        assert copy.check() == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".crmdesk-copy-")]


def test_save_copy_refuses_the_open_file_itself(filled_project, workspace, hash_file):
    pf = workspace.open(filled_project)
    try:
        with pytest.raises(ValidationFailed):
            workspace.save_copy(pf, filled_project)
        with pytest.raises(ValidationFailed):
            workspace.save_copy(pf, filled_project.with_suffix(""))
        assert pf.check() == []
    finally:
        workspace.close(pf)


def test_save_copy_into_a_missing_folder_is_refused(filled_project, workspace, tmp_path):
    pf = workspace.open(filled_project)
    try:
        with pytest.raises(ProjectFileError):
            workspace.save_copy(pf, tmp_path / "nowhere" / "copy.crmdesk")
    finally:
        workspace.close(pf)


def test_save_copy_refuses_the_open_file_under_another_spelling(filled_project, workspace):
    (filled_project.parent / "x").mkdir()
    pf = workspace.open(filled_project)
    try:
        with pytest.raises(ValidationFailed):
            workspace.save_copy(pf, filled_project.parent / "x" / ".." / filled_project.name)
    finally:
        workspace.close(pf)


def test_save_copy_into_a_folder_with_a_hash_sign(filled_project, workspace, tmp_path):
    folder = tmp_path / "C# projets"
    folder.mkdir()
    pf = workspace.open(filled_project)
    try:
        dest = workspace.save_copy(pf, folder / "copie")
    finally:
        workspace.close(pf)
    assert verify(dest) is True

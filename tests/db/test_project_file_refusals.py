"""Every file crmdesk must refuse gets its own error class, and is left byte for byte as it was."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.errors import (
    DamagedProject,
    FileNotFound,
    NotCrmdeskProject,
    NotSqliteFile,
    ProjectFileError,
    ProjectTooNew,
)


def _refused(path: Path, error: type[ProjectFileError], hash_file, workspace) -> ProjectFileError:
    """Opening ``path`` fails with exactly ``error`` (both ways in), and the file is unchanged."""
    before = hash_file(path)
    with pytest.raises(ProjectFileError) as info:
        ProjectFile.open(path)
    assert type(info.value) is error, info.value
    with pytest.raises(ProjectFileError) as again:
        workspace.open(path)
    assert type(again.value) is error
    assert hash_file(path) == before
    assert str(info.value) and "Traceback" not in str(info.value)
    # Nothing written beside it either (no journal, no backup of a refused file).
    assert not path.with_name(path.name + "-journal").exists()
    assert workspace.backups.list(path) == []
    return info.value


def test_missing_file(tmp_path, workspace):
    path = tmp_path / "gone.crmdesk"
    with pytest.raises(ProjectFileError) as info:
        workspace.open(path)
    assert type(info.value) is FileNotFound
    assert "does not exist" in str(info.value)
    assert not path.exists()


def test_a_folder(tmp_path, workspace):
    folder = tmp_path / "folder.crmdesk"
    folder.mkdir()
    (folder / "inside.txt").write_text("x")
    with pytest.raises(ProjectFileError) as info:
        workspace.open(folder)
    assert type(info.value) is NotSqliteFile
    assert "folder" in str(info.value)
    assert [p.name for p in folder.iterdir()] == ["inside.txt"]


def test_an_empty_file(tmp_path, workspace, hash_file):
    path = tmp_path / "empty.crmdesk"
    path.write_bytes(b"")
    _refused(path, NotSqliteFile, hash_file, workspace)
    assert path.stat().st_size == 0


def test_random_bytes(tmp_path, workspace, hash_file):
    path = tmp_path / "noise.crmdesk"
    path.write_bytes(os.urandom(8192))
    _refused(path, NotSqliteFile, hash_file, workspace)


def test_a_foreign_sqlite_database(tmp_path, workspace, hash_file):
    path = tmp_path / "foreign.crmdesk"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts(id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts(name) VALUES ('Alice')")
    conn.commit()
    conn.close()
    error = _refused(path, NotCrmdeskProject, hash_file, workspace)
    assert "not a crmdesk project" in str(error)


def test_a_project_truncated_to_half(tmp_path, filled_project, workspace, hash_file):
    path = tmp_path / "half.crmdesk"
    data = filled_project.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    error = _refused(path, DamagedProject, hash_file, workspace)
    assert "damaged" in str(error)


def test_a_project_with_a_damaged_table_page(tmp_path, filled_project, workspace, hash_file):
    conn = sqlite3.connect(filled_project)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='need'").fetchone()[0]
    conn.close()
    assert root > 1  # past the header page
    data = bytearray(filled_project.read_bytes())
    start = (root - 1) * page_size
    for i in range(start, start + page_size // 2):
        data[i] ^= 0xFF
    path = tmp_path / "flipped.crmdesk"
    path.write_bytes(bytes(data))
    # The damage is real: SQLite's own quick_check sees it.
    check = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        result = [r[0] for r in check.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError:
        result = ["malformed"]
    finally:
        check.close()
    assert result != ["ok"]
    _refused(path, DamagedProject, hash_file, workspace)


def test_a_project_made_by_a_newer_crmdesk(filled_project, workspace, hash_file):
    conn = sqlite3.connect(filled_project)
    conn.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    conn.commit()
    conn.close()
    error = _refused(filled_project, ProjectTooNew, hash_file, workspace)
    assert "newer version" in str(error)


def test_a_project_whose_schema_version_is_missing(filled_project, workspace, hash_file):
    conn = sqlite3.connect(filled_project)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    _refused(filled_project, DamagedProject, hash_file, workspace)

"""Helpers for the project-file tests: real files under tmp_path, read back with plain sqlite3.

Never read the bytes of a project while it is open in this process: a plain ``open()`` +
``close()`` on POSIX drops SQLite's locks. Hash files only once they are closed.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.enums import NeedStatus, Priority, Role
from crmdesk.domain.needs import NeedDraft
from crmdesk.paths import AppPaths
from crmdesk.services.container import ProjectServices
from crmdesk.services.workspace import Workspace


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> dict[str, object]:
    """Schema and every row of a closed project file, read with plain sqlite3 (read-only)."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        schema = sorted(conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall(),
            key=repr)
        rows = {}
        for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall():
            rows[name] = sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
        return {"schema": schema, "rows": rows}
    finally:
        conn.close()


def fill(pf: ProjectFile) -> ProjectServices:
    """A few domains, people and needs through the real services."""
    s = ProjectServices.over(pf)
    s.project.update({"organisation": "Vernadel", "description": "Projet CRM"})
    pilot, _ = s.people.add("Claire Dumoulin", Role.PILOT, "claire@vernadel.example")
    user, _ = s.people.add("Julien Perrin", Role.KEY_USER)
    ventes, _ = s.domains.create("Ventes")
    devis, _ = s.domains.create("Devis", parent_id=ventes)
    s.domains.create("Service client")
    s.needs.create_many([
        NeedDraft(title="Suivre les opportunités", domain_id=ventes, priority=Priority.MANDATORY,
                  status=NeedStatus.VALIDATED, owner_id=pilot),
        NeedDraft(title="Éditer un devis PDF", domain_id=devis, owner_id=user,
                  description="Avec le logo et les CGV"),
        NeedDraft(title="Relancer les devis", domain_id=devis, priority=Priority.OPTIONAL),
    ])
    return s


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(AppPaths.under(tmp_path / "home").ensure())


@pytest.fixture
def filled_project(tmp_path: Path) -> Path:
    """A closed project file holding a few domains, people and needs."""
    path = tmp_path / "filled.crmdesk"
    pf = ProjectFile.create(path, "Filled")
    try:
        fill(pf)
    finally:
        pf.close()
    return path


@pytest.fixture
def hash_file() -> Callable[[Path], str]:
    return sha256


@pytest.fixture
def dump_file() -> Callable[[Path], dict[str, object]]:
    return dump


@pytest.fixture
def fill_project() -> Callable[[ProjectFile], ProjectServices]:
    return fill

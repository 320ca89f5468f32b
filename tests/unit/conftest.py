"""Services over a real project file under tmp_path (no Qt, no mocks of storage)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crmdesk.db.project_file import ProjectFile
from crmdesk.paths import AppPaths
from crmdesk.services.container import ProjectServices
from crmdesk.services.workspace import Workspace

State = tuple[object, ...]


def state_of(s: ProjectServices) -> State:
    """Everything a user can see of the project, as frozen Read objects."""
    return (s.project.get(), s.people.list(), s.domains.list(), s.needs.list())


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "unit.crmdesk"


@pytest.fixture
def services(project_path: Path) -> Iterator[ProjectServices]:
    pf = ProjectFile.create(project_path, "Projet CRM", organisation="Vernadel")
    try:
        yield ProjectServices.over(pf)
    finally:
        pf.close()


@pytest.fixture
def state() -> Callable[[ProjectServices], State]:
    return state_of


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(AppPaths.under(tmp_path / "home").ensure())

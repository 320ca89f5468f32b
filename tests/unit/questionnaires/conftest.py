"""Fixtures of the questionnaire tests: a project with needs and candidates."""

from __future__ import annotations

from pathlib import Path

import pytest
from questionnaire_project import Project, make_project

from crmdesk.services.container import ProjectServices


@pytest.fixture
def project(services: ProjectServices, tmp_path: Path) -> Project:
    return make_project(services, tmp_path)

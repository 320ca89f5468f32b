"""Fixtures of the round-trip properties: one empty project file built once per run, copied
for every Hypothesis example (creating a project runs the migrations: a quarter of a second;
a copy takes a millisecond)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from property_texts import ProjectMaker

from crmdesk.db.project_file import ProjectFile


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty project file (schema at head, no data but the project row)."""
    path = tmp_path_factory.mktemp("properties-template") / "empty.crmdesk"
    ProjectFile.create(path, "Projet", organisation="").close()
    return path


@pytest.fixture(scope="session")
def fresh_project(empty_template: Path, tmp_path_factory: pytest.TempPathFactory) -> ProjectMaker:
    """``with fresh_project() as (pf, folder):`` a copy of the empty project, open, in a new
    folder that is removed afterwards (session-scoped so that Hypothesis examples, which do
    not re-run function-scoped fixtures, each get their own files)."""
    base = tmp_path_factory.mktemp("properties")

    @contextmanager
    def make(name: str = "projet") -> Iterator[tuple[ProjectFile, Path]]:
        with tempfile.TemporaryDirectory(dir=base) as folder_name:
            folder = Path(folder_name)
            path = folder / f"{name}.crmdesk"
            shutil.copyfile(empty_template, path)
            pf = ProjectFile.open(path)
            try:
                yield pf, folder
            finally:
                pf.close()

    return make

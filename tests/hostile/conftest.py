"""Fixtures of the hostile-file tests: the seed project and files (built once), a fresh copy
of the project for each test, and the large files (built once, never committed)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from hostile_support import Seeds, prepare_seeds  # noqa: E402


@pytest.fixture(scope="session")
def seeds(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    return prepare_seeds(tmp_path_factory.mktemp("seeds"), demo_template)


@pytest.fixture
def project(seeds: Seeds, tmp_path: Path) -> Path:
    """A copy of the seed project, for one test."""
    target = tmp_path / "projet.crmdesk"
    shutil.copyfile(seeds.project, target)
    return target


@pytest.fixture(scope="session")
def large_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """``make_large.py``'s files (a million rows as CSV and as a workbook…), streamed to disk
    once per session."""
    from make_large import build_all

    return build_all(tmp_path_factory.mktemp("large"))

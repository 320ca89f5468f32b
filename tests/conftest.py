"""Shared fixtures. Every test runs offscreen, with its user folders under ``tmp_path``."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from crmdesk.paths import AppPaths  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker("gui")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user's folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("CRMDESK_HOME", str(home))
    return home


@pytest.fixture
def app_paths(_isolated_home: Path) -> AppPaths:
    return AppPaths.under(_isolated_home).ensure()


@pytest.fixture
def workspace(app_paths: AppPaths):  # type: ignore[no-untyped-def]
    from crmdesk.services.workspace import Workspace

    return Workspace(app_paths)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo project built once per run; tests copy it."""
    from crmdesk.services.demo import create_demo
    from crmdesk.services.workspace import Workspace

    base = tmp_path_factory.mktemp("demo")
    ws = Workspace(AppPaths.under(base / "home").ensure())
    pf = create_demo(ws, base / "demo.crmdesk")
    path = pf.path
    pf.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "projet.crmdesk"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture
def demo_file(demo_path: Path, workspace):  # type: ignore[no-untyped-def]
    """A copy of the demo project, opened (closed at the end of the test)."""
    pf = workspace.open(demo_path)
    try:
        yield pf
    finally:
        workspace.close(pf)

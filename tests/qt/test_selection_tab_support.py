"""The Selection tab built on its own over a copy of the demo (shared by test_selection_tab_*)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow

from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.undo import Commander


def open_selection_tab(qtbot, workspace, demo_path):  # type: ignore[no-untyped-def]
    """Build the tab alone over the demo (a generator for each module's ``sel`` fixture)."""
    from crmdesk.ui.features.selection.tab import SelectionTab

    pf = workspace.open(demo_path)
    services = ProjectServices.over(pf)
    events = AppEvents()
    host = QMainWindow()
    qtbot.addWidget(host)
    stack = QUndoStack()
    commander = Commander(stack, services.history, events, host)
    backups: list[object] = []
    tab = SelectionTab(services, commander, events,
                       backup=lambda: backups.append(workspace.backup(pf, "pre-import")))
    counts: list[str] = []
    tab.counts_changed.connect(counts.append)
    host.setCentralWidget(tab)
    host.resize(1400, 860)
    host.show()
    qtbot.waitExposed(host)
    yield SimpleNamespace(pf=pf, services=services, events=events, host=host, stack=stack, commander=commander,
                          tab=tab, backups=backups, counts=counts, workspace=workspace)
    host.close()
    pf.close()


@pytest.fixture
def sel(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    yield from open_selection_tab(qtbot, workspace, demo_path)


def show(sel, page) -> None:  # type: ignore[no-untyped-def]
    sel.tab.show_page(page)
    QApplication.processEvents()


def cell(model, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.data(model.index(row, model.column_of(key)), role)


def candidate_id(sel, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(c.id for c in sel.services.selection.candidates() if c.name == name)


def ranking_row(sel, name: str):  # type: ignore[no-untyped-def]
    model = sel.tab.results.model
    for row in range(model.rowCount()):
        if model.record(row).candidate.name == name:
            return row, model.record(row)
    raise KeyError(name)


def tree_index(model, kind: str, item_id: int, key: str) -> QModelIndex:  # type: ignore[no-untyped-def]
    from crmdesk.ui.features.selection.criteria_model import KEYS

    return model.index_of(kind, item_id, KEYS.index(key))


def test_the_tab_opens_on_the_matrix_with_six_pages(sel):  # type: ignore[no-untyped-def]
    tab = sel.tab
    assert tab.objectName() == "selectionTab"
    assert tab.pages.count() == 6
    assert tab.pages.currentIndex() == 0
    assert tab.settings_summary.text() == "25 users · 3 years · mean"
    show(sel, tab.candidates)
    assert sel.counts[-1] == "5 candidates · 1 eliminated"
    show(sel, tab.criteria)
    assert sel.counts[-1] == "29 criteria in 5 groups"

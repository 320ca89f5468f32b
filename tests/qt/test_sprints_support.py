"""Fixtures and helpers of the sprints tab tests (no test here).

The tab is used inside a real main window (``open_window``): the window's own Sprints tab, on
the window's services, commander and events, so Ctrl+Z goes through the window's undo stack as
in the application."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from crmdesk.domain.sprints import StoryRead
from crmdesk.domain.sprints_charts_data import COLUMN
from crmdesk.ui.features.sprints.tab import SprintsTab


@pytest.fixture
def sprints(open_window, demo_path):  # type: ignore[no-untyped-def]
    """(window, tab) with the Sprints tab shown."""
    window = open_window(demo_path)
    tab = window.sprints_tab
    assert isinstance(tab, SprintsTab)
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    QApplication.processEvents()
    return window, tab


def story(window, ref: str) -> StoryRead:  # type: ignore[no-untyped-def]
    return next(s for s in window.services.sprints.stories() if s.ref == ref)


def refs(stories: Sequence[StoryRead]) -> list[str]:
    return [s.ref for s in stories]


def column_id(window, key: str) -> int:  # type: ignore[no-untyped-def]
    return next(c.id for c in window.services.sprints.columns() if c.key == key)


def column_moves(window, ref: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The (old, new) column ids the history records for a story of the current sprint."""
    sp = window.services.sprints
    s = story(window, ref)
    history = sp.history(s.sprint_id)
    return [(c.old, c.new) for c in history.changes if c.story_id == s.id and c.field == COLUMN]


def drag_mime(view: QAbstractItemView, ids: Sequence[int]) -> QMimeData:
    """The payload the view's model gives a drag of these stories (what QDrag would carry)."""
    model = view.model()
    indexes = [model.index(model.row_of(i), 0) for i in ids]
    assert all(i.isValid() for i in indexes)
    return model.mimeData(indexes)


def drop(view: QAbstractItemView, mime: QMimeData, point: QPoint) -> None:
    """Deliver the drop a drag session would end with (no QDrag can run offscreen). The caller
    keeps ``mime`` alive: the event does not own it."""
    event = QDropEvent(point.toPointF(), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def top_of(view: QAbstractItemView, row: int) -> QPoint:
    rect = view.visualRect(view.model().index(row, 0))
    return QPoint(rect.center().x(), rect.top() + 2)


def below_last(view: QAbstractItemView) -> QPoint:
    model = view.model()
    if model.rowCount() == 0:
        return QPoint(20, 10)
    rect = view.visualRect(model.index(model.rowCount() - 1, 0))
    return QPoint(rect.center().x(), rect.bottom() + 6)


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)

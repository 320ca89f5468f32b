"""A long session does not pile up widgets: what a reload or a right-click builds replaces, or
is deleted after, what it built the time before (a day of workshops reloads the tabs hundreds
of times)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget

from crmdesk.ui.main_window import TAB_KEYS


def _live_items() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, QStandardItem))


def _show_every_inner_page(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Show each page of the tab's inner tabs (some are built when first shown)."""
    for inner in page.findChildren(QTabWidget):
        for index in range(inner.count()):
            inner.setCurrentIndex(index)
            qtbot.wait(10)


def test_reloading_a_tab_keeps_the_same_widgets(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    for key in TAB_KEYS:
        page = window.page(key)
        window.tabs.setCurrentWidget(page)
        _show_every_inner_page(qtbot, page)
        page.reload()
        qtbot.wait(20)
        before = len(page.findChildren(QObject))
        for _ in range(3):
            page.reload()
        qtbot.wait(20)
        assert len(page.findChildren(QObject)) == before, key


def test_the_domain_tree_leaves_nothing_behind_when_it_is_filled_again(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    needs = window.needs_tab
    tree = needs.tree
    assert tree.model().rowCount() == 2  # "All needs", "No domain"
    before = _live_items()
    for _ in range(3):
        needs.reload()
    assert _live_items() == before
    all_needs = tree.model().index(0, 0)
    assert tree.model().rowCount(all_needs) == 9 and tree.isExpanded(all_needs)
    assert tree.model().index(0, 0, all_needs).data() == "Comptes et contacts (6)"


def _right_click_and_close(qtbot, widget) -> int:  # type: ignore[no-untyped-def]
    """Ask for the context menu, close it once it shows; returns how many were seen."""
    seen: list[QMenu] = []

    def close_popup() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.append(popup)
            popup.close()
        elif not seen:
            QTimer.singleShot(20, close_popup)

    QTimer.singleShot(20, close_popup)
    widget.customContextMenuRequested.emit(QPoint(5, 5))
    qtbot.wait(20)
    return len(seen)


def test_a_context_menu_is_deleted_once_closed(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    needs, selection = window.needs_tab, window.selection_tab
    window.tabs.setCurrentWidget(needs)
    targets = [(needs, needs.table), (needs, needs.tree), (selection, selection.matrix.table),
               (selection, selection.criteria.tree), (selection, selection.candidates.table)]
    for page, widget in targets:
        window.tabs.setCurrentWidget(page)
        menus = len(page.findChildren(QMenu))
        for _ in range(2):
            assert _right_click_and_close(qtbot, widget) == 1
        qtbot.waitUntil(lambda p=page, n=menus: len(p.findChildren(QMenu)) == n, timeout=2_000)


def test_a_dialog_is_deleted_once_answered(qtbot, open_window, demo_path, when_modal):
    """The need, story and sprint dialogs, opened and cancelled or accepted again and again,
    leave no hidden dialog behind in their tab."""
    from PySide6.QtWidgets import QDialog

    window = open_window(demo_path)
    needs, sprints = window.needs_tab, window.sprints_tab
    for page, open_dialog in ((needs, needs.act_new.trigger), (sprints, sprints.act_new_story.trigger),
                              (sprints, sprints.new_lot)):
        window.tabs.setCurrentWidget(page)
        before = len(page.findChildren(QDialog))
        for _ in range(3):
            when_modal(lambda dialog: dialog.reject())
            open_dialog()
        qtbot.waitUntil(lambda p=page, n=before: len(p.findChildren(QDialog)) == n, timeout=2_000)

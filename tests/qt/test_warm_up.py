"""The tabs not shown yet are prepared while the user reads the first one."""

from __future__ import annotations

import gc
import shutil
import weakref

from PySide6.QtWidgets import QDialog, QWidget

from crmdesk.ui.warm_up import WarmUp


def test_the_other_tabs_are_built_after_the_window_shows(qtbot, open_window, demo_path):
    window = open_window(demo_path, warm_up_ms=0)
    assert window.tabs.currentIndex() == 1 and window.tabs.currentWidget().objectName() == "needsTab"
    qtbot.waitUntil(lambda: len(window.built_pages()) == 5, timeout=20_000)
    assert [window.tabs.widget(i).objectName() for i in range(5)] == [
        "projectTab", "needsTab", "selectionTab", "sprintsTab", "acceptanceTab"]
    # the user stayed where they were, and the status bar still speaks of the needs
    assert window.tabs.currentIndex() == 1
    assert "66 needs" in window.counts_label.text()
    selection = window.tabs.widget(2)
    window.tabs.setCurrentIndex(2)
    assert window.tabs.currentWidget() is selection  # shown as prepared, not built again
    assert "candidates" in window.counts_label.text()


def test_without_warm_up_only_the_tab_shown_is_built(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    qtbot.wait(200)
    assert [p.objectName() for p in window.built_pages()] == ["needsTab"]


def test_a_step_waits_while_a_dialog_is_open(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    built: list[str] = []
    warm = WarmUp(("a", "b"), lambda key: key in built, built.append, host, pause_ms=10)
    dialog = QDialog(host)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    warm.start(0)
    qtbot.wait(150)
    assert built == []  # nothing built behind the dialog
    assert warm.running
    dialog.close()
    with qtbot.waitSignal(warm.finished, timeout=5_000):
        pass
    assert built == ["a", "b"]
    assert not warm.running


def test_opening_another_project_starts_again_from_its_own_pages(qtbot, open_window, demo_path, tmp_path):
    window = open_window(demo_path, warm_up_ms=0)
    qtbot.waitUntil(lambda: len(window.built_pages()) == 5, timeout=20_000)
    other = tmp_path / "autre.crmdesk"
    shutil.copy(demo_path, other)
    assert window.open_project(other)
    assert str(window.services.file.path) == str(other)
    qtbot.waitUntil(lambda: len(window.built_pages()) == 5, timeout=20_000)
    assert all(p.objectName().endswith("Tab") for p in window.built_pages())


def test_the_session_settles_and_a_closed_project_is_thawed(qtbot, open_window, demo_path, tmp_path):
    """What start-up and then the prepared pages hold is frozen out of the collector's sight
    (crmdesk.heap); opening another project puts it all back so the old pages' cycles go."""
    from crmdesk import heap
    from crmdesk.app import show_window

    window = open_window(demo_path, warm_up_ms=0)
    try:
        with qtbot.waitSignal(window.warm_up.finished, timeout=20_000):
            show_window(window)
            at_show = gc.get_freeze_count()
            assert at_show > 1000
        assert gc.get_freeze_count() > at_show  # the prepared pages joined them
        other = tmp_path / "autre.crmdesk"
        shutil.copy(demo_path, other)
        old_page = weakref.ref(window.page("selection"))
        assert window.open_project(other)
        assert gc.get_freeze_count() == 0
        qtbot.waitUntil(lambda: gc.collect() >= 0 and old_page() is None, timeout=10_000)
        with qtbot.waitSignal(window.warm_up.finished, timeout=20_000):
            pass
        assert gc.get_freeze_count() > at_show / 2  # the new project's pages settled in turn
    finally:
        heap.thaw()


def test_each_tab_is_prepared_in_two_short_steps(qtbot, open_window, demo_path, tmp_path):
    """Its modules first, its page the next turn: a click waits for one step, not both."""
    window = open_window(demo_path, warm_up_ms=0)
    with qtbot.waitSignal(window.warm_up.finished, timeout=20_000):
        pass
    assert [key for key, _ in window.warm_up.steps] == [
        "project", "project", "selection", "selection", "sprints", "sprints", "acceptance", "acceptance"]
    assert all(seconds >= 0 for _, seconds in window.warm_up.steps)
    other = tmp_path / "autre.crmdesk"
    shutil.copy(demo_path, other)
    window.warm_up.steps.clear()
    with qtbot.waitSignal(window.warm_up.finished, timeout=20_000):
        assert window.open_project(other)
    # the modules are there already: one step per page of the new project (its first tab, the
    # needs, was built when it opened)
    assert [key for key, _ in window.warm_up.steps] == ["project", "selection", "sprints", "acceptance"]


def test_a_tab_clicked_before_it_is_prepared_says_so_at_once(qtbot, open_window, demo_path):
    """The tab is shown, greyed "Preparing this tab…" under the wait cursor, before its page is
    built; then the page replaces it and the cursor is back."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    window = open_window(demo_path)  # nothing prepared in the background
    placeholder = window.tabs.widget(2)
    assert placeholder.objectName() == "selectionPlaceholder"
    assert placeholder.text() == "Preparing this tab…"
    seen: list[tuple[object, bool]] = []

    class Watch(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                cursor = QApplication.overrideCursor()
                seen.append((cursor.shape() if cursor else None, "selection" in window._pages))
            return False

    watch = Watch()
    placeholder.installEventFilter(watch)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert seen and seen[0] == (Qt.CursorShape.WaitCursor, False)
    assert window.tabs.currentWidget().objectName() == "selectionTab"
    assert QApplication.overrideCursor() is None
    assert "candidates" in window.counts_label.text()

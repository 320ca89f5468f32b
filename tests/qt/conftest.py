"""Qt fixtures: a main window on a real project file, and a way to answer modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from crmdesk.services.container import ProjectServices
from crmdesk.settings import AppSettings


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from crmdesk.ui.i18n import install_translators

    install_translators(qapp, "en")
    return qapp


@pytest.fixture
def open_window(qtbot, workspace, english):  # type: ignore[no-untyped-def]
    """open_window(path) -> MainWindow on that project file (closed at the end of the test)."""
    from crmdesk.ui.main_window import MainWindow

    windows = []

    def make(path: Path, *, resize: bool = True, warm_up_ms: int | None = None):  # type: ignore[no-untyped-def]
        pf = workspace.open(path)
        window = MainWindow(workspace, AppSettings.load(workspace.paths.settings_file),
                            ProjectServices.over(pf), warm_up_ms=warm_up_ms)
        qtbot.addWidget(window)
        if resize:
            window.resize(1300, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if not window.services.file.closed:
            window.close()


class ModalHandler:
    """Runs an action on the next modal dialog as soon as it shows (the test then calls the code
    that opens it, which blocks in ``exec``). Stops polling when the test ends."""

    def __init__(self) -> None:
        self.stopped = False
        self.handled = 0

    def __call__(self, action: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
        waited = {"ms": 0}

        def poll() -> None:
            if self.stopped:
                return
            widget = QApplication.activeModalWidget()
            if widget is not None and widget.isVisible():
                widget.activateWindow()
                QApplication.processEvents()
                self.handled += 1
                action(widget)
                return
            waited["ms"] += 20
            if waited["ms"] < timeout_ms:
                QTimer.singleShot(20, poll)

        QTimer.singleShot(20, poll)


@pytest.fixture
def when_modal(qapp):  # type: ignore[no-untyped-def]
    handler = ModalHandler()
    yield handler
    handler.stopped = True


def answer(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        if isinstance(widget, QMessageBox):
            widget.button(button).click()
        elif isinstance(widget, QDialog):
            widget.accept() if button in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok) \
                else widget.reject()
    return act


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` with real key events, accents included (QTest's
    keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def refocus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform does not give the focus back to the window after a dialog
    closes (a desktop does): give it back as the window manager would."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)

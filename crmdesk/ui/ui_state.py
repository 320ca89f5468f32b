"""Window geometry, splitters and column layouts, remembered in an ini file of the user's
config folder (never business settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget


class UiState:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def save_window(self, window: QMainWindow) -> None:
        self._settings.setValue("window/geometry", window.saveGeometry())
        self._settings.setValue("window/state", window.saveState())

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        restored = bool(geometry) and window.restoreGeometry(geometry)
        if state:
            window.restoreState(state)
        return restored

    def save_widgets(self, root: QWidget) -> None:
        for splitter in root.findChildren(QSplitter):
            if splitter.objectName():
                self._settings.setValue(f"splitter/{splitter.objectName()}", splitter.saveState())
        for header in root.findChildren(QHeaderView):
            view = header.parentWidget()
            if view is not None and view.objectName() and header.orientation().name == "Horizontal":
                self._settings.setValue(f"header/{view.objectName()}", header.saveState())
        self._settings.sync()

    def restore_widgets(self, root: QWidget) -> None:
        for splitter in root.findChildren(QSplitter):
            state = self._settings.value(f"splitter/{splitter.objectName()}")
            if state:
                splitter.restoreState(state)
        for header in root.findChildren(QHeaderView):
            view = header.parentWidget()
            if view is None or not view.objectName() or header.orientation().name != "Horizontal":
                continue
            state = self._settings.value(f"header/{view.objectName()}")
            if state:
                header.restoreState(state)

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

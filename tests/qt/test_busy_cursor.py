"""Actions show the wait cursor while they and the reloads they cause run, and only then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _shape() -> Qt.CursorShape | None:
    cursor = QApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


def test_an_action_its_reloads_and_its_undo_show_the_wait_cursor(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    seen: list[tuple[str, Qt.CursorShape | None]] = []
    window.events.data_changed.connect(lambda _changes: seen.append(("reload", _shape())))
    services = window.services

    def rename():  # type: ignore[no-untyped-def]
        seen.append(("action", _shape()))
        return services.project.update({"name": "Projet renommé"})

    assert window.commander.run("Rename the project", rename) is not None
    assert seen == [("action", Qt.CursorShape.WaitCursor), ("reload", Qt.CursorShape.WaitCursor)]
    assert _shape() is None  # given back once done
    seen.clear()
    window.undo_stack.undo()
    assert seen == [("reload", Qt.CursorShape.WaitCursor)]
    assert services.project.get().name != "Projet renommé"
    assert _shape() is None


def test_a_refused_action_gives_the_cursor_back_before_its_message(qtbot, open_window, demo_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from crmdesk.domain.errors import ValidationFailed

    window = open_window(demo_path)
    shown: list[Qt.CursorShape | None] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(_shape()))

    def refused():  # type: ignore[no-untyped-def]
        raise ValidationFailed("The name cannot be empty.")

    assert window.commander.run("Rename the project", refused) is None
    assert shown == [None]
    assert _shape() is None

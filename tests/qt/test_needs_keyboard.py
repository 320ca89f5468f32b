"""A pilot captures needs in a workshop with the keyboard only, and finds them after reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crmdesk.domain.enums import Priority
from crmdesk.services.container import ProjectServices
from tests.qt.conftest import type_text


def test_ctrl_n_adds_needs_from_the_keyboard_and_they_survive_reopening(qtbot, open_window, demo_path, workspace, when_modal):
    window = open_window(demo_path)
    before = window.needs_tab.model.rowCount()

    def fill(dialog):  # type: ignore[no-untyped-def]
        assert dialog.objectName() == "needDialog"
        assert QApplication.focusWidget() is dialog.title
        qtbot.keyClicks(dialog.title, "Saisir les rendez-vous depuis Outlook")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)  # -> domain
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # -> priority
        priority = QApplication.focusWidget()
        assert priority is dialog.priority
        index = dialog.priority.findData(Priority.MANDATORY)
        dialog.priority.setCurrentIndex(index)
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        # "Add and next" kept the dialog open with an empty title and the focus on it
        assert dialog.title.text() == ""
        assert QApplication.focusWidget() is dialog.title
        type_text(dialog.title, "Synchroniser les contacts avec le téléphone")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert when_modal.handled == 1
    assert window.needs_tab.model.rowCount() == before + 2
    current = window.needs_tab.current_need()
    assert current is not None and current.title == "Synchroniser les contacts avec le téléphone"
    # The second one kept the first one's priority (workshop rhythm).
    assert current.priority == Priority.MANDATORY
    path = window.services.file.path
    window.close()

    pf = workspace.open(path)
    try:
        titles = {n.title: n for n in ProjectServices.over(pf).needs.list()}
    finally:
        workspace.close(pf)
    assert titles["Saisir les rendez-vous depuis Outlook"].priority == Priority.MANDATORY
    assert titles["Saisir les rendez-vous depuis Outlook"].ref == "BES-067"
    assert titles["Synchroniser les contacts avec le téléphone"].ref == "BES-068"


def test_empty_title_is_refused_in_the_dialog_and_nothing_is_added(qtbot, open_window, demo_path, when_modal):
    window = open_window(demo_path)
    before = window.needs_tab.model.rowCount()

    def try_empty(dialog):  # type: ignore[no-untyped-def]
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.feedback.text() != ""
        dialog.reject()

    when_modal(try_empty)
    window.new_need()
    assert when_modal.handled == 1
    assert window.needs_tab.model.rowCount() == before

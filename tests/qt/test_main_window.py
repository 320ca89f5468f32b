"""The main window: tabs, menus, layout memory, language, backups, refused files."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from crmdesk.services.container import ProjectServices
from crmdesk.settings import AppSettings


def test_tabs_menus_and_status_bar(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Project", "Needs", "Selection", "Sprints", "Acceptance"]
    # only the tab shown is built: a large project opens on one tab's work
    assert [window.tabs.widget(i).objectName() for i in range(5)] == [
        "projectPlaceholder", "needsTab", "selectionPlaceholder", "sprintsPlaceholder", "acceptancePlaceholder"]
    for i in (4, 2, 3, 0):
        window.tabs.setCurrentIndex(i)
        assert window.tabs.currentIndex() == i
    assert [window.tabs.widget(i).objectName() for i in range(5)] == [
        "projectTab", "needsTab", "selectionTab", "sprintsTab", "acceptanceTab"]
    assert window.findChild(QLabel, "placeholderText") is None  # every tab is a real one now
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    window.tabs.setCurrentIndex(2)
    assert "5 candidates" in window.counts_label.text()  # the matrix's counts, told while it was built
    window.tabs.setCurrentIndex(1)
    assert "66 needs" in window.counts_label.text()
    window.tabs.setCurrentIndex(0)
    assert window.counts_label.text() == "15 people"
    assert window.windowTitle().endswith("— crmdesk")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


def test_window_size_splitter_and_columns_are_remembered(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    window.resize(790, 585)  # within the offscreen screen (800x600): Qt clamps bigger ones
    window.needs_tab.splitter.setSizes([300, 500, 300])
    window.needs_tab.table.setColumnWidth(1, 455)
    sizes = window.needs_tab.splitter.sizes()
    window.close()
    again = open_window(demo_path, resize=False)
    assert (again.width(), again.height()) == (790, 585)
    assert again.needs_tab.table.columnWidth(1) == 455
    assert again.needs_tab.splitter.sizes() == sizes


def test_switching_to_french_retranslates_the_window(qtbot, open_window, demo_path, monkeypatch, qapp):
    from crmdesk.ui.dialogs import preferences
    from crmdesk.ui.i18n import install_translators

    window = open_window(demo_path)
    installed = []

    def change(lang):  # type: ignore[no-untyped-def]
        installed.extend(install_translators(qapp, lang))

    window._on_language_change = change
    monkeypatch.setattr(preferences.PreferencesDialog, "exec", lambda self: 1)
    monkeypatch.setattr(preferences.PreferencesDialog, "chosen_language", lambda self: "fr")
    try:
        window.preferences()
        assert window.tabs.tabText(1) == "Besoins"
        assert [a.text() for a in window.menuBar().actions()][0] == "&Fichier"
        assert AppSettings.load(window.workspace.paths.settings_file).language == "fr"
        assert "besoins" in window.counts_label.text() or window.tabs.currentIndex() != 1
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_restore_from_backup_brings_back_the_earlier_state(qtbot, open_window, demo_path, workspace, when_modal):
    from crmdesk.ui.dialogs.restore_dialog import RestoreDialog

    window = open_window(demo_path)
    workspace.backup(window.services.file, "manual")
    first = window.services.needs.list()[0]
    window.services.needs.delete([first.id])
    window.needs_tab.reload()
    assert window.services.needs.count() == 65

    def choose_newest(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, RestoreDialog)
        assert dialog.table.rowCount() >= 1
        dialog.table.selectRow(0)
        dialog.accept()

    when_modal(choose_newest)
    window.restore_backup()
    assert when_modal.handled == 1
    assert window.services.needs.count() == 66
    assert window.needs_tab.model.rowCount() == 66
    reasons = [e.reason for e in workspace.list_backups(window.services.file)]
    assert "pre-restore" in reasons
    assert window.undo_stack.count() == 0


def test_opening_a_refused_file_keeps_the_current_project(qtbot, open_window, demo_path, tmp_path, when_modal):
    window = open_window(demo_path)
    bad = tmp_path / "cassé.crmdesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    assert window.open_project(bad) is False
    assert messages and "damaged" in messages[0]
    assert window.services.file.path == demo_path
    assert window.services.needs.count() == 66


def test_opening_another_project_switches_and_clears_undo(qtbot, open_window, demo_path, tmp_path, workspace):
    window = open_window(demo_path)
    window.services.people.add("Quelqu'un")
    other = tmp_path / "second.crmdesk"
    shutil.copyfile(demo_path, other)  # the copy is taken from the file, closed elsewhere: same content
    window.needs_tab.change_selected("status", "validated")
    assert window.open_project(other)
    assert window.services.file.path == other
    assert window.undo_stack.count() == 0
    assert str(other) in AppSettings.load(workspace.paths.settings_file).recent_projects[0]
    # the first project was closed: it can be opened again by another window
    pf = workspace.open(demo_path)
    ProjectServices.over(pf).needs.count()
    workspace.close(pf)


def test_a_project_locked_on_another_machine_can_be_opened_anyway(qtbot, open_window, demo_path, tmp_path,
                                                                   workspace, when_modal):
    import json

    from PySide6.QtWidgets import QMessageBox

    from crmdesk.db.lock_file import lock_path
    from tests.qt.conftest import answer

    window = open_window(demo_path)
    other = tmp_path / "partagé.crmdesk"
    pf = workspace.create(other, "Partagé")
    workspace.close(pf)
    lock_path(other).write_text(json.dumps({"host": "PC-ADV", "user": "nadia", "pid": 1,
                                            "since": "2026-11-22T17:02:00", "version": "0.1.0"}))
    texts = []
    when_modal(lambda box: (texts.append(box.text()), answer(QMessageBox.StandardButton.No)(box)))
    assert window.open_project(other) is False
    assert "PC-ADV" in texts[0] and "nadia" in texts[0]
    assert window.services.file.path == demo_path
    when_modal(answer(QMessageBox.StandardButton.Yes))
    assert window.open_project(other) is True
    assert window.services.file.path == other


def test_a_project_in_a_synced_folder_is_warned_about_once(qtbot, open_window, tmp_path, workspace,
                                                          when_modal):
    synced = tmp_path / "OneDrive - Vernadel" / "crm.crmdesk"
    synced.parent.mkdir()
    workspace.close(workspace.create(synced, "Synchronisé"))
    texts = []
    when_modal(lambda box: (texts.append(box.text()), box.accept()))
    window = open_window(synced)
    assert when_modal.handled == 1 and "synchronised folder" in texts[0]
    window.close()
    again = open_window(synced)  # second time: no warning
    qtbot.wait(200)
    assert when_modal.handled == 1
    assert again.services.file.path == synced


def test_a_damaged_project_is_kept_aside_and_its_backup_offered(qtbot, open_window, demo_path, tmp_path,
                                                                workspace, when_modal):
    from PySide6.QtWidgets import QMessageBox

    from tests.qt.conftest import answer

    window = open_window(demo_path)
    project = tmp_path / "budget.crmdesk"
    pf = workspace.create(project, "Budget")
    workspace.backup(pf, "manual")
    workspace.close(pf)
    data = bytearray(project.read_bytes())
    data[4096:4096 + 64] = b"\xff" * 64  # the header of the second b-tree page overwritten
    project.write_bytes(bytes(data))
    damaged = bytes(data)
    texts = []
    when_modal(lambda box: (texts.append(box.text()), answer(QMessageBox.StandardButton.Yes)(box)))
    assert window.open_project(project) is True
    assert "damaged" in texts[0] and "backup of" in texts[0]
    assert window.services.file.path == project
    assert window.services.project.get().name == "Budget"
    aside = window.services.file.recovered_from
    assert aside is not None and aside.read_bytes() == damaged

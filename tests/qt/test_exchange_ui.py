"""Export from the window (with progress, off the GUI thread) and the import dialog."""

from __future__ import annotations

import csv
import openpyxl

from crmdesk.domain.enums import Priority
from crmdesk.ui.dialogs.exchange import export_to
from crmdesk.ui.dialogs.import_dialog import ImportNeedsDialog


def test_export_writes_a_workbook_the_pilot_can_read(qtbot, open_window, demo_path, tmp_path):
    window = open_window(demo_path)
    target = export_to(window, window.services, tmp_path / "export.xlsx")
    assert target == tmp_path / "export.xlsx"
    wb = openpyxl.load_workbook(target)
    needs = wb.worksheets[0]
    assert needs["A1"].value == "Ref" and needs["A1"].font.bold
    assert needs.freeze_panes == "A2"
    assert needs.max_row == 67
    assert not any(c.data_type == "f" for row in needs.iter_rows() for c in row)
    assert str(tmp_path / "export.xlsx") in window.statusBar().currentMessage()


def test_import_dialog_previews_then_applies_in_one_undoable_step(qtbot, open_window, demo_path, tmp_path,
                                                                  workspace):
    window = open_window(demo_path)
    source = tmp_path / "atelier.csv"
    with source.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Titre", "Domaine", "Priorité", "Responsable"])
        writer.writerow(["Éditer les étiquettes d'expédition", "Logistique", "Impératif", ""])
        writer.writerow(["Suivre les retours clients", "Service client", "souhaité", ""])
        writer.writerow(["", "Logistique", "optionnel", ""])  # no title: rejected
        writer.writerow(["Tableau de bord des livraisons", "Logistique", "urgent", ""])  # bad priority
    before = window.needs_tab.model.rowCount()
    dialog = ImportNeedsDialog(window.services, workspace, window.commander, window)
    qtbot.addWidget(dialog)
    assert dialog.load(source)
    assert dialog.combos["title"].currentText() == "Titre"
    assert dialog.combos["priority"].currentText() == "Priorité"
    assert dialog.preview.to_create == 2
    rejected = dict(dialog.preview.parsed.rejected)
    assert set(rejected) == {4, 5}
    assert dialog.import_button.isEnabled()
    assert window.needs_tab.model.rowCount() == before  # nothing written by the preview
    dialog.import_button.click()
    assert window.needs_tab.model.rowCount() == before + 2
    created = {n.title: n for n in window.services.needs.list()}
    assert created["Éditer les étiquettes d'expédition"].priority == Priority.MANDATORY
    assert created["Éditer les étiquettes d'expédition"].domain_name == "Logistique"
    assert any(e.reason == "pre-import" for e in workspace.list_backups(window.services.file))
    window.act_undo.trigger()
    assert window.needs_tab.model.rowCount() == before
    assert "Logistique" not in {d.name for d in window.services.domains.list()}


def test_import_of_an_unreadable_file_says_so_and_changes_nothing(qtbot, open_window, demo_path, tmp_path,
                                                                  workspace, when_modal):
    window = open_window(demo_path)
    bad = tmp_path / "besoins.xlsx"
    bad.write_bytes(b"this is not a spreadsheet at all")
    messages = []

    def read(box):  # type: ignore[no-untyped-def]
        messages.append(box.text())
        box.accept()

    dialog = ImportNeedsDialog(window.services, workspace, window.commander, window)
    qtbot.addWidget(dialog)
    when_modal(read)
    assert dialog.load(bad) is False
    assert len(messages) == 1 and "besoins.xlsx" in messages[0]
    assert window.undo_stack.count() == 0
    assert window.services.needs.count() == 66


def test_cancelling_the_reading_of_a_large_file_changes_nothing(qtbot, open_window, demo_path, tmp_path, workspace):
    """A large file is read off the GUI thread behind a progress dialog; Cancel drops the
    reading: no preview, no message, the project untouched."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

    window = open_window(demo_path)
    source = tmp_path / "gros-atelier.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Titre", "Priorité", "Description"])
        writer.writerows([f"Besoin {i}", "souhaité", "texte " * 20] for i in range(60_000))
    before = window.services.needs.count()
    dialog = ImportNeedsDialog(window.services, workspace, window.commander, window)
    qtbot.addWidget(dialog)
    pressed: list[bool] = []

    def press_cancel() -> None:
        found = [w for w in QApplication.topLevelWidgets() + window.findChildren(QProgressDialog)
                 if isinstance(w, QProgressDialog) and w.objectName() == "progressDialog"]
        if found:
            found[0].findChild(QPushButton).click()  # the dialog's Cancel button
            pressed.append(True)
        else:
            QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(20, press_cancel)
    warnings: list[str] = []
    original = QMessageBox.warning
    QMessageBox.warning = lambda *a, **k: warnings.append(str(a[2])) or QMessageBox.StandardButton.Ok  # type: ignore[method-assign]
    try:
        assert dialog.load(source) is False
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]
    assert pressed and warnings == []
    assert dialog.preview is None
    assert window.services.needs.count() == before

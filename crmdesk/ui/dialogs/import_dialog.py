"""File > Import needs: choose a file, check how its columns map to needs, read the report,
then import everything in one undoable step (a backup is taken first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import CrmdeskError
from crmdesk.i18n import translator
from crmdesk.services.container import ProjectServices
from crmdesk.services.exchange import NeedsImportPreview, apply_needs_import, preview_needs_import
from crmdesk.ui.tasks import WorkCancelled, run_with_progress
from crmdesk.services.workspace import Workspace
from crmdesk.ui.dialogs.exchange import interface_language
from crmdesk.ui.i18n import error_text
from crmdesk.ui.undo import Commander

def field_labels() -> dict[str, str]:
    return {
        "ref": QCoreApplication.translate("ImportDialog", "Ref"),
        "title": QCoreApplication.translate("ImportDialog", "Title"),
        "domain": QCoreApplication.translate("ImportDialog", "Domain"),
        "priority": QCoreApplication.translate("ImportDialog", "Priority"),
        "status": QCoreApplication.translate("ImportDialog", "Status"),
        "owner": QCoreApplication.translate("ImportDialog", "Owner"),
        "source_workshop": QCoreApplication.translate("ImportDialog", "Workshop"),
        "source_date": QCoreApplication.translate("ImportDialog", "Workshop date"),
        "description": QCoreApplication.translate("ImportDialog", "Description"),
        "rationale": QCoreApplication.translate("ImportDialog", "Rationale"),
        "acceptance_criteria": QCoreApplication.translate("ImportDialog", "Acceptance criteria"),
        "comments": QCoreApplication.translate("ImportDialog", "Comments"),
    }


class ImportNeedsDialog(QDialog):
    def __init__(self, services: ProjectServices, workspace: Workspace, commander: Commander,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import needs"))
        self._s = services
        self._ws = workspace
        self._cmd = commander
        self._translate = translator(interface_language())
        self.preview: NeedsImportPreview | None = None
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns of the file"))
        form = QFormLayout(mapping_box)
        for key, text in field_labels().items():
            combo = QComboBox()
            combo.setObjectName(f"map_{key}")
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.combos[key] = combo
            form.addRow(text, combo)
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.report, 1)
        body = QHBoxLayout()
        body.addWidget(mapping_box)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 600)
        self._loading = False

    def choose_file(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self.parentWidget(), self.tr("Import needs"), str(self._s.file.path.parent),
            self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        return bool(name) and self.load(Path(name))

    def load(self, path: Path) -> bool:
        """Read the file and show its preview; False (with a message) if it cannot be read."""
        try:
            preview = self._read(path, None)
        except WorkCancelled:
            return False
        except CrmdeskError as exc:
            QMessageBox.warning(self.parentWidget(), self.tr("Import needs"), error_text(exc))
            return False
        self._loading = True
        headers = preview.table.headers
        for key, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column {n}").replace("{n}", str(index + 1)), index)
            found = combo.findData(preview.mapping.get(key))
            combo.setCurrentIndex(found if key in preview.mapping and found >= 0 else 0)
        self._loading = False
        self.file_label.setText(self.tr("File: {path}").replace("{path}", str(path)))
        self._show(preview)
        return True

    def _read(self, path: Path, mapping: dict[str, int] | None) -> NeedsImportPreview:
        """Read the file off the GUI thread (a large file takes seconds), with Cancel."""
        return run_with_progress(self.parentWidget(), self.tr("Reading {name}…").replace("{name}", path.name),
                                 lambda _progress, _cancelled: preview_needs_import(
                                     self._s, path, mapping, translate=self._translate), read_only=True)

    def mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def _on_mapping_changed(self) -> None:
        if self._loading or self.preview is None:
            return
        try:
            preview = self._read(self.preview.file, self.mapping())
        except WorkCancelled:
            return
        except CrmdeskError as exc:
            self.summary.setText(error_text(exc))
            self.import_button.setEnabled(False)
            return
        self._show(preview)

    def _show(self, preview: NeedsImportPreview) -> None:
        self.preview = preview
        lines = preview.report_lines(self._translate)
        self.summary.setText(self.tr("{create} to create, {update} to update, {rejected} rejected")
                             .replace("{create}", str(preview.to_create))
                             .replace("{update}", str(preview.to_update))
                             .replace("{rejected}", str(len(preview.parsed.rejected))))
        self.report.setPlainText("\n".join(lines))
        self.import_button.setEnabled(bool(preview.rows))

    def apply(self) -> None:
        preview = self.preview
        if preview is None or not preview.rows:
            return
        try:
            self._ws.backup(self._s.file, "pre-import")
        except CrmdeskError as exc:
            QMessageBox.warning(self, self.tr("Import needs"), error_text(exc))
            return
        label = self.tr("Import {n} need(s) from {name}").replace("{n}", str(len(preview.rows))) \
            .replace("{name}", preview.file.name)
        result = self._cmd.run(label, lambda: apply_needs_import(self._s, preview))
        if result is None:
            return
        outcome, _changes = result
        self.parentWidget().statusBar().showMessage(  # type: ignore[union-attr]
            self.tr("Imported: {created} created, {updated} updated, {unchanged} unchanged")
            .replace("{created}", str(outcome.created)).replace("{updated}", str(outcome.updated))
            .replace("{unchanged}", str(outcome.unchanged)), 10000)
        self.accept()


"""File > Export to Excel: choose the file, write it off the GUI thread with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from crmdesk.domain.errors import CrmdeskError
from crmdesk.exchange.workbook import write_workbook
from crmdesk.i18n import translator
from crmdesk.services.container import ProjectServices
from crmdesk.services.exchange import project_sheets
from crmdesk.ui.i18n import error_text
from crmdesk.ui.tasks import run_with_progress


def interface_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def export_project_dialog(window: QMainWindow, services: ProjectServices) -> Path | None:
    project = services.project.get()
    suggested = services.file.path.with_name(f"{project.name} - export.xlsx")
    name, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("ExportDialog", "Export to Excel"), str(suggested),
                                          QCoreApplication.translate("ExportDialog", "Excel workbooks (*.xlsx)"))
    if not name:
        return None
    target = Path(name)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    return export_to(window, services, target)


def export_to(window: QMainWindow, services: ProjectServices, target: Path) -> Path | None:
    """Read and write on a worker thread behind the progress dialog (the window is blocked
    meanwhile, so nothing else uses the project's connection); Cancel stops either phase."""
    translate = translator(interface_language())

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        sheets = project_sheets(services, translate, cancelled)
        write_workbook(target, sheets, progress=progress, cancelled=cancelled)

    try:
        run_with_progress(window, QCoreApplication.translate("ExportDialog", "Exporting to {name}…")
                          .replace("{name}", target.name), work)
    except CrmdeskError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("ExportDialog", "Export to Excel"), error_text(exc))
        return None
    window.statusBar().showMessage(QCoreApplication.translate("ExportDialog", "Exported to {path}").replace("{path}", str(target)), 8000)
    return target

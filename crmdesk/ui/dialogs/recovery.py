"""A damaged project: say so, and offer the newest verified backup. The damaged file is kept
aside untouched (with its journal) so nothing is lost, whatever the user chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.domain.errors import CrmdeskError, DamagedProject
from crmdesk.services.workspace import Workspace
from crmdesk.ui.i18n import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def offer_backup(parent: QWidget | None, workspace: Workspace, path: Path,
                 error: DamagedProject):  # type: ignore[no-untyped-def]
    """Returns the project opened from its backup, or None if there is none or the user says no."""
    entry = workspace.newest_backup(path)
    title = QCoreApplication.translate("Recovery", "Damaged project")
    if entry is None:
        QMessageBox.warning(parent, title, error_text(error) + "\n\n" + QCoreApplication.translate(
            "Recovery", "There is no backup of it. The file was not changed."))
        return None
    question = QCoreApplication.translate(
        "Recovery", "Open the backup of {date} instead? The damaged file is kept aside, unchanged, "
        "beside the project.").replace("{date}", entry.taken_at.strftime("%Y-%m-%d %H:%M"))
    answer = QMessageBox.question(parent, title, error_text(error) + "\n\n" + question)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        return workspace.recover(path, entry)
    except CrmdeskError as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return None

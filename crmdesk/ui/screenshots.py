"""``crmdesk screenshots PROJECT DIR``: each tab of the main window rendered to a PNG,
offscreen (used for the README pictures and to look at the screens in review)."""

from __future__ import annotations

import os
from pathlib import Path

from crmdesk.services.workspace import Workspace
from crmdesk.domain.marks import QT_TRANSLATE_NOOP


def render_tabs(workspace: Workspace, project: Path, out_dir: Path, *, lang: str = "en",
                size: tuple[int, int] = (1400, 860)) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from crmdesk.domain.errors import ExportFailed
    from crmdesk.services.container import ProjectServices
    from crmdesk.settings import AppSettings
    from crmdesk.ui.i18n import install_translators
    from crmdesk.ui.main_window import TAB_KEYS, MainWindow

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be created: {reason}."), path=out_dir,
                           reason=exc.strerror or exc) from None
    app = QApplication.instance() or QApplication(["crmdesk"])
    translators = install_translators(app, lang)
    pf = workspace.open(project)
    window = MainWindow(workspace, AppSettings.load(workspace.paths.settings_file), ProjectServices.over(pf))
    written: list[Path] = []
    try:
        window.resize(*size)
        window.show()
        for index, key in enumerate(TAB_KEYS):
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            target = out_dir / f"{key}.png"
            if not window.grab().save(str(target)):
                raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "The picture {path} could not be written."), path=target)
            written.append(target)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        for translator in translators:
            app.removeTranslator(translator)
    return written

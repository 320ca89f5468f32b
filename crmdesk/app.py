"""The composition root of the desktop app: paths → settings → project → services → window.

Heavy libraries (matplotlib, openpyxl) are imported only when a feature needs them, so the
window shows fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

from crmdesk import heap
from crmdesk.domain.errors import CrmdeskError
from crmdesk.i18n import resolve_language
from crmdesk.paths import AppPaths, resource_path
from crmdesk.settings import AppSettings

# The other tabs are prepared this long after the window shows (the first paint done, the
# user reading): a later switch only shows them. See crmdesk/ui/warm_up.py.
WARM_UP_MS = 50


def choose_project(workspace, settings: AppSettings, requested: Path | None):  # type: ignore[no-untyped-def]
    """The project to open: the one asked for, else the last one, else the default project
    (made from the demo content the first time). Returns (ProjectFile, error or None)."""
    from crmdesk.services.demo import create_demo

    error: CrmdeskError | None = None
    candidates: list[Path] = []
    if requested is not None:
        candidates.append(requested)
    elif settings.last_project and Path(settings.last_project).exists():
        candidates.append(Path(settings.last_project))
    default = workspace.paths.default_project
    for path in candidates:
        try:
            return workspace.open(path), None
        except CrmdeskError as exc:
            error = exc
    if default.exists():
        try:
            return workspace.open(default), error
        except CrmdeskError as exc:
            if error is None:
                error = exc
            # The default project itself cannot be opened: start on a fresh demo beside it.
            default = default.with_name(default.stem + " (2)" + default.suffix)
            if default.exists():
                raise
    pf = create_demo(workspace, default)
    return pf, error


def show_window(window) -> None:  # type: ignore[no-untyped-def]
    """Show the main window; what start-up built, and then what the background preparation
    builds, is put out of the garbage collector's sight (see ``crmdesk.heap``)."""
    window.show()
    heap.settle()
    window.warm_up.finished.connect(heap.settle)


def main(argv: list[str] | None = None) -> int:
    heap.pause()  # start-up builds what lasts the whole session, not garbage
    try:
        return _run(list(sys.argv[1:] if argv is None else argv))
    finally:
        heap.resume()
        heap.thaw()


def _run(argv: list[str]) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from crmdesk.services.container import ProjectServices
    from crmdesk.services.workspace import Workspace
    from crmdesk.ui.i18n import error_text, install_translators
    from crmdesk.ui.main_window import MainWindow

    paths = AppPaths.for_user().ensure()
    settings = AppSettings.load(paths.settings_file)
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in argv if a.startswith("-")]])
    app.setApplicationName("crmdesk")
    app.setOrganizationName("crmdesk")
    icon = resource_path("icons", "crmdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    translators = install_translators(app, resolve_language(settings.language))

    def change_language(language: str) -> None:
        for translator in translators:
            app.removeTranslator(translator)
        translators[:] = install_translators(app, resolve_language(language))

    workspace = Workspace(paths)
    requested = next((Path(a) for a in argv if not a.startswith("-")), None)
    if requested is not None and not requested.exists() and requested.suffix.lower() != ".crmdesk":
        requested = requested.with_name(requested.name + ".crmdesk") if requested.with_name(
            requested.name + ".crmdesk").exists() else requested
    try:
        pf, error = choose_project(workspace, settings, requested)
    except CrmdeskError as exc:
        QMessageBox.critical(None, "crmdesk", error_text(exc))
        return 1
    from crmdesk.domain.errors import DamagedProject
    from crmdesk.ui.dialogs.recovery import offer_backup

    if isinstance(error, DamagedProject) and "path" in error.params:
        recovered = offer_backup(None, workspace, Path(str(error.params["path"])), error)
        if recovered is not None:
            workspace.close(pf)
            pf = recovered
    elif error is not None:
        QMessageBox.warning(None, "crmdesk", error_text(error))
    window = MainWindow(workspace, settings, ProjectServices.over(pf), on_language_change=change_language,
                        warm_up_ms=WARM_UP_MS)
    show_window(window)
    if "--self-test" in argv:  # start, show every tab, close cleanly: used to check a build
        from PySide6.QtCore import QTimer

        def visit_and_close() -> None:
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                app.processEvents()
            window.close()

        QTimer.singleShot(0, visit_and_close)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())

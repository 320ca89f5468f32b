"""The main window: menus, tabs, status bar, undo stack, and the open project's life cycle.
Menus and wiring only; each tab holds its own behaviour."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

import crmdesk
from crmdesk import heap
from crmdesk.domain.changes import Changes
from crmdesk.domain.errors import CrmdeskError, DamagedProject, ProjectLockedElsewhere
from crmdesk.paths import PROJECT_SUFFIX
from crmdesk.services.container import ProjectServices
from crmdesk.services.workspace import Workspace
from crmdesk.settings import AppSettings
from crmdesk.ui.events import AppEvents
from crmdesk.ui.i18n import error_text
from crmdesk.ui.ui_state import UiState
from crmdesk.ui.dialogs.recovery import offer_backup
from crmdesk.ui.undo import Commander, busy
from crmdesk.ui.warm_up import WarmUp

TAB_KEYS = ("project", "needs", "selection", "sprints", "acceptance")


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: AppSettings, services: ProjectServices,
                 *, on_language_change: Callable[[str], None] | None = None, warm_up_ms: int | None = None) -> None:
        """``warm_up_ms``: build the tabs not shown yet that long after each project opens (see
        ``warm_up``); None builds each one only when it is first shown."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.workspace = workspace
        self.settings = settings
        self.ui_state = UiState(workspace.paths.ui_state_file)
        self.events = AppEvents(self)
        self.undo_stack = QUndoStack(self)
        self._on_language_change = on_language_change
        self.services = services
        self.commander = Commander(self.undo_stack, services.history, self.events, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(self.tabs)
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.file_label)
        self._counts: dict[QWidget, str] = {}
        self._pages: dict[str, QWidget] = {}
        self._kept_tab = -1
        self._warm_up_ms = warm_up_ms
        self._page_classes: dict[str, type[QWidget]] = {}
        self.warm_up = WarmUp(TAB_KEYS, lambda key: key in self._pages, self._prepare, self)
        self.events.data_changed.connect(self._on_data_changed)
        self._build_menus()
        last_tab = self.ui_state.value("window/tab", "needs")
        self._kept_tab = TAB_KEYS.index(str(last_tab)) if last_tab in TAB_KEYS else TAB_KEYS.index("needs")
        self._install_tabs()
        if not self.ui_state.restore_window(self):
            self.resize(1400, 860)
        self._remember(services.file.path)
        self._warn_about_location()

    # ------------------------------------------------------------------ menus
    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None,
                name: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if name:
            act.setObjectName(name)
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.act_new_project = self._action(self.tr("&New project…"), self.new_project, "Ctrl+Shift+N", "actNewProject")
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open, "actOpen")
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_save_copy = self._action(self.tr("Save a &copy…"), self.save_copy, "Ctrl+Shift+S", "actSaveCopy")
        self.act_export = self._action(self.tr("&Export to Excel…"), self.export_excel, "Ctrl+E", "actExport")
        self.act_import = self._action(self.tr("&Import needs…"), self.import_needs, "Ctrl+I", "actImport")
        self.act_restore = self._action(self.tr("Restore from &backup…"), self.restore_backup, None, "actRestore")
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actQuit")
        file_menu.insertAction(self.recent_menu.menuAction(), self.act_new_project)
        file_menu.insertAction(self.recent_menu.menuAction(), self.act_open)
        for act in (self.act_save_copy, None, self.act_export, self.act_import, None, self.act_restore,
                    None, self.act_quit):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setObjectName("actUndo")
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.act_redo.setObjectName("actRedo")
        self.act_find = self._action(self.tr("&Find"), self.find, QKeySequence.StandardKey.Find, "actFind")
        self.act_new_need = self._action(self.tr("New &need…"), self.new_need, "Ctrl+N", "actNewNeed")
        self.act_catalogue = self._action(self.tr("Add needs from the &catalogue…"), self.add_from_catalogue,
                                          "Ctrl+Shift+K", "actCatalogue")
        self.act_prefs = self._action(self.tr("&Preferences…"), self.preferences, QKeySequence.StandardKey.Preferences,
                                      "actPreferences")
        for act in (self.act_undo, self.act_redo, None, self.act_find, None, self.act_new_need,
                    self.act_catalogue, None, self.act_prefs):
            edit_menu.addSeparator() if act is None else edit_menu.addAction(act)

        view_menu = bar.addMenu(self.tr("&View"))
        self.tab_actions: list[QAction] = []
        for i in range(len(TAB_KEYS)):
            act = self._action("", lambda i=i: self.tabs.setCurrentIndex(i), f"Ctrl+{i + 1}")
            self.tab_actions.append(act)
            view_menu.addAction(act)
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("&Larger text"), lambda: self._zoom(1), QKeySequence.StandardKey.ZoomIn))
        view_menu.addAction(self._action(self.tr("&Smaller text"), lambda: self._zoom(-1), QKeySequence.StandardKey.ZoomOut))
        view_menu.addAction(self._action(self.tr("&Normal text"), lambda: self._zoom(0), "Ctrl+0"))
        view_menu.addAction(self._action(self.tr("&Full screen"), self._toggle_full_screen,
                                         "F11"))

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&User guide"), self.user_guide, QKeySequence.StandardKey.HelpContents,
                                         "actGuide"))
        help_menu.addAction(self._action(self.tr("&About crmdesk"), self.about, None, "actAbout"))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_projects:
            act = self.recent_menu.addAction(path)
            act.triggered.connect(lambda _c=False, p=path: self.open_project(Path(p)))
        if not self.settings.recent_projects:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    # ------------------------------------------------------------------ tabs
    def _install_tabs(self) -> None:
        """Put a placeholder for each tab; a tab's page is built (its module imported, its data
        read) the first time it is shown or asked for, so a large project opens on one tab's
        work, not five."""
        current = self._teardown_tabs() if self.tabs.count() else self._kept_tab
        self._counts.clear()
        self._pages: dict[str, QWidget] = {}
        titles = (self.tr("Project"), self.tr("Needs"), self.tr("Selection"), self.tr("Sprints"),
                  self.tr("Acceptance"))
        self.tabs.blockSignals(True)
        for key, title in zip(TAB_KEYS, titles, strict=True):
            placeholder = QLabel(self.tr("Preparing this tab…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setEnabled(False)  # greyed: a passing state, not content
            placeholder.setObjectName(f"{key}Placeholder")
            self.tabs.addTab(placeholder, title)
        self.tabs.setCurrentIndex(max(current, 0))
        self.tabs.blockSignals(False)
        for i, act in enumerate(self.tab_actions):
            act.setText(self.tabs.tabText(i))
        self._on_tab_changed(self.tabs.currentIndex())
        self._update_title()
        if self._warm_up_ms is not None:
            self.warm_up.start(self._warm_up_ms)

    def _prepare(self, key: str) -> None:
        """One step of the background preparation: the page's modules first (for the Selection
        page, numpy with them), its page the next time, so neither step holds the user long."""
        if key in self._page_classes:
            self.page(key)
        else:
            self._page_class(key)

    def _page_class(self, key: str) -> type[QWidget]:
        cls = self._page_classes.get(key)
        if cls is None:
            cls = self._page_classes[key] = _import_page_class(key)
        return cls

    def _build_page(self, key: str) -> QWidget:
        cls = self._page_class(key)
        if key in ("selection", "acceptance"):
            return cls(self.services, self.commander, self.events, backup=self._backup_before_import)  # type: ignore[call-arg]
        return cls(self.services, self.commander, self.events)  # type: ignore[call-arg]

    def page(self, key: str) -> QWidget:
        """The tab's page, built and put in place of its placeholder if it was not yet."""
        built = self._pages.get(key)
        if built is not None:
            return built
        index = TAB_KEYS.index(key)
        placeholder = self.tabs.widget(index)
        title = self.tabs.tabText(index)
        shown = self.tabs.currentWidget()
        page = self._build_page(key)
        self._pages[key] = page
        self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, page, title)
            self.tabs.setCurrentWidget(page if shown is placeholder else shown)
            self.tabs.removeTab(index + 1)
        finally:
            self.tabs.blockSignals(False)
        placeholder.deleteLater()
        self.ui_state.restore_widgets(page)
        signal = getattr(page, "counts_changed", None)
        if signal is not None:
            signal.connect(lambda text, w=page: self._set_counts(w, text))
            # the page announced its counts while it was built, before anyone listened
            emit = getattr(page, "_emit_counts", None)
            emit() if emit is not None else page.reload()  # type: ignore[attr-defined]
        return page

    def built_pages(self) -> list[QWidget]:
        return [self._pages[k] for k in TAB_KEYS if k in self._pages]

    project_tab = property(lambda self: self.page("project"))
    needs_tab = property(lambda self: self.page("needs"))
    selection_tab = property(lambda self: self.page("selection"))
    sprints_tab = property(lambda self: self.page("sprints"))
    acceptance_tab = property(lambda self: self.page("acceptance"))

    def _teardown_tabs(self) -> int:
        """Remove the tabs while their project is still open (removing one shows the next, which
        would reload from the project). Returns the index of the tab that was current."""
        self.warm_up.stop()
        heap.thaw()  # the cycles among the pages going away can be collected again
        current = self.tabs.currentIndex()
        self._kept_tab = current
        self.ui_state.save_widgets(self)
        self.tabs.blockSignals(True)
        try:
            while self.tabs.count():
                widget = self.tabs.widget(0)
                widget.setUpdatesEnabled(False)
                self.tabs.removeTab(0)
                widget.hide()
                widget.setParent(None)  # type: ignore[call-overload]
                widget.deleteLater()
        finally:
            self.tabs.blockSignals(False)
        self._pages = {}
        return current

    def _set_counts(self, widget: QWidget, text: str) -> None:
        self._counts[widget] = text
        if self.tabs.currentWidget() is widget:
            self.counts_label.setText(text)

    def _on_tab_changed(self, index: int) -> None:
        if not 0 <= index < len(TAB_KEYS):
            return
        key = TAB_KEYS[index]
        if key not in self._pages and self.isVisible():
            # Clicked before the background preparation reached it: show the tab (its
            # placeholder says it is being prepared) and the wait cursor before the work.
            with busy():
                self.counts_label.clear()  # not the previous tab's counts meanwhile
                self.repaint()
                widget = self.page(key)
        else:
            widget = self.page(key)
        self.counts_label.setText(self._counts.get(widget, ""))

    def _on_data_changed(self, changes: Changes) -> None:
        self._update_title()

    def _update_title(self) -> None:
        try:
            name = self.services.project.get().name
        except CrmdeskError:
            name = self.services.file.path.stem
        self.setWindowTitle(f"{name} — crmdesk")
        self.file_label.setText(str(self.services.file.path))

    # ------------------------------------------------------------------ project files
    def _flush(self) -> None:
        for page in self.built_pages():
            flush = getattr(page, "flush_edits", None)
            if flush is not None:
                flush()

    def _backup_before_import(self) -> None:
        self.workspace.backup(self.services.file, "pre-import")

    def _switch_to(self, services: ProjectServices) -> None:
        self.services = services
        self.undo_stack.clear()
        # A new event channel: the old project's tabs (being deleted) hear nothing more.
        self.events = AppEvents(self)
        self.events.data_changed.connect(self._on_data_changed)
        self.commander = Commander(self.undo_stack, services.history, self.events, self)
        self._install_tabs()
        self._remember(services.file.path)
        self._warn_about_location()

    def _warn_about_location(self) -> None:
        """Once per project: a file on a network share or in a synced folder can be damaged
        by a sync client or opened from two machines."""
        location = str(getattr(self.services.file, "location", "local"))
        path = str(self.services.file.path)
        if location == "local" or path in self.settings.warned_locations:
            return
        self.settings.warned_locations.append(path)
        self.settings.save(self.workspace.paths.settings_file)
        where = self.tr("a network share") if location == "network" else self.tr("a synchronised folder")
        QMessageBox.warning(self, self.tr("crmdesk"), self.tr(
            "This project is on {where}. crmdesk keeps it safe on this computer, but a sync client or a "
            "second computer can still damage it: work on a copy on this computer when you can, and "
            "never open it from two computers at the same time.").replace("{where}", where))

    def _remember(self, path: Path) -> None:
        self.settings.remember(path)
        self.settings.save(self.workspace.paths.settings_file)

    def _show_error(self, exc: CrmdeskError) -> None:
        QMessageBox.warning(self, self.tr("crmdesk"), error_text(exc))

    def open_project(self, path: Path) -> bool:
        path = Path(path).absolute()
        if path == self.services.file.path:
            return True
        self._flush()
        try:
            pf = self.workspace.open(path)
        except ProjectLockedElsewhere as exc:
            answer = QMessageBox.question(self, self.tr("crmdesk"), error_text(exc) + "\n\n" + self.tr(
                "Open it anyway? Only do so if you are sure it is no longer open there (for example, "
                "that computer crashed)."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            try:
                pf = self.workspace.open(path, ignore_lock_file=True)
            except CrmdeskError as again:
                self._show_error(again)
                return False
        except DamagedProject as exc:
            pf = offer_backup(self, self.workspace, path, exc)
            if pf is None:
                return False
        except CrmdeskError as exc:
            self._show_error(exc)
            if not path.exists():
                self.settings.forget(path)
            return False
        self._teardown_tabs()
        self.workspace.close(self.services.file)
        self._switch_to(ProjectServices.over(pf))
        return True

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), str(self._folder()),
                                              self.tr("crmdesk projects (*{ext});;All files (*)")
                                              .replace("{ext}", PROJECT_SUFFIX))
        if name:
            self.open_project(Path(name))

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), str(self._folder()),
                                              self.tr("crmdesk projects (*{ext})").replace("{ext}", PROJECT_SUFFIX))
        if not name:
            return
        self._flush()
        path = Path(name)
        try:
            pf = self.workspace.create(path, path.stem)
        except CrmdeskError as exc:
            self._show_error(exc)
            return
        self._teardown_tabs()
        self.workspace.close(self.services.file)
        self._switch_to(ProjectServices.over(pf))

    def save_copy(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(self._folder()),
                                              self.tr("crmdesk projects (*{ext})").replace("{ext}", PROJECT_SUFFIX))
        if not name:
            return
        self._flush()
        try:
            dest = self.workspace.save_copy(self.services.file, Path(name))
        except CrmdeskError as exc:
            self._show_error(exc)
            return
        self.statusBar().showMessage(self.tr("Copy saved to {path}").replace("{path}", str(dest)), 6000)

    def restore_backup(self) -> None:
        from crmdesk.ui.dialogs.restore_dialog import RestoreDialog

        self._flush()
        dialog = RestoreDialog(self.workspace.list_backups(self.services.file), self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        entry = dialog.chosen()
        path = self.services.file.path
        self._teardown_tabs()
        try:
            pf = self.workspace.restore(self.services.file, entry)
        except CrmdeskError as exc:
            self._show_error(exc)
            if self.services.file.closed:
                self._switch_to(ProjectServices.over(self.workspace.open(path)))
            else:
                self._install_tabs()
            return
        self._switch_to(ProjectServices.over(pf))
        self.statusBar().showMessage(self.tr("Project restored from the backup of {date}")
                                     .replace("{date}", entry.taken_at.strftime("%Y-%m-%d %H:%M")), 8000)

    def _folder(self) -> Path:
        return self.services.file.path.parent

    # ------------------------------------------------------------------ exchange
    def export_excel(self) -> None:
        from crmdesk.ui.dialogs.exchange import export_project_dialog

        self._flush()
        export_project_dialog(self, self.services)

    def import_needs(self) -> None:
        from crmdesk.ui.dialogs.import_dialog import ImportNeedsDialog

        self._flush()
        dialog = ImportNeedsDialog(self.services, self.workspace, self.commander, self)
        if dialog.choose_file():
            dialog.exec()

    # ------------------------------------------------------------------ edit
    def find(self) -> None:
        widget = self.tabs.currentWidget()
        if not hasattr(widget, "focus_search"):
            self.tabs.setCurrentWidget(self.needs_tab)
            widget = self.needs_tab
        widget.focus_search()  # type: ignore[attr-defined]

    def new_need(self) -> None:
        self.tabs.setCurrentWidget(self.needs_tab)
        self.needs_tab.new_need()

    def add_from_catalogue(self) -> None:
        self.tabs.setCurrentWidget(self.needs_tab)
        self.needs_tab.add_from_catalogue()

    def preferences(self) -> None:
        from crmdesk.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings.language, self)
        if not dialog.exec():
            return
        language = dialog.chosen_language()
        if language == self.settings.language:
            return
        self.settings.language = language
        self.settings.save(self.workspace.paths.settings_file)
        if self._on_language_change is not None:
            self._on_language_change(language)
        self._build_menus()
        self._install_tabs()

    # ------------------------------------------------------------------ view / help
    def _zoom(self, step: int) -> None:
        app = QApplication.instance()
        font = app.font()  # type: ignore[union-attr]
        base = float(self.ui_state.value("view/base_point_size", font.pointSizeF()))  # type: ignore[arg-type]
        if self.ui_state.value("view/base_point_size") is None:
            self.ui_state.set_value("view/base_point_size", base)
        size = base if step == 0 else max(6.0, min(40.0, font.pointSizeF() + 2 * step))
        font.setPointSizeF(size)
        app.setFont(font)  # type: ignore[union-attr]

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def user_guide(self) -> None:
        from crmdesk.ui.dialogs.guide import GuideDialog

        GuideDialog(self).exec()

    def about(self) -> None:
        from PySide6 import __version__ as pyside_version

        QMessageBox.about(self, self.tr("About crmdesk"), self.tr(
            "<h3>crmdesk {version}</h3><p>The desktop companion of the pilot of a CRM project: needs, "
            "vendor selection, sprints and acceptance, in one local file.</p>"
            "<p>Project file: {path}</p><p>Qt for Python {qt}</p>")
            .replace("{version}", crmdesk.__version__).replace("{path}", str(self.services.file.path))
            .replace("{qt}", pyside_version))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.warm_up.stop()
        self._flush()
        self.ui_state.save_window(self)
        self.ui_state.set_value("window/tab", TAB_KEYS[max(self.tabs.currentIndex(), 0)])
        self.ui_state.save_widgets(self)
        try:
            self.workspace.close(self.services.file)
        except CrmdeskError as exc:
            self._show_error(exc)
        event.accept()


def _import_page_class(key: str) -> type[QWidget]:
    """The page class of a tab, its modules imported on first use (spelled out, so that the
    packaged build finds them)."""
    if key == "project":
        from crmdesk.ui.features.project.tab import ProjectTab

        return ProjectTab
    if key == "needs":
        from crmdesk.ui.features.needs.tab import NeedsTab

        return NeedsTab
    if key == "selection":
        from crmdesk.ui.features.selection.tab import SelectionTab

        return SelectionTab
    if key == "sprints":
        from crmdesk.ui.features.sprints.tab import SprintsTab

        return SprintsTab
    from crmdesk.ui.features.acceptance.tab import AcceptanceTab

    return AcceptanceTab


__all__ = ["MainWindow", "Qt"]

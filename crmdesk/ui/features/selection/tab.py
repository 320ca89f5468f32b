"""The Selection tab: the scoring matrix, the candidates and their costs, the criteria and their
weights, the evaluators, the vendors' answers and the results, one page each; the selection's
settings from the corner of the page bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.features.selection.answers_panel import AnswersPanel
from crmdesk.ui.features.selection.candidates_panel import CandidatesPanel
from crmdesk.ui.features.selection.common import LazyPanel, enum_label
from crmdesk.ui.features.selection.criteria_panel import CriteriaPanel
from crmdesk.ui.features.selection.evaluators_panel import EvaluatorsPanel
from crmdesk.ui.features.selection.matrix_view import MatrixPanel
from crmdesk.ui.features.selection.results_panel import ResultsPanel
from crmdesk.ui.undo import Commander

WORKSHOP_KEY = "F9"


class SelectionTab(QWidget):
    counts_changed = Signal(str)

    def __init__(self, services: ProjectServices, commander: Commander, events: AppEvents,
                 parent: QWidget | None = None, backup: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionTab")
        self._s = services
        self._cmd = commander
        self._matrix_counts = ""
        self.matrix = MatrixPanel(services, commander, events)
        self.candidates = CandidatesPanel(services, commander)
        self.criteria = CriteriaPanel(services, commander)
        self.evaluators = EvaluatorsPanel(services, commander)
        self.answers = AnswersPanel(services, commander, backup)
        self.results = ResultsPanel(services)
        self.panels: list[LazyPanel] = [self.candidates, self.criteria, self.evaluators, self.answers, self.results]
        self._build_ui()
        self.matrix.counts_changed.connect(self._on_matrix_counts)
        self._matrix_counts = self.matrix.counts_text()  # told while it was built, before we listened
        self.matrix.cell_selected.connect(lambda candidate_id, _criterion: self.answers.set_candidate(candidate_id))
        events.data_changed.connect(self._on_data_changed)
        self._show_settings()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.act_workshop = QAction(self.tr("Workshop mode"), self)
        self.act_workshop.setObjectName("actSelectionWorkshop")
        self.act_workshop.setShortcut(QKeySequence(WORKSHOP_KEY))
        self.act_workshop.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_workshop.triggered.connect(self.open_workshop)
        self.addAction(self.act_workshop)
        matrix_page = QWidget()
        matrix_page.setObjectName("selectionMatrixPage")
        page_layout = QVBoxLayout(matrix_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.workshop_button: QPushButton | None = None
        if getattr(self.matrix, "act_workshop", None) is None:  # the matrix shows no button of its own
            self.workshop_button = QPushButton(self.tr("Workshop mode ({key})").replace("{key}", WORKSHOP_KEY))
            self.workshop_button.setObjectName("workshopButton")
            self.workshop_button.setToolTip(self.tr("Show the matrix full screen, in large type, to score "
                                                    "together in a meeting room"))
            self.workshop_button.clicked.connect(self.open_workshop)
            bar = QHBoxLayout()
            bar.setContentsMargins(6, 6, 6, 0)
            bar.addStretch(1)
            bar.addWidget(self.workshop_button)
            page_layout.addLayout(bar)
        page_layout.addWidget(self.matrix, 1)

        self.pages = QTabWidget()
        self.pages.setObjectName("selectionPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(matrix_page, self.tr("&Matrix"))
        self.pages.addTab(self.candidates, self.tr("&Candidates"))
        self.pages.addTab(self.criteria, self.tr("C&riteria"))
        self.pages.addTab(self.evaluators, self.tr("Evalua&tors"))
        self.pages.addTab(self.answers, self.tr("&Answers"))
        self.pages.addTab(self.results, self.tr("Re&sults"))
        self.pages.currentChanged.connect(lambda _i: self._emit_counts())

        self.settings_summary = QLabel()
        self.settings_summary.setObjectName("selectionSettingsSummary")
        self.settings_summary.setStyleSheet("color: #555555;")
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setObjectName("selectionSettingsButton")
        self.settings_button.setToolTip(self.tr("Users and horizon of the TCO, mean or median, score labels, "
                                                "scores proposed by the vendors' answers"))
        self.settings_button.clicked.connect(self.open_settings)
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 2, 6, 2)
        corner_layout.addWidget(self.settings_summary)
        corner_layout.addWidget(self.settings_button)
        self.pages.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # ------------------------------------------------------------------ public API
    def reload(self) -> None:
        self.matrix.reload()
        for panel in self.panels:
            panel.refresh()
        self._show_settings()
        self._emit_counts()

    def focus_search(self) -> None:
        self.pages.setCurrentIndex(0)
        self.matrix.focus_search()

    def flush_edits(self) -> None:
        for panel in self.panels:
            panel.flush_edits()
        flush = getattr(self.matrix, "flush_edits", None)
        if callable(flush):
            flush()

    def open_workshop(self) -> None:
        self.flush_edits()
        self.matrix.open_workshop()

    def show_page(self, widget: QWidget) -> None:
        self.pages.setCurrentWidget(widget if widget is not self.matrix else self.pages.widget(0))

    def open_settings(self) -> None:
        from crmdesk.ui.features.selection.settings_dialog import (
            SelectionSettingsDialog,
        )

        dialog = SelectionSettingsDialog(self._s.selection.settings(), self)
        if not dialog.exec():
            return
        values = dialog.changed_values()
        if values:
            self._cmd.run(self.tr("Change the selection settings"), lambda: self._s.selection.update_settings(values))

    # ------------------------------------------------------------------ events
    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(EntityKind.SELECTION_SETTINGS):
            self._show_settings()
        for panel in self.panels:
            panel.on_changes(changes)
        self._emit_counts()

    def _on_matrix_counts(self, text: str) -> None:
        self._matrix_counts = text
        if self.pages.currentIndex() == 0:
            self.counts_changed.emit(text)

    def _emit_counts(self) -> None:
        index = self.pages.currentIndex()
        if index == 0:
            self.counts_changed.emit(self._matrix_counts)
            return
        panel = self.pages.currentWidget()
        if isinstance(panel, LazyPanel):
            self.counts_changed.emit(panel.counts_text())

    def _show_settings(self) -> None:
        settings = self._s.selection.settings()
        self.settings_summary.setText(
            self.tr("{users} users · {years} years · {aggregate}").replace("{users}", str(settings.user_count))
            .replace("{years}", str(settings.horizon_years)).replace("{aggregate}", enum_label(settings.aggregate)))

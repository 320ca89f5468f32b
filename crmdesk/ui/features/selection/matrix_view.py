"""The scoring matrix (criteria × candidates) and the door to workshop mode.

Criteria are rows under their group's row (folded by a click or Space), candidates columns,
the weighted total and the rank underneath; the criteria and the candidates stay in view while
the cells scroll. With an evaluator chosen, the cells show and edit that evaluator's marks from
the keyboard: 0-5 set, Delete clears, Tab goes to the next evaluator, Enter opens the score
and its comment. C sets a consensus (with its reason). Every write is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.selection import Aggregate, CandidateRead, CriterionKind, CriterionRead, EvaluatorRead
from crmdesk.domain.selection_matrix import SelectionMatrix
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.features.selection.matrix_common import SCALE_STOPS, mark_text, score_labels
from crmdesk.ui.features.selection.matrix_dialogs import ConsensusDialog, ScoreDialog
from crmdesk.ui.features.selection.matrix_model import CRITERION_ROW, GROUP_ROW, MatrixModel
from crmdesk.ui.features.selection.matrix_totals import TotalsModel
from crmdesk.ui.features.selection.matrix_table import FollowingScrollBar, MatrixTable, TotalsView
from crmdesk.ui.undo import Commander

ALL = -1
WATCHED = (EntityKind.SCORE, EntityKind.CRITERION, EntityKind.CANDIDATE, EntityKind.EVALUATOR,
           EntityKind.SELECTION_SETTINGS, EntityKind.ANSWER, EntityKind.NEED)
HINT_STYLE = "color: #3A4A5E;"
WARN_STYLE = "color: #7A3E00; background: #FFF1D6; border-radius: 3px; padding: 1px 6px;"


class MatrixPanel(QWidget):
    """objectName "selectionMatrix". Listens to ``events.data_changed`` itself."""

    cell_selected = Signal(int, int)  # candidate id, criterion id (the results/detail may follow it)
    counts_changed = Signal(str)  # a status-bar text, e.g. "25 criteria · 5 candidates · 3 disagreements"

    def __init__(self, services: ProjectServices, commander: Commander, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionMatrix")
        self._s = services
        self._cmd = commander
        self._events = events
        self.matrix: SelectionMatrix | None = None
        self._workshop: QWidget | None = None
        self.model = MatrixModel(self)
        self.totals_model = TotalsModel(self)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self._show_mode_hint)
        self._build_ui()
        events.data_changed.connect(self._on_data_changed)
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("matrixSearch")
        self.search.setPlaceholderText(self.tr("Filter criteria (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._text_filter)
        self.search.returnPressed.connect(lambda: self.table.setFocus())

        self.group_filter = QComboBox()
        self.group_filter.setObjectName("matrixGroupFilter")
        self.group_filter.setToolTip(self.tr("Show one group of criteria"))
        self.group_filter.currentIndexChanged.connect(self._group_filter_changed)

        self.evaluator_combo = QComboBox()
        self.evaluator_combo.setObjectName("matrixEvaluator")
        self.evaluator_combo.setToolTip(self.tr("Show and enter the scores of one evaluator (Tab: the next one)"))
        self.evaluator_combo.currentIndexChanged.connect(self._evaluator_changed)

        self.aggregate_combo = QComboBox()
        self.aggregate_combo.setObjectName("matrixAggregate")
        self.aggregate_combo.setToolTip(self.tr("How the evaluators' scores combine into the value of a cell"))
        self.aggregate_combo.addItem(self.tr("Mean"), Aggregate.MEAN.value)
        self.aggregate_combo.addItem(self.tr("Median"), Aggregate.MEDIAN.value)
        self.aggregate_combo.activated.connect(self._aggregate_chosen)

        self.act_collapse = QAction(self.tr("Fold all"), self)
        self.act_collapse.setToolTip(self.tr("Show the groups only"))
        self.act_collapse.triggered.connect(self.collapse_all)
        self.act_expand = QAction(self.tr("Unfold all"), self)
        self.act_expand.setToolTip(self.tr("Show every criterion"))
        self.act_expand.triggered.connect(self.expand_all)
        self.act_workshop = QAction(self.tr("Workshop mode"), self)
        self.act_workshop.setObjectName("actWorkshop")
        self.act_workshop.setToolTip(self.tr("Score together on the projector, one criterion at a time, full screen"))
        self.act_workshop.triggered.connect(self.open_workshop)
        self.act_score = QAction(self.tr("Score and comment…"), self)
        self.act_score.setShortcutVisibleInContextMenu(True)
        self.act_score.triggered.connect(self.edit_current)
        self.act_consensus = QAction(self.tr("Set consensus…"), self)
        self.act_consensus.triggered.connect(self.set_consensus)
        self.act_clear_consensus = QAction(self.tr("Clear consensus"), self)
        self.act_clear_consensus.triggered.connect(self.clear_consensus)

        for combo, chars in ((self.group_filter, 6), (self.evaluator_combo, 6), (self.aggregate_combo, 4)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.search.setMinimumWidth(100)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.group_filter, 2)
        bar.addWidget(QLabel(self.tr("Scores of")))
        bar.addWidget(self.evaluator_combo, 2)
        bar.addWidget(self.aggregate_combo, 1)
        for act in (self.act_collapse, self.act_expand, self.act_workshop):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setObjectName(f"button_{act.objectName() or act.text()}")
            bar.addWidget(button)

        self.hint = QLabel()
        self.hint.setObjectName("matrixHint")
        self.hint.setWordWrap(True)

        self.table = MatrixTable(self)
        self.table.setModel(self.model)
        self.table.score_key.connect(self.score_current)
        self.table.clear_key.connect(self.clear_current)
        self.table.edit_key.connect(self.edit_current)
        self.table.consensus_key.connect(self.set_consensus)
        self.table.fold_key.connect(self._fold_current)
        self.table.evaluator_step.connect(self.step_evaluator)
        self.table.refused_key.connect(self._flash)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        header = self.table.verticalHeader()
        header.group_clicked.connect(self._group_clicked)  # type: ignore[attr-defined]
        header.row_clicked.connect(self._row_clicked)  # type: ignore[attr-defined]
        self.table.selectionModel().currentChanged.connect(self._current_changed)

        self.empty = QLabel(self.table.viewport())
        self.empty.setObjectName("matrixEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5A6675; padding: 24px;")
        self.table.viewport().installEventFilter(self)

        self.totals = TotalsView(self.table, self)
        self.totals.setModel(self.totals_model)
        self.scroll = FollowingScrollBar(self.table, self)

        grid = QVBoxLayout()
        grid.setSpacing(0)
        grid.addWidget(self.table, 1)
        grid.addWidget(self.totals)
        grid.addWidget(self.scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.hint)
        layout.addLayout(grid, 1)
        self.legend = self._legend()
        layout.addWidget(self.legend)

    def _legend(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("matrixLegend")
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self._legend_chips: list[QLabel] = []
        for colour in SCALE_STOPS:
            chip = QLabel()
            chip.setStyleSheet(f"background: {colour}; color: #1A1A1A; padding: 2px 8px; border-radius: 3px;")
            row.addWidget(chip)
            self._legend_chips.append(chip)
        row.addSpacing(12)
        signs = QLabel(self.tr("⚠ evaluators disagree · ✓ consensus · ✎ comment · ✖ knock-out · "
                               "greyed: out of the ranking"))
        signs.setStyleSheet("color: #505A66;")
        signs.setWordWrap(True)
        signs.setMinimumWidth(120)
        row.addWidget(signs, 1)
        return frame

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Re-read the matrix from the service."""
        where = self._current_ids()
        matrix = self._s.selection.matrix()
        ranking = matrix.ranking()
        self.matrix = matrix
        self._fill_group_filter(matrix)
        self._fill_evaluators(matrix)
        self.aggregate_combo.blockSignals(True)
        self.aggregate_combo.setCurrentIndex(max(self.aggregate_combo.findData(matrix.settings.aggregate.value), 0))
        self.aggregate_combo.blockSignals(False)
        labels = score_labels(matrix.settings)
        for value, chip in enumerate(self._legend_chips):
            chip.setText(f"{value} {labels[value]}")
        self.model.set_matrix(matrix, ranking)
        self.totals_model.set_ranking(matrix.candidates, ranking)
        self.totals.fit()
        self._restore(where)
        self._show_mode_hint()
        self._show_empty()
        self.counts_changed.emit(self.counts_text())

    def _show_empty(self) -> None:
        """A sentence in the empty matrix: what to add, or that the filter hides everything."""
        if self.matrix is None or (self.model.rowCount() and self.model.columnCount()):
            self.empty.hide()
            return
        if not self.matrix.criteria or not self.matrix.candidates:
            text = self.tr("No matrix yet: add candidates on the Candidates page and criteria on the Criteria page "
                           "(evaluators on the Evaluators page to score them).")
        else:
            text = self.tr("No criterion matches the filter.")
        self.empty.setText(text)
        self.empty.resize(self.table.viewport().size())
        self.empty.show()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.empty.resize(self.table.viewport().size())
        return super().eventFilter(watched, event)

    def counts_text(self) -> str:
        if self.matrix is None:
            return ""
        return (self.tr("{criteria} criteria · {candidates} candidates · {disagreements} disagreements")
                .replace("{criteria}", str(len(self.matrix.criteria)))
                .replace("{candidates}", str(len(self.matrix.candidates)))
                .replace("{disagreements}", str(self.matrix.disagreement_count())))

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED):
            self.reload()

    def _fill_group_filter(self, matrix: SelectionMatrix) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), ALL)
        for group in matrix.groups:
            self.group_filter.addItem(group.name, group.id)
        found = self.group_filter.findData(current) if current is not None else 0
        self.group_filter.setCurrentIndex(max(found, 0))
        self.group_filter.blockSignals(False)
        self.model.set_group_filter(None if self.group_filter.currentData() == ALL
                                    else int(self.group_filter.currentData()))

    def _fill_evaluators(self, matrix: SelectionMatrix) -> None:
        current = self.evaluator_combo.currentData()
        self.evaluator_combo.blockSignals(True)
        self.evaluator_combo.clear()
        every = self.tr("All evaluators (median)") if matrix.settings.aggregate is Aggregate.MEDIAN \
            else self.tr("All evaluators (mean)")
        self.evaluator_combo.addItem(every, ALL)
        for ev in matrix.evaluators:
            self.evaluator_combo.addItem(ev.name, ev.id)
        found = self.evaluator_combo.findData(current) if current is not None else 0
        self.evaluator_combo.setCurrentIndex(max(found, 0))
        self.evaluator_combo.blockSignals(False)
        self.model.set_evaluator(self._evaluator_index())

    # ------------------------------------------------------------------ current cell
    def _current_ids(self) -> tuple[int, int | None, int | None]:
        """(kind, criterion or group id, candidate id) of the current cell."""
        index = self.table.currentIndex()
        if not index.isValid():
            return (-1, None, None)
        cand = self.model.candidate(index.column())
        crit = self.model.criterion(index.row())
        if crit is not None:
            return (CRITERION_ROW, crit.id, cand.id if cand else None)
        group = self.model.group(index.row())
        return (GROUP_ROW, group.id if group else None, cand.id if cand else None)

    def _restore(self, where: tuple[int, int | None, int | None]) -> None:
        kind, key, cand_id = where
        if key is None:
            return
        row = self.model.row_of_criterion(key) if kind == CRITERION_ROW else self.model.row_of_group(key)
        col = self.model.column_of_candidate(cand_id) if cand_id is not None else 0
        if row < 0:
            return
        self.go_to(row, max(col, 0))

    def go_to(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        if not index.isValid():
            return
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.table.scrollTo(index)

    def select_cell(self, candidate_id: int, criterion_id: int) -> bool:
        """Make this cell current (unfolding its group); False when it is filtered out."""
        crit = next((k for k in (self.matrix.criteria if self.matrix else ()) if k.id == criterion_id), None)
        if crit is not None and crit.group_id in self.model.collapsed:
            self.model.set_collapsed(self.model.collapsed - {crit.group_id})
        row, col = self.model.row_of_criterion(criterion_id), self.model.column_of_candidate(candidate_id)
        if row < 0 or col < 0:
            return False
        self.go_to(row, col)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        header = self.table.verticalHeader()
        header.current_row = current.row() if current.isValid() else -1  # type: ignore[attr-defined]
        header.viewport().update()
        cand, crit = self._current_cell()
        if cand is not None and crit is not None:
            self.cell_selected.emit(cand.id, crit.id)

    def _current_cell(self) -> tuple[CandidateRead | None, CriterionRead | None]:
        index = self.table.currentIndex()
        if not index.isValid():
            return None, None
        return self.model.candidate(index.column()), self.model.criterion(index.row())

    # ------------------------------------------------------------------ evaluators
    def _evaluator_index(self) -> int | None:
        data = self.evaluator_combo.currentData()
        if data in (None, ALL) or self.matrix is None:
            return None
        return next((i for i, ev in enumerate(self.matrix.evaluators) if ev.id == data), None)

    def current_evaluator(self) -> EvaluatorRead | None:
        index = self._evaluator_index()
        return self.matrix.evaluators[index] if index is not None and self.matrix is not None else None

    def set_evaluator(self, evaluator_id: int | None) -> None:
        """Show and edit one evaluator's scores; None: all of them combined."""
        found = self.evaluator_combo.findData(ALL if evaluator_id is None else evaluator_id)
        if found >= 0:
            self.evaluator_combo.setCurrentIndex(found)

    def step_evaluator(self, step: int) -> None:
        """Tab / Shift+Tab: the next or previous evaluator, cycling; from "all", the first/last."""
        if self.matrix is None or not self.matrix.evaluators:
            self._flash(self.tr("Add evaluators first (in the criteria and evaluators view)."))
            return
        count = len(self.matrix.evaluators)
        index = self._evaluator_index()
        index = (0 if step > 0 else count - 1) if index is None else (index + step) % count
        self.set_evaluator(self.matrix.evaluators[index].id)

    def _evaluator_changed(self, _index: int) -> None:
        self.model.set_evaluator(self._evaluator_index())
        self._show_mode_hint()

    # ------------------------------------------------------------------ hints
    def _show_mode_hint(self) -> None:
        self._hint_timer.stop()
        self.hint.setStyleSheet(HINT_STYLE)
        ev = self.current_evaluator()
        if ev is None:
            self.hint.setText(self.tr("Cells show the combined value. To score from the keyboard, choose an "
                                      "evaluator above or press Tab; C sets a consensus; right click for more."))
        else:
            self.hint.setText(self.tr("Scoring as {name}: 0–5 sets the score · Delete clears · Tab: next evaluator "
                                      "· Enter: score and comment · C: consensus · arrows move")
                              .replace("{name}", ev.name))

    def _flash(self, text: str) -> None:
        self.hint.setStyleSheet(WARN_STYLE)
        self.hint.setText(text)
        self._hint_timer.start(5000)

    # ------------------------------------------------------------------ filters and folding
    def _text_filter(self, text: str) -> None:
        where = self._current_ids()
        self.model.set_text_filter(text)
        self._restore(where)
        self._show_empty()

    def _group_filter_changed(self, _index: int) -> None:
        data = self.group_filter.currentData()
        where = self._current_ids()
        self.model.set_group_filter(None if data in (None, ALL) else int(data))
        self._restore(where)
        self._show_empty()

    def set_group_filter(self, group_id: int | None) -> None:
        found = self.group_filter.findData(ALL if group_id is None else group_id)
        if found >= 0:
            self.group_filter.setCurrentIndex(found)

    def collapse_all(self) -> None:
        if self.matrix is None:
            return
        where = self._current_ids()
        self.model.set_collapsed({g.id for g in self.matrix.groups})
        if where[0] == CRITERION_ROW and where[1] is not None:
            crit = next(k for k in self.matrix.criteria if k.id == where[1])
            self._restore((GROUP_ROW, crit.group_id, where[2]))
        else:
            self._restore(where)

    def expand_all(self) -> None:
        where = self._current_ids()
        self.model.set_collapsed(set())
        self._restore(where)

    def _group_clicked(self, row: int) -> None:
        group = self.model.group(row)
        if group is None:
            return
        col = max(self.table.currentIndex().column(), 0)
        self.model.toggle_group(group.id)
        self.go_to(self.model.row_of_group(group.id), col)
        self.table.setFocus()

    def _row_clicked(self, row: int) -> None:
        self.go_to(row, max(self.table.currentIndex().column(), 0))
        self.table.setFocus()

    def _fold_current(self) -> None:
        index = self.table.currentIndex()
        group = self.model.group_of_row(index.row()) if index.isValid() else None
        if group is None:
            return
        self.model.toggle_group(group.id)
        self.go_to(self.model.row_of_group(group.id), max(index.column(), 0))

    def focus_search(self) -> None:
        """Ctrl+F: focus the criteria filter."""
        self.search.setFocus()
        self.search.selectAll()

    # ------------------------------------------------------------------ scoring
    def _scorable(self) -> tuple[CandidateRead, CriterionRead] | None:
        cand, crit = self._current_cell()
        if cand is None or crit is None:
            self._flash(self.tr("Move to a criterion's cell to score it (group rows show the group's score)."))
            return None
        if crit.kind is CriterionKind.COST:
            self._flash(self.tr("The cost criterion is computed from the TCO; it is not scored by hand."))
            return None
        return cand, crit

    def _existing(self, cand: CandidateRead, crit: CriterionRead, evaluator_id: int) -> tuple[float, str] | None:
        return self.model.own_score(evaluator_id, cand.id, crit.id)

    def score_current(self, value: int) -> None:
        """A digit: the chosen evaluator's score of the current cell (one undo step)."""
        target = self._scorable()
        if target is None:
            return
        ev = self.current_evaluator()
        if ev is None:
            self._flash(self.tr("Whose score is it? Choose an evaluator above, or press Tab, then type the "
                                "score again."))
            return
        cand, crit = target
        old = self._existing(cand, crit, ev.id)
        comment = old[1] if old else ""
        self._cmd.run(self.tr("Score {candidate} on {criterion}").replace("{candidate}", cand.name)
                      .replace("{criterion}", crit.label),
                      lambda: self._s.selection.set_score(cand.id, crit.id, ev.id, float(value), comment))

    def clear_current(self) -> None:
        target = self._scorable()
        if target is None:
            return
        ev = self.current_evaluator()
        if ev is None:
            self._flash(self.tr("Choose an evaluator above (or press Tab) to clear their score."))
            return
        cand, crit = target
        if self._existing(cand, crit, ev.id) is None:
            return
        self._cmd.run(self.tr("Clear the score of {candidate} on {criterion}").replace("{candidate}", cand.name)
                      .replace("{criterion}", crit.label),
                      lambda: self._s.selection.set_score(cand.id, crit.id, ev.id, None))

    def edit_current(self) -> None:
        """Enter / F2: the score and comment of the chosen evaluator (or of any, from "all");
        on a group's row, fold or unfold it."""
        index = self.table.currentIndex()
        if index.isValid() and self.model.row_kind(index.row()) == GROUP_ROW:
            self._fold_current()
            return
        target = self._scorable()
        if target is None or self.matrix is None:
            return
        if not self.matrix.evaluators:
            self._flash(self.tr("Add evaluators first (in the criteria and evaluators view)."))
            return
        cand, crit = target
        ev = self.current_evaluator()
        dialog = ScoreDialog(cand.name, crit.label, self.matrix.evaluators,
                             self.matrix.scores_of(cand.id, crit.id), ev.id if ev else None,
                             score_labels(self.matrix.settings), self)
        if not dialog.exec():
            return
        evaluator_id, value, comment = dialog.chosen()
        old = self._existing(cand, crit, evaluator_id)
        if (old is None and value is None) or (old is not None and (value, comment) == old):
            return
        self._cmd.run(self.tr("Score {candidate} on {criterion}").replace("{candidate}", cand.name)
                      .replace("{criterion}", crit.label),
                      lambda: self._s.selection.set_score(cand.id, crit.id, evaluator_id, value, comment))
        self.table.setFocus()

    def set_consensus(self) -> None:
        """C: the score the group agreed on for the current cell, with its reason."""
        target = self._scorable()
        if target is None or self.matrix is None:
            return
        cand, crit = target
        cell = self.matrix.cell(cand.id, crit.id)
        middle = cell.median if self.matrix.settings.aggregate is Aggregate.MEDIAN else cell.mean
        start = cell.consensus.value if cell.consensus else (round(middle * 2) / 2 if middle is not None else 3.0)
        dialog = ConsensusDialog(cand.name, crit.label, opinions_summary(self.matrix, cand.id, crit.id),
                                 start, cell.consensus.reason if cell.consensus else "",
                                 score_labels(self.matrix.settings), self)
        if not dialog.exec():
            return
        value, reason = dialog.chosen()
        self._cmd.run(self.tr("Consensus on {candidate} for {criterion}").replace("{candidate}", cand.name)
                      .replace("{criterion}", crit.label),
                      lambda: self._s.selection.set_consensus(cand.id, crit.id, value, reason))
        self.table.setFocus()

    def clear_consensus(self) -> None:
        target = self._scorable()
        if target is None or self.matrix is None:
            return
        cand, crit = target
        if (cand.id, crit.id) not in self.matrix.consensus:
            return
        self._cmd.run(self.tr("Clear the consensus on {candidate} for {criterion}")
                      .replace("{candidate}", cand.name).replace("{criterion}", crit.label),
                      lambda: self._s.selection.clear_consensus(cand.id, crit.id))

    def _aggregate_chosen(self, _index: int) -> None:
        wanted = self.aggregate_combo.currentData()
        if self.matrix is None or wanted == self.matrix.settings.aggregate.value:
            return
        label = self.tr("Use the median of the scores") if wanted == Aggregate.MEDIAN.value \
            else self.tr("Use the mean of the scores")
        self._cmd.run(label, lambda: self._s.selection.update_settings({"aggregate": wanted}))

    def _menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        index = self.table.indexAt(pos)
        if index.isValid():
            self.go_to(index.row(), index.column())
        cand, crit = self._current_cell()
        cell_ok = cand is not None and crit is not None and crit.kind is not CriterionKind.COST
        menu = QMenu(self)
        self.act_score.setText(self.tr("Score and comment…\tEnter"))
        self.act_consensus.setText(self.tr("Set consensus…\tC"))
        self.act_score.setEnabled(cell_ok)
        self.act_consensus.setEnabled(cell_ok)
        has_consensus = bool(cell_ok and self.matrix is not None and cand is not None and crit is not None
                             and (cand.id, crit.id) in self.matrix.consensus)
        self.act_clear_consensus.setEnabled(has_consensus)
        menu.addAction(self.act_score)
        menu.addAction(self.act_consensus)
        menu.addAction(self.act_clear_consensus)
        menu.addSeparator()
        fold = menu.addAction(self.tr("Fold or unfold this group\tSpace"))
        fold.triggered.connect(self._fold_current)
        menu.addAction(self.act_collapse)
        menu.addAction(self.act_expand)
        menu.addSeparator()
        menu.addAction(self.act_workshop)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()  # built for this click: not kept by its widget for ever

    # ------------------------------------------------------------------ workshop
    def open_workshop(self) -> None:
        """Open workshop (projector) mode full screen."""
        from crmdesk.ui.features.selection.workshop import WorkshopWindow

        if self._workshop is not None and self._workshop.isVisible():
            self._workshop.raise_()
            self._workshop.activateWindow()
            return
        crits = [k.id for k in self.model.visible_criteria() if k.kind is CriterionKind.SCORED]
        if not crits and self.matrix is not None:
            crits = [k.id for k in self.matrix.criteria if k.kind is CriterionKind.SCORED]
        _cand, current = self._current_cell()
        ev = self.current_evaluator()
        window = WorkshopWindow(self._s, self._cmd, self._events, crits,
                                start=current.id if current is not None else None,
                                evaluator_id=ev.id if ev is not None else None, parent=self)
        self._workshop = window
        window.destroyed.connect(lambda _o=None: setattr(self, "_workshop", None))
        window.showFullScreen()
        window.activateWindow()

    @property
    def workshop(self) -> QWidget | None:
        return self._workshop


def opinions_summary(matrix: SelectionMatrix, candidate_id: int, criterion_id: int) -> str:
    """"Claire Dumoulin 2 · Julien Perrin 5 · Sandrine Lefort 3 — mean 3.3": what the group agrees on."""
    cell = matrix.cell(candidate_id, criterion_id)
    given = {s.evaluator_id: s.value for s in cell.scores}
    parts = [f"{ev.name} {mark_text(given[ev.id])}" for ev in matrix.evaluators if ev.id in given]
    if cell.proposal is not None:
        parts.append(QCoreApplication.translate("MatrixPanel", "vendor's answer {value}")
                     .replace("{value}", mark_text(cell.proposal)))
    if not parts:
        return QCoreApplication.translate("MatrixPanel", "Nobody scored this cell yet.")
    median = matrix.settings.aggregate is Aggregate.MEDIAN
    middle = cell.median if median else cell.mean
    how = QCoreApplication.translate("MatrixPanel", "median") if median \
        else QCoreApplication.translate("MatrixPanel", "mean")
    return " · ".join(parts) + f" — {how} {mark_text(middle)}"

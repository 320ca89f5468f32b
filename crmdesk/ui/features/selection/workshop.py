"""Workshop mode: scoring together in front of a projector, one criterion at a time.

Full screen, large type, keyboard only: each evaluator's score is entered in turn (a key 0-5
scores the current candidate and moves down; after the last candidate the next evaluator
takes over), B switches blind entry (the others' scores and the value stay hidden until R
reveals them, then disagreements light up), C sets a consensus with its reason, ←/→ change the
criterion, Esc leaves. Every score is one undo step (Ctrl+Z works here too), and the ranking
chart beside the table is rebuilt after each change.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QFont, QFontMetricsF, QKeyEvent, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.selection import Aggregate, CriterionKind, CriterionRead
from crmdesk.domain.selection_matrix import SelectionMatrix
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.features.selection.matrix_common import SCALE_STOPS, mark_text, percent, score_labels
from crmdesk.ui.features.selection.matrix_dialogs import ConsensusDialog
from crmdesk.ui.features.selection.workshop_model import WorkshopModel, WorkshopRole
from crmdesk.ui.undo import Commander
from crmdesk.ui.widgets.chart_canvas import ChartCanvas

WATCHED = (EntityKind.SCORE, EntityKind.CRITERION, EntityKind.CANDIDATE, EntityKind.EVALUATOR,
           EntityKind.SELECTION_SETTINGS, EntityKind.ANSWER, EntityKind.NEED)
BASE_PT = 20
ROW_HEIGHT = 62
CHART_SCALE = 1.7  # the chart's texts, for the back of the room
STYLE = """
QWidget#workshop { background: #FFFFFF; color: #111111; }
QLabel#workshopGroup { color: #3A4A5E; }
QLabel#workshopTitle { color: #0B1A33; }
QLabel#workshopDetails { color: #222222; }
QFrame#workshopNeed { background: #F2F5FA; border-left: 6px solid #1E4E9A; }
QLabel#workshopTurn { color: #111111; }
QLabel#workshopStatus { color: #3A4A5E; }
QLabel#workshopBlind { background: #1A1A1A; color: #FFFFFF; padding: 4px 14px; border-radius: 6px; }
QLabel#workshopKeys { color: #333333; background: #EEF1F5; padding: 8px 12px; }
QPushButton#workshopLeave { padding: 6px 18px; }
"""


class _WorkshopCommander(Commander):
    """The same undo stack as the main window's; errors show over the workshop while it is open
    (a message behind a full-screen window would block it unseen), over the main window after."""

    def __init__(self, base: Commander, services: ProjectServices, events: AppEvents, window: QWidget) -> None:
        super().__init__(base.stack, services.history, events, window)
        self._base = base
        self._window = window

    def show_error(self, exc: CrmdeskError) -> None:
        if isValid(self._window) and self._window.isVisible():
            super().show_error(exc)
        else:
            self._base.show_error(exc)


class _ScoreDelegate(QStyledItemDelegate):
    """The cell the next key scores gets a thick dark frame."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
              ) -> None:
        option.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, option, index)
        if index.data(WorkshopRole.CURRENT):
            painter.save()
            painter.setPen(QPen(QColor("#0B1A33"), 5))
            painter.drawRect(option.rect.adjusted(3, 3, -3, -3))
            painter.restore()


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _label(name: str, points: float, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setFont(_font(points, bold))
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class WorkshopWindow(QWidget):
    """objectName "workshop"; ``criterion_ids``: the criteria to go through, in order."""

    def __init__(self, services: ProjectServices, commander: Commander, events: AppEvents,
                 criterion_ids: Sequence[int], start: int | None = None, evaluator_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("workshop")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(self.tr("Scoring workshop"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFont(_font(BASE_PT))
        self.setStyleSheet(STYLE)
        self._s = services
        self._events = events
        self.stack = commander.stack
        self._cmd = _WorkshopCommander(commander, services, events, self)
        self._ids = list(criterion_ids)
        self._pos = self._ids.index(start) if start in self._ids else 0
        self._needs: dict[int, tuple[str, str, str]] = {}
        self.matrix: SelectionMatrix | None = None
        self.model = WorkshopModel(self)
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(150)
        self._chart_timer.timeout.connect(lambda: self.chart.refresh())
        self._build_ui()
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.stack.undo),
                           (QKeySequence.StandardKey.Redo, self.stack.redo), (QKeySequence("Ctrl+Y"), self.stack.redo)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        events.data_changed.connect(self._on_data_changed)
        self.reload()
        if evaluator_id is not None and self.matrix is not None:
            found = next((x for x, v in enumerate(self.matrix.evaluators) if v.id == evaluator_id), 0)
            self.model.set_cursor(0, found)
            self._show_turn()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.progress = _label("workshopProgress", BASE_PT, bold=True, wrap=False)
        self.blind_chip = _label("workshopBlind", BASE_PT - 2, bold=True, wrap=False)
        self.leave = QPushButton(self.tr("Leave (Esc)"))
        self.leave.setObjectName("workshopLeave")
        self.leave.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.leave.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(self.blind_chip)
        top.addSpacing(16)
        top.addWidget(self.leave)

        self.group = _label("workshopGroup", BASE_PT, wrap=False)
        self.title = _label("workshopTitle", BASE_PT + 10, bold=True)
        self.details = _label("workshopDetails", BASE_PT)
        self.need_box = QFrame()
        self.need_box.setObjectName("workshopNeed")
        self.need = _label("workshopNeedText", BASE_PT - 2)
        box = QVBoxLayout(self.need_box)
        box.setContentsMargins(16, 8, 12, 8)
        box.addWidget(self.need)

        self.table = QTableView()
        self.table.setObjectName("workshopTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(_ScoreDelegate(self.table))
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFont(_font(BASE_PT + 2))
        self.table.horizontalHeader().setFont(_font(BASE_PT - 2, bold=True))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setMinimumSectionSize(140)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        two_lines = QFontMetricsF(_font(BASE_PT - 2, bold=True)).height() * 2 + 14
        self.table.horizontalHeader().setFixedHeight(int(two_lines))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.model.modelReset.connect(self._fit_table)

        self.turn = _label("workshopTurn", BASE_PT + 4, bold=True)
        self.status = _label("workshopStatus", BASE_PT - 2)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.score_buttons: list[QPushButton] = []
        for value in range(6):
            button = QPushButton()
            button.setObjectName(f"workshopScore{value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFont(_font(BASE_PT, bold=True))
            button.setMinimumHeight(110)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(f"QPushButton {{ background: {SCALE_STOPS[value]}; color: #111111; border: 2px solid "
                                 f"#55606E; border-radius: 8px; padding: 6px; }} QPushButton:pressed {{ border: 5px "
                                 f"solid #0B1A33; }}")
            button.clicked.connect(lambda _c=False, v=value: self.score(v))
            buttons.addWidget(button)
            self.score_buttons.append(button)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.group)
        left.addWidget(self.title)
        left.addWidget(self.details)
        left.addWidget(self.need_box)
        left.addWidget(self.table)
        left.addSpacing(8)
        left.addWidget(self.turn)
        left.addLayout(buttons)
        left.addWidget(self.status)
        left.addStretch(1)

        self.chart = ChartCanvas("workshopRanking")
        self.chart.setMinimumWidth(560)
        self.chart.set_builder(self._chart_figure)
        self.out_label = _label("workshopOut", BASE_PT - 4)
        self.out_label.setStyleSheet("color: #555555;")
        right = QVBoxLayout()
        right.addWidget(self.chart, 1)
        right.addWidget(self.out_label)

        body = QHBoxLayout()
        body.setSpacing(28)
        body.addLayout(left, 3)
        body.addLayout(right, 2)

        self.keys = _label("workshopKeys", BASE_PT - 4)
        self.keys.setText(html.escape(self.tr(
            "0–5 score · Tab/Enter next evaluator · ↑↓ candidate · ←→ or PgUp/PgDn criterion · B blind entry · "
            "R reveal · C consensus · Delete clear · Ctrl+Z undo · Esc leave")))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.keys)

    def _fit_table(self) -> None:
        """The candidates' names in full (up to 40 % of the width), the scores share the rest;
        as tall as its rows (up to eight, then it scrolls)."""
        header = self.table.horizontalHeader()
        if self.model.columnCount():
            bold = QFont(self.table.font())
            bold.setBold(True)
            metrics = QFontMetricsF(bold)
            widest = max((metrics.horizontalAdvance(c.name) for c in self.model.candidates), default=100)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(0, min(int(widest + metrics.horizontalAdvance("⚠ ") + 28),
                                             int(max(self.table.width(), 600) * 0.4)))
            for col in range(1, self.model.columnCount()):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        rows = min(max(self.model.rowCount(), 1), 8)
        self.table.setFixedHeight(rows * self.table.verticalHeader().defaultSectionSize()
                                  + header.height() + 2 * self.table.frameWidth())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._fit_table()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        matrix = self._s.selection.matrix()
        self.matrix = matrix
        known = {k.id for k in matrix.criteria if k.kind is CriterionKind.SCORED}
        current = self._ids[self._pos] if 0 <= self._pos < len(self._ids) else None
        self._ids = [k for k in self._ids if k in known] or [k.id for k in matrix.criteria
                                                             if k.kind is CriterionKind.SCORED]
        self._pos = self._ids.index(current) if current in self._ids else min(self._pos, max(len(self._ids) - 1, 0))
        self._show_criterion()
        self._show_out()
        self._chart_timer.start()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(EntityKind.NEED):
            self._needs.clear()
        if changes.touches(*WATCHED):
            self.reload()

    @property
    def criterion(self) -> CriterionRead | None:
        return self.model.criterion

    def _show_criterion(self) -> None:
        if self.matrix is None:
            return
        labels = score_labels(self.matrix.settings)
        for value, button in enumerate(self.score_buttons):
            button.setText(f"{value}\n{labels[value]}")
        if not self._ids:
            self.model.show(self.matrix, -1)
            self.group.setText("")
            self.title.setText(html.escape(self.tr("No criterion to score yet.")))
            self.details.setText(html.escape(self.tr(
                "Add criteria on the Criteria page and evaluators on the Evaluators page, then come back.")))
            self.details.show()
            for widget in (self.need_box, self.table, *self.score_buttons):
                widget.hide()
            self._show_turn()
            return
        for widget in (self.table, *self.score_buttons):
            widget.show()
        self.model.show(self.matrix, self._ids[self._pos])
        crit = self.model.criterion
        assert crit is not None
        self.group.setText(html.escape(self.tr("{group} · weight {share} of the total")
                                       .replace("{group}", crit.group_name).replace("{share}", percent(crit.share))))
        self.title.setText(html.escape(crit.label))
        details = []
        if crit.knockout and crit.knockout_threshold is not None:
            details.append("<b style='color:#B3261E'>✖ " + html.escape(
                self.tr("Knock-out: below {threshold}, the candidate is out.")
                .replace("{threshold}", mark_text(crit.knockout_threshold))) + "</b>")
        if crit.description:
            details.append(html.escape(crit.description))
        self.details.setText("<br>".join(details))
        self.details.setVisible(bool(details))
        need = self._need_text(crit)
        self.need.setText(need)
        self.need_box.setVisible(bool(need))
        self._show_turn()

    def _need_text(self, crit: CriterionRead) -> str:
        if crit.need_id is None:
            return ""
        if crit.need_id not in self._needs:
            try:
                need = self._s.needs.get(crit.need_id)
                self._needs[crit.need_id] = (need.ref, need.title, need.acceptance_criteria)
            except CrmdeskError:
                self._needs[crit.need_id] = (crit.need_ref, "", "")
        ref, title, acceptance = self._needs[crit.need_id]
        same = " ".join(title.split()).casefold() == " ".join(crit.name.split()).casefold()
        word = self.tr("Need")
        text = f"<b>{html.escape(word)} {html.escape(ref)}</b>" + ("" if same else " " + html.escape(title))
        if acceptance:
            short = textwrap.shorten(" ".join(acceptance.split()), 360, placeholder=" …")
            text += "<br><i>" + html.escape(self.tr("Acceptance criteria:")) + "</i> " + html.escape(short)
        return text

    def _show_turn(self) -> None:
        model = self.model
        crit = model.criterion
        self.progress.setText(html.escape(
            self.tr("Scoring workshop — criterion {n} of {total}").replace("{n}", str(self._pos + 1))
            .replace("{total}", str(len(self._ids))) if self._ids else self.tr("Scoring workshop")))
        self.blind_chip.setText(html.escape(
            (self.tr("BLIND ENTRY — R reveals") if model.hidden else self.tr("Blind entry — revealed"))
            if model.blind else self.tr("Open scoring — B for blind entry")))
        self.blind_chip.setStyleSheet("" if model.hidden else "background: #E6EAF0; color: #1A1A1A;")
        if crit is None or not model.evaluators or not model.candidates:
            self.turn.setText(html.escape(self.tr("Add evaluators and candidates to score.")) if crit else "")
            self.status.setText("")
            return
        ev = model.evaluators[model.current_evaluator]
        cand = model.candidates[model.current_row]
        self.turn.setText(html.escape(self.tr("Turn of {evaluator} for {candidate}"))
                          .replace("{evaluator}", f"<span style='color:#0B3D91'>{html.escape(ev.name)}</span>")
                          .replace("{candidate}", f"<span style='color:#0B3D91'>{html.escape(cand.name)}</span>"))
        status = self.tr("{entered} of {expected} scores entered for this criterion.") \
            .replace("{entered}", str(model.entered())).replace("{expected}", str(model.expected()))
        if model.entered() == model.expected() and model.expected():
            status += " " + (self.tr("Everyone has scored: R reveals the scores.") if model.hidden
                             else self.tr("Everyone has scored: → next criterion."))
        flagged = [c.name for r, c in enumerate(model.candidates) if model.disagreement(r)] if not model.hidden else []
        if flagged:
            status += " ⚠ " + self.tr("Disagreement on {names}: discuss, then C for a consensus.") \
                .replace("{names}", ", ".join(flagged))
        self.status.setText(html.escape(status))
        current = model.mark(model.current_row, model.current_evaluator)
        for value, button in enumerate(self.score_buttons):
            chosen = current is not None and round(current) == value
            button.setProperty("chosen", chosen)
            width, colour = (6, "#0B1A33") if chosen else (2, "#55606E")
            button.setStyleSheet(f"QPushButton {{ background: {SCALE_STOPS[value]}; color: #111111; border: {width}px "
                                 f"solid {colour}; border-radius: 8px; padding: 6px; }}")

    # ------------------------------------------------------------------ chart
    def _chart_figure(self):  # type: ignore[no-untyped-def]
        """The ranking of the candidates in the race, large; those out are listed under it."""
        if self.matrix is None:
            return None
        from crmdesk.charts.selection import ranking_chart
        from crmdesk.domain.selection_results import Ranking
        from crmdesk.ui.features.selection.matrix_common import chart_translate

        ranking = self.matrix.ranking()
        figure = ranking_chart(Ranking(groups=ranking.groups, rows=ranking.ranked), chart_translate())
        _enlarge(figure, CHART_SCALE)
        return figure

    def _show_out(self) -> None:
        if self.matrix is None:
            return
        from crmdesk.ui.features.selection.matrix_common import qt_translate

        rows = self.matrix.ranking().eliminated
        items = [f"<b>{html.escape(r.candidate.name)}</b> — {html.escape(r.reason(qt_translate))}" for r in rows]
        self.out_label.setText(("<b>" + html.escape(self.tr("Out of the ranking:")) + "</b><br>" + "<br>".join(items))
                               if items else "")
        self.out_label.setVisible(bool(items))

    # ------------------------------------------------------------------ actions
    def score(self, value: int) -> None:
        """The current evaluator's score of the current candidate, then the next cell in turn."""
        model = self.model
        crit = model.criterion
        if crit is None or not model.evaluators or not model.candidates:
            return
        ev = model.evaluators[model.current_evaluator]
        cand = model.candidates[model.current_row]
        row, x = model.current_row, model.current_evaluator
        comment = model.comment(row, x)
        done = self._cmd.run(self.tr("Score {candidate} on {criterion}").replace("{candidate}", cand.name)
                             .replace("{criterion}", crit.label),
                             lambda: self._s.selection.set_score(cand.id, crit.id, ev.id, float(value), comment))
        if done is None:
            return
        if row + 1 < len(model.candidates):
            model.set_cursor(row + 1, x)
        elif x + 1 < len(model.evaluators):
            model.set_cursor(0, x + 1)
        self._show_turn()

    def clear(self) -> None:
        model = self.model
        crit = model.criterion
        if crit is None or not model.evaluators or not model.candidates:
            return
        if model.mark(model.current_row, model.current_evaluator) is None:
            return
        ev = model.evaluators[model.current_evaluator]
        cand = model.candidates[model.current_row]
        self._cmd.run(self.tr("Clear the score of {candidate} on {criterion}").replace("{candidate}", cand.name)
                      .replace("{criterion}", crit.label),
                      lambda: self._s.selection.set_score(cand.id, crit.id, ev.id, None))

    def next_evaluator(self, step: int = 1) -> None:
        count = len(self.model.evaluators)
        if count:
            self.model.set_cursor(self.model.current_row, (self.model.current_evaluator + step) % count)
            self._show_turn()

    def move_candidate(self, step: int) -> None:
        count = len(self.model.candidates)
        if count:
            self.model.set_cursor(max(0, min(count - 1, self.model.current_row + step)), self.model.current_evaluator)
            self._show_turn()

    def move_criterion(self, step: int) -> None:
        new = max(0, min(len(self._ids) - 1, self._pos + step))
        if new == self._pos:
            return
        self._pos = new
        self.model.set_blind(self.model.blind, False)
        self.model.current_row = 0
        self.model.current_evaluator = 0
        self._show_criterion()

    def toggle_blind(self) -> None:
        self.model.set_blind(not self.model.blind, False)
        self._show_turn()

    def toggle_reveal(self) -> None:
        if self.model.blind:
            self.model.set_blind(True, not self.model.revealed)
            self._show_turn()

    def consensus(self) -> None:
        from crmdesk.ui.features.selection.matrix_view import opinions_summary

        model, matrix = self.model, self.matrix
        crit = model.criterion
        if crit is None or matrix is None or not model.candidates:
            return
        cand = model.candidates[model.current_row]
        cell = matrix.cell(cand.id, crit.id)
        middle = cell.median if matrix.settings.aggregate is Aggregate.MEDIAN else cell.mean
        start = cell.consensus.value if cell.consensus else (round(middle * 2) / 2 if middle is not None else 3.0)
        dialog = ConsensusDialog(cand.name, crit.label, opinions_summary(matrix, cand.id, crit.id), start,
                                 cell.consensus.reason if cell.consensus else "", score_labels(matrix.settings),
                                 self, scale=1.5)
        if model.hidden:
            self.model.set_blind(True, True)  # agreeing needs everyone's scores in view
            self._show_turn()
        if not dialog.exec():
            return
        value, reason = dialog.chosen()
        self._cmd.run(self.tr("Consensus on {candidate} for {criterion}").replace("{candidate}", cand.name)
                      .replace("{criterion}", crit.label),
                      lambda: self._s.selection.set_consensus(cand.id, crit.id, value, reason))
        self.activateWindow()
        self.setFocus()

    # ------------------------------------------------------------------ keys
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            back = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.next_evaluator(-1 if back else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        actions = {
            Qt.Key.Key_Escape: self.close,
            Qt.Key.Key_Return: self.next_evaluator, Qt.Key.Key_Enter: self.next_evaluator,
            Qt.Key.Key_Down: lambda: self.move_candidate(1), Qt.Key.Key_Up: lambda: self.move_candidate(-1),
            Qt.Key.Key_Right: lambda: self.move_criterion(1), Qt.Key.Key_PageDown: lambda: self.move_criterion(1),
            Qt.Key.Key_Left: lambda: self.move_criterion(-1), Qt.Key.Key_PageUp: lambda: self.move_criterion(-1),
            Qt.Key.Key_B: self.toggle_blind, Qt.Key.Key_R: self.toggle_reveal, Qt.Key.Key_C: self.consensus,
            Qt.Key.Key_Delete: self.clear, Qt.Key.Key_Backspace: self.clear,
        }
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_5:
            self.score(int(key) - int(Qt.Key.Key_0))
        elif key in actions:
            actions[key]()  # type: ignore[operator]
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._chart_timer.stop()
        try:
            self._events.data_changed.disconnect(self._on_data_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)


def _enlarge(figure, scale: float) -> None:  # type: ignore[no-untyped-def]
    """Every text of the figure ``scale`` times larger, for the back of the room; the title
    moves to the figure's left edge and the axis label wraps, so that neither is cut."""
    from matplotlib.text import Text

    for text in figure.findobj(Text):
        text.set_fontsize(text.get_fontsize() * scale)
    for ax in figure.axes:
        title = ax.get_title(loc="left")
        if title:
            size = ax.title.get_fontsize() if hasattr(ax, "title") else 12 * scale
            ax.set_title("", loc="left")
            figure.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=size)
        label = ax.get_xlabel()
        if label:
            ax.set_xlabel("\n".join(textwrap.wrap(label, 24)))

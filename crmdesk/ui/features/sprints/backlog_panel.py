"""The Backlog page: the ordered product backlog beside the chosen sprint's stories.

Rows are reordered by drag and drop or Alt+Up / Alt+Down / Alt+Home / Alt+End; stories go
into the sprint by dropping them on its list or with Alt+Right, and back with Alt+Left. Every
move is a signal the tab turns into one undoable service call."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.sprints import LotRead, NeedBrief, SprintRead, SprintStatus, StoryRead
from crmdesk.domain.sprints_board import ANY
from crmdesk.ui.features.sprints.common import (
    WARNING_STYLE,
    format_points,
    sprint_caption,
)
from crmdesk.ui.features.sprints.story_table import StoryTableModel, StoryTableView
from crmdesk.ui.models.record_table import fold


class CapacityBar(QWidget):
    """Points planned against the sprint's capacity; red past it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capacityBar")
        self.scope = 0.0
        self.capacity: float | None = None
        self.setMinimumHeight(self.fontMetrics().height() + 12)

    def set_values(self, scope: float, capacity: float | None) -> None:
        self.scope, self.capacity = scope, capacity
        self.setToolTip(self.text())
        self.update()

    def text(self) -> str:
        if self.capacity is None:
            return self.tr("{points} pts planned · no capacity set").replace("{points}", format_points(self.scope))
        return (self.tr("{points} / {capacity} pts planned").replace("{points}", format_points(self.scope))
                .replace("{capacity}", format_points(self.capacity)))

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor("#C9D1DB"))
        painter.setBrush(QColor("#EEF1F5"))
        painter.drawRoundedRect(rect, 4, 4)
        over = self.capacity is not None and self.scope > self.capacity
        if self.capacity:
            share = min(self.scope / self.capacity, 1.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#C0392B" if over else "#5B8FD1"))
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width() * share, rect.height()), 4, 4)
        painter.setPen(QColor("white" if over or (self.capacity and self.scope / self.capacity > 0.55) else "#1F2933"))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


class BacklogPanel(QWidget):
    drop_requested = Signal(list, str, str, object, object)  # ids, source, target list, before, after
    keyboard_move = Signal(list, str)  # ids, "up" / "down" / "top" / "bottom"
    plan_requested = Signal(list, bool)  # ids, into the sprint (True) or back to the backlog
    open_requested = Signal(int)
    delete_requested = Signal(list)
    create_missing_requested = Signal()
    new_sprint_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlogPanel")
        self._stories: list[StoryRead] = []
        self.backlog_model = StoryTableModel("backlog", parent=self)
        self.sprint_model = StoryTableModel("sprint", compact=True, parent=self)
        self.backlog = StoryTableView(self.backlog_model, "backlogTable")
        self.sprint_table = StoryTableView(self.sprint_model, "sprintTable")
        for view, target in ((self.backlog, "backlog"), (self.sprint_table, "sprint")):
            view.dropped.connect(lambda ids, source, before, after, t=target:
                                 self.drop_requested.emit(ids, source, t, before, after))
            view.doubleClicked.connect(lambda index, v=view: self.open_requested.emit(v.story_model().record(index.row()).id))
            self._add_keys(view, target)

        self.backlog.empty_text = self.tr("The backlog is empty. Create stories with “New story…” (Ctrl+Shift+U) "
                                          "or from the needs (Ctrl+Shift+B).")
        self._drop_hint = self.tr("Drag stories here from the backlog, or select them there and press Alt+Right.")
        self.banner = QFrame()
        self.banner.setObjectName("missingBanner")
        self.banner.setStyleSheet(WARNING_STYLE.format(name="missingBanner"))
        self.banner_text = QLabel()
        self.banner_text.setObjectName("missingText")
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Create their stories…"))
        self.banner_button.setObjectName("createMissing")
        self.banner_button.clicked.connect(self.create_missing_requested)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.banner.hide()

        self.search = QLineEdit()
        self.search.setObjectName("backlogSearch")
        self.search.setPlaceholderText(self.tr("Search the backlog (Ctrl+F): ref, title, need…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.lot_filter = QComboBox()
        self.lot_filter.setObjectName("backlogLotFilter")
        self.lot_filter.addItem(self.tr("All lots"), ANY)
        self.lot_filter.currentIndexChanged.connect(self._apply_filter)
        self.backlog_title = QLabel()
        self.backlog_title.setObjectName("backlogTitle")
        self._bold(self.backlog_title)

        left_bar = QHBoxLayout()
        left_bar.addWidget(self.backlog_title)
        left_bar.addStretch(1)
        left_bar.addWidget(self._button(self.tr("Top"), self.tr("Move to the top of the backlog (Alt+Home)"),
                                        lambda: self._move(self.backlog, "top")))
        left_bar.addWidget(self._button("▲", self.tr("Move up (Alt+Up)"), lambda: self._move(self.backlog, "up")))
        left_bar.addWidget(self._button("▼", self.tr("Move down (Alt+Down)"), lambda: self._move(self.backlog, "down")))
        self.plan_button = self._button(self.tr("Plan into sprint ▸"),
                                        self.tr("Put the selected stories into the sprint on the right (Alt+Right)"),
                                        lambda: self._plan(self.backlog, True))
        self.plan_button.setObjectName("planButton")
        left_bar.addWidget(self.plan_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.lot_filter, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addLayout(left_bar)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.backlog, 1)

        self.sprint_title = QLabel()
        self.sprint_title.setObjectName("plannedSprintTitle")
        self.sprint_title.setWordWrap(True)
        self._bold(self.sprint_title)
        self.capacity = CapacityBar()
        self.sprint_info = QLabel()
        self.sprint_info.setObjectName("plannedSprintInfo")
        self.sprint_info.setWordWrap(True)
        self.sprint_info.setStyleSheet("color: #5F6B7A;")
        self.unplan_button = self._button(self.tr("◂ Back to the backlog"),
                                          self.tr("Take the selected stories out of the sprint (Alt+Left)"),
                                          lambda: self._plan(self.sprint_table, False))
        self.unplan_button.setObjectName("unplanButton")
        self.new_sprint_button = QPushButton(self.tr("New sprint…"))
        self.new_sprint_button.clicked.connect(self.new_sprint_requested)
        right_bar = QHBoxLayout()
        right_bar.addWidget(self.unplan_button)
        right_bar.addStretch(1)
        right_bar.addWidget(self._button("▲", self.tr("Move up (Alt+Up)"), lambda: self._move(self.sprint_table, "up")))
        right_bar.addWidget(self._button("▼", self.tr("Move down (Alt+Down)"),
                                         lambda: self._move(self.sprint_table, "down")))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.sprint_title)
        right_layout.addWidget(self.capacity)
        right_layout.addWidget(self.sprint_info)
        right_layout.addWidget(self.new_sprint_button)
        right_layout.addLayout(right_bar)
        right_layout.addWidget(self.sprint_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("sprintsBacklogSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    @staticmethod
    def _bold(label: QLabel) -> None:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)

    @staticmethod
    def _button(text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _add_keys(self, view: StoryTableView, target: str) -> None:
        keys = [("Alt+Up", lambda: self._move(view, "up")), ("Alt+Down", lambda: self._move(view, "down")),
                ("Alt+Home", lambda: self._move(view, "top")), ("Alt+End", lambda: self._move(view, "bottom")),
                ("Alt+Right" if target == "backlog" else "Alt+Left", lambda: self._plan(view, target == "backlog")),
                ("Return", lambda: self._open(view)), ("Enter", lambda: self._open(view)), ("F2", lambda: self._open(view)),
                ("Delete", lambda: self._delete(view))]
        for key, slot in keys:
            act = QAction(view)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(lambda _c=False, s=slot: s())
            view.addAction(act)

    # ------------------------------------------------------------------ data
    def set_data(self, backlog: Sequence[StoryRead], sprint: SprintRead | None, sprint_stories: Sequence[StoryRead],
                 lots: Sequence[LotRead], missing: Sequence[NeedBrief] | None = None) -> None:
        """``missing``: the mandatory needs without a story for the warning; None keeps it as it is."""
        keep = (self.backlog.selected_ids(), self.sprint_table.selected_ids())
        self._stories = list(backlog)
        value = self.lot_filter.currentData()
        self.lot_filter.blockSignals(True)
        while self.lot_filter.count() > 1:
            self.lot_filter.removeItem(1)
        self.lot_filter.addItem(self.tr("No lot"), None)
        for lot in lots:
            self.lot_filter.addItem(lot.name, lot.id)
        index = self.lot_filter.findData(value) if value != ANY else 0
        self.lot_filter.setCurrentIndex(max(index, 0))
        self.lot_filter.blockSignals(False)
        self.backlog_model.set_rows(backlog)
        self.sprint_model.set_rows(sprint_stories)
        self._apply_filter()
        points = sum((s.points or 0.0 for s in backlog), 0.0)
        unestimated = sum(1 for s in backlog if s.points is None)
        title = self.tr("Product backlog — {n} stories, {points} pts").replace("{n}", str(len(backlog))) \
            .replace("{points}", format_points(points))
        if unestimated:
            title += " " + self.tr("({n} not estimated)").replace("{n}", str(unestimated))
        self.backlog_title.setText(title)
        self._show_sprint(sprint)
        if missing is not None:
            self.show_missing(missing)
        self.backlog.select_ids(keep[0])
        self.sprint_table.select_ids(keep[1])

    def _show_sprint(self, sprint: SprintRead | None) -> None:
        open_sprint = sprint is not None and sprint.status is not SprintStatus.CLOSED
        self.sprint_table.setAcceptDrops(open_sprint)
        self.sprint_table.setDragEnabled(open_sprint)
        self.plan_button.setEnabled(open_sprint)
        self.unplan_button.setEnabled(open_sprint)
        self.new_sprint_button.setVisible(sprint is None)
        self.sprint_table.empty_text = self._drop_hint if open_sprint else ""
        self.capacity.setVisible(sprint is not None)
        if sprint is None:
            self.sprint_title.setText(self.tr("No sprint yet"))
            self.sprint_info.setText(self.tr("Create a sprint, then drag stories from the backlog into it."))
            return
        self.sprint_title.setText(sprint_caption(sprint))
        self.capacity.set_values(sprint.scope_points, sprint.capacity_points)
        facts = []
        if sprint.status is not SprintStatus.PLANNED:
            facts.append(self.tr("committed at the start: {points} pts").replace(
                "{points}", format_points(sprint.committed_points)))
        facts.append(self.tr("done: {points} pts").replace("{points}", format_points(sprint.done_points)))
        if sprint.unestimated_count:
            facts.append(self.tr("{n} not estimated").replace("{n}", str(sprint.unestimated_count)))
        if sprint.status is SprintStatus.CLOSED:
            facts.append(self.tr("closed: its stories no longer move"))
        elif sprint.status is SprintStatus.ACTIVE:
            facts.append(self.tr("adding a story now is a scope change"))
        text = " · ".join(facts)
        if sprint.goal:
            text = self.tr("Goal: {goal}").replace("{goal}", sprint.goal) + "\n" + text
        self.sprint_info.setText(text)

    def show_missing(self, missing: Sequence[NeedBrief]) -> None:
        if not missing:
            self.banner.hide()
            return
        refs = ", ".join(n.ref for n in missing[:8]) + (", …" if len(missing) > 8 else "")
        self.banner_text.setText(self.tr("{n} mandatory need(s) have no user story yet: {refs}.")
                                 .replace("{n}", str(len(missing))).replace("{refs}", refs))
        self.banner_text.setToolTip("\n".join(f"{n.ref} — {n.title}" for n in missing))
        self.banner.show()

    def _apply_filter(self, *_args: object) -> None:
        needle = fold(self.search.text().strip())
        lot = self.lot_filter.currentData()
        if not needle and lot == ANY:
            self.backlog_model.set_filter(None)
            return

        def accept(s: StoryRead) -> bool:
            if lot != ANY and s.lot_id != lot:
                return False
            hay = fold(" ".join((s.ref, s.title, s.as_a, s.i_want, s.so_that, s.lot_name, s.assignee_name,
                                 " ".join(s.need_refs))))
            return all(word in hay for word in needle.split())

        keep = self.backlog.selected_ids()
        self.backlog_model.set_filter(accept)
        self.backlog.select_ids(keep)

    # ------------------------------------------------------------------ actions
    def _move(self, view: StoryTableView, how: str) -> None:
        ids = view.selected_ids()
        if ids:
            self.keyboard_move.emit(ids, how)

    def _plan(self, view: StoryTableView, into: bool) -> None:
        ids = view.selected_ids()
        if ids:
            self.plan_requested.emit(ids, into)

    def _open(self, view: StoryTableView) -> None:
        story = view.current_story()
        if story is not None:
            self.open_requested.emit(story.id)

    def _delete(self, view: StoryTableView) -> None:
        ids = view.selected_ids()
        if ids:
            self.delete_requested.emit(ids)

    def current_view(self) -> StoryTableView:
        return self.sprint_table if self.sprint_table.hasFocus() else self.backlog

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

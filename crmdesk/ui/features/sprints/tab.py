"""The sprints tab: a sprint chooser and the sprint's actions on top, then four pages: the
product backlog beside the sprint's stories, the board, the charts, the lots.

Every write goes through the commander (one undo step each); the tab refreshes from the
service when ``AppEvents.data_changed`` says stories, sprints, lots or columns changed, and
only when it is shown (a hidden tab catches up when it shows)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.project import PersonRead
from crmdesk.domain.sprints import LotRead, SprintRead, SprintStatus
from crmdesk.domain.sprints_board import Board
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.features.sprints.actions import SprintActions
from crmdesk.ui.features.sprints.backlog_panel import BacklogPanel
from crmdesk.ui.features.sprints.board_panel import BoardPanel
from crmdesk.ui.features.sprints.charts_panel import ChartsPanel
from crmdesk.ui.features.sprints.common import (
    column_text,
    format_points,
    sprint_caption,
    sprint_name,
)
from crmdesk.ui.features.sprints.lots_panel import LotsPanel
from crmdesk.ui.undo import Commander

WATCHED = (EntityKind.STORY, EntityKind.SPRINT, EntityKind.LOT, EntityKind.BOARD_COLUMN, EntityKind.PERSON)
BACKLOG, BOARD, CHARTS, LOTS = range(4)


class SprintsTab(SprintActions, QWidget):
    counts_changed = Signal(str)

    def __init__(self, services: ProjectServices, commander: Commander, events: AppEvents,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sprintsTab")
        self._s = services
        self._cmd = commander
        self._sprint_id: int | None = None  # the sprint chosen; None: the current one
        self._sprints: list[SprintRead] = []
        self._lots: list[LotRead] = []
        self._people: list[PersonRead] = []
        self._board: Board | None = None
        self._heard = 0
        self._dirty = False
        self._last_entry: dict[str, object] = {}
        self._missing_stale = True  # the warning on the backlog page waits for it to show
        self._build_ui()
        events.data_changed.connect(self._on_data_changed)
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build_ui(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setObjectName("sprintChooser")
        self.chooser.setMinimumContentsLength(18)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setToolTip(self.tr("The sprint the backlog, the board and the charts show"))
        self.chooser.currentIndexChanged.connect(self._on_chosen)
        chooser_label = QLabel(self.tr("&Sprint"))
        chooser_label.setBuddy(self.chooser)

        self.act_new_story = self._action(self.tr("New story…"), self.new_story, "Ctrl+Shift+U", "actNewStory")
        self.act_from_needs = self._action(self.tr("Stories from needs…"), self.stories_from_needs, "Ctrl+Shift+B",
                                           "actStoriesFromNeeds")
        self.act_new_sprint = self._action(self.tr("New sprint…"), self.new_sprint, "Ctrl+Shift+P", "actNewSprint")
        self.act_edit_sprint = self._action(self.tr("Edit sprint…"), self.edit_sprint, None, "actEditSprint")
        self.act_delete_sprint = self._action(self.tr("Delete sprint"), self.delete_sprint, None, "actDeleteSprint")
        self.act_start = self._action(self.tr("Start sprint"), self.start_sprint, None, "actStartSprint")
        self.act_close = self._action(self.tr("Close sprint…"), self.close_sprint, None, "actCloseSprint")
        self.act_columns = self._action(self.tr("Columns && WIP…"), self.edit_columns, None, "actColumns")
        self.act_new_story.setToolTip(self.tr("New user story in the backlog (Ctrl+Shift+U)"))
        self.act_from_needs.setToolTip(self.tr("Propose one story per need and create them (Ctrl+Shift+B)"))
        self.act_new_sprint.setToolTip(self.tr("New sprint, after the last one (Ctrl+Shift+P)"))
        self.act_close.setToolTip(self.tr("Record the velocity and move the unfinished stories"))
        self.act_columns.setToolTip(self.tr("Rename, add and reorder the board's columns; set their WIP limits"))
        sprint_menu = QMenu(self)
        for act in (self.act_new_sprint, self.act_edit_sprint, self.act_delete_sprint):
            sprint_menu.addAction(act)
        self.sprint_button = QToolButton()
        self.sprint_button.setObjectName("sprintMenuButton")
        self.sprint_button.setText(self.tr("Sprint"))
        self.sprint_button.setMenu(sprint_menu)
        self.sprint_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        top = QHBoxLayout()
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 2)
        for act in (self.act_start, self.act_close):
            top.addWidget(self._tool(act))
        top.addWidget(self.sprint_button)
        top.addStretch(1)
        for act in (self.act_new_story, self.act_from_needs):
            top.addWidget(self._tool(act))

        self.summary = QLabel()
        self.summary.setObjectName("sprintSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.goal = QLabel()
        self.goal.setObjectName("sprintGoal")
        self.goal.setWordWrap(True)
        self.goal.setStyleSheet("color: #3A4756;")
        header = QFrame()
        header.setObjectName("sprintHeader")
        header.setStyleSheet("QFrame#sprintHeader { background: #F4F6F9; border: 1px solid #DCE1E8;"
                             " border-radius: 4px; }")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(10, 6, 10, 6)
        header_layout.setSpacing(2)
        header_layout.addWidget(self.summary)
        header_layout.addWidget(self.goal)

        self.backlog_panel = BacklogPanel()
        self.board_panel = BoardPanel()
        self.board_panel.add_tool(self._tool(self.act_columns))
        self.charts_panel = ChartsPanel(self._s.sprints)
        self.lots_panel = LotsPanel()
        self.pages = QTabWidget()
        self.pages.setObjectName("sprintsPages")
        for page, text, key in ((self.backlog_panel, self.tr("Backlog"), "Alt+1"),
                                (self.board_panel, self.tr("Board"), "Alt+2"),
                                (self.charts_panel, self.tr("Charts"), "Alt+3"),
                                (self.lots_panel, self.tr("Lots"), "Alt+4")):
            index = self.pages.addTab(page, text)
            self.pages.setTabToolTip(index, f"{text} ({key})")
            self._action(text, lambda i=index: self.show_page(i), key, "")
        self.pages.setCurrentIndex(BOARD)
        self.pages.currentChanged.connect(lambda _index: self._show_missing_when_seen())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addWidget(self.pages, 1)
        self._connect_panels()

    def _action(self, text: str, slot, shortcut: str | None, name: str) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self)
        if name:
            act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(lambda _c=False: slot())
        self.addAction(act)
        return act

    @staticmethod
    def _tool(act: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(act)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _connect_panels(self) -> None:
        b = self.backlog_panel
        b.drop_requested.connect(self._on_list_drop)
        b.keyboard_move.connect(self._on_keyboard_move)
        b.plan_requested.connect(self._on_plan)
        b.open_requested.connect(self.edit_story)
        b.delete_requested.connect(self.delete_stories)
        b.create_missing_requested.connect(self.create_missing_stories)
        b.new_sprint_requested.connect(self.new_sprint)
        view = self.board_panel.view
        view.move_requested.connect(self._on_card_move)
        view.open_requested.connect(self.edit_story)
        view.delete_requested.connect(self.delete_stories)
        self.board_panel.filters_changed.connect(self._emit_counts)
        lots = self.lots_panel
        lots.new_requested.connect(self.new_lot)
        lots.edit_requested.connect(self.edit_lot)
        lots.delete_requested.connect(self.delete_lot)
        lots.move_requested.connect(self.move_lot)
        lots.burnup_requested.connect(self.show_burnup)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read everything the tab shows again (reads are fast: a few queries)."""
        self._dirty = False
        sp = self._s.sprints
        self._sprints = sp.sprints()
        self._lots = sp.lots()
        self._people = self._s.people.list()
        self._fill_chooser()
        sprint = self.sprint()
        self._board = sp.board_of(sprint)
        self.backlog_panel.set_data(sp.backlog(), sprint, list(self._board.ranked_cards), self._lots)
        self._missing_stale = True
        self._show_missing_when_seen()
        self.board_panel.set_data(self._board, self._people, self._lots)
        self.lots_panel.set_lots(self._lots)
        self.charts_panel.set_context(sprint.id if sprint else None, self._lots)
        self._show_header(sprint)
        self._update_actions()
        self._emit_counts()

    def _on_data_changed(self, changes: Changes) -> None:
        self._heard += 1
        if not changes.touches(*WATCHED, EntityKind.NEED):
            return
        if not self.isVisible():
            self._dirty = True
            return
        if changes.touches(*WATCHED):
            self.reload()
        else:  # needs only: the warning about mandatory needs without a story
            self._missing_stale = True
            self._show_missing_when_seen()

    def _show_missing_when_seen(self) -> None:
        """The warning about mandatory needs without a story is on the backlog page only: the
        needs are read when that page shows, not at every reload behind the board (the default
        page); on the large benchmark project, 2,000 of them took 5 ms of the switch to the tab."""
        if self._missing_stale and self.pages.currentIndex() == BACKLOG:
            self._missing_stale = False
            self.backlog_panel.show_missing(self._s.sprints.unlinked_mandatory_needs())

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self.reload()

    def sprint(self) -> SprintRead | None:
        """The sprint chosen (by default the current one: the active sprint, else the last)."""
        found = next((s for s in self._sprints if s.id == self._sprint_id), None)
        if found is not None:
            return found
        active = [s for s in self._sprints if s.status is SprintStatus.ACTIVE]
        return active[0] if active else (self._sprints[-1] if self._sprints else None)

    def select_sprint(self, sprint_id: int | None) -> None:
        self._sprint_id = sprint_id
        self.reload()

    def _fill_chooser(self) -> None:
        chosen = self.sprint()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for sprint in self._sprints:
            self.chooser.addItem(sprint_caption(sprint), sprint.id)
        if chosen is not None:
            self.chooser.setCurrentIndex(self.chooser.findData(chosen.id))
        self.chooser.setEnabled(bool(self._sprints))
        self.chooser.blockSignals(False)

    def _on_chosen(self, index: int) -> None:
        if index >= 0:
            self.select_sprint(self.chooser.itemData(index))

    def _show_header(self, sprint: SprintRead | None) -> None:
        if sprint is None:
            self.summary.setText(self.tr("No sprint yet. Create the first one with “New sprint…” (Ctrl+Shift+P)."))
            self.goal.setText("")
            self.goal.hide()
            return
        parts = []
        if sprint.status is SprintStatus.ACTIVE:
            today = self._s.sprints.today()
            day = min(max((today - sprint.start_date).days + 1, 1), sprint.length_days)
            if today >= sprint.start_date:
                parts.append(self.tr("Day {day} of {days}").replace("{day}", str(day))
                             .replace("{days}", str(sprint.length_days)))
        capacity = sprint.capacity_points
        committed = self.tr("{points} pts committed").replace("{points}", format_points(sprint.committed_points))
        if capacity is not None:
            committed = self.tr("{points}/{capacity} pts committed").replace(
                "{points}", format_points(sprint.committed_points)).replace("{capacity}", format_points(capacity))
        parts.append(committed)
        if sprint.status is not SprintStatus.PLANNED and sprint.scope_points != sprint.committed_points:
            parts.append(self.tr("scope now {points} pts").replace("{points}", format_points(sprint.scope_points)))
        parts.append(self.tr("{points} pts done").replace("{points}", format_points(sprint.done_points)))
        if sprint.status is not SprintStatus.CLOSED:
            parts.append(self.tr("{points} pts to do").replace("{points}", format_points(sprint.remaining_points)))
        parts.append(self.tr("{n} stories").replace("{n}", str(sprint.story_count)))
        text = f"<b>{_esc(sprint_name(sprint))}</b> · " + " · ".join(_esc(p) for p in parts)
        if sprint.over_capacity and sprint.status is SprintStatus.PLANNED:
            text += " · <span style='color:#A32117'><b>" + _esc(self.tr("over capacity")) + "</b></span>"
        self.summary.setText(text)
        self.goal.setText(self.tr("Goal: {goal}").replace("{goal}", sprint.goal) if sprint.goal else "")
        self.goal.setVisible(bool(sprint.goal))

    def _update_actions(self) -> None:
        sprint = self.sprint()
        status = sprint.status if sprint else None
        active = any(s.status is SprintStatus.ACTIVE for s in self._sprints)
        self.act_start.setEnabled(status is SprintStatus.PLANNED and not active)
        self.act_start.setToolTip(self.tr("Another sprint is active: close it first") if active and
                                  status is SprintStatus.PLANNED else self.tr("Start the chosen sprint"))
        self.act_close.setEnabled(status is SprintStatus.ACTIVE)
        self.act_edit_sprint.setEnabled(sprint is not None)
        self.act_delete_sprint.setEnabled(status is SprintStatus.PLANNED)

    def _emit_counts(self) -> None:
        stories = self.backlog_panel.backlog_model.all_records()
        text = self.tr("{n} stories in the backlog").replace("{n}", str(len(stories)))
        sprint = self.sprint()
        if sprint is not None:
            text += " · " + self.tr("{sprint}: {done}/{scope} pts done").replace("{sprint}", sprint_name(sprint)) \
                .replace("{done}", format_points(sprint.done_points)).replace("{scope}", format_points(sprint.scope_points))
        if self._board is not None and self._board.exceeded:
            names = ", ".join(column_text(c.column) for c in self._board.exceeded)
            text += " · " + self.tr("over the WIP limit: {columns}").replace("{columns}", names)
        self.counts_changed.emit(text)

    # ------------------------------------------------------------------ public
    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)

    def focus_search(self) -> None:
        if self.pages.currentIndex() == BACKLOG:
            self.backlog_panel.focus_search()
            return
        self.pages.setCurrentIndex(BOARD)
        self.board_panel.focus_search()

    def flush_edits(self) -> None:
        """Nothing waits to be saved: every edit happens in a dialog and is saved on OK."""

    def today(self) -> date:
        return self._s.sprints.today()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""The Board page: filters and swimlane choice above the board, the WIP warning, and the
state of the sprint shown (closed boards are history, read-only)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.project import PersonRead
from crmdesk.domain.sprints import LotRead, SprintStatus, StoryKind
from crmdesk.domain.sprints_board import ANY, Board, CardFilter, SwimlaneBy
from crmdesk.ui.features.sprints.board_view import BoardView
from crmdesk.ui.features.sprints.common import (
    DANGER_STYLE,
    WARNING_STYLE,
    column_text,
    kind_label,
    sprint_name,
)


class BoardPanel(QWidget):
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPanel")
        self._board: Board | None = None
        self._lot_order: list[int] = []
        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Filter cards (Ctrl+F): ref, title, need, person…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refresh)
        self.assignee = self._combo("assigneeFilter", self.tr("Everyone"))
        self.lot = self._combo("lotFilter", self.tr("All lots"))
        self.kind = self._combo("kindFilter", self.tr("All kinds"))
        for kind in StoryKind:
            self.kind.addItem(kind_label(kind), kind)
        self.lanes = QComboBox()
        self.lanes.setObjectName("swimlanes")
        self.lanes.setToolTip(self.tr("Swimlanes: split the board in rows"))
        self.lanes.addItem(self.tr("No swimlanes"), SwimlaneBy.NONE)
        self.lanes.addItem(self.tr("Swimlanes by lot"), SwimlaneBy.LOT)
        self.lanes.addItem(self.tr("Swimlanes by assignee"), SwimlaneBy.ASSIGNEE)
        self.lanes.currentIndexChanged.connect(self._refresh)
        for combo in (self.assignee, self.lot, self.kind, self.lanes):  # they may shrink in a narrow window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.shown = QLabel()
        self.shown.setObjectName("boardShown")

        bar = QHBoxLayout()
        self._bar = bar
        bar.addWidget(self.search, 3)
        bar.addWidget(self.assignee, 1)
        bar.addWidget(self.lot, 1)
        bar.addWidget(self.kind, 1)
        bar.addWidget(self.clear_button)
        bar.addSpacing(12)
        bar.addWidget(self.lanes, 1)
        bar.addWidget(self.shown)

        self.wip_banner = QFrame()
        self.wip_banner.setObjectName("wipBanner")
        self.wip_banner.setStyleSheet(DANGER_STYLE.format(name="wipBanner"))
        self.wip_text = QLabel()
        self.wip_text.setObjectName("wipText")
        self.wip_text.setWordWrap(True)
        banner_layout = QHBoxLayout(self.wip_banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.wip_text, 1)
        self.wip_banner.hide()

        self.notice = QFrame()
        self.notice.setObjectName("boardNotice")
        self.notice.setStyleSheet(WARNING_STYLE.format(name="boardNotice"))
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(10, 6, 10, 6)
        notice_layout.addWidget(self.notice_text, 1)
        self.notice.hide()

        self.view = BoardView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.wip_banner)
        layout.addWidget(self.view, 1)

    def add_tool(self, widget: QWidget) -> None:
        """A button of the tab that belongs with the board (Columns & WIP…), at the bar's end."""
        self._bar.addWidget(widget)

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_text, ANY)
        combo.currentIndexChanged.connect(self._refresh)
        return combo

    # ------------------------------------------------------------------ data
    def set_data(self, board: Board, people: Sequence[PersonRead], lots: Sequence[LotRead]) -> None:
        self._board = board
        self._lot_order = [lot.id for lot in lots]
        in_sprint = {c.assignee_id for c in board.cards if c.assignee_id is not None}
        # the sprint's people first: they are the ones a pilot filters on
        ordered = sorted(people, key=lambda p: (p.id not in in_sprint, p.name.casefold()))
        self._refill(self.assignee, [(None, self.tr("Unassigned"))] + [(p.id, p.name) for p in ordered])
        self._refill(self.lot, [(None, self.tr("No lot"))] + [(lot.id, lot.name) for lot in lots])
        self._refresh()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        value = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(value) if value != ANY else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def card_filter(self) -> CardFilter:
        kind = self.kind.currentData()
        return CardFilter(text=self.search.text(), assignee_id=self.assignee.currentData(),
                          lot_id=self.lot.currentData(), kind=None if kind == ANY else StoryKind(kind))

    def swimlane_by(self) -> SwimlaneBy:
        return SwimlaneBy(self.lanes.currentData())

    def set_swimlanes(self, by: SwimlaneBy) -> None:
        self.lanes.setCurrentIndex(self.lanes.findData(by))

    def clear_filters(self) -> None:
        for widget in (self.assignee, self.lot, self.kind):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._refresh()

    def _refresh(self, *_args: object) -> None:
        board = self._board
        if board is None:
            return
        card_filter = self.card_filter()
        self.view.set_board(board, card_filter, self.swimlane_by(), self._lot_order)
        total = len(board.cards)
        shown = sum(1 for c in board.cards if card_filter.matches(c))
        self.shown.setText(self.tr("{shown} of {total} cards").replace("{shown}", str(shown))
                           .replace("{total}", str(total)) if card_filter.active else
                           self.tr("{total} cards").replace("{total}", str(total)))
        self.clear_button.setEnabled(card_filter.active)
        over = board.exceeded
        if over:
            parts = [self.tr("{column} holds {count} cards for a limit of {limit}")
                     .replace("{column}", column_text(c.column)).replace("{count}", str(c.wip.count))
                     .replace("{limit}", str(c.wip.limit)) for c in over]
            text = self.tr("Over the WIP limit: {columns}. Finish work in progress before starting more.") \
                .replace("{columns}", "; ".join(parts))
            if card_filter.active:
                text += " " + self.tr("(Counted over every card, including those the filter hides.)")
            self.wip_text.setText(text)
        self.wip_banner.setVisible(bool(over))
        if board.sprint is None:
            self.notice_text.setText(self.tr("No sprint yet: create one with “New sprint…”, then plan stories "
                                             "into it from the backlog."))
        elif board.sprint.status is SprintStatus.CLOSED:
            self.notice_text.setText(self.tr("{sprint} is closed: its board is kept as it was and can no "
                                             "longer change.").replace("{sprint}", sprint_name(board.sprint)))
        elif board.sprint.status is SprintStatus.PLANNED:
            self.notice_text.setText(self.tr("{sprint} has not started yet: start it when the team commits "
                                             "to its stories.").replace("{sprint}", sprint_name(board.sprint)))
        self.notice.setVisible(board.sprint is None or board.sprint.status is not SprintStatus.ACTIVE)
        self.filters_changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

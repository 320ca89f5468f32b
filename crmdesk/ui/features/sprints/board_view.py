"""The board: columns side by side, each a list of cards, optionally split in swimlanes.

The view never moves a card itself: drops and keyboard moves become ``move_requested``, the tab
runs the undoable service call, and the board is refreshed from the service. Column headers
count every card of the sprint, including those a filter hides (a filter must not hide an
overloaded column)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.sprints import StoryRead
from crmdesk.domain.sprints_board import (
    Board,
    CardFilter,
    Swimlane,
    SwimlaneBy,
    swimlanes,
)
from crmdesk.ui.features.sprints.board_headers import ColumnHeader, LaneHeader
from crmdesk.ui.features.sprints.board_model import CardListModel
from crmdesk.ui.features.sprints.card_delegate import CardDelegate
from crmdesk.ui.features.sprints.card_list import CardList
from crmdesk.ui.features.sprints.common import format_points

SPACING = 8


class BoardView(QWidget):
    """``move_requested(story_id, column_id, before_id, after_id)``; ``open_requested(id)``."""

    move_requested = Signal(int, int, object, object)
    open_requested = Signal(int)
    delete_requested = Signal(list)
    current_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardView")
        self._delegate = CardDelegate(self)
        self._board: Board | None = None
        self._structure: tuple = ()
        self._lists: dict[tuple[int | None, int], CardList] = {}  # (lane key, column id)
        self._headers: dict[int, ColumnHeader] = {}
        self._lanes: list[Swimlane] = []
        self._lane_headers: dict[int | None, LaneHeader] = {}
        self._collapsed: set[int | None] = set()
        self._selecting = False
        self.headers_row = QHBoxLayout()
        self.headers_row.setSpacing(SPACING)
        self.headers_row.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("boardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.verticalScrollBar().rangeChanged.connect(lambda *_a: self._align_headers())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.headers_row)
        layout.addWidget(self.scroll, 1)
        self._build_actions()

    def _build_actions(self) -> None:
        def action(text: str, keys: list[str], slot) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False: slot())
            self.addAction(act)
            return act

        self.act_right = action(self.tr("Move card to the next column"), ["Ctrl+Right"], lambda: self.shift_column(1))
        self.act_left = action(self.tr("Move card to the previous column"), ["Ctrl+Left"], lambda: self.shift_column(-1))
        self.act_up = action(self.tr("Move card up"), ["Ctrl+Up"], lambda: self.shift_row(-1))
        self.act_down = action(self.tr("Move card down"), ["Ctrl+Down"], lambda: self.shift_row(1))
        self.act_open = action(self.tr("Open the story"), ["Return", "Enter", "F2"], self._open_current)
        self.act_delete = action(self.tr("Delete the story"), ["Delete"], self._delete_current)

    # ------------------------------------------------------------------ content
    def set_board(self, board: Board, card_filter: CardFilter, by: SwimlaneBy, lot_order: Sequence[int]) -> None:
        keep = self.current_card()
        had_focus = self._focused_list() is not None
        self._board = board
        visible = [c for c in board.cards if card_filter.matches(c)]
        lanes = swimlanes(visible, by, lot_order)
        if by is not SwimlaneBy.NONE and not lanes:
            lanes = []
        structure = (tuple(c.column.id for c in board.columns), tuple(lane.key for lane in lanes), by)
        if not self._structure or structure[0] != self._structure[0]:
            self._rebuild_headers(board)
        if structure != self._structure:
            self._rebuild(board, lanes, by)
            self._structure = structure
        self._lanes = lanes
        for column in board.columns:
            shown = sum(1 for c in column.cards if card_filter.matches(c))
            self._headers[column.column.id].show_column(column, shown, card_filter.active)
        for lane in lanes:
            header = self._lane_headers.get(lane.key)
            if header is not None:
                points = sum((c.points or 0.0 for c in lane.cards), 0.0)
                header.info.setText(self.tr("{n} card(s) · {points} pts").replace("{n}", str(len(lane.cards)))
                                    .replace("{points}", format_points(points)))
            tallest = max((sum(1 for c in lane.cards if c.column_id == column.column.id)
                           for column in board.columns), default=0)
            for column in board.columns:
                cards = [c for c in lane.cards if c.column_id == column.column.id]
                view = self._lists[(lane.key, column.column.id)]
                view.card_model().set_cards(cards)
                view.update_height(tallest)
        enabled = not board.read_only
        for view in self._lists.values():
            view.setDragEnabled(enabled)
            view.setAcceptDrops(enabled)
        if keep is not None:
            self.select_card(keep.id, focus=had_focus)

    def _rebuild_headers(self, board: Board) -> None:
        while self.headers_row.count():
            item = self.headers_row.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self._headers.clear()
        for column in board.columns:
            header = ColumnHeader()
            self._headers[column.column.id] = header
            self.headers_row.addWidget(header, 1)

    def _rebuild(self, board: Board, lanes: list[Swimlane], by: SwimlaneBy) -> None:
        old = self.scroll.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self._lists.clear()
        self._lane_headers.clear()
        body = QWidget()
        body.setObjectName("boardBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(4)
        row = 0
        single = by is SwimlaneBy.NONE
        for lane in lanes:
            if not single:
                points = sum((c.points or 0.0 for c in lane.cards), 0.0)
                header = LaneHeader(lane, points)
                header.toggled.connect(self._toggle_lane)
                self._lane_headers[lane.key] = header
                grid.addWidget(header, row, 0, 1, len(board.columns))
                row += 1
            for i, column in enumerate(board.columns):
                model = CardListModel(column.column.id, lane.key, self)
                view = CardList(model, self._delegate)
                view.fit_to_content(not single)
                view.dropped.connect(self._on_dropped)
                view.neighbour_requested.connect(self._focus_neighbour)
                view.doubleClicked.connect(lambda index, v=view: self.open_requested.emit(v.card_model().card(index.row()).id))
                view.selectionModel().selectionChanged.connect(lambda *_a, v=view: self._on_selection(v))
                self._lists[(lane.key, column.column.id)] = view
                grid.addWidget(view, row, i)
                if lane.key in self._collapsed and not single:
                    view.hide()
            if not single and lane.key in self._collapsed:
                self._lane_headers[lane.key].button.setChecked(True)
            row += 1
        for i in range(len(board.columns)):
            grid.setColumnStretch(i, 1)
        if not single:
            grid.setRowStretch(row, 1)
        self.scroll.setWidget(body)
        self._align_headers()

    def _align_headers(self) -> None:
        bar = self.scroll.verticalScrollBar()
        right = bar.sizeHint().width() if bar.maximum() > 0 else 0
        self.headers_row.setContentsMargins(0, 0, right, 0)

    def _toggle_lane(self, key: int | None, collapsed: bool) -> None:
        (self._collapsed.add if collapsed else self._collapsed.discard)(key)
        for (lane_key, _column), view in self._lists.items():
            if lane_key == key:
                view.setVisible(not collapsed)

    # ------------------------------------------------------------------ access
    def column_header(self, column_id: int) -> ColumnHeader:
        return self._headers[column_id]

    def card_list(self, column_id: int, lane_key: int | None = None) -> CardList:
        return self._lists[(lane_key, column_id)]

    def lane_keys(self) -> list[int | None]:
        return [lane.key for lane in self._lanes]

    def lane_headers(self) -> list[LaneHeader]:
        return list(self._lane_headers.values())

    def _focused_list(self) -> CardList | None:
        for view in self._lists.values():
            if view.hasFocus():
                return view
        return None

    def _list_of_current(self) -> CardList | None:
        focused = self._focused_list()
        if focused is not None and focused.current_card() is not None:
            return focused
        for view in self._lists.values():
            if view.current_card() is not None:
                return view
        return None

    def current_card(self) -> StoryRead | None:
        view = self._list_of_current()
        return view.current_card() if view is not None else None

    def select_card(self, story_id: int, focus: bool = True) -> bool:
        for view in self._lists.values():
            if view.card_model().row_of(story_id) >= 0:
                view.select_card(story_id)
                if focus:
                    view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _on_selection(self, view: CardList) -> None:
        if self._selecting or view.current_card() is None:
            return
        self._selecting = True
        try:
            for other in self._lists.values():
                if other is not view:
                    other.selectionModel().clearSelection()
        finally:
            self._selecting = False
        self.current_changed.emit()

    def _focus_neighbour(self, view: CardList, step: int) -> None:
        key = next(k for k, v in self._lists.items() if v is view)
        columns = [c.column.id for c in self._board.columns] if self._board else []
        i = columns.index(key[1]) + step
        while 0 <= i < len(columns):
            target = self._lists[(key[0], columns[i])]
            if target.card_model().rowCount():
                row = min(max(view.currentIndex().row(), 0), target.card_model().rowCount() - 1)
                target.select_card(target.card_model().card(row).id)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            i += step

    # ------------------------------------------------------------------ moves
    def _on_dropped(self, ids: list, column_id: int, before: int | None, after: int | None) -> None:
        if self._board is None or self._board.read_only:
            return
        for story_id in ids:
            self.move_requested.emit(story_id, column_id, before, after)

    def shift_column(self, step: int) -> None:
        card = self.current_card()
        if card is None or self._board is None or self._board.read_only:
            return
        columns = [c.column.id for c in self._board.columns]
        i = columns.index(card.column_id) + step
        if 0 <= i < len(columns):
            self.move_requested.emit(card.id, columns[i], None, None)

    def shift_row(self, step: int) -> None:
        """Up: before the card above. Down: the card below goes before this one."""
        view = self._list_of_current()
        card = view.current_card() if view else None
        if view is None or card is None or self._board is None or self._board.read_only:
            return
        model = view.card_model()
        row = model.row_of(card.id)
        if step < 0 and row > 0:
            self.move_requested.emit(card.id, card.column_id, model.card(row - 1).id, None)
        elif step > 0 and row + 1 < model.rowCount():
            self.move_requested.emit(card.id, card.column_id, None, model.card(row + 1).id)

    def _open_current(self) -> None:
        card = self.current_card()
        if card is not None:
            self.open_requested.emit(card.id)

    def _delete_current(self) -> None:
        card = self.current_card()
        if card is not None and self._board is not None and not self._board.read_only:
            self.delete_requested.emit([card.id])

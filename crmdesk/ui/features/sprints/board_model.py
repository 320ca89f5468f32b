"""The cards of one board column (in one swimlane): a list model whose rows drag as story ids."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crmdesk.domain.sprints import StoryRead
from crmdesk.ui.features.sprints.common import (
    STORY_MIME,
    encode_stories,
    kind_label,
    points_text,
)
from crmdesk.ui.models.record_table import Role

CARD_ROLE = Qt.ItemDataRole.UserRole + 10
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


class CardListModel(QAbstractListModel):
    def __init__(self, column_id: int, lane_key: int | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_id = column_id
        self.lane_key = lane_key
        self._cards: list[StoryRead] = []

    # ------------------------------------------------------------------ content
    def set_cards(self, cards: Sequence[StoryRead]) -> None:
        cards = list(cards)
        if [c.id for c in cards] == [c.id for c in self._cards]:
            if cards != self._cards:  # same cards, new content: repaint, keep the selection
                self._cards = cards
                self.dataChanged.emit(self.index(0, 0), self.index(len(cards) - 1, 0))
            return
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    def cards(self) -> list[StoryRead]:
        return list(self._cards)

    def card(self, row: int) -> StoryRead:
        return self._cards[row]

    def row_of(self, story_id: int) -> int:
        for row, card in enumerate(self._cards):
            if card.id == story_id:
                return row
        return -1

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{card.ref} {card.title}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = translate("BoardCard", "{ref}, {title}, {points} points, {assignee}")
            return (text.replace("{ref}", card.ref).replace("{title}", card.title)
                    .replace("{points}", points_text(card.points)).replace("{assignee}", card.assignee_name))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(card)
        if role == CARD_ROLE:
            return card
        if role == Role.RECORD_ID:
            return card.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [STORY_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_stories([self._cards[r].id for r in rows], "board")

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction


def _tooltip(card: StoryRead) -> str:
    lines = [f"<b>{_esc(card.ref)} — {_esc(card.title)}</b>"]
    if card.i_want:
        text = translate("BoardCard", "As {who}, I want {what}, so that {why}.")
        lines.append(_esc(text.replace("{who}", card.as_a or "…").replace("{what}", card.i_want)
                          .replace("{why}", card.so_that or "…")))
    facts = [kind_label(card.kind), translate("BoardCard", "{points} pts").replace("{points}", points_text(card.points))]
    if card.lot_name:
        facts.append(card.lot_name)
    if card.assignee_name:
        facts.append(card.assignee_name)
    lines.append(_esc(" · ".join(facts)))
    if card.need_refs:
        lines.append(_esc(translate("BoardCard", "Needs: {refs}").replace("{refs}", ", ".join(card.need_refs))))
    if card.open_defects:
        lines.append(_esc(translate("BoardCard", "{n} open defect(s)").replace("{n}", str(card.open_defects))))
    return "<br>".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

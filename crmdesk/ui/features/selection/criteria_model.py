"""The groups of criteria and their criteria as a two-level tree model, and its editors.

Like ``RecordTableModel`` it never writes: ``setData`` emits ``edit_requested`` and the panel
runs the undoable service action, then gives the model the rows read again. Shares are shown
rounded so that they always sum to 100 (``display_percentages``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crmdesk.domain.selection import CriterionKind, CriterionRead, GroupRead
from crmdesk.domain.selection_scoring import display_percentages
from crmdesk.ui.features.selection.common import (
    GREY,
    enum_label,
    make_spin,
    number,
    percent,
    spin_data,
    spin_value,
    weight_text,
)
from crmdesk.ui.i18n import label

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
KEYS = ("name", "weight", "share", "kind", "knockout", "link", "description")
GROUP_BG = QColor("#EEF1F5")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "group" or "criterion"



class CriteriaModel(QAbstractItemModel):
    edit_requested = Signal(str, int, str, object)  # "group"/"criterion", id, column key, new value

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[GroupRead] = []
        self._children: list[list[CriterionRead]] = []
        self._group_share: list[float] = []
        self._crit_share: dict[int, float] = {}

    # ------------------------------------------------------------- content
    def set_rows(self, groups: list[GroupRead], criteria: list[CriterionRead]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        by_group: dict[int, list[CriterionRead]] = {g.id: [] for g in groups}
        for crit in criteria:
            by_group.setdefault(crit.group_id, []).append(crit)
        self._children = [by_group[g.id] for g in self.groups]
        self._group_share = display_percentages([g.share for g in self.groups])
        shown = display_percentages([k.share for k in criteria])
        self._crit_share = {k.id: s for k, s in zip(criteria, shown, strict=True)}
        self.endResetModel()

    def criteria(self) -> list[CriterionRead]:
        return [k for children in self._children for k in children]

    def shown_group_shares(self) -> list[float]:
        return list(self._group_share)

    def shown_criterion_shares(self) -> dict[int, float]:
        return dict(self._crit_share)

    def item(self, index: Index) -> GroupRead | CriterionRead | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == 0:
            return self.groups[index.row()] if index.row() < len(self.groups) else None
        children = self._children[parent - 1]
        return children[index.row()] if index.row() < len(children) else None

    def index_of(self, kind: str, item_id: int, column: int = 0) -> QModelIndex:
        for g, group in enumerate(self.groups):
            if kind == "group" and group.id == item_id:
                return self.index(g, column)
            for c, crit in enumerate(self._children[g]):
                if kind == "criterion" and crit.id == item_id:
                    return self.index(c, column, self.index(g, 0))
        return QModelIndex()

    # ------------------------------------------------------------- Qt API
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0:
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self._children):
            return len(self._children[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (translate("CriteriaModel", "Group / criterion"), translate("CriteriaModel", "Weight"), translate("CriteriaModel", "Share"), translate("CriteriaModel", "Kind"), translate("CriteriaModel", "Knock-out below"),
                    translate("CriteriaModel", "Linked to"), translate("CriteriaModel", "Description"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (None, translate("CriteriaModel", "Weight of the group, or of the criterion within its group"),
                    translate("CriteriaModel", "Share of the whole score: group weight × criterion weight, in %; the shares sum to 100"),
                    None, translate("CriteriaModel", "A candidate whose score is below this threshold is eliminated (empty: not a "
                              "knock-out criterion)"),
                    translate("CriteriaModel", "The need or the domain the criterion judges (vendors' answers propose scores for it)"),
                    None)[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        key = KEYS[index.column()]
        is_group = isinstance(item, GroupRead)
        if role == ID_ROLE:
            return item.id
        if role == KIND_ROLE:
            return "group" if is_group else "criterion"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._group_text(index.row(), item, key) if is_group else self._crit_text(item, key)  # type: ignore[arg-type]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, key)
        if role == Qt.ItemDataRole.FontRole and is_group:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_group:
            return GROUP_BG
        if role == Qt.ItemDataRole.ForegroundRole and key == "share":
            share = self._group_share[index.row()] if is_group else self._crit_share.get(item.id, 0.0)
            return GREY if share <= 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("weight", "share", "knockout"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_group and key == "share" and item.criterion_count == 0:  # type: ignore[union-attr]
                return translate("CriteriaModel", "This group has no criteria yet: its weight counts for nothing.")
            if not is_group and key in ("name", "description"):
                crit: CriterionRead = item  # type: ignore[assignment]
                return "\n\n".join(t for t in (crit.label, crit.description) if t)
        return None

    def _group_text(self, row: int, group: GroupRead, key: str) -> str:
        if key == "name":
            return group.name
        if key == "weight":
            return weight_text(group.weight)
        if key == "share":
            return percent(self._group_share[row])
        if key == "kind":
            if group.criterion_count == 1:
                return translate("CriteriaModel", "1 criterion")
            return translate("CriteriaModel", "{n} criteria").replace("{n}", str(group.criterion_count))
        return ""

    def _crit_text(self, crit: CriterionRead, key: str) -> str:
        if key == "name":
            return crit.name
        if key == "weight":
            return weight_text(crit.weight)
        if key == "share":
            return percent(self._crit_share.get(crit.id, 0.0))
        if key == "kind":
            return enum_label(crit.kind)
        if key == "knockout":
            return number(crit.knockout_threshold) if crit.knockout else ""
        if key == "link":
            return link_text(crit)
        if key == "description":
            return " ".join(crit.description.split())
        return ""

    @staticmethod
    def _edit_value(item: GroupRead | CriterionRead, key: str) -> Any:
        if key == "name":
            return item.name
        if key == "weight":
            return item.weight
        if isinstance(item, CriterionRead):
            if key == "knockout":
                return item.knockout_threshold if item.knockout else 0.0
            if key == "link":
                return ("need", item.need_id) if item.need_id is not None else (
                    ("domain", item.domain_id) if item.domain_id is not None else None)
            if key == "description":
                return item.description
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        item = self.item(index)
        if item is None:
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = KEYS[index.column()]
        editable = key in ("name", "weight")
        if isinstance(item, CriterionRead):
            editable = editable or key == "description" or (
                key in ("knockout", "link") and item.kind is not CriterionKind.COST)
        if isinstance(item, CriterionRead):
            base |= Qt.ItemFlag.ItemNeverHasChildren
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index)
        if item is None or role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = KEYS[index.column()]
        if value == self._edit_value(item, key):
            return False
        self.edit_requested.emit("group" if isinstance(item, GroupRead) else "criterion", item.id, key, value)
        return True


def link_text(crit: CriterionRead) -> str:
    if crit.need_id is not None:
        priority = f" ({label(crit.need_priority)})" if crit.need_priority is not None else ""
        return f"{crit.need_ref}{priority}"
    if crit.domain_id is not None:
        return translate("CriteriaModel", "domain {name}").replace("{name}", crit.domain_name)
    return ""


class CriteriaDelegate(QStyledItemDelegate):
    """Spin boxes for weights and thresholds, a combo box for the linked need or domain."""

    def __init__(self, links: Callable[[], list[tuple[Any, str]]], parent: Any = None) -> None:
        super().__init__(parent)
        self._links = links

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        key = KEYS[index.column()]
        if key == "weight":
            return make_spin(parent, 0.0, 1_000_000.0, 2, "")
        if key == "knockout":
            spin = make_spin(parent, 0.0, 5.0, 1, "")
            spin.setSingleStep(0.5)
            spin.setSpecialValueText(QCoreApplication.translate("CriteriaPanel", "none"))
            return spin
        if key == "link":
            combo = QComboBox(parent)
            for value, text in self._links():
                combo.addItem(text, value)
            combo.setMaxVisibleItems(20)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        return super().createEditor(parent, option, index)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QDoubleSpinBox):
            spin_data(editor, index)
        elif isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(found, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QDoubleSpinBox):
            model.setData(index, spin_value(editor), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

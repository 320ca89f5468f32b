"""Editors for ``RecordTableModel`` columns: a combo box for "choice" columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crmdesk.ui.models.record_table import RecordTableModel, Role


class RecordDelegate(QStyledItemDelegate):
    """Combo box for choice columns, the default line edit for text columns."""

    def __init__(self, model: RecordTableModel[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._model = model

    def _column(self, index: QModelIndex | QPersistentModelIndex):  # type: ignore[no-untyped-def]
        return self._model.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        col = self._column(index)
        if col.editor == "choice" and col.choices:
            combo = QComboBox(parent)
            for value, text in col.choices():
                combo.addItem(text, value)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        return super().createEditor(parent, option, index)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            current = index.data(Role.CHOICE)
            found = editor.findData(current)
            editor.setCurrentIndex(found if found >= 0 else 0)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)

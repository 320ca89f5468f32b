"""Inline editing, bulk changes, deletion, detail texts: each one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from crmdesk.domain.enums import NeedStatus, Priority
from tests.qt.conftest import answer, refocus, type_text


def _need(window, ref):  # type: ignore[no-untyped-def]
    return next(n for n in window.services.needs.list() if n.ref == ref)


def _select_rows(tab, refs):  # type: ignore[no-untyped-def]
    ids = [next(n.id for n in tab.model.all_records() if n.ref == r) for r in refs]
    tab._restore_selection(ids, ids[0])


def test_edit_title_with_f2_then_undo_and_redo(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tab = window.needs_tab
    table = tab.table
    row = tab.model.row_of(_need(window, "BES-003").id)
    table.setFocus()
    table.setCurrentIndex(tab.model.index(row, tab.model.column_of("title")))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    type_text(editor, "Alerte doublon renforcée")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the editor through a queued call
    qtbot.waitUntil(lambda: _need(window, "BES-003").title == "Alerte doublon renforcée")
    assert window.act_undo.text().endswith("Edit Title of BES-003")

    window.act_undo.trigger()
    assert _need(window, "BES-003").title == "Alerte doublon à la création d'un compte ou d'un contact"
    assert tab.model.record(tab.model.row_of(_need(window, "BES-003").id)).title.startswith("Alerte doublon à")
    window.act_redo.trigger()
    assert _need(window, "BES-003").title == "Alerte doublon renforcée"


def test_priority_changes_through_the_combo_editor(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tab = window.needs_tab
    need = _need(window, "BES-002")
    assert need.priority == Priority.DESIRED
    index = tab.model.index(tab.model.row_of(need.id), tab.model.column_of("priority"))
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    combo = tab.table.findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(combo.findData(Priority.MANDATORY))
    combo.activated.emit(combo.currentIndex())
    assert _need(window, "BES-002").priority == Priority.MANDATORY


def test_bulk_change_of_status_is_one_undo_step(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tab = window.needs_tab
    refs = ["BES-005", "BES-011", "BES-014"]
    before = {r: _need(window, r).status for r in refs}
    _select_rows(tab, refs)
    assert len(tab.selected_ids()) == 3
    tab.change_selected("status", NeedStatus.REJECTED)
    assert all(_need(window, r).status == NeedStatus.REJECTED for r in refs)
    window.act_undo.trigger()
    assert {r: _need(window, r).status for r in refs} == before


def test_delete_asks_then_undo_brings_the_needs_back(qtbot, open_window, demo_path, when_modal):
    window = open_window(demo_path)
    tab = window.needs_tab
    total = tab.model.rowCount()
    _select_rows(tab, ["BES-001", "BES-002"])
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    when_modal(answer(QMessageBox.StandardButton.No))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert when_modal.handled == 1
    assert tab.model.rowCount() == total
    refocus(qtbot, tab.table)
    when_modal(answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert when_modal.handled == 2
    assert tab.model.rowCount() == total - 2
    assert "BES-001" not in {n.ref for n in window.services.needs.list()}
    refocus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.rowCount() == total
    assert {"BES-001", "BES-002"} <= {n.ref for n in window.services.needs.list()}


def test_detail_text_is_saved_when_leaving_the_field(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tab = window.needs_tab
    need = _need(window, "BES-004")
    tab.select_need(need.id)
    editor = tab.detail.editors["acceptance_criteria"]
    editor.setFocus()
    editor.setPlainText("Étant donné un compte, quand j'ouvre sa fiche, alors je vois 3 ans d'historique.")
    tab.search.setFocus()  # focus leaves the field
    qtbot.waitUntil(lambda: _need(window, "BES-004").acceptance_criteria.startswith("Étant donné"))
    window.act_undo.trigger()
    assert _need(window, "BES-004").acceptance_criteria == need.acceptance_criteria


def test_search_and_filters_narrow_the_table_and_the_status_bar_counts(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tab = window.needs_tab
    total = tab.model.rowCount()
    assert f"{total} needs" in window.counts_label.text()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "DEVIS")  # case and accents do not matter
    shown = tab.model.rowCount()
    assert 0 < shown < total
    assert all("devis" in " ".join((n.ref, n.title, n.description, n.rationale, n.acceptance_criteria,
                                    n.comments, n.owner_name, n.source_workshop,
                                    tab._domain_path(n.domain_id))).lower()
               for n in tab.model.visible_records())
    assert f"{shown} shown" in window.counts_label.text()
    tab.search.clear()
    tab.priority_filter.setCurrentIndex(tab.priority_filter.findData(Priority.MANDATORY))
    assert all(n.priority == Priority.MANDATORY for n in tab.model.visible_records())
    mandatory = tab.model.rowCount()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(NeedStatus.VALIDATED))
    assert 0 < tab.model.rowCount() <= mandatory


def test_sorting_a_column_keeps_the_selected_need(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tab = window.needs_tab
    need = _need(window, "BES-010")
    tab.select_need(need.id)
    tab.table.sortByColumn(tab.model.column_of("priority"), Qt.SortOrder.DescendingOrder)
    order = [n.priority for n in tab.model.visible_records()]
    assert order[0] == Priority.OPTIONAL and order[-1] == Priority.MANDATORY
    assert tab.current_need() is not None and tab.current_need().id == need.id
    rows = tab.table.selectionModel().selectedRows()
    assert [tab.model.record(r.row()).id for r in rows] == [need.id]
    assert tab.table.selectionModel().isRowSelected(tab.model.row_of(need.id))

"""The domain tree (keyboard, drag and drop), the project tab and its people."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from crmdesk.domain.enums import Role
from crmdesk.ui.features.needs.domain_tree import ID_ROLE
from tests.qt.conftest import answer, refocus, type_text


def _domains(window):  # type: ignore[no-untyped-def]
    return {d.name: d for d in window.services.domains.list()}


def test_add_rename_and_delete_a_domain_from_the_tree(qtbot, open_window, demo_path, when_modal):
    window = open_window(demo_path)
    tree = window.needs_tab.tree

    def name_it(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Logistique")
        dialog.accept()

    when_modal(name_it)
    tree.act_add.trigger()
    assert "Logistique" in _domains(window)
    assert tree.current_domain_id() == _domains(window)["Logistique"].id

    def rename(dialog):  # type: ignore[no-untyped-def]
        dialog.setTextValue("Logistique et transport")
        dialog.accept()

    refocus(qtbot, tree)
    when_modal(rename)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert "Logistique et transport" in _domains(window)
    refocus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert "Logistique et transport" not in _domains(window)
    window.act_undo.trigger()
    assert "Logistique et transport" in _domains(window)


def test_a_domain_holding_needs_cannot_be_deleted(qtbot, open_window, demo_path, when_modal):
    window = open_window(demo_path)
    tree = window.needs_tab.tree
    tree.select_filter(_domains(window)["Mobilité"].id)
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    tree.act_delete.trigger()
    assert messages and "still holds needs" in messages[0]
    assert "Mobilité" in _domains(window)


def test_keyboard_moves_a_domain_into_the_one_above_and_back_out(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tree = window.needs_tab.tree
    reporting = _domains(window)["Reporting"]
    tree.select_filter(reporting.id)
    refocus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = _domains(window)["Reporting"]
    assert moved.parent_id is not None
    assert tree.current_domain_id() == reporting.id
    qtbot.keyClick(tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _domains(window)["Reporting"].parent_id is None
    window.act_undo.trigger()
    assert _domains(window)["Reporting"].parent_id == moved.parent_id


def test_drag_and_drop_moves_a_domain_under_another(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tree = window.needs_tab.tree
    mobility, marketing = _domains(window)["Mobilité"], _domains(window)["Marketing"]
    tree.select_filter(mobility.id)
    target = tree._index_of(marketing.id)
    pos = tree.visualRect(target).center()
    mime = tree.model().mimeData([tree.currentIndex()])
    # No drag session can run offscreen (QDrag.exec needs a window system): deliver the drop
    # the session would end with, on the middle of the Marketing row.
    drop = QDropEvent(pos.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)
    assert _domains(window)["Mobilité"].parent_id == marketing.id
    window.act_undo.trigger()
    assert _domains(window)["Mobilité"].parent_id is None
    # dropped on the top edge of the first domain's row: moved first, at the top level
    tree.select_filter(mobility.id)
    first = tree._index_of(_domains(window)["Comptes et contacts"].id)
    top_edge = tree.visualRect(first).topLeft() + QPoint(20, 1)
    tree.dropEvent(QDropEvent(top_edge.toPointF(), Qt.DropAction.MoveAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    top = sorted((d for d in window.services.domains.list() if d.parent_id is None), key=lambda d: d.position)
    assert top[0].name == "Mobilité"
    window.act_undo.trigger()
    tree.select_filter(mobility.id)
    tree.dropEvent(QDropEvent(pos.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier))
    # the needs of Mobilité now show under Marketing / Mobilité
    needs = [n for n in window.needs_tab.model.all_records() if n.domain_id == mobility.id]
    assert needs and all(window.needs_tab._domain_path(n.domain_id) == "Marketing / Mobilité" for n in needs)


def test_clicking_a_domain_filters_the_needs(qtbot, open_window, demo_path):
    window = open_window(demo_path)
    tab = window.needs_tab
    ventes = _domains(window)["Ventes"]
    index = tab.tree._index_of(ventes.id)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=tab.tree.visualRect(index).center())
    assert tab.tree.current_filter() == ventes.id
    shown = tab.model.visible_records()
    assert len(shown) == 23  # Ventes and its three sub-domains
    assert all(tab._domain_path(n.domain_id).startswith("Ventes") for n in shown)
    assert index.data(ID_ROLE) == ventes.id


def test_project_frame_and_people_are_edited_in_the_project_tab(qtbot, open_window, demo_path, when_modal):
    window = open_window(demo_path)
    tab = window.project_tab
    window.tabs.setCurrentWidget(tab)
    refocus(qtbot, tab.name)
    tab.name.selectAll()
    type_text(tab.name, "Projet CRM Vernadel 2027")
    qtbot.keyClick(tab.name, Qt.Key.Key_Return)
    assert window.services.project.get().name == "Projet CRM Vernadel 2027"
    assert window.windowTitle().startswith("Projet CRM Vernadel 2027")

    people = len(window.services.people.list())
    tab.add_person_button.click()
    qtbot.waitUntil(lambda: len(window.services.people.list()) == people + 1)
    editor = QApplication.focusWidget()
    type_text(editor, "Zoé Marchetti")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Zoé Marchetti" in {p.name for p in window.services.people.list()})
    lea = next(p for p in window.services.people.list() if p.name == "Zoé Marchetti")
    assert lea.role == Role.KEY_USER

    owner = next(n for n in window.services.needs.list() if n.owner_id is not None)
    person = next(p for p in window.services.people.list() if p.id == owner.owner_id)
    row = tab.people_model.row_of(person.id)
    tab.people.setCurrentIndex(tab.people_model.index(row, 0))
    when_modal(answer(QMessageBox.StandardButton.Yes))
    tab.remove_person_button.click()
    assert person.id not in {p.id for p in window.services.people.list()}
    assert all(n.owner_id != person.id for n in window.services.needs.list())
    window.act_undo.trigger()
    assert next(n for n in window.services.needs.list() if n.id == owner.id).owner_id == person.id


def test_a_bad_sprint_length_is_refused_with_a_message(qtbot, open_window, demo_path, when_modal):
    window = open_window(demo_path)
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.accept()))
    window.project_tab._save_field("sprint_length_days", 0)
    assert messages and "between 1 and 90" in messages[0]
    assert window.services.project.get().sprint_length_days == 21
    assert window.undo_stack.count() == 0

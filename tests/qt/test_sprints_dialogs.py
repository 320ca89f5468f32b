"""The sprints tab's dialogs: close a sprint, create stories from needs, a new story from the
keyboard, columns and WIP limits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from crmdesk.domain.sprints import SprintStatus
from tests.qt.conftest import type_text
from tests.qt.test_sprints_support import column_id, focus, refs, sprints, story  # noqa: F401


def test_close_the_sprint_sending_unfinished_stories_to_the_next_one(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    sp = window.services.sprints
    sprint4 = tab.sprint()
    unfinished = {s.ref for s in sp.sprint_stories(sprint4.id) if not s.column_is_done}
    assert len(unfinished) == 6
    seen = {}

    def close(dialog):  # type: ignore[no-untyped-def]
        seen["text"] = dialog.findChild(QLabel, "velocityText").text()
        seen["next"] = dialog.next.text()
        dialog.next.setChecked(True)
        dialog.close_button.click()

    when_modal(close)
    tab.act_close.trigger()
    assert "6 pts" in seen["text"] and "a new sprint 5" in seen["next"].replace("&", "")
    closed = sp.sprint(sprint4.id)
    assert closed.status is SprintStatus.CLOSED and closed.velocity == 6
    sprint5 = sp.sprint_by_number(5)
    assert {s.ref for s in sp.sprint_stories(sprint5.id)} == unfinished
    assert tab.sprint().id == sprint5.id  # the tab moves on to the sprint that holds them
    assert tab.act_start.isEnabled() and not tab.act_close.isEnabled()
    window.act_undo.trigger()
    assert sp.sprint(sprint4.id).status is SprintStatus.ACTIVE
    assert {s.ref for s in sp.sprint_stories(sprint4.id) if not s.column_is_done} == unfinished


def test_close_the_sprint_sending_unfinished_stories_to_the_backlog(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    sp = window.services.sprints
    sprint4 = tab.sprint()

    def close(dialog):  # type: ignore[no-untyped-def]
        assert dialog.backlog.isChecked()  # the default
        dialog.close_button.click()

    when_modal(close)
    tab.act_close.trigger()
    assert sp.sprint(sprint4.id).velocity == 6
    assert "US-019" in refs(sp.backlog()) and "US-019" in refs(tab.backlog_panel.backlog_model.all_records())
    assert [s.number for s in sp.sprints()] == [1, 2, 3, 4]
    assert sp.velocity()[-1].done == 6


def test_create_the_missing_stories_from_the_warning(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    sp = window.services.sprints
    tab.show_page(0)
    count = len(sp.stories())
    seen = {}

    def create(dialog):  # type: ignore[no-untyped-def]
        seen["rows"] = [dialog.preview_model.record(r).title for r in range(dialog.preview_model.rowCount())]
        seen["button"] = dialog.create_button.text()
        lot2 = next(lot.id for lot in sp.lots() if lot.name.startswith("Lot 2"))
        dialog.lot.setCurrentIndex(dialog.lot.findData(lot2))
        dialog.create_button.click()

    when_modal(create)
    tab.backlog_panel.banner_button.click()
    assert len(seen["rows"]) == 2 and seen["button"] == "Create 2 story(ies)"
    created = sp.stories()[count:]
    assert len(created) == 2
    assert sorted(r for s in created for r in s.need_refs) == ["BES-064", "BES-065"]
    assert all(s.lot_name.startswith("Lot 2") and s.sprint_id is None for s in created)
    assert not tab.backlog_panel.banner.isVisible()
    assert tab.backlog_panel.backlog.selected_ids() == [s.id for s in created]
    window.act_undo.trigger()  # one step for both
    assert len(sp.stories()) == count
    assert tab.backlog_panel.banner.isVisible()


def test_stories_from_needs_proposes_the_needs_without_story(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    seen = {}

    def look(dialog):  # type: ignore[no-untyped-def]
        seen["ticked"] = len(dialog.needs.checked_ids())
        seen["proposed"] = dialog.preview_model.rowCount()
        dialog.again.setChecked(True)
        seen["again"] = dialog.preview_model.rowCount()
        dialog.reject()

    when_modal(look)
    tab.act_from_needs.trigger()
    linked = window.services.sprints.stories_by_need()
    expected = [n for n in window.services.needs.list() if n.priority.value in ("mandatory", "desired")
                and n.status.value not in ("rejected", "postponed") and n.id not in linked]
    assert seen["ticked"] == len(expected) == seen["proposed"] == seen["again"]


def test_new_story_from_the_keyboard(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    sp = window.services.sprints
    count = len(sp.stories())

    def fill(dialog):  # type: ignore[no-untyped-def]
        type_text(dialog.title, "Relance automatique des devis")
        dialog.as_a.setEditText("commercial")
        dialog.i_want.setPlainText("être relancé sept jours après l'envoi d'un devis")
        dialog.so_that.setPlainText("ne plus oublier de devis")
        assert "As commercial, I want" in dialog.sentence.text()
        dialog.points.setCurrentIndex(dialog.points.findData(5.0))
        dialog.needs.search.setFocus()
        type_text(dialog.needs.search, "BES-064")
        qtbot.keyClick(dialog.needs.search, Qt.Key.Key_Down)
        assert dialog.needs.tree.hasFocus()
        qtbot.keyClick(dialog.needs.tree, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # create and next
        assert "1 story(ies) created" in dialog.feedback.text() and dialog.title.text() == ""
        dialog.reject()

    when_modal(fill)
    tab.act_new_story.trigger()
    created = sp.stories()[count:]
    assert [(s.title, s.points, s.need_refs, s.as_a) for s in created] == [
        ("Relance automatique des devis", 5, ("BES-064",), "commercial")]
    assert created[0].ref == f"US-{count + 1:03d}"
    window.act_undo.trigger()
    assert len(sp.stories()) == count


def test_columns_dialog_sets_a_wip_limit_and_renames(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    sp = window.services.sprints
    acceptance = column_id(window, "in_acceptance")

    def edit(dialog):  # type: ignore[no-untyped-def]
        table = dialog.table
        row = dialog.model.row_of(acceptance)
        index = dialog.model.index(row, dialog.model.column_of("wip_limit"))
        table.setCurrentIndex(index)
        table.edit(index)
        editor = table.findChild(QLineEdit)
        editor.selectAll()
        type_text(editor, "1")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: sp.columns()[row].wip_limit == 1)
        name = dialog.model.index(row, 0)
        table.setCurrentIndex(name)
        table.edit(name)
        editor = table.findChild(QLineEdit)
        editor.selectAll()
        type_text(editor, "Recette")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: sp.columns()[row].name == "Recette")
        dialog.reject()

    when_modal(edit)
    tab.act_columns.trigger()
    tab.show_page(1)
    header = tab.board_panel.view.column_header(acceptance)
    assert header.title.text() == "Recette" and header.count.text() == "1/1" and header.state == "reached"
    window.act_undo.trigger()
    assert tab.board_panel.view.column_header(acceptance).title.text() == "In acceptance"
    window.act_undo.trigger()
    assert sp.columns()[2].wip_limit == 2

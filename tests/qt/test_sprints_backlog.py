"""The backlog page: reorder by drop and by keyboard, plan stories into a sprint, the warning
about mandatory needs without a story. Every move is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crmdesk.domain.sprints import SprintStatus
from tests.qt.test_sprints_support import (  # noqa: F401
    below_last,
    drag_mime,
    drop,
    focus,
    refs,
    sprints,
    story,
    top_of,
)


def _backlog(window) -> list[str]:  # type: ignore[no-untyped-def]
    return refs(window.services.sprints.backlog())


def test_reorder_the_backlog_by_drop_then_undo(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    tab.show_page(0)
    table = tab.backlog_panel.backlog
    before = _backlog(window)
    assert before[:3] == ["US-026", "US-027", "US-028"]
    moved = story(window, "US-030")
    mime = drag_mime(table, [moved.id])
    drop(table, mime, top_of(table, 0))
    assert _backlog(window)[:4] == ["US-030", "US-026", "US-027", "US-028"]
    assert table.story_model().record(0).ref == "US-030"  # the table follows
    assert window.act_undo.text().endswith("Reorder US-030")
    window.act_undo.trigger()
    assert _backlog(window) == before
    assert table.story_model().record(0).ref == "US-026"
    # dropped below the last row: goes last
    mime = drag_mime(table, [moved.id])
    drop(table, mime, below_last(table))
    assert _backlog(window)[-1] == "US-030"


def test_reorder_the_backlog_by_keyboard(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    tab.show_page(0)
    table = tab.backlog_panel.backlog
    before = _backlog(window)
    table.select_ids([story(window, "US-028").id])
    focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _backlog(window)[:3] == ["US-026", "US-028", "US-027"]
    assert table.selected_ids() == [story(window, "US-028").id]  # the selection follows the story
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert _backlog(window)[0] == "US-028"
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _backlog(window)[:2] == ["US-026", "US-028"]
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    assert _backlog(window)[-1] == "US-028"
    for _ in range(4):
        window.act_undo.trigger()
    assert _backlog(window) == before


def test_plan_a_story_into_a_new_sprint_by_drop(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    tab.show_page(0)
    panel = tab.backlog_panel

    def fill(dialog):  # type: ignore[no-untyped-def]
        assert dialog.objectName() == "sprintDialog"
        assert dialog.length.value() == 21  # the project's default length
        dialog.name.setText("Service client")
        dialog.capacity.setValue(20)
        dialog.accept()

    when_modal(fill)
    tab.act_new_sprint.trigger()
    sprint5 = window.services.sprints.sprint_by_number(5)
    assert sprint5.status is SprintStatus.PLANNED and sprint5.capacity_points == 20
    assert tab.sprint().id == sprint5.id  # the new sprint is the one shown
    assert panel.capacity.text() == "0 / 20 pts planned"

    us032, us033 = story(window, "US-032"), story(window, "US-033")
    mime = drag_mime(panel.backlog, [us032.id, us033.id])
    drop(panel.sprint_table, mime, below_last(panel.sprint_table))
    sprint5 = window.services.sprints.sprint(sprint5.id)
    assert sprint5.committed_points == 8 and sprint5.story_count == 2
    assert panel.capacity.text() == "8 / 20 pts planned"
    assert refs(panel.sprint_model.all_records()) == ["US-032", "US-033"]
    assert "US-032" not in refs(panel.backlog_model.all_records())
    assert "8/20 pts committed" in tab.summary.text()
    window.act_undo.trigger()
    assert window.services.sprints.sprint(sprint5.id).story_count == 0
    assert panel.capacity.text() == "0 / 20 pts planned"


def test_plan_and_unplan_with_the_keyboard(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    tab.show_page(0)
    panel = tab.backlog_panel
    sprint4 = tab.sprint()
    us026 = story(window, "US-026")
    panel.backlog.select_ids([us026.id])
    focus(qtbot, panel.backlog)
    qtbot.keyClick(panel.backlog, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert story(window, "US-026").sprint_id == sprint4.id
    assert window.services.sprints.sprint(sprint4.id).scope_points == sprint4.scope_points + 5
    assert window.act_undo.text().endswith("Plan US-026 into sprint 4")
    panel.sprint_table.select_ids([us026.id])
    focus(qtbot, panel.sprint_table)
    qtbot.keyClick(panel.sprint_table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert story(window, "US-026").sprint_id is None


def test_mandatory_needs_without_story_are_listed(qtbot, sprints):  # noqa: F811
    _window, tab = sprints
    tab.show_page(0)
    panel = tab.backlog_panel
    assert panel.banner.isVisible()
    assert "BES-064, BES-065" in panel.banner_text.text()


def test_a_card_dropped_on_the_backlog_leaves_the_sprint(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    board = tab.board_panel.view
    card = story(window, "US-022")
    source = board.card_list(card.column_id)
    mime = drag_mime(source, [card.id])
    tab.show_page(0)
    table = tab.backlog_panel.backlog
    drop(table, mime, top_of(table, 1))
    assert story(window, "US-022").sprint_id is None
    assert _backlog(window)[:3] == ["US-026", "US-022", "US-027"]
    assert window.act_undo.text().endswith("Put US-022 back in the backlog")
    # a backlog story dropped on the board is refused: it must be planned first
    tab.show_page(1)
    mime = drag_mime(table, [story(window, "US-026").id])
    target = board.card_list(card.column_id)
    drop(target, mime, top_of(target, 0))
    assert story(window, "US-026").sprint_id is None

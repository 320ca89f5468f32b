"""The board: move cards by drop and by keyboard (each move recorded in the history, undone by
Ctrl+Z), WIP warnings that count the cards a filter hides, swimlanes, opening a card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from crmdesk.domain.sprints_board import SwimlaneBy
from tests.qt.conftest import type_text
from tests.qt.test_sprints_support import (  # noqa: F401
    below_last,
    column_id,
    column_moves,
    drag_mime,
    drop,
    focus,
    sprints,
    story,
    top_of,
)


def focused_card(qtbot, window, tab, ref: str):  # type: ignore[no-untyped-def]
    """The board shown, the card ``ref`` selected and its column's list focused: (card, list)."""
    tab.show_page(1)
    card = story(window, ref)
    tab.board_panel.view.select_card(card.id)
    view = tab.board_panel.view.card_list(card.column_id)
    focus(qtbot, view)
    return card, view


def test_drop_a_card_on_another_column_records_it_and_undo_restores(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    tab.show_page(1)
    board = tab.board_panel.view
    todo, doing = column_id(window, "todo"), column_id(window, "in_progress")
    card = story(window, "US-022")
    assert card.column_id == todo
    moves_before = column_moves(window, "US-022")
    source, target = board.card_list(todo), board.card_list(doing)
    mime = drag_mime(source, [card.id])
    drop(target, mime, top_of(target, 0))
    assert story(window, "US-022").column_id == doing
    assert column_moves(window, "US-022") == moves_before + [(str(todo), str(doing))]
    assert target.card_model().card(0).ref == "US-022"  # landed at the top of the column
    assert window.act_undo.text().endswith("Move US-022 to In progress")
    assert board.column_header(doing).count.text() == "5/3"
    window.act_undo.trigger()
    assert story(window, "US-022").column_id == todo
    assert column_moves(window, "US-022") == moves_before
    assert board.card_list(todo).card_model().row_of(card.id) == 0
    assert board.column_header(doing).count.text() == "4/3"
    window.act_redo.trigger()
    assert story(window, "US-022").column_id == doing


def test_drop_at_the_end_of_a_column_and_within_it(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    tab.show_page(1)
    board = tab.board_panel.view
    doing = column_id(window, "in_progress")
    target = board.card_list(doing)
    order = [c.ref for c in target.card_model().cards()]
    assert order == ["US-019", "US-021", "US-024", "US-025"]
    first = story(window, "US-019")
    mime = drag_mime(target, [first.id])
    drop(target, mime, below_last(target))
    assert [c.ref for c in board.card_list(doing).card_model().cards()] == ["US-021", "US-024", "US-025", "US-019"]
    assert column_moves(window, "US-019")[-1][1] == str(doing)  # a reorder writes no column change
    window.act_undo.trigger()
    assert [c.ref for c in board.card_list(doing).card_model().cards()] == order


def test_keyboard_moves_a_card_between_and_within_columns(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    tab.show_page(1)
    board = tab.board_panel.view
    acceptance, done = column_id(window, "in_acceptance"), column_id(window, "done")
    card = story(window, "US-023")
    moves_before = column_moves(window, "US-023")
    assert board.select_card(card.id)
    view = board.card_list(acceptance)
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert story(window, "US-023").column_id == done
    assert column_moves(window, "US-023") == moves_before + [(str(acceptance), str(done))]
    assert board.current_card().id == card.id  # the card stays selected in its new column
    assert board.card_list(done).hasFocus()
    qtbot.keyClick(board.card_list(done), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert story(window, "US-023").column_id == acceptance
    window.act_undo.trigger()
    assert story(window, "US-023").column_id == done
    window.act_undo.trigger()
    assert story(window, "US-023").column_id == acceptance
    assert column_moves(window, "US-023") == moves_before

    doing = board.card_list(column_id(window, "in_progress"))
    board.select_card(story(window, "US-024").id)
    focus(qtbot, doing)
    qtbot.keyClick(doing, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [c.ref for c in board.card_list(column_id(window, "in_progress")).card_model().cards()] == \
        ["US-019", "US-024", "US-021", "US-025"]
    doing = board.card_list(column_id(window, "in_progress"))
    qtbot.keyClick(doing, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(doing, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [c.ref for c in doing.card_model().cards()] == ["US-019", "US-021", "US-025", "US-024"]
    qtbot.keyClick(doing, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # already last: nothing
    assert [c.ref for c in doing.card_model().cards()] == ["US-019", "US-021", "US-025", "US-024"]


def test_wip_warning_counts_the_cards_a_filter_hides(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    tab.show_page(1)
    panel = tab.board_panel
    doing = column_id(window, "in_progress")
    header = panel.view.column_header(doing)
    assert header.state == "exceeded" and header.count.text() == "4/3"
    assert panel.wip_banner.isVisible() and "In progress" in panel.wip_text.text()
    claire = next(p.id for p in window.services.people.list() if p.name == "Claire Dumoulin")
    panel.assignee.setCurrentIndex(panel.assignee.findData(claire))
    assert [c.ref for c in panel.view.card_list(doing).card_model().cards()] == ["US-025"]
    assert header.count.text() == "4/3" and header.state == "exceeded"  # hidden cards still count
    assert "3 hidden by the filter" in header.detail.text()
    assert panel.wip_banner.isVisible()
    assert "filter hides" in panel.wip_text.text()
    assert panel.shown.text() == "1 of 8 cards"
    assert "over the WIP limit: In progress" in window.counts_label.text()
    panel.clear_filters()
    assert panel.view.card_list(doing).card_model().rowCount() == 4

    # a limit reached is amber; one more card makes it red, even when the filter hides it
    acceptance = column_id(window, "in_acceptance")
    window.services.sprints.set_wip_limit(acceptance, 1)  # (the columns dialog is tested elsewhere)
    tab.reload()
    assert panel.view.column_header(acceptance).state == "reached"
    panel.search.setText("US-022")
    card = story(window, "US-022")
    panel.view.select_card(card.id)
    view = panel.view.card_list(column_id(window, "todo"))
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.view.card_list(doing), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert story(window, "US-022").column_id == acceptance
    panel.search.setText("US-022 US-023")  # no card matches both: every card hidden
    assert panel.view.card_list(acceptance).card_model().rowCount() == 0
    assert panel.view.column_header(acceptance).state == "exceeded"
    assert panel.view.column_header(acceptance).count.text() == "2/1"
    assert "In acceptance holds 2 cards for a limit of 1" in panel.wip_text.text()


def test_swimlanes_by_lot_show_one_lane_per_lot(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    tab.show_page(1)
    panel = tab.board_panel
    sprint = tab.sprint()
    us032 = story(window, "US-032")  # a story of lot 3
    window.commander.run("plan", lambda: window.services.sprints.plan([us032.id], sprint.id))
    panel.set_swimlanes(SwimlaneBy.LOT)
    lots = {lot.id: lot.name for lot in window.services.sprints.lots()}  # in the lots' order
    in_sprint = {c.lot_id for c in window.services.sprints.board(sprint.id).cards}
    lot2 = next(i for i, n in lots.items() if n.startswith("Lot 2"))
    lot3 = next(i for i, n in lots.items() if n.startswith("Lot 3"))
    expected = [i for i in lots if i in in_sprint]
    assert len(expected) == 3 and lot3 in expected  # lot 1, lot 2 and now lot 3
    assert panel.view.lane_keys() == expected
    assert [h.label.text() for h in panel.view.lane_headers()] == [lots[i] for i in expected]
    todo = column_id(window, "todo")
    assert [c.ref for c in panel.view.card_list(todo, lot3).card_model().cards()] == ["US-032"]
    assert "US-032" not in [c.ref for c in panel.view.card_list(todo, lot2).card_model().cards()]
    # a move inside a lane keeps the lanes
    view = panel.view.card_list(todo, lot3)
    panel.view.select_card(us032.id)
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    doing = column_id(window, "in_progress")
    assert [c.ref for c in panel.view.card_list(doing, lot3).card_model().cards()] == ["US-032"]
    panel.set_swimlanes(SwimlaneBy.ASSIGNEE)
    assert None in panel.view.lane_keys()  # US-032 has no assignee: the "Unassigned" lane, last
    assert panel.view.lane_headers()[-1].label.text() == "Unassigned"
    panel.set_swimlanes(SwimlaneBy.NONE)
    assert panel.view.lane_keys() == [None] and panel.view.lane_headers() == []


def test_enter_or_double_click_opens_the_story(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    card, view = focused_card(qtbot, window, tab, "US-019")
    board = tab.board_panel.view
    seen = []

    def look(dialog):  # type: ignore[no-untyped-def]
        seen.append((dialog.objectName(), dialog.windowTitle(), dialog.title.text()))
        dialog.points.setCurrentIndex(dialog.points.findData(13.0))
        dialog.save_button.click()

    when_modal(look)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen == [("storyDialog", "Edit US-019", card.title)]
    assert story(window, "US-019").points == 13
    assert window.act_undo.text().endswith("Edit US-019")
    seen.clear()
    when_modal(lambda dialog: (seen.append(dialog.objectName()), dialog.reject()))
    view = board.card_list(card.column_id)
    rect = view.visualRect(view.card_model().index(view.card_model().row_of(card.id), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == ["storyDialog"]
    assert window.findChild(QDialog, "storyDialog") is None or not window.findChild(QDialog, "storyDialog").isVisible()


def test_a_closed_sprint_board_is_read_only(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    sprint3 = window.services.sprints.sprint_by_number(3)
    tab.chooser.setCurrentIndex(tab.chooser.findData(sprint3.id))
    tab.show_page(1)
    panel = tab.board_panel
    assert panel.notice.isVisible() and "closed" in panel.notice_text.text()
    done = column_id(window, "done")
    view = panel.view.card_list(done)
    assert view.card_model().rowCount() == 7
    first = view.card_model().card(0)
    panel.view.select_card(first.id)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert story(window, first.ref).column_id == done
    assert not tab.act_close.isEnabled() and not tab.act_start.isEnabled()


def test_page_shortcuts_search_and_delete_from_the_board(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    card, view = focused_card(qtbot, window, tab, "US-022")
    board = tab.board_panel.view
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert tab.pages.currentIndex() == 0
    window.act_find.trigger()  # Ctrl+F: the search of the page shown
    assert tab.backlog_panel.search.hasFocus()
    qtbot.keyClick(tab.backlog_panel.search, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert tab.pages.currentIndex() == 1
    window.act_find.trigger()
    assert tab.board_panel.search.hasFocus()
    board.select_card(card.id)
    focus(qtbot, board.card_list(card.column_id))
    answers = []

    def confirm(box):  # type: ignore[no-untyped-def]
        answers.append(box.text())
        box.button(box.StandardButton.Yes).click()

    when_modal(confirm)
    qtbot.keyClick(board.card_list(card.column_id), Qt.Key.Key_Delete)
    assert answers and "US-022" in answers[0]
    assert "US-022" not in [s.ref for s in window.services.sprints.stories()]
    window.act_undo.trigger()
    assert board.card_list(card.column_id).card_model().row_of(card.id) >= 0


def test_editing_a_story_and_its_needs_is_one_undo_step(qtbot, sprints, when_modal):  # noqa: F811
    window, tab = sprints
    card, view = focused_card(qtbot, window, tab, "US-019")
    steps = window.undo_stack.count()

    def edit(dialog):  # type: ignore[no-untyped-def]
        dialog.points.setCurrentIndex(dialog.points.findData(13.0))
        dialog.needs.search.setFocus()
        type_text(dialog.needs.search, "BES-064")
        qtbot.keyClick(dialog.needs.search, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.needs.tree, Qt.Key.Key_Space)
        dialog.save_button.click()

    when_modal(edit)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    edited = story(window, "US-019")
    assert edited.points == 13 and "BES-064" in edited.need_refs
    assert window.undo_stack.count() == steps + 1
    assert window.act_undo.text().endswith("Edit US-019")
    window.act_undo.trigger()
    back = story(window, "US-019")
    assert (back.points, back.need_refs) == (card.points, card.need_refs)

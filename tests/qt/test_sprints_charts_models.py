"""The charts page builds its canvases when shown and saves PNGs; every model of the tab passes
Qt's model tester; the tab also works built on its own, outside the main window."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.features.sprints.board_model import CardListModel
from crmdesk.ui.features.sprints.columns_dialog import column_columns
from crmdesk.ui.features.sprints.from_needs_dialog import proposal_columns
from crmdesk.ui.features.sprints.lots_panel import lot_columns
from crmdesk.ui.features.sprints.story_table import StoryTableModel
from crmdesk.ui.features.sprints.tab import SprintsTab
from crmdesk.ui.models.record_table import RecordTableModel
from crmdesk.ui.undo import Commander
from tests.qt.test_sprints_support import column_id, sprints, story  # noqa: F401

PNG = b"\x89PNG\r\n\x1a\n"


def test_charts_build_when_shown_and_save_as_png(qtbot, sprints, tmp_path):  # noqa: F811
    _window, tab = sprints
    charts = tab.charts_panel
    tab.show_page(1)
    assert all(c.figure is None for c in charts.canvases())  # hidden: nothing built yet
    tab.show_page(2)
    qtbot.waitUntil(lambda: all(c.figure is not None for c in charts.canvases()))
    titles = [c.figure.axes[0].get_title(loc="left") for c in charts.canvases()]
    assert titles[0] == "Sprint 4 burndown" and titles[1] == "Velocity per sprint"
    assert titles[2] == "Cumulative flow of Sprint 4" and titles[3].startswith("Burn-up of Lot 2")
    saved = charts.save_all(tmp_path)
    assert [p.name for p in saved] == ["burndownChart.png", "velocityChart.png", "flowChart.png", "burnupChart.png"]
    assert all(p.read_bytes()[:8] == PNG for p in saved)
    before = charts.flow.figure
    charts.metric.setCurrentIndex(1)  # points
    assert charts.flow.figure is not before and charts.flow.figure.axes[0].get_ylabel() == "Story points"
    lot3 = next(lot for lot in tab._lots if lot.name.startswith("Lot 3"))
    tab.lots_panel.table.selectRow(tab.lots_panel.model.row_of(lot3.id))
    tab.show_burnup(lot3.id)
    assert charts.burnup.figure.axes[0].get_title(loc="left") == f"Burn-up of {lot3.name}"


def test_charts_follow_a_move_on_the_board(qtbot, sprints):  # noqa: F811
    window, tab = sprints
    charts = tab.charts_panel
    tab.show_page(2)
    qtbot.waitUntil(lambda: charts.burndown.figure is not None)
    first = charts.burndown.figure
    card = story(window, "US-023")
    window.commander.run("move", lambda: window.services.sprints.move_card(card.id, column_id(window, "done")))
    assert charts.burndown.figure is not first  # rebuilt, the tab being shown


def test_models_pass_the_model_tester(qtmodeltester, sprints):  # noqa: F811
    window, tab = sprints
    sp = window.services.sprints
    backlog = StoryTableModel("backlog")
    backlog.set_rows(sp.backlog())
    qtmodeltester.check(backlog, force_py=True)
    assert backlog.mimeTypes() == ["application/x-crmdesk-story-ids"]
    compact = StoryTableModel("sprint", compact=True)
    compact.set_rows(sp.sprint_stories(tab.sprint().id))
    qtmodeltester.check(compact, force_py=True)
    cards = CardListModel(column_id(window, "in_progress"))
    cards.set_cards([c for c in sp.board().cards if c.column_key == "in_progress"])
    qtmodeltester.check(cards, force_py=True)
    cards.set_cards(cards.cards()[1:])  # the tester watches the reset
    assert cards.rowCount() == 3
    lots = RecordTableModel(lot_columns(sp.today()))
    lots.set_rows(sp.lots())
    qtmodeltester.check(lots, force_py=True)
    columns = RecordTableModel(column_columns())
    columns.set_rows(sp.columns())
    qtmodeltester.check(columns, force_py=True)
    needs = {n.id: n.ref for n in window.services.needs.list()}
    proposals = RecordTableModel(proposal_columns(needs), id_of=lambda d: d.need_ids[0])
    proposals.set_rows(sp.propose_from_needs(list(needs)[:10], skip_linked=False))
    qtmodeltester.check(proposals, force_py=True)
    for model in (tab.backlog_panel.backlog_model, tab.backlog_panel.sprint_model, tab.lots_panel.model):
        qtmodeltester.check(model, force_py=True)


def test_the_tab_works_built_on_its_own(qtbot, workspace, demo_path, english):
    pf = workspace.open(demo_path)
    try:
        services = ProjectServices.over(pf)
        parent_widget = QWidget()
        qtbot.addWidget(parent_widget)
        # as the brief builds it: the commander's events are not the tab's
        tab = SprintsTab(ProjectServices.over(pf), Commander(QUndoStack(), services.history, AppEvents(), parent_widget),
                         AppEvents())
        qtbot.addWidget(tab)
        tab.resize(1400, 860)
        tab.show()
        qtbot.waitExposed(tab)
        assert tab.objectName() == "sprintsTab"
        counts = []
        tab.counts_changed.connect(counts.append)
        board = tab.board_panel.view
        card = next(c for c in tab._board.cards if c.ref == "US-022")
        board.select_card(card.id)
        board.shift_column(1)  # through the tab's commander, whose events the tab does not hear
        assert tab._s.sprints.story(card.id).column_key == "in_progress"
        doing = next(c.id for c in tab._s.sprints.columns() if c.key == "in_progress")
        assert board.column_header(doing).count.text() == "5/3"  # refreshed anyway
        assert counts and "over the WIP limit" in counts[-1]
        tab.focus_search()
        assert tab.board_panel.search.hasFocus() or not tab.isActiveWindow()
        tab.flush_edits()
    finally:
        workspace.close(pf)

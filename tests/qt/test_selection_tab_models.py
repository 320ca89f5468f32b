"""Every model of the Selection tab passes Qt's model tester (with live data, then after a
change and an undo, which reset them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crmdesk.ui.features.selection.criteria_model import KEYS
from tests.qt.test_selection_tab_support import open_selection_tab, show


@pytest.fixture
def sel(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    yield from open_selection_tab(qtbot, workspace, demo_path)


def test_candidates_evaluators_answers_and_ranking_models(qtmodeltester, sel):  # type: ignore[no-untyped-def]
    tab = sel.tab
    for page in (tab.candidates, tab.evaluators, tab.answers, tab.results):
        show(sel, page)
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model, force_py=True)
    ranking = tab.results.model
    assert ranking.columnCount() == 3 + 5 + 2  # rank, candidate, score, five groups, TCO, status
    assert ranking.data(ranking.index(0, 2), Qt.ItemDataRole.TextAlignmentRole) is not None
    tab.answers.show_filter.setCurrentIndex(1)  # proposals waiting
    qtmodeltester.check(tab.answers.model, force_py=True)
    assert all(not a.accepted for a in tab.answers.model.visible_records())


def test_criteria_tree_model(qtmodeltester, sel):  # type: ignore[no-untyped-def]
    panel = sel.tab.criteria
    show(sel, panel)
    model = panel.model
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert sum(model.rowCount(model.index(r, 0)) for r in range(5)) == 29
    group = model.index(0, 0)
    assert model.data(group) == "Fonctionnel"
    assert model.data(model.index(0, KEYS.index("kind"))) == "15 criteria"
    child = model.index(0, KEYS.index("share"), group)
    assert model.parent(child) == group
    assert model.data(child) == "2.7\u00a0%"
    assert not model.flags(model.index(0, KEYS.index("share")))  & Qt.ItemFlag.ItemIsEditable
    cost = model.index(0, KEYS.index("knockout"), model.index(4, 0))
    assert not model.flags(cost) & Qt.ItemFlag.ItemIsEditable  # the cost criterion is never a knock-out
    assert model.headerData(KEYS.index("share"), Qt.Orientation.Horizontal) == "Share"
    model.setData(model.index(1, KEYS.index("weight")), 30.0)  # reset through the panel
    qtmodeltester.check(model, force_py=True)
    assert sum(model.shown_group_shares()) == pytest.approx(100.0)

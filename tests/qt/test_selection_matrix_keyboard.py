"""The pilot scores the matrix from the keyboard: an evaluator, arrows, a digit; Tab goes to
the next evaluator, Delete clears, and every step undoes. Consensus goes through its dialog."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.undo import Commander


@pytest.fixture
def matrix_panel(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    """The matrix panel alone on a copy of the demo (the tab embeds it later)."""
    from crmdesk.ui.features.selection.matrix_view import MatrixPanel

    pf = workspace.open(demo_path)
    services = ProjectServices.over(pf)
    host = QWidget()
    qtbot.addWidget(host)
    events, stack = AppEvents(), QUndoStack()
    commander = Commander(stack, services.history, events, host)
    panel = MatrixPanel(services, commander, events)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    yield SimpleNamespace(panel=panel, services=services, stack=stack, events=events)
    panel.close()
    workspace.close(pf)


def _ids(services: ProjectServices) -> SimpleNamespace:
    sel = services.selection
    cands = {c.name: c.id for c in sel.candidates()}
    crits = {(k.need_ref or k.name): k.id for k in sel.criteria()}
    evals = {e.name: e.id for e in sel.evaluators()}
    return SimpleNamespace(cands=cands, crits=crits, evals=evals)


def _score(services: ProjectServices, cand: int, crit: int, ev: int) -> tuple[float, str] | None:
    found = [s for s in services.selection.scores(cand, crit) if s.evaluator_id == ev]
    return (found[0].value, found[0].comment) if found else None


def guarded(action):  # type: ignore[no-untyped-def]
    """A modal handler that closes its dialog when an assertion fails (instead of hanging)."""
    def run(dialog):  # type: ignore[no-untyped-def]
        try:
            action(dialog)
        except BaseException:
            dialog.reject()
            raise
    return run


def _focus_table(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)


def test_digits_score_tab_changes_evaluator_delete_clears_and_undo_restores(qtbot, matrix_panel):
    panel, services, stack = matrix_panel.panel, matrix_panel.services, matrix_panel.stack
    ids = _ids(services)
    claire, julien = ids.evals["Claire Dumoulin"], ids.evals["Julien Perrin"]
    nuageo, bes001 = ids.cands["Nuagéo Conseil + Salesforce"], ids.crits["BES-001"]
    assert _score(services, nuageo, bes001, claire) == (5.0, "")

    _focus_table(qtbot, panel)
    panel.go_to(0, 0)  # the first group's row, first candidate
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)  # from "all evaluators" to the first one
    assert panel.current_evaluator().id == claire
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Right)
    assert panel.model.criterion(panel.table.currentIndex().row()).id == bes001
    assert panel.model.candidate(panel.table.currentIndex().column()).id == nuageo

    qtbot.keyClick(panel.table, Qt.Key.Key_4)
    assert _score(services, nuageo, bes001, claire) == (4.0, "")
    index = panel.table.currentIndex()  # the cell stays current and shows Claire's new score
    assert index.row() == 1 and index.column() == 1
    assert panel.model.data(index) == "4"

    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)  # same cell, next evaluator
    assert panel.current_evaluator().id == julien
    assert panel.model.data(panel.table.currentIndex()) == "5"
    qtbot.keyClick(panel.table, Qt.Key.Key_3)
    assert _score(services, nuageo, bes001, julien) == (3.0, "")
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _score(services, nuageo, bes001, julien) is None
    assert panel.model.data(panel.table.currentIndex()) == "–"

    qtbot.keyClick(panel.table, Qt.Key.Key_Backtab)  # back to Claire
    assert panel.current_evaluator().id == claire
    for _ in range(3):  # evaluators cycle
        qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert panel.current_evaluator().id == claire

    assert stack.count() == 3
    stack.undo()
    assert _score(services, nuageo, bes001, julien) == (3.0, "")
    stack.undo()
    assert _score(services, nuageo, bes001, julien) == (5.0, "")
    stack.undo()
    assert _score(services, nuageo, bes001, claire) == (5.0, "")
    assert panel.model.data(panel.table.currentIndex()) == "5"  # the panel followed the undo


def test_a_digit_keeps_the_comment_and_all_evaluators_mode_only_hints(qtbot, matrix_panel):
    panel, services = matrix_panel.panel, matrix_panel.services
    ids = _ids(services)
    claire = ids.evals["Claire Dumoulin"]
    nuageo, bes041 = ids.cands["Nuagéo Conseil + Salesforce"], ids.crits["BES-041"]
    _focus_table(qtbot, panel)
    assert panel.select_cell(nuageo, bes041)
    qtbot.keyClick(panel.table, Qt.Key.Key_4)  # "all evaluators": nothing written, a hint says why
    assert _score(services, nuageo, bes041, claire)[0] == 2.0
    assert "evaluator" in panel.hint.text()
    assert matrix_panel.stack.count() == 0

    panel.set_evaluator(claire)
    qtbot.keyClick(panel.table, Qt.Key.Key_7)
    assert "0 to 5" in panel.hint.text()
    qtbot.keyClick(panel.table, Qt.Key.Key_4)
    value, comment = _score(services, nuageo, bes041, claire)
    assert value == 4.0 and comment.startswith("Le hors-ligne passe")
    assert "✎" in panel.model.data(panel.table.currentIndex())


def test_the_cost_criterion_is_not_scored_by_hand(qtbot, matrix_panel):
    panel, services = matrix_panel.panel, matrix_panel.services
    ids = _ids(services)
    cost = next(k for k in services.selection.criteria() if k.kind.value == "cost")
    claire = ids.evals["Claire Dumoulin"]
    panel.set_evaluator(claire)
    _focus_table(qtbot, panel)
    assert panel.select_cell(ids.cands["Altacime CRM"], cost.id)
    qtbot.keyClick(panel.table, Qt.Key.Key_2)
    assert matrix_panel.stack.count() == 0
    assert "TCO" in panel.hint.text()
    tip = panel.model.data(panel.table.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert "TCO" in tip and "5 × lowest TCO" in tip


def test_enter_opens_the_score_and_comment_editor(qtbot, matrix_panel, when_modal):
    panel, services = matrix_panel.panel, matrix_panel.services
    ids = _ids(services)
    sandrine = ids.evals["Sandrine Lefort"]
    kerlance, api = ids.cands["Kerlance Solutions"], ids.crits["API ouverte et documentée"]
    _focus_table(qtbot, panel)
    assert panel.select_cell(kerlance, api)

    def fill(dialog):  # type: ignore[no-untyped-def]
        assert dialog.objectName() == "scoreDialog"
        dialog.evaluator.setCurrentIndex(dialog.evaluator.findData(sandrine))
        dialog.score.setCurrentIndex(dialog.score.findData(2.0))
        dialog.comment.setPlainText("API REST sans documentation publique.")
        dialog.accept()

    when_modal(guarded(fill))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert when_modal.handled == 1
    assert _score(services, kerlance, api, sandrine) == (2.0, "API REST sans documentation publique.")


def test_consensus_through_the_dialog_needs_a_reason_and_can_be_cleared(qtbot, matrix_panel, when_modal):
    panel, services = matrix_panel.panel, matrix_panel.services
    ids = _ids(services)
    kerlance, bes030 = ids.cands["Kerlance Solutions"], ids.crits["BES-030"]
    _focus_table(qtbot, panel)
    assert panel.select_cell(kerlance, bes030)
    assert panel.model.data(panel.table.currentIndex(), Qt.ItemDataRole.DisplayRole).endswith("⚠")

    def refuse_then_fill(dialog):  # type: ignore[no-untyped-def]
        assert dialog.objectName() == "consensusDialog"
        assert "Claire Dumoulin 1" in dialog.findChild(QWidget, "consensusOpinions").text()
        dialog.value.setValue(2.5)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason: refused
        assert dialog.isVisible() and dialog.feedback.text()
        dialog.reason.setPlainText("Segmentation possible par export :   accord sur 2,5.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(guarded(refuse_then_fill))
    qtbot.keyClick(panel.table, Qt.Key.Key_C)
    assert when_modal.handled == 1
    agreed = {(c.candidate_id, c.criterion_id): c for c in services.selection.consensus()}
    assert agreed[(kerlance, bes030)].value == 2.5
    assert agreed[(kerlance, bes030)].reason == "Segmentation possible par export : accord sur 2,5."
    index = panel.table.currentIndex()
    assert "✓" in panel.model.data(index)
    assert "accord sur 2,5" in panel.model.data(index, Qt.ItemDataRole.ToolTipRole)

    panel.act_clear_consensus.trigger()
    assert (kerlance, bes030) not in {(c.candidate_id, c.criterion_id) for c in services.selection.consensus()}
    matrix_panel.stack.undo()
    assert (kerlance, bes030) in {(c.candidate_id, c.criterion_id) for c in services.selection.consensus()}


def test_median_toggle_goes_through_the_settings(qtbot, matrix_panel):
    panel, services = matrix_panel.panel, matrix_panel.services
    panel.aggregate_combo.setCurrentIndex(panel.aggregate_combo.findData("median"))
    panel.aggregate_combo.activated.emit(panel.aggregate_combo.currentIndex())
    assert services.selection.settings().aggregate.value == "median"
    assert "median" in panel.evaluator_combo.itemText(0)
    matrix_panel.stack.undo()
    assert services.selection.settings().aggregate.value == "mean"
    assert panel.aggregate_combo.currentData() == "mean"


def test_ctrl_f_target_and_space_folds_a_group(qtbot, matrix_panel):
    panel = matrix_panel.panel
    panel.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.search)
    qtbot.keyClicks(panel.search, "outlook")
    assert [k.need_ref for k in panel.model.visible_criteria()] == ["BES-053", "BES-054"]
    panel.search.clear()
    _focus_table(qtbot, panel)
    panel.go_to(1, 0)  # a criterion of the first group
    rows = panel.model.rowCount()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert panel.model.rowCount() == rows - 15
    assert panel.table.currentIndex().row() == 0  # on the folded group's row
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert panel.model.rowCount() == rows

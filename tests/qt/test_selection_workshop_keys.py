"""Workshop mode: keys score in turn, blind entry hides the others' scores until revealed,
the ranking chart is rebuilt after a score, Ctrl+Z undoes in the workshop, Esc leaves."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.undo import Commander


@pytest.fixture
def workshop(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    """The matrix panel on a copy of the demo, its workshop opened on BES-030."""
    from crmdesk.ui.features.selection.matrix_view import MatrixPanel

    pf = workspace.open(demo_path)
    services = ProjectServices.over(pf)
    host = QWidget()
    qtbot.addWidget(host)
    events, stack = AppEvents(), QUndoStack()
    panel = MatrixPanel(services, Commander(stack, services.history, events, host), events)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.show()
    qtbot.waitExposed(panel)
    crit = next(k for k in services.selection.criteria() if k.need_ref == "BES-030")
    cand = next(c for c in services.selection.candidates() if c.name == "Altacime CRM")
    assert panel.select_cell(cand.id, crit.id)
    panel.open_workshop()
    window = panel.workshop
    assert window is not None
    qtbot.waitExposed(window)
    window.activateWindow()
    window.setFocus()
    yield SimpleNamespace(window=window, panel=panel, services=services, stack=stack, criterion=crit)
    if panel.workshop is not None:
        panel.workshop.close()
    panel.close()
    workspace.close(pf)


def _marks(services: ProjectServices, criterion_id: int) -> dict[tuple[int, int], float]:
    return {(s.candidate_id, s.evaluator_id): s.value for s in services.selection.scores(criterion_id=criterion_id)}


def test_opens_full_screen_on_the_current_criterion(workshop):
    window = workshop.window
    assert window.isFullScreen()
    assert window.objectName() == "workshop"
    assert window.criterion.id == workshop.criterion.id
    assert "BES-030" in window.title.text()
    assert "Acceptance criteria" in window.need.text()
    # Only the candidates in the race: the one the pilot eliminated is not scored.
    assert [c.name for c in window.model.candidates] == ["Altacime CRM", "Nuagéo Conseil + Salesforce",
                                                         "Kerlance Solutions", "Opaline CRM"]
    assert window.font().pointSize() >= 20


def test_keys_score_each_evaluator_in_turn_and_undo_works_in_the_workshop(qtbot, workshop):
    window, services, crit = workshop.window, workshop.services, workshop.criterion
    model = window.model
    cands = [c.id for c in model.candidates]
    evals = [e.id for e in model.evaluators]
    assert (model.current_row, model.current_evaluator) == (0, 0)
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_0, Qt.Key.Key_5):  # the first evaluator, every candidate
        qtbot.keyClick(window, key)
    marks = _marks(services, crit.id)
    assert [marks[(c, evals[0])] for c in cands] == [1.0, 2.0, 0.0, 5.0]
    assert (model.current_row, model.current_evaluator) == (0, 1)  # the turn passed to the next evaluator
    assert "Julien Perrin" in window.turn.text()
    qtbot.keyClick(window, Qt.Key.Key_4)
    assert _marks(services, crit.id)[(cands[0], evals[1])] == 4.0

    qtbot.keyClick(window, Qt.Key.Key_Tab)  # same candidate, next evaluator
    assert (model.current_row, model.current_evaluator) == (1, 2)
    qtbot.keyClick(window, Qt.Key.Key_Return)  # Enter too; evaluators cycle
    assert model.current_evaluator == 0
    qtbot.keyClick(window, Qt.Key.Key_Down)
    assert model.current_row == 2
    qtbot.keyClick(window, Qt.Key.Key_Delete)
    assert (cands[2], evals[0]) not in _marks(services, crit.id)

    assert workshop.stack.count() == 6
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks(services, crit.id)[(cands[2], evals[0])] == 0.0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks(services, crit.id)[(cands[0], evals[1])] == 3.0  # the demo's mark again
    assert model.mark(0, 1) == 3.0  # the table followed


def test_blind_entry_hides_the_others_until_revealed_then_flags_disagreement(qtbot, workshop):
    from crmdesk.ui.features.selection.workshop_model import HIDDEN, WorkshopRole

    window = workshop.window
    model = window.model
    kerlance = [c.name for c in model.candidates].index("Kerlance Solutions")
    value_col = len(model.evaluators) + 1
    assert model.data(model.index(kerlance, 2)) == "4 ✎"  # open scoring: everything in view
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert model.hidden and "BLIND" in window.blind_chip.text()
    assert model.data(model.index(kerlance, 1)) == "1"  # the evaluator whose turn it is sees their own
    assert model.data(model.index(kerlance, 2)) == HIDDEN
    assert model.data(model.index(kerlance, value_col)) == "?"
    assert not model.data(model.index(kerlance, value_col), WorkshopRole.DISAGREE)
    qtbot.keyClick(window, Qt.Key.Key_Tab)  # Julien's turn: Claire's column hides, Julien's shows
    assert model.data(model.index(kerlance, 1)) == HIDDEN
    assert model.data(model.index(kerlance, 2)) == "4 ✎"

    qtbot.keyClick(window, Qt.Key.Key_R)
    assert not model.hidden
    assert model.data(model.index(kerlance, 1)) == "1"
    assert model.data(model.index(kerlance, value_col)).endswith("⚠")  # 1, 4, 2: three points apart
    assert model.data(model.index(kerlance, value_col), WorkshopRole.DISAGREE)
    assert "Disagreement on Kerlance Solutions" in window.status.text()

    qtbot.keyClick(window, Qt.Key.Key_Right)  # another criterion: hidden again while blind
    assert window.criterion.id != workshop.criterion.id and model.hidden


def test_the_ranking_chart_is_rebuilt_after_a_score(qtbot, workshop):
    window = workshop.window
    qtbot.waitUntil(lambda: window.chart.figure is not None, timeout=5000)
    before = window.chart.figure
    qtbot.keyClick(window, Qt.Key.Key_0)
    qtbot.waitUntil(lambda: window.chart.figure is not before, timeout=5000)
    labels = [t.get_text() for t in window.chart.figure.axes[0].get_yticklabels()]
    assert labels and labels[0].startswith("1. ")
    assert "Opaline CRM" in window.out_label.text()  # out of the ranking, with its reason, under the chart


def test_consensus_from_the_workshop(qtbot, workshop, when_modal):
    window, services = workshop.window, workshop.services
    window.move_candidate(2)  # Kerlance

    def agree(dialog):  # type: ignore[no-untyped-def]
        try:
            assert dialog.objectName() == "consensusDialog"
            dialog.value.setValue(2.0)
            dialog.reason.setPlainText("Segmentation limitée, confirmée en démonstration.")
            dialog.accept()
        except BaseException:
            dialog.reject()
            raise

    when_modal(agree)
    qtbot.keyClick(window, Qt.Key.Key_C)
    assert when_modal.handled == 1
    kerlance = window.model.candidates[2].id
    agreed = {(c.candidate_id, c.criterion_id): c.value for c in services.selection.consensus()}
    assert agreed[(kerlance, workshop.criterion.id)] == 2.0
    assert "✓" in window.model.data(window.model.index(2, len(window.model.evaluators) + 1))


def test_escape_leaves_the_workshop(qtbot, workshop):
    window, panel = workshop.window, workshop.panel
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.workshop is None, timeout=3000)


def test_the_workshop_model_passes_the_model_tester(qtmodeltester, workshop):
    window = workshop.window
    qtmodeltester.check(window.model, force_py=True)
    window.toggle_blind()
    window.move_criterion(1)
    window.toggle_reveal()
    window.reload()

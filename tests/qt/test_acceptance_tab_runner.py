"""The acceptance tab's runner, driven from the keyboard, and its undo."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from crmdesk.domain.acceptance import CampaignStatus, Result, Severity
from crmdesk.services.container import ProjectServices
from crmdesk.ui.events import AppEvents
from crmdesk.ui.features.acceptance.tab import RUN, AcceptanceTab
from crmdesk.ui.undo import Commander
from tests.qt.conftest import refocus


def build_tab(qtbot, workspace, demo_path):  # type: ignore[no-untyped-def]
    pf = workspace.open(demo_path)
    services = ProjectServices.over(pf)
    events = AppEvents()
    stack = QUndoStack()
    host = QWidget()
    qtbot.addWidget(host)
    commander = Commander(stack, services.history, events, host)
    tab = AcceptanceTab(services, commander, events)
    qtbot.addWidget(tab)
    tab.resize(1400, 860)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return SimpleNamespace(pf=pf, services=services, events=events, stack=stack, tab=tab, acc=services.acceptance)


@pytest.fixture
def env(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    built = build_tab(qtbot, workspace, demo_path)
    yield built
    built.tab.close()
    built.pf.close()


def test_runner_records_by_keys_creates_a_defect_and_undoes(qtbot, env) -> None:  # type: ignore[no-untyped-def]
    tab, acc = env.tab, env.acc
    campaign = tab.campaign()
    assert campaign is not None and campaign.status is CampaignStatus.RUNNING
    tab.show_page(RUN)
    runner = tab.runner
    case = runner.current_case()
    assert case is not None and len(case.steps) == 3
    before_attempts = len(acc.executions(campaign_case_id=case.id))
    before_defects = {d.id for d in acc.defects()}
    refocus(qtbot, runner.steps)
    qtbot.keyClick(runner.steps, Qt.Key.Key_1)
    assert runner.steps.currentRow() == 1
    qtbot.keyClick(runner.steps, Qt.Key.Key_2)
    qtbot.keyClick(runner.steps, Qt.Key.Key_3)
    assert [s.result for s in runner.step_results()] == [Result.PASSED, Result.FAILED, Result.BLOCKED]
    assert runner.case_result() is Result.FAILED
    assert runner.defect_panel.isVisible()
    runner.severity_combo.setCurrentIndex(runner.severity_combo.findData(Severity.BLOCKING))
    refocus(qtbot, runner.steps)
    qtbot.keyClick(runner.steps, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    attempts = acc.executions(campaign_case_id=case.id)
    assert len(attempts) == before_attempts + 1
    assert attempts[-1].result is Result.FAILED
    assert [s.result for s in attempts[-1].steps] == [Result.PASSED, Result.FAILED, Result.BLOCKED]
    new = [d for d in acc.defects() if d.id not in before_defects]
    assert len(new) == 1
    assert new[0].execution_id == attempts[-1].id and new[0].severity is Severity.BLOCKING
    assert new[0].test_case_ref == case.ref
    assert runner.current_case().id != case.id  # moved to the next case
    assert env.stack.count() == 1

    env.stack.undo()
    assert len(acc.executions(campaign_case_id=case.id)) == before_attempts
    assert {d.id for d in acc.defects()} == before_defects


def test_runner_keeps_every_attempt_and_moves_with_page_keys(qtbot, env) -> None:  # type: ignore[no-untyped-def]
    tab, acc = env.tab, env.acc
    runner = tab.runner
    tab.show_page(RUN)
    first = runner.current_case()
    refocus(qtbot, runner.steps)
    qtbot.keyClick(runner.steps, Qt.Key.Key_PageDown)
    assert runner.current_case().id != first.id
    qtbot.keyClick(runner.steps, Qt.Key.Key_PageUp)
    assert runner.current_case().id == first.id
    for _ in range(2):
        runner.show_case(0)
        refocus(qtbot, runner.steps)
        for _step in first.steps:
            qtbot.keyClick(runner.steps, Qt.Key.Key_1)
        qtbot.keyClick(runner.steps, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    attempts = acc.executions(campaign_case_id=first.id)
    assert [a.attempt for a in attempts][-2:] == [first.attempts + 1, first.attempts + 2]
    runner.show_case(0)
    assert runner.history_model.rowCount() == len(attempts)


def test_runner_needs_a_result(qtbot, env, when_modal) -> None:  # type: ignore[no-untyped-def]
    from tests.qt.conftest import answer
    from PySide6.QtWidgets import QMessageBox

    runner = env.tab.runner
    case = runner.current_case()
    before = len(env.acc.executions(campaign_case_id=case.id))
    when_modal(answer(QMessageBox.StandardButton.Ok))
    runner.record()  # no step result, no case result: refused with a message
    assert len(env.acc.executions(campaign_case_id=case.id)) == before
    assert env.stack.count() == 0


def test_a_refresh_keeps_the_entry_in_progress(qtbot, env) -> None:  # type: ignore[no-untyped-def]
    runner = env.tab.runner
    env.tab.show_page(RUN)
    case = runner.current_case()
    refocus(qtbot, runner.steps)
    qtbot.keyClick(runner.steps, Qt.Key.Key_2)
    runner.comment_edit.setText("écran figé")
    env.tab.reload()  # another tab changed something
    assert runner.current_case().id == case.id
    assert [s.result for s in runner.step_results()] == [Result.FAILED]
    assert runner.comment_edit.text() == "écran figé"

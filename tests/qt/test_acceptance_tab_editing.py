"""The acceptance tab's editing: a test case through its editor (one undo step), a defect by
hand, a tester on the runner's cases, reopening and deleting a campaign."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from crmdesk.domain.acceptance import CampaignStatus, Severity, TestStep
from crmdesk.domain.acceptance_values import CampaignDraft
from crmdesk.ui.features.acceptance.editing import CaseEditDialog, DefectDialog, TesterDialog
from crmdesk.ui.features.acceptance.tab import CASES, DEFECTS, RUN
from tests.qt.conftest import answer
from tests.qt.test_acceptance_tab_runner import build_tab


@pytest.fixture
def env(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    built = build_tab(qtbot, workspace, demo_path)
    yield built
    built.tab.close()
    built.pf.close()
    gc.collect()  # collect the dialogs' Python wrappers here, in the GUI thread


def test_edit_a_case_through_its_dialog_is_one_undo_step(qtbot, env, when_modal) -> None:  # type: ignore[no-untyped-def]
    tab, acc = env.tab, env.acc
    tab.show_page(CASES)
    page = tab.cases_page
    page.table.selectRow(0)
    case = page.current()
    assert case is not None
    needs = env.services.needs.list()
    extra_need = next(n for n in needs if n.id not in case.need_ids)
    depth = env.stack.count()

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, CaseEditDialog)
        dialog.title.setText("Edited title")
        steps = dialog.steps
        steps.table.setCurrentCell(steps.table.rowCount() - 1, 0)
        steps.add_step()
        row = steps.table.currentRow()
        steps.table.item(row, 0).setText("Open the report")
        steps.table.item(row, 1).setText("The report shows")
        steps.move_step(-1)
        dialog.needs.set_checked(extra_need.id)
        dialog.accept()

    when_modal(edit)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    edited = acc.case(case.id)
    assert edited.title == "Edited title"
    assert len(edited.steps) == len(case.steps) + 1
    assert edited.steps[-2] == TestStep("Open the report", "The report shows")
    assert extra_need.id in edited.need_ids
    assert env.stack.count() == depth + 1
    env.stack.undo()
    restored = acc.case(case.id)
    assert (restored.title, restored.steps, restored.need_ids) == (case.title, case.steps, case.need_ids)


def test_create_a_defect_by_hand(env, when_modal) -> None:  # type: ignore[no-untyped-def]
    tab, acc = env.tab, env.acc
    tab.show_page(DEFECTS)
    case = acc.cases()[0]

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DefectDialog)
        dialog.title.setText("Export button does nothing")
        dialog.description.setPlainText("Nothing happens on click.")
        dialog.severity.setCurrentIndex(dialog.severity.findData(Severity.BLOCKING))
        dialog.case.setCurrentIndex(dialog.case.findData(case.id))
        dialog.ticket.setText("VND-42")
        dialog.accept()

    when_modal(fill)
    tab.defects_page.new_button.click()
    created = next(d for d in acc.defects() if d.title == "Export button does nothing")
    assert created.ref.startswith("ANO-")
    assert created.severity is Severity.BLOCKING and created.vendor_ticket == "VND-42"
    assert created.test_case_ref == case.ref
    assert tab.defects_page.model.row_of(created.id) >= 0


def test_assign_a_tester_from_the_runner(env, when_modal) -> None:  # type: ignore[no-untyped-def]
    tab, acc = env.tab, env.acc
    tab.show_page(RUN)
    case = tab.runner.current_case()
    assert case is not None
    person = next(p for p in env.services.people.list() if p.id != case.tester_id)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, TesterDialog)
        dialog.people.setCurrentIndex(dialog.people.findData(person.id))
        dialog.accept()

    when_modal(choose)
    menu = tab.runner.case_menu()
    action = next(a for a in menu.actions() if a.objectName() == "actAssignTester")
    assert action.isEnabled()
    action.trigger()
    menu.deleteLater()
    assert acc.campaign_case(case.id).tester_id == person.id
    env.stack.undo()
    assert acc.campaign_case(case.id).tester_id == case.tester_id


def test_reopen_then_delete_a_campaign(env, when_modal) -> None:  # type: ignore[no-untyped-def]
    tab, acc = env.tab, env.acc
    campaign, _ = acc.create_campaign(CampaignDraft(name="Temp campaign"))
    acc.start_campaign(campaign.id)
    acc.close_campaign(campaign.id)
    tab.select_campaign(campaign.id)
    assert tab.act_reopen.isEnabled()
    tab.act_reopen.trigger()
    assert acc.campaign(campaign.id).status is CampaignStatus.RUNNING
    assert not tab.act_reopen.isEnabled()
    when_modal(answer(QMessageBox.StandardButton.Yes))
    tab.act_delete_campaign.trigger()
    assert all(c.id != campaign.id for c in acc.campaigns())
    env.stack.undo()
    assert any(c.id == campaign.id for c in acc.campaigns())

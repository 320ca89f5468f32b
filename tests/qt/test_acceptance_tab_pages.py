"""The acceptance tab's pages: test cases from needs, defects, coverage, go/no-go, sign-off,
the testers' workbook, the models and the size of the tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from crmdesk.domain.acceptance import Decision, DefectStatus
from crmdesk.ui.features.acceptance.common import qt_translate
from crmdesk.ui.features.acceptance.dialogs import ImportPreviewDialog, SignoffDialog
from crmdesk.ui.features.acceptance.tab import CASES, COVERAGE, DEFECTS
from tests.qt.test_acceptance_tab_runner import build_tab


@pytest.fixture
def env(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    built = build_tab(qtbot, workspace, demo_path)
    yield built
    built.tab.close()
    built.pf.close()


def check_all(dialog: QWidget) -> None:
    items = dialog.list  # type: ignore[attr-defined]
    for i in range(items.count()):
        items.item(i).setCheckState(Qt.CheckState.Checked)
    dialog.accept()  # type: ignore[attr-defined]


def test_create_test_cases_from_needs(env, when_modal) -> None:  # type: ignore[no-untyped-def]
    acc = env.acc
    before = len(acc.cases())
    expected = len(acc.propose_from_needs([n.id for n in env.services.needs.list()]))
    assert expected > 0
    env.tab.show_page(CASES)
    when_modal(check_all)
    env.tab.cases_from_needs()
    assert len(acc.cases()) == before + expected
    assert env.tab.cases_page.model.rowCount() == before + expected
    env.stack.undo()
    assert len(acc.cases()) == before


def test_change_a_defect_status(env) -> None:  # type: ignore[no-untyped-def]
    page = env.tab.defects_page
    env.tab.show_page(DEFECTS)
    page.table.selectRow(0)
    defect = page.current()
    assert defect is not None and defect.status is not DefectStatus.CLOSED
    page.status_combo.setCurrentIndex(page.status_combo.findData(DefectStatus.CLOSED))
    page.status_button.click()
    assert env.acc.defect(defect.id).status is DefectStatus.CLOSED
    assert page.model.row_of(defect.id) == -1  # open only: it left the list
    env.stack.undo()
    assert env.acc.defect(defect.id).status is defect.status


def test_coverage_highlights_mandatory_needs_and_go_no_go_matches(env) -> None:  # type: ignore[no-untyped-def]
    tab = env.tab
    tab.show_page(COVERAGE)
    page = tab.coverage_page
    matrix = env.acc.coverage(tab.campaign_id())
    flagged = {r.need.ref for r in matrix.rows if r.highlighted}
    assert flagged
    shown = {page.model.index(row, 0).data() for row in range(page.model.rowCount())
             if page.model.index(row, 0).data(Qt.ItemDataRole.UserRole)}
    assert shown == flagged
    result = env.acc.go_no_go(tab.campaign_id())
    assert [v.text() for _, v, _ in page.criteria_labels] == [c.value_text(qt_translate) for c in result.checks]
    assert page.verdict.text() == ("GO" if result.go else "NO-GO")
    from crmdesk.domain.enums import Priority

    page.priority.setCurrentIndex(page.priority.findData(Priority.DESIRED))
    assert {page.model.index(r, 2).data() for r in range(page.model.rowCount())} == {"desired"}


def test_signoff_dialog_writes_the_pdf(env, when_modal, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    tab = env.tab
    campaign = tab.campaign()
    out = tmp_path / "pv.pdf"
    tab.ask_save_path = lambda *_a: str(out)  # type: ignore[method-assign]

    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignoffDialog)
        assert dialog.reservation_lines()  # pre-filled from the open defects
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.ACCEPTED_WITH_RESERVATIONS))
        dialog.accept()

    when_modal(sign)
    assert tab.sign_off() == out
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert campaign.name.split("–")[0].strip() in text
    signed = env.acc.campaign(campaign.id)
    assert signed.signoff is not None and signed.signoff.decision is Decision.ACCEPTED_WITH_RESERVATIONS


def test_workbook_export_then_import_calls_the_backup(qtbot, workspace, demo_path, english, when_modal,
                                                      tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.qt.test_acceptance_tab_runner import build_tab as build

    backups = []
    env = build(qtbot, workspace, demo_path)
    try:
        tab = env.tab
        tab._backup = lambda: backups.append(1)
        out = tmp_path / "cahier.xlsx"
        tab.ask_save_path = lambda *_a: str(out)  # type: ignore[method-assign]
        assert tab.export_workbook() == out and out.exists()
        tab.ask_open_path = lambda *_a: str(out)  # type: ignore[method-assign]
        seen = []

        def accept(dialog: QWidget) -> None:
            assert isinstance(dialog, ImportPreviewDialog)
            seen.append(dialog)
            dialog.accept()

        when_modal(accept)
        tab.import_results()
        assert seen and backups == [1]
    finally:
        env.tab.close()
        env.pf.close()


def test_table_models_pass_the_model_tester(env, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tab = env.tab
    for index in range(5):
        tab.show_page(index)
    tab.runner.show_case(0)
    for model in (tab.runner.case_model, tab.runner.history_model, tab.cases_page.model,
                  tab.defects_page.model, tab.coverage_page.model):
        assert model.rowCount(QModelIndex()) > 0
        qtmodeltester.check(model, force_py=True)


def test_minimum_size_fits_small_laptops(env) -> None:  # type: ignore[no-untyped-def]
    hint = env.tab.minimumSizeHint()
    assert hint.width() <= 760 and hint.height() <= 550

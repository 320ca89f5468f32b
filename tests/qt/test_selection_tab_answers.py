"""Answers page: the questionnaire round trip (send, fill as a vendor, import through the
report), accepted proposals moving the ranking, history, blocking errors; undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from tests.qt.test_selection_tab_support import (
    candidate_id,
    open_selection_tab,
    ranking_row,
    show,
)


@pytest.fixture
def sel(qtbot, workspace, demo_path, english):  # type: ignore[no-untyped-def]
    yield from open_selection_tab(qtbot, workspace, demo_path)


def _send(sel, when_modal, monkeypatch, name: str | None, target: Path) -> Path:  # type: ignore[no-untyped-def]
    panel = sel.tab.answers
    show(sel, panel)

    def choose(dialog):  # type: ignore[no-untyped-def]
        found = dialog.candidate.findText(name) if name else dialog.candidate.count() - 1
        dialog.candidate.setCurrentIndex(found)
        dialog.accept()

    when_modal(choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    written = panel.send_questionnaire()
    assert written == target and target.exists()
    return target


def _fill(path: Path, coverage: str, comment: str = "", first: int | None = None) -> int:
    """Answer every question (or the ``first`` ones) as a vendor would, in Excel."""
    wb = openpyxl.load_workbook(path)
    ws = next(w for w in wb.worksheets if w.sheet_state == "visible" and w.cell(1, 1).value == "Ref")
    headers = {str(c.value): c.column for c in ws[1]}
    done = 0
    for row in range(2, ws.max_row + 1):
        if not ws.cell(row, headers["Ref"]).value or (first is not None and done >= first):
            continue
        ws.cell(row, headers["Coverage"]).value = coverage
        if comment:
            ws.cell(row, headers["Comment"]).value = comment
        done += 1
    wb.save(path)
    return done


def _import(sel, when_modal, monkeypatch, path: Path, press: bool = True) -> dict:  # type: ignore[no-untyped-def]
    seen: dict = {}

    def review(dialog):  # type: ignore[no-untyped-def]
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["report"] = dialog.report.toPlainText()
        seen["summary"] = dialog.summary.text()
        if press and dialog.import_button.isEnabled():
            dialog.import_button.click()
        else:
            dialog.reject()

    when_modal(review)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    sel.tab.answers.import_answers()
    return seen


def test_send_a_questionnaire_then_import_the_answers_and_accept_them(qtbot, sel, when_modal, monkeypatch,
                                                                      tmp_path):  # type: ignore[no-untyped-def]
    panel = sel.tab.answers
    nuageo = candidate_id(sel, "Nuagéo Conseil + Salesforce")
    path = _send(sel, when_modal, monkeypatch, "Nuagéo Conseil + Salesforce", tmp_path / "q-nuageo.xlsx")
    assert str(path) in sel.host.statusBar().currentMessage()
    wb = openpyxl.load_workbook(path, read_only=True)
    texts = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c}
    wb.close()
    assert "Nuagéo Conseil + Salesforce" in texts

    answered = _fill(path, "out of the box", "Standard Sales Cloud")
    seen = _import(sel, when_modal, monkeypatch, path)
    assert seen["enabled"]
    assert f"Nuagéo Conseil + Salesforce: {answered} new answers" in seen["summary"]
    assert "Candidate: Nuagéo Conseil + Salesforce (named by the questionnaire, version 1)" in seen["report"]
    assert len(sel.backups) == 1 and Path(sel.backups[0]).exists()  # taken before the import
    assert panel.candidate_id() == nuageo
    assert panel.model.rowCount() == answered
    assert "imported" in sel.host.statusBar().currentMessage()
    assert not any(a.accepted for a in panel.model.all_records())

    show(sel, sel.tab.results)
    before = ranking_row(sel, "Nuagéo Conseil + Salesforce")[1].score
    show(sel, panel)
    panel.act_accept_all.trigger()
    assert all(a.accepted for a in panel.model.all_records())
    show(sel, sel.tab.results)
    after = ranking_row(sel, "Nuagéo Conseil + Salesforce")[1].score
    assert after > before  # every linked criterion gets a 5 as one more opinion

    sel.stack.undo()  # accept
    assert ranking_row(sel, "Nuagéo Conseil + Salesforce")[1].score == before
    show(sel, panel)
    assert not any(a.accepted for a in panel.model.all_records())
    sel.stack.undo()  # import
    assert panel.model.rowCount() == 0
    sel.stack.undo()  # sending
    assert sel.services.questionnaires.questionnaires(nuageo) == []


def test_reimport_replaces_and_keeps_history_and_selected_proposals(qtbot, sel, when_modal, monkeypatch,
                                                                    tmp_path):  # type: ignore[no-untyped-def]
    panel = sel.tab.answers
    path = _send(sel, when_modal, monkeypatch, "Opaline CRM", tmp_path / "q-opaline.xlsx")
    _fill(path, "configuration", first=5)
    _import(sel, when_modal, monkeypatch, path)
    assert panel.model.rowCount() == 5
    _fill(path, "custom development", first=5)
    seen = _import(sel, when_modal, monkeypatch, path)
    assert "5 replacing earlier ones" in seen["summary"]
    assert {a.coverage.value for a in panel.model.all_records()} == {"custom"}

    panel.table.selectRow(0)
    panel.act_accept.trigger()
    assert [a.accepted for a in panel.model.all_records()].count(True) == 1
    panel.table.doubleClicked.emit(panel.model.index(1, panel.model.column_of("accepted")))  # toggles it
    assert [a.accepted for a in panel.model.all_records()].count(True) == 2
    sel.stack.undo()
    captured = {}

    def read(dialog):  # type: ignore[no-untyped-def]
        captured["rows"] = dialog.model.rowCount()
        captured["coverage"] = dialog.model.data(dialog.model.index(0, dialog.model.column_of("coverage")))
        dialog.reject()

    when_modal(read)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.act_history.trigger()
    assert captured == {"rows": 1, "coverage": "configuration"}


def test_invalid_values_block_the_import_and_a_blank_questionnaire_asks_the_candidate(
        qtbot, sel, when_modal, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    panel = sel.tab.answers
    path = _send(sel, when_modal, monkeypatch, None, tmp_path / "q-blank.xlsx")  # blank one
    _fill(path, "perhaps")

    def pick(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Opaline CRM")
        dialog.accept()
        when_modal(review)

    seen = {}

    def review(dialog):  # type: ignore[no-untyped-def]
        seen["enabled"] = dialog.import_button.isEnabled()
        seen["detail"] = dialog.detail.text()
        dialog.reject()

    when_modal(pick)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    panel.import_answers()
    assert seen["enabled"] is False
    assert "invalid values" in seen["detail"]
    assert sel.services.questionnaires.answers(candidate_id(sel, "Opaline CRM")) == []
    assert sel.backups == []

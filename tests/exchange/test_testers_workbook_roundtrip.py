"""A campaign run without the app: the testers' workbook is exported from the demo, filled in
with openpyxl as a key user would (rows re-sorted, some cases only, steps and case rows), read
back and recorded in one transaction; conflicts with results recorded in the app since the
export, and invalid values, block everything."""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from crmdesk.db.tables_acceptance import ExecutionRow
from crmdesk.domain.acceptance import Result
from crmdesk.domain.errors import ImportRejected
from crmdesk.exchange import testers_workbook_format as tf
from crmdesk.services.acceptance import AcceptanceService
from crmdesk.services.acceptance_import import (
    apply_results,
    export_campaign,
    preview_results,
)

CAMPAIGN = "Recette en pré-production – Lot 1"
FRENCH = {("Result", "passed"): "OK", ("Result", "failed"): "KO", ("Result", "blocked"): "bloqué",
          ("Result", "not run"): "non passé", ("TestersWorkbook", "Test cases"): "Cas de test",
          ("TestersWorkbook", "Result"): "Résultat"}
COLUMN = {f: i for i, f in enumerate(tf.HEADERS, start=1)}


def french(context: str, text: str) -> str:
    return FRENCH.get((context, text), text)


@pytest.fixture
def demo(demo_file):  # type: ignore[no-untyped-def]
    return demo_file


def executions(pf) -> int:  # type: ignore[no-untyped-def]
    with pf.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(ExecutionRow.__table__)).scalar_one())


def exported(pf, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    campaign = AcceptanceService(pf).campaign_named(CAMPAIGN)
    return export_campaign(pf, campaign.id, tmp_path / "campagne.xlsx", french, "fr")


def fill(source: Path, target: Path, answers: dict[tuple[str, int | None], dict[str, object]],
         shuffle: bool = False) -> Path:
    """Type answers as a tester would, in the results sheet, found by (ref, step)."""
    wb = load_workbook(source)
    ws = wb.worksheets[1]
    rows = {(ws.cell(r, COLUMN["ref"]).value, ws.cell(r, COLUMN["step"]).value): r for r in range(2, ws.max_row + 1)}
    for key, values in answers.items():
        row = rows[key] if key in rows else ws.max_row + 1
        if key not in rows:
            ws.cell(row, COLUMN["ref"], key[0])
            ws.cell(row, COLUMN["step"], key[1])
        for field, value in values.items():
            ws.cell(row, COLUMN[field]).value = value
    if shuffle:  # a tester sorted the sheet: the rows come back in another order
        data = [[ws.cell(r, c).value for c in range(1, len(COLUMN) + 1)] for r in range(2, ws.max_row + 1)]
        random.Random(7).shuffle(data)
        for r, values in enumerate(data, start=2):
            for c, value in enumerate(values, start=1):
                ws.cell(r, c).value = value  # ws.cell(r, c, None) would keep the old value
    wb.save(target)
    return target


def test_the_exported_workbook(demo, tmp_path):
    path = exported(demo, tmp_path)
    wb = load_workbook(path)
    try:
        assert wb.sheetnames == ["Instructions", "Cas de test", "_crmdesk"]
        assert wb["_crmdesk"].sheet_state == "veryHidden" and wb.security.lockStructure
        ws = wb["Cas de test"]
        assert ws.protection.sheet
        assert ws.cell(1, COLUMN["result"]).value == "Résultat"
        case_row = [ws.cell(2, c).value for c in range(1, 12)]
        assert case_row[0] == "CT-001" and case_row[3] is None and case_row[9] == "Julien Perrin"
        assert [ws.cell(3, c).value for c in (1, 4)] == ["CT-001", 1]
        assert ws.cell(3, COLUMN["action"]).protection.locked and not ws.cell(3, COLUMN["result"]).protection.locked
        lists = [dv.formula1 for dv in ws.data_validations.dataValidation]
        assert '"OK,KO,bloqué,non passé"' in lists
        refs = {ws.cell(r, 1).value for r in range(2, ws.max_row + 1)}
        assert len(refs) == 24
    finally:
        wb.close()


def test_round_trip_of_a_filled_workbook(demo, tmp_path):
    before = executions(demo)
    source = exported(demo, tmp_path)
    today = date.today()
    answers = {
        ("CT-019", 1): {"result": "OK"}, ("CT-019", 2): {"result": "OK"}, ("CT-019", 3): {"result": "ok"},
        ("CT-019", None): {"tester": "Marc Aubert", "date": datetime(today.year, today.month, today.day)},
        ("CT-020", 1): {"result": "OK"},
        ("CT-020", 2): {"result": "KO", "actual": "Taux de doublons : 1,7 %", "comment": "Mesuré sur 1 200 comptes"},
        ("CT-020", None): {"tester": "nadia", "date": today.strftime("%d/%m/%Y")},
        ("CT-022", None): {"result": "bloqué", "comment": "Compte de test du secteur Est absent",
                           "tester": "Sandrine Lefort"},
        ("CT-023", 1): {"comment": "Pas encore testé"},  # a note without a result: nothing recorded
    }
    filled = fill(source, tmp_path / "rempli.xlsx", answers, shuffle=True)
    preview = preview_results(demo, filled, french)
    assert preview.invalid == [] and preview.conflicts == []
    planned = {p.ref: p for p in preview.planned}
    assert sorted(planned) == ["CT-019", "CT-020", "CT-022"]
    assert planned["CT-019"].result is Result.PASSED and planned["CT-019"].tester_name == "Marc Aubert"
    assert planned["CT-020"].result is Result.FAILED and planned["CT-020"].tester_name == "Nadia Belkacem"
    assert planned["CT-020"].steps[1].actual_result == "Taux de doublons : 1,7 %"
    assert planned["CT-022"].result is Result.BLOCKED and planned["CT-022"].day == today
    lines = preview.report_lines()
    assert lines[1] == "Attempts to record: 3" and any("CT-022 has no date" in line for line in lines)
    assert [n.text() for n in preview.ignored] == [
        f"Row {preview.ignored[0].row}: CT-023 has a comment but no result: nothing is recorded for it."]
    result, changes = apply_results(demo, preview)
    assert (result.attempts, result.defects_created) == (3, 1) and changes.step is not None
    assert executions(demo) == before + 3
    acc = AcceptanceService(demo)
    campaign = acc.campaign_named(CAMPAIGN)
    assert (campaign.counts.passed, campaign.counts.failed, campaign.counts.blocked, campaign.counts.not_run) == (
        13, 7, 3, 1)
    defect = next(d for d in acc.defects(campaign.id) if d.test_case_ref == "CT-020" and d.is_open)
    assert "Taux de doublons : 1,7 %" in defect.description and "2. Mesuré sur 1 200 comptes" in defect.description
    # Importing the same file again is a conflict now: those cases have newer results.
    again = preview_results(demo, filled, french)
    assert sorted(p.ref for p in again.conflicts) == ["CT-019", "CT-020", "CT-022"]


def test_conflicts_and_invalid_values_block_everything(demo, tmp_path):
    source = exported(demo, tmp_path)
    acc = AcceptanceService(demo)
    campaign = acc.campaign_named(CAMPAIGN)
    copy = next(c for c in acc.campaign_cases(campaign.id) if c.ref == "CT-019")
    acc.record_execution(copy.id, "passed", [])  # run in the app after the export
    conflicting = fill(source, tmp_path / "conflit.xlsx", {("CT-019", None): {"result": "KO"},
                                                          ("CT-022", None): {"result": "OK"}})
    preview = preview_results(demo, conflicting)
    assert [p.ref for p in preview.conflicts] == ["CT-019"] and preview.blocking()
    count = executions(demo)
    with pytest.raises(ImportRejected, match="problems to correct"):
        apply_results(demo, preview)
    assert executions(demo) == count
    result, _ = apply_results(demo, preview, accept_conflicts=True)
    assert result.attempts == 2 and acc.campaign_case(copy.id).attempts == 2
    invalid = fill(source, tmp_path / "invalide.xlsx", {
        ("CT-023", None): {"result": "peut-être"},
        ("CT-099", None): {"result": "OK"},
        ("CT-020", 9): {"result": "OK"},
        ("CT-021", None): {"result": "OK", "tester": "Jules Inconnu"},
        ("CT-010", None): {"result": "OK", "date": "le 3 mai"},
        ("CT-012", None): {"result": "OK"}, ("CT-012", 1): {"result": "KO"},
        ("CT-016", None): {"result": "OK"},  # valid, but nothing is recorded while others are not
    })
    count = executions(demo)
    preview = preview_results(demo, invalid)
    texts = [n.text() for n in preview.invalid]
    assert len(texts) == 6
    for expected in ('"peut-être" is not a result', "CT-099 is not a case of this campaign", "CT-020 has no step 9",
                     '"Jules Inconnu" is not a person', '"le 3 mai" is not a date',
                     "CT-012 cannot be passed while one of its steps failed"):
        assert any(expected in t for t in texts), expected
    assert all(n.row for n in preview.invalid)
    with pytest.raises(ImportRejected):
        apply_results(demo, preview, accept_conflicts=True)
    assert executions(demo) == count

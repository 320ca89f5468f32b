"""The selection sheets of the project workbook, read back with openpyxl: values, no formula
cells, French titles when the workbook is French."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from crmdesk.db.project_file import ProjectFile
from crmdesk.services.container import ProjectServices
from crmdesk.services.exchange import export_project
from crmdesk.services.selection import SelectionService

SHEETS = ["Candidates", "Criteria", "Scoring matrix", "Ranking"]


@pytest.fixture
def exported(demo_path: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    pf = ProjectFile.open(demo_path)
    try:
        out = export_project(ProjectServices.over(pf), tmp_path / "projet.xlsx", "en")
        ranking = SelectionService(pf).ranking()
        criteria = SelectionService(pf).criteria()
    finally:
        pf.close()
    return openpyxl.load_workbook(out), ranking, criteria


def _rows(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    return list(ws.iter_rows(values_only=True))


def test_selection_sheets_follow_the_needs_sheets(exported):
    wb, _, _ = exported
    assert wb.sheetnames[2:6] == SHEETS
    for name in SHEETS:
        for row in wb[name].iter_rows():
            for cell in row:
                assert cell.data_type != "f", (name, cell.coordinate, cell.value)


def test_candidates_sheet_has_costs_and_tco(exported):
    wb, ranking, _ = exported
    rows = _rows(wb["Candidates"])
    header = rows[0]
    assert header[:5] == ("Candidate", "Kind", "Status", "Reason for elimination", "Contacts")
    by_name = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    altacime = by_name["Altacime CRM"]
    assert altacime["TCO (€)"] == ranking.row(altacime_id(ranking)).tco == 93_800
    assert altacime["One-off total (€)"] == 33_500 and altacime["Recurring per year (€)"] == 20_100
    assert altacime["Contacts"] == "Mathieu Lenoir"
    assert "mark = 5 × lowest TCO" in altacime["How the cost mark is found"]
    assert by_name["Bricole Soft"]["Status"] == "eliminated" and by_name["Bricole Soft"]["Reason for elimination"]


def altacime_id(ranking) -> int:  # type: ignore[no-untyped-def]
    return next(r.candidate.id for r in ranking.rows if r.candidate.name == "Altacime CRM")


def test_criteria_sheet_shares_sum_to_100(exported):
    wb, _, criteria = exported
    rows = _rows(wb["Criteria"])
    header = rows[0]
    share = header.index("Share (%)")
    assert len(rows) - 1 == len(criteria)
    assert round(sum(r[share] for r in rows[1:]), 6) == 100.0
    knockout = [r for r in rows[1:] if r[header.index("Knock-out below")] is not None]
    assert [(r[header.index("Need")], r[header.index("Knock-out below")]) for r in knockout] == [("BES-050", 2)]


def test_matrix_sheet_has_values_totals_and_ranks(exported):
    wb, ranking, criteria = exported
    rows = _rows(wb["Scoring matrix"])
    header = rows[0]
    names = list(header[3:])
    assert names == ["Altacime CRM", "Nuagéo Conseil + Salesforce", "Kerlance Solutions", "Opaline CRM",
                     "Bricole Soft"]
    body, total, rank, status = rows[1:-3], rows[-3], rows[-2], rows[-1]
    assert len(body) == len(criteria)
    for value in (v for r in body for v in r[3:]):
        assert value is None or 0 <= value <= 5
    assert total[0] == "Weighted score (%)" and total[2] == 100
    by_name = {r.candidate.name: r for r in ranking.rows}
    assert [total[3 + i] for i in range(len(names))] == [round(by_name[n].score, 1) for n in names]
    assert [rank[3 + i] for i in range(len(names))] == [by_name[n].rank for n in names]
    assert status[3 + names.index("Opaline CRM")].startswith("eliminated (knock-out on BES-050")


def test_ranking_sheet(exported):
    wb, ranking, _ = exported
    rows = _rows(wb["Ranking"])
    assert rows[0][:3] == ("Rank", "Candidate", "Weighted score (%)")
    assert [r[1] for r in rows[1:]] == [r.candidate.name for r in ranking.rows]
    assert [r[0] for r in rows[1:]] == [r.rank for r in ranking.rows]
    assert rows[1][0] == 1 and rows[-1][0] is None  # Bricole Soft, eliminated by the pilot, comes last


def test_a_project_without_selection_gets_no_selection_sheets(services, tmp_path):
    out = export_project(services, tmp_path / "vide.xlsx", "en")
    assert not set(SHEETS) & set(openpyxl.load_workbook(out).sheetnames)

"""Testers' workbooks that cannot be read back: damaged or truncated, an old .xls, a CSV, an
empty file, a workbook without our identifiers, of another project, of a campaign closed since
— each refused with one sentence naming the file, the project left unchanged. A workbook merely
renamed .xls is read (with a note)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from crmdesk.domain.errors import ImportRejected, ValidationFailed
from crmdesk.exchange import testers_workbook_format as tf
from crmdesk.services.acceptance import AcceptanceService
from crmdesk.services.acceptance_import import export_campaign, preview_results

CAMPAIGN = "Recette en pré-production – Lot 1"
RESULT = list(tf.HEADERS).index("result") + 1


def english(_context: str, text: str) -> str:
    return text


@pytest.fixture
def demo(demo_file):  # type: ignore[no-untyped-def]
    return demo_file


@pytest.fixture
def workbook(demo, tmp_path) -> Path:  # type: ignore[no-untyped-def]
    campaign = AcceptanceService(demo).campaign_named(CAMPAIGN)
    path = export_campaign(demo, campaign.id, tmp_path / "campagne.xlsx", english, "en")
    wb = load_workbook(path)
    wb.worksheets[1].cell(2, RESULT).value = "passed"  # CT-001, the case row
    wb.save(path)
    return path


def refused(pf, path: Path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRejected) as info:
        preview_results(pf, path)
    message = str(info.value)
    assert path.name in message and "\n" not in message and "Traceback" not in message
    return message


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_and_foreign_files_are_refused(demo, demo_path, workbook, tmp_path):
    data = workbook.read_bytes()
    truncated = tmp_path / "tronqué.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    assert "damaged" in refused(demo, truncated)
    garbage = tmp_path / "abîmé.xlsx"
    garbage.write_bytes(b"PK\x03\x04" + b"\x00" * 300)
    assert "damaged" in refused(demo, garbage) or "not a valid Excel" in refused(demo, garbage)
    old = tmp_path / "ancien.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "Excel 97-2003" in refused(demo, old)
    csv = tmp_path / "résultats.csv"
    csv.write_text("Ref;Step;Result\nCT-001;;OK\n", encoding="utf-8")
    assert "only the Excel workbook" in refused(demo, csv)
    empty = tmp_path / "vide.xlsx"
    empty.write_bytes(b"")
    assert "empty" in refused(demo, empty)
    assert "does not exist" in refused(demo, tmp_path / "absent.xlsx")
    plain = tmp_path / "tableau.xlsx"
    wb = Workbook()
    wb.active.append(["Ref", "Step", "Result"])
    wb.active.append(["CT-001", None, "OK"])
    wb.save(plain)
    assert "does not say which campaign" in refused(demo, plain)
    no_results = tmp_path / "sans-résultats.xlsx"
    wb = Workbook()
    wb.active.append(["Nom", "Prénom"])
    wb.save(no_results)
    assert "holds no test results" in refused(demo, no_results)


def test_a_workbook_of_another_project_or_campaign(demo, workbook, tmp_path):
    other = tmp_path / "autre-projet.xlsx"
    wb = load_workbook(workbook)
    ident = wb[tf.ID_SHEET]
    ident["B3"] = "Projet CRM d'une autre société"
    wb.save(other)
    assert "of the project \"Projet CRM d'une autre société\"" in refused(demo, other)
    gone = tmp_path / "autre-campagne.xlsx"
    wb = load_workbook(workbook)
    wb[tf.ID_SHEET]["B4"] = 999
    wb[tf.ID_SHEET]["B5"] = "VSR – Lot 9"
    wb.save(gone)
    assert "\"VSR – Lot 9\", which this project does not have" in refused(demo, gone)


def test_a_renamed_workbook_is_read_and_a_closed_campaign_refused(demo, demo_path, workbook, tmp_path):
    renamed = tmp_path / "campagne.xls"
    shutil.copyfile(workbook, renamed)
    preview = preview_results(demo, renamed)
    assert [p.ref for p in preview.planned] == ["CT-001"]
    assert any("despite its name" in n.text() for n in preview.notes)
    acc = AcceptanceService(demo)
    campaign = acc.campaign_named(CAMPAIGN)
    acc.close_campaign(campaign.id)
    assert "is closed" in refused(demo, workbook)
    with pytest.raises(ValidationFailed, match="is closed"):
        export_campaign(demo, campaign.id, tmp_path / "fermée.xlsx", english)
    assert not (tmp_path / "fermée.xlsx").exists()


def test_a_campaign_renamed_since_the_export_is_still_found(demo, workbook):
    acc = AcceptanceService(demo)
    campaign = acc.campaign_named(CAMPAIGN)
    acc.update_campaign(campaign.id, {"name": "Recette pré-prod – Lot 1 (v2)"})
    preview = preview_results(demo, workbook)
    assert preview.campaign_id == campaign.id and [p.ref for p in preview.planned] == ["CT-001"]

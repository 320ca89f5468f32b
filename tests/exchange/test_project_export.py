from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import DomainRead, NeedRead
from crmdesk.exchange.project_export import (
    DOMAINS_HEADERS,
    EXPORT_HEADERS,
    NEEDS_HEADERS,
    needs_sheets,
)
from crmdesk.exchange.workbook import write_workbook
from crmdesk.i18n import translator

FRENCH = {
    ("Export", "Needs"): "Besoins", ("Export", "Domains"): "Domaines",
    ("Export", "Ref"): "Réf", ("Export", "Title"): "Titre", ("Export", "Domain"): "Domaine",
    ("Export", "Priority"): "Priorité", ("Export", "Status"): "Statut",
    ("Export", "Owner"): "Responsable", ("Export", "Source workshop"): "Atelier source",
    ("Export", "Source date"): "Date source", ("Export", "Description"): "Description",
    ("Export", "Rationale"): "Justification",
    ("Export", "Acceptance criteria"): "Critères d'acceptation",
    ("Export", "Comments"): "Commentaires", ("Export", "Updated"): "Mis à jour",
    ("Priority", "mandatory"): "impératif", ("Priority", "desired"): "souhaité",
    ("Priority", "optional"): "optionnel",
    ("NeedStatus", "draft"): "brouillon", ("NeedStatus", "to clarify"): "à préciser",
    ("NeedStatus", "validated"): "validé", ("NeedStatus", "postponed"): "reporté",
    ("NeedStatus", "rejected"): "rejeté",
}


def french(context: str, text: str) -> str:
    return FRENCH.get((context, text), text)


DOMAINS = [
    DomainRead(1, "Ventes", None, 0),
    DomainRead(2, "Devis", 1, 0),
    DomainRead(3, "Service client", None, 1),
]


def need(i: int, **kw: object) -> NeedRead:
    base: dict[str, object] = dict(
        id=i, ref=f"BES-{i:03d}", title=f"Need {i}", domain_id=2, domain_name="Devis",
        priority=Priority.MANDATORY, status=NeedStatus.TO_CLARIFY, owner_id=1,
        owner_name="Hélène Martin", source_workshop="Atelier ventes",
        source_date=date(2025, 1, 15), description="=cmd|' /C calc'!A0", rationale="r",
        acceptance_criteria="- a\n- b", comments="@team", created_at="2025-01-01T10:00:00+00:00",
        updated_at="2025-02-01T10:30:00+00:00",
    )
    base.update(kw)
    return NeedRead(**base)  # type: ignore[arg-type]


NEEDS = [need(1), need(2, domain_id=None, domain_name="", source_date=None, owner_id=None,
                      owner_name="", priority=Priority.OPTIONAL, status=NeedStatus.DRAFT),
         need(3, domain_id=3, domain_name="Service client")]


def test_headers_lists() -> None:
    assert len(NEEDS_HEADERS) == 13 and NEEDS_HEADERS[0] == "Ref"
    assert DOMAINS_HEADERS == ["Domain path", "Parent", "Number of needs"]
    assert set(NEEDS_HEADERS) <= set(EXPORT_HEADERS)


def test_english_workbook(tmp_path: Path) -> None:
    target = tmp_path / "project.xlsx"
    write_workbook(target, needs_sheets(NEEDS, DOMAINS, translator("en")))
    wb = load_workbook(target)
    assert wb.sheetnames == ["Needs", "Domains"]
    ws = wb["Needs"]
    assert [c.value for c in ws[1]] == NEEDS_HEADERS
    row = [c.value for c in ws[2]]
    assert row[:8] == ["BES-001", "Need 1", "Ventes / Devis", "mandatory", "to clarify",
                       "Hélène Martin", "Atelier ventes", datetime(2025, 1, 15)]
    assert row[8] == "=cmd|' /C calc'!A0" and ws["I2"].data_type == "s"
    assert isinstance(row[12], datetime)
    assert [c.value for c in ws[3]][2] is None  # no domain
    assert ws["C4"].value == "Service client"
    formulas = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert formulas == {"D2:D1048576": '"mandatory,desired,optional"',
                        "E2:E1048576": '"draft,to clarify,validated,postponed,rejected"'}
    assert ws.auto_filter.ref == "A1:M4"
    domains = [[c.value for c in r] for r in wb["Domains"].iter_rows()]
    assert domains == [["Domain path", "Parent", "Number of needs"],
                       ["Service client", None, 1],
                       ["Ventes", None, 0],
                       ["Ventes / Devis", "Ventes", 1]]


def test_french_workbook(tmp_path: Path) -> None:
    target = tmp_path / "projet.xlsx"
    write_workbook(target, needs_sheets(NEEDS, DOMAINS, french))
    wb = load_workbook(target)
    assert wb.sheetnames == ["Besoins", "Domaines"]
    ws = wb["Besoins"]
    assert ws["A1"].value == "Réf" and ws["D1"].value == "Priorité"
    assert ws["D2"].value == "impératif" and ws["E2"].value == "à préciser"
    formulas = sorted(dv.formula1 for dv in ws.data_validations.dataValidation)
    assert formulas == ['"brouillon,à préciser,validé,reporté,rejeté"',
                        '"impératif,souhaité,optionnel"']


def test_empty_project(tmp_path: Path) -> None:
    target = tmp_path / "empty.xlsx"
    write_workbook(target, needs_sheets([], [], translator("en")))
    ws = load_workbook(target)["Needs"]
    assert ws.max_row == 1 and ws.auto_filter.ref == "A1:M1"


def test_the_collector_is_paused_while_the_workbook_is_read(demo_file):
    """Reading every area's sheets builds many short-lived objects without cycles; collector
    passes there only cost time (crmdesk.heap). Each area translates its headers while it
    reads: the collector is paused whenever it does, and running again afterwards."""
    import gc

    from crmdesk.services.container import ProjectServices
    from crmdesk.services.exchange import project_sheets

    english = translator("en")
    collecting: list[bool] = []

    def translate(context: str, text: str) -> str:
        collecting.append(gc.isenabled())
        return english(context, text)

    sheets = project_sheets(ProjectServices.over(demo_file), translate)
    assert len(collecting) > 100 and not any(collecting)
    assert gc.isenabled()
    assert [s.title for s in sheets][:2] == ["Needs", "Domains"]
    assert len(sheets) > 10

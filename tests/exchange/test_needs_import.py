from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import ImportRejected
from crmdesk.domain.needs import EDITABLE_NEED_FIELDS, DomainRead, NeedRead
from crmdesk.exchange.needs_import import (
    NEED_IMPORT_FIELDS,
    guess_mapping,
    parse_date,
    parse_needs,
)
from crmdesk.exchange.project_export import needs_sheets
from crmdesk.exchange.tabular import Table, read_table
from crmdesk.exchange.workbook import write_workbook
from crmdesk.i18n import translator

PEOPLE = {"hélène martin": 7, "paul durand": 8}
EXISTING = {"BES-001", "BES-002", "BES-010"}


def table(headers: list[str], *rows: list[str]) -> Table:
    return Table(headers=headers, rows=[(i, list(r)) for i, r in enumerate(rows, start=2)],
                 kind="csv", source_name="needs.csv")


def parse(t: Table, **kw: object):  # type: ignore[no-untyped-def]
    return parse_needs(t, guess_mapping(t.headers), known_people=PEOPLE,
                       existing_refs=EXISTING, **kw)  # type: ignore[arg-type]


def test_fields_cover_the_editable_fields() -> None:
    keys = set(NEED_IMPORT_FIELDS) - {"ref", "domain", "owner"}
    assert keys | {"domain_id", "owner_id"} == set(EDITABLE_NEED_FIELDS)


def test_french_headers() -> None:
    headers = ["Réf.", "Intitulé", "Domaine fonctionnel", "PRIORITÉ", "État", "Porteur",
               "Atelier", "Date de l'atelier", "Description", "Justification",
               "Critères de recette", "Commentaires", "Autre"]
    assert guess_mapping(headers) == {
        "ref": 0, "title": 1, "domain": 2, "priority": 3, "status": 4, "owner": 5,
        "source_workshop": 6, "source_date": 7, "description": 8, "rationale": 9,
        "acceptance_criteria": 10, "comments": 11}


def test_english_and_variant_headers() -> None:
    headers = ["ID", "Need", "Domain", "Importance", "Status", "Owner", "Workshop",
               "Source date", "Rationale", "Acceptance criteria", "Comments", "Référence"]
    mapping = guess_mapping(headers)
    assert mapping["ref"] == 0 and mapping["title"] == 1 and mapping["priority"] == 3
    assert mapping["source_date"] == 7 and mapping["acceptance_criteria"] == 9
    assert guess_mapping(["Titre (obligatoire)", "Priorité*", "Date d’atelier"]) == {
        "title": 0, "priority": 1, "source_date": 2}


def test_create_defaults_and_values() -> None:
    t = table(["Titre", "Domaine", "Priorité", "Statut", "Responsable", "Date", "Description"],
              ["  Saisir   un devis ", "Ventes/ Devis", "", "", "HÉLÈNE  Martin", "31/12/2025",
               "=détail"])
    parsed = parse(t)
    assert parsed.rejected == []
    [row] = parsed.rows
    assert row.row_number == 2 and row.ref is None
    assert row.values == {
        "title": "Saisir un devis", "domain_path": "Ventes / Devis",
        "priority": Priority.DESIRED, "status": NeedStatus.DRAFT, "owner_id": 7,
        "source_date": date(2025, 12, 31), "description": "=détail"}


@pytest.mark.parametrize("text, expected", [
    ("impératif", Priority.MANDATORY), ("IMPERATIF", Priority.MANDATORY),
    ("Mandatory", Priority.MANDATORY), ("mandatory", Priority.MANDATORY),
    ("souhaité", Priority.DESIRED), ("Souhaite", Priority.DESIRED),
    ("optionnel", Priority.OPTIONAL), ("optional", Priority.OPTIONAL),
])
def test_priority_labels(text: str, expected: Priority) -> None:
    parsed = parse(table(["Title", "Priority"], ["x", text]))
    assert parsed.rows[0].values["priority"] is expected


@pytest.mark.parametrize("text, expected", [
    ("brouillon", NeedStatus.DRAFT), ("À préciser", NeedStatus.TO_CLARIFY),
    ("a preciser", NeedStatus.TO_CLARIFY), ("to_clarify", NeedStatus.TO_CLARIFY),
    ("To clarify", NeedStatus.TO_CLARIFY), ("VALIDÉ", NeedStatus.VALIDATED),
    ("validated", NeedStatus.VALIDATED), ("reporté", NeedStatus.POSTPONED),
    ("rejeté", NeedStatus.REJECTED), ("Rejected", NeedStatus.REJECTED),
])
def test_status_labels(text: str, expected: NeedStatus) -> None:
    parsed = parse(table(["Title", "Status"], ["x", text]))
    assert parsed.rows[0].values["status"] is expected


def test_update_leaves_empty_title_priority_status_unchanged() -> None:
    t = table(["Ref", "Title", "Priority", "Status", "Comments", "Owner"],
              ["bes-1", "", "", "", "", ""],
              ["BES-002", "New title", "optionnel", "validé", "ok", "Paul Durand"])
    parsed = parse(t)
    assert parsed.rejected == []
    first, second = parsed.rows
    assert first.ref == "BES-001" and first.values == {"comments": "", "owner_id": None}
    assert second.ref == "BES-002" and second.values == {
        "title": "New title", "priority": Priority.OPTIONAL, "status": NeedStatus.VALIDATED,
        "comments": "ok", "owner_id": 8}
    assert [r.ref for r in parsed.updates] == ["BES-001", "BES-002"] and parsed.creates == []


def test_rejections_name_their_row() -> None:
    t = table(["Réf", "Titre", "Priorité", "Statut", "Responsable", "Date"],
              ["", "ok", "", "", "", ""],                      # 2 created
              ["BES-999", "x", "", "", "", ""],                # 3 unknown ref
              ["BES-001", "x", "", "", "", ""],                # 4 update
              ["BES-001", "again", "", "", "", ""],            # 5 duplicate ref
              ["", "x", "", "", "Inconnu Total", ""],          # 6 unknown owner
              ["", "x", "", "", "", "32/01/2025"],             # 7 bad date
              ["", "x" * 301, "", "", "", ""],                 # 8 title too long
              ["", "", "impératif", "", "", ""],               # 9 no title on create
              ["", "x", "urgent", "", "", ""],                 # 10 unknown priority
              ["", "x", "", "fini", "", ""],                   # 11 unknown status
              ["", "", "", "", "", ""])                        # 12 skipped
    parsed = parse(t)
    assert [r.row_number for r in parsed.rows] == [2, 4]
    reasons = dict(parsed.rejected)
    assert sorted(reasons) == [3, 5, 6, 7, 8, 9, 10, 11]
    assert reasons[3] == "Unknown reference BES-999."
    assert reasons[5] == "The reference BES-001 is already on row 4."
    assert "Inconnu Total" in reasons[6]
    assert "32/01/2025" in reasons[7] and "not a date" in reasons[7]
    assert "300 characters" in reasons[8]
    assert reasons[9] == "A new need must have a title."
    assert "urgent" in reasons[10] and "mandatory, desired, optional" in reasons[10]
    assert "fini" in reasons[11]
    assert any("1 rows had no value" in w for w in parsed.warnings)


def test_reasons_can_be_translated() -> None:
    fr = {("Import", "Unknown reference {ref}."): "Référence inconnue : {ref}."}
    parsed = parse(table(["Ref", "Title"], ["BES-404", "x"]),
                   translate=lambda c, t: fr.get((c, t), t))
    assert parsed.rejected == [(2, "Référence inconnue : BES-404.")]


def test_missing_required_columns() -> None:
    with pytest.raises(ImportRejected) as info:
        parse(table(["Priorité", "Statut"], ["x", "y"]))
    assert "needs.csv" in str(info.value) and "Titre" in str(info.value)


def test_unmapped_columns_warning() -> None:
    parsed = parse(table(["Title", "Budget", "Vendor"], ["x", "1", "y"]))
    assert parsed.warnings == ["Columns not imported: Budget, Vendor."]


@pytest.mark.parametrize("text, expected", [
    ("2025-03-01", date(2025, 3, 1)), ("2025-03-01 14:05", date(2025, 3, 1)),
    ("01/03/2025", date(2025, 3, 1)), ("1/3/2025", date(2025, 3, 1)),
    ("01.03.2025", date(2025, 3, 1)), ("01-03-25", date(2025, 3, 1)),
    ("2025/03/01", date(2025, 3, 1)),
])
def test_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["03/31/2025", "demain", "2025-13-01", "45000"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_csv_file_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "ateliers.csv"
    path.write_bytes("Réf;Intitulé;Priorité;Date de l'atelier\n;Relancer un client;Impératif;"
                     "05/02/2025\nBES-010;;;\n".encode("cp1252"))
    t = read_table(path)
    parsed = parse(t)
    assert parsed.rejected == []
    assert parsed.rows[0].values["priority"] is Priority.MANDATORY
    assert parsed.rows[0].values["source_date"] == date(2025, 2, 5)
    assert parsed.rows[1].ref == "BES-010" and parsed.rows[1].values == {"source_date": None}
    assert any("cp1252" in w for w in parsed.warnings)


FR_EXPORT = {
    ("Export", "Needs"): "Besoins", ("Export", "Ref"): "Réf", ("Export", "Title"): "Titre",
    ("Export", "Domain"): "Domaine", ("Export", "Priority"): "Priorité",
    ("Export", "Status"): "Statut", ("Export", "Owner"): "Responsable",
    ("Export", "Source workshop"): "Atelier source", ("Export", "Source date"): "Date source",
    ("Export", "Rationale"): "Justification",
    ("Export", "Acceptance criteria"): "Critères d'acceptation",
    ("Export", "Comments"): "Commentaires", ("Export", "Updated"): "Mis à jour",
    ("Priority", "mandatory"): "impératif", ("NeedStatus", "to clarify"): "à préciser",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_export_then_import_round_trip(tmp_path: Path, lang: str) -> None:
    translate = translator("en") if lang == "en" else (lambda c, t: FR_EXPORT.get((c, t), t))
    domains = [DomainRead(1, "Ventes", None, 0), DomainRead(2, "Devis", 1, 0)]
    needs = [NeedRead(
        id=i, ref=f"BES-{i:03d}", title=f"=Need {i}", domain_id=2, domain_name="Devis",
        priority=Priority.MANDATORY, status=NeedStatus.TO_CLARIFY, owner_id=7,
        owner_name="Hélène Martin", source_workshop="Atelier 1", source_date=date(2025, 1, i),
        description="+33 6 12 34 56 78\nligne 2", rationale="@r", acceptance_criteria="-a",
        comments="", created_at="2025-01-01T00:00:00+00:00",
        updated_at="2025-01-02T00:00:00+00:00") for i in (1, 2)]
    target = tmp_path / "export.xlsx"
    write_workbook(target, needs_sheets(needs, domains, translate))
    t = read_table(target)
    mapping = guess_mapping(t.headers)
    assert len(mapping) == 12
    parsed = parse_needs(t, mapping, known_people=PEOPLE, existing_refs={"BES-001", "BES-002"})
    assert parsed.rejected == [] and parsed.warnings == [
        f"Columns not imported: {'Updated' if lang == 'en' else 'Mis à jour'}."]
    for row, n in zip(parsed.rows, needs, strict=True):
        assert row.ref == n.ref
        assert row.values == {
            "title": n.title, "domain_path": "Ventes / Devis", "priority": n.priority,
            "status": n.status, "owner_id": 7, "source_workshop": n.source_workshop,
            "source_date": n.source_date, "description": n.description,
            "rationale": n.rationale, "acceptance_criteria": n.acceptance_criteria,
            "comments": n.comments}

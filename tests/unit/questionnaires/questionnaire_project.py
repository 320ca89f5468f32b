"""A project with needs (one rejected, one without a domain) and two candidates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crmdesk.db.project_file import ProjectFile
from crmdesk.db.tables_selection import CandidateRow
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import NeedDraft
from crmdesk.services.container import ProjectServices
from crmdesk.services.domains import ensure_domain_path


@dataclass
class Project:
    services: ProjectServices
    pf: ProjectFile
    candidates: dict[str, int]
    needs: dict[str, int]  # ref -> id
    tmp: Path


def add_candidates(pf: ProjectFile, *names: str) -> dict[str, int]:
    table = CandidateRow.__table__
    with pf.transaction() as tx:
        return {name: int(tx.conn.execute(table.insert().values(name=name, kind="vendor", status="short_list"))
                          .inserted_primary_key[0]) for name in names}


def make_project(services: ProjectServices, tmp_path: Path) -> Project:
    pf = services.file
    with pf.transaction() as tx:
        ventes = ensure_domain_path(tx.conn, "Ventes", {})
        comptes = ensure_domain_path(tx.conn, "Comptes", {})
    drafts = [
        NeedDraft("Fiche compte unique", comptes, Priority.MANDATORY, description="Partagée par tous"),
        NeedDraft("Contacts et rôles", comptes, Priority.DESIRED),
        NeedDraft("Pipeline des affaires", ventes, Priority.MANDATORY),
        NeedDraft("Devis depuis l'affaire", ventes, Priority.MANDATORY),
        NeedDraft("Configurateur de pompes", ventes, Priority.OPTIONAL, status=NeedStatus.REJECTED),
        NeedDraft("Relances planifiées", None, Priority.OPTIONAL),
    ]
    created, _ = services.needs.create_many(drafts)
    candidates = add_candidates(pf, "Altacime CRM", "Kerlance Solutions")
    return Project(services, pf, candidates, {n.ref: n.id for n in created}, tmp_path)

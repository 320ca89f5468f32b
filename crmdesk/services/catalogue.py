"""The catalogue of typical CRM needs shipped in ``data/catalogue_needs.csv``."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from crmdesk.db.project_file import ProjectFile
from crmdesk.db.tables import NeedRow
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import clean_need_values
from crmdesk.paths import data_path
from crmdesk.services.domains import ensure_domain_path
from crmdesk.services.needs import insert_needs

CATALOGUE_SOURCE = "Catalogue"


@dataclass(frozen=True)
class CatalogueEntry:
    domain_path: str
    title: str
    description: str
    priority: Priority
    acceptance_criteria: str


def load_catalogue(path: Path | None = None) -> list[CatalogueEntry]:
    path = path or data_path("catalogue_needs.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh, delimiter=";")
        return [
            CatalogueEntry(
                domain_path=row["domain"].strip(), title=row["title"].strip(),
                description=row["description"].strip(), priority=Priority(row["priority"].strip()),
                acceptance_criteria=row["acceptance_criteria"].strip(),
            )
            for row in reader if row.get("title", "").strip()
        ]


class CatalogueService:
    def __init__(self, project: ProjectFile, entries: list[CatalogueEntry] | None = None) -> None:
        self._pf = project
        self._entries = entries

    def entries(self) -> list[CatalogueEntry]:
        if self._entries is None:
            self._entries = load_catalogue()
        return self._entries

    def titles_in_project(self) -> set[str]:
        with self._pf.reading() as conn:
            return {t.casefold() for (t,) in conn.execute(select(NeedRow.__table__.c.title))}

    def add(self, entries: Sequence[CatalogueEntry], owner_id: int | None = None
            ) -> tuple[list[int], Changes]:
        """Add the chosen entries as draft needs, creating their domains where missing."""
        with self._pf.transaction() as tx:
            cache: dict[str, int] = {}
            cleaned = []
            for entry in entries:
                domain_id = ensure_domain_path(tx.conn, entry.domain_path, cache)
                cleaned.append(clean_need_values({
                    "title": entry.title, "description": entry.description,
                    "priority": entry.priority, "status": NeedStatus.DRAFT,
                    "acceptance_criteria": entry.acceptance_criteria, "domain_id": domain_id,
                    "owner_id": owner_id, "source_workshop": CATALOGUE_SOURCE,
                }))
            ids = insert_needs(tx.conn, cleaned)
        return ids, Changes.of(EntityKind.NEED, EntityKind.DOMAIN, ids=set(ids), step=tx.step)

"""All the services of one open project, built in one place."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.db.project_file import ProjectFile
from crmdesk.services.acceptance import AcceptanceService
from crmdesk.services.catalogue import CatalogueService
from crmdesk.services.domains import DomainService
from crmdesk.services.history import HistoryService
from crmdesk.services.needs import NeedService
from crmdesk.services.project import PeopleService, ProjectService
from crmdesk.services.questionnaires import QuestionnaireService
from crmdesk.services.selection import SelectionService
from crmdesk.services.sprints import SprintService


@dataclass(frozen=True)
class ProjectServices:
    file: ProjectFile
    project: ProjectService
    people: PeopleService
    domains: DomainService
    needs: NeedService
    catalogue: CatalogueService
    history: HistoryService
    selection: SelectionService
    questionnaires: QuestionnaireService
    sprints: SprintService
    acceptance: AcceptanceService

    @classmethod
    def over(cls, pf: ProjectFile) -> ProjectServices:
        return cls(
            file=pf, project=ProjectService(pf), people=PeopleService(pf), domains=DomainService(pf),
            needs=NeedService(pf), catalogue=CatalogueService(pf), history=HistoryService(pf),
            selection=SelectionService(pf), questionnaires=QuestionnaireService(pf), sprints=SprintService(pf),
            acceptance=AcceptanceService(pf),
        )

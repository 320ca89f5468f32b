"""All the services of one open project, built in one place.

The needs inventory's services are built with the container; the selection, questionnaire,
sprint and acceptance services (and the modules behind them: numpy, their tables, their
rules) are built the first time they are used, so opening a project shows the window without
importing areas the user has not opened yet."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from crmdesk.db.project_file import ProjectFile
from crmdesk.services.catalogue import CatalogueService
from crmdesk.services.domains import DomainService
from crmdesk.services.history import HistoryService
from crmdesk.services.needs import NeedService
from crmdesk.services.project import PeopleService, ProjectService

if TYPE_CHECKING:
    from crmdesk.services.acceptance import AcceptanceService
    from crmdesk.services.questionnaires import QuestionnaireService
    from crmdesk.services.selection import SelectionService
    from crmdesk.services.sprints import SprintService


class ProjectServices:
    def __init__(self, file: ProjectFile) -> None:
        self.file = file
        self.project = ProjectService(file)
        self.people = PeopleService(file)
        self.domains = DomainService(file)
        self.needs = NeedService(file)
        self.catalogue = CatalogueService(file)
        self.history = HistoryService(file)

    @classmethod
    def over(cls, pf: ProjectFile) -> ProjectServices:
        return cls(pf)

    def __repr__(self) -> str:
        return f"ProjectServices({self.file.path})"

    @cached_property
    def selection(self) -> SelectionService:
        from crmdesk.services.selection import SelectionService

        return SelectionService(self.file)

    @cached_property
    def questionnaires(self) -> QuestionnaireService:
        from crmdesk.services.questionnaires import QuestionnaireService

        return QuestionnaireService(self.file)

    @cached_property
    def sprints(self) -> SprintService:
        from crmdesk.services.sprints import SprintService

        return SprintService(self.file)

    @cached_property
    def acceptance(self) -> AcceptanceService:
        from crmdesk.services.acceptance import AcceptanceService

        return AcceptanceService(self.file)

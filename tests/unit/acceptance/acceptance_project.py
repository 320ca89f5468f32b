"""A small acceptance project over a real file, shared by the acceptance tests: three needs
(two mandatory), a lot with two stories, two key users and a pilot, three test cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from crmdesk.domain.acceptance import TestStep
from crmdesk.domain.acceptance_values import CampaignDraft, TestCaseDraft
from crmdesk.domain.enums import Priority, Role
from crmdesk.domain.needs import NeedDraft
from crmdesk.domain.sprints import StoryDraft
from crmdesk.services.acceptance import AcceptanceService
from crmdesk.services.sprints import SprintService

MONDAY = date(2026, 9, 7)


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    """Day 1 is a Monday; times in UTC."""
    return datetime(MONDAY.year, MONDAY.month, MONDAY.day, hour, minute, tzinfo=UTC) + timedelta(days=day - 1)


@dataclass
class Project:
    acceptance: AcceptanceService
    needs: dict[str, int]  # ref -> id
    stories: dict[str, int]
    cases: dict[str, int]
    people: dict[str, int]
    lot_id: int

    def campaign(self, name: str = "VABF lot 1", **values: object) -> int:
        draft = CampaignDraft(name=name, start_date=MONDAY, end_date=MONDAY + timedelta(days=11),
                              lot_id=self.lot_id, tester_ids=(self.people["Julien"],), **values)  # type: ignore[arg-type]
        campaign, _ = self.acceptance.create_campaign(draft, at=at(0))
        return campaign.id


def build(services) -> Project:  # type: ignore[no-untyped-def]
    needs, _ = services.needs.create_many([
        NeedDraft(title="Fiche compte unique", priority=Priority.MANDATORY,
                  acceptance_criteria="Étant donné un client ERP, quand j'ouvre sa fiche, alors son code ERP "
                                      "s'affiche.\nLe commercial responsable est affiché."),
        NeedDraft(title="Alerte doublon", priority=Priority.MANDATORY,
                  acceptance_criteria="- Les fiches similaires sont proposées.\n- Un SIRET connu bloque la création."),
        NeedDraft(title="Carte des clients", priority=Priority.DESIRED),
    ])
    people = {}
    for name, role in (("Julien Perrin", Role.KEY_USER), ("Sandrine Lefort", Role.KEY_USER),
                       ("Claire Dumoulin", Role.PILOT), ("Mathieu Lenoir", Role.VENDOR_CONTACT)):
        people[name.split()[0]], _ = services.people.add(name, role)
    sprints = SprintService(services.file)
    lot_id, _ = sprints.create_lot("Lot 1 – Socle")
    stories, _ = sprints.create_many([
        StoryDraft(title="Fiche compte", lot_id=lot_id, need_ids=(needs[0].id,),
                   acceptance_criteria="La fiche montre le code ERP.\nLa fiche montre le commercial."),
        StoryDraft(title="Doublons", lot_id=lot_id, need_ids=(needs[1].id,)),
    ])
    acceptance = AcceptanceService(services.file)
    cases, _ = acceptance.create_cases([
        TestCaseDraft(title="Consulter une fiche compte", priority="high", lot_id=lot_id,
                      steps=(TestStep("Ouvrir la fiche « Laiterie Dumas »", "La fiche s'ouvre"),
                             TestStep("Lire l'en-tête", "Le code ERP C10482 est affiché")),
                      need_ids=(needs[0].id,), story_ids=(stories[0].id,)),
        TestCaseDraft(title="Doublon de compte", priority="high",
                      steps=(TestStep("Créer « FROMAGERIE JOLLY SARL »", "Les fiches similaires sont proposées"),),
                      need_ids=(needs[1].id,), story_ids=(stories[1].id,)),
        TestCaseDraft(title="Carte", priority="low", steps=(TestStep("Ouvrir la carte", "Les clients proches"),),
                      need_ids=(needs[2].id,)),
    ], at=at(-3))
    return Project(acceptance, {n.ref: n.id for n in needs}, {s.ref: s.id for s in stories},
                   {c.ref: c.id for c in cases}, people, lot_id)

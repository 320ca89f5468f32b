"""People and the project frame."""

from __future__ import annotations

import pytest

from crmdesk.domain.changes import EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.needs import NeedDraft
from crmdesk.domain.project import PersonRead


def test_add_update_and_list_people(services):
    claire, changes = services.people.add("  Claire   Dumoulin ", Role.PILOT,
                                          " claire@vernadel.example ", "Vernadel")
    assert changes.touches(EntityKind.PERSON)
    bob, _ = services.people.add("Bob Martin")
    assert services.people.list() == [
        PersonRead(bob, "Bob Martin", Role.KEY_USER, "", ""),
        PersonRead(claire, "Claire Dumoulin", Role.PILOT, "claire@vernadel.example", "Vernadel"),
    ]
    need, _ = services.needs.create(NeedDraft(title="Tableau de bord", owner_id=bob))
    changes = services.people.update(bob, {"name": "Robert Martin", "role": "maker"})
    assert changes.touches(EntityKind.NEED)
    assert services.needs.get(need.id).owner_name == "Robert Martin"
    assert services.people.list()[1] == PersonRead(bob, "Robert Martin", Role.MAKER, "", "")


@pytest.mark.parametrize("values, message", [
    ({"name": "  "}, "must have a name"),
    ({"email": "pas-une-adresse"}, "Not an e-mail"),
    ({"role": "boss"}, "Unknown role"),
])
def test_invalid_people_are_refused(services, values, message):
    pid, _ = services.people.add("Claire")
    before = services.people.list()
    with pytest.raises(ValidationFailed, match=message):
        services.people.update(pid, values)
    with pytest.raises(ValidationFailed, match=message):
        services.people.add(**{"name": "Nouvelle", **values})
    assert services.people.list() == before


def test_unknown_person(services):
    with pytest.raises(NotFound):
        services.people.update(42, {"name": "X"})
    with pytest.raises(NotFound):
        services.people.delete(42)


def test_deleting_an_owner_empties_the_owner_and_undo_gives_it_back(services, state):
    claire, _ = services.people.add("Claire Dumoulin", Role.PILOT)
    other, _ = services.people.add("Julien Perrin")
    needs, _ = services.needs.create_many([
        NeedDraft(title="A", owner_id=claire), NeedDraft(title="B", owner_id=claire),
        NeedDraft(title="C", owner_id=other)])
    before = state(services)
    changes = services.people.delete(claire)
    assert changes.touches(EntityKind.PERSON, EntityKind.NEED)
    assert [p.name for p in services.people.list()] == ["Julien Perrin"]
    after = {n.title: (n.owner_id, n.owner_name) for n in services.needs.list()}
    assert after == {"A": (None, ""), "B": (None, ""), "C": (other, "Julien Perrin")}
    services.history.replay(changes.step)
    assert state(services) == before
    assert services.needs.get(needs[0].id).owner_name == "Claire Dumoulin"


def test_project_update_and_sprint_length(services):
    assert services.project.get().sprint_length_days == 21
    changes = services.project.update({"name": "  CRM   2027 ", "sprint_length_days": "14",
                                       "description": "Remplacer l'outil actuel"})
    assert changes.touches(EntityKind.PROJECT)
    project = services.project.get()
    assert (project.name, project.organisation, project.description,
            project.sprint_length_days) == ("CRM 2027", "Vernadel", "Remplacer l'outil actuel", 14)
    for bad in (0, 91, -7, "deux semaines", None):
        with pytest.raises(ValidationFailed, match="sprint length"):
            services.project.update({"sprint_length_days": bad})
    with pytest.raises(ValidationFailed, match="must have a name"):
        services.project.update({"name": " "})
    services.project.update({"sprint_length_days": 1})
    services.project.update({"sprint_length_days": 90})
    assert services.project.get().sprint_length_days == 90
    assert services.project.update({}).step is None

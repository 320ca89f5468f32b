"""The needs inventory: references, validation, bulk edits."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.changes import EntityKind
from crmdesk.domain.enums import NeedStatus, Priority, Role
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.needs import NeedDraft
from crmdesk.services.container import ProjectServices


def _refs(s: ProjectServices) -> list[str]:
    return [n.ref for n in s.needs.list()]


def test_create_gives_the_next_reference_and_returns_what_was_stored(services):
    owner, _ = services.people.add("Claire Dumoulin", Role.PILOT)
    domain, _ = services.domains.create("Ventes")
    need, changes = services.needs.create(NeedDraft(
        title="  Suivre   les\topportunités ", domain_id=domain, priority=Priority.MANDATORY,
        status=NeedStatus.VALIDATED, owner_id=owner, source_workshop=" Atelier ventes ",
        source_date=date(2026, 3, 12), description="Pipeline par étape"))
    assert need.ref == "BES-001"
    assert need.title == "Suivre les opportunités"
    assert (need.domain_name, need.owner_name) == ("Ventes", "Claire Dumoulin")
    assert (need.priority, need.status) == (Priority.MANDATORY, NeedStatus.VALIDATED)
    assert need.source_workshop == "Atelier ventes"
    assert need.source_date == date(2026, 3, 12)
    assert services.needs.get(need.id) == need
    assert changes.touches(EntityKind.NEED) and changes.ids == {need.id}
    assert changes.step is not None and not changes.step.empty


def test_new_need_defaults(services):
    need, _ = services.needs.create(NeedDraft(title="Exporter vers Excel"))
    assert (need.priority, need.status, need.domain_id, need.owner_id) == (
        Priority.DESIRED, NeedStatus.DRAFT, None, None)
    assert (need.domain_name, need.owner_name, need.source_date) == ("", "", None)


def test_references_are_given_once_and_never_reused(services, project_path):
    created = [services.needs.create(NeedDraft(title=f"Besoin {i}"))[0] for i in range(3)]
    assert [n.ref for n in created] == ["BES-001", "BES-002", "BES-003"]
    deleted = services.needs.delete([created[-1].id])
    assert _refs(services) == ["BES-001", "BES-002"]
    services.history.replay(deleted.step)  # undo the delete: BES-003 is back, same row
    assert services.needs.get(created[-1].id) == created[-1]
    fourth, created_step = services.needs.create(NeedDraft(title="Besoin 4"))
    assert fourth.ref == "BES-004"
    services.history.replay(created_step.step)  # undo the creation of BES-004
    assert services.needs.create(NeedDraft(title="Besoin 5"))[0].ref == "BES-005"
    services.needs.delete([n.id for n in services.needs.list()])
    assert services.needs.create(NeedDraft(title="Après tout effacer"))[0].ref == "BES-006"
    # The counter lives in the file: a later session continues after it.
    pf = services.file
    pf.close()
    with ProjectFile.open(project_path) as again:
        after, _ = ProjectServices.over(again).needs.create(NeedDraft(title="Session suivante"))
        assert after.ref == "BES-007"


def test_create_many_gives_consecutive_references_in_one_step(services):
    created, changes = services.needs.create_many(
        [NeedDraft(title=f"Import {i}") for i in range(5)])
    assert [n.ref for n in created] == [f"BES-00{i}" for i in range(1, 6)]
    assert [n.title for n in created] == [f"Import {i}" for i in range(5)]
    assert changes.ids == {n.id for n in created}
    services.history.replay(changes.step)
    assert services.needs.list() == []


@pytest.mark.parametrize("draft, message", [
    (NeedDraft(title=""), "must have a title"),
    (NeedDraft(title=" \n\t "), "must have a title"),
    (NeedDraft(title="x" * 301), "limited to 300"),
    (NeedDraft(title="ok", priority="urgent"), "Unknown priority"),  # type: ignore[arg-type]
    (NeedDraft(title="ok", status="done"), "Unknown status"),  # type: ignore[arg-type]
    (NeedDraft(title="ok", source_date="12/03/2026"), "Not a date"),  # type: ignore[arg-type]
    (NeedDraft(title="ok", description="é" * 32_001), "limited to 32000"),
])
def test_invalid_needs_are_refused_with_one_sentence_and_nothing_is_written(services, draft,
                                                                            message):
    services.needs.create(NeedDraft(title="Existant"))
    before = services.needs.list()
    with pytest.raises(ValidationFailed, match=message):
        services.needs.create(draft)
    with pytest.raises(ValidationFailed):
        services.needs.create_many([NeedDraft(title="valide"), draft])
    assert services.needs.list() == before
    assert services.needs.create(NeedDraft(title="Suivant"))[0].ref == "BES-002"


def test_a_need_in_a_missing_domain_is_refused_without_using_a_reference(services):
    with pytest.raises(ValidationFailed):
        services.needs.create(NeedDraft(title="Orphelin", domain_id=999))
    assert services.needs.list() == []
    assert services.needs.create(NeedDraft(title="Premier"))[0].ref == "BES-001"


def test_update_one_need(services):
    need, _ = services.needs.create(NeedDraft(title="Ancien titre"))
    changes = services.needs.update([need.id], {"title": "  Nouveau   titre ",
                                                "acceptance_criteria": "Étant donné…"})
    after = services.needs.get(need.id)
    assert after.title == "Nouveau titre"
    assert after.acceptance_criteria == "Étant donné…"
    assert after.ref == need.ref and after.created_at == need.created_at
    assert changes.ids == {need.id}
    with pytest.raises(ValidationFailed, match="must have a title"):
        services.needs.update([need.id], {"title": "   "})
    with pytest.raises(ValidationFailed, match="Unknown priority"):
        services.needs.update([need.id], {"priority": "urgent"})
    assert services.needs.get(need.id) == after
    with pytest.raises(NotFound):
        services.needs.update([need.id, 999], {"title": "x"})
    with pytest.raises(NotFound):
        services.needs.get(999)
    assert services.needs.update([], {"title": "x"}).step is None
    assert services.needs.update([need.id], {}).step is None


def test_bulk_change_of_priority_status_domain_and_owner_is_one_step(services, state):
    owner, _ = services.people.add("Julien Perrin", Role.KEY_USER)
    domain, _ = services.domains.create("Service client")
    needs, _ = services.needs.create_many([NeedDraft(title=f"N{i}") for i in range(4)])
    chosen = [n.id for n in needs[:3]]
    before = state(services)
    changes = services.needs.update(chosen, {
        "priority": Priority.MANDATORY, "status": "validated", "domain_id": domain,
        "owner_id": owner})
    for n in services.needs.list():
        if n.id in chosen:
            assert (n.priority, n.status, n.domain_name, n.owner_name) == (
                Priority.MANDATORY, NeedStatus.VALIDATED, "Service client", "Julien Perrin")
        else:
            assert (n.priority, n.status, n.domain_id, n.owner_id) == (
                Priority.DESIRED, NeedStatus.DRAFT, None, None)
    assert changes.ids == set(chosen)
    services.history.replay(changes.step)  # one undo reverts the four fields on three needs
    assert state(services) == before


def test_bulk_change_to_an_unknown_owner_is_refused(services):
    needs, _ = services.needs.create_many([NeedDraft(title="A"), NeedDraft(title="B")])
    with pytest.raises(ValidationFailed):
        services.needs.update([n.id for n in needs], {"owner_id": 42})
    assert services.needs.list() == needs


def test_delete_one_and_many(services):
    needs, _ = services.needs.create_many([NeedDraft(title=f"N{i}") for i in range(4)])
    services.needs.delete([needs[0].id])
    assert _refs(services) == ["BES-002", "BES-003", "BES-004"]
    changes = services.needs.delete([needs[1].id, needs[3].id])
    assert _refs(services) == ["BES-003"]
    assert changes.ids == {needs[1].id, needs[3].id}
    assert services.needs.count() == 1
    assert services.needs.delete([]).step is None

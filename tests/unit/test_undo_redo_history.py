"""Undo and redo of every kind of edit, replayed from the session's journal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from crmdesk.domain.errors import ValidationFailed

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.changes import Changes, EntityKind, UndoStep
from crmdesk.domain.enums import NeedStatus, Priority, Role
from crmdesk.domain.needs import NeedDraft
from crmdesk.services.catalogue import CatalogueEntry
from crmdesk.services.container import ProjectServices


@dataclass
class Base:
    claire: int
    julien: int
    ventes: int
    devis: int
    vide: int
    needs: list[int]


def _base(s: ProjectServices) -> Base:
    claire, _ = s.people.add("Claire Dumoulin", Role.PILOT, "claire@vernadel.example")
    julien, _ = s.people.add("Julien Perrin")
    ventes, _ = s.domains.create("Ventes")
    devis, _ = s.domains.create("Devis", parent_id=ventes)
    vide, _ = s.domains.create("Vide")
    needs, _ = s.needs.create_many([
        NeedDraft(title="Pipeline", domain_id=ventes, owner_id=claire),
        NeedDraft(title="Devis PDF", domain_id=devis, owner_id=julien, priority=Priority.OPTIONAL),
        NeedDraft(title="Relances", domain_id=devis, description="Par e-mail"),
    ])
    return Base(claire, julien, ventes, devis, vide, [n.id for n in needs])


def _last(result: object) -> Changes:
    return result[-1] if isinstance(result, tuple) else result  # type: ignore[return-value,index]


EDITS: dict[str, tuple[Callable[[ProjectServices, Base], object], set[EntityKind]]] = {
    "need create": (lambda s, b: s.needs.create(NeedDraft(title="Nouveau", domain_id=b.devis)),
                    {EntityKind.NEED}),
    "need create many": (lambda s, b: s.needs.create_many(
        [NeedDraft(title=f"Import {i}", owner_id=b.claire) for i in range(3)]), {EntityKind.NEED}),
    "need update one": (lambda s, b: s.needs.update([b.needs[0]], {
        "title": "Pipeline commercial", "source_date": "2026-01-15", "comments": "vu en atelier"}),
        {EntityKind.NEED}),
    "need bulk update": (lambda s, b: s.needs.update(b.needs, {
        "priority": Priority.MANDATORY, "status": NeedStatus.VALIDATED, "domain_id": b.vide,
        "owner_id": b.julien}), {EntityKind.NEED}),
    "need delete one": (lambda s, b: s.needs.delete([b.needs[1]]), {EntityKind.NEED}),
    "need delete many": (lambda s, b: s.needs.delete(b.needs), {EntityKind.NEED}),
    "domain create": (lambda s, b: s.domains.create("Nouveau", parent_id=b.devis),
                      {EntityKind.DOMAIN}),
    "domain rename": (lambda s, b: s.domains.rename(b.devis, "Devis et commandes"),
                      {EntityKind.DOMAIN}),
    "domain move": (lambda s, b: s.domains.move(b.devis, b.vide), {EntityKind.DOMAIN}),
    "domain move to top": (lambda s, b: s.domains.move(b.devis, None, position=0),
                           {EntityKind.DOMAIN}),
    "domain delete": (lambda s, b: s.domains.delete(b.vide), {EntityKind.DOMAIN}),
    "person add": (lambda s, b: s.people.add("Nadia", Role.EXPLORER), {EntityKind.PERSON}),
    "person update": (lambda s, b: s.people.update(b.claire, {"name": "Claire D.",
                                                              "role": "steering_committee"}),
                      {EntityKind.PERSON}),
    "person delete (owner)": (lambda s, b: s.people.delete(b.claire),
                              {EntityKind.PERSON, EntityKind.NEED}),
    "project update": (lambda s, b: s.project.update({"name": "CRM 2027", "sprint_length_days": 10,
                                                      "organisation": "Autre"}),
                       {EntityKind.PROJECT}),
    "catalogue add": (lambda s, b: s.catalogue.add([
        CatalogueEntry("Ventes / Nouveau / Profond", "Du catalogue", "desc", Priority.DESIRED, "ok"),
        CatalogueEntry("Marketing", "Campagnes", "", Priority.MANDATORY, "")], owner_id=b.julien),
        {EntityKind.NEED, EntityKind.DOMAIN}),
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_undo_gives_back_the_state_before_and_redo_the_state_after(services, state, kind):
    base = _base(services)
    edit, kinds = EDITS[kind]
    before = state(services)
    changes = _last(edit(services, base))
    after = state(services)
    assert after != before
    assert changes.step is not None and not changes.step.empty

    redo_step, undone = services.history.replay(changes.step)
    assert state(services) == before
    assert undone.kinds == kinds
    assert services.file.check() == []

    undo_step, redone = services.history.replay(redo_step)
    assert state(services) == after
    assert redone.kinds == kinds

    services.history.replay(undo_step)  # and undo once more
    assert state(services) == before


def test_several_undos_in_a_row_then_redos(services, state):
    base = _base(services)
    states = [state(services)]
    steps = []
    for kind in ("need bulk update", "domain move", "person delete (owner)", "need create",
                 "project update", "domain rename"):
        steps.append(_last(EDITS[kind][0](services, base)).step)
        states.append(state(services))
    redo_steps = []
    for i in range(len(steps) - 1, -1, -1):
        redo, _ = services.history.replay(steps[i])
        redo_steps.append(redo)
        assert state(services) == states[i]
    for i, redo in enumerate(reversed(redo_steps), start=1):
        services.history.replay(redo)
        assert state(services) == states[i]
    assert state(services) == states[-1]


def test_a_new_edit_after_undos_keeps_working(services, state):
    base = _base(services)
    first = services.needs.update([base.needs[0]], {"title": "Un"}).step
    services.history.replay(first)
    start = state(services)
    second, changes = services.needs.create(NeedDraft(title="Autre"))
    assert second.ref == "BES-004"
    services.history.replay(changes.step)
    assert state(services) == start


def test_replaying_an_empty_step_changes_nothing(services, state):
    _base(services)
    before = state(services)
    step, changes = services.history.replay(UndoStep(first=5, last=4))
    assert step.empty and changes.kinds == frozenset()
    assert state(services) == before


def test_undo_of_the_previous_session_is_not_possible(services, state, project_path):
    base = _base(services)
    step = services.needs.delete([base.needs[0]]).step
    services.file.close()
    with ProjectFile.open(project_path) as pf:
        s = ProjectServices.over(pf)
        before = state(s)
        with pytest.raises(ValidationFailed, match="before the project was reopened"):
            s.history.replay(step)  # a new session has a new journal
        assert state(s) == before
        assert pf.edited is False


def test_a_step_from_a_previous_session_does_not_undo_new_edits(services, state, project_path):
    base = _base(services)
    stale = services.needs.update([base.needs[0]], {"title": "Ancienne session"}).step
    services.file.close()
    with ProjectFile.open(project_path) as pf:
        s = ProjectServices.over(pf)
        n = 0
        while pf.journal.mark() < stale.last:  # ordinary editing in the new session
            n += 1
            s.needs.update([base.needs[1]], {"title": f"Nouvelle session {n}"})
        after = state(s)
        with pytest.raises(ValidationFailed, match="can no longer be undone"):
            s.history.replay(stale)
        assert state(s) == after

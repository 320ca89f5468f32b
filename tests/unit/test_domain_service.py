"""The tree of functional domains."""

from __future__ import annotations

import pytest

from crmdesk.domain.changes import EntityKind
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.needs import NeedDraft, domain_paths


def _paths(services) -> list[str]:
    domains = services.domains.list()
    paths = domain_paths(domains)
    return [paths[d.id] for d in domains]


def test_create_nested_domains_in_order(services):
    ventes, changes = services.domains.create("  Ventes ")
    assert changes.touches(EntityKind.DOMAIN) and changes.ids == {ventes}
    prospection, _ = services.domains.create("Prospection", parent_id=ventes)
    devis, _ = services.domains.create("Devis", parent_id=ventes)
    services.domains.create("Marketing")
    by_id = {d.id: d for d in services.domains.list()}
    assert by_id[ventes].name == "Ventes" and by_id[ventes].parent_id is None
    assert (by_id[prospection].position, by_id[devis].position) == (0, 1)
    assert sorted(_paths(services)) == ["Marketing", "Ventes", "Ventes / Devis",
                                        "Ventes / Prospection"]


@pytest.mark.parametrize("name, message", [
    ("", "must have a name"), ("   ", "must have a name"), ("A / B", "cannot contain '/'"),
    ("x" * 201, "limited to 200"),
])
def test_bad_domain_names_are_refused(services, name, message):
    with pytest.raises(ValidationFailed, match=message):
        services.domains.create(name)
    assert services.domains.list() == []


def test_names_are_unique_among_siblings_ignoring_case(services):
    ventes, _ = services.domains.create("Ventes")
    services.domains.create("Devis", parent_id=ventes)
    with pytest.raises(ValidationFailed, match="already exists"):
        services.domains.create("VENTES")
    with pytest.raises(ValidationFailed, match="already exists"):
        services.domains.create("devis", parent_id=ventes)
    services.domains.create("Devis")  # same name elsewhere in the tree is fine
    with pytest.raises(NotFound):
        services.domains.create("Enfant", parent_id=999)


def test_rename(services):
    ventes, _ = services.domains.create("Ventes")
    marketing, _ = services.domains.create("Marketing")
    need, _ = services.needs.create(NeedDraft(title="Campagnes", domain_id=marketing))
    changes = services.domains.rename(marketing, "Marketing digital")
    assert changes.touches(EntityKind.NEED)  # needs show their domain's name
    assert services.needs.get(need.id).domain_name == "Marketing digital"
    services.domains.rename(ventes, "ventes")  # changing only the case of itself is fine
    with pytest.raises(ValidationFailed, match="already exists"):
        services.domains.rename(ventes, "marketing DIGITAL")
    with pytest.raises(NotFound):
        services.domains.rename(999, "X")
    assert sorted(_paths(services)) == ["Marketing digital", "ventes"]


def test_move_within_the_tree_and_refuse_moving_inside_itself(services):
    ventes, _ = services.domains.create("Ventes")
    devis, _ = services.domains.create("Devis", parent_id=ventes)
    lignes, _ = services.domains.create("Lignes", parent_id=devis)
    service, _ = services.domains.create("Service client")
    before = services.domains.list()
    for target in (ventes, devis, lignes):
        with pytest.raises(ValidationFailed, match="inside itself"):
            services.domains.move(ventes, target)
    assert services.domains.list() == before

    services.domains.move(devis, service)
    assert sorted(_paths(services)) == ["Service client", "Service client / Devis",
                                        "Service client / Devis / Lignes", "Ventes"]
    services.domains.move(devis, None, position=0)  # to the top level, first
    top = [d.name for d in services.domains.list() if d.parent_id is None]
    assert top == ["Devis", "Ventes", "Service client"]
    with pytest.raises(NotFound):
        services.domains.move(999, None)


def test_move_refuses_a_name_clash_at_the_destination(services):
    a, _ = services.domains.create("A")
    b, _ = services.domains.create("B")
    services.domains.create("Commun", parent_id=a)
    commun_b, _ = services.domains.create("Commun", parent_id=b)
    with pytest.raises(ValidationFailed, match="already exists"):
        services.domains.move(commun_b, a)


def test_delete_only_an_empty_domain(services):
    ventes, _ = services.domains.create("Ventes")
    devis, _ = services.domains.create("Devis", parent_id=ventes)
    need, _ = services.needs.create(NeedDraft(title="Devis PDF", domain_id=devis))
    with pytest.raises(ValidationFailed, match="other domains"):
        services.domains.delete(ventes)
    with pytest.raises(ValidationFailed, match="still holds needs"):
        services.domains.delete(devis)
    assert len(services.domains.list()) == 2
    assert services.domains.need_counts() == {devis: 1}
    services.needs.update([need.id], {"domain_id": None})
    services.domains.delete(devis)
    services.domains.delete(ventes)
    assert services.domains.list() == []
    with pytest.raises(NotFound):
        services.domains.delete(ventes)

"""The shipped catalogue of typical CRM needs, and the demo project."""

from __future__ import annotations

from crmdesk.domain.enums import NeedStatus, Priority, Role
from crmdesk.domain.needs import domain_paths
from crmdesk.services.catalogue import CATALOGUE_SOURCE, load_catalogue
from crmdesk.services.container import ProjectServices
from crmdesk.services.demo import create_demo


def test_the_catalogue_is_large_and_clean():
    entries = load_catalogue()
    assert len(entries) >= 120
    assert all(isinstance(e.priority, Priority) for e in entries)
    assert all(e.domain_path.strip() for e in entries)
    assert all(e.title.strip() and len(e.title) <= 300 for e in entries)
    assert {e.priority for e in entries} == set(Priority)
    # Titles are what users pick from: no two alike.
    titles = [e.title.casefold() for e in entries]
    assert len(set(titles)) == len(titles)


def test_adding_catalogue_entries_creates_domains_and_draft_needs(services):
    entries = load_catalogue()
    chosen = [entries[0], entries[1], entries[-1]] + [e for e in entries if " / " in e.domain_path][:1]
    owner, _ = services.people.add("Claire Dumoulin", Role.PILOT)
    assert services.catalogue.titles_in_project() == set()
    ids, changes = services.catalogue.add(chosen, owner_id=owner)
    assert len(ids) == len(chosen)
    needs = services.needs.list()
    paths = domain_paths(services.domains.list())
    assert [(n.title, paths[n.domain_id]) for n in needs] == [
        (e.title, " / ".join(p.strip() for p in e.domain_path.split("/"))) for e in chosen]
    assert all(n.status is NeedStatus.DRAFT for n in needs)
    assert all(n.source_workshop == CATALOGUE_SOURCE and n.owner_id == owner for n in needs)
    assert [n.priority for n in needs] == [e.priority for e in chosen]
    assert [n.ref for n in needs] == [f"BES-00{i}" for i in range(1, len(chosen) + 1)]
    assert services.catalogue.titles_in_project() >= {e.title.casefold() for e in chosen}
    # Adding more reuses the existing domains instead of duplicating them.
    domains_before = len(services.domains.list())
    _, more = services.catalogue.add([entries[0]])
    assert len(services.domains.list()) == domains_before
    # Undo both, newest first: the needs and the domains they brought are gone.
    services.history.replay(more.step)
    services.history.replay(changes.step)
    assert services.needs.list() == []
    assert services.domains.list() == []
    assert services.catalogue.titles_in_project() == set()


def test_the_demo_project(tmp_path, workspace):
    path = tmp_path / "demo.crmdesk"
    pf = create_demo(workspace, path)
    try:
        assert pf.edited is False
        s = ProjectServices.over(pf)
        needs = s.needs.list()
        assert len(needs) >= 55
        assert {n.status for n in needs} == set(NeedStatus)
        assert {n.priority for n in needs} == set(Priority)
        assert [n.ref for n in needs] == [f"BES-{i:03d}" for i in range(1, len(needs) + 1)]
        people = s.people.list()
        assert any(p.role is Role.PILOT for p in people)
        assert any(n.owner_id for n in needs)
        domains = s.domains.list()
        assert any(d.parent_id is not None for d in domains)
        assert all(n.domain_id is not None for n in needs)
        assert s.project.get().name
        assert pf.check() == []
        expected = (s.project.get(), people, domains, needs)
    finally:
        workspace.close(pf)
    assert workspace.backups.list(path) == []  # the fill is not an edit of the session
    again = workspace.open(path)
    try:
        s = ProjectServices.over(again)
        assert (s.project.get(), s.people.list(), s.domains.list(), s.needs.list()) == expected
    finally:
        workspace.close(again)

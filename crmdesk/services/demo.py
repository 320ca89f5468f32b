"""The demo project, built from ``data/demo_project.json`` (human-editable)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from crmdesk.db.project_file import ProjectFile, now_iso
from crmdesk.db.tables import PersonRow, ProjectRow
from crmdesk.domain.enums import NeedStatus, Priority, Role
from crmdesk.domain.needs import clean_need_values
from crmdesk.domain.project import clean_person_values
from crmdesk.paths import data_path
from crmdesk.services.domains import ensure_domain_path
from crmdesk.services.needs import insert_needs
from crmdesk.services.workspace import Workspace


@dataclass
class DemoContext:
    """What the areas' demo fillers need from the needs part: ids by name."""

    people: dict[str, int] = field(default_factory=dict)  # name -> person id
    needs: dict[str, int] = field(default_factory=dict)  # title -> need id
    refs: dict[str, int] = field(default_factory=dict)  # BES-001 -> need id
    domains: dict[str, int] = field(default_factory=dict)  # domain path cache (see ensure_domain_path)
    candidates: dict[str, int] = field(default_factory=dict)  # name -> candidate id (selection demo)


def load_demo(path: Path | None = None) -> dict:  # type: ignore[type-arg]
    return json.loads((path or data_path("demo_project.json")).read_text("utf-8"))


def fill_demo(pf: ProjectFile, content: dict | None = None) -> None:  # type: ignore[type-arg]
    content = content or load_demo()
    with pf.transaction() as tx:
        conn = tx.conn
        info = content["project"]
        conn.execute(ProjectRow.__table__.update().values(
            name=info["name"], organisation=info.get("organisation", ""),
            description=info.get("description", ""), updated_at=now_iso()))
        people: dict[str, int] = {}
        for person in content.get("people", []):
            values = clean_person_values({k: person.get(k, "") for k in ("name", "role", "email",
                                                                          "organisation")})
            values["role"] = str(Role(values["role"]))
            people[values["name"]] = int(conn.execute(
                PersonRow.__table__.insert().values(**values)).inserted_primary_key[0])
        cache: dict[str, int] = {}
        for domain in content.get("domains", []):
            ensure_domain_path(conn, domain["path"], cache)
        needs = []
        for need in content.get("needs", []):
            needs.append(clean_need_values({
                "title": need["title"], "domain_id": ensure_domain_path(conn, need.get("domain", ""), cache),
                "priority": Priority(need.get("priority", "desired")),
                "status": NeedStatus(need.get("status", "draft")),
                "owner_id": people.get(need.get("owner", "")),
                "source_workshop": need.get("source_workshop", ""),
                "source_date": need.get("source_date") or None,
                "description": need.get("description", ""), "rationale": need.get("rationale", ""),
                "acceptance_criteria": need.get("acceptance_criteria", ""),
                "comments": need.get("comments", ""),
            }))
        ids = insert_needs(conn, needs)
        ctx = DemoContext(people=people, domains=cache)
        for need_id, values in zip(ids, needs, strict=True):
            ctx.needs[str(values["title"])] = need_id
        ctx.refs = {f"BES-{i:03d}": need_id for i, need_id in enumerate(ids, start=1)}
        # Each area adds its part of the demo (data/demo_<area>.json), in the same transaction.
        from crmdesk.services import demo_acceptance, demo_answers, demo_selection, demo_sprints

        demo_selection.fill(conn, ctx)  # fills ctx.candidates
        demo_answers.fill(conn, ctx)
        demo_sprints.fill(conn, ctx)
        demo_acceptance.fill(conn, ctx)


def create_demo(workspace: Workspace, path: Path | str) -> ProjectFile:
    """A new project file holding the demo content. The demo's fill is not an undoable edit."""
    content = load_demo()
    pf = workspace.create(path, content["project"]["name"])
    try:
        fill_demo(pf, content)
        pf.edited = False
    except BaseException:
        pf.close()
        raise
    return pf

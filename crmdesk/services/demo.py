"""The demo project, built from ``data/demo_project.json`` (human-editable)."""

from __future__ import annotations

import json
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
        insert_needs(conn, needs)


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

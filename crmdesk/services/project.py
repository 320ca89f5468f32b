"""The project frame (name, organisation, settings) and its people."""

from __future__ import annotations

from sqlalchemy import select

from crmdesk.db.project_file import ProjectFile, now_iso
from crmdesk.db.tables import PersonRow, ProjectRow
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.errors import NotFound
from crmdesk.domain.project import PersonRead, ProjectRead, clean_person_values, clean_project_values
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

project_t = ProjectRow.__table__
person_t = PersonRow.__table__


class ProjectService:
    def __init__(self, project: ProjectFile) -> None:
        self._pf = project

    def get(self) -> ProjectRead:
        with self._pf.reading() as conn:
            row = conn.execute(select(project_t.c.name, project_t.c.organisation,
                                      project_t.c.description, project_t.c.sprint_length_days)).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The project's frame is missing."))
        return ProjectRead(*row)

    def update(self, values: dict[str, object]) -> Changes:
        cleaned = clean_project_values(values)
        if not cleaned:
            return Changes()
        with self._pf.transaction() as tx:
            tx.conn.execute(project_t.update().where(project_t.c.id == 1)
                            .values(**cleaned, updated_at=now_iso()))
        return Changes.of(EntityKind.PROJECT, step=tx.step)


class PeopleService:
    def __init__(self, project: ProjectFile) -> None:
        self._pf = project

    def list(self) -> list[PersonRead]:
        with self._pf.reading() as conn:
            rows = conn.execute(select(person_t.c.id, person_t.c.name, person_t.c.role,
                                       person_t.c.email, person_t.c.organisation)
                                .order_by(person_t.c.name, person_t.c.id))
            return [PersonRead(i, n, Role(r), e, o) for i, n, r, e, o in rows]

    def add(self, name: str, role: Role = Role.KEY_USER, email: str = "", organisation: str = ""
            ) -> tuple[int, Changes]:
        cleaned = clean_person_values({"name": name, "role": role, "email": email,
                                       "organisation": organisation})
        cleaned["role"] = str(cleaned["role"])
        with self._pf.transaction() as tx:
            new_id = int(tx.conn.execute(person_t.insert().values(**cleaned)).inserted_primary_key[0])
        return new_id, Changes.of(EntityKind.PERSON, ids={new_id}, step=tx.step)

    def update(self, person_id: int, values: dict[str, object]) -> Changes:
        cleaned = clean_person_values(values)
        if "role" in cleaned:
            cleaned["role"] = str(cleaned["role"])
        with self._pf.transaction() as tx:
            done = tx.conn.execute(person_t.update().where(person_t.c.id == person_id).values(**cleaned))
            if done.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This person no longer exists."))
        # Needs show their owner's name.
        return Changes.of(EntityKind.PERSON, EntityKind.NEED, ids={person_id}, step=tx.step)

    def delete(self, person_id: int) -> Changes:
        """Delete a person; the needs they owned keep no owner (undo gives them back)."""
        with self._pf.transaction() as tx:
            done = tx.conn.execute(person_t.delete().where(person_t.c.id == person_id))
            if done.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This person no longer exists."))
        return Changes.of(EntityKind.PERSON, EntityKind.NEED, ids={person_id}, step=tx.step)

"""The tool selection: settings, candidates, criteria, evaluators, scores and the results.

``SelectionService(pf)`` gathers the reads here and the writes of ``selection_criteria``
(groups and criteria) and ``selection_scores`` (evaluators, scores, consensus, proposals).
Each public write is one transaction, so one undo step, and returns the ``Changes`` it made;
a write that changes nothing leaves no undo step.

For the matrix view and the results, ``matrix()`` reads everything in ONE read and returns a
``SelectionMatrix`` snapshot: cell values, disagreements, eliminations, cost working and the
ranking, plus what-if rankings with other weights without reading again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.selection import (
    CandidateKind,
    CandidateRead,
    CandidateStatus,
    ConsensusRead,
    CriterionRead,
    EvaluatorRead,
    GroupRead,
    ScoreRead,
    SelectionSettingsRead,
)
from crmdesk.domain.selection_rules import (
    clean_candidate_values,
    clean_settings_values,
    clean_status,
)
from crmdesk.domain.selection_matrix import SelectionMatrix
from crmdesk.domain.selection_results import Ranking
from crmdesk.domain.selection_sensitivity import Sensitivity
from crmdesk.services.selection_criteria import CriteriaWrites
from crmdesk.services.selection_reads import (
    candidate_t,
    contact_t,
    next_position,
    person_t,
    read_candidates,
    read_consensus,
    read_evaluators,
    read_groups_and_criteria,
    read_matrix,
    read_scores,
    read_settings,
    require_candidate,
    settings_t,
)
from crmdesk.services.selection_scores import ScoreWrites


class SelectionService(CriteriaWrites, ScoreWrites):
    def __init__(self, project: ProjectFile) -> None:
        self._pf = project

    # ------------------------------------------------------------------------ reads
    def settings(self) -> SelectionSettingsRead:
        with self._pf.reading() as conn:
            return read_settings(conn)

    def candidates(self) -> list[CandidateRead]:
        with self._pf.reading() as conn:
            return read_candidates(conn)

    def candidate(self, candidate_id: int) -> CandidateRead:
        with self._pf.reading() as conn:
            found = read_candidates(conn, candidate_id=candidate_id)
        if not found:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))
        return found[0]

    def groups(self) -> list[GroupRead]:
        with self._pf.reading() as conn:
            return read_groups_and_criteria(conn)[0]

    def criteria(self) -> list[CriterionRead]:
        with self._pf.reading() as conn:
            return read_groups_and_criteria(conn)[1]

    def evaluators(self) -> list[EvaluatorRead]:
        with self._pf.reading() as conn:
            return read_evaluators(conn)

    def scores(self, candidate_id: int | None = None, criterion_id: int | None = None) -> list[ScoreRead]:
        with self._pf.reading() as conn:
            return read_scores(conn, candidate_id, criterion_id)

    def consensus(self) -> list[ConsensusRead]:
        with self._pf.reading() as conn:
            return read_consensus(conn)

    def matrix(self) -> SelectionMatrix:
        """Everything the matrix view and the results show, read at once."""
        with self._pf.reading() as conn:
            return read_matrix(conn)

    def ranking(self) -> Ranking:
        return self.matrix().ranking()

    def sensitivity(self) -> Sensitivity:
        return self.matrix().sensitivity()

    # ------------------------------------------------------------------- settings
    def update_settings(self, values: dict[str, object]) -> Changes:
        """Users, horizon, aggregate, disagreement gap, score labels (six texts), and the mark
        each coverage proposes (score_standard, score_configuration, …)."""
        cleaned = clean_settings_values(values)
        if not cleaned:
            return Changes()
        with self._pf.transaction() as tx:
            current = tx.conn.execute(select(*(settings_t.c[k] for k in cleaned))
                                      .where(settings_t.c.id == 1)).first()
            if current is None:
                tx.conn.execute(settings_t.insert().values(id=1, **cleaned))
            elif tuple(current) != tuple(cleaned.values()):
                tx.conn.execute(settings_t.update().where(settings_t.c.id == 1).values(**cleaned))
        # TCOs follow users and horizon; cell values follow the aggregate and the coverage marks.
        return Changes.of(EntityKind.SELECTION_SETTINGS, EntityKind.CANDIDATE, EntityKind.SCORE, step=tx.step)

    # ----------------------------------------------------------------- candidates
    def add_candidate(self, name: str, kind: CandidateKind | str = CandidateKind.VENDOR,
                      values: dict[str, object] | None = None) -> tuple[int, Changes]:
        """A new candidate on the long list; ``values`` may give notes and costs."""
        cleaned = clean_candidate_values({"name": name, "kind": kind, **(values or {})})
        with self._pf.transaction() as tx:
            self._check_name_free(tx.conn, str(cleaned["name"]), None)
            new_id = int(tx.conn.execute(candidate_t.insert().values(
                **cleaned, status=str(CandidateStatus.LONG_LIST),
                position=next_position(tx.conn, candidate_t))).inserted_primary_key[0])
        return new_id, Changes.of(EntityKind.CANDIDATE, ids={new_id}, step=tx.step)

    def update_candidate(self, candidate_id: int, values: dict[str, object]) -> Changes:
        """Name, kind, notes and costs (see ``CANDIDATE_FIELDS``)."""
        cleaned = clean_candidate_values(values)
        if not cleaned:
            return Changes()
        with self._pf.transaction() as tx:
            current = tx.conn.execute(select(*(candidate_t.c[k] for k in cleaned))
                                      .where(candidate_t.c.id == candidate_id)).first()
            if current is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))
            if "name" in cleaned:
                self._check_name_free(tx.conn, str(cleaned["name"]), candidate_id)
            if tuple(current) != tuple(cleaned.values()):
                tx.conn.execute(candidate_t.update().where(candidate_t.c.id == candidate_id).values(**cleaned))
        return Changes.of(EntityKind.CANDIDATE, ids={candidate_id}, step=tx.step)

    def set_candidate_status(self, candidate_id: int, status: CandidateStatus | str, reason: str = "") -> Changes:
        """Long list, short list, retained, or eliminated (which needs its reason)."""
        clean, why = clean_status(status, reason)
        with self._pf.transaction() as tx:
            current = tx.conn.execute(select(candidate_t.c.status, candidate_t.c.elimination_reason)
                                      .where(candidate_t.c.id == candidate_id)).first()
            if current is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))
            if tuple(current) != (clean, why):
                tx.conn.execute(candidate_t.update().where(candidate_t.c.id == candidate_id)
                                .values(status=clean, elimination_reason=why))
        return Changes.of(EntityKind.CANDIDATE, ids={candidate_id}, step=tx.step)

    def set_candidate_contacts(self, candidate_id: int, person_ids: Iterable[int]) -> Changes:
        """The candidate's contacts: people of the project with the role "vendor contact"."""
        wanted = list(dict.fromkeys(int(p) for p in person_ids))
        with self._pf.transaction() as tx:
            require_candidate(tx.conn, candidate_id)
            if wanted:
                found = dict(tx.conn.execute(select(person_t.c.id, person_t.c.role)
                                             .where(person_t.c.id.in_(wanted))).all())
                if len(found) != len(wanted):
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these people no longer exist."))
                if any(role != Role.VENDOR_CONTACT for role in found.values()):
                    raise ValidationFailed(QT_TRANSLATE_NOOP(
                        "Errors", "A candidate's contacts must be people with the role vendor contact."))
            current = {p for (p,) in tx.conn.execute(select(contact_t.c.person_id)
                                                      .where(contact_t.c.candidate_id == candidate_id))}
            gone, new = current - set(wanted), [p for p in wanted if p not in current]
            if gone:
                tx.conn.execute(contact_t.delete().where(contact_t.c.candidate_id == candidate_id)
                                .where(contact_t.c.person_id.in_(gone)))
            if new:
                tx.conn.execute(contact_t.insert(), [{"candidate_id": candidate_id, "person_id": p} for p in new])
        return Changes.of(EntityKind.CANDIDATE, ids={candidate_id}, step=tx.step)

    def reorder_candidates(self, candidate_ids: Sequence[int]) -> Changes:
        """Put the candidates in this order (the others keep theirs, after them)."""
        with self._pf.transaction() as tx:
            rows = tx.conn.execute(select(candidate_t.c.id, candidate_t.c.position)
                                   .order_by(candidate_t.c.position, candidate_t.c.id)).all()
            positions = {r.id: r.position for r in rows}
            order = [c for c in dict.fromkeys(candidate_ids) if c in positions]
            order += [r.id for r in rows if r.id not in order]
            for position, cid in enumerate(order):
                if positions[cid] != position:
                    tx.conn.execute(candidate_t.update().where(candidate_t.c.id == cid).values(position=position))
        return Changes.of(EntityKind.CANDIDATE, step=tx.step)

    def delete_candidate(self, candidate_id: int) -> Changes:
        """Delete a candidate with its scores and answers (undo gives them back)."""
        with self._pf.transaction() as tx:
            done = tx.conn.execute(candidate_t.delete().where(candidate_t.c.id == candidate_id))
            if done.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))
        return Changes.of(EntityKind.CANDIDATE, EntityKind.SCORE, EntityKind.ANSWER, ids={candidate_id},
                          step=tx.step)

    # -------------------------------------------------------------------- helpers
    @staticmethod
    def _check_name_free(conn, name: str, own_id: int | None) -> None:  # type: ignore[no-untyped-def]
        for cid, other in conn.execute(select(candidate_t.c.id, candidate_t.c.name)):
            if cid != own_id and other.casefold() == name.casefold():
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A candidate named {name} already exists."),
                                       name=name)

"""Writes on the evaluators, the scores, the consensus and the accepted vendor proposals (a
mixin of ``SelectionService``)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, tuple_
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile, now_iso
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.selection import CriterionKind, ScoreInput
from crmdesk.domain.selection_rules import clean_score, clean_text
from crmdesk.services.selection_reads import (
    answer_t,
    candidate_t,
    consensus_t,
    criterion_t,
    evaluator_t,
    next_position,
    person_t,
    require_candidate,
    score_t,
)

_CHUNK = 400  # ids per IN (...) list, below SQLite's variable limit


class ScoreWrites:
    _pf: ProjectFile

    # ------------------------------------------------------------------ evaluators
    def add_evaluator(self, person_id: int) -> tuple[int, Changes]:
        """A person of the project who scores (not a vendor contact: they would judge their own offer)."""
        with self._pf.transaction() as tx:
            person = tx.conn.execute(select(person_t.c.role).where(person_t.c.id == person_id)).first()
            if person is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This person no longer exists."))
            if person.role == Role.VENDOR_CONTACT:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "A vendor contact cannot evaluate the candidates."))
            found = tx.conn.execute(select(evaluator_t.c.id).where(evaluator_t.c.person_id == person_id)).first()
            if found is not None:
                return int(found[0]), Changes()
            new_id = int(tx.conn.execute(evaluator_t.insert().values(
                person_id=person_id, position=next_position(tx.conn, evaluator_t))).inserted_primary_key[0])
        return new_id, Changes.of(EntityKind.EVALUATOR, ids={new_id}, step=tx.step)

    def remove_evaluator(self, evaluator_id: int) -> Changes:
        """Remove an evaluator and their scores (undo gives them back)."""
        with self._pf.transaction() as tx:
            done = tx.conn.execute(evaluator_t.delete().where(evaluator_t.c.id == evaluator_id))
            if done.rowcount == 0:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This evaluator no longer exists."))
        return Changes.of(EntityKind.EVALUATOR, EntityKind.SCORE, ids={evaluator_id}, step=tx.step)

    # ---------------------------------------------------------------------- scores
    def set_score(self, candidate_id: int, criterion_id: int, evaluator_id: int, value: float | None,
                  comment: str = "") -> Changes:
        """One evaluator's mark (0-5) for one cell, with an optional comment; None clears it."""
        return self.set_scores([ScoreInput(candidate_id, criterion_id, evaluator_id, value, comment)])

    def set_scores(self, items: Iterable[ScoreInput]) -> Changes:
        """Many marks in one undo step (a workshop's sheet, a paste). The last one given for a
        cell wins."""
        wanted: dict[tuple[int, int, int], tuple[float | None, str]] = {}
        for item in items:
            value = None if item.value is None else clean_score(item.value)
            wanted[(item.candidate_id, item.criterion_id, item.evaluator_id)] = (value, clean_text(item.comment))
        if not wanted:
            return Changes()
        stamp = now_iso()
        with self._pf.transaction() as tx:
            conn = tx.conn
            _check_cells(conn, {k[0] for k in wanted}, {k[1] for k in wanted}, {k[2] for k in wanted})
            existing = _existing_scores(conn, wanted)
            inserts, deletes = [], []
            for key, (value, comment) in wanted.items():
                old = existing.get(key)
                if value is None:
                    if old is not None:
                        deletes.append(old[0])
                elif old is None:
                    inserts.append({"candidate_id": key[0], "criterion_id": key[1], "evaluator_id": key[2],
                                    "value": value, "comment": comment, "updated_at": stamp})
                elif (old[1], old[2]) != (value, comment):
                    conn.execute(score_t.update().where(score_t.c.id == old[0])
                                 .values(value=value, comment=comment, updated_at=stamp))
            for start in range(0, len(deletes), _CHUNK):
                conn.execute(score_t.delete().where(score_t.c.id.in_(deletes[start:start + _CHUNK])))
            if inserts:
                conn.execute(score_t.insert(), inserts)
        return Changes.of(EntityKind.SCORE, ids={k[0] for k in wanted}, step=tx.step)

    # ------------------------------------------------------------------- consensus
    def set_consensus(self, candidate_id: int, criterion_id: int, value: float, reason: str) -> Changes:
        """A score agreed together, which replaces the evaluators' mean; its reason is kept."""
        clean = clean_score(value)
        why = " ".join(str(reason or "").split())
        if not why:
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "Say why the group agreed on this score."))
        why = clean_text(why)
        with self._pf.transaction() as tx:
            _check_cells(tx.conn, {candidate_id}, {criterion_id}, set())
            key = (consensus_t.c.candidate_id == candidate_id) & (consensus_t.c.criterion_id == criterion_id)
            old = tx.conn.execute(select(consensus_t.c.value, consensus_t.c.reason).where(key)).first()
            if old is None:
                tx.conn.execute(consensus_t.insert().values(candidate_id=candidate_id, criterion_id=criterion_id,
                                                            value=clean, reason=why, updated_at=now_iso()))
            elif tuple(old) != (clean, why):
                tx.conn.execute(consensus_t.update().where(key).values(value=clean, reason=why, updated_at=now_iso()))
        return Changes.of(EntityKind.SCORE, ids={candidate_id}, step=tx.step)

    def clear_consensus(self, candidate_id: int, criterion_id: int) -> Changes:
        """Back to the evaluators' mean (or median)."""
        with self._pf.transaction() as tx:
            tx.conn.execute(consensus_t.delete().where(consensus_t.c.candidate_id == candidate_id)
                            .where(consensus_t.c.criterion_id == criterion_id))
        return Changes.of(EntityKind.SCORE, ids={candidate_id}, step=tx.step)

    # ------------------------------------------------------------------- proposals
    def accept_proposals(self, candidate_id: int, need_ids: Iterable[int] | None = None,
                         accepted: bool = True) -> Changes:
        """Let a candidate's answered questionnaire rows (all, or those of ``need_ids``) count
        as one more opinion in the matrix, with the mark of their coverage; ``accepted=False``
        takes them out again."""
        with self._pf.transaction() as tx:
            require_candidate(tx.conn, candidate_id)
            query = (answer_t.update().where(answer_t.c.candidate_id == candidate_id)
                     .where(answer_t.c.coverage.is_not(None)).where(answer_t.c.accepted != accepted))
            if need_ids is not None:
                query = query.where(answer_t.c.need_id.in_(list(need_ids)))
            tx.conn.execute(query.values(accepted=accepted))
        return Changes.of(EntityKind.ANSWER, EntityKind.SCORE, ids={candidate_id}, step=tx.step)


# ------------------------------------------------------------------------------ helpers
def _check_cells(conn: Connection, candidates: set[int], criteria: set[int], evaluators: set[int]) -> None:
    def count(table, ids: set[int]) -> int:  # type: ignore[no-untyped-def]
        found = 0
        items = list(ids)
        for start in range(0, len(items), _CHUNK):
            found += len(conn.execute(select(table.c.id).where(table.c.id.in_(items[start:start + _CHUNK]))).all())
        return found

    if count(candidate_t, candidates) != len(candidates):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))
    if count(evaluator_t, evaluators) != len(evaluators):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This evaluator no longer exists."))
    kinds = []
    items = list(criteria)
    for start in range(0, len(items), _CHUNK):
        kinds += [k for (k,) in conn.execute(select(criterion_t.c.kind)
                                             .where(criterion_t.c.id.in_(items[start:start + _CHUNK])))]
    if len(kinds) != len(criteria):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This criterion no longer exists."))
    if any(k == CriterionKind.COST for k in kinds):
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "The cost criterion is computed from the TCO; it is not scored by hand."))


def _existing_scores(conn: Connection, wanted: dict[tuple[int, int, int], object]
                     ) -> dict[tuple[int, int, int], tuple[int, float, str]]:
    """The stored rows of the cells about to be written: key → (id, value, comment)."""
    out: dict[tuple[int, int, int], tuple[int, float, str]] = {}
    keys = list(wanted)
    cols = (score_t.c.candidate_id, score_t.c.criterion_id, score_t.c.evaluator_id)
    for start in range(0, len(keys), _CHUNK // 3):
        chunk = keys[start:start + _CHUNK // 3]
        rows = conn.execute(select(score_t.c.id, *cols, score_t.c.value, score_t.c.comment)
                            .where(tuple_(*cols).in_(chunk)))
        for sid, cand, crit, ev, value, comment in rows:
            out[(cand, crit, ev)] = (sid, value, comment)
    return out

"""Reading the selection tables into the frozen ``*Read`` objects (SQLAlchemy Core).

Every function takes an open connection, so one snapshot (``read_matrix``) is read in one go.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crmdesk.db.tables import DomainRow, NeedRow, PersonRow
from crmdesk.db.tables_selection import (
    CandidateContactRow,
    CandidateRow,
    ConsensusRow,
    CriterionGroupRow,
    CriterionRow,
    EvaluatorRow,
    ScoreRow,
    SelectionSettingsRow,
    VendorAnswerRow,
)
from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import NotFound
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.needs import DomainRead, descendants, domain_paths
from crmdesk.domain.selection import (
    Aggregate,
    AnswerFact,
    CandidateCosts,
    CandidateKind,
    CandidateRead,
    CandidateStatus,
    ConsensusRead,
    Coverage,
    CriterionKind,
    CriterionRead,
    EvaluatorRead,
    GroupRead,
    ScoreRead,
    SelectionSettingsRead,
)
from crmdesk.domain.selection_matrix import SCORE_ROWS, SelectionMatrix
from crmdesk.domain.selection_scoring import shares

settings_t = SelectionSettingsRow.__table__
candidate_t = CandidateRow.__table__
contact_t = CandidateContactRow.__table__
group_t = CriterionGroupRow.__table__
criterion_t = CriterionRow.__table__
evaluator_t = EvaluatorRow.__table__
score_t = ScoreRow.__table__
consensus_t = ConsensusRow.__table__
answer_t = VendorAnswerRow.__table__
need_t = NeedRow.__table__
domain_t = DomainRow.__table__
person_t = PersonRow.__table__


DEFAULT_SETTINGS = SelectionSettingsRead(
    user_count=20, horizon_years=3, aggregate=Aggregate.MEAN, disagreement_gap=2.0, score_labels=("",) * 6,
    score_standard=5.0, score_configuration=4.0, score_custom=2.0, score_not_covered=0.0)


def read_settings(conn: Connection) -> SelectionSettingsRead:
    row = conn.execute(select(settings_t).where(settings_t.c.id == 1)).mappings().first()
    if row is None:  # the migration writes it; the defaults all the same
        return DEFAULT_SETTINGS
    return SelectionSettingsRead(
        user_count=int(row["user_count"]), horizon_years=int(row["horizon_years"]),
        aggregate=Aggregate(row["aggregate"]), disagreement_gap=float(row["disagreement_gap"]),
        score_labels=tuple(str(row[f"label_{i}"] or "") for i in range(6)),
        score_standard=float(row["score_standard"]), score_configuration=float(row["score_configuration"]),
        score_custom=float(row["score_custom"]), score_not_covered=float(row["score_not_covered"]),
    )


def read_candidates(conn: Connection, settings: SelectionSettingsRead | None = None,
                    candidate_id: int | None = None) -> list[CandidateRead]:
    settings = settings or read_settings(conn)
    query = select(candidate_t).order_by(candidate_t.c.position, candidate_t.c.id)
    if candidate_id is not None:
        query = query.where(candidate_t.c.id == candidate_id)
    contacts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for cid, pid, name in conn.execute(
            select(contact_t.c.candidate_id, contact_t.c.person_id, person_t.c.name)
            .join(person_t, person_t.c.id == contact_t.c.person_id).order_by(person_t.c.name, person_t.c.id)):
        contacts[cid].append((pid, name))
    out = []
    for row in conn.execute(query).mappings():
        costs = CandidateCosts(
            setup=row["setup_cost"], migration=row["migration_cost"], training=row["training_cost"],
            licence_per_user_month=row["licence_per_user_month"], hosting_per_year=row["hosting_per_year"],
            support_per_year=row["support_per_year"])
        people = contacts.get(row["id"], [])
        out.append(CandidateRead(
            id=row["id"], name=row["name"], kind=CandidateKind(row["kind"]), status=CandidateStatus(row["status"]),
            elimination_reason=row["elimination_reason"], notes=row["notes"], position=row["position"],
            costs=costs, tco=costs.tco(settings.user_count, settings.horizon_years),
            contact_ids=tuple(p for p, _ in people), contact_names=tuple(n for _, n in people)))
    return out


def read_domains(conn: Connection) -> list[DomainRead]:
    rows = conn.execute(select(domain_t.c.id, domain_t.c.name, domain_t.c.parent_id, domain_t.c.position)
                        .order_by(domain_t.c.position, domain_t.c.id))
    return [DomainRead(*r) for r in rows]


def read_groups_and_criteria(conn: Connection) -> tuple[list[GroupRead], list[CriterionRead]]:
    """Groups in their order, criteria grouped then in their order, each with its share."""
    groups = conn.execute(select(group_t.c.id, group_t.c.name, group_t.c.weight, group_t.c.position)
                          .order_by(group_t.c.position, group_t.c.id)).all()
    gindex = {g.id: i for i, g in enumerate(groups)}
    paths = domain_paths(read_domains(conn))
    rows = conn.execute(
        select(criterion_t, need_t.c.ref.label("need_ref"), need_t.c.priority.label("need_priority"))
        .select_from(criterion_t.outerjoin(need_t, need_t.c.id == criterion_t.c.need_id))
    ).mappings().all()
    rows = sorted(rows, key=lambda r: (gindex.get(r["group_id"], 0), r["position"], r["id"]))
    g_share, c_share = shares([g.weight for g in groups], [gindex[r["group_id"]] for r in rows],
                              [r["weight"] for r in rows])
    counts: dict[int, int] = defaultdict(int)
    for r in rows:
        counts[r["group_id"]] += 1
    group_reads = [GroupRead(g.id, g.name, g.weight, g.position, float(g_share[i]), counts[g.id])
                   for i, g in enumerate(groups)]
    names = {g.id: g.name for g in groups}
    criteria = [
        CriterionRead(
            id=r["id"], group_id=r["group_id"], group_name=names[r["group_id"]], name=r["name"],
            description=r["description"], weight=r["weight"], kind=CriterionKind(r["kind"]),
            knockout=bool(r["knockout"]), knockout_threshold=r["knockout_threshold"], need_id=r["need_id"],
            need_ref=r["need_ref"] or "", need_priority=Priority(r["need_priority"]) if r["need_priority"] else None,
            domain_id=r["domain_id"], domain_name=paths.get(r["domain_id"], "") if r["domain_id"] else "",
            position=r["position"], share=float(c_share[j]))
        for j, r in enumerate(rows)
    ]
    return group_reads, criteria


def read_evaluators(conn: Connection) -> list[EvaluatorRead]:
    rows = conn.execute(
        select(evaluator_t.c.id, evaluator_t.c.person_id, person_t.c.name, evaluator_t.c.position)
        .join(person_t, person_t.c.id == evaluator_t.c.person_id)
        .order_by(evaluator_t.c.position, evaluator_t.c.id))
    return [EvaluatorRead(*r) for r in rows]


def read_scores(conn: Connection, candidate_id: int | None = None, criterion_id: int | None = None
                ) -> list[ScoreRead]:
    query = select(score_t.c.candidate_id, score_t.c.criterion_id, score_t.c.evaluator_id, score_t.c.value,
                   score_t.c.comment, score_t.c.updated_at)
    if candidate_id is not None:
        query = query.where(score_t.c.candidate_id == candidate_id)
    if criterion_id is not None:
        query = query.where(score_t.c.criterion_id == criterion_id)
    return [ScoreRead(*r) for r in conn.execute(query.order_by(score_t.c.id)).all()]


def read_consensus(conn: Connection) -> list[ConsensusRead]:
    rows = conn.execute(select(consensus_t.c.candidate_id, consensus_t.c.criterion_id, consensus_t.c.value,
                               consensus_t.c.reason, consensus_t.c.updated_at))
    return [ConsensusRead(*r) for r in rows]


def read_answers(conn: Connection) -> list[AnswerFact]:
    """The answers the matrix uses: accepted ones (they propose a mark) and "not covered" on a
    mandatory need (they may eliminate); the others change nothing in it (5,000 answers
    nobody accepted yet: ~1 ms instead of ~17 ms)."""
    counts = (answer_t.c.accepted.is_(True) & (answer_t.c.coverage != "")) | (
        (answer_t.c.coverage == str(Coverage.NOT_COVERED)) & (need_t.c.priority == str(Priority.MANDATORY)))
    rows = conn.execute(
        select(answer_t.c.candidate_id, answer_t.c.need_id, need_t.c.ref, need_t.c.title, need_t.c.priority,
               need_t.c.domain_id, answer_t.c.coverage, answer_t.c.accepted)
        .join(need_t, need_t.c.id == answer_t.c.need_id).where(counts))
    coverages = {str(c): c for c in Coverage}  # an unknown code from elsewhere proposes nothing
    priorities = {str(p): p for p in Priority}
    return [AnswerFact(cid, nid, ref, title, priorities.get(priority) or Priority(priority), domain_id,
                       coverages.get(coverage) if coverage else None, bool(accepted))
            for cid, nid, ref, title, priority, domain_id, coverage, accepted in rows.all()]


def read_matrix(conn: Connection) -> SelectionMatrix:
    settings = read_settings(conn)
    groups, criteria = read_groups_and_criteria(conn)
    domains = read_domains(conn)
    used = {k.domain_id for k in criteria if k.domain_id is not None and k.need_id is None}
    subtrees = {d: frozenset(descendants(domains, d)) for d in used}
    return SelectionMatrix.build(
        settings=settings, candidates=read_candidates(conn, settings), groups=groups, criteria=criteria,
        evaluators=read_evaluators(conn), scores=read_score_rows(conn), comments=read_score_comments(conn),
        consensus=read_consensus(conn), answers=read_answers(conn), domain_subtrees=subtrees)


def read_score_rows(conn: Connection) -> np.ndarray:
    """Every score as a ``SCORE_ROWS`` array (candidate, criterion, evaluator, value), straight
    from the driver's cursor into numpy: the matrix's fast path (80,000 scores: ~45 ms, where
    Row objects with the comments and times took ~70 ms, then ~50 ms to become an array)."""
    raw = conn.connection.driver_connection
    cursor = raw.execute("SELECT candidate_id, criterion_id, evaluator_id, value FROM score ORDER BY id")  # type: ignore[union-attr]
    return np.fromiter(cursor, dtype=SCORE_ROWS)


def read_score_comments(conn: Connection) -> dict[tuple[int, int, int], str]:
    """(candidate id, criterion id, evaluator id) → comment, for the scores that have one."""
    rows = conn.execute(select(score_t.c.candidate_id, score_t.c.criterion_id, score_t.c.evaluator_id,
                               score_t.c.comment).where(score_t.c.comment != ""))
    return {(c, k, e): text for c, k, e, text in rows}


def next_position(conn: Connection, table, where=None) -> int:  # type: ignore[no-untyped-def]
    query = select(func.coalesce(func.max(table.c.position), -1) + 1)
    if where is not None:
        query = query.where(where)
    return int(conn.execute(query).scalar_one())


def require_candidate(conn: Connection, candidate_id: int) -> None:
    if conn.execute(select(candidate_t.c.id).where(candidate_t.c.id == candidate_id)).first() is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))

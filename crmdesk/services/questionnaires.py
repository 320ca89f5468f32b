"""Vendor questionnaires: sending one (an Excel file per candidate, or a blank one), the answers
read back, their history, and the scores the declared coverage proposes.

Reading answers back is in ``questionnaires_import`` (preview, then apply). openpyxl is only
imported when a file is written or read, never when the app starts.

Proposed scores come from the coverage → score mapping of ``selection_settings``; they stay
apart from the evaluators' scores: the pilot accepts them answer by answer (``set_accepted``),
and a changed answer is no longer accepted.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile, now_iso
from crmdesk.db.tables import DomainRow, NeedRow, ProjectRow
from crmdesk.db.tables_selection import (
    CandidateRow,
    QuestionnaireRow,
    SelectionSettingsRow,
    VendorAnswerHistoryRow,
    VendorAnswerRow,
)
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.needs import DomainRead, domain_paths
from crmdesk.domain.questionnaires import (
    AnswerHistoryRead,
    AnswerRead,
    Coverage,
    QuestionnaireRead,
    clean_coverage_scores,
    coverage_of,
    proposed_score,
)
from crmdesk.i18n import Translate

candidate_t = CandidateRow.__table__
questionnaire_t = QuestionnaireRow.__table__
answer_t = VendorAnswerRow.__table__
history_t = VendorAnswerHistoryRow.__table__
settings_t = SelectionSettingsRow.__table__
need_t = NeedRow.__table__
domain_t = DomainRow.__table__
project_t = ProjectRow.__table__

_SCORE_COLUMNS = {
    Coverage.STANDARD: "score_standard", Coverage.CONFIGURATION: "score_configuration",
    Coverage.CUSTOM: "score_custom", Coverage.NOT_COVERED: "score_not_covered",
}


def _identity(_context: str, text: str) -> str:
    return text


# ------------------------------------------------------------------------------- sending
def export_questionnaire(pf: ProjectFile, candidate_id: int | None, out: Path | str,
                         translate: Translate | None = None, *, lang: str = "") -> Path:
    """Write the questionnaire for ``candidate_id`` (None: a blank one) to ``out``; see
    ``send_questionnaire``, which also returns the record and the undo step."""
    send_questionnaire(pf, candidate_id, out, translate, lang=lang)
    return Path(out)


def send_questionnaire(pf: ProjectFile, candidate_id: int | None, out: Path | str,
                       translate: Translate | None = None, *, lang: str = ""
                       ) -> tuple[QuestionnaireRead, Changes]:
    """Write the questionnaire for ``candidate_id`` (None: a blank one) to ``out`` and record it
    (new token, version = the candidate's previous one + 1) in ONE undoable transaction.

    Every need except the rejected ones is asked, grouped by domain. Nothing is recorded when
    the file cannot be written (``ExportFailed``), and no file is left when the record fails.
    Undoing the step forgets the questionnaire: answers in that file then need the candidate
    to be chosen on import.
    """
    from crmdesk.exchange.questionnaire_write import (
        QuestionnaireSpec,
        write_questionnaire,
    )

    out = Path(out)
    written = False
    try:
        with pf.transaction() as tx:
            conn = tx.conn
            name, organisation, context = conn.execute(
                select(project_t.c.name, project_t.c.organisation, project_t.c.description)).one()
            candidate_name = _candidate_name(conn, candidate_id) if candidate_id is not None else ""
            rows = question_rows(conn)
            if not rows:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The project has no needs to put in a questionnaire."))
            version = next_version(conn, candidate_id)
            token = secrets.token_hex(16)
            created = now_iso()
            new_id = int(conn.execute(questionnaire_t.insert().values(
                token=token, candidate_id=candidate_id, version=version, created_at=created)).inserted_primary_key[0])
            spec = QuestionnaireSpec(
                project_name=name, organisation=organisation, context=context,
                candidate_name=candidate_name, token=token, version=version, created=date.today(),
                rows=rows, lang=lang)
            write_questionnaire(out, spec, translate or _identity)
            written = True
    except BaseException:
        if written:  # the record failed after the file was written: the file would be unknown
            out.unlink(missing_ok=True)
        raise
    read = QuestionnaireRead(new_id, token, candidate_id, candidate_name, version, created)
    return read, Changes.of(EntityKind.ANSWER, ids={candidate_id} if candidate_id is not None else set(),
                            step=tx.step)


def _candidate_name(conn: Connection, candidate_id: int) -> str:
    found = conn.execute(select(candidate_t.c.name).where(candidate_t.c.id == candidate_id)).scalar()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))
    return str(found)


def next_version(conn: Connection, candidate_id: int | None) -> int:
    same = (questionnaire_t.c.candidate_id.is_(None) if candidate_id is None
            else questionnaire_t.c.candidate_id == candidate_id)
    last = conn.execute(select(func.max(questionnaire_t.c.version)).where(same)).scalar()
    return int(last or 0) + 1


def question_rows(conn: Connection) -> list:  # type: ignore[type-arg]
    """The needs to ask, as questionnaire rows: every need but the rejected ones, domain by
    domain in the order of the domain tree (as in a requirements specification), then by
    reference; needs without a domain last."""
    from crmdesk.exchange.questionnaire_write import QuestionRow

    domains = [DomainRead(i, n, p, pos) for i, n, p, pos in conn.execute(
        select(domain_t.c.id, domain_t.c.name, domain_t.c.parent_id, domain_t.c.position))]
    paths = domain_paths(domains)
    rank = _tree_rank(domains)
    rows = []
    for ref, title, description, priority, domain_id in conn.execute(
            select(need_t.c.ref, need_t.c.title, need_t.c.description, need_t.c.priority, need_t.c.domain_id)
            .where(need_t.c.status != NeedStatus.REJECTED.value)):
        path = paths.get(domain_id, "") if domain_id is not None else ""
        rows.append((rank.get(domain_id, len(rank)), QuestionRow(ref, path, title, description, Priority(priority))))
    rows.sort(key=lambda item: (item[0], item[1].ref))
    return [row for _rank, row in rows]


def _tree_rank(domains: list[DomainRead]) -> dict[int | None, int]:
    """Depth-first order of the domain tree, siblings by position then name."""
    children: dict[int | None, list[DomainRead]] = {}
    ids = {d.id for d in domains}
    for d in domains:
        children.setdefault(d.parent_id if d.parent_id in ids else None, []).append(d)
    rank: dict[int | None, int] = {}
    stack = sorted(children.get(None, []), key=lambda d: (d.position, d.name.casefold()), reverse=True)
    while stack:
        d = stack.pop()
        if d.id in rank:
            continue
        rank[d.id] = len(rank)
        stack += sorted(children.get(d.id, []), key=lambda c: (c.position, c.name.casefold()), reverse=True)
    return rank


# ---------------------------------------------------------------------------------- reads
def find_candidate(pf: ProjectFile, name: str) -> int:
    """The id of the candidate called ``name`` (case and accents ignored when unambiguous)."""
    from crmdesk.exchange.questionnaire_format import normalise

    with pf.reading() as conn:
        rows = conn.execute(select(candidate_t.c.id, candidate_t.c.name)).all()
    wanted = " ".join(name.split())
    for cid, cname in rows:
        if cname.casefold() == wanted.casefold():
            return int(cid)
    loose = [cid for cid, cname in rows if normalise(cname) == normalise(wanted)]
    if len(loose) == 1:
        return int(loose[0])
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "No candidate is named \"{name}\"."), name=name)


def questionnaires(pf: ProjectFile, candidate_id: int | None = None) -> list[QuestionnaireRead]:
    """The questionnaires sent (all, or one candidate's), newest first."""
    query = (select(questionnaire_t.c.id, questionnaire_t.c.token, questionnaire_t.c.candidate_id,
                    func.coalesce(candidate_t.c.name, ""), questionnaire_t.c.version, questionnaire_t.c.created_at)
             .select_from(questionnaire_t.outerjoin(candidate_t, questionnaire_t.c.candidate_id == candidate_t.c.id))
             .order_by(questionnaire_t.c.created_at.desc(), questionnaire_t.c.id.desc()))
    if candidate_id is not None:
        query = query.where(questionnaire_t.c.candidate_id == candidate_id)
    with pf.reading() as conn:
        return [QuestionnaireRead(*row) for row in conn.execute(query)]


def coverage_scores(pf: ProjectFile) -> dict[Coverage, float]:
    with pf.reading() as conn:
        return read_coverage_scores(conn)


def read_coverage_scores(conn: Connection) -> dict[Coverage, float]:
    row = conn.execute(select(*(settings_t.c[c] for c in _SCORE_COLUMNS.values()))).first()
    if row is None:
        from crmdesk.domain.questionnaires import DEFAULT_COVERAGE_SCORES

        return dict(DEFAULT_COVERAGE_SCORES)
    return {coverage: float(value) for coverage, value in zip(_SCORE_COLUMNS, row, strict=True)}


def answers(pf: ProjectFile, candidate_id: int) -> list[AnswerRead]:
    """A candidate's current answers, by need reference, with the score each one proposes."""
    query = (select(answer_t.c.id, answer_t.c.candidate_id, answer_t.c.need_id, need_t.c.ref, need_t.c.title,
                    need_t.c.priority, answer_t.c.coverage, answer_t.c.comment, answer_t.c.extra_cost,
                    answer_t.c.planned_lot, answer_t.c.question_title, answer_t.c.questionnaire_id,
                    questionnaire_t.c.version, answer_t.c.accepted, answer_t.c.imported_at)
             .select_from(answer_t.join(need_t, answer_t.c.need_id == need_t.c.id)
                          .outerjoin(questionnaire_t, answer_t.c.questionnaire_id == questionnaire_t.c.id))
             .where(answer_t.c.candidate_id == candidate_id)
             .order_by(need_t.c.ref))
    with pf.reading() as conn:
        scores = read_coverage_scores(conn)
        out = []
        for (aid, cid, nid, ref, title, priority, coverage, comment, cost, lot, question, qid, version,
             accepted, imported) in conn.execute(query):
            cov = coverage_of(coverage)
            out.append(AnswerRead(
                id=aid, candidate_id=cid, need_id=nid, need_ref=ref, need_title=title,
                priority=Priority(priority), coverage=cov, comment=comment, extra_cost=cost, planned_lot=lot,
                question_title=question, questionnaire_id=qid, questionnaire_version=version,
                accepted=bool(accepted), imported_at=imported, proposed_score=proposed_score(cov, scores)))
        return out


def history(pf: ProjectFile, candidate_id: int, need_id: int) -> list[AnswerHistoryRead]:
    """The answers a candidate gave earlier for one need, newest first."""
    query = (select(history_t.c.id, history_t.c.candidate_id, history_t.c.need_id, history_t.c.coverage,
                    history_t.c.comment, history_t.c.extra_cost, history_t.c.planned_lot,
                    history_t.c.questionnaire_id, history_t.c.imported_at, history_t.c.replaced_at)
             .where(history_t.c.candidate_id == candidate_id, history_t.c.need_id == need_id)
             .order_by(history_t.c.replaced_at.desc(), history_t.c.id.desc()))
    with pf.reading() as conn:
        return [AnswerHistoryRead(hid, cid, nid, coverage_of(cov), comment, cost, lot, qid, imported, replaced)
                for hid, cid, nid, cov, comment, cost, lot, qid, imported, replaced in conn.execute(query)]


def proposed_scores(pf: ProjectFile, candidate_id: int, *, accepted_only: bool = False) -> dict[int, float]:
    """need id -> the score the candidate's declared coverage proposes (answered needs only)."""
    query = select(answer_t.c.need_id, answer_t.c.coverage).where(
        answer_t.c.candidate_id == candidate_id, answer_t.c.coverage.is_not(None))
    if accepted_only:
        query = query.where(answer_t.c.accepted.is_(True))
    with pf.reading() as conn:
        scores = read_coverage_scores(conn)
        out: dict[int, float] = {}
        for need_id, code in conn.execute(query):
            score = proposed_score(coverage_of(code), scores)
            if score is not None:
                out[need_id] = score
        return out


# --------------------------------------------------------------------------------- writes
def set_coverage_scores(pf: ProjectFile, values: dict[Coverage, object]) -> Changes:
    """Change the score proposed by some coverage values (one undo step)."""
    cleaned = clean_coverage_scores(values)
    if not cleaned:
        return Changes()
    with pf.transaction() as tx:
        tx.conn.execute(settings_t.update().where(settings_t.c.id == 1).values(
            **{_SCORE_COLUMNS[c]: v for c, v in cleaned.items()}))
    return Changes.of(EntityKind.SELECTION_SETTINGS, EntityKind.ANSWER, step=tx.step)


def set_accepted(pf: ProjectFile, candidate_id: int, need_ids: Iterable[int] | None = None,
                 accepted: bool = True) -> Changes:
    """Accept (or withdraw) the proposed scores of a candidate's answers: the given needs, or
    every answer with a coverage when ``need_ids`` is None. One undo step."""
    query = answer_t.update().where(answer_t.c.candidate_id == candidate_id,
                                    answer_t.c.accepted != accepted)
    if need_ids is not None:
        ids = list(need_ids)
        if not ids:
            return Changes()
        query = query.where(answer_t.c.need_id.in_(ids))
    elif accepted:
        query = query.where(answer_t.c.coverage.is_not(None))
    with pf.transaction() as tx:
        tx.conn.execute(query.values(accepted=accepted))
    return Changes.of(EntityKind.ANSWER, ids={candidate_id}, step=tx.step)


class QuestionnaireService:
    """The same operations bound to one open project (what the container hands the UI)."""

    def __init__(self, project: ProjectFile) -> None:
        self._pf = project

    def send(self, candidate_id: int | None, out: Path | str, translate: Translate | None = None,
             *, lang: str = "") -> tuple[QuestionnaireRead, Changes]:
        return send_questionnaire(self._pf, candidate_id, out, translate, lang=lang)

    def preview(self, path: Path | str, candidate_id: int | None = None, translate: Translate | None = None):  # type: ignore[no-untyped-def]
        from crmdesk.services.questionnaires_import import preview_answers

        return preview_answers(self._pf, path, candidate_id, translate)

    def apply(self, preview):  # type: ignore[no-untyped-def]
        from crmdesk.services.questionnaires_import import apply_answers

        return apply_answers(self._pf, preview)

    def questionnaires(self, candidate_id: int | None = None) -> list[QuestionnaireRead]:
        return questionnaires(self._pf, candidate_id)

    def answers(self, candidate_id: int) -> list[AnswerRead]:
        return answers(self._pf, candidate_id)

    def history(self, candidate_id: int, need_id: int) -> list[AnswerHistoryRead]:
        return history(self._pf, candidate_id, need_id)

    def proposed_scores(self, candidate_id: int, *, accepted_only: bool = False) -> dict[int, float]:
        return proposed_scores(self._pf, candidate_id, accepted_only=accepted_only)

    def coverage_scores(self) -> dict[Coverage, float]:
        return coverage_scores(self._pf)

    def set_coverage_scores(self, values: dict[Coverage, object]) -> Changes:
        return set_coverage_scores(self._pf, values)

    def set_accepted(self, candidate_id: int, need_ids: Iterable[int] | None = None,
                     accepted: bool = True) -> Changes:
        return set_accepted(self._pf, candidate_id, need_ids, accepted)

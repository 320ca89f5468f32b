"""Reading a vendor's answers back: ``preview_answers`` reads and checks everything (the project
is only read) and ``apply_answers`` writes it in ONE transaction, or nothing.

Rules (what the report says):
* Answers are matched on the need reference, whatever the order of rows or columns.
* Which candidate: the questionnaire's hidden identifier (its token) says it; a blank
  questionnaire, a CSV or a file without identifier needs the candidate chosen by the user
  (``CandidateNeeded``), unless the vendor typed a name on the cover that is exactly a
  candidate's. A file sent to another candidate than the one chosen is refused, and so is a
  questionnaire of another project.
* Blocking (nothing is imported while there is one): invalid values (coverage, amount, too
  long a text), a reference given twice, an answer formula without a computed value.
* Reported, not blocking: unknown references (ignored), needs without an answer (a previous
  answer is kept), question texts that changed (edited in the file, or the need renamed since
  the questionnaire was sent), columns not read.
* Re-importing replaces the candidate's answers for the needs in the file: a changed answer
  goes to the history and is no longer accepted; an identical answer is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile, now_iso
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.errors import ImportRejected, NotFound
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.questionnaires import (
    QUESTION_TITLE_MAX,
    AnswersImportResult,
    CandidateNeeded,
    Coverage,
    coverage_of,
    same_answer,
)
from crmdesk.i18n import Translate
from crmdesk.services.questionnaires import (
    answer_t,
    candidate_t,
    history_t,
    need_t,
    project_t,
    questionnaire_t,
)

if TYPE_CHECKING:
    from crmdesk.exchange.questionnaire_parse import FileAnswer
    from crmdesk.exchange.questionnaire_read import ParsedAnswers


NEW, REPLACED, UNCHANGED = "new", "replaced", "unchanged"
# Kinds of changed question texts.
EDITED_IN_FILE = "edited_in_file"  # the title in the file is not the one sent
RENAMED_SINCE_SENT = "renamed_since_sent"  # the need's title changed after sending
DIFFERS_FROM_CURRENT = "differs_from_current"  # no identifier: file title vs the need's title now
DESCRIPTION_CHANGED = "description_changed"  # the need's description changed after sending


@dataclass(frozen=True, slots=True)
class PlannedAnswer:
    need_id: int
    ref: str
    row: int
    values: tuple[Coverage | None, str, float | None, str]  # coverage, comment, extra cost, planned lot
    question_title: str
    status: str  # NEW / REPLACED / UNCHANGED


@dataclass(frozen=True, slots=True)
class QuestionChange:
    ref: str
    row: int | None
    kind: str
    file_title: str
    current_title: str


@dataclass(frozen=True, slots=True)
class MissingAnswer:
    ref: str
    mandatory: bool
    previous_kept: bool


@dataclass
class AnswersPreview:
    file: Path
    parsed: ParsedAnswers
    candidate_id: int
    candidate_name: str
    source: str  # "identifier", "chosen" or "typed": how the candidate was known
    questionnaire_id: int | None
    questionnaire_version: int | None
    planned: list[PlannedAnswer] = field(default_factory=list)
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (row, ref as written)
    missing: list[MissingAnswer] = field(default_factory=list)
    changed_questions: list[QuestionChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # English templates (context QuestionnaireReport)

    def count(self, status: str) -> int:
        return sum(1 for p in self.planned if p.status == status)

    @property
    def blocking(self) -> bool:
        return bool(self.parsed.invalid)

    @property
    def to_apply(self) -> int:
        return sum(1 for p in self.planned if p.status != UNCHANGED)

    def report_lines(self, translate: Translate | None = None) -> list[str]:
        from crmdesk.services.questionnaires_report import report_lines

        return report_lines(self, translate or (lambda _c, text: text))


def preview_answers(pf: ProjectFile, path: Path | str, candidate_id: int | None = None,
                    translate: Translate | None = None) -> AnswersPreview:
    """Read and check ``path``; the project is not changed. Raises ``ImportRejected`` for a file
    that cannot be read or is not for this project, ``CandidateNeeded`` when the caller must say
    which candidate answered."""
    from crmdesk.exchange.questionnaire_read import read_answers

    path = Path(path)
    parsed = read_answers(path, translate=translate)
    with pf.reading() as conn:
        candidate_id, source, questionnaire, notes = _resolve_candidate(conn, parsed, candidate_id)
        candidate_name = conn.execute(select(candidate_t.c.name).where(candidate_t.c.id == candidate_id)).scalar()
        if candidate_name is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))
        needs = {ref: (nid, title, description, priority, status) for nid, ref, title, description, priority, status
                 in conn.execute(select(need_t.c.id, need_t.c.ref, need_t.c.title, need_t.c.description,
                                        need_t.c.priority, need_t.c.status))}
        current = _current_answers(conn, candidate_id)
    preview = AnswersPreview(path, parsed, int(candidate_id), str(candidate_name), source,
                             questionnaire[0] if questionnaire else None,
                             questionnaire[1] if questionnaire else None, notes=notes)
    _plan(preview, needs, current)
    return preview


def _resolve_candidate(conn: Connection, parsed: ParsedAnswers, chosen: int | None
                       ) -> tuple[int, str, tuple[int, int] | None, list[str]]:
    from crmdesk.exchange.questionnaire_format import normalise

    name = parsed.name
    ident = parsed.identifier
    notes: list[str] = []
    questionnaire: tuple[int, int] | None = None
    sent_to: int | None = None
    if ident is not None:
        row = conn.execute(select(questionnaire_t.c.id, questionnaire_t.c.version, questionnaire_t.c.candidate_id)
                           .where(questionnaire_t.c.token == ident.token)).first()
        if row is None:
            project = conn.execute(select(project_t.c.name)).scalar() or ""
            if ident.project and normalise(ident.project) != normalise(project):
                raise ImportRejected(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is a questionnaire of the project \"{project}\", not of this one."),
                    name=name, project=ident.project)
            notes.append(QT_TRANSLATE_NOOP(
                "QuestionnaireReport", "This project has no record of sending this questionnaire (it was sent from "
                "another copy of the project, or its sending was undone); answers are matched on the references."))
        else:
            questionnaire = (int(row[0]), int(row[1]))
            sent_to = row[2]
    if sent_to is not None:
        if chosen is not None and chosen != sent_to:
            names = dict(conn.execute(select(candidate_t.c.id, candidate_t.c.name)
                                      .where(candidate_t.c.id.in_([chosen, sent_to]))).all())
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} is the questionnaire sent to {sent}, not to {chosen}."),
                name=name, sent=names.get(sent_to, "?"), chosen=names.get(chosen, "?"))
        return int(sent_to), "identifier", questionnaire, notes
    if chosen is not None:
        return int(chosen), "chosen", questionnaire, notes
    typed = normalise(ident.vendor_name) if ident is not None else ""
    if typed:
        matches = [cid for cid, cname in conn.execute(select(candidate_t.c.id, candidate_t.c.name))
                   if normalise(cname) == typed]
        if len(matches) == 1:
            return int(matches[0]), "typed", questionnaire, notes
    if ident is None:
        raise CandidateNeeded(QT_TRANSLATE_NOOP(
            "Errors", "{name} does not say which candidate answered it: choose the candidate."), name=name)
    if questionnaire is None:
        raise CandidateNeeded(QT_TRANSLATE_NOOP(
            "Errors", "{name} was not sent from this project file: choose the candidate who answered it."),
            name=name)
    raise CandidateNeeded(QT_TRANSLATE_NOOP(
        "Errors", "{name} is a blank questionnaire: choose the candidate who answered it."), name=name)


def _current_answers(conn: Connection, candidate_id: int) -> dict[int, tuple[object, ...]]:
    """need id -> (answer id, coverage, comment, extra cost, planned lot, questionnaire id, imported at)."""
    rows = conn.execute(select(answer_t.c.need_id, answer_t.c.id, answer_t.c.coverage, answer_t.c.comment,
                               answer_t.c.extra_cost, answer_t.c.planned_lot, answer_t.c.questionnaire_id,
                               answer_t.c.imported_at).where(answer_t.c.candidate_id == candidate_id))
    return {row[0]: tuple(row[1:]) for row in rows}


def _merged(answer: FileAnswer, absent: frozenset[str], current: tuple[object, ...] | None
            ) -> tuple[Coverage | None, str, float | None, str]:
    """The answer's values; a column missing from the file keeps the current value."""
    old = (coverage_of(current[1]), current[2], current[3], current[4]) if current else (None, "", None, "")  # type: ignore[arg-type]
    new = (answer.coverage, answer.comment, answer.extra_cost, answer.planned_lot)
    fields = ("coverage", "comment", "extra_cost", "planned_lot")
    return tuple(o if f in absent else n for f, o, n in zip(fields, old, new, strict=True))  # type: ignore[return-value]


def _plan(preview: AnswersPreview, needs: dict[str, tuple], current: dict[int, tuple[object, ...]]) -> None:  # type: ignore[type-arg]
    from crmdesk.exchange.questionnaire_format import same_text, text_hash

    parsed = preview.parsed
    ident = parsed.identifier
    sent = ident.questions if ident is not None else {}
    answered: set[str] = set()
    for answer in parsed.answers:
        need = needs.get(answer.ref)
        if need is None:
            preview.unknown.append((answer.row, answer.ref_text))
            continue
        need_id, title, description, _priority, _status = need
        if not answer.answered:
            continue
        answered.add(answer.ref)
        hashes = sent.get(answer.ref)
        question = title
        if hashes is not None:
            if answer.title is not None and text_hash(answer.title) != hashes[0]:
                preview.changed_questions.append(QuestionChange(answer.ref, answer.row, EDITED_IN_FILE,
                                                                answer.title, title))
            if text_hash(title) != hashes[0]:
                preview.changed_questions.append(QuestionChange(answer.ref, answer.row, RENAMED_SINCE_SENT,
                                                                answer.title or "", title))
                # The title sent is known by its hash only: the file's copy, when intact, is it.
                question = answer.title or title
            if hashes[1] and text_hash(description) != hashes[1]:
                preview.changed_questions.append(QuestionChange(answer.ref, answer.row, DESCRIPTION_CHANGED,
                                                                answer.title or "", title))
        elif answer.title is not None and not same_text(answer.title, title):
            preview.changed_questions.append(QuestionChange(answer.ref, answer.row, DIFFERS_FROM_CURRENT,
                                                            answer.title, title))
            question = answer.title
        old = current.get(need_id)
        values = _merged(answer, parsed.absent, old)
        if old is None:
            status = NEW
        elif same_answer(values, (coverage_of(old[1]), old[2], old[3], old[4])):  # type: ignore[arg-type]
            status = UNCHANGED
        else:
            status = REPLACED
        preview.planned.append(PlannedAnswer(need_id, answer.ref, answer.row, values,
                                             " ".join((question or "").split())[:QUESTION_TITLE_MAX], status))
    if ident is not None:
        expected = sorted(ref for ref in sent if ref in needs)
    else:
        expected = sorted(ref for ref, need in needs.items() if need[4] != NeedStatus.REJECTED.value)
    for ref in expected:
        if ref not in answered:
            need_id, _t, _d, priority, _s = needs[ref]
            preview.missing.append(MissingAnswer(ref, priority == Priority.MANDATORY.value, need_id in current))


def apply_answers(pf: ProjectFile, preview: AnswersPreview) -> tuple[AnswersImportResult, Changes]:
    """Write the previewed answers in ONE transaction (one undo step): all of them, or none.
    Refused while the report has blocking errors."""
    if preview.blocking:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} has {count} invalid values: correct them and import the file again; nothing "
            "was imported."), name=preview.file.name, count=len(preview.parsed.invalid))
    candidate_id = preview.candidate_id
    stamp = now_iso()
    created = replaced = unchanged = 0
    with pf.transaction() as tx:
        conn = tx.conn
        if conn.execute(select(candidate_t.c.id).where(candidate_t.c.id == candidate_id)).first() is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "This candidate no longer exists."))
        questionnaire_id = preview.questionnaire_id
        if questionnaire_id is not None and conn.execute(
                select(questionnaire_t.c.id).where(questionnaire_t.c.id == questionnaire_id)).first() is None:
            questionnaire_id = None
        live = {nid for (nid,) in conn.execute(select(need_t.c.id))}
        current = _current_answers(conn, candidate_id)  # read again: the preview may be old
        inserts, updates, archived = [], [], []
        for plan in preview.planned:
            if plan.need_id not in live:
                continue
            coverage, comment, cost, lot = plan.values
            values = {"coverage": coverage.value if coverage else None, "comment": comment, "extra_cost": cost,
                      "planned_lot": lot, "question_title": plan.question_title,
                      "questionnaire_id": questionnaire_id, "accepted": False, "imported_at": stamp}
            old = current.get(plan.need_id)
            if old is None:
                inserts.append({"candidate_id": candidate_id, "need_id": plan.need_id, **values})
                created += 1
            elif same_answer(plan.values, (coverage_of(old[1]), old[2], old[3], old[4])):  # type: ignore[arg-type]
                unchanged += 1
            else:
                archived.append({"candidate_id": candidate_id, "need_id": plan.need_id, "coverage": old[1],
                                 "comment": old[2], "extra_cost": old[3], "planned_lot": old[4],
                                 "questionnaire_id": old[5], "imported_at": old[6], "replaced_at": stamp})
                updates.append({"answer_id": old[0], **values})
                replaced += 1
        if archived:
            conn.execute(history_t.insert(), archived)
        if updates:
            conn.execute(answer_t.update().where(answer_t.c.id == bindparam("answer_id")), updates)
        if inserts:
            conn.execute(answer_t.insert(), inserts)
    return (AnswersImportResult(created, replaced, unchanged),
            Changes.of(EntityKind.ANSWER, ids={candidate_id}, step=tx.step))

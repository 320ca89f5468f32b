"""Testers without the app: export a campaign as a testers' workbook, read the filled workbook
back (``preview_results``: the project is only read) and record it (``apply_results``: ONE
transaction, all or nothing).

Rules (what the report says):
* Which campaign: the workbook's hidden identifier (campaign id and name, project name); a
  workbook of another project or campaign, or of a closed campaign, is refused.
* Rows are matched by case reference and step number, whatever their order.
* Each case with a result (on its case row or on a step) becomes ONE new attempt: the case
  result is the case row's, else what the steps say; the tester and date are the case row's,
  else those of its steps (the assigned tester, today's date when none is given). A step's
  comment joins the case comment. Every KO goes through the same rules as the runner (a defect
  is created or re-opened).
* A case with comments but no result anywhere is not recorded (reported).
* Blocking (nothing is recorded while there is one): invalid values (result, date, step
  number), a reference given twice, a step the frozen case does not have, an unknown tester, a
  result for a case the campaign does not hold, a case OK with a KO step.
* Conflicts: a case with an attempt recorded in the app after the export. They block too,
  unless the caller accepts them (the file's results are then added after the app's).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.acceptance import (
    CampaignStatus,
    Result,
    StepResult,
    Translate,
    label,
)
from crmdesk.domain.acceptance_rules import rollup_steps
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Role
from crmdesk.domain.errors import ImportRejected, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.services.acceptance_queries import (
    person_t,
    project_identity,
    read_campaign,
    read_campaign_cases,
)
from crmdesk.services.acceptance_runs import record_attempt
from crmdesk.services.sprint_history import stamp

if TYPE_CHECKING:
    from crmdesk.exchange.testers_workbook_format import Note



def _note(template: str, params: dict[str, object] | None = None, row: int | None = None) -> Note:
    """A report line (the exchange layer, and openpyxl with it, load on first use)."""
    from crmdesk.exchange.testers_workbook_format import Note

    return Note(template, params or {}, row)


def normalise(text: str) -> str:
    from crmdesk.exchange.questionnaire_format import normalise as norm

    return norm(text)


@dataclass(frozen=True, slots=True)
class PlannedAttempt:
    campaign_case_id: int
    ref: str
    row: int
    result: Result
    steps: tuple[StepResult, ...]
    actual: str
    comment: str
    tester_id: int | None
    tester_name: str
    day: date
    conflict: bool


@dataclass
class ResultsPreview:
    file: Path
    campaign_id: int
    campaign_name: str
    rows_read: int
    planned: list[PlannedAttempt] = field(default_factory=list)
    invalid: list[Note] = field(default_factory=list)
    ignored: list[Note] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    attempts_at_export: dict[int, int] = field(default_factory=dict)

    @property
    def conflicts(self) -> list[PlannedAttempt]:
        return [p for p in self.planned if p.conflict]

    def blocking(self, accept_conflicts: bool = False) -> bool:
        return bool(self.invalid) or (bool(self.conflicts) and not accept_conflicts)

    def report_lines(self, translate: Translate | None = None) -> list[str]:
        def tr(template: str, **params: object) -> str:
            return _note(template, params).text(translate)

        counts = defaultdict(int)
        for p in self.planned:
            counts[p.result] += 1
        lines = [tr(QT_TRANSLATE_NOOP("TestersReport", "File: {name}, campaign \"{campaign}\" ({rows} rows read)"),
                    name=self.file.name, campaign=self.campaign_name, rows=self.rows_read),
                 tr(QT_TRANSLATE_NOOP("TestersReport", "Attempts to record: {count}"), count=len(self.planned))]
        for result in Result:
            if counts[result]:
                lines.append("  " + tr(QT_TRANSLATE_NOOP("TestersReport", "{result}: {count}"), result=label(result, translate),
                                       count=counts[result]))
        if self.invalid:
            lines.append(tr(QT_TRANSLATE_NOOP(
                "TestersReport", "Invalid values: {count}; nothing can be imported until they are corrected:"), count=len(self.invalid)))
            lines += ["  " + n.text(translate) for n in self.invalid]
        if self.conflicts:
            lines.append(tr(QT_TRANSLATE_NOOP(
                "TestersReport", "Conflicts: {count} cases have a result recorded in crmdesk after the export:"),
                count=len(self.conflicts)))
            lines += ["  " + tr(QT_TRANSLATE_NOOP("TestersReport", "Row {row}: {ref}"), row=p.row, ref=p.ref) for p in self.conflicts]
        if self.ignored:
            lines.append(tr(QT_TRANSLATE_NOOP("TestersReport", "Rows ignored: {count}"), count=len(self.ignored)))
            lines += ["  " + n.text(translate) for n in self.ignored]
        lines += [tr(QT_TRANSLATE_NOOP("TestersReport", "Note: {text}"), text=n.text(translate)) for n in self.notes]
        return lines


@dataclass(frozen=True)
class ResultsImport:
    attempts: int
    defects_created: int
    defects_reopened: int


# --------------------------------------------------------------------------------- export
def export_campaign(pf: ProjectFile, campaign_id: int, out: Path | str, translate: Translate, lang: str = "",
                    at: datetime | None = None) -> Path:
    """Write the campaign's testers' workbook (nothing changes in the project)."""
    from crmdesk.exchange.testers_workbook_write import (
        TestersWorkbookSpec,
        WorkbookCase,
        write_testers_workbook,
    )

    with pf.reading() as conn:
        campaign = read_campaign(conn, campaign_id)
        if campaign.status is CampaignStatus.CLOSED:
            raise ValidationFailed(QT_TRANSLATE_NOOP(
                "Errors", "The campaign \"{name}\" is closed: there is nothing left to run."), name=campaign.name)
        copies = read_campaign_cases(conn, campaign_id)
        project, _ = project_identity(conn)
        testers = campaign.tester_names or tuple(n for (n,) in conn.execute(
            select(person_t.c.name).where(person_t.c.role.in_([Role.KEY_USER, Role.PILOT])).order_by(person_t.c.name)))
    spec = TestersWorkbookSpec(
        project_name=project, campaign_id=campaign.id, campaign_name=campaign.name,
        kind_label=campaign.kind_label(translate), lot_name=campaign.lot_name, start=campaign.start_date,
        end=campaign.end_date, testers=tuple(testers),
        cases=[WorkbookCase(c.id, c.ref, c.title, c.preconditions, c.steps, c.need_refs, c.tester_name, c.attempts)
               for c in copies], exported_at=stamp(at), lang=lang)
    return write_testers_workbook(out, spec, translate)


# --------------------------------------------------------------------------------- import
def preview_results(pf: ProjectFile, path: Path | str, translate: Translate | None = None,
                    today: date | None = None) -> ResultsPreview:
    """Read and check ``path`` against the campaign it came from; the project is not changed.
    Raises ``ImportRejected`` for a file that cannot be read or is not for this project."""
    from crmdesk.exchange.testers_workbook_read import read_results

    path = Path(path)
    today = today or date.today()
    parsed = read_results(path, translate=translate, today=today)
    ident = parsed.identifier
    if ident is None:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} does not say which campaign it belongs to: export the campaign's workbook from "
            "crmdesk and fill that one in."), name=path.name)
    with pf.reading() as conn:
        project, _ = project_identity(conn)
        if ident.project and normalise(ident.project) != normalise(project):
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} is a workbook of the project \"{project}\", not of this one."),
                name=path.name, project=ident.project)
        campaign = _campaign_of(conn, ident, path.name)
        if campaign.status is CampaignStatus.CLOSED:
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} is for the campaign \"{campaign}\", which is closed: its results can no longer "
                "change."), name=path.name, campaign=campaign.name)
        copies = {c.ref: c for c in read_campaign_cases(conn, campaign.id)}
        people = [(pid, name) for pid, name in conn.execute(select(person_t.c.id, person_t.c.name))]
    preview = ResultsPreview(path, campaign.id, campaign.name, parsed.rows_read, invalid=list(parsed.invalid),
                             ignored=list(parsed.ignored), notes=list(parsed.notes))
    _plan(preview, parsed.rows, copies, ident.cases, people, today)
    return preview


def _campaign_of(conn, ident, name: str):  # type: ignore[no-untyped-def]
    """The campaign by id and name; by id alone when it was renamed since the export (its
    cases are those of the file: the id was not reused); else by name."""
    from crmdesk.domain.errors import NotFound
    from crmdesk.services.acceptance_queries import campaign_by_name, cc_t

    if ident.campaign_id is not None:
        try:
            campaign = read_campaign(conn, ident.campaign_id)
        except NotFound:
            campaign = None
        if campaign is not None:
            if normalise(campaign.name) == normalise(ident.campaign):
                return campaign
            held = {cc for (cc,) in conn.execute(select(cc_t.c.id).where(cc_t.c.campaign_id == campaign.id))}
            sent = {cc for cc, _ in ident.cases.values() if cc is not None}
            if sent and sent <= held:
                return campaign

    try:
        return read_campaign(conn, campaign_by_name(conn, ident.campaign))
    except NotFound:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} belongs to the campaign \"{campaign}\", which this project does not have."),
            name=name, campaign=ident.campaign) from None


AMBIGUOUS = (-1, "")  # a typed name several people of the project answer to


def _person(people: list[tuple[int, str]], typed: str) -> tuple[int, str] | None:
    """The person the tester typed: the exact name (spaces and case aside), else the name
    with accents and punctuation aside, else the only person whose name starts with it
    ("julien" finds Julien Perrin). ``AMBIGUOUS`` when several people match, None when nobody
    does. Names in a script without Latin letters (李娜, Ирина) are matched exactly: their
    accent-free form is empty and would match every such name."""

    def one(found: list[tuple[int, str]]) -> tuple[int, str] | None:
        return found[0] if len(found) == 1 else (AMBIGUOUS if found else None)

    collapsed = " ".join(typed.split()).casefold()
    found = one([(i, n) for i, n in people if " ".join(n.split()).casefold() == collapsed])
    if found is not None:
        return found
    key = normalise(typed)
    if not key:
        return None
    found = one([(i, n) for i, n in people if normalise(n) == key])
    if found is not None:
        return found
    starts = [(i, n) for i, n in people if normalise(n).startswith(key + " ") or normalise(n).split(" ")[-1] == key]
    return starts[0] if len(starts) == 1 else None


def _plan(preview: ResultsPreview, rows, copies, at_export, people, today: date) -> None:  # type: ignore[no-untyped-def]
    by_ref = defaultdict(list)
    for row in rows:
        by_ref[row.ref].append(row)
    for ref, group in sorted(by_ref.items(), key=lambda kv: min(r.row for r in kv[1])):
        answered = [r for r in group if r.answered]
        first_row = min(r.row for r in group)
        copy = copies.get(ref)
        if copy is None:
            if answered:
                preview.invalid.append(_note(QT_TRANSLATE_NOOP(
                    "TestersReport", "Row {row}: {ref} is not a case of this campaign."), {"row": first_row, "ref": ref}, first_row))
            else:
                preview.ignored.append(_note(QT_TRANSLATE_NOOP(
                    "TestersReport", "Row {row}: {ref} is not a case of this campaign."), {"row": first_row, "ref": ref}, first_row))
            continue
        if not answered:
            continue
        case_row = next((r for r in group if r.step is None), None)
        steps, comments, bad = [], [], False
        for r in sorted((r for r in group if r.step is not None), key=lambda r: r.step):
            if r.step > len(copy.steps):
                preview.invalid.append(_note(QT_TRANSLATE_NOOP(
                    "TestersReport", "Row {row}: {ref} has no step {step}."), {"row": r.row, "ref": ref, "step": r.step}, r.row))
                bad = True
                continue
            if r.result is not None or r.actual:
                steps.append(StepResult(r.step, r.result or Result.NOT_RUN, r.actual))
            if r.comment:
                comments.append(f"{r.step}. {r.comment}")
        if bad:
            continue
        result = case_row.result if case_row and case_row.result else rollup_steps(s.result for s in steps)
        if result is None:
            row = case_row.row if case_row else first_row
            preview.ignored.append(_note(QT_TRANSLATE_NOOP(
                "TestersReport", "Row {row}: {ref} has a comment but no result: nothing is recorded for it."),
                {"row": row, "ref": ref}, row))
            continue
        if result is Result.PASSED and any(s.result in (Result.FAILED, Result.BLOCKED) for s in steps):
            row = case_row.row if case_row else first_row
            preview.invalid.append(_note(QT_TRANSLATE_NOOP(
                "TestersReport", "Row {row}: {ref} cannot be passed while one of its steps failed or is blocked."),
                {"row": row, "ref": ref}, row))
            continue
        typed = (case_row.tester if case_row and case_row.tester else "") or next(
            (r.tester for r in group if r.tester), "")
        tester: tuple[int, str] | None = None
        if typed:
            tester = _person(people, typed)
            if tester is None or tester is AMBIGUOUS:
                row = case_row.row if case_row and case_row.tester else first_row
                preview.invalid.append(_note(QT_TRANSLATE_NOOP(
                    "TestersReport", "Row {row}: \"{name}\" is not a person of the project.") if tester is None
                    else QT_TRANSLATE_NOOP(
                    "TestersReport", "Row {row}: \"{name}\" is the name of several people of the project; "
                                     "type the full name."), {"row": row, "name": typed}, row))
                continue
        elif copy.tester_id is not None:
            tester = (copy.tester_id, copy.tester_name)
        day = (case_row.day if case_row and case_row.day else None) or max(
            (r.day for r in group if r.day), default=None)
        if day is None:
            preview.notes.append(_note(QT_TRANSLATE_NOOP(
                "TestersReport", "{ref} has no date: it is recorded with today's date."), {"ref": ref}))
            day = today
        exported = at_export.get(ref, (None, 0))[1]
        preview.attempts_at_export[copy.id] = exported
        comment = "\n".join(([case_row.comment] if case_row and case_row.comment else []) + comments)
        preview.planned.append(PlannedAttempt(
            copy.id, ref, case_row.row if case_row else first_row, result, tuple(steps),
            case_row.actual if case_row else "", comment, tester[0] if tester else None, tester[1] if tester else "",
            day, copy.attempts > exported))


def apply_results(pf: ProjectFile, preview: ResultsPreview, accept_conflicts: bool = False,
                  translate: Translate | None = None) -> tuple[ResultsImport, Changes]:
    """Record every planned attempt in ONE transaction, or nothing (a blocking report, or a
    campaign changed since the preview, refuses)."""
    if preview.blocking(accept_conflicts):
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} has {count} problems to correct first; nothing was imported."),
            name=preview.file.name, count=len(preview.invalid) + (0 if accept_conflicts else len(preview.conflicts)))
    created = reopened = 0
    ids: set[int] = set()
    with pf.transaction() as tx:
        conn = tx.conn
        current = {c.id: c.attempts for c in read_campaign_cases(conn, preview.campaign_id)}
        today = date.today()
        for planned in preview.planned:
            expected = preview.attempts_at_export.get(planned.campaign_case_id, 0)
            now = current.get(planned.campaign_case_id)
            if now is None or (now > expected and not planned.conflict and not accept_conflicts):
                raise ImportRejected(QT_TRANSLATE_NOOP(
                    "Errors", "The campaign changed since {name} was checked: check the file again."),
                    name=preview.file.name)
            moment = datetime.now().astimezone() if planned.day == today else \
                datetime.combine(planned.day, time(12, 0)).astimezone()
            done = record_attempt(conn, planned.campaign_case_id, planned.result, planned.steps, planned.actual,
                                  planned.comment, planned.tester_id, stamp(moment), translate=translate)
            ids.add(done.execution_id)
            created += 1 if done.defect_id else 0
            reopened += len(done.reopened)
    kinds = [EntityKind.EXECUTION, EntityKind.CAMPAIGN] + ([EntityKind.DEFECT] if created or reopened else [])
    return ResultsImport(len(ids), created, reopened), Changes.of(*kinds, ids=ids, step=tx.step)

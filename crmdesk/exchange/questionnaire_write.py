"""Writing a vendor questionnaire (.xlsx): instructions, the requirements to answer, and a very
hidden identifier sheet (see ``questionnaire_format``).

openpyxl's normal mode is used (not write-only): cell protection, sheet and workbook
protection need it, and a questionnaire holds at most a few thousand needs (5,000 needs are
written in about a second). Styles are built once and copied onto each cell, which is what
keeps that fast.

Protection is there to prevent accidental edits, not for security: the sheets and the
workbook structure are protected WITHOUT a password (Review > Unprotect Sheet removes it), the
question cells are locked and only the answer cells are editable. Text always stays text: a
title like ``=HYPERLINK(…)`` is written as a string with Excel's leading-apostrophe style.

The file is written to a temporary file beside the target, flushed, then moved into place:
a failure leaves nothing behind and the previous file untouched.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from crmdesk.domain.enums import Priority
from crmdesk.domain.labels import PRIORITY_LABELS
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.questionnaires import COVERAGE_LABELS, COVERAGE_MEANINGS, Coverage
from crmdesk.exchange import questionnaire_format as qf
from crmdesk.exchange.cells import DATE_FORMAT, clean_text, excel_len, is_dangerous
from crmdesk.exchange.workbook import replace_atomically
from crmdesk.i18n import Translate

_INLINE_LIST_MAX = 255

# Instructions (context "Questionnaire").
T_TITLE = QT_TRANSLATE_NOOP("Questionnaire", "Vendor questionnaire: {project}")
T_PROJECT = QT_TRANSLATE_NOOP("Questionnaire", "Project")
T_ORGANISATION = QT_TRANSLATE_NOOP("Questionnaire", "Organisation")
T_CANDIDATE = QT_TRANSLATE_NOOP("Questionnaire", "Candidate")
T_CANDIDATE_BLANK = QT_TRANSLATE_NOOP("Questionnaire", "Your company (please fill in)")
T_SENT_ON = QT_TRANSLATE_NOOP("Questionnaire", "Sent on")
T_VERSION = QT_TRANSLATE_NOOP("Questionnaire", "Questionnaire version")
T_DEADLINE = QT_TRANSLATE_NOOP("Questionnaire", "Answers expected by")
T_CONTEXT = QT_TRANSLATE_NOOP("Questionnaire", "Project context")
T_HOW = QT_TRANSLATE_NOOP("Questionnaire", "How to answer")
T_STEPS = (
    QT_TRANSLATE_NOOP("Questionnaire", "1. Answer on the sheet \"{sheet}\": one row per need, identified by "
                      "its reference ({ref})."),
    QT_TRANSLATE_NOOP("Questionnaire", "2. In the column \"{coverage}\", choose one value from the list for "
                      "every need (their meaning is below)."),
    QT_TRANSLATE_NOOP("Questionnaire", "3. In the column \"{comment}\", explain how the need is met: module, "
                      "settings, limits, references. It is expected for every answer other than out of the box."),
    QT_TRANSLATE_NOOP("Questionnaire", "4. In the column \"{cost}\", give the cost of what is not in your base "
                      "offer (custom development, add-on), in euros excluding VAT; leave it empty when included."),
    QT_TRANSLATE_NOOP("Questionnaire", "5. In the column \"{lot}\", say in which delivery lot the need would be "
                      "available (for example Lot 1)."),
    QT_TRANSLATE_NOOP("Questionnaire", "6. Needs whose priority is mandatory are highlighted: an offer that does "
                      "not cover them may be eliminated."),
    QT_TRANSLATE_NOOP("Questionnaire", "7. Do not change the references, titles or descriptions, and do not "
                      "delete rows: your answers are read back automatically. Keep the file as an Excel "
                      "workbook (.xlsx) when you save it."),
)
T_COVERAGE_VALUES = QT_TRANSLATE_NOOP("Questionnaire", "Coverage values")
T_PRIORITIES = QT_TRANSLATE_NOOP("Questionnaire", "Priorities")
T_PRIORITY_MEANINGS = {
    Priority.MANDATORY: QT_TRANSLATE_NOOP("Questionnaire", "Essential: the project cannot do without it."),
    Priority.DESIRED: QT_TRANSLATE_NOOP("Questionnaire", "Expected, but a workaround can be accepted."),
    Priority.OPTIONAL: QT_TRANSLATE_NOOP("Questionnaire", "A plus, if it comes at little cost."),
}
T_LIST_ERROR_TITLE = QT_TRANSLATE_NOOP("Questionnaire", "Coverage")
T_LIST_ERROR = QT_TRANSLATE_NOOP("Questionnaire", "Choose a value from the list.")
T_COST_ERROR = QT_TRANSLATE_NOOP("Questionnaire", "Enter an amount in euros, zero or more.")


@dataclass(frozen=True, slots=True)
class QuestionRow:
    ref: str
    domain: str
    title: str
    description: str
    priority: Priority


@dataclass(frozen=True)
class QuestionnaireSpec:
    project_name: str
    organisation: str
    context: str
    candidate_name: str  # "" for a blank questionnaire
    token: str
    version: int
    created: date
    rows: Sequence[QuestionRow]
    lang: str = ""


# Colours: a dark header over the questions, an amber one over the answers, pale yellow answer
# cells (where to type) and a pale red mark on mandatory needs.
_HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
_ANSWER_HEAD_FILL = PatternFill("solid", fgColor="C65911")
_ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")
_MANDATORY_FILL = PatternFill("solid", fgColor="F8CBAD")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WIDTHS = {"ref": 10, "domain": 22, "title": 42, "description": 60, "priority": 12, "coverage": 24,
           "comment": 50, "extra_cost": 16, "planned_lot": 14}
_WRAPPED = {"domain", "title", "description", "comment", "planned_lot"}
_COST_FORMAT = "#,##0.00"


def write_questionnaire(path: str | os.PathLike[str], spec: QuestionnaireSpec, translate: Translate) -> None:
    """Write ``spec`` to the .xlsx file ``path``, replacing it atomically.

    Raises ``ExportFailed`` with one readable sentence on any failure; nothing is left behind.
    """
    replace_atomically(path, lambda tmp: build_workbook(spec, translate).save(tmp))


def build_workbook(spec: QuestionnaireSpec, translate: Translate) -> Workbook:
    def tr(text: str) -> str:
        return translate(qf.CONTEXT, text)

    wb = Workbook()
    instructions = wb.active
    instructions.title = _sheet_title(tr(qf.INSTRUCTIONS_SHEET), "Instructions")
    answers = wb.create_sheet(_sheet_title(tr(qf.ANSWERS_SHEET), "Requirements"))
    if answers.title.casefold() == instructions.title.casefold():
        answers.title = "Requirements"
    ident = wb.create_sheet(qf.ID_SHEET)
    labels = [translate("Coverage", COVERAGE_LABELS[c]) for c in Coverage]
    name_cell = _fill_instructions(instructions, spec, answers.title, labels, translate)
    _fill_answers(answers, ident, spec, labels, translate)
    _fill_identifier(ident, spec, instructions.title, name_cell)
    ident.sheet_state = "veryHidden"
    wb.active = 0
    # Structure protection: sheets cannot be renamed, moved, deleted or unhidden by accident.
    wb.security = WorkbookProtection(lockStructure=True)
    return wb


# ------------------------------------------------------------------------------- cells
def _put(ws: Any, row: int, col: int, value: object, style: StyleArray | None = None) -> Any:
    """Set a cell; text always stays text (never a formula, never an error code)."""
    cell = ws.cell(row=row, column=col)
    dangerous = False
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        if is_dangerous(text) or text in ERROR_CODES:
            cell.data_type = "s"
            dangerous = True
    else:
        cell.value = value
    if style is not None:
        cell._style = copy(style)
    if dangerous:
        cell.quotePrefix = True
    return cell


def _style(ws: Any, **attrs: object) -> StyleArray:
    """A style array built through a detached cell (public setters), to copy onto many cells."""
    scratch = Cell(ws)  # not in the sheet: only registers the styles in the workbook
    for key, value in attrs.items():
        setattr(scratch, key, value)
    return copy(scratch._style)


def _sheet_title(title: str, fallback: str) -> str:
    cleaned = " ".join(title.translate(str.maketrans({c: " " for c in "[]:*?/\\"})).split()).strip("'")
    return cleaned[:31] or fallback


# ------------------------------------------------------------------------------- sheets
def _fill_instructions(ws: Any, spec: QuestionnaireSpec, answers_title: str, labels: list[str],
                       translate: Translate) -> str:
    """The cover: who, what, how. Returns the coordinate of the candidate's name cell."""
    def tr(text: str) -> str:
        return translate(qf.CONTEXT, text)

    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 100
    top = Alignment(vertical="top", wrap_text=True)
    plain = _style(ws, alignment=top)
    bold = _style(ws, alignment=top, font=Font(bold=True))
    heading = _style(ws, font=Font(bold=True, size=12, color="1F4E79"), alignment=Alignment(vertical="top"))
    typed = _style(ws, alignment=top, fill=_ANSWER_FILL, border=_BORDER, protection=Protection(locked=False))

    _put(ws, 1, 1, tr(T_TITLE).format(project=spec.project_name),
         _style(ws, font=Font(bold=True, size=16, color="1F4E79")))
    row = 3
    blank = not spec.candidate_name
    facts: list[tuple[str, object, StyleArray]] = [
        (T_PROJECT, spec.project_name, plain),
        (T_ORGANISATION, spec.organisation, plain),
        (T_CANDIDATE_BLANK if blank else T_CANDIDATE, "" if blank else spec.candidate_name,
         typed if blank else plain),
        (T_SENT_ON, spec.created, _style(ws, alignment=Alignment(vertical="top", horizontal="left"),
                                         number_format=DATE_FORMAT)),
        (T_VERSION, spec.version, _style(ws, alignment=Alignment(vertical="top", horizontal="left"))),
        (T_DEADLINE, None, _style(ws, alignment=top, fill=_ANSWER_FILL, border=_BORDER,
                                  protection=Protection(locked=False), number_format=DATE_FORMAT)),
    ]
    name_cell = ""
    for label, value, style in facts:
        _put(ws, row, 1, tr(label), bold)
        _put(ws, row, 2, value, style)
        if label in (T_CANDIDATE, T_CANDIDATE_BLANK):
            name_cell = f"B{row}"
        row += 1
    if spec.context.strip():
        row += 1
        _put(ws, row, 1, tr(T_CONTEXT), heading)
        row += 1
        _put(ws, row, 1, "", plain)
        _put(ws, row, 2, spec.context, plain)
        ws.row_dimensions[row].height = min(409, 15 * (2 + len(spec.context) // 95 + spec.context.count("\n")))
        row += 1
    row += 1
    _put(ws, row, 1, tr(T_HOW), heading)
    row += 1
    names = {"sheet": answers_title, "ref": tr(qf.H_REF), "coverage": tr(qf.H_COVERAGE),
             "comment": tr(qf.H_COMMENT), "cost": tr(qf.H_EXTRA_COST), "lot": tr(qf.H_PLANNED_LOT)}
    for step in T_STEPS:
        _put(ws, row, 2, tr(step).format(**names), plain)
        row += 1
    row += 1
    _put(ws, row, 1, tr(T_COVERAGE_VALUES), heading)
    row += 1
    for coverage, label in zip(Coverage, labels, strict=True):
        _put(ws, row, 1, label, bold)
        _put(ws, row, 2, translate("Coverage", COVERAGE_MEANINGS[coverage]), plain)
        row += 1
    row += 1
    _put(ws, row, 1, tr(T_PRIORITIES), heading)
    row += 1
    for priority in Priority:
        style = _style(ws, alignment=top, font=Font(bold=True, color="9C0006"), fill=_MANDATORY_FILL) \
            if priority is Priority.MANDATORY else bold
        _put(ws, row, 1, translate("Priority", PRIORITY_LABELS[priority]), style)
        _put(ws, row, 2, tr(T_PRIORITY_MEANINGS[priority]), plain)
        row += 1
    ws.protection.sheet = True  # no password: against accidental edits only
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    return name_cell


def _fill_answers(ws: Any, ident: Any, spec: QuestionnaireSpec, labels: list[str],
                  translate: Translate) -> None:
    fields = list(qf.HEADERS)
    col = {f: i for i, f in enumerate(fields, start=1)}
    head_align = Alignment(vertical="center", wrap_text=True)
    white_bold = Font(bold=True, color="FFFFFF")
    header_styles = {
        f: _style(ws, font=white_bold, alignment=head_align, border=_BORDER,
                  fill=_ANSWER_HEAD_FILL if f in qf.ANSWER_FIELDS else _HEAD_FILL)
        for f in fields
    }
    for f in fields:
        _put(ws, 1, col[f], translate(qf.CONTEXT, qf.HEADERS[f]), header_styles[f])
        ws.column_dimensions[get_column_letter(col[f])].width = _WIDTHS[f]
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "B2"

    def align(f: str) -> Alignment:
        return Alignment(vertical="top", wrap_text=f in _WRAPPED)

    locked = {f: _style(ws, alignment=align(f), border=_BORDER) for f in qf.QUESTION_FIELDS}
    mandatory = {f: _style(ws, alignment=align(f), border=_BORDER, fill=_MANDATORY_FILL,
                           font=Font(bold=f in ("ref", "title", "priority"), color="9C0006"
                                     if f == "priority" else None))
                 for f in qf.QUESTION_FIELDS}
    unlocked = {f: _style(ws, alignment=align(f), border=_BORDER, fill=_ANSWER_FILL,
                          protection=Protection(locked=False),
                          **({"number_format": _COST_FORMAT} if f == "extra_cost" else {}))
                for f in qf.ANSWER_FIELDS}
    priority_labels = {p: translate("Priority", PRIORITY_LABELS[p]) for p in Priority}
    row = 1
    for q in spec.rows:
        row += 1
        styles = mandatory if q.priority is Priority.MANDATORY else locked
        values = (q.ref, q.domain, q.title, q.description, priority_labels[q.priority])
        for f, value in zip(qf.QUESTION_FIELDS, values, strict=True):
            _put(ws, row, col[f], value, styles[f])
        for f in qf.ANSWER_FIELDS:
            _put(ws, row, col[f], None, unlocked[f])
    last = max(row, 2)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(fields))}{last}"
    _add_validations(ws, ident, col, last, labels, translate)

    ws.protection.sheet = True  # no password: against accidental edits only
    ws.protection.autoFilter = False  # filtering stays allowed
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _add_validations(ws: Any, ident: Any, col: dict[str, int], last: int, labels: list[str],
                     translate: Translate) -> None:
    items = [clean_text(label) for label in labels]
    inline = ",".join(items)
    if excel_len(inline) + 2 <= _INLINE_LIST_MAX and not any("," in i or '"' in i for i in items):
        formula = f'"{inline}"'
    else:  # a translation with a comma: the list lives in the identifier sheet
        for i, item in enumerate(items, start=1):
            _put(ident, i, 6, item)
        formula = f"{quote_sheetname(qf.ID_SHEET)}!$F$1:$F${len(items)}"
    coverage = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                              showInputMessage=True)
    coverage.errorTitle = translate(qf.CONTEXT, T_LIST_ERROR_TITLE)[:32]
    coverage.error = translate(qf.CONTEXT, T_LIST_ERROR)[:255]
    coverage.promptTitle = translate(qf.CONTEXT, qf.H_COVERAGE)[:32]
    coverage.prompt = " / ".join(items)[:255]
    letter = get_column_letter(col["coverage"])
    coverage.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(coverage)

    cost = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                          showErrorMessage=True)
    cost.errorTitle = translate(qf.CONTEXT, qf.H_EXTRA_COST)[:32]
    cost.error = translate(qf.CONTEXT, T_COST_ERROR)[:255]
    letter = get_column_letter(col["extra_cost"])
    cost.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(cost)


def _fill_identifier(ws: Any, spec: QuestionnaireSpec, name_sheet: str, name_cell: str) -> None:
    """What brings the answers back onto the right candidate and rows (see questionnaire_format)."""
    meta: list[tuple[str, object]] = [
        ("format", qf.FORMAT_ID), ("format_version", qf.FORMAT_VERSION), ("project", spec.project_name),
        ("token", spec.token), ("candidate", spec.candidate_name), ("version", spec.version),
        ("created", spec.created.isoformat()), ("lang", spec.lang),
        ("name_sheet", name_sheet), ("name_cell", name_cell),
    ]
    for row, (key, value) in enumerate(meta, start=1):
        _put(ws, row, 1, key)
        _put(ws, row, 2, value)
    row = len(meta) + 2
    for col, text in enumerate((qf.ID_QUESTIONS_HEADER, "title_hash", "description_hash"), start=1):
        _put(ws, row, col, text)
    for q in spec.rows:
        row += 1
        _put(ws, row, 1, q.ref)
        _put(ws, row, 2, qf.text_hash(q.title))
        _put(ws, row, 3, qf.text_hash(q.description))
    ws.protection.sheet = True

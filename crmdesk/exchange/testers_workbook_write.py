"""Writing a testers' workbook (.xlsx): a campaign key users run without the app, then send
back (see ``testers_workbook_format`` for the layout, ``testers_workbook_read`` for reading).

openpyxl's normal mode is used, as for the vendor questionnaire (cell protection and sheet
protection need it), with styles built once and copied onto each cell. Protection prevents
accidental edits only (no password): the instruction columns are locked, the answer columns
(result, actual result, comment, tester, date) are open, with drop-down lists for the result
(OK / KO / bloqué / non passé in the workbook's language) and the tester. Text always stays
text. The file is written beside the target and moved into place.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from crmdesk.domain.acceptance import RESULT_LABELS, Result, TestStep, Translate
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange import testers_workbook_format as tf
from crmdesk.exchange.cells import DATE_FORMAT, clean_text, excel_len
from crmdesk.exchange.questionnaire_write import _put, _sheet_title, _style
from crmdesk.exchange.workbook import replace_atomically

T_TITLE = QT_TRANSLATE_NOOP("TestersWorkbook", "Test campaign: {campaign}")
T_PROJECT = QT_TRANSLATE_NOOP("TestersWorkbook", "Project")
T_CAMPAIGN = QT_TRANSLATE_NOOP("TestersWorkbook", "Campaign")
T_KIND = QT_TRANSLATE_NOOP("TestersWorkbook", "Kind")
T_LOT = QT_TRANSLATE_NOOP("TestersWorkbook", "Lot")
T_DATES = QT_TRANSLATE_NOOP("TestersWorkbook", "Dates")
T_TESTERS = QT_TRANSLATE_NOOP("TestersWorkbook", "Testers")
T_EXPORTED = QT_TRANSLATE_NOOP("TestersWorkbook", "Exported on")
T_HOW = QT_TRANSLATE_NOOP("TestersWorkbook", "How to fill in")
T_STEPS = (
    QT_TRANSLATE_NOOP("TestersWorkbook", "1. On the sheet \"{sheet}\", each test case starts with a row in bold "
                      "(its step number is empty): it holds the result of the whole case. The rows below it are "
                      "its steps."),
    QT_TRANSLATE_NOOP("TestersWorkbook", "2. Run each step as described in \"{action}\" and compare with "
                      "\"{expected}\"; choose a value in the column \"{result}\" from the list."),
    QT_TRANSLATE_NOOP("TestersWorkbook", "3. When a step fails, write what you saw in \"{actual}\": it becomes "
                      "the description of the defect."),
    QT_TRANSLATE_NOOP("TestersWorkbook", "4. On the case row, give the result of the whole case (left empty, it "
                      "is deduced from the steps), your name in \"{tester}\" and the date of the test."),
    QT_TRANSLATE_NOOP("TestersWorkbook", "5. Leave a case without any result if you did not run it. Do not change "
                      "the references or step numbers, and keep the file as an Excel workbook (.xlsx)."),
)
T_RESULTS = QT_TRANSLATE_NOOP("TestersWorkbook", "Results")
T_MEANINGS = {
    Result.PASSED: QT_TRANSLATE_NOOP("TestersWorkbook", "The step or case behaves as expected."),
    Result.FAILED: QT_TRANSLATE_NOOP("TestersWorkbook", "The result differs from what is expected: a defect."),
    Result.BLOCKED: QT_TRANSLATE_NOOP("TestersWorkbook", "The test could not be run (missing data, environment "
                                      "down, an earlier defect)."),
    Result.NOT_RUN: QT_TRANSLATE_NOOP("TestersWorkbook", "Not run this time."),
}
T_LIST_ERROR = QT_TRANSLATE_NOOP("TestersWorkbook", "Choose a value from the list.")
T_DATE_ERROR = QT_TRANSLATE_NOOP("TestersWorkbook", "Enter a date.")


@dataclass(frozen=True, slots=True)
class WorkbookCase:
    campaign_case_id: int
    ref: str
    title: str
    preconditions: str
    steps: tuple[TestStep, ...]
    need_refs: tuple[str, ...]
    tester: str  # assigned tester, pre-filled on the case row
    attempts: int  # at export: more later in the app means a conflict


@dataclass(frozen=True)
class TestersWorkbookSpec:
    __test__ = False

    project_name: str
    campaign_id: int
    campaign_name: str
    kind_label: str
    lot_name: str
    start: date | None
    end: date | None
    testers: tuple[str, ...]  # the names offered in the tester list
    cases: Sequence[WorkbookCase]
    exported_at: str  # ISO timestamp
    lang: str = ""


_HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
_ANSWER_HEAD_FILL = PatternFill("solid", fgColor="C65911")
_ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")
_CASE_FILL = PatternFill("solid", fgColor="DDEBF7")
_CASE_ANSWER_FILL = PatternFill("solid", fgColor="FFE699")
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WIDTHS = {"ref": 10, "title": 34, "preconditions": 30, "step": 7, "action": 44, "expected": 44, "result": 13,
           "actual": 38, "comment": 30, "tester": 20, "date": 12}
_WRAPPED = {"title", "preconditions", "action", "expected", "actual", "comment"}


def write_testers_workbook(path: str | os.PathLike[str], spec: TestersWorkbookSpec, translate: Translate) -> Path:
    """Write ``spec`` to ``path`` (replaced atomically); ``ExportFailed`` on any failure."""
    return replace_atomically(path, lambda tmp: build_workbook(spec, translate).save(tmp))



def result_labels(translate: Translate) -> list[str]:
    return [translate("Result", RESULT_LABELS[r]) for r in Result]


def build_workbook(spec: TestersWorkbookSpec, translate: Translate) -> Workbook:
    def tr(text: str) -> str:
        return translate(tf.CONTEXT, text)

    wb = Workbook()
    cover = wb.active
    cover.title = _sheet_title(tr(tf.INSTRUCTIONS_SHEET), "Instructions")
    results = wb.create_sheet(_sheet_title(tr(tf.RESULTS_SHEET), "Test cases"))
    if results.title.casefold() == cover.title.casefold():
        results.title = "Test cases"
    ident = wb.create_sheet(tf.ID_SHEET)
    labels = result_labels(translate)
    _fill_cover(cover, spec, results.title, labels, translate)
    _fill_results(results, ident, spec, labels, translate)
    _fill_identifier(ident, spec)
    ident.sheet_state = "veryHidden"
    wb.active = 1
    wb.security = WorkbookProtection(lockStructure=True)
    return wb


def _fill_cover(ws: Any, spec: TestersWorkbookSpec, sheet: str, labels: list[str], translate: Translate) -> None:
    def tr(text: str) -> str:
        return translate(tf.CONTEXT, text)

    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 100
    top = Alignment(vertical="top", wrap_text=True)
    plain = _style(ws, alignment=top)
    bold = _style(ws, alignment=top, font=Font(bold=True))
    heading = _style(ws, font=Font(bold=True, size=12, color="1F4E79"), alignment=Alignment(vertical="top"))
    _put(ws, 1, 1, tr(T_TITLE).replace("{campaign}", spec.campaign_name),
         _style(ws, font=Font(bold=True, size=16, color="1F4E79")))
    dates = " – ".join(d.strftime("%d/%m/%Y") for d in (spec.start, spec.end) if d)
    facts = [(T_PROJECT, spec.project_name), (T_CAMPAIGN, spec.campaign_name), (T_KIND, spec.kind_label),
             (T_LOT, spec.lot_name), (T_DATES, dates), (T_TESTERS, ", ".join(spec.testers)),
             (T_EXPORTED, spec.exported_at[:16].replace("T", " "))]
    row = 3
    for key, value in facts:
        _put(ws, row, 1, tr(key), bold)
        _put(ws, row, 2, value, plain)
        row += 1
    row += 1
    _put(ws, row, 1, tr(T_HOW), heading)
    row += 1
    names = {"sheet": sheet, **{f: tr(tf.HEADERS[f]) for f in tf.HEADERS}}
    for step in T_STEPS:
        text = tr(step)
        for key, value in names.items():
            text = text.replace("{" + key + "}", value)
        _put(ws, row, 2, text, plain)
        row += 1
    row += 1
    _put(ws, row, 1, tr(T_RESULTS), heading)
    row += 1
    for result, text in zip(Result, labels, strict=True):
        _put(ws, row, 1, text, bold)
        _put(ws, row, 2, tr(T_MEANINGS[result]), plain)
        row += 1
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False


def _fill_results(ws: Any, ident: Any, spec: TestersWorkbookSpec, labels: list[str], translate: Translate) -> None:
    def tr(text: str) -> str:
        return translate(tf.CONTEXT, text)

    fields = list(tf.HEADERS)
    col = {f: i for i, f in enumerate(fields, start=1)}
    head_align = Alignment(vertical="center", wrap_text=True)
    white = Font(bold=True, color="FFFFFF")
    for f in fields:
        fill = _ANSWER_HEAD_FILL if f in tf.ANSWER_FIELDS else _HEAD_FILL
        _put(ws, 1, col[f], tr(tf.HEADERS[f]), _style(ws, font=white, alignment=head_align, border=_BORDER, fill=fill))
        ws.column_dimensions[get_column_letter(col[f])].width = _WIDTHS[f]
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "D2"

    def align(f: str) -> Alignment:
        return Alignment(vertical="top", wrap_text=f in _WRAPPED, horizontal="center" if f == "step" else None)

    def extra(f: str) -> dict[str, object]:
        return {"number_format": DATE_FORMAT} if f == "date" else {}

    step_locked = {f: _style(ws, alignment=align(f), border=_BORDER) for f in tf.LOCKED_FIELDS}
    case_locked = {f: _style(ws, alignment=align(f), border=_BORDER, fill=_CASE_FILL, font=Font(bold=True))
                   for f in tf.LOCKED_FIELDS}
    step_open = {f: _style(ws, alignment=align(f), border=_BORDER, fill=_ANSWER_FILL,
                           protection=Protection(locked=False), **extra(f)) for f in tf.ANSWER_FIELDS}
    case_open = {f: _style(ws, alignment=align(f), border=_BORDER, fill=_CASE_ANSWER_FILL, font=Font(bold=True),
                           protection=Protection(locked=False), **extra(f)) for f in tf.ANSWER_FIELDS}
    whole = tr(tf.CASE_ROW_ACTION)
    row = 1
    for case in spec.cases:
        row += 1
        needs = tr(tf.NEEDS_LABEL).replace("{refs}", ", ".join(case.need_refs)) if case.need_refs else ""
        values = {"ref": case.ref, "title": case.title, "preconditions": case.preconditions, "step": None,
                  "action": whole, "expected": needs}
        for f in tf.LOCKED_FIELDS:
            _put(ws, row, col[f], values[f], case_locked[f])
        for f in tf.ANSWER_FIELDS:
            _put(ws, row, col[f], case.tester if f == "tester" and case.tester else None, case_open[f])
        for number, step in enumerate(case.steps, start=1):
            row += 1
            values = {"ref": case.ref, "title": None, "preconditions": None, "step": number, "action": step.action,
                      "expected": step.expected}
            for f in tf.LOCKED_FIELDS:
                _put(ws, row, col[f], values[f], step_locked[f])
            for f in tf.ANSWER_FIELDS:
                _put(ws, row, col[f], None, step_open[f])
    last = max(row, 2)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(fields))}{last}"
    _validations(ws, ident, col, last, labels, spec.testers, translate)
    ws.protection.sheet = True
    ws.protection.autoFilter = False
    ws.protection.sort = False
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _list_formula(ident: Any, column: int, items: list[str]) -> str:
    """Short lists inline; longer ones (Excel counts UTF-16 units: an emoji is two), or with
    commas or quotes, from the identifier sheet."""
    inline = ",".join(items)
    if excel_len(inline) + 2 <= 255 and not any("," in i or '"' in i for i in items):
        return f'"{inline}"'
    for i, item in enumerate(items, start=1):
        _put(ident, i, column, item)
    letter = get_column_letter(column)
    return f"{quote_sheetname(tf.ID_SHEET)}!${letter}$1:${letter}${len(items)}"


def _validations(ws: Any, ident: Any, col: dict[str, int], last: int, labels: list[str], testers: tuple[str, ...],
                 translate: Translate) -> None:
    def tr(text: str) -> str:
        return translate(tf.CONTEXT, text)

    items = [clean_text(label) for label in labels]
    result = DataValidation(type="list", formula1=_list_formula(ident, 8, items), allow_blank=True,
                            showErrorMessage=True, showInputMessage=True)
    result.errorTitle = tr(tf.HEADERS["result"])[:32]
    result.error = tr(T_LIST_ERROR)[:255]
    result.promptTitle = tr(tf.HEADERS["result"])[:32]
    result.prompt = " / ".join(items)[:255]
    letter = get_column_letter(col["result"])
    result.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(result)
    names = [clean_text(n) for n in testers if n.strip()]
    if names:
        # Not strict: someone else may run a case; the reader checks the name.
        tester = DataValidation(type="list", formula1=_list_formula(ident, 9, names), allow_blank=True,
                                showErrorMessage=False)
        letter = get_column_letter(col["tester"])
        tester.add(f"{letter}2:{letter}{last}")
        ws.add_data_validation(tester)
    when = DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True,
                          showErrorMessage=True)  # after 01/01/2000
    when.errorTitle = tr(tf.HEADERS["date"])[:32]
    when.error = tr(T_DATE_ERROR)[:255]
    letter = get_column_letter(col["date"])
    when.add(f"{letter}2:{letter}{last}")
    ws.add_data_validation(when)


def _fill_identifier(ws: Any, spec: TestersWorkbookSpec) -> None:
    meta: list[tuple[str, object]] = [
        ("format", tf.FORMAT_ID), ("format_version", tf.FORMAT_VERSION), ("project", spec.project_name),
        ("campaign_id", spec.campaign_id), ("campaign", spec.campaign_name), ("exported_at", spec.exported_at),
        ("lang", spec.lang),
    ]
    for row, (key, value) in enumerate(meta, start=1):
        _put(ws, row, 1, key)
        _put(ws, row, 2, value)
    row = len(meta) + 2
    for column, text in enumerate((tf.ID_CASES_HEADER, "campaign_case_id", "attempts", "steps"), start=1):
        _put(ws, row, column, text)
    for case in spec.cases:
        row += 1
        for column, value in enumerate((case.ref, case.campaign_case_id, case.attempts, len(case.steps)), start=1):
            _put(ws, row, column, value)
    ws.protection.sheet = True

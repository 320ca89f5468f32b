"""Reading a questionnaire a vendor sent back, defensively: the import boundary.

The safety checks are those of ``tabular`` (size, zip pre-scan, defusedxml, read-only mode
with ``reset_dimensions``, workbook always closed); every failure becomes ``ImportRejected``
with one sentence naming the file. The file's content decides how it is read, not its name:
an .xlsx renamed .xls or .csv is read as a workbook (with a note), an old binary .xls or a
password-protected workbook is refused, a real CSV is read as a table (without the identifier
it had, so the candidate must then be chosen).

Then: the very hidden identifier sheet (if any), the answers sheet found by title (any of our
languages) or by its header row, and the rows parsed by ``questionnaire_parse``. Formulas are
read through their cached values; an answer cell holding a formula Excel never computed is
reported as invalid (its value is unknown).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from crmdesk.domain.errors import ImportRejected
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange import questionnaire_format as qf
from crmdesk.exchange.cells import excel_unescape
from crmdesk.exchange.questionnaire_parse import (
    HEADER_SEARCH_ROWS,
    FileAnswer,
    Issue,
    RawRow,
    find_header,
    parse_rows,
)
from crmdesk.exchange.tabular import (
    CSV_SUFFIXES,
    XLSX_SUFFIXES,
    _check_file,
    read_table,
)
from crmdesk.exchange.tabular_rows import (
    EXCEL_MAX_ROW,
    MAX_CELLS,
    MAX_COLUMNS,
    _width,
    empty_filler,
    import_boundary,
    too_many_cells,
)
from crmdesk.exchange.tabular_xlsx import XML_DEFUSED, _has_formulas, _prescan, check_sheet_size, open_workbook
from crmdesk.i18n import Translate, translator

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_Header = TypeVar("_Header")


@dataclass(frozen=True)
class Identifier:
    """What the hidden sheet says of the questionnaire."""

    project: str
    token: str
    candidate: str  # "" for a blank questionnaire
    version: int | None
    created: str
    lang: str
    questions: dict[str, tuple[str, str]]  # ref -> (title hash, description hash) when sent
    name_cell: str = ""  # "Sheet!B5": where a blank questionnaire asks the vendor's name
    vendor_name: str = ""  # what the vendor typed there


@dataclass
class ParsedAnswers:
    name: str
    kind: str  # "xlsx" or "csv"
    sheet: str
    header_row: int
    columns: dict[str, str]  # field -> header as written in the file
    absent: frozenset[str]  # answer columns missing from the file
    answers: list[FileAnswer]
    identifier: Identifier | None
    invalid: list[Issue] = field(default_factory=list)  # blocking
    ignored: list[Issue] = field(default_factory=list)  # rows that cannot be matched
    notes: list[Issue] = field(default_factory=list)
    rows_read: int = 0


def read_answers(path: Path | str, *, translate: Translate | None = None, max_bytes: int = 50_000_000,
                 max_rows: int = 200_000, max_cell_chars: int = 32_767) -> ParsedAnswers:
    """Read and validate the answers of ``path``. Raises ``ImportRejected`` (one sentence) for a
    file that cannot be read as a whole; row problems are in the result."""
    path = Path(path)
    name = path.name
    with import_boundary(name):
        return _read(path, translate, max_bytes, max_rows, max_cell_chars)


def _read(path: Path, translate: Translate | None, max_bytes: int, max_rows: int,
          max_cell_chars: int) -> ParsedAnswers:
    name = path.name
    _check_file(path, max_bytes)
    with path.open("rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if head.startswith(_OLE2_MAGIC):
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is an old Excel 97-2003 file (.xls) or a password-protected workbook: open "
            "it in Excel and save it as an .xlsx workbook without a password."), name=name)
    if head.startswith(_ZIP_MAGIC):
        parsed = _read_xlsx(path, translate, max_rows, max_cell_chars)
        if suffix not in XLSX_SUFFIXES:
            parsed.notes.insert(0, Issue(QT_TRANSLATE_NOOP(
                "QuestionnaireReport", "The file is an Excel workbook despite its name; it was read as one.")))
        return parsed
    if suffix in XLSX_SUFFIXES or suffix in (".xls", ".xlsb"):
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not an Excel file (.xlsx); it may be damaged or have the wrong "
            "extension."), name=name)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, translate, max_bytes, max_rows, max_cell_chars)
    raise ImportRejected(QT_TRANSLATE_NOOP(
        "Errors", "{name} has an unsupported type: choose an Excel workbook (.xlsx) or a CSV file."),
        name=name)


def _no_answers(name: str) -> ImportRejected:
    return ImportRejected(QT_TRANSLATE_NOOP(
        "Errors", "{name} holds no questionnaire answers: no sheet has the columns Ref and Coverage."),
        name=name)


def _read_csv(path: Path, translate: Translate | None, max_bytes: int, max_rows: int,
              max_cell_chars: int) -> ParsedAnswers:
    table = read_table(path, max_bytes=max_bytes, max_rows=max_rows, max_cell_chars=max_cell_chars,
                       translate=translate)
    rows: list[RawRow] = [(table.header_row, table.headers), *table.rows]
    found = find_header(rows, translate)
    if found is None:
        raise _no_answers(path.name)
    header_row, mapping = found
    parsed = parse_rows(rows, header_row, mapping, translate)
    notes = [Issue(QT_TRANSLATE_NOOP(
        "QuestionnaireReport", "The file is a CSV file: it no longer says which questionnaire it answers."))]
    notes += [Issue("{text}", {"text": w}) for w in table.warnings]
    return _result(path.name, "csv", "", parsed, None, notes)


def _result(name: str, kind: str, sheet: str, parsed: Any, identifier: Identifier | None,
            notes: list[Issue]) -> ParsedAnswers:
    return ParsedAnswers(
        name=name, kind=kind, sheet=sheet, header_row=parsed.header_row, columns=parsed.columns,
        absent=parsed.absent, answers=parsed.answers, identifier=identifier, invalid=parsed.invalid,
        ignored=parsed.ignored, notes=notes + parsed.notes, rows_read=len(parsed.data_rows))


# ------------------------------------------------------------------------------------ xlsx
def _read_xlsx(path: Path, translate: Translate | None, max_rows: int, max_cell_chars: int) -> ParsedAnswers:
    name = path.name
    if not XML_DEFUSED:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be read safely: the protection of Excel files against malicious "
            "XML (defusedxml) is disabled on this computer (OPENPYXL_DEFUSEDXML)."), name=name)
    with path.open("rb") as fh:
        _prescan(fh, name)
        fh.seek(0)
        wb = open_workbook(fh)
        try:
            identifier = _read_identifier(wb, name, fh, max_rows)
            found = None
            for ws in _sheets_to_try(wb, translate):
                ws.reset_dimensions()
                read = sheet_with_header(ws, name, max_rows, max_cell_chars,
                                         lambda head: find_header(head, translate), source=fh)
                if read is not None:
                    found = (ws, read[0], read[1])
                    break
            if found is None:
                raise _no_answers(name)
            ws, rows, (header_row, mapping) = found
            sheet, sheet_path = ws.title, getattr(ws, "_worksheet_path", None)
            if identifier is not None and identifier.candidate == "":
                identifier = _with_vendor_name(wb, identifier, name, fh, max_rows)
        finally:
            wb.close()
        parsed = parse_rows(rows, header_row, mapping, translate)
        fh.seek(0)
        with zipfile.ZipFile(fh) as archive:
            has_formulas = _has_formulas(archive, sheet_path)
        notes: list[Issue] = []
        if has_formulas:
            fh.seek(0)
            _check_formulas(fh, sheet, rows, parsed, notes)
    return _result(name, "xlsx", sheet, parsed, identifier, notes)


def _sheets_to_try(wb: Any, translate: Translate | None) -> list[Any]:
    """The answers sheet by its title first, then every other sheet (found by its header row)."""
    french = translator("fr")
    titles = {qf.normalise(t) for t in (*qf.ANSWERS_SHEET_ALIASES, french(qf.CONTEXT, qf.ANSWERS_SHEET),
                                         translate(qf.CONTEXT, qf.ANSWERS_SHEET) if translate else "")}
    sheets = [ws for ws in wb.worksheets if ws.title != qf.ID_SHEET]
    by_title = [ws for ws in sheets if qf.normalise(ws.title) in titles]
    return by_title + [ws for ws in sheets if ws not in by_title]


def sheet_with_header(ws: Any, name: str, max_rows: int, max_cell_chars: int,
                      find: Callable[[list[RawRow]], _Header | None], search_rows: int = HEADER_SEARCH_ROWS,
                      *, source: BinaryIO | None = None) -> tuple[list[RawRow], _Header] | None:
    """The rows of ``ws`` and the header ``find`` sees among its first ``search_rows`` non-empty
    rows; None when it sees none, without reading the rest of the sheet (a large sheet that is
    not the one sought costs nothing). ``source``, the open workbook file: a sheet with too
    many rows or cells is refused before its rows are parsed (``check_sheet_size``)."""
    rows = _iter_raw_rows(ws, name, max_rows, max_cell_chars)
    try:
        head = list(islice(rows, search_rows))
        header = find(head)
        if header is None:
            return None
        if source is not None:
            check_sheet_size(source, getattr(ws, "_worksheet_path", None), name, max_rows)
        head.extend(rows)
        return head, header
    finally:
        rows.close()


def _iter_raw_rows(ws: Any, name: str, max_rows: int, max_cell_chars: int) -> Iterator[RawRow]:
    """Non-empty rows with their numbers and raw values (numbers stay numbers)."""
    count = filled = 0
    hint = 0  # the widest row so far: most rows are as wide, which makes ``_width`` cheap
    filler: object = None  # the row openpyxl repeats for missing rows, see ``empty_filler``
    for number, raw in enumerate(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), start=1):
        if number > EXCEL_MAX_ROW:
            raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} has more rows than Excel allows."), name=name)
        if raw is filler:
            continue
        width = _width(raw, hint)
        if width == 0:
            filler = empty_filler(raw, filler)
            continue
        hint = max(hint, width)
        cells = list(raw[:width])
        for col, value in enumerate(cells, start=1):
            if isinstance(value, str):
                if "_x005" in value:  # a literal _xHHHH_ as Excel and XlsxWriter write it
                    cells[col - 1] = value = excel_unescape(value)
                if len(value) > max_cell_chars:
                    raise ImportRejected(QT_TRANSLATE_NOOP(
                        "Errors", "Row {row}, column {col} of {name} holds more than {limit} characters."),
                        row=number, col=col, name=name, limit=f"{max_cell_chars:,}")
                if not value.strip():
                    cells[col - 1] = None
        empty = cells.count(None)
        if empty == len(cells):
            continue
        filled += len(cells) - empty
        if filled > MAX_CELLS:
            raise too_many_cells(name, MAX_CELLS)
        count += 1
        if count > max_rows + 1:  # the header row and ``max_rows`` data rows
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} has more than {limit} rows; split it into smaller files."),
                name=name, limit=f"{max_rows:,}")
        yield number, cells


def _read_identifier(wb: Any, name: str, fh: BinaryIO, max_rows: int) -> Identifier | None:
    if qf.ID_SHEET not in wb.sheetnames:
        return None
    ws = wb[qf.ID_SHEET]
    ws.reset_dimensions()
    # One row a question: no more than the answers sheet may have (read whole, unlike those).
    check_sheet_size(fh, getattr(ws, "_worksheet_path", None), name, max_rows)
    meta: dict[str, str] = {}
    questions: dict[str, tuple[str, str]] = {}
    in_questions = False
    for raw in ws.iter_rows(max_col=3, values_only=True):
        cells = ["" if v is None else str(v).strip() for v in raw] + ["", "", ""]
        key = cells[0]
        if not in_questions:
            if key == qf.ID_QUESTIONS_HEADER:
                in_questions = True
            elif key:
                meta[key] = cells[1]
        elif key:
            questions[key] = (cells[1], cells[2])
        if len(questions) > 1_000_000:
            break
    if meta.get("format") != qf.FORMAT_ID or not meta.get("token"):
        return None
    try:
        format_version = float(meta.get("format_version") or 0)  # 1e400 is newer, NaN is not
    except ValueError:
        format_version = 0
    if format_version > qf.FORMAT_VERSION:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} was made by a newer version of crmdesk; update crmdesk to read it."), name=name)
    try:
        version: int | None = int(float(meta.get("version") or ""))
    except (ValueError, OverflowError):  # not a number, NaN, infinite
        version = None
    return Identifier(project=meta.get("project", ""), token=meta["token"], candidate=meta.get("candidate", ""),
                      version=version, created=meta.get("created", ""), lang=meta.get("lang", ""),
                      questions=questions, name_cell=meta.get("name_sheet", "") + "!" + meta.get("name_cell", ""))


def _with_vendor_name(wb: Any, identifier: Identifier, name: str, fh: BinaryIO, max_rows: int) -> Identifier:
    """On a blank questionnaire, the company name the vendor typed on the cover (openpyxl
    parses the sheet down to that cell: a sheet too large is refused first)."""
    from openpyxl.utils.cell import coordinate_to_tuple

    sheet, _, coord = identifier.name_cell.rpartition("!")
    typed = ""
    try:
        row, col = coordinate_to_tuple(coord)
        if sheet in wb.sheetnames:
            check_sheet_size(fh, getattr(wb[sheet], "_worksheet_path", None), name, max_rows)
            for values in wb[sheet].iter_rows(min_row=row, max_row=row, min_col=col, max_col=col,
                                               values_only=True):
                typed = " ".join(str(values[0] or "").split())[:200]
    except (ValueError, TypeError):
        typed = ""
    return replace(identifier, vendor_name=typed)


def _check_formulas(fh: BinaryIO, sheet: str, rows: Sequence[RawRow], parsed: Any, notes: list[Issue]) -> None:
    """Formulas Excel never computed read as empty: in an answer or reference cell that makes
    the answer unknown (blocking); elsewhere it is only noted."""
    values = {number: cells for number, cells in rows}
    key_columns = {i: f for f, i in parsed.column_index.items() if f in (*qf.ANSWER_FIELDS, "ref")}
    elsewhere: list[str] = []
    wb = open_workbook(fh, data_only=False)
    try:
        ws = wb[sheet]
        ws.reset_dimensions()
        for row in ws.iter_rows(max_col=MAX_COLUMNS):
            for cell in row:
                if getattr(cell, "data_type", None) != "f":
                    continue
                cached = values.get(cell.row)
                col = cell.column - 1
                if cached is not None and col < len(cached) and cached[col] not in (None, ""):
                    continue
                if cell.row in parsed.data_rows and col in key_columns:
                    parsed.invalid.append(Issue(QT_TRANSLATE_NOOP(
                        "QuestionnaireReport", "Row {row}, column \"{column}\": a formula without a computed value (open and "
                        "save the file in Excel first)."),
                        {"row": cell.row, "column": parsed.columns[key_columns[col]]}, cell.row))
                    parsed.answers[:] = [a for a in parsed.answers if a.row != cell.row]
                else:
                    elsewhere.append(cell.coordinate)
    finally:
        wb.close()
    if elsewhere:
        notes.append(Issue(QT_TRANSLATE_NOOP(
            "QuestionnaireReport", "{count} formula cells outside the answers have no computed value ({cells})."),
            {"count": len(elsewhere), "cells": ", ".join(elsewhere[:5]) + ("…" if len(elsewhere) > 5 else "")}))

"""Reading a testers' workbook sent back, defensively: the import boundary.

The file checks are those of the other imports (``tabular``: size, zip pre-scan, defusedxml,
read-only mode with ``reset_dimensions``, the sheet found by its header and its rows read by
``questionnaire_read.sheet_with_header`` with their limits); every failure becomes
``ImportRejected`` with one sentence naming the file. The content decides, not the name: a
workbook renamed .xls is read (with a note); an old binary .xls, a password-protected workbook
or a CSV (which lost the identifiers) are refused.

Each row becomes a ``FileRow``; problems are ``Note``s with their row number: invalid values
(blocking), rows that cannot be matched (ignored), and notes. Nothing here knows the project:
matching to the campaign's cases, conflicts and testers are decided by the service.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from crmdesk.domain.acceptance import RESULT_LABELS, TEST_CASE_REF_PREFIX, Result
from crmdesk.domain.errors import ImportRejected
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.domain.needs import TEXT_MAX, format_ref, parse_ref
from crmdesk.exchange import testers_workbook_format as tf
from crmdesk.exchange.questionnaire_read import _OLE2_MAGIC, _ZIP_MAGIC, sheet_with_header
from crmdesk.exchange.tabular import XLSX_SUFFIXES, _check_file
from crmdesk.exchange.tabular_rows import cell_text, free_text, import_boundary
from crmdesk.exchange.tabular_xlsx import XML_DEFUSED, _prescan, check_sheet_size, open_workbook
from crmdesk.i18n import SUPPORTED_LANGUAGES, Translate, translator

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class WorkbookIdentifier:
    project: str
    campaign_id: int | None
    campaign: str
    exported_at: str
    lang: str
    cases: dict[str, tuple[int | None, int]]  # ref -> (campaign case id, attempts at export)


@dataclass(frozen=True, slots=True)
class FileRow:
    row: int
    ref: str  # canonical CT-012 when it reads as one, else as written
    step: int | None  # None: the case row
    result: Result | None
    actual: str
    comment: str
    tester: str
    day: date | None

    @property
    def answered(self) -> bool:
        return self.result is not None or bool(self.actual or self.comment)


@dataclass
class ParsedResults:
    name: str
    sheet: str
    identifier: WorkbookIdentifier | None
    rows: list[FileRow] = field(default_factory=list)
    invalid: list[tf.Note] = field(default_factory=list)
    ignored: list[tf.Note] = field(default_factory=list)
    notes: list[tf.Note] = field(default_factory=list)
    rows_read: int = 0


def read_results(path: Path | str, *, translate: Translate | None = None, today: date | None = None,
                 max_bytes: int = 50_000_000, max_rows: int = 200_000) -> ParsedResults:
    """Read and validate ``path``. Raises ``ImportRejected`` (one sentence) for a file that
    cannot be read as a whole; row problems are in the result."""
    path = Path(path)
    name = path.name
    with import_boundary(name):
        return _read(path, translate, today or date.today(), max_bytes, max_rows)


def _read(path: Path, translate: Translate | None, today: date, max_bytes: int, max_rows: int) -> ParsedResults:
    name = path.name
    _check_file(path, max_bytes)
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(_OLE2_MAGIC):
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is an old Excel 97-2003 file (.xls) or a password-protected workbook: open "
            "it in Excel and save it as an .xlsx workbook without a password."), name=name)
    if not head.startswith(_ZIP_MAGIC):
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not a testers' workbook: only the Excel workbook (.xlsx) exported for the "
            "campaign can be read back."), name=name)
    if not XML_DEFUSED:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be read safely: the protection of Excel files against malicious "
            "XML (defusedxml) is disabled on this computer (OPENPYXL_DEFUSEDXML)."), name=name)
    notes: list[tf.Note] = []
    if path.suffix.lower() not in XLSX_SUFFIXES:
        notes.append(tf.Note(QT_TRANSLATE_NOOP(
            "TestersReport", "The file is an Excel workbook despite its name; it was read as one.")))
    with path.open("rb") as fh:
        _prescan(fh, name, csv_advice=False)
        fh.seek(0)
        wb = open_workbook(fh)
        try:
            identifier = _read_identifier(wb, name, fh, max_rows)
            found = None
            for ws in _sheets_to_try(wb, translate):
                ws.reset_dimensions()
                read = sheet_with_header(ws, name, max_rows, TEXT_MAX, lambda head: _find_header(head, translate),
                                         HEADER_SEARCH_ROWS, source=fh)
                if read is not None:
                    found = (ws.title, read[0], read[1])
                    break
        finally:
            wb.close()
    if found is None:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} holds no test results: no sheet has the columns Ref, Step and Result."), name=name)
    sheet, rows, (header_row, columns) = found
    parsed = ParsedResults(name, sheet, identifier, notes=notes)
    _parse_rows(parsed, rows, header_row, columns, translate, today)
    return parsed


def _sheets_to_try(wb: Any, translate: Translate | None) -> list[Any]:
    titles = {tf.normalise(t) for t in tf.RESULTS_SHEET_ALIASES}
    for lang in SUPPORTED_LANGUAGES:
        titles.add(tf.normalise(translator(lang)(tf.CONTEXT, tf.RESULTS_SHEET)))
    if translate:
        titles.add(tf.normalise(translate(tf.CONTEXT, tf.RESULTS_SHEET)))
    sheets = [ws for ws in wb.worksheets if ws.title != tf.ID_SHEET]
    first = [ws for ws in sheets if tf.normalise(ws.title) in titles]
    return first + [ws for ws in sheets if ws not in first]


def _known_headers(translate: Translate | None) -> dict[str, str]:
    """header key -> field, from our headers in every language and the aliases."""
    out: dict[str, str] = {}
    translators = [translator(lang) for lang in SUPPORTED_LANGUAGES] + ([translate] if translate else [])
    for f, aliases in tf.HEADER_ALIASES.items():
        for alias in aliases:
            out.setdefault(tf.header_key(alias), f)
    for f, header in tf.HEADERS.items():
        for tx in translators:
            out[tf.header_key(tx(tf.CONTEXT, header))] = f
    return out


def _find_header(rows: list[tuple[int, Any]], translate: Translate | None) -> tuple[int, dict[str, int]] | None:
    known = _known_headers(translate)
    for number, cells in rows[:HEADER_SEARCH_ROWS]:
        columns: dict[str, int] = {}
        for index, value in enumerate(cells):
            if not isinstance(value, str):
                continue
            f = known.get(tf.header_key(value))
            if f is not None and f not in columns:
                columns[f] = index
        if all(f in columns for f in tf.REQUIRED_FIELDS):
            return number, columns
    return None


def _read_identifier(wb: Any, name: str, fh: BinaryIO, max_rows: int) -> WorkbookIdentifier | None:
    if tf.ID_SHEET not in wb.sheetnames:
        return None
    ws = wb[tf.ID_SHEET]
    ws.reset_dimensions()
    # One row a case: no more than the results sheet may have (read whole, unlike those).
    check_sheet_size(fh, getattr(ws, "_worksheet_path", None), name, max_rows)
    meta: dict[str, str] = {}
    cases: dict[str, tuple[int | None, int]] = {}
    in_cases = False
    for raw in ws.iter_rows(max_col=4, values_only=True):
        cells = ["" if v is None else cell_text(v) for v in raw] + ["", "", "", ""]
        key = cells[0]
        if not in_cases:
            if key == tf.ID_CASES_HEADER:
                in_cases = True
            elif key:
                meta[key] = cells[1]
        elif key:
            cases[key] = (_int(cells[1]), _int(cells[2]) or 0)
        if len(cases) > 1_000_000:
            break
    if meta.get("format") != tf.FORMAT_ID:
        return None
    if (_number(meta.get("format_version", "")) or 0) > tf.FORMAT_VERSION:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} was made by a newer version of crmdesk; update crmdesk to read it."), name=name)
    return WorkbookIdentifier(meta.get("project", ""), _int(meta.get("campaign_id", "")), meta.get("campaign", ""),
                              meta.get("exported_at", ""), meta.get("lang", ""), cases)


_SQLITE_INTEGER = 2**63  # SQLite's integers are signed 64-bit


def _number(text: str) -> float | None:
    """A number the file gives ("2", "2.0", "1e30"); None when it is not one (NaN neither)."""
    try:
        number = float(text)
    except (TypeError, ValueError):
        return None
    return None if number != number else number


def _int(text: str) -> int | None:
    """An id or a count the file gives; None when it is not an integer a project can hold: a
    campaign id of 1e30 would otherwise reach SQLite and fail there (OverflowError)."""
    number = _number(text)
    if number is None or not -_SQLITE_INTEGER <= number < _SQLITE_INTEGER:
        return None
    return int(number)


def _result_words(translate: Translate | None) -> dict[str, Result]:
    words = dict(tf.RESULT_SYNONYMS)
    translators = [translator(lang) for lang in SUPPORTED_LANGUAGES] + ([translate] if translate else [])
    for result, text in RESULT_LABELS.items():
        for tx in translators:
            words[tf.result_key(tx("Result", text))] = result
        words[tf.result_key(str(result))] = result
    return words


def _parse_rows(parsed: ParsedResults, rows: list[tuple[int, Any]], header_row: int, columns: dict[str, int],
                translate: Translate | None, today: date) -> None:
    words = _result_words(translate)
    seen: dict[tuple[str, int | None], int] = {}

    def value(cells: Any, f: str) -> object:
        index = columns.get(f)
        return cells[index] if index is not None and index < len(cells) else None

    def text(cells: Any, f: str) -> str:
        raw = value(cells, f)
        return "" if raw is None else cell_text(raw).strip()

    for number, cells in rows:
        if number <= header_row:
            continue
        parsed.rows_read += 1
        ref_text = text(cells, "ref")
        # the actual result and the comment as typed (outer spaces and line breaks kept)
        answers = [text(cells, "result"), free_text(value(cells, "actual")), free_text(value(cells, "comment"))]
        if not ref_text:
            if any(answers):
                parsed.invalid.append(tf.Note(QT_TRANSLATE_NOOP(
                    "TestersReport", "Row {row}: a result without a case reference."), {"row": number}, number))
            continue
        found = parse_ref(ref_text, TEST_CASE_REF_PREFIX)
        ref = format_ref(TEST_CASE_REF_PREFIX, found) if found is not None else ref_text
        problems = len(parsed.invalid)
        step = _step(value(cells, "step"))
        if step == -1:
            parsed.invalid.append(tf.Note(QT_TRANSLATE_NOOP(
                "TestersReport", "Row {row}: \"{value}\" is not a step number."),
                {"row": number, "value": text(cells, "step")}, number))
            continue
        result = None
        if answers[0]:
            result = words.get(tf.result_key(answers[0]))
            if result is None:
                parsed.invalid.append(tf.Note(QT_TRANSLATE_NOOP(
                    "TestersReport", "Row {row}: \"{value}\" is not a result; choose one from the list."),
                    {"row": number, "value": answers[0]}, number))
        day = _day(value(cells, "date"))
        if day == date.min:
            parsed.invalid.append(tf.Note(QT_TRANSLATE_NOOP(
                "TestersReport", "Row {row}: \"{value}\" is not a date."), {"row": number, "value": text(cells, "date")},
                number))
        elif day is not None and day > today + timedelta(days=1):
            parsed.invalid.append(tf.Note(QT_TRANSLATE_NOOP(
                "TestersReport", "Row {row}: the date {value} is in the future."),
                {"row": number, "value": day.strftime("%d/%m/%Y")}, number))
        key = (ref, step)
        if key in seen:
            parsed.invalid.append(tf.Note(QT_TRANSLATE_NOOP(
                "TestersReport", "Row {row}: {ref} step {step} is also on row {other}."),
                {"row": number, "ref": ref, "step": step if step is not None else "–", "other": seen[key]}, number))
            continue
        seen[key] = number
        if len(parsed.invalid) > problems:
            continue
        parsed.rows.append(FileRow(number, ref, step, result, answers[1], answers[2], " ".join(text(cells, "tester").split()),
                                   day if day not in (None, date.min) else None))


def _step(raw: object) -> int | None:
    """None for an empty cell (the case row), the number, or -1 when it is not one."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        number = float(str(raw).strip().replace(",", "."))
    except ValueError:
        return -1
    return int(number) if number.is_integer() and 1 <= number <= 10_000 else -1


def _day(raw: object) -> date | None:
    """A date cell, or text as dd/mm/yyyy or ISO; ``date.min`` when it is not a date."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw).strip()
    for pattern in ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.strptime(text[:10], pattern).date()
        except ValueError:
            continue
    return date.min

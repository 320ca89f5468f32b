"""Reading a user's spreadsheet (.xlsx) or CSV file, defensively.

Every failure becomes ``ImportRejected`` with one sentence naming the file (the original
exception is chained for the log). Time and memory stay bounded on hostile input: file size
limit, a zip pre-scan (member count, declared uncompressed size, compression ratio) before
openpyxl touches the archive, XML parsed through defusedxml, row, column and cell-size
limits. Python's zipfile never inflates a member past its declared size (it fails the CRC
check instead), so the pre-scan's figures bound what openpyxl can decompress.

Cell values come back as stripped strings: dates as ``YYYY-MM-DD`` (``YYYY-MM-DD HH:MM`` when
they carry a time), integral numbers without ``.0``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, BinaryIO

import openpyxl
import openpyxl.xml
from openpyxl import load_workbook

from crmdesk.domain.errors import ImportRejected
from crmdesk.exchange.cells import csv_untext
from crmdesk.i18n import Translate

# openpyxl only refuses XML entity bombs when it parses through defusedxml; the environment
# variable OPENPYXL_DEFUSEDXML=False silently turns that off. Checked once, at import.
XML_DEFUSED: bool = (getattr(openpyxl.xml, "DEFUSEDXML", False) is True
                     and getattr(openpyxl, "DEFUSEDXML", False) is True)

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
CSV_SUFFIXES = (".csv", ".txt")
MAX_ZIP_MEMBERS = 5_000
MAX_UNCOMPRESSED = 200_000_000
MAX_RATIO = 100  # uncompressed / compressed, for members above _RATIO_FLOOR bytes
_RATIO_FLOOR = 1_000_000
MAX_COLUMNS = 1_000
EXCEL_MAX_ROW = 1_048_576

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected workbooks
_FORMULA_TAG_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_SEP_LINE_RE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)
_NEEDS_SHEET_RE = re.compile(r"besoin|need", re.IGNORECASE)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass
class Table:
    """What a file holds: its header row and its non-empty rows as text."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as the user sees it, cell texts)
    kind: str  # "xlsx" or "csv"
    encoding: str = ""
    delimiter: str = ""
    warnings: list[str] = field(default_factory=list)
    source_name: str = ""
    sheet: str = ""
    header_row: int = 1


class _Limits:
    def __init__(self, name: str, max_rows: int, max_cell_chars: int) -> None:
        self.name = name
        self.max_rows = max_rows
        self.max_cell_chars = max_cell_chars


def read_table(
    path: Path,
    *,
    max_bytes: int = 50_000_000,
    max_rows: int = 200_000,
    max_cell_chars: int = 32_767,
    translate: Translate | None = None,
) -> Table:
    """Read the first sheet (or the needs sheet) of an .xlsx file, or a CSV file.

    ``translate(context, text)`` localises the warnings (context "Import"); the rejection
    messages are ``ImportRejected`` templates the UI translates itself.
    """
    path = Path(path)
    name = path.name
    tr = translate or (lambda _context, text: text)
    try:
        _check_file(path, max_bytes)
        with path.open("rb") as fh:
            head = fh.read(8)
        suffix = path.suffix.lower()
        limits = _Limits(name, max_rows, max_cell_chars)
        if suffix == ".xls" or head.startswith(_OLE2_MAGIC):
            raise ImportRejected(
                "{name} is an old Excel 97-2003 file (.xls) or a password-protected workbook: "
                "open it in Excel and save it as an .xlsx workbook without a password.",
                name=name)
        if suffix == ".xlsb":
            raise ImportRejected("{name} is an Excel binary workbook (.xlsb): open it in Excel "
                                 "and save it as an .xlsx workbook.", name=name)
        if suffix in (".ods", ".fods"):
            raise ImportRejected("{name} is an OpenDocument spreadsheet (.ods): save it as an "
                                 "Excel .xlsx workbook or as CSV.", name=name)
        if suffix in XLSX_SUFFIXES:
            if not head.startswith(_ZIP_MAGIC):
                raise ImportRejected("{name} is not an Excel file (.xlsx); it may be damaged "
                                     "or have the wrong extension.", name=name)
            return _read_xlsx(path, limits, tr)
        if suffix in CSV_SUFFIXES:
            if head.startswith(_ZIP_MAGIC):
                table = _read_xlsx(path, limits, tr)
                table.warnings.insert(0, tr("Import", QT_TRANSLATE_NOOP(
                    "Import", "The file is an Excel workbook despite its name; it was read "
                    "as one.")))
                return table
            return _read_csv(path, limits, tr)
        raise ImportRejected("{name} has an unsupported type: choose an Excel workbook (.xlsx) "
                             "or a CSV file.", name=name)
    except ImportRejected:
        raise
    except MemoryError as exc:
        raise ImportRejected("{name} is too large to be read with the memory available.",
                             name=name) from exc
    except zipfile.BadZipFile as exc:
        raise ImportRejected("{name} is not an Excel file (.xlsx) or it is damaged.",
                             name=name) from exc
    except UnicodeDecodeError as exc:
        raise ImportRejected("The text of {name} is not in a recognised encoding: save it as "
                             "\"CSV UTF-8\".", name=name) from exc
    except OSError as exc:
        raise ImportRejected("{name} could not be read: {reason}.", name=name,
                             reason=exc.strerror or type(exc).__name__) from exc
    except Exception as exc:  # noqa: BLE001 - the import boundary: nothing else may escape
        raise ImportRejected("{name} could not be read: it is damaged or not a valid Excel "
                             "workbook.", name=name) from exc


def _check_file(path: Path, max_bytes: int) -> None:
    name = path.name
    if not path.exists():
        raise ImportRejected("The file {name} does not exist.", name=name)
    if path.is_dir():
        raise ImportRejected("{name} is a folder, not a file.", name=name)
    size = path.stat().st_size
    if size == 0:
        raise ImportRejected("The file {name} is empty.", name=name)
    if size > max_bytes:
        raise ImportRejected("{name} is too large to import ({size} MB; the limit is {limit} MB).",
                             name=name, size=f"{size / 1e6:.0f}", limit=f"{max_bytes / 1e6:.0f}")


# ------------------------------------------------------------------------------------ xlsx
def _prescan(fh: BinaryIO, name: str) -> None:
    with zipfile.ZipFile(fh) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise ImportRejected("{name} is too large or suspicious: it holds {count} parts.",
                                 name=name, count=len(infos))
        total = 0
        for info in infos:
            total += info.file_size
            big = info.file_size > _RATIO_FLOOR
            if big and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ImportRejected("{name} is too large or suspicious: a part of it expands "
                                     "more than {ratio} times.", name=name, ratio=MAX_RATIO)
        if total > MAX_UNCOMPRESSED:
            raise ImportRejected("{name} is too large or suspicious: it expands to more than "
                                 "{limit} MB.", name=name, limit=MAX_UNCOMPRESSED // 1_000_000)
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise ImportRejected("{name} is not a valid Excel workbook (it is damaged or was "
                                 "written by an incompatible program).", name=name)


def _pick_sheet(wb: Any) -> Any:
    sheets = list(wb.worksheets)
    if not sheets:
        return None
    for ws in sheets:
        if _NEEDS_SHEET_RE.search(ws.title or ""):
            return ws
    return sheets[0]


def _read_xlsx(path: Path, limits: _Limits, tr: Translate) -> Table:
    name = limits.name
    if not XML_DEFUSED:
        raise ImportRejected("{name} cannot be read safely: the protection of Excel files "
                             "against malicious XML (defusedxml) is disabled on this computer "
                             "(OPENPYXL_DEFUSEDXML).", name=name)
    with path.open("rb") as fh:
        _prescan(fh, name)
        fh.seek(0)
        wb = load_workbook(fh, read_only=True, data_only=True)
        try:
            ws = _pick_sheet(wb)
            if ws is None:
                raise ImportRejected("{name} contains no worksheet.", name=name)
            ws.reset_dimensions()
            table = _collect(ws.iter_rows(values_only=True), limits, kind="xlsx")
            table.sheet = ws.title
            sheet_path = getattr(ws, "_worksheet_path", None)
        finally:
            wb.close()
        fh.seek(0)
        with zipfile.ZipFile(fh) as archive:
            has_formulas = _has_formulas(archive, sheet_path)
        if has_formulas:
            fh.seek(0)
            _warn_uncached_formulas(fh, table, tr)
    return table


def _has_formulas(archive: zipfile.ZipFile, sheet_path: str | None) -> bool:
    """A cheap byte scan of the sheet's XML for formula elements."""
    members = [sheet_path.lstrip("/")] if sheet_path else [
        n for n in archive.namelist() if n.startswith("xl/worksheets/")]
    for member in members:
        with archive.open(member) as src:
            tail = b""
            while chunk := src.read(1 << 20):
                if _FORMULA_TAG_RE.search(tail + chunk):
                    return True
                tail = chunk[-32:]
    return False


def _warn_uncached_formulas(fh: BinaryIO, table: Table, tr: Translate) -> None:
    """Second pass (only when the sheet has formulas): formulas Excel never computed."""
    values = {number: row for number, row in table.rows}
    values[table.header_row] = table.headers
    missing: list[str] = []
    wb = load_workbook(fh, read_only=True, data_only=False)
    try:
        ws = wb[table.sheet]
        ws.reset_dimensions()
        for row in ws.iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) != "f":
                    continue
                texts = values.get(cell.row)
                col = cell.column - 1
                if texts is None or col >= len(texts) or texts[col] == "":
                    missing.append(cell.coordinate)
    finally:
        wb.close()
    if missing:
        table.warnings.append(tr("Import", QT_TRANSLATE_NOOP(
            "Import", "{count} formula cells have no computed value and were read as empty "
            "({cells}); open and save the file in Excel first.")).format(
            count=len(missing), cells=", ".join(missing[:5]) + ("…" if len(missing) > 5 else "")))


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def _collect(rows: Any, limits: _Limits, *, kind: str, start: int = 1,
             convert: Any = _cell_text) -> Table:
    """Turn raw rows into a Table: header = first non-empty row, empty rows skipped."""
    headers: list[str] | None = None
    header_row = 0
    out: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(rows, start=start):
        if number > EXCEL_MAX_ROW:
            raise ImportRejected("{name} has more rows than Excel allows.", name=limits.name)
        last = len(raw) - 1
        while last >= 0 and (raw[last] is None or raw[last] == ""):
            last -= 1
        if last < 0:
            continue
        if last >= MAX_COLUMNS:
            raise ImportRejected("Row {row} of {name} has more than {limit} columns.",
                                 row=number, name=limits.name, limit=MAX_COLUMNS)
        texts = [convert(v) for v in raw[: last + 1]]
        for col, text in enumerate(texts, start=1):
            if len(text) > limits.max_cell_chars:
                raise ImportRejected("Row {row}, column {col} of {name} holds more than {limit} "
                                     "characters.", row=number, col=col, name=limits.name,
                                     limit=f"{limits.max_cell_chars:,}")
        if not any(texts):
            continue
        if headers is None:
            headers, header_row = texts, number
            continue
        if len(out) >= limits.max_rows:
            raise ImportRejected("{name} has more than {limit} rows; split it into smaller "
                                 "files.", name=limits.name, limit=f"{limits.max_rows:,}")
        if len(texts) < len(headers):
            texts.extend([""] * (len(headers) - len(texts)))
        out.append((number, texts))
    if headers is None:
        raise ImportRejected("{name} is empty: no header row was found.", name=limits.name)
    return Table(headers=headers, rows=out, kind=kind, source_name=limits.name,
                 header_row=header_row)


# ------------------------------------------------------------------------------------- csv
def _read_csv(path: Path, limits: _Limits, tr: Translate) -> Table:
    name = limits.name
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportRejected("{name} is saved as UTF-16 (\"Unicode text\"): save it as "
                             "\"CSV UTF-8\" instead.", name=name)
    if b"\x00" in data:
        raise ImportRejected("{name} contains NUL bytes: it is not a text CSV file.", name=name)
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
        text = data.decode(encoding)
    else:
        try:
            encoding, text = "utf-8", data.decode("utf-8")
        except UnicodeDecodeError:
            encoding, text = "cp1252", data.decode("cp1252")
            warnings.append(tr("Import", QT_TRANSLATE_NOOP(
                "Import", "The file is not in UTF-8; it was read as Windows Western European "
                "(cp1252) text.")))
    del data
    match = _SEP_LINE_RE.match(text)
    if match:  # Excel's "sep=;" hint line: Excel hides it, so rows keep their numbers
        delimiter = match.group(1)
        text = text[match.end():]
    else:
        delimiter = _detect_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(limits.max_cell_chars + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        table = _collect(_guarded(reader, name), limits, kind="csv", convert=_csv_cell)
    finally:
        csv.field_size_limit(old_limit)
    table.encoding = encoding
    table.delimiter = delimiter
    table.warnings = warnings + table.warnings
    return table


def _csv_cell(value: str) -> str:
    if "\r" in value:  # line breaks inside quoted values: CR LF / CR -> LF, as in .xlsx
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return csv_untext(value.strip())


def _guarded(reader: Any, name: str) -> Any:
    record = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            detail = str(exc)
            if "field larger" in detail:
                raise ImportRejected("Row {row} of {name} holds a value that is too long.",
                                     row=record + 1, name=name) from exc
            if "end of data" in detail:
                raise ImportRejected("{name} is not a valid CSV file: a quoted value opened "
                                     "near row {row} is never closed.", row=record + 1,
                                     name=name) from exc
            raise ImportRejected("{name} is not a valid CSV file (row {row}).", row=record + 1,
                                 name=name) from exc
        record += 1
        yield row


def _detect_delimiter(text: str) -> str:
    """';' or ',' (whichever the header line has more of, outside quotes); ';' by default."""
    counts = {";": 0, ",": 0}
    quoted = False
    for char in text[:65_536]:
        if char == '"':
            quoted = not quoted
        elif not quoted:
            if char in "\r\n":
                break
            if char in counts:
                counts[char] += 1
    return "," if counts[","] > counts[";"] else ";"

"""Reading a user's spreadsheet (.xlsx) or CSV file, defensively: the import boundary.

Every failure becomes ``ImportRejected`` with one sentence naming the file (the original
exception is chained for the log), never a traceback. Time and memory stay bounded on hostile
input: a file size limit, then the checks of ``tabular_xlsx`` (zip pre-scan, defusedxml) or
``tabular_csv`` (NUL bytes, strict parsing, cell size), and row/column/cell limits.

Only the first 1,000 columns of a sheet are read (a CSV line with a value further right is
refused). Cell values come back as stripped strings: dates as ``YYYY-MM-DD`` (with ``HH:MM``
when they carry a time), integral numbers without ``.0``.
"""

from __future__ import annotations

from pathlib import Path

from crmdesk.domain.errors import ImportRejected
from crmdesk.exchange.tabular_csv import read_csv
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.tabular_rows import Limits, Table, import_boundary
from crmdesk.exchange.tabular_xlsx import XML_DEFUSED, read_xlsx
from crmdesk.i18n import Translate

__all__ = ["CSV_SUFFIXES", "XLSX_SUFFIXES", "XML_DEFUSED", "Table", "read_table"]

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
CSV_SUFFIXES = (".csv", ".txt")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected workbooks


def read_table(path: Path, *, max_bytes: int = 50_000_000, max_rows: int = 200_000,
               max_cell_chars: int = 32_767, translate: Translate | None = None) -> Table:
    """Read the needs sheet (else the first sheet) of an .xlsx workbook, or a CSV file.

    ``translate(context, text)`` localises the warnings (context "Import"); rejections are
    ``ImportRejected`` templates (context "Errors") that the UI translates itself.
    """
    path = Path(path)
    name = path.name
    tx = translate or (lambda _context, text: text)
    with import_boundary(name, text_file=True):
        return _read(path, Limits(name, max_bytes, max_rows, max_cell_chars), tx)


def _read(path: Path, limits: Limits, tx: Translate) -> Table:
    name = limits.name
    _check_file(path, limits.max_bytes)
    with path.open("rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if suffix == ".xls" or head.startswith(_OLE2_MAGIC):
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is an old Excel 97-2003 file (.xls) or a password-protected workbook: open "
            "it in Excel and save it as an .xlsx workbook without a password."), name=name)
    if suffix == ".xlsb":
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is an Excel binary workbook (.xlsb): open it in Excel and save it as an "
            ".xlsx workbook."), name=name)
    if suffix in (".ods", ".fods"):
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is an OpenDocument spreadsheet (.ods): save it as an Excel .xlsx workbook "
            "or as CSV."), name=name)
    if suffix in XLSX_SUFFIXES:
        if not head.startswith(_ZIP_MAGIC):
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} is not an Excel file (.xlsx); it may be damaged or have the wrong "
                "extension."), name=name)
        return read_xlsx(path, limits, tx)
    if suffix in CSV_SUFFIXES:
        if head.startswith(_ZIP_MAGIC):
            table = read_xlsx(path, limits, tx)
            table.warnings.insert(0, tx("Import", QT_TRANSLATE_NOOP(
                "Import", "The file is an Excel workbook despite its name; it was read as one.")))
            return table
        return read_csv(path, limits, tx)
    raise ImportRejected(QT_TRANSLATE_NOOP(
        "Errors", "{name} has an unsupported type: choose an Excel workbook (.xlsx) or a CSV file."),
        name=name)


def _check_file(path: Path, max_bytes: int) -> None:
    name = path.name
    if not path.exists():
        raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "The file {name} does not exist."), name=name)
    if path.is_dir():
        raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not a file."), name=name)
    size = path.stat().st_size
    if size == 0:
        raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), name=name)
    if size > max_bytes:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is too large to import ({size} MB; the limit is {limit} MB)."),
            name=name, size=f"{size / 1e6:.0f}", limit=f"{max_bytes / 1e6:.0f}")

"""Reading the needs sheet (or first sheet) of an .xlsx workbook, defensively.

Before openpyxl touches the archive, a zip pre-scan checks the member count, the declared
uncompressed size and the compression ratio; Python's zipfile never inflates a member past
its declared size (it fails the CRC check instead), so these figures bound what openpyxl can
decompress. XML is parsed through defusedxml, in read-only mode, after ``reset_dimensions()``
(some programs write a wrong ``<dimension>``, which would silently drop rows).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any, BinaryIO

import openpyxl
import openpyxl.xml
from openpyxl import load_workbook

from crmdesk.domain.errors import ImportRejected
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.tabular_rows import MAX_COLUMNS, Limits, Table, collect
from crmdesk.i18n import Translate

# openpyxl only refuses XML entity bombs when it parses through defusedxml; the environment
# variable OPENPYXL_DEFUSEDXML=False silently turns that off. Checked once, at import.
XML_DEFUSED: bool = (getattr(openpyxl.xml, "DEFUSEDXML", False) is True
                     and getattr(openpyxl, "DEFUSEDXML", False) is True)

MAX_ZIP_MEMBERS = 5_000
MAX_UNCOMPRESSED = 200_000_000
MAX_RATIO = 100  # uncompressed / compressed, checked for members above _RATIO_FLOOR bytes
_RATIO_FLOOR = 1_000_000
_FORMULA_TAG_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_NEEDS_SHEET_RE = re.compile(r"besoin|need", re.IGNORECASE)


def read_xlsx(path: Path, limits: Limits, tx: Translate) -> Table:
    name = limits.name
    if not XML_DEFUSED:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be read safely: the protection of Excel files against malicious "
            "XML (defusedxml) is disabled on this computer (OPENPYXL_DEFUSEDXML)."), name=name)
    with path.open("rb") as fh:
        _prescan(fh, name)
        fh.seek(0)
        wb = load_workbook(fh, read_only=True, data_only=True)
        try:
            ws = _pick_sheet(wb)
            if ws is None:
                raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} contains no worksheet."), name=name)
            ws.reset_dimensions()
            # max_col keeps every row at most MAX_COLUMNS wide: a styled cell in column XFD
            # would otherwise make openpyxl build 16,384-wide rows.
            table = collect(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), limits, kind="xlsx")
            table.sheet = ws.title
            sheet_path = getattr(ws, "_worksheet_path", None)
        finally:
            wb.close()
        fh.seek(0)
        with zipfile.ZipFile(fh) as archive:
            has_formulas = _has_formulas(archive, sheet_path)
        if has_formulas:
            fh.seek(0)
            _warn_uncached_formulas(fh, table, tx)
    return table


def _prescan(fh: BinaryIO, name: str) -> None:
    with zipfile.ZipFile(fh) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} is too large or suspicious: it holds {count} parts."),
                name=name, count=len(infos))
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise ImportRejected(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is too large or suspicious: a part of it expands more than {ratio} "
                    "times."), name=name, ratio=MAX_RATIO)
        if total > MAX_UNCOMPRESSED:
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} is too large or suspicious: it expands to more than {limit} MB."),
                name=name, limit=MAX_UNCOMPRESSED // 1_000_000)
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a valid Excel workbook (it is damaged or was written by an "
                "incompatible program)."), name=name)


def _pick_sheet(wb: Any) -> Any:
    """The first sheet whose title says needs/besoins, else the first sheet."""
    sheets = list(wb.worksheets)
    for ws in sheets:
        if _NEEDS_SHEET_RE.search(ws.title or ""):
            return ws
    return sheets[0] if sheets else None


def _has_formulas(archive: zipfile.ZipFile, sheet_path: str | None) -> bool:
    """A cheap byte scan of the sheet's XML for formula elements."""
    if sheet_path:
        members = [sheet_path.lstrip("/")]
    else:
        members = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
    for member in members:
        with archive.open(member) as src:
            tail = b""
            while chunk := src.read(1 << 20):
                if _FORMULA_TAG_RE.search(tail + chunk):
                    return True
                tail = chunk[-32:]
    return False


def _warn_uncached_formulas(fh: BinaryIO, table: Table, tx: Translate) -> None:
    """Second pass, only when the sheet has formulas: those Excel never computed read as empty
    with ``data_only=True``; name them so the user can open and save the file in Excel."""
    values = dict(table.rows)
    values[table.header_row] = table.headers
    missing: list[str] = []
    wb = load_workbook(fh, read_only=True, data_only=False)
    try:
        ws = wb[table.sheet]
        ws.reset_dimensions()
        for row in ws.iter_rows(max_col=MAX_COLUMNS):
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
        cells = ", ".join(missing[:5]) + ("…" if len(missing) > 5 else "")
        table.warnings.append(tx("Import", QT_TRANSLATE_NOOP(
            "Import", "{count} formula cells have no computed value and were read as empty ({cells}); "
            "open and save the file in Excel first.")).format(count=len(missing), cells=cells))

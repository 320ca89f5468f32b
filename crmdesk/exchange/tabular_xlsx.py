"""Reading the needs sheet (or first sheet) of an .xlsx workbook, defensively.

Before openpyxl touches the archive, a zip pre-scan checks the member count, the declared
uncompressed size and the compression ratio; Python's zipfile never inflates a member past
its declared size (it fails the CRC check instead), so these figures bound what openpyxl can
decompress. Then the parts openpyxl reads whole into objects (everything but the worksheets,
which read-only mode streams: the shared strings, the styles, the workbook, relationships…)
are bounded by size and by number of XML elements, since each element costs far more memory
and time than its few bytes (a 9 MB styles part made 300 MB of objects, a 180 MB table of
shared strings 1.2 GB). XML is parsed through defusedxml, in read-only mode, after
``reset_dimensions()`` (some programs write a wrong ``<dimension>``, which would silently
drop rows). Before the rows of the sheet read are iterated, a byte scan counts the rows and
cells holding a value, so that a sheet over the limits is refused in a second rather than
after openpyxl has parsed 200,000 rows.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import defusedxml.ElementTree
import openpyxl
import openpyxl.xml
from openpyxl.reader.excel import ExcelReader
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from crmdesk.domain.errors import ImportRejected
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.cells import excel_unescape
from crmdesk.exchange.tabular_rows import (
    MAX_CELLS,
    MAX_COLUMNS,
    Limits,
    Table,
    cell_text,
    collect,
    free_text,
    too_many_cells,
)
from crmdesk.i18n import Translate

# openpyxl only refuses XML entity bombs when it parses through defusedxml; the environment
# variable OPENPYXL_DEFUSEDXML=False silently turns that off. Checked once, at import.
XML_DEFUSED: bool = (getattr(openpyxl.xml, "DEFUSEDXML", False) is True
                     and getattr(openpyxl, "DEFUSEDXML", False) is True)

MAX_ZIP_MEMBERS = 5_000
MAX_UNCOMPRESSED = 200_000_000
MAX_RATIO = 100  # uncompressed / compressed, checked for members above _RATIO_FLOOR bytes
_RATIO_FLOOR = 1_000_000
# Parts openpyxl reads whole (see the module docstring). Styles cost about 1 KB of memory an
# element, shared strings about 100 bytes (two elements a text).
MAX_PART_BYTES = 50_000_000
MAX_PART_ELEMENTS = 100_000
MAX_SHARED_STRING_ELEMENTS = 1_000_000
_SCAN_CHUNK = 1 << 20
_ELEMENT_RE = re.compile(rb"<[^/?!]")
_VALUE_TAG_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|v|is)[\s>/]")
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
# Read whole by openpyxl whatever [Content_Types].xml says of them.
_READ_WHOLE = ("[content_types].xml", "xl/styles.xml", "docprops/core.xml", "docprops/custom.xml")
_FORMULA_TAG_RE = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_NEEDS_SHEET_RE = re.compile(r"besoin|need", re.IGNORECASE)


class _StreamedSheet(ReadOnlyWorksheet):
    """openpyxl's read-only sheet, without reading the sheet's ``<dimension>`` when the
    workbook is opened: where that element is missing openpyxl parses the whole sheet looking
    for it (10 s for 140 MB of XML), and the readers reset the dimensions anyway."""

    def _get_size(self) -> None:
        return None


class _Reader(ExcelReader):  # type: ignore[misc]
    def read_worksheets(self) -> None:
        """openpyxl's own read-only branch, with ``_StreamedSheet``."""
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            ws = _StreamedSheet(self.wb, sheet.name, rel.target, self.shared_strings)
            ws.sheet_state = sheet.state
            self.wb._sheets.append(ws)


def open_workbook(fh: BinaryIO, *, data_only: bool = True) -> Any:
    """``openpyxl.load_workbook(fh, read_only=True, data_only=...)``, whose sheets do not read
    their ``<dimension>`` (see ``_StreamedSheet``). Call ``_prescan`` first."""
    reader = _Reader(fh, read_only=True, data_only=data_only)
    reader.read()
    return reader.wb


def _workbook_text(value: object) -> str:
    """A workbook cell as typed (``free_text``), a literal ``_xHHHH_`` unescaped as Excel does."""
    return excel_unescape(free_text(value)) if isinstance(value, str) else cell_text(value)


def read_xlsx(path: Path, limits: Limits, tx: Translate) -> Table:
    name = limits.name
    if not XML_DEFUSED:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} cannot be read safely: the protection of Excel files against malicious "
            "XML (defusedxml) is disabled on this computer (OPENPYXL_DEFUSEDXML)."), name=name)
    with path.open("rb") as fh:
        _prescan(fh, name)
        fh.seek(0)
        wb = open_workbook(fh)
        try:
            ws = _pick_sheet(wb)
            if ws is None:
                raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} contains no worksheet."), name=name)
            ws.reset_dimensions()
            check_sheet_size(fh, getattr(ws, "_worksheet_path", None), name, limits.max_rows)
            # max_col keeps every row at most MAX_COLUMNS wide: a styled cell in column XFD
            # would otherwise make openpyxl build 16,384-wide rows.
            table = collect(ws.iter_rows(max_col=MAX_COLUMNS, values_only=True), limits, kind="xlsx",
                            convert=_workbook_text)
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


def _prescan(fh: BinaryIO, name: str, *, csv_advice: bool = True) -> None:
    """``csv_advice``: whether the message for an OpenDocument spreadsheet may suggest CSV."""
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
            if _is_opendocument(archive, names):
                if csv_advice:
                    raise ImportRejected(QT_TRANSLATE_NOOP(
                        "Errors", "{name} is an OpenDocument spreadsheet (.ods): save it as an Excel .xlsx "
                        "workbook or as CSV."), name=name)
                raise ImportRejected(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is an OpenDocument spreadsheet (.ods): save it as an Excel .xlsx workbook."),
                    name=name)
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} is not a valid Excel workbook (it is damaged or was written by an "
                "incompatible program)."), name=name)
        _check_parts_read_whole(archive, infos, name)


def _check_parts_read_whole(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> None:
    """Bound the parts openpyxl reads whole in read-only mode, found the way it finds them:
    the content types, the relationships, the workbook and shared strings (by content type),
    the styles and document properties (by name), chart sheets and their drawings (by
    relationship). Worksheets are streamed; the rest (images, pivot caches, comments…) is
    never opened; the theme is kept as bytes."""
    by_name = {info.filename.lower(): info for info in infos}
    types = by_name.get("[content_types].xml")
    if types is not None:
        _check_part(archive, types, name, MAX_PART_ELEMENTS)
    overrides, defaults = _content_types(archive, types)
    chartsheets = _chartsheet_targets(archive, infos, name)
    read_whole = set(_READ_WHOLE) | chartsheets
    for lower, info in by_name.items():
        content_type = overrides.get("/" + lower) or defaults.get(posixpath.splitext(lower)[1][1:], "")
        if (lower in read_whole or content_type.endswith(".main+xml")
                or (chartsheets and lower.startswith(("xl/drawings/", "xl/charts/")))):
            _check_part(archive, info, name, MAX_PART_ELEMENTS)
        elif content_type == _SHARED_STRINGS_TYPE:
            _check_part(archive, info, name, MAX_SHARED_STRING_ELEMENTS)
        elif lower.startswith("xl/theme/"):
            _check_part(archive, info, name, None)


def _content_types(archive: zipfile.ZipFile, info: zipfile.ZipInfo | None) -> tuple[dict[str, str], dict[str, str]]:
    """(part name -> content type, extension -> content type), lower-cased; parsed with
    defusedxml (the part is already bounded)."""
    if info is None:
        return {}, {}
    root = defusedxml.ElementTree.fromstring(archive.read(info))
    overrides = {(e.get("PartName") or "").lower(): (e.get("ContentType") or "")
                 for e in root.iter(f"{_CT_NS}Override")}
    defaults = {(e.get("Extension") or "").lower(): (e.get("ContentType") or "")
                for e in root.iter(f"{_CT_NS}Default")}
    return overrides, defaults


def _chartsheet_targets(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> set[str]:
    """Parts that relationships name as chart sheets (openpyxl reads those whole)."""
    out: set[str] = set()
    for info in infos:
        if not info.filename.lower().endswith(".rels"):
            continue
        _check_part(archive, info, name, MAX_PART_ELEMENTS)
        root = defusedxml.ElementTree.fromstring(archive.read(info))
        base = posixpath.dirname(posixpath.dirname(info.filename))  # xl/_rels/x.rels -> xl
        for rel in root.iter(f"{_REL_NS}Relationship"):
            if "chartsheet" in (rel.get("Type") or "").lower():
                target = rel.get("Target") or ""
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
                out.add(posixpath.normpath(path).lower())
    return out


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, max_elements: int | None) -> None:
    """``max_elements`` None: the size only."""
    too_large = ImportRejected(QT_TRANSLATE_NOOP(
        "Errors", "{name} is too large or suspicious: its part {part} holds too much to be read safely."),
        name=name, part=info.filename)
    if info.file_size > MAX_PART_BYTES:
        raise too_large
    if max_elements is None or info.file_size <= 3 * max_elements:  # an element takes at least three bytes: <a>
        return
    count = 0
    for chunk in _xml_chunks(archive, info.filename):
        count += len(_ELEMENT_RE.findall(chunk))
        if count > max_elements:
            raise too_large


def _xml_chunks(archive: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    """The member's bytes in pieces of about 1 MB, none ending inside a tag's name: a piece
    whose last '<' is near its end stops before it, and the rest starts the next piece."""
    with archive.open(member) as src:
        tail = b""
        while chunk := src.read(_SCAN_CHUNK):
            data = tail + chunk
            cut = data.rfind(b"<")
            if cut <= 0 or len(data) - cut > 256:
                yield data
                tail = b""
            else:
                yield data[:cut]
                tail = data[cut:]
        if tail:
            yield tail


def check_sheet_size(fh: BinaryIO, sheet_path: str | None, name: str, max_rows: int,
                     max_cells: int = MAX_CELLS) -> None:
    """Refuse a sheet with more than ``max_rows`` rows below its header, or ``max_cells``
    cells, holding a value (a ``<v>`` or an inline string), counted on its bytes before
    openpyxl parses them (that takes about 30 µs a row). Only rows with values count: a sheet
    formatted down to row 1,048,576 passes. Small sheets are not scanned. ``fh`` is left
    where it was."""
    if not sheet_path:
        return
    position = fh.tell()
    try:
        with zipfile.ZipFile(fh) as archive:
            member = sheet_path.lstrip("/")
            size = archive.getinfo(member).file_size
            if size <= 10 * min(max_rows, max_cells):  # a row or cell with a value takes more bytes
                return
            rows = cells = 0
            carry = b""  # "row" when the last row seen has no value yet
            for chunk in _xml_chunks(archive, member):
                tokens = carry + b"".join(_VALUE_TAG_RE.findall(chunk))
                rows += tokens.count(b"rowv") + tokens.count(b"rowis")
                cells += tokens.count(b"v") + tokens.count(b"is")
                carry = b"row" if tokens.endswith(b"row") else b""
                if rows > max_rows + 1:  # the header row and max_rows rows
                    raise ImportRejected(QT_TRANSLATE_NOOP(
                        "Errors", "{name} has more than {limit} rows; split it into smaller files."),
                        name=name, limit=f"{max_rows:,}")
                if cells > max_cells:
                    raise too_many_cells(name, max_cells)
    except KeyError:
        return  # no such part: openpyxl says what it makes of that
    finally:
        fh.seek(position)


def _is_opendocument(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """LibreOffice's spreadsheets (also when renamed .xlsx) say what they are in ``mimetype``."""
    if "mimetype" not in names:
        return False
    with archive.open("mimetype") as member:
        return member.read(100).startswith(b"application/vnd.oasis.opendocument.spreadsheet")


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
    wb = open_workbook(fh, data_only=False)
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

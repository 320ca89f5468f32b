"""Writing workbooks: streamed (openpyxl write-only mode), styled, and atomic on disk.

Write-only mode is the measured fastest path with bounded memory: rows go to a temporary
XML file per sheet and are zipped on save. Things the format needs before the first row
(frozen header, column widths) are set first; the autofilter and the data-validation lists
are written after the rows, so they can cover the real row count.

Data validation works in write-only mode through ``ws.data_validations.append`` (the
``add_data_validation`` helper is simply not copied onto ``WriteOnlyWorksheet``). Short
choice lists are written inline (``"a,b,c"``); a list longer than Excel's 255 characters or
holding a comma or a quote goes to a hidden sheet and the validation refers to its range.

The file is written to a temporary file in the target folder, flushed to disk, then moved
over the target with ``os.replace``: a failure or a cancel leaves the previous file untouched
and no partial or temporary file behind.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from crmdesk.domain.errors import ExportFailed
from crmdesk.exchange.cells import clean_text, text_cell
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

COLUMN_KINDS = ("text", "int", "date", "datetime")
MAX_ROW = 1_048_576  # Excel's last row
PROGRESS_EVERY = 256  # rows between two progress reports / cancel checks
_INLINE_LIST_MAX = 255  # Excel refuses longer inline list formulas
_LISTS_SHEET = "Lists"
_FORBIDDEN_TITLE_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})




Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    width: float
    wrap: bool = False
    choices: list[str] | None = None  # a drop-down list (data validation) over the column
    kind: str = "text"  # text / int / date / datetime

    def __post_init__(self) -> None:
        if self.kind not in COLUMN_KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


@dataclass
class SheetSpec:
    title: str
    columns: list[ColumnSpec]
    rows: Iterable[Sequence[object]]


class _Cancelled(Exception):
    pass


def write_workbook(
    path: str | os.PathLike[str],
    sheets: Sequence[SheetSpec],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> None:
    """Write ``sheets`` to the .xlsx file ``path``, replacing it atomically.

    ``progress(done, total)`` is called every few hundred rows; ``total`` is the number of
    rows of all sheets when every ``rows`` has a length, else 0 (unknown). ``cancelled()`` is
    polled as often; when it returns True the export stops. Raises ``ExportFailed`` with one
    readable sentence on any failure or cancel; nothing is left behind.
    """
    target = Path(path)
    folder = target.parent
    _check_target(target, folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~" + target.stem[:40] + "-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _os_failure(exc, target, phase="create") from exc
    tmp = Path(tmp_name)
    wb: Workbook | None = None
    phase = "write"
    try:
        with os.fdopen(fd, "wb") as fh:
            wb = Workbook(write_only=True)
            _fill(wb, sheets, progress, cancelled)
            _check_cancel(cancelled)
            wb.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        _check_cancel(cancelled)
        phase = "replace"
        os.replace(tmp, target)
    except BaseException as exc:
        _discard(tmp, wb)
        if isinstance(exc, _Cancelled):
            raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "The export was cancelled.")) from None
        if isinstance(exc, ExportFailed) or not isinstance(exc, Exception):
            raise
        if isinstance(exc, OSError):
            raise _os_failure(exc, target, phase=phase) from exc
        if isinstance(exc, MemoryError):
            raise ExportFailed(
                QT_TRANSLATE_NOOP("Errors", "There is not enough memory to write {path}."), path=str(target)
            ) from exc
        raise ExportFailed(
            QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written ({error})."),
            path=str(target),
            error=type(exc).__name__,
        ) from exc
    _sync_folder(folder)


# ---------------------------------------------------------------------------- filling sheets
def _fill(wb: Workbook, sheets: Sequence[SheetSpec], progress: Progress | None, cancelled: Cancelled | None) -> None:
    total = 0
    for spec in sheets:
        try:
            total += len(spec.rows)  # type: ignore[arg-type]
        except TypeError:
            total = 0
            break
    lists: list[list[str]] = []  # choice lists that go to the hidden sheet
    titles: set[str] = set()
    done = 0
    for spec in sheets:
        done = _fill_sheet(wb, spec, _unique_title(spec.title, titles), lists, done, total, progress, cancelled)
    if lists:
        _write_lists_sheet(wb, lists, _unique_title(_LISTS_SHEET, titles))
    if progress is not None:
        progress(done, total or done)


def _fill_sheet(
    wb: Workbook,
    spec: SheetSpec,
    title: str,
    lists: list[list[str]],
    done: int,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    ws = wb.create_sheet(title)
    columns = spec.columns
    ws.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width

    bold = Font(bold=True)
    header_align = Alignment(vertical="top", wrap_text=True)
    header = []
    for column in columns:
        cell = text_cell(ws, column.header)
        cell.font = bold
        cell.alignment = header_align
        header.append(cell)
    ws.append(header)

    top = Alignment(vertical="top")
    wrapped = Alignment(vertical="top", wrap_text=True)
    # Registered once per sheet: assigning ``cell.alignment`` would hash the Alignment
    # object for every cell, a quarter of the export time.
    align_ids = [wb._alignments.add(wrapped if c.wrap else top) for c in columns]  # noqa: SLF001
    kinds = [c.kind for c in columns]
    width = len(columns)
    row_no = 1
    for values in spec.rows:
        if row_no >= MAX_ROW:
            raise ExportFailed(
                QT_TRANSLATE_NOOP("Errors", "The sheet {title} has more rows than Excel can hold."), title=title
            )
        row_no += 1
        out = []
        for index, value in enumerate(values):
            if index < width:
                cell = text_cell(ws, _coerce(kinds[index], value))
                if not cell._style:  # noqa: SLF001
                    cell._style = StyleArray()  # noqa: SLF001
                cell._style.alignmentId = align_ids[index]  # noqa: SLF001
            else:
                cell = text_cell(ws, value)
            out.append(cell)
        ws.append(out)
        done += 1
        if done % PROGRESS_EVERY == 0:
            _check_cancel(cancelled)
            if progress is not None:
                progress(done, total)

    last_col = get_column_letter(max(width, 1))
    ws.auto_filter.ref = f"A1:{last_col}{row_no}"
    for index, column in enumerate(columns, start=1):
        if column.choices:
            ws.data_validations.append(_validation(column.choices, index, ws, lists))
    return done


def _coerce(kind: str, value: object) -> object:
    """Dates given as ISO text become real dates; a datetime in a date column loses its time."""
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str) and value:
            try:
                return date.fromisoformat(value)
            except ValueError:
                return value
    elif kind == "datetime" and isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _validation(choices: list[str], col: int, ws: Any, lists: list[list[str]]) -> DataValidation:
    items = [clean_text(str(c)) for c in choices]
    inline = ",".join(items)
    if len(inline) + 2 <= _INLINE_LIST_MAX and not any("," in i or '"' in i for i in items):
        formula = f'"{inline}"'
    else:
        lists.append(items)
        letter = get_column_letter(len(lists))
        # The hidden sheet's title is settled later; a placeholder is replaced then.
        formula = f"{{lists}}!${letter}$1:${letter}${len(items)}"
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True, showDropDown=False)
    letter = get_column_letter(col)
    # The whole column below the header, so rows the user adds get the drop-down too.
    dv.add(f"{letter}2:{letter}{MAX_ROW}")
    return dv


def _write_lists_sheet(wb: Workbook, lists: list[list[str]], title: str) -> None:
    ws = wb.create_sheet(title)
    ws.sheet_state = "hidden"
    quoted = quote_sheetname(title)
    for sheet in wb.worksheets:
        for dv in sheet.data_validations.dataValidation:
            if dv.formula1 and dv.formula1.startswith("{lists}"):
                dv.formula1 = quoted + dv.formula1[len("{lists}") :]
    for row in range(max(len(items) for items in lists)):
        ws.append([text_cell(ws, items[row]) if row < len(items) else None for items in lists])


def _unique_title(title: str, taken: set[str]) -> str:
    base = " ".join(title.translate(_FORBIDDEN_TITLE_CHARS).split()).strip("'")[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


def _check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise _Cancelled


# ------------------------------------------------------------------------------- the disk side
def replace_atomically(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Write a file through ``write(temporary path)`` beside ``path``, flush it to disk, then
    replace ``path`` in one step. Any failure raises ``ExportFailed`` with one readable sentence
    and leaves nothing behind (an existing file at ``path`` is untouched)."""
    target = Path(path)
    folder = target.parent
    _check_target(target, folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".~" + target.stem[:40] + "-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _os_failure(exc, target, phase="create") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    phase = "write"
    try:
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        phase = "replace"
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, ExportFailed) or not isinstance(exc, Exception):
            raise
        if isinstance(exc, OSError):
            raise _os_failure(exc, target, phase=phase) from exc
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written ({error})."),
                           path=str(target), error=type(exc).__name__) from exc
    _sync_folder(folder)
    return target


def _check_target(target: Path, folder: Path) -> None:
    if not folder.is_dir():
        if folder.exists():
            raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "{folder} is not a folder."), folder=str(folder))
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(folder))
    if target.is_dir():
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."), path=str(target))
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportFailed(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {path} is open in another program or read-only; close it and try again."
            ),
            path=str(target),
        )


def _os_failure(exc: OSError, target: Path, *, phase: str) -> ExportFailed:
    code = exc.errno
    folder = str(target.parent)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportFailed(
            QT_TRANSLATE_NOOP("Errors", "The disk is full: {path} could not be written."), path=str(target)
        )
    if code == errno.EROFS:
        return ExportFailed(QT_TRANSLATE_NOOP("Errors", "The folder {folder} is on a read-only disk."), folder=folder)
    if code == errno.ENAMETOOLONG:
        return ExportFailed(QT_TRANSLATE_NOOP("Errors", "The file name {path} is too long."), path=str(target))
    if code == errno.ENOENT:
        return ExportFailed(QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=folder)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        if phase == "create":
            return ExportFailed(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} is read-only or you are not allowed to write in it."),
                folder=folder,
            )
        return ExportFailed(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {path} is open in another program or read-only; close it and try again."
            ),
            path=str(target),
        )
    reason = exc.strerror or type(exc).__name__
    return ExportFailed(
        QT_TRANSLATE_NOOP("Errors", "The file {path} could not be written: {reason}."), path=str(target), reason=reason
    )


def _discard(tmp: Path, wb: Workbook | None) -> None:
    """Remove our temporary file and openpyxl's per-sheet temporary files."""
    try:
        tmp.unlink(missing_ok=True)
    except OSError:
        pass
    if wb is None:
        return
    for ws in list(getattr(wb, "_sheets", [])):
        rows = getattr(ws, "_rows", None)
        writer = getattr(ws, "_writer", None)
        try:
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
        except Exception:  # noqa: BLE001 - best effort cleanup, the real error is raised
            pass
        out = getattr(writer, "out", None)
        if isinstance(out, str) and os.path.exists(out):
            try:
                writer.cleanup()
            except (OSError, ValueError):
                pass


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

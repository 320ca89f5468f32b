"""Writing workbooks: streamed (XlsxWriter, constant-memory mode), styled, and atomic on disk.

XlsxWriter in constant-memory mode writes each row to a temporary file as it comes and zips
the sheets on close: memory stays flat whatever the project size, and it writes a cell about
three times faster than openpyxl's write-only mode (measured on the large benchmark project,
``tests/benchmarks/large_project.py``). openpyxl stays the reader of every workbook, and the
writer of the questionnaire and the testers' workbook (protection, hidden identifier sheet).

Text is written with ``write_string`` only: a cell is never a formula, whatever it starts
with; text a spreadsheet would take for a formula or an error code also gets Excel's
"leading apostrophe" style (``quote_prefix``). Two details of constant-memory mode are
handled here: text shaped like rich-text markup (``<r>…</r>``) would be copied raw into the
XML, so it is written as a rich string of plain fragments; control characters and literal
``_xHHHH_`` sequences are escaped by XlsxWriter the way Excel does (readers unescape them).

Column widths, the frozen header, the autofilter and the drop-down lists (data validation)
are set per sheet; a choice list longer than Excel's 255 characters or holding a comma or a
quote goes to a hidden sheet and the validation refers to its range.

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
from datetime import date, datetime, time
from pathlib import Path

from crmdesk.domain.errors import ExportFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.cells import ERROR_CODES, clean_text, excel_len, is_dangerous, naive_local

COLUMN_KINDS = ("text", "int", "date", "datetime")
MAX_ROW = 1_048_576  # Excel's last row
PROGRESS_EVERY = 256  # rows between two progress reports / cancel checks
_INLINE_LIST_MAX = 255  # Excel refuses longer inline list formulas
_LISTS_SHEET = "Lists"
_FORBIDDEN_TITLE_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})
_DATE_FORMAT = 14  # built-in "short date": Excel shows it in the user's regional format
_DATETIME_FORMAT = 22  # built-in "short date and time"

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

    def write(tmp: Path) -> None:
        import xlsxwriter  # imported on first export: the window never pays for it
        import xlsxwriter.exceptions

        book = xlsxwriter.Workbook(str(tmp), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False, "nan_inf_to_errors": True})
        try:
            _fill(book, sheets, progress, cancelled)
            _check_cancel(cancelled)
            book.close()
        except xlsxwriter.exceptions.FileCreateError as exc:  # the OSError inside says what failed
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise (cause or exc) from None
        except MemoryError as exc:
            raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "There is not enough memory to write {path}."),
                               path=str(path)) from exc
        finally:
            book.fileclosed = True  # a failed book is dropped, never half-written by its destructor
            _remove_row_files(book)
        _check_cancel(cancelled)

    replace_atomically(path, write)


def _remove_row_files(book) -> None:  # type: ignore[no-untyped-def]
    """Constant-memory mode streams each sheet's rows to a temporary file; a failed or
    cancelled export must not leave them in the temporary folder."""
    for ws in book.worksheets():
        name = getattr(ws, "row_data_filename", None)
        handle = getattr(ws, "row_data_fh", None)
        try:
            if handle is not None and not handle.closed:
                handle.close()
            if name:
                os.unlink(name)
        except OSError:
            pass


# ---------------------------------------------------------------------------- filling sheets
class _Formats:
    """The workbook's cell formats, made once each (XlsxWriter keeps one XF per format)."""

    def __init__(self, book) -> None:  # type: ignore[no-untyped-def]
        self._book = book
        self._made: dict[tuple[object, ...], object] = {}

    def get(self, *, wrap: bool = False, bold: bool = False, quoted: bool = False, number: int | None = None):  # type: ignore[no-untyped-def]
        key = (wrap, bold, quoted, number)
        found = self._made.get(key)
        if found is None:
            props: dict[str, object] = {"valign": "top"}
            if wrap:
                props["text_wrap"] = True
            if bold:
                props["bold"] = True
            if quoted:
                props["quote_prefix"] = True
            if number is not None:
                props["num_format"] = number
            found = self._made[key] = self._book.add_format(props)
        return found


def _fill(book, sheets: Sequence[SheetSpec], progress: Progress | None, cancelled: Cancelled | None) -> None:  # type: ignore[no-untyped-def]
    total = 0
    for spec in sheets:
        try:
            total += len(spec.rows)  # type: ignore[arg-type]
        except TypeError:
            total = 0
            break
    titles: set[str] = set()
    names = [_unique_title(spec.title, titles) for spec in sheets]
    lists: list[list[str]] = []  # choice lists that go to the hidden sheet
    sources = [[_list_source(c.choices, lists) if c.choices else None for c in spec.columns] for spec in sheets]
    lists_title = _unique_title(_LISTS_SHEET, titles) if lists else ""
    formats = _Formats(book)
    done = 0
    for spec, name, columns_sources in zip(sheets, names, sources, strict=True):
        done = _fill_sheet(book, formats, spec, name, columns_sources, lists_title, done, total, progress, cancelled)
    if lists:
        _write_lists_sheet(book, formats, lists, lists_title)
    if progress is not None:
        progress(done, total or done)


def _fill_sheet(book, formats: _Formats, spec: SheetSpec, title: str, sources: list[object], lists_title: str,  # type: ignore[no-untyped-def]
                done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> int:
    ws = book.add_worksheet(title)
    columns = spec.columns
    width = len(columns)
    ws.freeze_panes(1, 0)
    for index, column in enumerate(columns):
        ws.set_column(index, index, column.width)
    header = formats.get(wrap=True, bold=True)
    for index, column in enumerate(columns):
        _write(ws, 0, index, column.header, formats, header, formats.get(wrap=True, bold=True, quoted=True))
    plain = [formats.get(wrap=c.wrap) for c in columns]
    quoted = [formats.get(wrap=c.wrap, quoted=True) for c in columns]
    dated = [formats.get(wrap=c.wrap, number=_DATE_FORMAT) for c in columns]
    timed = [formats.get(wrap=c.wrap, number=_DATETIME_FORMAT) for c in columns]
    kinds = [c.kind for c in columns]
    extra = formats.get()
    row_no = 0
    for values in spec.rows:
        row_no += 1
        if row_no >= MAX_ROW:
            raise ExportFailed(
                QT_TRANSLATE_NOOP("Errors", "The sheet {title} has more rows than Excel can hold."), title=title
            )
        for index, value in enumerate(values):
            if index < width:
                value = _coerce(kinds[index], value)
                if isinstance(value, datetime):
                    ws.write_datetime(row_no, index, naive_local(value), timed[index])
                elif isinstance(value, (date, time)):
                    ws.write_datetime(row_no, index, value, dated[index] if isinstance(value, date) else plain[index])
                else:
                    _write(ws, row_no, index, value, formats, plain[index], quoted[index])
            else:
                _write(ws, row_no, index, value, formats, extra, formats.get(quoted=True))
        done += 1
        if done % PROGRESS_EVERY == 0:
            _check_cancel(cancelled)
            if progress is not None:
                progress(done, total)
    ws.autofilter(0, 0, row_no, max(width, 1) - 1)
    for index, source in enumerate(sources):
        if source is None:
            continue
        if isinstance(source, str):
            source = "=" + _quote_sheetname(lists_title) + source
        ws.data_validation(1, index, MAX_ROW - 1, index, {
            "validate": "list", "source": source, "ignore_blank": True, "show_error": True})
    return done


def _write(ws, row: int, col: int, value: object, formats: _Formats, fmt, quoted_fmt) -> None:  # type: ignore[no-untyped-def]
    """One cell: numbers and booleans keep their type, anything else is text (never a formula)."""
    if value is None:
        return
    if isinstance(value, bool):
        ws.write_boolean(row, col, value, fmt)
        return
    if isinstance(value, (int, float)):
        ws.write_number(row, col, value, fmt)
        return
    if isinstance(value, datetime):
        ws.write_datetime(row, col, naive_local(value), formats.get(number=_DATETIME_FORMAT))
        return
    if isinstance(value, date):
        ws.write_datetime(row, col, value, formats.get(number=_DATE_FORMAT))
        return
    text = clean_text(str(value))
    if not text:
        return
    if is_dangerous(text) or text in ERROR_CODES:
        fmt = quoted_fmt
    if text.startswith("<r>") and text.endswith("</r>"):
        # Constant-memory mode copies such text raw into the XML as rich-text runs: write it
        # as a rich string of three plain fragments instead (escaped, read back as one text).
        ws.write_rich_string(row, col, text[:1], text[1:2], text[2:], fmt)
        return
    ws.write_string(row, col, text, fmt)


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


def _list_source(choices: list[str], lists: list[list[str]]) -> list[str] | str:
    """The inline list, or the range (without its sheet) of a column of the hidden sheet."""
    items = [clean_text(str(c)) for c in choices]
    inline = ",".join(items)
    if excel_len(inline) + 2 <= _INLINE_LIST_MAX and not any("," in i or '"' in i for i in items):
        return items
    lists.append(items)
    letter = _column_letter(len(lists))
    return f"!${letter}$1:${letter}${len(items)}"


def _write_lists_sheet(book, formats: _Formats, lists: list[list[str]], title: str) -> None:  # type: ignore[no-untyped-def]
    ws = book.add_worksheet(title)
    ws.hide()
    plain, quoted = formats.get(), formats.get(quoted=True)
    for row in range(max(len(items) for items in lists)):
        for col, items in enumerate(lists):
            if row < len(items):
                _write(ws, row, col, items[row], formats, plain, quoted)


def _column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _quote_sheetname(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


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
        raise ExportFailed(QT_TRANSLATE_NOOP("Errors", "The export was cancelled."))


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

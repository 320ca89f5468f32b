"""Rows read from a sheet or a CSV file, turned into a ``Table`` of stripped strings."""

from __future__ import annotations

import os
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from crmdesk.domain.errors import ImportRejected
from crmdesk.domain.marks import QT_TRANSLATE_NOOP

MAX_COLUMNS = 1_000
EXCEL_MAX_ROW = 1_048_576
# Filled cells kept in memory (about 60 bytes each as text): 200,000 rows of 5 columns. The
# size limits alone allow ten times more: a 27 MB workbook of 7 million small numbers.
MAX_CELLS = 1_000_000




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


@dataclass(frozen=True)
class Limits:
    name: str  # the file's name, for the messages
    max_bytes: int
    max_rows: int
    max_cell_chars: int


def cell_text(value: object) -> str:
    """A cell value as text: dates ISO, integral numbers without '.0'."""
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


def free_text(value: object) -> str:
    """A cell as the person typed it: text keeps its outer spaces and line breaks (a
    description starting with an indented line, a comment ending with one); whitespace alone
    is no text. Other values as ``cell_text``."""
    if isinstance(value, str):
        return value if value.strip() else ""
    return cell_text(value)


def collect(rows: Iterable[Sequence[object]], limits: Limits, *, kind: str,
            convert: Callable[[object], str] = cell_text) -> Table:
    """Header = first non-empty row; empty rows are skipped; rows are numbered from 1."""
    name = limits.name
    headers: list[str] | None = None
    header_row = 0
    out: list[tuple[int, list[str]]] = []
    cells = 0
    filler: object = None  # see ``empty_filler``
    for number, raw in enumerate(rows, start=1):
        if number > EXCEL_MAX_ROW:
            raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} has more rows than Excel allows."),
                                 name=name)
        if raw is filler:
            continue
        if len(raw) > MAX_COLUMNS:  # CSV lines; openpyxl already cuts xlsx rows
            extra = list(raw[MAX_COLUMNS:])
            if extra.count("") != len(extra):
                raise ImportRejected(QT_TRANSLATE_NOOP(
                    "Errors", "Row {row} of {name} has more than {limit} columns."),
                    row=number, name=name, limit=MAX_COLUMNS)
            raw = raw[:MAX_COLUMNS]
        width = _width(raw, len(headers) if headers else 0)
        if width == 0:
            filler = empty_filler(raw, filler)
            continue
        texts = [convert(v) for v in raw[:width]]  # may keep outer whitespace (free_text)
        for col, text in enumerate(texts, start=1):
            if len(text) > limits.max_cell_chars:
                raise ImportRejected(QT_TRANSLATE_NOOP(
                    "Errors", "Row {row}, column {col} of {name} holds more than {limit} characters."),
                    row=number, col=col, name=name, limit=f"{limits.max_cell_chars:,}")
        if not any(texts):
            continue
        cells += len(texts) - texts.count("")
        if cells > MAX_CELLS:
            raise too_many_cells(name, MAX_CELLS)
        if headers is None:
            headers, header_row = [t.strip() for t in texts], number
            continue
        if len(out) >= limits.max_rows:
            raise ImportRejected(QT_TRANSLATE_NOOP(
                "Errors", "{name} has more than {limit} rows; split it into smaller files."),
                name=name, limit=f"{limits.max_rows:,}")
        if len(texts) < len(headers):
            texts.extend([""] * (len(headers) - len(texts)))
        out.append((number, texts))
    if headers is None:
        raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} is empty: no header row was found."),
                             name=name)
    return Table(headers=headers, rows=out, kind=kind, source_name=name, header_row=header_row)


def too_many_cells(name: str, limit: int) -> ImportRejected:
    return ImportRejected(QT_TRANSLATE_NOOP(
        "Errors", "{name} has more than {limit} filled cells; split it into smaller files."),
        name=name, limit=f"{limit:,}")


def empty_filler(raw: Sequence[object], previous: object) -> object:
    """The object to skip from now on, given the empty row ``raw``.

    openpyxl fills every row missing from a sheet's XML with one and the same tuple of Nones:
    a file of a few bytes with a value in row 1,048,576 makes it yield a million of them.
    Skipping that object by identity (``raw is filler``) keeps such a sheet to a fraction of
    a second; only tuples qualify, as they cannot change afterwards."""
    return raw if isinstance(raw, tuple) else previous


def _width(raw: Sequence[object], hint: int) -> int:
    """Length of ``raw`` without its trailing empty cells.

    xlsx rows are tuples MAX_COLUMNS wide, mostly trailing Nones: slices are compared with a
    tuple of Nones (in C), first as a whole (an empty row), then at ``hint`` (the header's
    width, or the widest row so far), then by bisection, before the short Python loop that
    also drops empty strings.
    """
    n = len(raw)
    if isinstance(raw, tuple) and n > 16 and raw[-1] is None:
        if raw[0] is None and raw == _nones(n):
            return 0
        if 0 < hint < n and raw[hint:] == _nones(n - hint):
            n = hint
        else:
            lo, hi = 0, n  # invariant: raw[hi:] holds only None
            while lo < hi:
                mid = (lo + hi) // 2
                if raw[mid:n] == _nones(n - mid):
                    hi = mid
                else:
                    lo = mid + 1
            n = lo
    while n and (raw[n - 1] is None or raw[n - 1] == ""):
        n -= 1
    return n


_NONES: dict[int, tuple[None, ...]] = {}


def _nones(length: int) -> tuple[None, ...]:
    found = _NONES.get(length)
    if found is None:
        found = _NONES[length] = (None,) * length
    return found


@contextmanager
def import_boundary(name: str, *, text_file: bool = False) -> Iterator[None]:
    """Every way a file can fail to be read becomes ``ImportRejected`` with one sentence naming
    it (the cause chained for the log). ``text_file`` adds the encoding advice for CSV.

    openpyxl's warnings about odd files ("Workbook contains no default style", "Cell F2 is
    marked as a date but…") are silenced: Python would print them, source lines included, on
    the command line's stderr next to the one sentence; they say nothing the user can act on.
    (``catch_warnings`` changes process-wide state: harmless here, where only these warnings
    are filtered.)"""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
        with _to_rejection(name, text_file):
            yield


@contextmanager
def _to_rejection(name: str, text_file: bool) -> Iterator[None]:
    try:
        yield
    except ImportRejected:
        raise
    except MemoryError as exc:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is too large to be read with the memory available."), name=name) from exc
    except zipfile.BadZipFile as exc:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is not an Excel file (.xlsx) or it is damaged."), name=name) from exc
    except UnicodeDecodeError as exc:
        if not text_file:
            raise _damaged(name) from exc
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "The text of {name} is not in a recognised encoding: save it as \"CSV UTF-8\"."),
            name=name) from exc
    except OSError as exc:
        if exc.errno is None:  # not the disk: openpyxl's IOError("File contains no valid workbook part")…
            raise _damaged(name) from exc
        raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} could not be read: {reason}."),
                             name=name, reason=exc.strerror or os.strerror(exc.errno)) from exc
    except Exception as exc:  # noqa: BLE001 - the import boundary: nothing else may escape
        # InvalidFileException, KeyError, ParseError, ValueError, defusedxml's
        # EntitiesForbidden/DTDForbidden, csv.Error…
        raise _damaged(name) from exc


def _damaged(name: str) -> ImportRejected:
    return ImportRejected(QT_TRANSLATE_NOOP(
        "Errors", "{name} could not be read: it is damaged or not a valid Excel workbook."), name=name)

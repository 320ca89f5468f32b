"""Safe text for spreadsheet cells: formula-injection neutralisation and XML-safe text.

A cell whose text starts with ``= + - @`` or a tab, carriage return, line feed or NUL can be
taken for a formula by a spreadsheet program (OWASP "CSV injection", OWASP ASVS 5.0 V1.2.10).

* XLSX: such text is written as a string cell with Excel's own "leading apostrophe" style
  (``quotePrefix``). The value stays exactly the text and is never stored as a formula.
* CSV (no styles): a single quote is prepended (``csv_text``) and our importer removes it
  again (``csv_untext``), so the round trip is lossless.

Documented normalisations of ``clean_text`` (the only differences a round trip may show):
CR LF and lone CR become LF (XML readers turn them into LF anyway), characters XML 1.0 cannot
hold are removed (control characters other than tab/LF/CR -- what openpyxl refuses -- plus
lone surrogates, U+FFFE and U+FFFF), and text is cut at Excel's 32,767 characters per cell.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES

MAX_CELL_CHARS = 32_767  # Excel's limit per cell

DANGEROUS_LEADS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")

# Everything outside the XML 1.0 "Char" production. Includes openpyxl's ILLEGAL_CHARACTERS_RE
# (\x00-\x08, \x0b, \x0c, \x0e-\x1f) and also surrogates and U+FFFE/U+FFFF, which openpyxl
# would write but no XML parser (hence neither Excel nor openpyxl) can read back.
_XML_ILLEGAL_RE = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# Built-in number formats: Excel shows them in the user's regional format (French Excel
# displays 14 as 31/12/2025), unlike a literal format string.
DATE_FORMAT = "mm-dd-yy"  # built-in id 14, "short date"
DATETIME_FORMAT = "m/d/yy h:mm"  # built-in id 22, "short date and time"


def is_dangerous(text: str) -> bool:
    """True if a spreadsheet could read ``text`` as the start of a formula."""
    return bool(text) and text[0] in DANGEROUS_LEADS


# Excel stores a literal "_x0041_" typed in a cell as "_x005F_x0041_" (an escaped underscore),
# as does XlsxWriter; openpyxl undoes it in shared strings only, not in inline strings.
_ESCAPED_ESCAPE_RE = re.compile(r"_x005[Ff](_x[0-9A-Fa-f]{4}_)")
_LITERAL_ESCAPE_RE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def excel_escape(text: str) -> str:
    """Text as Excel stores it in a cell: a literal ``_xHHHH_`` gets its underscore escaped
    (``_x005F_xHHHH_``), else Excel would show the character HHHH. For writers that do not
    do it themselves (openpyxl)."""
    return _LITERAL_ESCAPE_RE.sub(r"_x005F_\1", text) if "_x" in text else text


def excel_unescape(text: str) -> str:
    """Undo the escaped underscore of ``excel_escape`` in a string openpyxl read from an inline
    string. For shared strings openpyxl already removed every ``x005F_``, so this finds
    nothing there: it can be applied to every text read from a workbook."""
    return _ESCAPED_ESCAPE_RE.sub(r"\1", text) if "_x005" in text else text


def excel_len(text: str) -> int:
    """The length Excel counts: UTF-16 code units, so a character outside the Basic
    Multilingual Plane (most emoji, 𝔘, 𠜎) counts two. Excel's limits (255 characters of an
    inline drop-down list…) are in these units; over them it declares the file damaged."""
    return len(text.encode("utf-16-le")) // 2


def clean_text(text: str) -> str:
    """``text`` as a spreadsheet cell can hold it (see the module docstring)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _XML_ILLEGAL_RE.sub("", text)
    return text[:MAX_CELL_CHARS]


def _needs_csv_quote(text: str) -> bool:
    # Apostrophes already in front of a dangerous lead get one more, so that the importer's
    # "remove one leading apostrophe" undoes exactly what the exporter did.
    stripped = text.lstrip("'")
    return is_dangerous(stripped)


def csv_text(text: str) -> str:
    """The CSV field for ``text``: a leading ``'`` neutralises a formula-like start."""
    return "'" + text if _needs_csv_quote(text) else text


def csv_untext(text: str) -> str:
    """Undo ``csv_text`` on a field read from a CSV file."""
    if text.startswith("'") and _needs_csv_quote(text[1:]):
        return text[1:]
    return text


def naive_local(value: datetime) -> datetime:
    """Excel has no time zones: an aware datetime becomes the local wall-clock time."""
    if value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def text_cell(ws: Any, value: object) -> WriteOnlyCell:
    """A cell for a write-only worksheet; text always stays text.

    Strings are cleaned (``clean_text``); one starting with a dangerous character or equal to
    an Excel error code (``#N/A``…) is forced to a string with the quote-prefix style.
    Numbers, booleans, dates and None keep their type; dates get a regional date format.
    Any other object is written as its ``str()``.
    """
    if value is None or isinstance(value, (bool, int, float)):
        return WriteOnlyCell(ws, value)
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, naive_local(value))
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value)
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, time):
        return WriteOnlyCell(ws, value)
    text = clean_text(str(value))
    cell = WriteOnlyCell(ws, excel_escape(text))
    if is_dangerous(text) or text in ERROR_CODES:
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell

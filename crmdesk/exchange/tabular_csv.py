"""Reading a CSV file: ';' or ',' separated, UTF-8 (with or without BOM) or cp1252."""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from pathlib import Path

from crmdesk.domain.errors import ImportRejected
from crmdesk.exchange.cells import csv_untext
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.exchange.tabular_rows import Limits, Table, collect
from crmdesk.i18n import Translate

_SEP_LINE_RE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def read_csv(path: Path, limits: Limits, tx: Translate) -> Table:
    """Note: ``csv.field_size_limit`` is process-wide; it is set for the read and restored."""
    name = limits.name
    with path.open("rb") as fh:
        data = fh.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:  # the file grew since it was measured
        raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} is too large to import."), name=name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_utf16(data):
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} is saved as UTF-16 (\"Unicode text\"): save it as \"CSV UTF-8\" instead."),
            name=name)
    if b"\x00" in data:
        raise ImportRejected(QT_TRANSLATE_NOOP(
            "Errors", "{name} contains NUL bytes: it is not a text CSV file."), name=name)
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        encoding, text = "utf-8-sig", data.decode("utf-8-sig")
    else:
        try:
            encoding, text = "utf-8", data.decode("utf-8")
        except UnicodeDecodeError:  # what Excel France writes as "CSV (separator: semicolon)"
            encoding, text = "cp1252", data.decode("cp1252")
            warnings.append(tx("Import", QT_TRANSLATE_NOOP(
                "Import", "The file is not in UTF-8; it was read as Windows Western European (cp1252) text.")))
    del data
    match = _SEP_LINE_RE.match(text)
    if match:  # Excel's "sep=;" hint line: Excel hides it, so the rows keep their numbers
        delimiter, text = match.group(1), text[match.end():]
    else:
        delimiter = detect_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(limits.max_cell_chars + 1)
    try:
        reader = csv.reader(_lines(text), delimiter=delimiter, strict=True)
        table = collect(_guarded(reader, name), limits, kind="csv", convert=_csv_cell)
    finally:
        csv.field_size_limit(old_limit)
    table.encoding = encoding
    table.delimiter = delimiter
    table.warnings = warnings + table.warnings
    return table


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings (LF, CR LF or a lone CR), one at a time: what
    ``io.StringIO(text, newline="")`` yields, without the copy it makes (four bytes a
    character: 200 MB for a 50 MB file)."""
    for match in _LINE_RE.finditer(text):
        yield match.group()


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without its BOM: Latin text has a NUL as every other byte (the odd ones in
    little-endian, the even ones in big-endian) and hardly any other; a binary file has NULs
    at both."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2].count(0) / len(sample[0::2]), sample[1::2].count(0) / len(sample[1::2])
    return max(even, odd) >= 0.5 and min(even, odd) <= 0.02


def _csv_cell(value: object) -> str:
    text = str(value)
    if "\r" in text:  # line breaks inside quoted values: CR LF / CR -> LF, as in .xlsx
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return csv_untext(text) if text.strip() else ""  # free text keeps its outer whitespace


def _guarded(reader: Iterator[list[str]], name: str) -> Iterator[list[str]]:
    record = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            detail = str(exc)
            if "field larger" in detail:
                raise ImportRejected(QT_TRANSLATE_NOOP(
                    "Errors", "Row {row} of {name} holds a value that is too long."),
                    row=record + 1, name=name) from exc
            if "end of data" in detail:
                raise ImportRejected(QT_TRANSLATE_NOOP(
                    "Errors", "{name} is not a valid CSV file: a quoted value opened near row {row} is "
                    "never closed."), row=record + 1, name=name) from exc
            raise ImportRejected(QT_TRANSLATE_NOOP("Errors", "{name} is not a valid CSV file (row {row})."),
                                 row=record + 1, name=name) from exc
        record += 1
        yield row


def detect_delimiter(text: str) -> str:
    """';' or ',': whichever the header line holds more of outside quotes; ';' by default."""
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

"""Builders of real spreadsheet files (valid and hostile) for the exchange tests."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook


def make_xlsx(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    """A plain workbook written by openpyxl in normal mode."""
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def rewrite_zip(src: Path, dst: Path,
                change: Callable[[str, bytes], bytes | None]) -> Path:
    """Copy the zip ``src`` to ``dst``, passing every member through ``change``
    (None drops the member)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)
    return dst

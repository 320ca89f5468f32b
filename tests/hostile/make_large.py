"""Build the hostile files too large to commit, streaming (a few thousand rows in memory at most).

    python tests/hostile/make_large.py OUT_DIR            # writes every file below into OUT_DIR

The tests build them once per session (``large_files`` fixture in ``conftest.py``), in about
six seconds:

* ``million_rows.csv`` -- 1,000,000 data rows (40 MB), ';'-separated UTF-8.
* ``million_rows.xlsx`` -- 1,000,000 rows of a reference and a title (inline strings: 13 MB
  compressed, 140 MB of sheet XML, under the zip pre-scan's ratio and size limits), without
  the ``<dimension>`` element, as some programs write them.
* ``many_parts.xlsx`` -- a workbook of 5,001 zip members (the pre-scan's limit is 5,000).
* ``many_cells.xlsx`` -- 1,100 rows of 1,000 two-digit numbers: 1.1 million filled cells.
  Scaled up to 7 million cells (27 MB, under every size limit), this took 98 s and 544 MB.
* ``shared_strings_bomb.xlsx`` -- 600,000 shared strings: every shared string becomes a
  Python object when the workbook is opened (8 million took 88 s and 1.2 GB).
* ``styles_bomb.xlsx`` -- 120,000 cell formats (300,000 took 6 s and 340 MB).

``EXPECTED`` says what each importer must answer: every file is refused with one sentence.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from make_corpus import (  # noqa: E402
    CONTENT_TYPES,
    HEADERS,
    MAIN_NS,
    NOT_TESTERS,
    SHARED_STRINGS_REL,
    SHARED_STRINGS_TYPE,
    WORKBOOK_PARTS,
    WORKBOOK_RELS,
    ZIP_DATE,
    column_letter,
    inline_cell,
    rows_xml,
    sheet_xml,
)

ROWS = 1_000_000
CHUNK_ROWS = 5_000
SHEET = "xl/worksheets/sheet1.xml"


def _row_values(number: int) -> list[str]:
    """Four filled cells: 200,000 rows stay under the limit of a million filled cells, so the
    rows are what is refused."""
    return [f"BES-{number:07d}", f"Need {number}", "standard", "", "", "1", ""]


def _xml_row(number: int, values: list[str]) -> bytes:
    cells = b"".join(inline_cell(col, number, value) for col, value in enumerate(values) if value)
    return b'<row r="%d">%s</row>' % (number, cells)


def _stream_workbook(path: Path, chunks: Iterator[bytes], parts: dict[str, bytes] | None = None,
                     level: int = 1) -> Path:
    """A workbook whose sheet is written from ``chunks`` (never whole in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in (parts or WORKBOOK_PARTS).items():
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo(SHEET, ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            for chunk in chunks:
                member.write(chunk)
    return path


def _sheet_around(rows: Iterator[bytes]) -> Iterator[bytes]:
    head, tail = sheet_xml(b"@ROWS@").split(b"@ROWS@")
    yield head
    yield from rows
    yield tail


def write_million_csv(path: Path, rows: int = ROWS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(";".join(HEADERS) + "\r\n")
        for start in range(1, rows + 1, CHUNK_ROWS):
            out.write("".join(";".join(_row_values(n)) + "\r\n"
                              for n in range(start, min(start + CHUNK_ROWS, rows + 1))))
    return path


def write_million_xlsx(path: Path, rows: int = ROWS) -> Path:
    row = (b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>BES-%07d</t></is></c>'
           b'<c r="B%d" t="inlineStr"><is><t>Need %d</t></is></c></row>')  # _row_values' first two

    def chunks() -> Iterator[bytes]:
        yield _xml_row(1, HEADERS)
        for start in range(1, rows + 1, CHUNK_ROWS):
            yield b"".join(row % (n + 1, n + 1, n, n + 1, n) for n in range(start, min(start + CHUNK_ROWS, rows + 1)))

    return _stream_workbook(path, _sheet_around(chunks()))


def write_many_cells(path: Path, rows: int = 1_100, columns: int = 1_000) -> Path:
    letters = [column_letter(c).encode() for c in range(columns)]

    def chunks() -> Iterator[bytes]:
        yield _xml_row(1, HEADERS)
        for r in range(2, rows + 2):
            yield b'<row r="%d">%s</row>' % (r, b"".join(
                b'<c r="%s%d"><v>%d</v></c>' % (letters[c], r, (r * 31 + c * 17) % 90 + 10)
                for c in range(columns)))

    return _stream_workbook(path, _sheet_around(chunks()), level=6)


def write_many_parts(path: Path, parts: int = 5_001) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in WORKBOOK_PARTS.items():
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data)
        archive.writestr(zipfile.ZipInfo(SHEET, ZIP_DATE), sheet_xml(rows_xml([HEADERS, _row_values(1)])))
        for number in range(parts - len(WORKBOOK_PARTS) - 1):
            archive.writestr(zipfile.ZipInfo(f"x/{number}", ZIP_DATE), b"")
    return path


def write_shared_strings_bomb(path: Path, strings: int = 600_000) -> Path:
    parts = dict(WORKBOOK_PARTS)
    parts["[Content_Types].xml"] = CONTENT_TYPES.replace(b"@MORE@", SHARED_STRINGS_TYPE)
    parts["xl/_rels/workbook.xml.rels"] = WORKBOOK_RELS.replace(b"@MORE@", SHARED_STRINGS_REL)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo(SHEET, ZIP_DATE), sheet_xml(
            b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("xl/sharedStrings.xml", ZIP_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            member.write(b'<sst xmlns="%s">' % MAIN_NS.encode())
            for start in range(0, strings, 10_000):
                member.write(b"".join(b"<si><t>%d</t></si>" % n for n in range(start, min(strings, start + 10_000))))
            member.write(b"</sst>")
    return path


def write_styles_bomb(path: Path, formats: int = 120_000) -> Path:
    styles = (b'<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/></font></fonts>'
              b'<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              b'<borders count="1"><border/></borders><cellXfs count="%d">' % (MAIN_NS.encode(), formats)
              + b"".join(b'<xf numFmtId="%d" xfId="%d"/>' % (i * 7919 % 1000, i % 977) for i in range(formats))
              + b"</cellXfs></styleSheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in WORKBOOK_PARTS.items():
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo(SHEET, ZIP_DATE), sheet_xml(rows_xml([HEADERS])), zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo("xl/styles.xml", ZIP_DATE), styles, zipfile.ZIP_DEFLATED)
    return path


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "million_rows.csv": write_million_csv,
    "million_rows.xlsx": write_million_xlsx,
    "many_parts.xlsx": write_many_parts,
    "many_cells.xlsx": write_many_cells,
    "shared_strings_bomb.xlsx": write_shared_strings_bomb,
    "styles_bomb.xlsx": write_styles_bomb,
}

ROWS_REFUSED = "has more than 200,000 rows; split it into smaller files"
# file -> importer -> a fragment of the refusal
EXPECTED: dict[str, dict[str, str]] = {
    "million_rows.csv": {"needs": ROWS_REFUSED, "answers": ROWS_REFUSED, "results": NOT_TESTERS},
    "million_rows.xlsx": dict.fromkeys(("needs", "answers", "results"), ROWS_REFUSED),
    "many_parts.xlsx": dict.fromkeys(("needs", "answers", "results"),
                                     "is too large or suspicious: it holds 5001 parts"),
    "many_cells.xlsx": dict.fromkeys(("needs", "answers", "results"), "has more than 1,000,000 filled cells"),
    "shared_strings_bomb.xlsx": dict.fromkeys(
        ("needs", "answers", "results"), "its part xl/sharedStrings.xml holds too much to be read safely"),
    "styles_bomb.xlsx": dict.fromkeys(
        ("needs", "answers", "results"), "its part xl/styles.xml holds too much to be read safely"),
}


def build_all(out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: build(out_dir / name) for name, build in BUILDERS.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args(argv)
    for name, path in build_all(args.out_dir).items():
        print(f"{name}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

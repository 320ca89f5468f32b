"""Regenerate the committed hostile corpus of ``tests/hostile/corpus/``, deterministically.

    python tests/hostile/make_corpus.py            # rewrite every corpus file and the README table
    python tests/hostile/make_corpus.py --check    # only say which files differ from the generator

Every file is built here from bytes (no timestamp, no randomness but seeded), so a reviewer sees
exactly how each one was made. Workbooks are written by hand, part by part (the smallest
workbook openpyxl and Excel accept), stored uncompressed unless compression is the point (zip
bombs); zip headers are then patched where a file must lie (declared sizes, flags, methods).

Each ``Case`` also says what every importer must do with the file (``refused(fragment)``: an
``ImportRejected`` whose sentence contains ``fragment``; ``read(rows)``: the file is read and
``rows`` data rows come back); ``tests/hostile/test_every_importer.py`` checks exactly that and
the README's table is written from it. The files too large to commit are built by
``make_large.py``.
"""

from __future__ import annotations

import argparse
import codecs
import io
import random
import struct
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS_DIR = HERE / "corpus"
README = HERE / "README.md"
IMPORTERS = ("needs", "answers", "results")

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
HEADERS = ["Ref", "Title", "Coverage", "Comment", "Extra cost", "Step", "Result"]
ROWS = [
    ["BES-001", "Fiche compte unique", "standard", "premier", "0", "1", "OK"],
    ["BES-002", "Historique des échanges", "configuration", "second", "1500", "2", "KO"],
]
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    b"@MORE@</Types>"
)
SHARED_STRINGS_TYPE = (b'<Override PartName="/xl/sharedStrings.xml" '
                       b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="xl/workbook.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    b"</Relationships>"
)
WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    b"@MORE@</Relationships>"
)
SHARED_STRINGS_REL = (b'<Relationship Id="rId2" Target="sharedStrings.xml" '
                      b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>')

# Every part of the base workbook but its sheet.
WORKBOOK_PARTS: dict[str, bytes] = {
    "[Content_Types].xml": CONTENT_TYPES.replace(b"@MORE@", b""),
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": WORKBOOK,
    "xl/_rels/workbook.xml.rels": WORKBOOK_RELS.replace(b"@MORE@", b""),
}

BILLION_LAUGHS_DTD = (
    b'<!DOCTYPE worksheet [\n <!ENTITY a "aaaaaaaaaa">\n'
    + b"".join(b' <!ENTITY %s "%s">\n' % (bytes([c]), (b"&%s;" % bytes([c - 1])) * 10)
               for c in range(ord("b"), ord("k")))
    + b"]>\n"
)  # &j; expands to 10**10 characters


# ------------------------------------------------------------------------- workbook parts
def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def inline_cell(col: int, row: int, value: str) -> bytes:
    ref = f"{column_letter(col)}{row}".encode()
    return b'<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, escape(value).encode("utf-8"))


def rows_xml(rows: Iterable[list[str]], first: int = 1) -> bytes:
    out = []
    for number, values in enumerate(rows, start=first):
        cells = b"".join(inline_cell(col, number, v) for col, v in enumerate(values) if v != "")
        out.append(b'<row r="%d">%s</row>' % (number, cells))
    return b"".join(out)


def sheet_xml(rows: bytes, *, dimension: bytes = b"", prolog: bytes = b"") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog
            + b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + dimension + b"<sheetData>" + rows + b"</sheetData></worksheet>")


BASE_SHEET = sheet_xml(rows_xml([HEADERS, *ROWS]))


def zip_bytes(members: dict[str, bytes], *, deflate: Iterable[str] = ()) -> bytes:
    """A zip of ``members`` in order, stored, except the names in ``deflate`` (level 9)."""
    deflated = set(deflate)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED if name in deflated else zipfile.ZIP_STORED
            archive.writestr(info, data, compresslevel=9 if name in deflated else None)
    return buffer.getvalue()


def workbook(sheet: bytes = BASE_SHEET, *, deflate_sheet: bool = False, **parts: bytes) -> bytes:
    """The base workbook with its sheet (and any part, by keyword: ``xl_workbook_xml=``)."""
    members = dict(WORKBOOK_PARTS)
    members[SHEET] = sheet
    for key, data in parts.items():
        members[_part_name(key)] = data
    return zip_bytes(members, deflate=[SHEET] if deflate_sheet else [])


def _part_name(key: str) -> str:
    return {"content_types": "[Content_Types].xml", "workbook": "xl/workbook.xml",
            "workbook_rels": "xl/_rels/workbook.xml.rels", "shared_strings": "xl/sharedStrings.xml",
            "styles": "xl/styles.xml"}[key]


def patch_zip(data: bytes, name: str, *, file_size: int | None = None, flag_bits: int | None = None,
              method: int | None = None) -> bytes:
    """Rewrite the headers (local and central) of member ``name``: what the zip says of it, not
    what it holds."""
    out = bytearray(data)
    eocd = out.rfind(b"PK\x05\x06")
    count, cd_offset = struct.unpack_from("<H", out, eocd + 10)[0], struct.unpack_from("<I", out, eocd + 16)[0]
    pos = cd_offset
    found = False
    for _ in range(count):
        assert out[pos:pos + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", out, pos + 28)
        local = struct.unpack_from("<I", out, pos + 42)[0]
        if out[pos + 46:pos + 46 + name_len].decode() == name:
            found = True
            for header, flags_at, method_at, size_at in ((pos, 8, 10, 24), (local, 6, 8, 22)):
                if flag_bits is not None:
                    struct.pack_into("<H", out, header + flags_at, flag_bits)
                if method is not None:
                    struct.pack_into("<H", out, header + method_at, method)
                if file_size is not None:
                    struct.pack_into("<I", out, header + size_at, file_size)
        pos += 46 + name_len + extra_len + comment_len
    assert found, name
    return bytes(out)


def _spaces_sheet(megabytes: int, rows_after: bool = False) -> bytes:
    """The base sheet with ``megabytes`` MB of blanks between two rows (valid XML)."""
    head = rows_xml([HEADERS])
    tail = rows_xml(ROWS, first=2) if rows_after else b""
    return sheet_xml(head + b" " * (megabytes * 1_000_000) + tail)


def _billion_laughs_sheet() -> bytes:
    return (b'<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD
            + b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + rows_xml([HEADERS]) + b'<row r="2"><c r="A2" t="inlineStr"><is><t>&j;</t></is></c></row>'
            + b"</sheetData></worksheet>")


def _billion_laughs_strings() -> bytes:
    sheet = sheet_xml(rows_xml([HEADERS]) + b'<row r="2"><c r="A2" t="s"><v>0</v></c></row>')
    strings = (b'<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD.replace(b"worksheet", b"sst")
               + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
               + b"<si><t>&j;</t></si></sst>")
    return _with_shared_strings(sheet, strings)


def _with_shared_strings(sheet: bytes, strings: bytes) -> bytes:
    return workbook(sheet, content_types=CONTENT_TYPES.replace(b"@MORE@", SHARED_STRINGS_TYPE),
                    workbook_rels=WORKBOOK_RELS.replace(b"@MORE@", SHARED_STRINGS_REL),
                    shared_strings=strings)


def _external_entity() -> bytes:
    book = WORKBOOK.replace(b"?>\n", b'?>\n<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n', 1)
    return workbook(workbook=book.replace(b'name="Sheet1"', b'name="&xxe;"'))


def _ods() -> bytes:
    content = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
               b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               b'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               b'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               b'<office:body><office:spreadsheet><table:table table:name="Besoins"><table:table-row>'
               + b"".join(b"<table:table-cell><text:p>%s</text:p></table:table-cell>" % h.encode()
                          for h in HEADERS)
               + b"</table:table-row></table:table></office:spreadsheet></office:body>"
               b"</office:document-content>")
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
                b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                b'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                b'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                b"</manifest:manifest>")
    return zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                      "content.xml": content, "META-INF/manifest.xml": manifest})


def _ole2() -> bytes:
    """The 512-byte header of a compound file (what .xls and encrypted workbooks are), then
    empty sectors: enough for any program to recognise an old Excel file."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)  # minor, major version, byte order, sector shift
    struct.pack_into("<H", header, 32, 6)  # mini sector shift
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)
    for i in range(109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)
    return bytes(header) + b"\x00" * 1024


def _png() -> bytes:
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + b"\x3a\x7e\x9b\x55"
            + b"\x00\x00\x00\x0aIDATx\x9cc`\x00\x00\x00\x02\x00\x01\xe2!\xbc3\x00\x00\x00\x00IEND\xaeB`\x82")


def _csv(rows: Iterable[Iterable[str]], sep: str = ";", encoding: str = "utf-8", newline: str = "\r\n") -> bytes:
    return "".join(sep.join(r) + newline for r in rows).encode(encoding)


def _base_csv(encoding: str = "utf-8") -> bytes:
    return _csv([HEADERS, *ROWS], encoding=encoding)


def _with_cell(value: str) -> bytes:
    """The base sheet with ``value`` as the first row's comment."""
    rows = [HEADERS, [ROWS[0][0], ROWS[0][1], ROWS[0][2], value, *ROWS[0][4:]], ROWS[1]]
    return workbook(sheet_xml(rows_xml(rows)))


def _many_rows_sheet(count: int) -> list[list[str]]:
    return [HEADERS] + [[f"BES-{n:03d}", f"Besoin {n}", "standard", "", "", str(n), "OK"] for n in range(1, count + 1)]


def _second_row(cells: bytes, **parts: bytes) -> bytes:
    """The header row, then a row with reference BES-001 and ``cells``."""
    return workbook(sheet_xml(rows_xml([HEADERS]) + b'<row r="2"><c r="A2" t="inlineStr"><is><t>BES-001</t></is></c>'
                              + cells + b"</row>"), **parts)


def _rich_text() -> bytes:
    runs = b"".join(b"<r><t>" + b"z" * 2000 + b"</t></r>" for _ in range(20))
    return _second_row(b'<c r="D2" t="inlineStr"><is>' + runs + b"</is></c>")


def _bad_shared_string() -> bytes:
    sheet = sheet_xml(rows_xml([HEADERS]) + b'<row r="2"><c r="A2" t="s"><v>99</v></c></row>')
    return _with_shared_strings(sheet, b'<sst xmlns="%s" count="1" uniqueCount="1"><si><t>a</t></si></sst>'
                                % MAIN_NS.encode())


def _weird_numbers() -> bytes:
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>BES-00%d</t></is></c><c r="C%d" t="inlineStr"><is><t>'
        b'standard</t></is></c><c r="E%d"><v>%s</v></c><c r="F%d"><v>%s</v></c></row>' % (r, r, r - 1, r, r, v, r, v)
        for r, v in ((2, b"1e400"), (3, b"4.9e-324"), (4, b"-0")))
    return workbook(sheet_xml(rows_xml([HEADERS]) + rows))


def _styles_with_date() -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<fonts count="1"><font><sz val="11"/></font></fonts>'
            b'<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            b'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            b'<cellStyleXfs count="1"><xf/></cellStyleXfs>'
            b'<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
            b"</styleSheet>")


# ---------------------------------------------------------------------------------- cases
@dataclass(frozen=True)
class Expect:
    """What an importer must do with a file: refuse it with a sentence holding ``fragment``,
    or (``fragment`` None) read ``rows`` data rows."""

    fragment: str | None = None
    rows: int | None = None

    @property
    def refused(self) -> bool:
        return self.fragment is not None

    def describe(self) -> str:
        if self.fragment is not None:
            return f"refused: “…{self.fragment}…”"
        return f"read ({self.rows} rows)"


def refused(fragment: str) -> Expect:
    return Expect(fragment=fragment)


def read(rows: int) -> Expect:
    return Expect(rows=rows)


@dataclass(frozen=True)
class Case:
    file: str
    what: str
    build: Callable[[], bytes]
    needs: Expect
    answers: Expect
    results: Expect

    def expect(self, importer: str) -> Expect:
        return {"needs": self.needs, "answers": self.answers, "results": self.results}[importer]


DAMAGED = "it is damaged or not a valid Excel workbook"
BAD_ZIP = "is not an Excel file (.xlsx) or it is damaged"
NO_CAMPAIGN = "does not say which campaign"
NOT_TESTERS = "only the Excel workbook (.xlsx) exported for the campaign can be read back"
NO_ANSWERS = "holds no questionnaire answers"
NO_RESULTS = "holds no test results"
TOO_LONG_XLSX = "holds more than 32,767 characters"
OLD_EXCEL = "is an old Excel 97-2003 file (.xls)"
ODS = "is an OpenDocument spreadsheet (.ods)"
NOT_WORKBOOK = "is not a valid Excel workbook"
UTF16 = "is saved as UTF-16"
ENCODING = "is not in a recognised encoding"
NO_HEADER = "no header row was found"


def every(expect: Expect) -> dict[str, Expect]:
    return {"needs": expect, "answers": expect, "results": expect}


def csv_case(file: str, what: str, build: Callable[[], bytes], needs: Expect, answers: Expect | None = None) -> Case:
    """A CSV file: the testers' workbook reader refuses every CSV."""
    return Case(file, what, build, needs, answers or needs, refused(NOT_TESTERS))


CASES: list[Case] = [
    # -------------------------------------------------------------------- workbooks
    Case("base.xlsx", "The valid workbook every hostile workbook below is cut from (the control).",
         lambda: workbook(), read(2), read(2), refused(NO_CAMPAIGN)),
    Case("empty.xlsx", "0 bytes.", lambda: b"", **every(refused("is empty"))),
    Case("truncated.xlsx", "The base workbook cut in half (no zip directory).",
         lambda: workbook()[: len(workbook()) // 2], **every(refused(BAD_ZIP))),
    Case("truncated_sheet_xml.xlsx", "A sound zip whose sheet XML stops in the middle of a tag.",
         lambda: workbook(BASE_SHEET[: len(BASE_SHEET) // 2]), **every(refused(DAMAGED))),
    Case("random.xlsx", "4 KB of random bytes named .xlsx.", lambda: random.Random(1).randbytes(4096),
         refused("is not an Excel file (.xlsx); it may be damaged"),
         refused("is not an Excel file (.xlsx); it may be damaged"), refused("is not a testers' workbook")),
    Case("old_excel.xls", "The header of an old binary Excel file (OLE2, D0 CF 11 E0).", _ole2,
         **every(refused(OLD_EXCEL))),
    Case("xls_renamed.xlsx", "An old binary Excel file renamed .xlsx.", _ole2, **every(refused(OLD_EXCEL))),
    Case("spreadsheet.ods", "An OpenDocument spreadsheet (LibreOffice).", _ods, **every(refused(ODS))),
    Case("ods_renamed.xlsx", "An OpenDocument spreadsheet renamed .xlsx.", _ods, **every(refused(ODS))),
    Case("not_a_workbook.xlsx", "A zip holding a text file, named .xlsx.",
         lambda: zip_bytes({"readme.txt": b"Ceci n'est pas un classeur.\n"}), **every(refused(NOT_WORKBOOK))),
    Case("no_sheets.xlsx", "A workbook whose sheet list is empty.",
         lambda: workbook(workbook=WORKBOOK.replace(b'<sheet name="Sheet1" sheetId="1" r:id="rId1"/>', b"")),
         refused("contains no worksheet"), refused(NO_ANSWERS), refused(NO_RESULTS)),
    Case("empty_sheet.xlsx", "A workbook whose only sheet has no cell.", lambda: workbook(sheet_xml(b"")),
         refused(NO_HEADER), refused(NO_ANSWERS), refused(NO_RESULTS)),
    Case("no_workbook_type.xlsx", "[Content_Types].xml does not declare the workbook part (found by fuzzing).",
         lambda: workbook(content_types=WORKBOOK_PARTS["[Content_Types].xml"].replace(
             b"sheet.main+xml", b"sheet.other+xml")), **every(refused(DAMAGED))),
    Case("missing_sheet_part.xlsx", "The workbook names a sheet whose part is not in the zip.",
         lambda: zip_bytes(dict(WORKBOOK_PARTS)), refused("contains no worksheet"), refused(NO_ANSWERS),
         refused(NO_RESULTS)),
    Case("entity_bomb.xlsx", "Billion laughs: a sheet whose XML entities expand to 10 GB.",
         lambda: workbook(_billion_laughs_sheet()), **every(refused(DAMAGED))),
    Case("entity_bomb_strings.xlsx", "Billion laughs in the shared strings (read before any sheet).",
         _billion_laughs_strings, **every(refused(DAMAGED))),
    Case("external_entity.xlsx", "XXE: the workbook XML declares an entity reading /etc/passwd.",
         _external_entity, **every(refused(DAMAGED))),
    Case("zip_bomb_ratio.xlsx", "Zip bomb: 30 MB of sheet XML compressed about 1000 times.",
         lambda: workbook(_spaces_sheet(30), deflate_sheet=True),
         **every(refused("is too large or suspicious: a part of it expands more than 100 times"))),
    Case("zip_bomb_declared.xlsx", "Zip bomb: the zip declares a 4 GB sheet (the real one is small).",
         lambda: patch_zip(workbook(deflate_sheet=True), SHEET, file_size=4_000_000_000),
         **every(refused("is too large or suspicious: a part of it expands more than 100 times"))),
    Case("zip_bomb_lying_size.xlsx",
         "Zip bomb that lies: 20 MB of sheet XML declared as 900 KB (under every pre-scan limit).",
         lambda: patch_zip(workbook(_spaces_sheet(20, rows_after=True), deflate_sheet=True), SHEET,
                           file_size=900_000), **every(refused(BAD_ZIP))),
    Case("zip_parts_total.xlsx", "201 parts declaring 999,999 bytes each: 201 MB in all.",
         lambda: _parts_total(), **every(refused("is too large or suspicious: it expands to more than 200 MB"))),
    Case("encrypted_member.xlsx", "The sheet's zip entry is flagged as encrypted.",
         lambda: patch_zip(workbook(), SHEET, flag_bits=0x1), **every(refused(DAMAGED))),
    Case("unsupported_compression.xlsx", "The sheet's zip entry uses Deflate64 (method 9).",
         lambda: patch_zip(workbook(), SHEET, method=9), **every(refused(DAMAGED))),
    Case("dimension_huge.xlsx", 'A 3-row sheet declaring <dimension ref="A1:XFD1048576"/>.',
         lambda: workbook(sheet_xml(rows_xml([HEADERS, *ROWS]), dimension=b'<dimension ref="A1:XFD1048576"/>')),
         read(2), read(2), refused(NO_CAMPAIGN)),
    Case("dimension_small.xlsx", 'A 301-row sheet declaring <dimension ref="A1:A1"/>: every row is read.',
         lambda: workbook(sheet_xml(rows_xml(_many_rows_sheet(300)), dimension=b'<dimension ref="A1:A1"/>')),
         read(300), read(300), refused(NO_CAMPAIGN)),
    Case("far_empty_cell.xlsx", "The base sheet plus one empty styled cell at XFD1048576 (the last cell).",
         lambda: workbook(sheet_xml(rows_xml([HEADERS, *ROWS]) + b'<row r="1048576"><c r="XFD1048576" s="0"/></row>')),
         read(2), read(2), refused(NO_CAMPAIGN)),
    Case("row_beyond_excel.xlsx", "A value in row 2,000,000 (Excel stops at 1,048,576).",
         lambda: workbook(sheet_xml(rows_xml([HEADERS, *ROWS]) + b'<row r="2000000">'
                                    + b'<c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>')),
         **every(refused("has more rows than Excel allows"))),
    Case("row_number_huge.xlsx", "A value in row 999,999,999.",
         lambda: workbook(sheet_xml(rows_xml([HEADERS, *ROWS]) + b'<row r="999999999">'
                                    b'<c r="A999999999" t="inlineStr"><is><t>x</t></is></c></row>')),
         **every(refused("has more rows than Excel allows"))),
    Case("cell_40000.xlsx", "A comment of 40,000 characters.", lambda: _with_cell("x" * 40_000),
         refused(TOO_LONG_XLSX), refused(TOO_LONG_XLSX), refused("holds more than 32,000 characters")),
    Case("cell_32768.xlsx", "A comment of 32,768 characters (Excel's limit + 1).", lambda: _with_cell("y" * 32_768),
         refused(TOO_LONG_XLSX), refused(TOO_LONG_XLSX), refused("holds more than 32,000 characters")),
    Case("rich_text_40000.xlsx", "A comment of 20 formatted runs of 2,000 characters (40,000 in all).", _rich_text,
         refused(TOO_LONG_XLSX), refused(TOO_LONG_XLSX), refused("holds more than 32,000 characters")),
    Case("bad_shared_string.xlsx", "A cell pointing at shared string 99 of a table of 1.", _bad_shared_string,
         **every(refused(DAMAGED))),
    Case("bad_cell_reference.xlsx", 'A cell at "ZZZZ2", past the last column.',
         lambda: workbook(BASE_SHEET.replace(b'r="A2"', b'r="ZZZZ2"')), **every(refused(DAMAGED))),
    Case("bad_number.xlsx", 'A number cell holding "abc".', lambda: _second_row(b'<c r="E2"><v>abc</v></c>'),
         **every(refused(DAMAGED))),
    Case("weird_numbers.xlsx", "Number cells holding 1e400 (infinite), 4.9e-324 and -0 as cost and step.",
         _weird_numbers, read(3), read(3), refused(NO_CAMPAIGN)),
    Case("date_overflow.xlsx", "A date-formatted cell holding 99,999,999 (after year 9999): read as an error value.",
         lambda: _second_row(b'<c r="F2" s="1"><v>99999999</v></c>', styles=_styles_with_date()),
         read(1), read(1), refused(NO_CAMPAIGN)),
    Case("control_chars.xlsx", "Raw control characters (ESC, NUL) inside the sheet XML (not allowed in XML).",
         lambda: workbook(BASE_SHEET.replace(b"premier", b"pre\x1bmi\x00er")), **every(refused(DAMAGED))),
    Case("control_chars_escaped.xlsx", "Control characters written the way Excel does (_x001B_, _x0000_).",
         lambda: workbook(BASE_SHEET.replace(b"premier", b"pre_x001B_mi_x0000_er")),
         read(2), read(2), refused(NO_CAMPAIGN)),
    Case("workbook_named.csv", "The base workbook named .csv (it is read as a workbook, with a note).",
         lambda: workbook(), read(2), read(2), refused(NO_CAMPAIGN)),
    Case("document.pdf", "A PDF file.", lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
         refused("has an unsupported type"), refused("has an unsupported type"), refused("is not a testers' workbook")),
    # -------------------------------------------------------------------------- CSV
    Case("empty.csv", "0 bytes.", lambda: b"", **every(refused("is empty"))),
    csv_case("base.csv", "The valid CSV (UTF-8, ';') the hostile CSV files below vary.", _base_csv, read(2)),
    csv_case("utf16le_bom.csv", "UTF-16 LE with its BOM (Excel's \"Unicode text\").",
             lambda: codecs.BOM_UTF16_LE + _base_csv("utf-16-le"), refused(UTF16)),
    csv_case("utf16be_bom.csv", "UTF-16 BE with its BOM.", lambda: codecs.BOM_UTF16_BE + _base_csv("utf-16-be"),
             refused(UTF16)),
    csv_case("utf16le_nobom.csv", "UTF-16 LE without BOM.", lambda: _base_csv("utf-16-le"), refused(UTF16)),
    csv_case("utf16be_nobom.csv", "UTF-16 BE without BOM.", lambda: _base_csv("utf-16-be"), refused(UTF16)),
    csv_case("latin1.csv", "Latin-1 (ISO-8859-1) text, read as Windows cp1252 with a note.",
             lambda: _base_csv("latin-1"), read(2)),
    csv_case("undecodable.csv", "Bytes valid in no encoding crmdesk reads (0x81, 0x8D: neither UTF-8 nor cp1252).",
             lambda: _base_csv() + b"BES-003;\x81\x8d\x8f\x90\x9d;standard\r\n", refused(ENCODING)),
    csv_case("lone_surrogate.csv", "A lone surrogate (ED A0 80): invalid UTF-8, read as cp1252 with a note.",
             lambda: _base_csv().replace(b"premier", b"pre\xed\xa0\x80mier"), read(2)),
    csv_case("nul_bytes.csv", "NUL bytes inside a value.", lambda: _base_csv().replace(b"premier", b"pre\x00mier"),
             refused("contains NUL bytes")),
    csv_case("control_chars.csv", "ESC, DEL, BEL and vertical tab inside values (read as they are).",
             lambda: _base_csv().replace(b"premier", b"p\x1b[31mre\x7fmi\x07e\x0br"), read(2)),
    csv_case("binary_png.csv", "A PNG image named .csv.", _png, refused("contains NUL bytes")),
    csv_case("binary_no_nul.csv", "4 KB of random bytes without NUL, named .csv.",
             lambda: bytes(b or 1 for b in random.Random(2).randbytes(4096)), refused(ENCODING)),
    csv_case("cell_40000.csv", "A quoted value of 40,000 characters.",
             lambda: _base_csv().replace(b"premier", b'"' + b"x" * 40_000 + b'"'),
             refused("holds a value that is too long")),
    csv_case("cell_32768.csv", "A value of 32,768 characters (Excel's limit + 1).",
             lambda: _base_csv().replace(b"premier", b"y" * 32_768),
             refused("holds more than 32,767 characters")),
    csv_case("huge_line_columns.csv", "One 120 KB line of 60,000 columns, without a newline.",
             lambda: b"a;" * 60_000, refused("has more than 1000 columns")),
    csv_case("huge_line_value.csv", "One 100 KB value, without a newline.", lambda: b"x" * 100_000,
             refused("holds a value that is too long")),
    csv_case("unterminated_quote.csv", "A quote opened on row 2 and never closed.",
             lambda: _base_csv().replace(b"premier", b'"premier'), refused("is never closed")),
    csv_case("bad_quoting.csv", 'A quoted value followed by text ("a"b).',
             lambda: _base_csv().replace(b"premier", b'"pre"mier'), refused("is not a valid CSV file (row 2)")),
    csv_case("blank_lines.csv", "Only separators and blank lines.", lambda: b"\r\n;;;\r\n   \r\n;\r\n",
             refused(NO_HEADER)),
    csv_case("bom_only.csv", "Only a UTF-8 BOM.", lambda: codecs.BOM_UTF8, refused(NO_HEADER)),
    csv_case("sep_line_only.csv", 'Only Excel\'s "sep=;" line.', lambda: b"sep=;\r\n", refused(NO_HEADER)),
    csv_case("old_mac_newlines.csv", "Lines ending with a lone CR (classic Mac OS).",
             lambda: _csv([HEADERS, *ROWS], newline="\r"), read(2)),
    csv_case("formula_injection.csv", "Values that a spreadsheet would run as formulas (=, +, -, @).",
             lambda: _csv([HEADERS, ["", '=HYPERLINK("http://evil.example","clic")', "standard", "+33 6 12", "-2+3",
                                     "1", "OK"], ["", "@SUM(A1:A2)", "standard", "=1+1", "", "2", "OK"]]),
             read(2)),
]


def _parts_total() -> bytes:
    members = dict(WORKBOOK_PARTS)
    members[SHEET] = BASE_SHEET
    for number in range(201):
        members[f"xl/media/part{number}.bin"] = b""
    data = zip_bytes(members)
    for number in range(201):
        data = patch_zip(data, f"xl/media/part{number}.bin", file_size=999_999)
    return data


CASES_BY_FILE = {case.file: case for case in CASES}


# ------------------------------------------------------------------------------ the README
TABLE_START = "<!-- corpus table: written by make_corpus.py -->"
TABLE_END = "<!-- end of the corpus table -->"


def readme_table() -> str:
    lines = ["| File | What it is | Needs import | Answers import | Results import |",
             "| --- | --- | --- | --- | --- |"]
    for case in CASES:
        cells = [f"`{case.file}`", case.what.replace("|", "\\|"),
                 *(case.expect(i).describe().replace("|", "\\|") for i in IMPORTERS)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_readme_table(readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    readme.write_text(text[:start] + "\n" + readme_table() + "\n" + text[end:], encoding="utf-8")


# ---------------------------------------------------------------------------------- main
def build(case: Case) -> bytes:
    return case.build()


def differences(corpus: Path = CORPUS_DIR) -> list[str]:
    """Files that are missing, extra or not what the generator makes."""
    out = []
    for case in CASES:
        path = corpus / case.file
        if not path.exists():
            out.append(f"missing: {case.file}")
        elif not same_file(path.read_bytes(), build(case)):
            out.append(f"differs: {case.file}")
    known = {case.file for case in CASES}
    out += [f"not generated: {p.name}" for p in sorted(corpus.iterdir()) if p.name not in known]
    return out


def same_file(committed: bytes, generated: bytes) -> bool:
    """Equal bytes; for a zip, equal entries (name, sizes declared, CRC, method, flags) -- what
    deflate writes may vary with the zlib library, the uncompressed content does not."""
    if committed == generated:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(committed)) as a, zipfile.ZipFile(io.BytesIO(generated)) as b:
            return _entries(a) == _entries(b)
    except zipfile.BadZipFile:
        return False


def _entries(archive: zipfile.ZipFile) -> list[tuple[object, ...]]:
    return [(i.filename, i.file_size, i.CRC, i.compress_type, i.flag_bits) for i in archive.infolist()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report the files that differ")
    args = parser.parse_args(argv)
    if args.check:
        problems = differences()
        for line in problems:
            print(line)
        return 1 if problems else 0
    CORPUS_DIR.mkdir(exist_ok=True)
    for case in CASES:
        (CORPUS_DIR / case.file).write_bytes(build(case))
    write_readme_table()
    total = sum(p.stat().st_size for p in CORPUS_DIR.iterdir())
    print(f"{len(CASES)} files, {total:,} bytes in {CORPUS_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

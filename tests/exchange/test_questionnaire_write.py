"""The questionnaire workbook as a vendor receives it, read back with openpyxl: locked questions,
editable answers, protection, drop-down lists, the hidden identifier, text that stays text,
the language of the ``translate`` given, atomic writing and speed."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import ExportFailed
from crmdesk.exchange import questionnaire_format as qf
from crmdesk.exchange.questionnaire_read import read_answers
from crmdesk.exchange.questionnaire_write import QuestionnaireSpec, QuestionRow, write_questionnaire

DANGEROUS = ['=HYPERLINK("http://evil.example","clic")', "+33 6 12 34 56 78", "-5 % sur la gamme", "@SUM(A1)",
             "#N/A"]

FRENCH = {
    ("Questionnaire", "Instructions"): "Consignes", ("Questionnaire", "Requirements"): "Exigences",
    ("Questionnaire", "Ref"): "Réf", ("Questionnaire", "Domain"): "Domaine", ("Questionnaire", "Title"): "Titre",
    ("Questionnaire", "Priority"): "Priorité", ("Questionnaire", "Coverage"): "Couverture",
    ("Questionnaire", "Comment"): "Commentaire", ("Questionnaire", "Extra cost (€ excl. VAT)"): "Surcoût (€ HT)",
    ("Questionnaire", "Planned lot"): "Lot prévu",
    ("Coverage", "out of the box"): "standard", ("Coverage", "configuration"): "paramétrage",
    ("Coverage", "custom development"): "développement spécifique", ("Coverage", "not covered"): "non couvert",
    ("Priority", "mandatory"): "impératif", ("Priority", "desired"): "souhaité", ("Priority", "optional"): "optionnel",
}


def french(context: str, text: str) -> str:
    return FRENCH.get((context, text), text)


def english(_context: str, text: str) -> str:
    return text


def make_spec(rows: list[QuestionRow] | None = None, candidate: str = "Altacime CRM") -> QuestionnaireSpec:
    rows = rows if rows is not None else [
        QuestionRow("BES-001", "Comptes", "Fiche compte unique", "Partagée par tous", Priority.MANDATORY),
        QuestionRow("BES-002", "Comptes", DANGEROUS[0], DANGEROUS[1], Priority.DESIRED),
        QuestionRow("BES-003", "Ventes / Devis", DANGEROUS[2], DANGEROUS[3], Priority.OPTIONAL),
        QuestionRow("BES-004", DANGEROUS[4], "Ligne\r\navec retour\x01", "", Priority.MANDATORY),
    ]
    return QuestionnaireSpec(project_name="=Projet CRM", organisation="Vernadel", context="Contexte du projet.",
                             candidate_name=candidate, token="0123456789abcdef", version=3,
                             created=date(2026, 2, 9), rows=rows, lang="en")


@pytest.fixture
def book(tmp_path: Path) -> Path:
    out = tmp_path / "questionnaire.xlsx"
    write_questionnaire(out, make_spec(), english)
    return out


def test_sheets_protection_and_locked_cells(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Instructions", "Requirements", qf.ID_SHEET]
    assert [ws.sheet_state for ws in wb.worksheets] == ["visible", "visible", "veryHidden"]
    assert wb.security.lockStructure and not wb.security.workbookPassword
    ws = wb["Requirements"]
    assert [c.value for c in ws[1]] == ["Ref", "Domain", "Title", "Description", "Priority", "Coverage",
                                        "Comment", "Extra cost (€ excl. VAT)", "Planned lot"]
    assert ws.protection.sheet and not ws.protection.password
    assert ws.freeze_panes == "B2"
    for row in range(2, 6):
        assert all(ws.cell(row, col).protection.locked for col in range(1, 6)), row
        assert not any(ws.cell(row, col).protection.locked for col in range(6, 10)), row
        assert ws.cell(row, 3).alignment.wrap_text
    assert ws["A1"].protection.locked and ws["F1"].protection.locked
    assert wb["Instructions"].protection.sheet


def test_mandatory_needs_are_marked(book: Path) -> None:
    ws = openpyxl.load_workbook(book)["Requirements"]
    assert ws["E2"].value == "mandatory" and ws["E3"].value == "desired"
    assert ws["E2"].fill.fgColor.rgb != ws["E3"].fill.fgColor.rgb
    assert ws["E2"].font.bold and not ws["E3"].font.bold
    assert ws["E5"].fill.fgColor.rgb == ws["E2"].fill.fgColor.rgb


def test_validation_lists_on_the_answer_columns(book: Path) -> None:
    ws = openpyxl.load_workbook(book)["Requirements"]
    by_type = {dv.type: dv for dv in ws.data_validations.dataValidation}
    coverage = by_type["list"]
    assert coverage.formula1 == '"out of the box,configuration,custom development,not covered"'
    assert str(coverage.sqref) == "F2:F5"
    cost = by_type["decimal"]
    assert cost.operator == "greaterThanOrEqual" and cost.formula1 == "0" and str(cost.sqref) == "H2:H5"
    assert ws["H2"].number_format == "#,##0.00"


def test_hidden_identifier(book: Path) -> None:
    ws = openpyxl.load_workbook(book)[qf.ID_SHEET]
    header = next(r for r in range(1, 30) if ws.cell(r, 1).value == qf.ID_QUESTIONS_HEADER)
    meta = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, header)}
    assert meta["format"] == qf.FORMAT_ID and meta["format_version"] == qf.FORMAT_VERSION
    assert (meta["token"], meta["candidate"], meta["version"]) == ("0123456789abcdef", "Altacime CRM", 3)
    assert meta["project"] == "=Projet CRM"
    refs = [ws.cell(r, 1).value for r in range(header + 1, header + 5)]
    assert refs == ["BES-001", "BES-002", "BES-003", "BES-004"]
    assert ws.cell(header + 1, 2).value == qf.text_hash("Fiche compte unique")


def test_no_formula_anywhere_and_dangerous_text_intact(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    ws = wb["Requirements"]
    assert ws["C3"].value == DANGEROUS[0] and ws["C3"].quotePrefix
    assert ws["D3"].value == DANGEROUS[1]
    assert (ws["C4"].value, ws["D4"].value) == (DANGEROUS[2], DANGEROUS[3])
    assert ws["B5"].value == "#N/A" and ws["B5"].data_type == "s"
    assert ws["C5"].value == "Ligne\navec retour"  # CR LF normalised, control character removed
    assert wb["Instructions"]["A1"].value.endswith("=Projet CRM")


def test_the_language_follows_translate_and_reads_back_without_it(tmp_path: Path) -> None:
    out = tmp_path / "fr.xlsx"
    write_questionnaire(out, make_spec(), french)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Consignes", "Exigences"]
    ws = wb["Exigences"]
    assert [c.value for c in ws[1]][:6] == ["Réf", "Domaine", "Titre", "Description", "Priorité", "Couverture"]
    assert ws["E2"].value == "impératif"
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert lists[0].formula1 == '"standard,paramétrage,développement spécifique,non couvert"'
    ws["F2"], ws["F3"], ws["H3"] = "paramétrage", "Développement spécifique", "1 500,00 €"
    ws["F4"], ws["F5"] = "non couvert", "standard"
    wb.save(out)
    parsed = read_answers(out)  # an English-speaking pilot reads a French file
    got = {a.ref: (a.coverage.value if a.coverage else None, a.extra_cost) for a in parsed.answers}
    assert got == {"BES-001": ("configuration", None), "BES-002": ("custom", 1500.0),
                   "BES-003": ("not_covered", None), "BES-004": ("standard", None)}
    assert parsed.sheet == "Exigences" and not parsed.invalid


def test_a_label_with_a_comma_goes_to_a_range(tmp_path: Path) -> None:
    out = tmp_path / "comma.xlsx"

    def odd(context: str, text: str) -> str:
        return "standard, tel quel" if (context, text) == ("Coverage", "out of the box") else text

    write_questionnaire(out, make_spec(), odd)
    wb = openpyxl.load_workbook(out)
    coverage = next(dv for dv in wb["Requirements"].data_validations.dataValidation if dv.type == "list")
    assert coverage.formula1 == f"'{qf.ID_SHEET}'!$F$1:$F$4"
    assert wb[qf.ID_SHEET]["F1"].value == "standard, tel quel"


def test_a_blank_questionnaire_asks_the_vendor_name(tmp_path: Path) -> None:
    out = tmp_path / "blank.xlsx"
    write_questionnaire(out, make_spec(candidate=""), english)
    ws = openpyxl.load_workbook(out)["Instructions"]
    cell = next(row[1] for row in ws.iter_rows() if row[0].value == "Your company (please fill in)")
    assert cell.value is None and not cell.protection.locked


class _Exploding(list):  # type: ignore[type-arg]
    def __iter__(self):  # type: ignore[no-untyped-def]
        yield from super().__iter__()
        raise RuntimeError("disk gone")


def test_a_failed_write_leaves_the_previous_file_and_nothing_else(tmp_path: Path, book: Path) -> None:
    before = book.read_bytes()
    spec = make_spec(_Exploding(make_spec().rows))
    with pytest.raises(ExportFailed) as err:
        write_questionnaire(book, spec, english)
    assert "could not be written" in str(err.value)
    assert book.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["questionnaire.xlsx"]
    with pytest.raises(ExportFailed, match="does not exist"):
        write_questionnaire(tmp_path / "missing" / "q.xlsx", make_spec(), english)


def test_five_thousand_needs_are_written_quickly(tmp_path: Path) -> None:
    rows = [QuestionRow(f"BES-{i:04d}", f"Domaine {i % 12}", f"Besoin numéro {i}", "Une description. " * 8,
                        list(Priority)[i % 3]) for i in range(1, 5001)]
    out = tmp_path / "big.xlsx"
    start = time.perf_counter()
    write_questionnaire(out, make_spec(rows), english)
    elapsed = time.perf_counter() - start
    assert elapsed < 15, elapsed  # about 1 s measured
    start = time.perf_counter()
    parsed = read_answers(out)
    assert len(parsed.identifier.questions) == 5000 and parsed.rows_read == 5000
    assert time.perf_counter() - start < 15

"""The questionnaire round trip through real files and a real project file: send, let the
vendor fill in (and damage) the workbook, preview the report, apply all or nothing, re-import
with history, proposed scores, and undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from questionnaire_project import Project, add_candidates
from questionnaire_vendor import answer, columns, fill, rewrite, rows_by_ref

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.changes import EntityKind
from crmdesk.domain.errors import ExportFailed, ImportRejected
from crmdesk.domain.questionnaires import CandidateNeeded, Coverage
from crmdesk.services import questionnaires as qs
from crmdesk.services.history import HistoryService
from crmdesk.services.questionnaires_import import apply_answers, preview_answers


def english(_context: str, text: str) -> str:
    return text


def send(p: Project, name: str | None = "Altacime CRM", file: str = "sent.xlsx") -> Path:
    return qs.export_questionnaire(p.pf, p.candidates[name] if name else None, p.tmp / file, english)


def current(p: Project, name: str = "Altacime CRM") -> dict[str, tuple[object, ...]]:
    return {a.need_ref: (a.coverage, a.comment, a.extra_cost, a.planned_lot, a.accepted)
            for a in qs.answers(p.pf, p.candidates[name])}


FULL = {
    "BES-001": answer("out of the box", "Natif", lot="Lot 1"),
    "BES-002": answer("configuration", "Paramétrage des rôles", 0, "Lot 1"),
    "BES-003": answer("custom development", "Développement", 4500, "Lot 2"),
    "BES-004": answer("not covered", "Pas de devis"),
    "BES-006": answer("Standard"),
}


def test_sending_records_a_versioned_questionnaire_and_can_be_undone(project: Project) -> None:
    path = send(project)
    wb = openpyxl.load_workbook(path)
    assert sorted(rows_by_ref(wb["Requirements"])) == ["BES-001", "BES-002", "BES-003", "BES-004", "BES-006"]
    send(project, file="again.xlsx")
    sent = qs.questionnaires(project.pf, project.candidates["Altacime CRM"])
    assert [q.version for q in sent] == [2, 1] and sent[0].candidate_name == "Altacime CRM"
    read, changes = qs.send_questionnaire(project.pf, None, project.tmp / "blank.xlsx", english)
    assert (read.candidate_id, read.version, read.candidate_name) == (None, 1, "")
    assert [q.token for q in qs.questionnaires(project.pf) if q.candidate_id is None] == [read.token]
    HistoryService(project.pf).replay(changes.step)  # undo: the blank questionnaire is forgotten
    assert [q.candidate_id for q in qs.questionnaires(project.pf)] == [project.candidates["Altacime CRM"]] * 2
    refs = [wb["Requirements"].cell(r, 1).value for r in range(2, 7)]
    # domain by domain in the tree's order (Ventes was created first), then the need without a domain
    assert refs == ["BES-003", "BES-004", "BES-001", "BES-002", "BES-006"]


def test_a_failed_export_records_nothing(project: Project) -> None:
    with pytest.raises(ExportFailed):
        qs.export_questionnaire(project.pf, project.candidates["Altacime CRM"], project.tmp / "no" / "q.xlsx")
    assert qs.questionnaires(project.pf) == []


def test_full_round_trip_then_reimport_with_history(project: Project) -> None:
    sent = send(project)
    path = fill(sent, project.tmp / "back.xlsx", FULL)
    preview = preview_answers(project.pf, path, translate=english)
    assert (preview.candidate_name, preview.source, preview.questionnaire_version) == ("Altacime CRM", "identifier", 1)
    assert not preview.blocking and preview.count("new") == 5
    lines = preview.report_lines(english)
    assert lines[1] == "Candidate: Altacime CRM (named by the questionnaire, version 1)"
    assert lines[2].startswith("Answers: 5 new, 0 replacing")
    assert current(project) == {}  # a preview changes nothing

    result, changes = apply_answers(project.pf, preview)
    assert (result.created, result.replaced, result.unchanged) == (5, 0, 0)
    assert changes.touches(EntityKind.ANSWER) and changes.ids == {project.candidates["Altacime CRM"]}
    got = current(project)
    assert got["BES-003"] == (Coverage.CUSTOM, "Développement", 4500.0, "Lot 2", False)
    assert got["BES-006"][0] is Coverage.STANDARD
    reads = {a.need_ref: a for a in qs.answers(project.pf, project.candidates["Altacime CRM"])}
    assert reads["BES-001"].question_title == "Fiche compte unique" and reads["BES-001"].questionnaire_version == 1
    assert reads["BES-001"].priority.value == "mandatory"

    qs.set_accepted(project.pf, project.candidates["Altacime CRM"])
    second = fill(sent, project.tmp / "back2.xlsx", {**FULL, "BES-004": answer("custom development", "Finalement", 3000)})
    preview = preview_answers(project.pf, second)
    assert (preview.count("new"), preview.count("replaced"), preview.count("unchanged")) == (0, 1, 4)
    result, _ = apply_answers(project.pf, preview)
    assert (result.created, result.replaced, result.unchanged) == (0, 1, 4)
    got = current(project)
    assert got["BES-004"] == (Coverage.CUSTOM, "Finalement", 3000.0, "", False)  # changed: no longer accepted
    assert got["BES-001"][4] is True  # unchanged: still accepted
    history = qs.history(project.pf, project.candidates["Altacime CRM"], project.needs["BES-004"])
    assert [(h.coverage, h.comment) for h in history] == [(Coverage.NOT_COVERED, "Pas de devis")]


def test_proposed_scores_follow_the_editable_mapping(project: Project) -> None:
    apply_answers(project.pf, preview_answers(project.pf, fill(send(project), project.tmp / "b.xlsx", FULL)))
    altacime = project.candidates["Altacime CRM"]
    ids = project.needs
    assert qs.proposed_scores(project.pf, altacime) == {ids["BES-001"]: 5.0, ids["BES-002"]: 4.0,
                                                         ids["BES-003"]: 2.0, ids["BES-004"]: 0.0, ids["BES-006"]: 5.0}
    assert qs.proposed_scores(project.pf, altacime, accepted_only=True) == {}
    changes = qs.set_coverage_scores(project.pf, {Coverage.CUSTOM: 1.5, Coverage.CONFIGURATION: 3})
    assert changes.step is not None and not changes.step.empty
    assert qs.proposed_scores(project.pf, altacime)[ids["BES-003"]] == 1.5
    assert qs.coverage_scores(project.pf)[Coverage.CONFIGURATION] == 3.0
    qs.set_accepted(project.pf, altacime, [ids["BES-001"], ids["BES-003"]])
    assert qs.proposed_scores(project.pf, altacime, accepted_only=True) == {ids["BES-001"]: 5.0, ids["BES-003"]: 1.5}
    with pytest.raises(Exception, match="between 0 and 5"):
        qs.set_coverage_scores(project.pf, {Coverage.STANDARD: 7})


def test_invalid_values_block_everything(project: Project) -> None:
    path = fill(send(project), project.tmp / "bad.xlsx", {**FULL, "BES-003": answer("peut-être"),
                                                          "BES-004": answer("not covered", cost="cher")})
    preview = preview_answers(project.pf, path)
    assert preview.blocking
    rows = rows_by_ref(openpyxl.load_workbook(path)["Requirements"])
    text = "\n".join(preview.report_lines(english))
    assert f'Row {rows["BES-003"]}, column "Coverage": "peut-être" is not a coverage' in text
    assert f'Row {rows["BES-004"]}, column "Extra cost (€ excl. VAT)": "cher" is not an amount' in text
    assert "Invalid values: 2; nothing can be imported until they are corrected:" in text
    with pytest.raises(ImportRejected, match="2 invalid values"):
        apply_answers(project.pf, preview)
    assert current(project) == {}


def test_a_damaged_file_reports_unknown_refs_changed_titles_and_missing_answers(project: Project) -> None:
    sent = send(project)
    path = fill(sent, project.tmp / "a.xlsx", FULL)
    wb = openpyxl.load_workbook(path)
    ws = wb["Requirements"]
    cols, rows = columns(ws), rows_by_ref(ws)
    ws.cell(rows["BES-002"], cols["Title"]).value = "Contacts, rôles et anniversaires"
    extra = ws.max_row + 1
    ws.cell(extra, cols["Ref"]).value = "BES-999"
    ws.cell(extra, cols["Coverage"]).value = "standard"
    wb.save(path)
    path = rewrite(path, project.tmp / "b.xlsx", drop_refs=("BES-004",), reverse_rows=True,
                   order=["Coverage", "Ref", "Title", "Comment", "Planned lot", "Extra cost (€ excl. VAT)"])
    preview = preview_answers(project.pf, path)
    rows = rows_by_ref_any(path)
    assert preview.unknown == [(rows["BES-999"], "BES-999")]
    assert [(m.ref, m.mandatory) for m in preview.missing] == [("BES-004", True)]
    assert [(c.ref, c.kind, c.row) for c in preview.changed_questions] == [
        ("BES-002", "edited_in_file", rows["BES-002"])]
    lines = preview.report_lines(english)
    assert f"  row {rows['BES-999']}: BES-999" in lines
    assert "Needs without an answer: 1 (1 mandatory)" in lines and "  BES-004 (mandatory)" in lines
    assert (f'  row {rows["BES-002"]}, BES-002: the title in the file is not the one sent '
            f'("Contacts, rôles et anniversaires").') in lines
    assert not preview.blocking
    result, _ = apply_answers(project.pf, preview)
    assert result.created == 4
    assert qs.answers(project.pf, project.candidates["Altacime CRM"])[1].question_title == "Contacts et rôles"


def rows_by_ref_any(path: Path) -> dict[str, int]:
    ws = openpyxl.load_workbook(path)["Requirements"]
    ref_col = columns(ws)["Ref"]
    return {str(ws.cell(r, ref_col).value): r for r in range(2, ws.max_row + 1) if ws.cell(r, ref_col).value}


def test_a_need_renamed_after_sending_is_reported(project: Project) -> None:
    sent = send(project)
    project.services.needs.update([project.needs["BES-001"]], {"title": "Fiche compte unique et partagée"})
    preview = preview_answers(project.pf, fill(sent, project.tmp / "a.xlsx", FULL))
    assert [(c.ref, c.kind) for c in preview.changed_questions] == [("BES-001", "renamed_since_sent")]
    apply_answers(project.pf, preview)
    read = next(a for a in qs.answers(project.pf, project.candidates["Altacime CRM"]) if a.need_ref == "BES-001")
    assert read.question_title == "Fiche compte unique" and read.title_changed


def test_undo_of_an_import_restores_the_previous_answers(project: Project) -> None:
    sent = send(project)
    apply_answers(project.pf, preview_answers(project.pf, fill(sent, project.tmp / "a.xlsx", FULL)))
    before = current(project)
    changed = fill(sent, project.tmp / "b.xlsx", {"BES-001": answer("not covered", "Retiré"),
                                                  "BES-002": answer("standard")})
    _, changes = apply_answers(project.pf, preview_answers(project.pf, changed))
    assert current(project)["BES-001"][0] is Coverage.NOT_COVERED
    assert changes.step is not None
    inverse, undone = HistoryService(project.pf).replay(changes.step)
    assert undone.touches(EntityKind.ANSWER)
    assert current(project) == before
    assert qs.history(project.pf, project.candidates["Altacime CRM"], project.needs["BES-001"]) == []
    HistoryService(project.pf).replay(inverse)  # redo
    assert current(project)["BES-001"][0] is Coverage.NOT_COVERED


def test_a_blank_questionnaire_needs_its_candidate(project: Project) -> None:
    blank = send(project, None, "blank.xlsx")
    path = fill(blank, project.tmp / "a.xlsx", FULL)
    with pytest.raises(CandidateNeeded, match="blank questionnaire"):
        preview_answers(project.pf, path)
    preview = preview_answers(project.pf, path, project.candidates["Kerlance Solutions"])
    assert (preview.candidate_name, preview.source) == ("Kerlance Solutions", "chosen")
    wb = openpyxl.load_workbook(path)
    ws = wb["Instructions"]
    cell = next(row[1] for row in ws.iter_rows() if row[0].value == "Your company (please fill in)")
    cell.value = "  kerlance SOLUTIONS "
    wb.save(path)
    preview = preview_answers(project.pf, path)
    assert (preview.candidate_name, preview.source) == ("Kerlance Solutions", "typed")
    assert preview.questionnaire_id is not None


def test_the_file_of_another_candidate_or_project_is_refused(project: Project) -> None:
    path = fill(send(project), project.tmp / "a.xlsx", FULL)
    with pytest.raises(ImportRejected, match="sent to Altacime CRM, not to Kerlance Solutions"):
        preview_answers(project.pf, path, project.candidates["Kerlance Solutions"])
    other = ProjectFile.create(project.tmp / "other.crmdesk", "Autre projet")
    try:
        add_candidates(other, "Altacime CRM")
        with pytest.raises(ImportRejected, match='questionnaire of the project "Projet CRM", not of this one'):
            preview_answers(other, path)
    finally:
        other.close()


def test_a_csv_copy_is_read_with_the_candidate_given(project: Project) -> None:
    import csv

    path = fill(send(project), project.tmp / "a.xlsx", FULL)
    out = project.tmp / "a.csv"
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(openpyxl.load_workbook(path)["Requirements"].iter_rows(values_only=True))
    with pytest.raises(CandidateNeeded, match="does not say which candidate"):
        preview_answers(project.pf, out)
    preview = preview_answers(project.pf, out, project.candidates["Altacime CRM"])
    assert preview.count("new") == 5 and preview.questionnaire_id is None
    assert any("CSV" in line for line in preview.report_lines(english))


def test_a_missing_column_keeps_the_current_values(project: Project) -> None:
    sent = send(project)
    apply_answers(project.pf, preview_answers(project.pf, fill(sent, project.tmp / "a.xlsx", FULL)))
    again = fill(sent, project.tmp / "b.xlsx", {**FULL, "BES-001": answer("configuration")})
    again = rewrite(again, project.tmp / "c.xlsx", drop_columns=("Comment",))
    preview = preview_answers(project.pf, again)
    assert (preview.count("replaced"), preview.count("unchanged")) == (1, 4)
    apply_answers(project.pf, preview)
    assert current(project)["BES-001"][:2] == (Coverage.CONFIGURATION, "Natif")

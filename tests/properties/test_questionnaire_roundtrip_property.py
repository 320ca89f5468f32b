"""Property: a vendor questionnaire goes out as the pilot typed it and the vendor's answers come
back as the vendor typed them.

``send_questionnaire`` writes the workbook for a candidate; the vendor types coverage, comment,
extra cost and planned lot in the answer cells (with openpyxl, as Excel stores them: text
typed with a leading ``=`` is a quote-prefixed string, never a formula) and saves;
``preview_answers`` + ``apply_answers`` read it back. Asserted:

* the sent workbook holds no formula anywhere (hidden identifier sheet included), and every
  text typed by the pilot — project name, organisation and context, candidate name, need
  titles and descriptions, domain paths — appears in its cell identical after ``clean_text``;
* the answers are matched to their needs without any "question changed" report;
* the stored comment equals ``clean_text`` of what the vendor typed (so CR LF comes back as LF),
  the planned lot is what was typed with its whitespace collapsed (the app keeps a lot on one
  line), coverage and extra cost are those typed, and the question title kept with the answer
  is the need's title;
* reading the same file again plans nothing to change.

Restrictions: titles and names non-blank within the app's limits (300/200 characters);
the vendor's comments hold a visible character (whitespace alone is no comment) and keep their
outer whitespace; a spreadsheet cell cannot hold control characters, so the vendor's texts have
none.
"""

from __future__ import annotations

from datetime import date

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from crmdesk.domain.enums import NeedStatus, Priority
from crmdesk.domain.needs import NeedDraft, domain_paths
from crmdesk.domain.questionnaires import COVERAGE_LABELS, Coverage
from crmdesk.exchange import questionnaire_format as qf
from crmdesk.exchange.cells import clean_text
from crmdesk.i18n import translator
from crmdesk.services.container import ProjectServices
from crmdesk.services.questionnaires import answers, send_questionnaire
from crmdesk.services.questionnaires_import import UNCHANGED, apply_answers, preview_answers

from property_texts import (
    ProjectMaker,
    answer_text,
    assert_safe_workbook,
    expected_cell,
    one_line,
    round_trip_settings,
    sheet_rows,
    type_in_cell,
    typed_line,
    typed_text,
)

_domain_name = typed_line(200).map(lambda t: t.replace("/", "")).filter(lambda t: bool(one_line(t)))
_need = st.fixed_dictionaries({
    "title": typed_line(300),
    "description": typed_text(),
    "priority": st.sampled_from(Priority),
    "rejected": st.booleans(),
    "in_domain": st.booleans(),
})
_answer = st.fixed_dictionaries({
    "coverage": st.none() | st.sampled_from(Coverage),
    "comment": answer_text(),
    "extra_cost": st.none() | st.integers(0, 10_000_000).map(lambda cents: cents / 100),
    "planned_lot": st.one_of(st.just(""), typed_line(200)),
})
_project = st.fixed_dictionaries({
    "name": typed_line(200), "organisation": typed_text(long_ok=False), "description": typed_text(),
})


@round_trip_settings(30)
@given(project=_project, candidate=typed_line(200), domain=st.tuples(_domain_name, _domain_name),
       needs=st.lists(_need, min_size=1, max_size=4), data=st.data(), lang=st.sampled_from(["en", "fr"]))
def test_questionnaire_round_trip(fresh_project: ProjectMaker, project: dict[str, str], candidate: str,
                                  domain: tuple[str, str], needs: list[dict[str, Any]], data: st.DataObject,
                                  lang: str) -> None:
    translate = translator(lang)
    with fresh_project() as (pf, folder):
        s = ProjectServices.over(pf)
        s.project.update(project)
        parent, _ = s.domains.create(domain[0])
        child, _ = s.domains.create(domain[1], parent)
        s.needs.create_many([NeedDraft(title=n["title"], description=n["description"], priority=n["priority"],
                                       status=NeedStatus.REJECTED if n["rejected"] else NeedStatus.DRAFT,
                                       domain_id=child if n["in_domain"] else None) for n in needs])
        candidate_id, _ = s.selection.add_candidate(candidate)
        stored = {n.ref: n for n in s.needs.list()}
        asked = {ref: n for ref, n in stored.items() if n.status is not NeedStatus.REJECTED}
        if not asked:  # the app refuses to send a questionnaire without needs
            return
        paths = domain_paths(s.domains.list())
        frame = s.project.get()
        sent = folder / "questionnaire.xlsx"
        send_questionnaire(pf, candidate_id, sent, translate, lang=lang)

        # What the vendor receives: no formula; every text of the pilot as typed.
        texts = assert_safe_workbook(sent)
        candidate_name = s.selection.candidate(candidate_id).name
        for text in (frame.name, frame.organisation, frame.description, candidate_name):
            if clean_text(text).strip():
                assert clean_text(text) in texts
        wb = load_workbook(sent)
        answers_sheet = wb.sheetnames[1]
        rows = sheet_rows(sent, answers_sheet)
        headers = {translate(qf.CONTEXT, h): f for f, h in qf.HEADERS.items()}
        col = {headers[h]: i for i, h in enumerate(rows[0]) if h in headers}
        seen = {row[col["ref"]]: row for row in rows[1:]}
        assert set(seen) == set(asked)
        for ref, need in asked.items():
            row = seen[ref]
            assert row[col["title"]] == expected_cell(need.title)
            assert row[col["description"]] == expected_cell(need.description)
            assert row[col["domain"]] == (expected_cell(paths[need.domain_id]) if need.domain_id else None)

        # The vendor types answers in every row and saves.
        typed = {ref: data.draw(_answer, label=f"answer {ref}") for ref in sorted(asked)}
        ws = wb[answers_sheet]
        for r in range(2, ws.max_row + 1):
            answer = typed[ws.cell(r, col["ref"] + 1).value]
            coverage = answer["coverage"]
            type_in_cell(ws.cell(r, col["coverage"] + 1),
                         translate("Coverage", COVERAGE_LABELS[coverage]) if coverage else None)
            type_in_cell(ws.cell(r, col["comment"] + 1), answer["comment"])
            ws.cell(r, col["extra_cost"] + 1).value = answer["extra_cost"]
            type_in_cell(ws.cell(r, col["planned_lot"] + 1), answer["planned_lot"] or None)
        filled = folder / "réponses.xlsx"
        wb.save(filled)

        preview = preview_answers(pf, filled, None, translate)
        report = preview.report_lines(translate)
        assert preview.source == "identifier" and preview.candidate_id == candidate_id, report
        assert not preview.blocking and preview.unknown == [] and preview.missing == [], report
        assert preview.changed_questions == [], report
        result, _ = apply_answers(pf, preview)
        assert (result.created, result.replaced) == (len(asked), 0)

        got = {a.need_ref: a for a in answers(pf, candidate_id)}
        assert set(got) == set(asked)
        for ref, answer in typed.items():
            back = got[ref]
            assert back.comment == clean_text(answer["comment"])
            assert back.planned_lot == one_line(answer["planned_lot"])
            assert back.coverage == answer["coverage"]
            assert back.extra_cost == answer["extra_cost"]
            assert back.question_title == asked[ref].title

        again = preview_answers(pf, filled, None, translate)
        assert [p.status for p in again.planned] == [UNCHANGED] * len(asked) and again.to_apply == 0

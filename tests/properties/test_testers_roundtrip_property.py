"""Property: a campaign goes out in the testers' workbook as the pilot typed it and the
testers' results come back as they typed them.

``export_campaign`` writes the workbook; a key user types, on each case row and step row, a
result, an actual result and a comment, and on the case row their name and the date (with
openpyxl, as Excel stores it: text typed with a leading ``=`` is a quote-prefixed string); then
``preview_results`` + ``apply_results`` record one attempt per case. Asserted:

* the exported workbook holds no formula anywhere, stays within Excel's limits (its drop-down
  list of testers' names is at most 255 UTF-16 units inline, emoji counting two), and every
  text typed by the pilot — project
  and campaign names, testers' names, case titles and preconditions, step actions and
  expected results — appears in its cell identical after ``clean_text``;
* nothing is refused and every case gets exactly one attempt, with its result and tester;
* the attempt's actual result is ``clean_text`` of what was typed on the case row; its comment
  is the case row's comment followed by each step's comment as "n. comment" (the documented
  joining rule), each ``clean_text``-identical; each step's actual result is as typed;
* a failed case raises a defect titled as the case whose description holds, identical (but
  for the outer whitespace of the composed description), the case's actual result and comment
  and the actual result of every failed or blocked step.

Restrictions: titles and names non-blank within the app's limits; testers' names distinct once
whitespace and case are ignored (the app refuses two people named alike); the testers' texts
hold a visible character and no control character (a spreadsheet cell cannot).
"""

from __future__ import annotations

from datetime import date, datetime

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from crmdesk.domain.acceptance import RESULT_LABELS, Result, TestStep
from crmdesk.domain.acceptance_values import CampaignDraft, TestCaseDraft
from crmdesk.exchange import testers_workbook_format as tf
from crmdesk.exchange.cells import clean_text
from crmdesk.exchange.testers_workbook_write import TestersWorkbookSpec, write_testers_workbook
from crmdesk.i18n import translator
from crmdesk.services.acceptance import AcceptanceService
from crmdesk.services.acceptance_import import apply_results, export_campaign, preview_results
from crmdesk.services.container import ProjectServices

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

_names = st.lists(typed_line(120), min_size=1, max_size=3,
                  unique_by=lambda n: " ".join(n.split()).casefold())  # the app refuses equal names
_case = st.fixed_dictionaries({
    "title": typed_line(300),
    "preconditions": typed_text(),
    "steps": st.lists(st.tuples(typed_text(long_ok=False), typed_text(long_ok=False)), max_size=3),
})
_maybe_text = st.one_of(st.just(""), answer_text())
_RUN = (Result.PASSED, Result.FAILED, Result.BLOCKED)


def _typed_run(step_count: int) -> st.SearchStrategy[dict[str, Any]]:
    """What a tester types for one case: the case row, then each step row."""
    step = st.fixed_dictionaries({"result": st.none() | st.sampled_from(_RUN), "actual": _maybe_text,
                                  "comment": _maybe_text})

    def consistent(run: dict[str, Any]) -> dict[str, Any]:
        if run["result"] is not Result.PASSED:
            return run
        # A passed case cannot have a failed or blocked step: the tester marks them OK.
        steps = [{**step, "result": Result.PASSED if step["result"] else None} for step in run["steps"]]
        return {**run, "steps": steps}

    return st.fixed_dictionaries({
        "result": st.sampled_from(_RUN), "actual": _maybe_text, "comment": _maybe_text,
        "tester": st.integers(0, 10), "steps": st.lists(step, min_size=step_count, max_size=step_count),
    }).map(consistent)


@round_trip_settings(30)
@given(project=typed_line(200), people=_names, campaign=typed_line(200),
       cases=st.lists(_case, min_size=1, max_size=3), data=st.data(), lang=st.sampled_from(["en", "fr"]))
def test_testers_workbook_round_trip(fresh_project: ProjectMaker, project: str, people: list[str], campaign: str,
                                     cases: list[dict[str, Any]], data: st.DataObject, lang: str) -> None:
    translate = translator(lang)
    with fresh_project() as (pf, folder):
        s = ProjectServices.over(pf)
        s.project.update({"name": project})
        person_ids = [s.people.add(name)[0] for name in people]
        acc = AcceptanceService(pf)
        created = [acc.create_case(TestCaseDraft(title=c["title"], preconditions=c["preconditions"],
                                                 steps=tuple(TestStep(a, e) for a, e in c["steps"])))[0]
                   for c in cases]
        made, _ = acc.create_campaign(CampaignDraft(name=campaign, tester_ids=tuple(person_ids)))
        acc.add_cases(made.id, [c.id for c in created])
        copies = {c.ref: c for c in acc.campaign_cases(made.id)}
        out = folder / "campagne.xlsx"
        export_campaign(pf, made.id, out, translate, lang)

        # What the testers receive: no formula; every text of the pilot as typed.
        texts = assert_safe_workbook(out)
        for text in (s.project.get().name, made.name, ", ".join(acc.campaign(made.id).tester_names)):
            assert clean_text(text) in texts
        wb = load_workbook(out)
        sheet = wb.sheetnames[1]
        rows = sheet_rows(out, sheet)
        headers = {translate(tf.CONTEXT, h): f for f, h in tf.HEADERS.items()}
        col = {headers[h]: i for i, h in enumerate(rows[0]) if h in headers}
        by_key = {(row[col["ref"]], row[col["step"]]): row for row in rows[1:]}
        assert set(by_key) == {(ref, n) for ref, c in copies.items()
                               for n in (None, *range(1, len(c.steps) + 1))}
        for ref, copy in copies.items():
            row = by_key[(ref, None)]
            assert row[col["title"]] == expected_cell(copy.title)
            assert row[col["preconditions"]] == expected_cell(copy.preconditions)
            for n, step in enumerate(copy.steps, start=1):
                assert by_key[(ref, n)][col["action"]] == expected_cell(step.action)
                assert by_key[(ref, n)][col["expected"]] == expected_cell(step.expected)

        # The testers type their results and save.
        runs = {ref: data.draw(_typed_run(len(copy.steps)), label=f"run {ref}")
                for ref, copy in sorted(copies.items())}
        today = date.today()
        ws = wb[sheet]
        for r in range(2, ws.max_row + 1):
            ref, step = ws.cell(r, col["ref"] + 1).value, ws.cell(r, col["step"] + 1).value
            run = runs[ref]
            typed = run if step is None else run["steps"][step - 1]
            result = typed["result"]
            label = translate("Result", RESULT_LABELS[result]) if result else None
            type_in_cell(ws.cell(r, col["result"] + 1), label)
            type_in_cell(ws.cell(r, col["actual"] + 1), typed["actual"] or None)
            type_in_cell(ws.cell(r, col["comment"] + 1), typed["comment"] or None)
            if step is None:
                type_in_cell(ws.cell(r, col["tester"] + 1), people[run["tester"] % len(people)])
                ws.cell(r, col["date"] + 1).value = datetime(today.year, today.month, today.day)
        filled = folder / "résultats.xlsx"
        wb.save(filled)

        preview = preview_results(pf, filled, translate, today)
        report = preview.report_lines(translate)
        assert preview.invalid == [] and preview.conflicts == [] and preview.ignored == [], report
        assert sorted(p.ref for p in preview.planned) == sorted(copies), report
        apply_results(pf, preview, translate=translate)

        executions = {e.case_ref: e for e in acc.executions(made.id)}
        assert sorted(executions) == sorted(copies)
        defects = {d.test_case_ref: d for d in acc.defects(made.id)}
        for ref, run in runs.items():
            back = executions[ref]
            assert back.result is run["result"] and back.attempt == 1
            assert back.tester_name == one_line(people[run["tester"] % len(people)])
            assert back.actual_result == clean_text(run["actual"])
            steps = dict(enumerate(run["steps"], start=1))
            comments = [clean_text(run["comment"])] if run["comment"] else []
            comments += [f"{n}. {clean_text(step['comment'])}" for n, step in steps.items() if step["comment"]]
            assert back.comment == "\n".join(comments)
            typed_steps = {n: step for n, step in steps.items() if step["result"] or step["actual"]}
            assert [s_.position for s_ in back.steps] == sorted(typed_steps)
            for s_ in back.steps:
                assert s_.actual_result == clean_text(typed_steps[s_.position]["actual"])
                assert s_.result is (typed_steps[s_.position]["result"] or Result.NOT_RUN)
            if run["result"] is Result.FAILED:
                defect = defects[ref]
                assert defect.title == copies[ref].title
                failing = [s_.actual_result for s_ in back.steps if s_.result in (Result.FAILED, Result.BLOCKED)]
                for text in (back.actual_result, back.comment, *failing):
                    assert text.strip() in defect.description  # a composed text: its own ends trimmed
            else:
                assert ref not in defects


def test_a_list_of_testers_named_with_emoji_stays_within_excel_limits(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The kind of example the property found: an inline list of 165 characters but 325 UTF-16
    units. Written inline, Excel would call the file damaged; it goes to the identifier sheet."""
    names = ("😀" * 80, "👍" * 80, "é")
    spec = TestersWorkbookSpec("Projet", 1, "VABF", "VABF", "", None, None, names, [], "2026-01-05T09:00:00")
    out = write_testers_workbook(tmp_path / "campagne.xlsx", spec, lambda _context, text: text)
    assert_safe_workbook(out)
    ident = load_workbook(out)[tf.ID_SHEET]
    assert [ident.cell(row, 9).value for row in (1, 2, 3)] == list(names)

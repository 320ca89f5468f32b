"""Property: the project workbook shows every text of every area as typed, and never a formula.

Most sheets of the project workbook (selection, sprints, acceptance) are exported but not
imported back; for them the round trip ends in the workbook: whatever the pilot typed —
candidate names, notes and elimination reasons, criteria groups, names and descriptions, lots,
stories, sprints, test cases, campaigns and their criteria, defects, attempts' actual results
and comments — is read back by openpyxl from some cell, identical after ``clean_text`` (for
single-line fields, as the app stores them: whitespace collapsed). No cell of any sheet is a
formula, and every text a spreadsheet could take for one is a quote-prefixed string cell.

Restrictions: names and titles non-blank within the app's limits (names 200 characters,
titles 300); every other text is as the pilot may type or paste it, outer whitespace and
pasted control characters included (this property reads no file back through an importer).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.acceptance import Result
from crmdesk.domain.acceptance_values import CampaignDraft, DefectDraft, TestCaseDraft
from crmdesk.domain.enums import Role
from crmdesk.domain.selection import CandidateStatus
from crmdesk.domain.sprints import StoryDraft
from crmdesk.services.acceptance import AcceptanceService
from crmdesk.services.container import ProjectServices
from crmdesk.services.exchange import export_project
from crmdesk.services.sprints import SprintService

from property_texts import (
    ProjectMaker,
    assert_safe_workbook,
    expected_cell,
    round_trip_settings,
    typed_line,
    typed_text,
)

_texts = st.fixed_dictionaries({
    "candidate": typed_line(200), "notes": typed_text(), "reason": typed_line(200),
    "contact": typed_line(120), "tester": typed_line(120),
    "group": typed_line(200), "criterion": typed_line(300), "criterion_description": typed_text(),
    "lot": typed_line(200), "lot_description": typed_text(),
    "story": typed_line(300), "as_a": typed_text(long_ok=False), "i_want": typed_text(),
    "so_that": typed_text(), "story_criteria": typed_text(), "sprint": typed_line(200), "goal": typed_text(),
    "case": typed_line(300), "preconditions": typed_text(), "campaign": typed_line(200),
    "entry": typed_text(), "exit": typed_text(), "actual": typed_text(), "comment": typed_text(),
    "defect": typed_line(300), "defect_description": typed_text(), "ticket": typed_line(100),
})


def _fill(pf: ProjectFile, t: dict[str, str]) -> None:
    s = ProjectServices.over(pf)
    contact, _ = s.people.add(t["contact"], Role.VENDOR_CONTACT)
    person, _ = s.people.add(t["tester"], Role.KEY_USER)
    candidate, _ = s.selection.add_candidate(t["candidate"], values={"notes": t["notes"]})
    s.selection.set_candidate_contacts(candidate, [contact])
    s.selection.set_candidate_status(candidate, CandidateStatus.ELIMINATED, t["reason"])
    group, _ = s.selection.add_group(t["group"])
    s.selection.add_criterion(group, t["criterion"], description=t["criterion_description"])
    sprints = SprintService(pf)
    lot, _ = sprints.create_lot(t["lot"], description=t["lot_description"])
    sprints.create(StoryDraft(title=t["story"], as_a=t["as_a"], i_want=t["i_want"], so_that=t["so_that"],
                              acceptance_criteria=t["story_criteria"], lot_id=lot, assignee_id=person))
    sprints.create_sprint(name=t["sprint"], goal=t["goal"])
    acc = AcceptanceService(pf)
    case, _ = acc.create_case(TestCaseDraft(title=t["case"], preconditions=t["preconditions"]))
    campaign, _ = acc.create_campaign(CampaignDraft(name=t["campaign"], entry_criteria=t["entry"],
                                                    exit_criteria=t["exit"], tester_ids=(person,)))
    (copy_id,), _ = acc.add_cases(campaign.id, [case.id])
    acc.record_execution(copy_id, Result.BLOCKED, actual=t["actual"], comment=t["comment"], tester_id=person,
                         create_defect=False)
    acc.create_defect(DefectDraft(title=t["defect"], description=t["defect_description"],
                                  vendor_ticket=t["ticket"], test_case_id=case.id))


def _stored_texts(pf: ProjectFile) -> list[str]:
    """Every text typed above, as the app stores and shows it."""
    s = ProjectServices.over(pf)
    (candidate,) = s.selection.candidates()
    (group,) = s.selection.groups()
    (criterion,) = s.selection.criteria()
    sprints = SprintService(pf)
    (lot,) = sprints.lots()
    (story,) = sprints.stories()
    (sprint,) = sprints.sprints()
    acc = AcceptanceService(pf)
    (case,) = acc.cases()
    (campaign,) = acc.campaigns()
    (execution,) = acc.executions()
    (defect,) = acc.defects()
    return [
        candidate.name, candidate.notes, candidate.elimination_reason, ", ".join(candidate.contact_names),
        group.name, criterion.name, criterion.description, lot.name, lot.description,
        story.title, story.as_a, story.i_want, story.so_that, story.acceptance_criteria, story.assignee_name,
        sprint.name, sprint.goal, case.title, case.preconditions, campaign.name, campaign.entry_criteria,
        campaign.exit_criteria, ", ".join(campaign.tester_names), execution.tester_name, execution.actual_result,
        execution.comment, defect.title, defect.description,
        defect.vendor_ticket,
    ]


@round_trip_settings(25)
@given(texts=_texts, lang=st.sampled_from(["en", "fr"]))
def test_every_text_of_every_area_is_exported_as_typed(fresh_project: ProjectMaker, texts: dict[str, str],
                                                        lang: str) -> None:
    with fresh_project() as (pf, folder):
        _fill(pf, texts)
        out = export_project(ProjectServices.over(pf), folder / "projet.xlsx", lang)
        cells = set(assert_safe_workbook(out))
        for stored in _stored_texts(pf):
            expected = expected_cell(stored)
            if expected is not None:
                assert expected in cells, f"{stored!r} is not in the workbook"

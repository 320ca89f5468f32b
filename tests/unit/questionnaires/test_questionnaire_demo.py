"""The demo answers: two vendors answered most needs; the data file is consistent with the demo
needs; the filler adds nothing when the selection part of the demo has no candidates."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from crmdesk.db.project_file import ProjectFile
from crmdesk.db.tables import NeedRow
from crmdesk.db.tables_selection import CandidateRow, QuestionnaireRow, VendorAnswerRow
from crmdesk.domain.questionnaires import Coverage
from crmdesk.paths import data_path
from crmdesk.services import demo_answers
from crmdesk.services import questionnaires as qs
from crmdesk.services.demo import DemoContext, load_demo

VENDORS = ("Altacime CRM", "Kerlance Solutions")


def test_the_data_file_matches_the_demo_needs() -> None:
    content = json.loads(data_path("demo_answers.json").read_text("utf-8"))
    needs = load_demo()["needs"]
    refs = {f"BES-{i:03d}": n for i, n in enumerate(needs, start=1)}
    assert [c["name"] for c in content["candidates"]] == list(VENDORS)
    for candidate in content["candidates"]:
        answered = [a["ref"] for a in candidate["answers"]]
        assert len(answered) == len(set(answered)) and set(answered) <= set(refs)
        assert len(answered) >= 0.8 * len(needs)
        for a in candidate["answers"]:
            Coverage(a["coverage"])
            assert refs[a["ref"]].get("status") != "rejected"
            assert a.get("extra_cost") is None or a["extra_cost"] >= 0
    kerlance = {a["ref"]: a for a in content["candidates"][1]["answers"]}
    # offline mobile access (mandatory) needs custom development at Kerlance: a cost, not a knock-out
    assert kerlance["BES-041"]["coverage"] == "custom" and refs["BES-041"]["priority"] == "mandatory"
    assert kerlance["BES-041"]["extra_cost"] > 0


def test_the_demo_project_holds_two_vendors_answers(demo_path: Path) -> None:
    pf = ProjectFile.open(demo_path)
    try:
        with pf.reading() as conn:
            names = {n: i for i, n in conn.execute(select(CandidateRow.__table__.c.id, CandidateRow.__table__.c.name))}
        by_vendor = {name: qs.answers(pf, names[name]) for name in names}
        assert {n for n, a in by_vendor.items() if a} == set(VENDORS)
        for name in VENDORS:
            answers = by_vendor[name]
            assert any(a.accepted for a in answers) and not all(a.accepted for a in answers)
            assert any(a.extra_cost for a in answers) and {a.planned_lot for a in answers} >= {"Lot 1", "Lot 2"}
            assert all(a.question_title == a.need_title and a.questionnaire_version == 1 for a in answers)
            assert [q.version for q in qs.questionnaires(pf, names[name])] == [1]
        offline = next(a for a in by_vendor["Kerlance Solutions"] if a.need_ref == "BES-041")
        assert offline.coverage is Coverage.CUSTOM and offline.priority.value == "mandatory"
        assert offline.proposed_score == 2.0
    finally:
        pf.close()


def test_the_filler_without_candidates_adds_nothing(demo_path: Path) -> None:
    pf = ProjectFile.open(demo_path)
    try:
        with pf.transaction() as tx:
            conn = tx.conn
            conn.execute(VendorAnswerRow.__table__.delete())
            conn.execute(QuestionnaireRow.__table__.delete())
            refs = {r: i for i, r in conn.execute(select(NeedRow.__table__.c.id, NeedRow.__table__.c.ref))}
            demo_answers.fill(conn, DemoContext(refs=refs))
            assert conn.execute(select(VendorAnswerRow.__table__.c.id)).first() is None
            candidates = {n: i for i, n in conn.execute(
                select(CandidateRow.__table__.c.id, CandidateRow.__table__.c.name))}
            demo_answers.fill(conn, DemoContext(refs=refs, candidates={"Altacime CRM": candidates["Altacime CRM"]}))
            count = len(conn.execute(select(VendorAnswerRow.__table__.c.id)).all())
        assert count == len(json.loads(data_path("demo_answers.json").read_text("utf-8"))["candidates"][0]["answers"])
    finally:
        pf.close()

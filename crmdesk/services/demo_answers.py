"""The vendors' questionnaire answers of the demo project, from ``data/demo_answers.json``.

Two candidates answered (Altacime CRM and Kerlance Solutions): one questionnaire each
(version 1), most needs answered with comments, extra costs and planned lots, some answers
accepted by the pilot. Kerlance declares a mandatory need (offline access on the mobile) not
covered, which the selection shows. Candidates come from the selection demo (``ctx.candidates``);
a candidate missing there is skipped, and so is an answer to an unknown reference.
"""

from __future__ import annotations

import json
import secrets
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.db.tables import NeedRow
from crmdesk.db.tables_selection import QuestionnaireRow, VendorAnswerRow
from crmdesk.domain.questionnaires import Coverage
from crmdesk.paths import data_path

if TYPE_CHECKING:
    from crmdesk.services.demo import DemoContext


def load_answers() -> dict[str, Any]:
    return json.loads(data_path("demo_answers.json").read_text("utf-8"))


def fill(conn: Connection, ctx: DemoContext, content: dict[str, Any] | None = None) -> None:
    """Add the demo answers inside the demo's transaction."""
    if not ctx.candidates:
        return
    content = content or load_answers()
    need_t = NeedRow.__table__
    titles = dict(conn.execute(select(need_t.c.id, need_t.c.title)).all())
    for entry in content.get("candidates", []):
        candidate_id = ctx.candidates.get(entry["name"])
        if candidate_id is None:
            continue
        sent = entry["questionnaire"]
        questionnaire_id = int(conn.execute(QuestionnaireRow.__table__.insert().values(
            token=secrets.token_hex(16), candidate_id=candidate_id, version=int(sent.get("version", 1)),
            created_at=sent["sent_at"])).inserted_primary_key[0])
        rows = []
        for answer in entry.get("answers", []):
            need_id = ctx.refs.get(answer["ref"])
            if need_id is None:
                continue
            rows.append({
                "candidate_id": candidate_id, "need_id": need_id,
                "coverage": Coverage(answer["coverage"]).value if answer.get("coverage") else None,
                "comment": answer.get("comment", ""), "extra_cost": answer.get("extra_cost"),
                "planned_lot": answer.get("planned_lot", ""), "question_title": titles.get(need_id, ""),
                "questionnaire_id": questionnaire_id, "accepted": bool(answer.get("accepted", False)),
                "imported_at": entry["imported_at"],
            })
        if rows:
            conn.execute(VendorAnswerRow.__table__.insert(), rows)

"""The acceptance part of the demo project, from ``data/demo_acceptance.json``.

Like the sprints demo, it is played, not poured: the cases are created, the campaigns created,
filled from their lot, run attempt by attempt through the runner's own connection-level
helper (a KO creates its defect exactly as in the app), the defects moved through their
statuses and the VABF closed, in time order, so every figure (progress per day, open defects
over time, go/no-go) is rebuilt from the history alone.

Dates are those of the sprints demo (sprint 4 started on the Monday of last week): the VABF of
lot 1 ran in the last week of sprint 3 and is closed, without a PV (a VABF ends with the
decision to go on to pre-production); the pre-production acceptance of lot 1 started on
Tuesday of last week and runs until the Tuesday after next, with results from its first week
only, so the demo is the same whatever the weekday it is created on.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from crmdesk.domain.acceptance import (
    CampaignKind,
    CampaignStatus,
    DefectStatus,
    Result,
    Severity,
    TestStep,
)
from crmdesk.domain.acceptance_values import TestCaseDraft, clean_campaign_values
from crmdesk.paths import data_path
from crmdesk.services.acceptance_campaigns import add_cases_to, close_in, scope_case_ids
from crmdesk.services.acceptance_cases import insert_cases
from crmdesk.services.acceptance_defects import set_status_in
from crmdesk.services.acceptance_queries import (
    campaign_t,
    case_t,
    cc_t,
    defect_t,
    lot_t,
    need_t,
    story_t,
    tester_t,
)
from crmdesk.services.acceptance_runs import record_attempt
from crmdesk.services.demo_sprints import first_sprint_start, load_demo_sprints
from crmdesk.services.sprint_history import stamp

if TYPE_CHECKING:
    from crmdesk.services.demo import DemoContext

_ORDER = {"create": 0, "run": 1, "status": 2, "close": 3}
_PRIORITY = {"mandatory": "high", "desired": "medium", "optional": "low"}


def load_demo_acceptance() -> dict[str, Any]:
    return json.loads(data_path("demo_acceptance.json").read_text("utf-8"))


def fill(conn: Connection, ctx: DemoContext, today: date | None = None) -> None:
    """Add the acceptance demo content inside the demo's transaction."""
    from crmdesk.i18n import translator

    data = load_demo_acceptance()
    sprints = load_demo_sprints()
    today = today or date.today()
    length = int(sprints["length_days"])
    first = first_sprint_start(today, len(sprints["sprints"]), length)
    translate = translator("fr")

    def day_of(sprint: int, day: int) -> date:
        return first + timedelta(days=length * (sprint - 1) + day - 1)

    def moment(spec: list[Any], minutes: int = 0) -> str:
        sprint, day, hhmm = spec
        hours, mins = (int(v) for v in hhmm.split(":"))
        local = datetime.combine(day_of(sprint, day), time(hours, mins)).astimezone()
        return stamp(local + timedelta(minutes=minutes))

    cutoff = stamp(datetime.combine(today, time(0, 0)).astimezone())
    stories = dict(conn.execute(select(story_t.c.ref, story_t.c.id)).all())
    story_lots = dict(conn.execute(select(story_t.c.id, story_t.c.lot_id)).all())
    priorities = dict(conn.execute(select(need_t.c.id, need_t.c.priority)).all())
    lots = [i for (i,) in conn.execute(select(lot_t.c.id).order_by(lot_t.c.position, lot_t.c.id))]

    drafts = []
    for case in data["cases"]:
        need_ids = tuple(ctx.refs[r] for r in case.get("needs", []) if r in ctx.refs)
        story_ids = tuple(stories[r] for r in case.get("stories", []) if r in stories)
        lot_ids = {story_lots.get(s) for s in story_ids} - {None}
        top = min((priorities[n] for n in need_ids), key=("mandatory", "desired", "optional").index, default="desired")
        drafts.append(TestCaseDraft(
            title=case["title"], preconditions=case.get("preconditions", ""),
            priority=case.get("priority", _PRIORITY[top]), status=case.get("status", "ready"),
            lot_id=lot_ids.pop() if len(lot_ids) == 1 else None,
            steps=tuple(TestStep(a, e) for a, e in case["steps"]), need_ids=need_ids, story_ids=story_ids))
    case_ids = insert_cases(conn, drafts, moment(data["cases_created"]))
    refs = {f"CT-{i:03d}": cid for i, cid in enumerate(case_ids, start=1)}
    # The cases were written over a morning, one every few minutes.
    for index, cid in enumerate(case_ids):
        when = moment(data["cases_created"], 4 * index)
        conn.execute(case_t.update().where(case_t.c.id == cid).values(created_at=when, updated_at=when))

    events: list[tuple[str, int, str, Any]] = []
    for spec in data["campaigns"]:
        events.append((moment(spec["created"]), _ORDER["create"], "create", spec))
        for run in spec.get("runs", []):
            events.append((moment(run["at"]), _ORDER["run"], "run", (spec["name"], run)))
            defect = run.get("defect") or {}
            for change in defect.get("history", []):
                events.append((moment(change[:3]), _ORDER["status"], "status", (spec["name"], run, change[3])))
        if "close" in spec:
            events.append((moment(spec["close"]), _ORDER["close"], "close", spec))

    campaigns: dict[str, int] = {}
    found: dict[int, int] = {}  # id(run spec) -> defect id
    for when, _, kind, payload in sorted(events, key=lambda e: (e[0], e[1])):
        if when >= cutoff:
            continue
        if kind == "create":
            campaigns[payload["name"]] = _create_campaign(conn, payload, ctx, lots, refs, day_of, when)
        elif kind == "run":
            name, run = payload
            cc = conn.execute(select(cc_t.c.id).where(cc_t.c.campaign_id == campaigns[name],
                                                      cc_t.c.test_case_id == refs[run["case"]])).scalar_one()
            defect = run.get("defect")
            steps = [(i, r, run.get("step_actual", {}).get(str(i), "")) for i, r in enumerate(run.get("steps", []), 1)]
            if not steps and run["result"] == Result.PASSED:
                count = len(data["cases"][int(run["case"][3:]) - 1]["steps"])
                steps = [(i, Result.PASSED, "") for i in range(1, count + 1)]
            done = record_attempt(conn, cc, run["result"], steps, run.get("actual", ""), run.get("comment", ""),
                                  ctx.people.get(run["tester"]), when, create_defect=defect is not False,
                                  severity=Severity((defect or {}).get("severity", "major")), translate=translate)
            if done.defect_id is not None:
                found[id(run)] = done.defect_id
                values = {k: v for k, v in (("title", (defect or {}).get("title")),
                                            ("vendor_ticket", (defect or {}).get("ticket"))) if v}
                if values:
                    conn.execute(defect_t.update().where(defect_t.c.id == done.defect_id).values(**values))
        elif kind == "status":
            _, run, status = payload
            set_status_in(conn, [found[id(run)]], DefectStatus(status), when)
        elif kind == "close":
            close_in(conn, campaigns[payload["name"]], day_of(*payload["close"][:2]))


def _create_campaign(conn: Connection, spec: dict[str, Any], ctx: DemoContext, lots: list[int],
                     refs: dict[str, int], day_of, when: str) -> int:  # type: ignore[no-untyped-def]
    pct, blocking, major = spec.get("exit", [100, 0, 3])
    lot_id = lots[spec["lot"] - 1] if spec.get("lot") else None
    values = clean_campaign_values({
        "name": spec["name"], "kind": CampaignKind(spec["kind"]), "start_date": day_of(*spec["start"]),
        "end_date": day_of(*spec["end"]), "lot_id": lot_id, "entry_criteria": spec.get("entry_criteria", ""),
        "exit_criteria": spec.get("exit_criteria", ""), "exit_mandatory_passed_pct": pct,
        "exit_max_blocking": blocking, "exit_max_major": major})
    campaign_id = int(conn.execute(campaign_t.insert().values(
        **values, status=str(CampaignStatus.PLANNED), created_at=when)).inserted_primary_key[0])
    testers = [ctx.people[name] for name in spec.get("testers", []) if name in ctx.people]
    if testers:
        conn.execute(tester_t.insert(), [{"campaign_id": campaign_id, "person_id": p} for p in testers])
    add_cases_to(conn, campaign_id, scope_case_ids(conn, lot_id, False), when)
    for name, cases in spec.get("assign", {}).items():
        ids = [refs[r] for r in cases]
        conn.execute(cc_t.update().where(cc_t.c.campaign_id == campaign_id, cc_t.c.test_case_id.in_(ids))
                     .values(tester_id=ctx.people.get(name)))
    return campaign_id

"""The selection part of the demo project, from ``data/demo_selection.json``.

Five candidates (one eliminated by the pilot, one knocked out by the ERP interface
criterion), five groups of criteria (the functional ones linked to the demo's needs, one
computed from the TCO), three evaluators who disagree on a few cells, and one consensus.
Marks are written in the file as one string per candidate, one digit per evaluator
(``"425"``), so the whole workshop fits on a screen and stays easy to edit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

from crmdesk.db.project_file import now_iso
from crmdesk.domain.selection import (
    CriterionKind,
)
from crmdesk.domain.selection_rules import (
    clean_candidate_values,
    clean_name,
    clean_score,
    clean_settings_values,
    clean_status,
    clean_threshold,
    clean_weight,
)
from crmdesk.paths import data_path
from crmdesk.services.selection_reads import (
    candidate_t,
    consensus_t,
    contact_t,
    criterion_t,
    evaluator_t,
    group_t,
    score_t,
    settings_t,
)

if TYPE_CHECKING:
    from crmdesk.services.demo import DemoContext


def load(path: Path | None = None) -> dict:  # type: ignore[type-arg]
    return json.loads((path or data_path("demo_selection.json")).read_text("utf-8"))


def fill(conn: Connection, ctx: DemoContext, content: dict | None = None) -> None:  # type: ignore[type-arg]
    """Add the selection demo content inside the demo's transaction; fills ``ctx.candidates``."""
    data = content or load()
    stamp = now_iso()
    settings = clean_settings_values(data.get("settings", {}))
    if settings:
        conn.execute(settings_t.update().where(settings_t.c.id == 1).values(**settings))

    for position, cand in enumerate(data["candidates"]):
        values = clean_candidate_values({"name": cand["name"], "kind": cand["kind"],
                                         "notes": cand.get("notes", ""), **cand.get("costs", {})})
        status, reason = clean_status(cand.get("status", "long_list"), cand.get("reason", ""))
        cid = int(conn.execute(candidate_t.insert().values(
            **values, status=status, elimination_reason=reason, position=position)).inserted_primary_key[0])
        ctx.candidates[str(values["name"])] = cid
        contacts = [ctx.people[name] for name in cand.get("contacts", []) if name in ctx.people]
        if contacts:
            conn.execute(contact_t.insert(), [{"candidate_id": cid, "person_id": p} for p in contacts])

    groups: dict[str, int] = {}
    for position, group in enumerate(data["groups"]):
        name = clean_name(group["name"], what="group")
        groups[name] = int(conn.execute(group_t.insert().values(
            name=name, weight=clean_weight(group.get("weight", 1)), position=position)).inserted_primary_key[0])

    criteria: dict[str, int] = {}
    positions: dict[int, int] = {}
    for crit in data["criteria"]:
        gid = groups[crit["group"]]
        kind = CriterionKind(crit.get("kind", "scored"))
        threshold = crit.get("knockout_threshold")
        need_id = ctx.refs.get(crit["need"]) if crit.get("need") else None
        criteria[crit["key"]] = int(conn.execute(criterion_t.insert().values(
            group_id=gid, name=clean_name(crit["name"], what="criterion"),
            description=crit.get("description", ""), weight=clean_weight(crit.get("weight", 1)),
            kind=str(kind), knockout=threshold is not None,
            knockout_threshold=clean_threshold(threshold) if threshold is not None else None,
            need_id=need_id, position=positions.setdefault(gid, 0))).inserted_primary_key[0])
        positions[gid] += 1

    evaluators = []
    for position, name in enumerate(data["evaluators"]):
        evaluators.append(int(conn.execute(evaluator_t.insert().values(
            person_id=ctx.people[name], position=position)).inserted_primary_key[0]))
    by_name = dict(zip(data["evaluators"], evaluators, strict=True))

    comments = {(c["criterion"], c["candidate"], c["evaluator"]): c["comment"] for c in data.get("comments", [])}
    scored = data["scored_candidates"]
    rows = []
    for key, marks in data["marks"].items():
        for cand_name, digits in zip(scored, marks, strict=True):
            for ev_name, digit in zip(data["evaluators"], digits, strict=True):
                rows.append({
                    "candidate_id": ctx.candidates[cand_name], "criterion_id": criteria[key],
                    "evaluator_id": by_name[ev_name], "value": clean_score(int(digit)),
                    "comment": comments.get((key, cand_name, ev_name), ""), "updated_at": stamp})
    if rows:
        conn.execute(score_t.insert(), rows)
    for agreed in data.get("consensus", []):
        conn.execute(consensus_t.insert().values(
            candidate_id=ctx.candidates[agreed["candidate"]], criterion_id=criteria[agreed["criterion"]],
            value=clean_score(agreed["value"]), reason=agreed["reason"], updated_at=stamp))

"""Campaigns: create, edit, testers, scope (cases frozen when added), start, close, delete.

A mixin of ``AcceptanceService``. A case added to a campaign is copied (ref, title,
preconditions, importance, steps, the refs of the needs it covers): editing the case later
changes nothing in the campaign, so past results keep meaning what they meant. A copy with
results stays; a copy without results may be refreshed from the case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from crmdesk.db.project_file import ProjectFile
from crmdesk.domain.acceptance import (
    CampaignRead,
    CampaignStatus,
    TestCaseStatus,
    TestStep,
    steps_to_json,
)
from crmdesk.domain.acceptance_values import (
    CampaignDraft,
    check_dates,
    clean_campaign_values,
)
from crmdesk.domain.changes import Changes, EntityKind
from crmdesk.domain.enums import Priority
from crmdesk.domain.errors import NotFound, ValidationFailed
from crmdesk.domain.marks import QT_TRANSLATE_NOOP
from crmdesk.services.acceptance_queries import (
    campaign_t,
    case_need_t,
    case_story_t,
    case_t,
    cc_t,
    exec_t,
    need_t,
    person_t,
    read_campaign,
    signoff_t,
    step_t,
    story_t,
    tester_t,
)
from crmdesk.services.sprint_history import stamp


def campaign_status(conn: Connection, campaign_id: int) -> tuple[str, CampaignStatus]:
    row = conn.execute(select(campaign_t.c.name, campaign_t.c.status).where(campaign_t.c.id == campaign_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This campaign no longer exists."))
    return row[0], CampaignStatus(row[1])


def check_not_closed(conn: Connection, campaign_id: int) -> CampaignStatus:
    name, status = campaign_status(conn, campaign_id)
    if status is CampaignStatus.CLOSED:
        raise ValidationFailed(QT_TRANSLATE_NOOP(
            "Errors", "The campaign \"{name}\" is closed: its cases and results can no longer change."), name=name)
    return status


def _check_name_free(conn: Connection, name: str, campaign_id: int | None = None) -> None:
    for cid, other in conn.execute(select(campaign_t.c.id, campaign_t.c.name)):
        if cid != campaign_id and other.casefold() == name.casefold():
            raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "A campaign named \"{name}\" already exists."),
                                   name=name)


def _check_people(conn: Connection, person_ids: set[int]) -> None:
    if person_ids and len({i for (i,) in conn.execute(select(person_t.c.id).where(person_t.c.id.in_(person_ids)))}) \
            != len(person_ids):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these people no longer exist."))


def frozen_copies(conn: Connection, case_ids: Sequence[int]) -> list[dict[str, object]]:
    """The campaign-case values of each case as it is now, in the cases' order."""
    rows = {r[0]: r for r in conn.execute(
        select(case_t.c.id, case_t.c.ref, case_t.c.title, case_t.c.preconditions, case_t.c.priority)
        .where(case_t.c.id.in_(list(case_ids))))}
    steps: dict[int, list[TestStep]] = {}
    for case_id, action, expected in conn.execute(
            select(step_t.c.test_case_id, step_t.c.action, step_t.c.expected)
            .where(step_t.c.test_case_id.in_(list(case_ids))).order_by(step_t.c.test_case_id, step_t.c.position)):
        steps.setdefault(case_id, []).append(TestStep(action, expected))
    refs: dict[int, list[str]] = {}
    for case_id, ref in conn.execute(
            select(case_need_t.c.test_case_id, need_t.c.ref)
            .select_from(case_need_t.join(need_t, case_need_t.c.need_id == need_t.c.id))
            .where(case_need_t.c.test_case_id.in_(list(case_ids))).order_by(need_t.c.ref)):
        refs.setdefault(case_id, []).append(ref)
    out = []
    for case_id in case_ids:
        _, ref, title, pre, priority = rows[case_id]
        out.append({"test_case_id": case_id, "ref": ref, "title": title, "preconditions": pre, "priority": priority,
                    "steps_json": steps_to_json(steps.get(case_id, [])),
                    "need_refs": ", ".join(refs.get(case_id, []))})
    return out


def add_cases_to(conn: Connection, campaign_id: int, case_ids: Sequence[int], when: str) -> list[int]:
    """Freeze the cases into the campaign, after those it holds (Core, in the caller's
    transaction). Cases already there and obsolete cases are skipped."""
    check_not_closed(conn, campaign_id)
    present = {i for (i,) in conn.execute(select(cc_t.c.test_case_id).where(cc_t.c.campaign_id == campaign_id))}
    wanted = [i for i in dict.fromkeys(case_ids) if i not in present]
    if not wanted:
        return []
    order = conn.execute(select(case_t.c.id, case_t.c.status).where(case_t.c.id.in_(wanted))
                         .order_by(case_t.c.position, case_t.c.ref)).all()
    if len(order) != len(wanted):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these test cases no longer exist."))
    ids = [cid for cid, status in order if status != TestCaseStatus.OBSOLETE]
    if not ids:
        return []
    top = conn.execute(select(func.coalesce(func.max(cc_t.c.position), 0)).where(cc_t.c.campaign_id == campaign_id)
                       ).scalar_one()
    rows = [{**copy, "campaign_id": campaign_id, "position": top + i, "added_at": when}
            for i, copy in enumerate(frozen_copies(conn, ids), start=1)]
    conn.execute(cc_t.insert(), rows)
    found = dict(conn.execute(select(cc_t.c.test_case_id, cc_t.c.id).where(
        cc_t.c.campaign_id == campaign_id, cc_t.c.test_case_id.in_(ids))).all())
    return [int(found[i]) for i in ids]


def scope_case_ids(conn: Connection, lot_id: int | None, mandatory_needs: bool) -> list[int]:
    """Ready cases of a lot (their own lot, or a story of the lot), covering a mandatory need,
    or both; all ready cases when neither is asked."""
    query = select(case_t.c.id).where(case_t.c.status == TestCaseStatus.READY)
    if lot_id is not None:
        of_stories = select(case_story_t.c.test_case_id).select_from(
            case_story_t.join(story_t, case_story_t.c.story_id == story_t.c.id)).where(story_t.c.lot_id == lot_id)
        query = query.where((case_t.c.lot_id == lot_id) | case_t.c.id.in_(of_stories))
    if mandatory_needs:
        of_needs = select(case_need_t.c.test_case_id).select_from(
            case_need_t.join(need_t, case_need_t.c.need_id == need_t.c.id)).where(
            need_t.c.priority == Priority.MANDATORY)
        query = query.where(case_t.c.id.in_(of_needs))
    return [i for (i,) in conn.execute(query.order_by(case_t.c.position, case_t.c.ref))]


class CampaignWrites:
    _pf: ProjectFile

    def _campaign_read(self, campaign_id: int) -> CampaignRead:
        with self._pf.reading() as conn:
            return read_campaign(conn, campaign_id)

    # ------------------------------------------------------------------ campaigns
    def create_campaign(self, draft: CampaignDraft, at: datetime | None = None) -> tuple[CampaignRead, Changes]:
        values = clean_campaign_values(draft.values())
        with self._pf.transaction() as tx:
            conn = tx.conn
            _check_name_free(conn, str(values["name"]))
            testers = set(draft.tester_ids)
            _check_people(conn, testers)
            campaign_id = int(conn.execute(campaign_t.insert().values(
                **values, status=str(CampaignStatus.PLANNED), created_at=stamp(at))).inserted_primary_key[0])
            if testers:
                conn.execute(tester_t.insert(), [{"campaign_id": campaign_id, "person_id": p} for p in sorted(testers)])
        return self._campaign_read(campaign_id), Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    def update_campaign(self, campaign_id: int, values: dict[str, object]) -> Changes:
        if not values:
            return Changes()
        cleaned = clean_campaign_values(values)
        with self._pf.transaction() as tx:
            conn = tx.conn
            current = conn.execute(select(campaign_t).where(campaign_t.c.id == campaign_id)).mappings().first()
            if current is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This campaign no longer exists."))
            if "name" in cleaned:
                _check_name_free(conn, str(cleaned["name"]), campaign_id)
            merged = {**current, **cleaned}
            check_dates(merged["start_date"], merged["end_date"])  # type: ignore[arg-type]
            if any(current[k] != v for k, v in cleaned.items()):
                conn.execute(campaign_t.update().where(campaign_t.c.id == campaign_id).values(**cleaned))
        return Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    def delete_campaign(self, campaign_id: int) -> Changes:
        """Delete a campaign that holds no result yet (results are history)."""
        with self._pf.transaction() as tx:
            conn = tx.conn
            name, _ = campaign_status(conn, campaign_id)
            ran = conn.execute(select(exec_t.c.id).select_from(exec_t.join(cc_t, exec_t.c.campaign_case_id == cc_t.c.id))
                               .where(cc_t.c.campaign_id == campaign_id).limit(1)).first()
            if ran is not None:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The campaign \"{name}\" holds results: it stays for the history."), name=name)
            conn.execute(campaign_t.delete().where(campaign_t.c.id == campaign_id))
        return Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    def set_testers(self, campaign_id: int, person_ids: Iterable[int]) -> Changes:
        """The key users who run this campaign (exactly these)."""
        wanted = set(person_ids)
        with self._pf.transaction() as tx:
            conn = tx.conn
            campaign_status(conn, campaign_id)
            current = {i for (i,) in conn.execute(select(tester_t.c.person_id).where(tester_t.c.campaign_id == campaign_id))}
            gone, new = current - wanted, sorted(wanted - current)
            if gone:
                conn.execute(tester_t.delete().where(tester_t.c.campaign_id == campaign_id,
                                                     tester_t.c.person_id.in_(gone)))
            if new:
                _check_people(conn, set(new))
                conn.execute(tester_t.insert(), [{"campaign_id": campaign_id, "person_id": p} for p in new])
        return Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    def start_campaign(self, campaign_id: int, on: date | None = None) -> Changes:
        """Planned → running; the start date is set to ``on`` (default today) when empty."""
        with self._pf.transaction() as tx:
            conn = tx.conn
            name, status = campaign_status(conn, campaign_id)
            if status is CampaignStatus.RUNNING:
                return Changes()
            if status is CampaignStatus.CLOSED:
                raise ValidationFailed(QT_TRANSLATE_NOOP("Errors", "The campaign \"{name}\" is closed."), name=name)
            start = conn.execute(select(campaign_t.c.start_date).where(campaign_t.c.id == campaign_id)).scalar()
            conn.execute(campaign_t.update().where(campaign_t.c.id == campaign_id).values(
                status=str(CampaignStatus.RUNNING), start_date=start or (on or date.today()).isoformat()))
        return Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    def close_campaign(self, campaign_id: int, on: date | None = None) -> Changes:
        """→ closed: its cases and results no longer change. The end date is set when empty."""
        with self._pf.transaction() as tx:
            close_in(tx.conn, campaign_id, on)
        return Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    def reopen_campaign(self, campaign_id: int) -> Changes:
        """Closed → running, unless the campaign was signed off (its PV stands)."""
        with self._pf.transaction() as tx:
            conn = tx.conn
            name, status = campaign_status(conn, campaign_id)
            if status is not CampaignStatus.CLOSED:
                return Changes()
            if conn.execute(select(signoff_t.c.id).where(signoff_t.c.campaign_id == campaign_id)).first():
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "The campaign \"{name}\" was signed off: it can no longer be reopened."), name=name)
            conn.execute(campaign_t.update().where(campaign_t.c.id == campaign_id).values(
                status=str(CampaignStatus.RUNNING)))
        return Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    # ------------------------------------------------------------------ scope
    def add_cases(self, campaign_id: int, case_ids: Sequence[int], at: datetime | None = None
                  ) -> tuple[list[int], Changes]:
        """Freeze these cases into the campaign; returns the new campaign cases' ids (cases
        already in it and obsolete ones are skipped)."""
        with self._pf.transaction() as tx:
            added = add_cases_to(tx.conn, campaign_id, case_ids, stamp(at))
        if not added:
            return [], Changes()
        return added, Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    def add_scope(self, campaign_id: int, lot_id: int | None = None, mandatory_needs: bool = False,
                  at: datetime | None = None) -> tuple[list[int], Changes]:
        """Add every ready case of a lot, or covering a mandatory need (or both: the lot's
        cases covering a mandatory need; neither: every ready case)."""
        with self._pf.transaction() as tx:
            added = add_cases_to(tx.conn, campaign_id, scope_case_ids(tx.conn, lot_id, mandatory_needs), stamp(at))
        if not added:
            return [], Changes()
        return added, Changes.of(EntityKind.CAMPAIGN, ids={campaign_id}, step=tx.step)

    def remove_cases(self, campaign_case_ids: Iterable[int]) -> Changes:
        ids = list(dict.fromkeys(campaign_case_ids))
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            conn = tx.conn
            campaigns = self._campaigns_of(conn, ids)
            ran = conn.execute(select(cc_t.c.ref).select_from(cc_t.join(exec_t, exec_t.c.campaign_case_id == cc_t.c.id))
                               .where(cc_t.c.id.in_(ids)).order_by(cc_t.c.ref).limit(1)).scalar()
            if ran:
                raise ValidationFailed(QT_TRANSLATE_NOOP(
                    "Errors", "{ref} has results in this campaign: it stays for the history."), ref=ran)
            conn.execute(cc_t.delete().where(cc_t.c.id.in_(ids)))
        return Changes.of(EntityKind.CAMPAIGN, ids=campaigns, step=tx.step)

    def refresh_cases(self, campaign_case_ids: Iterable[int], at: datetime | None = None) -> Changes:
        """Copy the current version of cases not run yet in the campaign (after an edit of the
        case made before the tests start). Copies with results keep their frozen version."""
        ids = list(dict.fromkeys(campaign_case_ids))
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            conn = tx.conn
            campaigns = self._campaigns_of(conn, ids)
            ran = {i for (i,) in conn.execute(select(exec_t.c.campaign_case_id).where(exec_t.c.campaign_case_id.in_(ids)))}
            pairs = [(cc, case) for cc, case in conn.execute(select(cc_t.c.id, cc_t.c.test_case_id).where(
                cc_t.c.id.in_(ids))) if cc not in ran and case is not None]
            for (cc, _), copy in zip(pairs, frozen_copies(conn, [c for _, c in pairs]), strict=True):
                copy.pop("test_case_id")
                conn.execute(cc_t.update().where(cc_t.c.id == cc).values(**copy, added_at=stamp(at)))
        return Changes.of(EntityKind.CAMPAIGN, ids=campaigns, step=tx.step)

    def assign_tester(self, campaign_case_ids: Iterable[int], person_id: int | None) -> Changes:
        ids = list(dict.fromkeys(campaign_case_ids))
        if not ids:
            return Changes()
        with self._pf.transaction() as tx:
            conn = tx.conn
            campaigns = self._campaigns_of(conn, ids)
            if person_id is not None:
                _check_people(conn, {person_id})
            conn.execute(cc_t.update().where(cc_t.c.id.in_(ids)).values(tester_id=person_id))
        return Changes.of(EntityKind.CAMPAIGN, ids=campaigns, step=tx.step)

    @staticmethod
    def _campaigns_of(conn: Connection, campaign_case_ids: list[int]) -> set[int]:
        found = conn.execute(select(cc_t.c.id, cc_t.c.campaign_id).where(cc_t.c.id.in_(campaign_case_ids))).all()
        if len(found) != len(campaign_case_ids):
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Some of these cases are no longer in the campaign."))
        campaigns = {c for _, c in found}
        for campaign_id in campaigns:
            check_not_closed(conn, campaign_id)
        return campaigns


def close_in(conn: Connection, campaign_id: int, on: date | None = None) -> None:
    """Close a campaign in the caller's transaction (the end date set when empty)."""
    _, status = campaign_status(conn, campaign_id)
    if status is CampaignStatus.CLOSED:
        return
    end = conn.execute(select(campaign_t.c.end_date, campaign_t.c.start_date).where(campaign_t.c.id == campaign_id)).one()
    day = (on or date.today()).isoformat()
    values: dict[str, object] = {"status": str(CampaignStatus.CLOSED)}
    if not end[0]:
        values["end_date"] = max(day, end[1] or day)
    if not end[1]:
        values["start_date"] = day
    conn.execute(campaign_t.update().where(campaign_t.c.id == campaign_id).values(**values))
